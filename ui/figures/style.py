"""How every figure of the lab looks: the palette, fonts, titles that fit a phone, the shared
layout, and grids of panels.

Figures are built from plain dicts and made a go.Figure once (update_layout calls cost several
times more). No figure knows how wide it will be drawn (a 390 px phone or a projector):
style_layout wraps titles to a phone's width, legends go under the plot, grids are tall rather
than wide. Colours come from the Okabe-Ito palette (safe for the common colour-vision
deficiencies); line style carries meaning too (train solid, test dashed; with BN solid, without
dashed), so no curve is told apart by colour alone.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata

import plotly.graph_objects as go
import plotly.io

OKABE_ITO = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "sky": "#56B4E9",
    "yellow": "#F0E442",
    "black": "#000000",
}


# Order for series; yellow is left out (too faint on white), black last (lost on dark themes).
SERIES = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000")
FONT_SIZE = 15
# Axis titles, ticks, legends and notes: Streamlit's chart theme writes them #808495, 3.7:1 on
# white, below WCAG AA's 4.5:1 for text of this size; this grey is 6.9:1 (issue 18).
CHART_TEXT = "#555A66"
ROW_HEIGHT = 170  # px of plot per row of small multiples: readable on a 1280x720 projector
MARGIN_BOTTOM = 60


# A figure does not know how wide it is drawn (a 390 px phone or a projector) and Plotly never
# wraps a title: titles are wrapped here at a width that fits a phone, and everything stays
# clear of the toolbar Plotly shows in the top right corner (always, on a touch screen).
TOOLBAR_PX = 30  # room above the title for Plotly's toolbar
TITLE_SIZE, SUBTITLE_SIZE = FONT_SIZE + 2, FONT_SIZE - 2
TITLE_LINE_PX, SUBTITLE_LINE_PX = 23, 17  # line pitches, measured in Chromium
SUBTITLE_GAP_PX = 17  # Plotly's gap between a title's last line and its subtitle
TITLE_SHIFT_PX = 17
TITLE_UNITS, SUBTITLE_UNITS = 36, 48  # characters per line (a CJK character counts 2)
LEGEND_DROP_PX = 75  # legends go under the plot, below the x ticks and the x axis title
PANEL_TITLE_GAP = 30  # room between a figure's title and the titles of its panels


def colour(i: int) -> str:
    return SERIES[i % len(SERIES)]


# Text a reader can read (WCAG 2.1 AA: 4.5:1 for text of normal size).
TEXT_DARK = "#111111"  # the theme's text colour (.streamlit/config.toml)
TEXT_CONTRAST = 4.5


def _luminance(hex_colour: str) -> float:
    """WCAG's relative luminance of "#RRGGBB"."""
    channels = [int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG's contrast ratio of two "#RRGGBB" colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_on(fill: str) -> str:
    """White or dark text, whichever reads better on `fill` ("#RRGGBB")."""
    return "#FFFFFF" if contrast("#FFFFFF", fill) >= contrast(TEXT_DARK, fill) else TEXT_DARK


def readable(hex_colour: str, background: str = "#FFFFFF") -> str:
    """`hex_colour` darkened just enough to be read as text on `background` (a series colour
    for a label that names its curve: orange #E69F00 on white is 2:1, this gives 4.5:1)."""
    rgb = [int(hex_colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    for step in range(21):
        shade = "#" + "".join(f"{round(c * (1 - step / 20)):02X}" for c in rgb)
        if contrast(shade, background) >= TEXT_CONTRAST:
            return shade
    return TEXT_DARK


def text_units(text: str) -> int:
    """How wide `text` is drawn, in half-width characters: a CJK (wide) character counts 2,
    markup such as <b> or <sub> nothing."""
    plain = re.sub(r"<[^>]*>", "", text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in plain)


# A word: a run of non-space, non-wide characters, or one wide (CJK) character; with the
# opening brackets that must not end a line before it, the characters that must not start one
# after it (closing punctuation; in Japanese also ー, ・ and the small kana), and the spaces
# before it.
_WIDE = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
NO_LINE_END = "（「『【〔"
NO_LINE_START = "，。：；、！？）」』】〕・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
_WORD = re.compile(rf"(\s*)([{NO_LINE_END}]*(?:[^\s{_WIDE}]+|\S)[{NO_LINE_START}]*)")


def wrap(text: str, units: int) -> str:
    """`text` with <br> inserted so that no line is wider than `units` (text_units): between
    words, and between any two CJK characters. Existing <br> are kept; a single word wider than
    a line stays whole."""
    lines = []
    for part in text.split("<br>"):
        line = ""
        for space, word in _WORD.findall(part):
            joined = f"{line}{' ' if space else ''}{word}" if line else word
            if line and text_units(joined) > units:
                lines.append(line)
                line = word
            else:
                line = joined
        lines.append(line)
    return "<br>".join(lines)


def style_layout(
    title: str | None, height: int, subtitle: str | None = None, *, title_gap: int = 12
) -> dict:
    """The layout every figure shares: title (and a smaller subtitle under it) top left, wrapped
    to a phone's width, under the toolbar; font; height; margins; a horizontal legend under the
    plot. `height` is the figure's height with a one-line title: each further line of title
    or subtitle adds its own. title_gap: px between the title and the plot (more when panel
    titles sit above the plot). Builders merge their own layout into it (a plain dict:
    building a figure from dicts at once is several times faster than update_layout calls)."""
    top = TOOLBAR_PX
    heading = None
    if title:
        text = wrap(title, TITLE_UNITS)
        lines = text.count("<br>") + 1
        block = TITLE_LINE_PX * lines
        if subtitle:
            sub = wrap(subtitle, SUBTITLE_UNITS)
            block += SUBTITLE_GAP_PX + SUBTITLE_LINE_PX * (sub.count("<br>") + 1)
        height += block - TITLE_LINE_PX
        top += block + title_gap
        # Plotly anchors a title by its first line, and draws a title of several lines
        # TITLE_SHIFT_PX higher (measured in Chromium): placed so its ink starts under the
        # toolbar either way.
        anchor = TOOLBAR_PX + (TITLE_SHIFT_PX if lines > 1 else 5)
        heading = {
            "text": text,
            "x": 0.0,
            "xanchor": "left",
            "yref": "container",
            "y": 1 - anchor / height,
            "yanchor": "top",
            "font": {"size": TITLE_SIZE},
        }
        if subtitle:
            heading["subtitle"] = {"text": sub, "font": {"size": SUBTITLE_SIZE}}
    plot_px = max(height - top - MARGIN_BOTTOM, 50)
    return {
        "title": heading,
        "font": {"size": FONT_SIZE, "color": CHART_TEXT},
        "height": height,
        "margin": {"l": 70, "r": 20, "t": top, "b": MARGIN_BOTTOM},
        "legend": {
            "orientation": "h",
            "yanchor": "top",
            "y": -LEGEND_DROP_PX / plot_px,
            "x": 0,
            "title": None,
        },
        "hoverlabel": {"font": {"size": FONT_SIZE}},
    }


def readable_axes(layout: dict) -> dict:
    """`layout` with every axis's tick labels and title in CHART_TEXT where it set no colour:
    Streamlit's chart theme writes them in a grey too faint for small text. Builders call it on
    their layout dict before making the figure (setting them on a made figure costs 10 ms an
    axis)."""
    out = dict(layout)
    for name, axis in layout.items():
        if not (re.fullmatch(r"[xy]axis\d*", name) and isinstance(axis, dict)):
            continue
        title = axis.get("title") or {}
        title = {"text": title} if isinstance(title, str) else dict(title)
        title["font"] = {"color": CHART_TEXT, **title.get("font", {})}
        out[name] = axis | {"tickfont": {"color": CHART_TEXT, **axis.get("tickfont", {})}}
        out[name]["title"] = title
    return out


AXIS_TEXT = {"tickfont_color": CHART_TEXT, "title_font_color": CHART_TEXT}
"""The same for fig.update_xaxes / update_yaxes (keyword arguments)."""


# Plotly checks every property of a figure as it builds it: 40 % of building the weight-init
# histograms (10 ms for a grid of seven panels), on every new setting a student slides to. The
# builders' dicts are checked by the tests instead: with TRAINING_LAB_CHECK_FIGURES=1
# (tests/conftest.py) `figure` has Plotly check them, and also builds the figure unchecked and
# fails unless both give the same JSON, so what the server sends is what the tests checked.
CHECK_ENV = "TRAINING_LAB_CHECK_FIGURES"


def figure(data: list, layout: dict) -> go.Figure:
    """go.Figure(data=data, layout=layout), checked by Plotly only under the tests (CHECK_ENV).
    data: trace dicts ({"type": "bar", ...}); layout: a layout dict. None values are left out,
    as Plotly's check leaves them out."""
    data, layout = [_pruned(trace) for trace in data], _pruned(layout)
    unchecked = go.Figure(data=data, layout=layout, _validate=False)
    if os.environ.get(CHECK_ENV) != "1":
        return unchecked
    checked = go.Figure(data=data, layout=layout)
    want, sent = (json.loads(plotly.io.to_json(f, validate=False)) for f in (checked, unchecked))
    if want != sent:  # the same properties and values (in any order)
        raise AssertionError(
            f"figure: Plotly's check changed the figure; give it as checked: {str(want)[:300]}"
        )
    return checked


def _pruned(spec):
    """A dict without its None values, at every depth (and in lists of dicts: annotations)."""
    if isinstance(spec, dict):
        return {k: _pruned(v) for k, v in spec.items() if v is not None}
    if isinstance(spec, list | tuple) and spec and isinstance(spec[0], dict):
        return [_pruned(v) for v in spec]
    return spec


def styled(fig: go.Figure, title: str | None, height: int, **options) -> go.Figure:
    fig.update_layout(style_layout(title, height, **options))
    return fig


def grid_domains(rows: int, cols: int, h_space: float, v_space: float):
    """(x domain, y domain) of each cell of a rows x cols grid of panels, row by row from the
    top, in paper coordinates, with the given gaps between panels."""
    width = (1 - h_space * (cols - 1)) / cols
    height = (1 - v_space * (rows - 1)) / rows

    def inside(a: float) -> float:  # rounding can leave a last edge at -1e-17
        return min(max(a, 0.0), 1.0)

    return [
        (
            [inside(c * (width + h_space)), inside(c * (width + h_space) + width)],
            [inside(1 - r * (height + v_space) - height), inside(1 - r * (height + v_space))],
        )
        for r in range(rows)
        for c in range(cols)
    ]


DASHES = ("solid", "dash", "dot", "dashdot")

# A horizontal colour bar under the plot, from its left edge (a phone has no room beside it).
COLORBAR_UNDER = {
    "orientation": "h",
    "x": 0,
    "xanchor": "left",
    "y": 0,
    "yref": "container",
    "yanchor": "bottom",
    "len": 0.6,
    "thickness": 12,
}


# A marker shape per series (issue 18): runs told apart by shape as well as by colour, also in
# greyscale and for a reader who cannot tell the colours apart. At most MARKERS_SHOWN markers
# a line: a shape to read, not a dot per epoch.
SYMBOLS = ("circle", "square", "diamond", "triangle-up", "x", "star", "cross")
MARKERS_SHOWN = 12


def series_marker(i: int) -> dict:
    """The marker of series i (the i-th colour): its own shape, a few of them along the line."""
    return {"symbol": SYMBOLS[i % len(SYMBOLS)], "size": 8, "maxdisplayed": MARKERS_SHOWN}
