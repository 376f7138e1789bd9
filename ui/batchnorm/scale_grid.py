"""The book's 16-scale grid (batch_norm_test at every weight scale from 1 to 1e-4): our final
accuracies beside the ones the book recorded, as heatmap cells and as notes, and the heatmap
that draws them. Pure."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from engine.experiments import BOOK_BN_SCALES
from ui.batchnorm.comparison import WIN_MARGIN, final_accuracies
from ui.figures.style import AXIS_TEXT, COLORBAR_UNDER, OKABE_ITO, styled, wrap

HEATMAP_ROW_PX = 30
HEADER_UNITS = 8  # column headers wrap at this width: four fit a phone side by side


def heatmap(
    frame: pd.DataFrame,
    *,
    x: str,
    y: str,
    z: str,
    labels: Mapping[str, str],
    x_names: Mapping | None = None,
    y_names: Mapping | None = None,
    y_format: str = "{:.3g}",
    flag: str | None = None,
    z_range: Sequence[float] = (0.0, 1.0),
    cell_text: str | None = None,
) -> go.Figure:
    """A grid of `z` with the numbers printed in the cells: a column per value of `x` (left to
    right in order of appearance, headers on top), a row per value of `y` (top to bottom).
    Made to be tall and narrow, so it reads on a phone: few columns, many rows (the 16-scale
    grid, with the scales down the side, kept its cell numbers at 390 px; across, it did not).

    x_names / y_names: value -> header text (x headers wrap at HEADER_UNITS); values not named
    are written with y_format (rows) or str (columns).
    flag: a boolean column; flagged cells get a thick outline (e.g. "BN loses here"; the
    captions say "thick outline", not a colour's name: its vermillion read as red or orange).
    labels: "title", "x", "y", "z" (colour bar title, the bar under the grid).
    cell_text: a column of text to print instead of the numbers (e.g. "diverged" in a cell
    whose z is NaN); by default z with two decimals, nothing where z is NaN.
    """
    xs = list(dict.fromkeys(frame[x].tolist()))
    ys = list(dict.fromkeys(frame[y].tolist()))
    grid = frame.pivot_table(index=y, columns=x, values=z, aggfunc="last").reindex(
        index=ys, columns=xs
    )
    x_text = [wrap((x_names or {}).get(v, str(v)), HEADER_UNITS) for v in xs]
    y_text = [(y_names or {}).get(v) or y_format.format(v) for v in ys]
    text = (
        _cell_texts(frame, x, y, xs, ys, cell_text)
        if cell_text is not None
        else np.vectorize(lambda v: "" if np.isnan(v) else f"{v:.2f}")(grid.to_numpy(float))
    )
    fig = go.Figure(_cells(grid.to_numpy(dtype=float), x_text, y_text, text, z_range, labels["z"]))
    if flag is not None:
        for _, r in frame[frame[flag].astype(bool)].iterrows():
            fig.add_shape(_outline(xs.index(r[x]), ys.index(r[y])))
    header_lines = max(t.count("<br>") + 1 for t in x_text) if x_text else 1
    fig.update_xaxes(title_text=labels["x"], type="category", side="top", **AXIS_TEXT)
    fig.update_yaxes(title_text=labels["y"], type="category", autorange="reversed", **AXIS_TEXT)
    fig = styled(
        fig,
        labels.get("title"),
        170 + HEATMAP_ROW_PX * len(ys) + 18 * header_lines,
        title_gap=30 + 18 * header_lines,
    )
    fig.update_layout(margin={"b": 90})
    return fig


def _cells(z, x_text, y_text, text, z_range: Sequence[float], z_title: str) -> go.Heatmap:
    """The heatmap trace: Cividis, the numbers in the cells, the colour bar under the grid."""
    return go.Heatmap(
        z=z,
        x=x_text,
        y=y_text,
        zmin=z_range[0],
        zmax=z_range[1],
        colorscale="Cividis",
        text=text,
        texttemplate="%{text}",
        colorbar={
            # under the bar's numbers: on top, Plotly set the title on the bar itself (a phone,
            # a projector); beside it, the title took the bar's length
            "title": {"text": z_title, "side": "bottom"},
            **COLORBAR_UNDER,
        },
        hovertemplate="%{x} · %{y}: %{z:.3f}<extra></extra>",
    )


def _outline(xi: int, yi: int) -> dict:
    """A thick vermillion frame around cell (column xi, row yi)."""
    return {
        "type": "rect",
        "x0": xi - 0.5,
        "x1": xi + 0.5,
        "y0": yi - 0.5,
        "y1": yi + 0.5,
        "line": {"color": OKABE_ITO["vermillion"], "width": 4},
    }


def _cell_texts(frame, x, y, xs, ys, column) -> list[list[str]]:
    lookup = {(a, b): str(c) for a, b, c in zip(frame[x], frame[y], frame[column], strict=True)}
    return [[lookup.get((xv, yv), "") for xv in xs] for yv in ys]


# batch_norm_test's final training accuracies as the book's own notebook recorded them,
# scales logspace(0, -4, 16) from 1 down to 1e-4. Without BN the book lists .10 .10 .98 .82
# .24 and then "about .12" for every smaller scale.
BOOK_GRID_ACC = {
    True: tuple(
        float(v) for v in ".42 .50 .63 .76 .89 .95 .99 1.0 1.0 1.0 1.0 .83 .80 .60 .62 .52".split()
    ),
    False: tuple(float(v) for v in ".10 .10 .98 .82 .24".split()) + (0.12,) * 11,
}
GRID_ROWS = ("ours_bn", "ours_plain", "book_bn", "book_plain")


def grid_summary(frame: pd.DataFrame | None, epochs: int) -> pd.DataFrame:
    """One row per book scale: ours_bn, ours_plain (NaN until trained or when diverged),
    ours_bn_diverged, ours_plain_diverged (trained, but stopped before the last epoch),
    book_bn, book_plain, bn_loses / book_bn_loses (BN ends below the plain network)."""
    ours = {}
    if frame is not None and not frame.empty:
        for _, r in final_accuracies(frame, epochs).iterrows():
            ours[(_scale_index(r["weight_init_std"]), r["batchnorm"])] = r["train_acc"]
    rows = []
    for k, scale in enumerate(BOOK_BN_SCALES):
        bn, plain = ours.get((k, True), math.nan), ours.get((k, False), math.nan)
        book_bn, book_plain = BOOK_GRID_ACC[True][k], BOOK_GRID_ACC[False][k]
        rows.append(
            {
                "weight_init_std": scale,
                "ours_bn": bn,
                "ours_plain": plain,
                "ours_bn_diverged": (k, True) in ours and math.isnan(bn),
                "ours_plain_diverged": (k, False) in ours and math.isnan(plain),
                "book_bn": book_bn,
                "book_plain": book_plain,
                "bn_loses": bool(bn < plain),
                "book_bn_loses": bool(book_bn < book_plain),
            }
        )
    return pd.DataFrame(rows)


def _scale_index(scale: float) -> int | None:
    for k, s in enumerate(BOOK_BN_SCALES):
        if math.isclose(s, scale, rel_tol=1e-9):
            return k
    return None


def grid_cells(summary: pd.DataFrame, diverged_text: str = "diverged") -> pd.DataFrame:
    """grid_summary as heatmap cells: weight_init_std, row (GRID_ROWS), train_acc, flag (a
    with-BN cell that ends below its plain neighbour), text (the accuracy with two decimals,
    `diverged_text` for a run that diverged, empty until trained). In GRID_ROWS order: the
    heatmap's columns read ours with BN, ours without, book with, book without."""
    parts = []
    for row in GRID_ROWS:
        flag = summary["bn_loses"] if row == "ours_bn" else summary["book_bn_loses"]
        diverged = summary.get(f"{row}_diverged", pd.Series(False, index=summary.index))
        text = [
            diverged_text if gone else "" if math.isnan(acc) else f"{acc:.2f}"
            for acc, gone in zip(summary[row], diverged, strict=True)
        ]
        parts.append(
            pd.DataFrame(
                {
                    "weight_init_std": summary["weight_init_std"],
                    "row": row,
                    "train_acc": summary[row],
                    "flag": flag if row.endswith("_bn") else False,
                    "text": text,
                }
            )
        )
    return pd.concat(parts, ignore_index=True)


def grid_notes(summary: pd.DataFrame) -> list[tuple[str, dict]]:
    """What the finished grid shows: where BN wins and where it loses, ours and the book's."""
    done = summary.dropna(subset=["ours_bn"])
    if done.empty:
        return []
    wins = int((done["ours_bn"] - done["ours_plain"] > WIN_MARGIN).sum())
    losing = done[done["bn_loses"]]["weight_init_std"]
    notes: list[tuple[str, dict]] = [
        ("batchnorm.grid_see_wins", {"wins": wins, "total": len(done)})
    ]
    if len(losing):
        notes.append(
            ("batchnorm.grid_see_loses", {"scales": ", ".join(f"{s:.3g}" for s in losing)})
        )
    else:
        notes.append(("batchnorm.grid_see_never_loses", {}))
    return notes
