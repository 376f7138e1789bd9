"""Pin a run and compare: up to MAX_PINS finished runs stay in a training section's figures as
faded references while the reader tries the next setting.

    CONTROLS = (*page_controls, pins.control(page_controls that the section trains with))
    pinned = pins.Pins(form, "weight_decay", overfitting, kwargs_of)   # before the section
    live.stream(..., figures=pinned.figures(figures), draw_key=pinned.draw_key(None))
    pinned.bar(outcome)                                                 # Pin this run, Clear

A pin is the settings a run trained with, not its data: the page's address carries the pins
(`pin=lambda:0.3,epochs:100;book`: the values that differ from the book's, ";" between pins,
`book` for the book's settings), so a lesson link can carry them. A pinned run is the stored
result of those settings (ui/trainers.py's ResultStore), or, when the server has none (a link
opened on a fresh server), it is trained again through the shared trainer queue, as this
reader's run, while the page waits for nothing else; the figure takes it in when it is done.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import plotly.graph_objects as go
import streamlit as st

from ui import turn
from ui.chart import Chart
from ui.controls import Control, IntRange, ParamError
from ui.form import current_seed
from ui.i18n import t
from ui.pacing import session_tag
from ui.results import Finished, run_key
from ui.runs import Shown, ref_of
from ui.shared import shared
from ui.trainers import trainers

NAME = "pin"  # the URL parameter
MAX_PINS = 3
MAX_TEXT = 400  # characters of a pin list read
SEED = IntRange("seed", 0, 0, 99_999)  # a pin keeps the seed it trained with
BOOK = "book"
COLOURS = ("#666666", "#A0522D", "#6A5ACD")  # one per pin, muted beside the runs' own
OPACITY = 0.5
WAIT_S = 2.0  # how often a page waiting for a pinned run looks at it

Pin = tuple[tuple[str, str], ...]  # (control name, URL text) of the values not the book's


@dataclass(frozen=True)
class PinList(Control):
    """Up to MAX_PINS pins, each the URL text of the `controls` values (and seed) that differ
    from the book's; the value is a tuple of pins, () when none (the default)."""

    controls: tuple[Control, ...] = ()
    lockable = False  # a lesson link locks or hides the controls, not the pins (ui/form.py)

    def parse(self, raw: str) -> tuple[Pin, ...]:
        tokens = [tok.strip() for tok in str(raw)[:MAX_TEXT].split(";") if tok.strip()]
        pins: list[Pin] = []
        bad = len(str(raw)) > MAX_TEXT
        for token in tokens[: 2 * MAX_PINS]:  # reading more is wasted work
            pin = self._pin(token)
            bad |= pin is None
            if pin is not None and pin not in pins:
                pins.append(pin)
        bad |= len(tokens) > 2 * MAX_PINS or len(pins) > MAX_PINS
        if bad:
            raise ParamError("bad_pins", tuple(pins[:MAX_PINS]), high=MAX_PINS)
        return tuple(pins)

    def _pin(self, token: str) -> Pin | None:
        """One pin read from "lambda:0.3,epochs:100" (or "book"); None unless every part is a
        known control with a value it takes as written."""
        if token.lower() == BOOK:
            return ()
        by_name = {c.name: c for c in (*self.controls, SEED)}
        found = {}
        for item in token.split(","):
            name, _, text = (part.strip() for part in item.partition(":"))
            control = by_name.get(name)
            if control is None or not text or name in found:
                return None
            try:
                value = control.parse(text)
            except ParamError:
                return None
            if value != control.default:
                found[name] = control.encode(value)
        return tuple(sorted(found.items()))

    def encode(self, value) -> str:
        return ";".join(",".join(f"{n}:{v}" for n, v in pin) or BOOK for pin in value)

    def pin_of(self, values: Mapping[str, Any], seed: int) -> Pin:
        """The pin of a run trained with these control values and seed."""
        current = {c.name: values[c.name] for c in self.controls} | {SEED.name: seed}
        return tuple(
            sorted(
                (c.name, c.encode(current[c.name]))
                for c in (*self.controls, SEED)
                if current[c.name] != c.default
            )
        )

    def values_of(self, pin: Pin, values: Mapping[str, Any]) -> tuple[dict[str, Any], int]:
        """The control values (the page's `values` with the pin's settings, the book's where
        the pin says nothing) and the seed a pin trained with."""
        text = dict(pin)
        out = dict(values)
        for c in (*self.controls, SEED):
            try:  # a pin read from the address was checked; a data set may have shrunk since
                out[c.name] = c.parse(text[c.name]) if c.name in text else c.default
            except ParamError as err:
                out[c.name] = err.used
        return out, int(out.pop(SEED.name))


