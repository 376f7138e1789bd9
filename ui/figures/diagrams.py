"""Boxes and arrows: a computation graph (the BN page) and the training loop (the home page),
drawn with the same box and arrow helpers. Pure: node and step lists in, a plotly Figure out;
every box carries an invisible marker whose customdata names it, so a page can react to a
click."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import plotly.graph_objects as go

from ui.figures.style import FONT_SIZE, OKABE_ITO, SERIES, colour, styled, wrap

GRAPH_BOX = (0.78, 0.5)  # width, height of a node in grid units
ROLE_FILL = {"current": SERIES[0], "input": OKABE_ITO["sky"], None: "#DDE1E6"}
ROLE_TEXT = {"current": "white", "input": "black", None: "#30343A"}


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
    the network). labels: "title". Each box carries an invisible marker whose customdata is
    its node id, so a page can react to a click on a box.
    """
    w, h = GRAPH_BOX
    shapes, notes = [], []  # collected and set at once: add_shape per box is ~10x slower
    for node in nodes.values():
        role = node.get("role")
        shapes.append(
            {
                "type": "rect",
                "x0": node["x"] - w / 2,
                "x1": node["x"] + w / 2,
                "y0": node["y"] - h / 2,
                "y1": node["y"] + h / 2,
                "fillcolor": ROLE_FILL[role],
                "line": {"color": ROLE_FILL[role], "width": 1},
                "layer": "below",
            }
        )
        notes.append(
            {
                "x": node["x"],
                "y": node["y"],
                "text": f"<b>{node['label']}</b>" if role == "current" else node["label"],
                "showarrow": False,
                "font": {"color": ROLE_TEXT[role], "size": FONT_SIZE},
            }
        )
    current = next((k for k, n in nodes.items() if n.get("role") == "current"), None)
    for is_dashed, pairs in ((False, edges), (True, dashed)):
        for a, b in pairs:
            start, end = _edge_ends(nodes[a], nodes[b], w, h)
            hot = b == current and not is_dashed
            notes.append(
                {
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
                    "arrowsize": 1.0,
                    "arrowwidth": 3 if hot else 1.5,
                    "arrowcolor": SERIES[0] if hot else "#7A7F88",
                    "opacity": 0.6 if is_dashed else 1.0,
                    "text": "",
                }
            )
    fig = go.Figure(layout={"shapes": shapes, "annotations": notes})
    ids = list(nodes)
    fig.add_trace(
        go.Scatter(
            x=[nodes[k]["x"] for k in ids],
            y=[nodes[k]["y"] for k in ids],
            mode="markers",
            customdata=ids,
            marker={"size": 40, "symbol": "square", "color": "rgba(0,0,0,0.01)"},
            hoverinfo="none",
            showlegend=False,
        )
    )
    xs = [n["x"] for n in nodes.values()]
    ys = [n["y"] for n in nodes.values()]
    fig.update_xaxes(visible=False, range=[min(xs) - w, max(xs) + w], fixedrange=True)
    fig.update_yaxes(visible=False, range=[min(ys) - h, max(ys) + h], fixedrange=True)
    fig.update_layout(dragmode=False, clickmode="event+select")
    fig = styled(fig, labels.get("title"), height)
    fig.update_layout(margin={"l": 10, "r": 10, "b": 10})
    return fig


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


def _box(fig: go.Figure, x: float, y: float, step: Mapping, w: float, h: float) -> None:
    group = step.get("group")
    fill = colour(group) if group is not None else "#6B7480"
    fig.add_shape(
        type="rect",
        x0=x - w / 2,
        x1=x + w / 2,
        y0=y - h / 2,
        y1=y + h / 2,
        fillcolor=fill,
        line={"color": fill, "width": 1},
        layer="below",
    )
    fig.add_annotation(
        x=x,
        y=y,
        text=step["label"],
        showarrow=False,
        font={"color": "white", "size": FONT_SIZE - 1},
    )


def _arrow(fig: go.Figure, start, end, *, dash: bool = False) -> None:
    fig.add_annotation(
        x=end[0],
        y=end[1],
        ax=start[0],
        ay=start[1],
        xref="x",
        yref="y",
        axref="x",
        ayref="y",
        showarrow=True,
        arrowhead=3,
        arrowsize=1.1,
        arrowwidth=2,
        arrowcolor="#7A7F88",
        text="",
    )


FLOW_WIDTH_PX = 560  # the loop is drawn at most this wide (a phone: as wide as it is)
FLOW_ROW_PX = 70


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
    Every box carries an invisible marker whose customdata is its index in forward + backward,
    so a page can react to a click on a box (st.plotly_chart(..., on_select="rerun")).
    Draw it at most FLOW_WIDTH_PX wide (st.plotly_chart(width=...)).
    """
    fig = go.Figure()
    w, h = 1.0, 0.72
    left, right = 0.0, 1.7
    n = len(forward)
    centres = [(left, -float(i)) for i in range(n)]
    centres += [(right, -float(n - 1 - i)) for i in range(len(backward))]
    steps = list(forward) + list(backward)
    for (x, y), step in zip(centres, steps, strict=True):
        _box(fig, x, y, step, w, h)
    for i in range(len(steps) - 1):
        (x0, y0), (x1, y1) = centres[i], centres[i + 1]
        if x0 == x1:  # down the forward column, up the backward one
            sign = 1 if y1 > y0 else -1
            _arrow(fig, (x0, y0 + sign * h / 2), (x1, y1 - sign * h / 2))
        else:
            _arrow(fig, (x0 + w / 2, y0), (x1 - w / 2, y1))
    if backward:
        # Back to the start: up the right column, then left into the first box.
        xe, ye = centres[-1]
        top = centres[0][1]
        fig.add_shape(
            type="path",
            path=f"M {xe},{ye + h / 2} L {xe},{top}",
            line={"width": 2, "dash": "dash", "color": "#7A7F88"},
        )
        _arrow(fig, (xe, top), (left + w / 2, top))
        if loop_label and ye + h / 2 < top - 0.5:
            fig.add_annotation(
                x=xe,
                y=(ye + h / 2 + top) / 2,
                text=wrap(loop_label, 18),
                showarrow=False,
                bgcolor="white",
                font={"size": FONT_SIZE - 1, "color": "#4A4F57"},
            )
    fig.add_trace(
        go.Scatter(
            x=[c[0] for c in centres],
            y=[c[1] for c in centres],
            mode="markers",
            customdata=list(range(len(steps))),
            marker={"size": 50, "symbol": "square", "color": "rgba(0,0,0,0.01)"},
            hoverinfo="none",
            showlegend=False,
        )
    )
    fig.update_xaxes(visible=False, range=[left - w / 2 - 0.05, right + w / 2 + 0.05])
    fig.update_yaxes(visible=False, range=[-(n - 1) - h / 2 - 0.1, h / 2 + 0.1])
    fig.update_xaxes(fixedrange=True)
    fig.update_yaxes(fixedrange=True)
    fig.update_layout(dragmode=False, clickmode="event+select")
    fig = styled(fig, labels.get("title"), 100 + FLOW_ROW_PX * n)
    fig.update_layout(margin={"l": 10, "r": 10, "b": 10})
    return fig
