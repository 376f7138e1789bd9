"""Every chart the lab draws is drawn here, with its words (issue 18: every chart speaks).

    figure = lines.loss_curves(frame, labels, names)
    chart.draw(Chart(figure, notes.loss_description(frame, names)), key="init:loss")

A Chart is a figure and its description: one or two translated sentences, built from the same
data, that say what the figure shows and what to notice, with the numbers a teacher would read
aloud. `draw` refuses a figure without one. It gives the description to assistive technology
as the chart's accessible name (Streamlit's `alt`: role="figure" and aria-label on the chart's
container) and shows it to everyone under the chart, in a "Describe this chart" toggle beside
the numbers the figure plots (ui.figures.plotted reads them back from the figure itself).

A live chart (redrawn while a run trains) is named as training until the run ends; then the
final chart gets its description, and the section's polite live region (`announce`) reads it
out once. In projector mode (ui.form's global `projector`) every figure is drawn enlarged.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from ui.figures.plotted import enlarged, numbers, plain
from ui.form import GLOBAL_PAGE, widget_key
from ui.i18n import t, t_each
from ui.numbers import nice_number

PROJECTOR_SCALE = 1.4  # fonts, lines and markers in projector mode
COLUMN_NAMES = {
    "series": "chart.col_series",
    "x": "chart.col_x",
    "y": "chart.col_y",
    "z": "chart.col_z",
}
MAX_TABLE_ROWS = 200  # rows of "the numbers drawn" listed (a note says how many there are)
# Hidden from the eye, read by a screen reader (the usual "visually hidden" recipe).
VISUALLY_HIDDEN = (
    "position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;"
    "clip:rect(0,0,0,0);white-space:nowrap;border:0"
)
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|$<>~:])")


@dataclass(frozen=True)
class Chart:
    """A figure and its description (translated, from the figure's data)."""

    figure: go.Figure
    description: str

    @functools.cached_property
    def numbers(self) -> tuple[str, int, bool]:
        """(Markdown table of the plotted numbers, at most MAX_TABLE_ROWS rows; how many rows
        there are; whether long lines were thinned), built once per chart: a chart shared by
        every viewer (ui.shared) is read back once for all of them. In the language the chart
        was built in, as its description."""
        labels = t_each(COLUMN_NAMES)
        table, thinned = numbers(self.figure, labels)
        shown = markdown_table(table.head(MAX_TABLE_ROWS)) if not table.empty else ""
        return shown, len(table), thinned

    @functools.cached_property
    def sent(self) -> go.Figure:
        """The figure as st.plotly_chart sends it, its dict built once per chart."""
        return _Sent(self.figure.to_dict())

    @functools.cached_property
    def sent_enlarged(self) -> go.Figure:
        """The same in projector mode (fonts, lines and markers PROJECTOR_SCALE times)."""
        return _Sent(enlarged(self.figure, PROJECTOR_SCALE))

    def __post_init__(self):
        if not isinstance(self.figure, go.Figure):
            raise TypeError(f"Chart.figure must be a plotly Figure, not {type(self.figure)}")
        if not plain(self.description):
            raise ValueError("every chart needs a description (issue 18): it was empty")


class _Sent(go.Figure):
    """A figure's dict, built once and sent as it is. st.plotly_chart asks a Plotly Figure only
    for to_dict(), a deep copy of every trace, and that copy was about half of the call's cost
    on every rerun of every viewer (py-spy, 30 students on the weight-init page); a shared
    Chart now makes it once. Nothing is validated again (no Figure.__init__): the dict came
    from a validated figure, and nobody changes it."""

    def __init__(self, spec: dict):
        object.__setattr__(self, "_spec", spec)

    def to_dict(self) -> dict:
        return self._spec


def escaped(text: str) -> str:
    """`text` as Markdown that shows it as it is (no formula, link or emphasis)."""
    return _MARKDOWN.sub(r"\\\1", text)


def projector_on() -> bool:
    """Whether the sidebar's projector mode is on (False outside a Streamlit run)."""
    try:
        return bool(st.session_state.get(widget_key(GLOBAL_PAGE, "projector"), False))
    except Exception:  # no script run context (plain Python)
        return False


def draw(chart: Chart, key: str, *, container=None, live: bool = False, **options):
    """st.plotly_chart(chart.figure, key=key, **options) with its description as the accessible
    name and, unless `live`, a "Describe this chart" toggle under it; returns what
    st.plotly_chart returns. live: a frame of a run still training (named as such)."""
    if not isinstance(chart, Chart):
        raise TypeError("ui.chart.draw takes a Chart (a figure and its description)")
    box = container if container is not None else st
    figure = chart.sent_enlarged if projector_on() else chart.sent
    alt = t("chart.live", title=title(chart)) if live else chart.description
    event = box.plotly_chart(figure, key=key, alt=alt, **options)
    if not live:
        _explain(chart, box)
    return event


def draw_row(charts: Sequence[Chart], key: str, *, live: bool = False, **options) -> None:
    """Charts side by side (stacked on a phone, as Streamlit's columns are)."""
    for j, (column, one) in enumerate(zip(st.columns(len(charts)), charts, strict=True)):
        draw(one, f"{key}-{j}", container=column, live=live, **options)


def title(chart: Chart) -> str:
    """The figure's title as one plain line ("" when it has none)."""
    layout_title = chart.figure.layout.title
    return plain(layout_title.text) if layout_title and layout_title.text else ""


def announce(text: str, container=None) -> None:
    """A polite live region, visually hidden, holding `text`: a screen reader reads it when it
    changes (draw it empty while a run trains, then with the result, at the same place)."""
    box = container if container is not None else st
    box.markdown(
        f'<div role="status" aria-live="polite" aria-atomic="true" '
        f'style="{VISUALLY_HIDDEN}">{html.escape(text)}</div>',
        unsafe_allow_html=True,
    )


def _explain(chart: Chart, box) -> None:
    """The "Describe this chart" toggle: the description, then the numbers drawn."""
    table, rows, thinned = chart.numbers
    with box.expander(t("chart.describe")):
        st.markdown(escaped(chart.description))
        if not rows:
            return
        st.markdown(f"**{t('chart.numbers')}**")
        st.markdown(table)
        if rows > MAX_TABLE_ROWS:
            st.caption(t("chart.first_rows", shown=MAX_TABLE_ROWS, rows=rows))
        if thinned:
            st.caption(t("chart.thinned"))


def markdown_table(table: pd.DataFrame) -> str:
    """The table as a Markdown table (an HTML table on the page, which screen readers walk
    cell by cell), every cell shown as it is."""
    header = [escaped(str(c)) for c in table.columns]
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    for row in table.itertuples(index=False):
        lines.append("| " + " | ".join(escaped(_cell(v)) for v in row) + " |")
    return "\n".join(lines)


def _cell(value) -> str:
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, float) and pd.isna(value):  # a series without this column (z)
        return ""
    if isinstance(value, int | float):
        return nice_number(value, digits=4) if not float(value).is_integer() else f"{value:g}"
    try:
        number = float(value)  # numpy scalars
    except (TypeError, ValueError):
        return plain(value)
    return _cell(number) if not pd.isna(number) else ""
