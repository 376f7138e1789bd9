"""Boxes and arrows: a computation graph (the BN page) and the training loop (the home page),
drawn with the same box and arrow helpers. Pure: node and step lists in, a plotly Figure out;
every box carries an invisible marker whose customdata names it, so a page can react to a
click."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import plotly.graph_objects as go

from ui.figures.style import FONT_SIZE, OKABE_ITO, SERIES, colour, styled, text_on, wrap

GRAPH_BOX = (0.78, 0.5)  # width, height of a node in grid units
ROLE_FILL = {"current": SERIES[0], "input": OKABE_ITO["sky"], None: "#DDE1E6"}
ROLE_TEXT = {"current": "white", "input": "black", None: "#30343A"}
ARROW_GREY = "#7A7F88"


def box(
    x: float,
    y: float,
    size: tuple[float, float],
    fill: str,
    text: str,
    text_colour: str,
    font_size: int = FONT_SIZE,
) -> tuple[dict, dict]:
    """A filled box centred at (x, y) of size (width, height) in axis units: its shape and the
    annotation that writes `text` in it."""
    w, h = size
    shape = {
        "type": "rect",
        "x0": x - w / 2,
        "x1": x + w / 2,
        "y0": y - h / 2,
        "y1": y + h / 2,
        "fillcolor": fill,
        "line": {"color": fill, "width": 1},
        "layer": "below",
    }
    note = {
        "x": x,
        "y": y,
        "text": text,
        "showarrow": False,
        "font": {"color": text_colour, "size": font_size},
    }
    return shape, note


def arrow(
    start: tuple[float, float],
    end: tuple[float, float],
    *,
    width: float = 2,
    colour: str = ARROW_GREY,
    head_size: float = 1.1,
    opacity: float = 1.0,
) -> dict:
    """An arrow from `start` to `end` (axis units), as an annotation."""
    return {
        "x": end[0],
        "y": end[1],
        "ax": start[0],
        "ay": start[1],
        "xref": "x",
        "yref": "y",
        "axref": "x",
        "ayref": "y",
        "showarrow": True,
        "arrowhead": 3,
        "arrowsize": head_size,
        "arrowwidth": width,
        "arrowcolor": colour,
        "opacity": opacity,
        "text": "",
    }


def _diagram(
    shapes: list[dict],
    notes: list[dict],
    centres: Sequence[tuple[float, float]],
    ids: Sequence,
    marker_px: int,
    x_range: Sequence[float],
    y_range: Sequence[float],
    title: str | None,
    height: int,
) -> go.Figure:
    """The figure of a diagram: its shapes and notes set at once (add_shape per box is ~10x
    slower), an invisible square marker per box whose customdata is the box's id (so a page can
    react to a click: st.plotly_chart(..., on_select="rerun")), fixed hidden axes."""
    fig = go.Figure(layout={"shapes": shapes, "annotations": notes})
    fig.add_trace(
        go.Scatter(
            x=[c[0] for c in centres],
            y=[c[1] for c in centres],
            mode="markers",
            customdata=list(ids),
            marker={"size": marker_px, "symbol": "square", "color": "rgba(0,0,0,0.01)"},
            hoverinfo="none",
            showlegend=False,
        )
    )
    fig.update_xaxes(visible=False, range=list(x_range), fixedrange=True)
    fig.update_yaxes(visible=False, range=list(y_range), fixedrange=True)
    fig.update_layout(dragmode=False, clickmode="event+select")
    fig = styled(fig, title, height)
    fig.update_layout(margin={"l": 10, "r": 10, "b": 10})
    return fig


def clicked_box(event, count: int) -> int | None:
    """The index (0 to count - 1) of the box a reader clicked in a flow_diagram, from what
    st.plotly_chart(..., on_select="rerun") returned; None when no box was clicked. The
    selection comes from the browser, so anything else it holds (a crafted message: text, a
    float, a list, an index past the end) counts as no click."""
    try:
        points = list(event.selection.points) if event else []
    except (AttributeError, TypeError):
        return None
    for point in points:
        index = point.get("customdata") if isinstance(point, dict) else None
        if isinstance(index, list) and len(index) == 1:
            index = index[0]
        if isinstance(index, int) and not isinstance(index, bool) and 0 <= index < count:
            return index
    return None


def graph_diagram(
    nodes: Mapping[str, Mapping],
    edges: Sequence[tuple[str, str]],
    labels: Mapping[str, str],
    *,
    dashed: Sequence[tuple[str, str]] = (),
    height: int = 330,
) -> go.Figure:
    """A computation graph: a box per node at its grid position, an arrow per edge.

    nodes: id -> {"label", "x", "y", "role"}; role "current" (filled blue), "input" (sky: what
    the current node is computed from) or None (grey). edges: (from, to); arrows into the
    current node are drawn thick and blue. dashed: edges drawn dashed (e.g. through the rest of
    the network). labels: "title". Each box's customdata is its node id.
    """
    w, h = GRAPH_BOX
    shapes, notes = [], []
    for node in nodes.values():
        role = node.get("role")
        text = f"<b>{node['label']}</b>" if role == "current" else node["label"]
        shape, note = box(node["x"], node["y"], GRAPH_BOX, ROLE_FILL[role], text, ROLE_TEXT[role])
        shapes.append(shape)
        notes.append(note)
    current = next((k for k, n in nodes.items() if n.get("role") == "current"), None)
    for is_dashed, pairs in ((False, edges), (True, dashed)):
        for a, b in pairs:
            hot = b == current and not is_dashed
            notes.append(
                arrow(
                    *_edge_ends(nodes[a], nodes[b], w, h),
                    width=3 if hot else 1.5,
                    colour=SERIES[0] if hot else ARROW_GREY,
                    head_size=1.0,
                    opacity=0.6 if is_dashed else 1.0,
                )
            )
    centres = [(n["x"], n["y"]) for n in nodes.values()]
    xs, ys = [c[0] for c in centres], [c[1] for c in centres]
    x_range = (min(xs) - w, max(xs) + w)
    y_range = (min(ys) - h, max(ys) + h)
    return _diagram(
        shapes, notes, centres, list(nodes), 40, x_range, y_range, labels.get("title"), height
    )


def _edge_ends(a: Mapping, b: Mapping, w: float, h: float):
    """Where an arrow from box a to box b leaves a and enters b (on the boxes' borders)."""
    (x0, y0), (x1, y1) = (a["x"], a["y"]), (b["x"], b["y"])
    dx, dy = x1 - x0, y1 - y0

    def border(sign):
        # the point where the ray from a box centre towards the other box leaves the box
        tx = (w / 2) / abs(dx) if dx else math.inf
        ty = (h / 2) / abs(dy) if dy else math.inf
        s = min(tx, ty)
        return sign * dx * s, sign * dy * s

    ox, oy = border(1)
    ix, iy = border(-1)
    return (x0 + ox, y0 + oy), (x1 + ix, y1 + iy)


FLOW_WIDTH_PX = 560  # the loop is drawn at most this wide (a phone: as wide as it is)
FLOW_ROW_PX = 70
FLOW_BOX = (1.0, 0.72)  # width, height of a step
FLOW_COLUMNS = (0.0, 1.7)  # x of the forward and the backward column


def flow_diagram(
    forward: Sequence[Mapping],
    backward: Sequence[Mapping],
    labels: Mapping[str, str],
    *,
    loop_label: str | None = None,
) -> go.Figure:
    """A loop of boxes in two columns: `forward` top to bottom on the left, `backward` bottom to
    top on the right (starting beside the last forward box), and a dashed arrow from the last
    backward step up and back into the first forward step. Two columns read on a 390 px phone
    as on a projector (six boxes in a row left a phone 50 px a box).

    steps: dicts with "label" (box text, may hold <br>) and "group" (index into the palette, or
    None for a grey box). labels: "title". loop_label: text beside the return arrow.
    Every box's customdata is its index in forward + backward. Draw it at most FLOW_WIDTH_PX
    wide (st.plotly_chart(width=...)).
    """
    (w, h), (left, right), n = FLOW_BOX, FLOW_COLUMNS, len(forward)
    centres = [(left, -float(i)) for i in range(n)]
    centres += [(right, -float(n - 1 - i)) for i in range(len(backward))]
    steps = list(forward) + list(backward)
    shapes, notes = [], []
    for (x, y), step in zip(centres, steps, strict=True):
        fill = colour(step["group"]) if step.get("group") is not None else "#6B7480"
        shape, note = box(x, y, FLOW_BOX, fill, step["label"], text_on(fill), FONT_SIZE - 1)
        shapes.append(shape)
        notes.append(note)
    for (x0, y0), (x1, y1) in zip(centres, centres[1:], strict=False):
        if x0 == x1:  # down the forward column, up the backward one
            sign = 1 if y1 > y0 else -1
            notes.append(arrow((x0, y0 + sign * h / 2), (x1, y1 - sign * h / 2)))
        else:
            notes.append(arrow((x0 + w / 2, y0), (x1 - w / 2, y1)))
    if backward:
        _return_arrow(shapes, notes, centres[-1], centres[0][1], loop_label)
    x_range = (left - w / 2 - 0.05, right + w / 2 + 0.05)
    y_range = (-(n - 1) - h / 2 - 0.1, h / 2 + 0.1)
    return _diagram(
        shapes,
        notes,
        centres,
        range(len(steps)),
        50,
        x_range,
        y_range,
        labels.get("title"),
        100 + FLOW_ROW_PX * n,
    )


def _return_arrow(
    shapes: list, notes: list, last: tuple[float, float], top: float, loop_label: str | None
) -> None:
    """Back to the start: dashed up the right column from the last step, then left into the
    first box, with `loop_label` beside it where there is room."""
    (w, h), (left, _) = FLOW_BOX, FLOW_COLUMNS
    xe, ye = last
    shapes.append(
        {
            "type": "path",
            "path": f"M {xe},{ye + h / 2} L {xe},{top}",
            "line": {"width": 2, "dash": "dash", "color": ARROW_GREY},
        }
    )
    notes.append(arrow((xe, top), (left + w / 2, top)))
    if loop_label and ye + h / 2 < top - 0.5:
        notes.append(
            {
                "x": xe,
                "y": (ye + h / 2 + top) / 2,
                "text": wrap(loop_label, 18),
                "showarrow": False,
                "bgcolor": "white",
                "font": {"size": FONT_SIZE - 1, "color": "#4A4F57"},
            }
        )