def control(controls: Sequence[Control]) -> PinList:
    """The page's pin control over the controls its training section trains with."""
    return PinList(NAME, (), controls=tuple(controls))


def label(pin: Pin, here: Pin | None = None, control: PinList | None = None) -> str:
    """A pin as its legend writes it: "lambda=0.3, epochs=100" (the address's names), or the
    book's settings. With `here` (the settings drawn now) and its `control`: only what the pin
    does differently ("lambda=0.1" beside a run at λ = 0.5), which is what a reader compares."""
    items = dict(pin)
    if here is not None and control is not None and pin != here:
        now = dict(here)
        defaults = {c.name: c.encode(c.default) for c in (*control.controls, SEED)}
        names = [c.name for c in (*control.controls, SEED)]
        items = {
            n: items.get(n, defaults[n])
            for n in names
            if items.get(n, defaults[n]) != now.get(n, defaults[n])
        }
    return ", ".join(f"{n}={v}" for n, v in items.items()) or t("pins.book")


# ---------------------------------------------------------------- faded references (pure)


def faded(trace: dict, name: str, colour: str, first: bool) -> dict | None:
    """A pinned run's trace as a faded reference: a line (scatter with lines) or a contour
    line (the 2-D boundary) in the pin's colour, one legend entry per pin; None for what a
    reference does not repeat (shading, points, bars)."""
    kind = trace.get("type", "scatter")
    common = {
        "name": name,
        "legendgroup": name,
        "showlegend": first,
        "opacity": OPACITY,
        **{k: trace[k] for k in ("xaxis", "yaxis") if k in trace},
    }
    if kind == "scatter" and "lines" in str(trace.get("mode", "lines")):
        line = {**trace.get("line", {}), "color": colour, "width": 1.5}
        hover = f"{name}<br>%{{x}}: %{{y:.3f}}<extra></extra>"
        return {"type": "scatter", "mode": "lines", "x": trace.get("x"), "y": trace.get("y")} | (
            common | {"line": line, "hovertemplate": hover}
        )
    if kind == "contour":
        line = {"color": colour, "width": 2, "dash": "dot"}
        keep = {k: trace[k] for k in ("x", "y", "z", "contours") if k in trace}
        return (
            {"type": "contour", **keep}
            | common
            | {"line": line, "hoverinfo": "skip"}
            | {"showscale": False}
        )
    return None


def _same_line(a: dict, b: dict) -> bool:
    """Whether two traces draw the same line (a baseline both runs share)."""
    if a.get("type", "scatter") != "scatter" or b.get("type", "scatter") != "scatter":
        return False
    ya, yb = np.asarray(a.get("y", []), dtype=float), np.asarray(b.get("y", []), dtype=float)
    xa, xb = np.asarray(a.get("x", []), dtype=float), np.asarray(b.get("x", []), dtype=float)
    return xa.shape == xb.shape and np.array_equal(xa, xb) and np.array_equal(ya, yb)


def overlay(figure: go.Figure, references: Sequence[tuple[str, str, go.Figure]]) -> go.Figure:
    """`figure` with each reference (name, colour, the pinned run's figure of the same kind)
    faded in under its own traces; a reference line that is one of the figure's own (the
    same baseline) is left out."""
    own = [trace.to_plotly_json() for trace in figure.data]
    added = []
    for name, colour, reference in references:
        first = True
        for trace in (tr.to_plotly_json() for tr in reference.data):
            if any(_same_line(trace, mine) for mine in own):
                continue
            copy = faded(trace, name, colour, first)
            if copy is not None:
                added.append(copy)
                first = False
    if not added:
        return figure
    out = go.Figure(figure)
    out.data = ()
    out.add_traces([*added, *own])
    return out


def overlay_all(figs, references: Sequence[tuple[str, str, Any]]):
    """overlay() for what a section's figures function returns: a figure or a chart (its
    figure, the description kept), a list of them, a list with rows (lists) among them;
    references: (name, colour, the same shape for the pin)."""
    if isinstance(figs, Chart):
        refs = [(n, c, r.figure) for n, c, r in references if isinstance(r, Chart)]
        return dataclasses.replace(figs, figure=overlay(figs.figure, refs))
    if isinstance(figs, go.Figure):
        refs = [(n, c, r) for n, c, r in references if isinstance(r, go.Figure)]
        return overlay(figs, refs)
    out = []
    for i, fig in enumerate(figs):  # a pinned run may draw fewer panels (no reference run)
        refs = [
            (n, c, r[i])
            for n, c, r in references
            if not isinstance(r, go.Figure) and i < len(r) and _alike(fig, r[i])
        ]
        out.append(overlay_all(fig, refs))
    return out


def _alike(fig, ref) -> bool:
    one = (go.Figure, Chart)
    return isinstance(fig, one) == isinstance(ref, one)


# ---------------------------------------------------------------- in the page


class Pins:
    """A training section's pins: their runs, the figures with them, and the pin bar.

    kwargs_of(values, seed) -> the experiment's arguments for the page's control values (the
    same function the section trains its own run with)."""

    def __init__(
        self,
        form,
        name: str,
        experiment: Callable,
        kwargs_of: Callable[[Mapping[str, Any], int], Mapping],
    ):
        self.form, self.name, self.experiment, self.kwargs_of = form, name, experiment, kwargs_of
        self.control: PinList = form.controls[NAME]
        self.pins: tuple[Pin, ...] = tuple(form[NAME])
        self.here: Pin = self.control.pin_of(form.values, current_seed())  # the run drawn now
        self.runs: list[tuple[Pin, tuple, dict, Finished | None]] = []
        for pin in self.pins:
            values, seed = self.control.values_of(pin, form.values)
            kwargs = dict(self.kwargs_of(values, seed))
            key = run_key(name, kwargs)
            self.runs.append((pin, key, kwargs, trainers().finished(key)))

    @property
    def waiting(self) -> list[tuple[tuple, dict]]:
        """(key, kwargs) of the pinned runs the server has no result for yet."""
        return [(key, kwargs) for _, key, kwargs, done in self.runs if done is None]

    def draw_key(self, draw_key: Any) -> Any:
        """The section's draw_key, with the pins whose runs are drawn."""
        drawn = tuple(pin for pin, _, _, done in self.runs if done is not None)
        return (draw_key, drawn) if drawn else draw_key

    def figures(self, figures: Callable[[Shown], Any]) -> Callable[[Shown], Any]:
        """The section's figures function (of a run: ui.runs.Shown) with the pinned runs
        faded in."""
        pinned = [(pin, key, done) for pin, key, _, done in self.runs if done is not None]
        if not pinned:
            return figures

        def reference(key, done):
            return shared((key, "pin"), "figures", lambda: figures(done))

        def build(run: Shown):
            references = [
                (f"📌 {label(pin, self.here, self.control)}", COLOURS[i % 3], reference(key, done))
                for i, (pin, key, done) in enumerate(pinned)
            ]
            return overlay_all(figures(run), references)

        return build

    def bar(self, finished: bool) -> None:
        """Pin this run (once it has finished), Clear pins, and the pins listed."""
        here = self.here
        editable = self.form.editable(NAME)
        left, right, _ = st.columns([2, 2, 5])
        left.button(
            t("pins.pin"),
            help=t("pins.pin_help", most=MAX_PINS),
            on_click=self._set,
            args=((*self.pins, here)[-MAX_PINS:],),
            disabled=not (finished and editable) or here in self.pins,
            key=f"pins:{self.name}:pin",
        )
        right.button(
            t("pins.clear"),
            on_click=self._set,
            args=((),),
            disabled=not (self.pins and editable),
            key=f"pins:{self.name}:clear",
        )
        if self.pins:
            listed = " · ".join(
                f"📌 {label(pin, here, self.control)}"
                + ("" if done is not None else f" ({t('pins.training')})")
                for pin, _, _, done in self.runs
            )
            st.caption(t("pins.listed", pins=listed))
        if self.waiting:
            _wait_for(self.name, ref_of(self.experiment), self.waiting)

    def _set(self, pins: tuple[Pin, ...]) -> None:
        st.session_state[self.form.key(NAME)] = tuple(pins)


@turn.fragment(run_every=WAIT_S)
def _wait_for(name: str, ref: str, waiting: list[tuple[tuple, dict]]) -> None:
    """Ask for the pinned runs the server has no result for (as this reader's runs: the queue
    trains them while the reader watches nothing else), and redraw the page once they are."""
    pool = trainers()
    if all(pool.finished(key) is not None for key, _ in waiting):
        st.rerun()
    for i, (key, kwargs) in enumerate(waiting):
        pool.request(key, ref, kwargs, viewer=f"{session_tag()}:pin:{name}:{i}")
