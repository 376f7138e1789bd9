"""Stream a training experiment into the page: progress bar, live curves, Stop, final metrics.

    outcome = live.stream(
        "init_comparison",                      # ASCII id: store key and widget keys
        experiments.init_comparison,            # a generator function of engine Progress
        {"iterations": 2000, "seed": seed},     # every argument: the cache key
        figures=lambda frame: charts.loss_curves(frame, labels, names),
        metrics=lambda frame: [(t("init.final_loss", init=n), f"{v:.3f}", None) ...],
        run_names={"he": "He", ...},            # engine run name -> translated legend text
    )

What the reader sees:
* Settings already trained by anyone on this server: the final curves at once (no training).
  st.cache_data can only store a function's return value, so it cannot hand the page the
  partial results of a generator while it runs; finished runs go instead into
  `ui.cache.ResultStore`, a bounded thread-safe LRU held by st.cache_resource and keyed by the
  experiment's name and all its arguments, seed included (details in ui/cache.py).
* Otherwise a Train button (or, with auto_start=True, training starts by itself). While it
  trains: a progress bar with the time left, the curves redrawn at most every `throttle`
  seconds (or every 4x the last redraw's cost, when that is longer) and always at the end,
  and a Stop button.
* Stop: the click reruns the script, which ends the loop; the partial curves stay with a note
  and a Resume button.
* Any other widget change also reruns the script. The half-trained generator is kept in the
  session (`st.session_state`), so the new run carries on where the old one was instead of
  starting over. With Streamlit's fastReruns the new script thread can start while the old one
  is still inside an epoch: a lock per run and an owner token make sure only one thread
  advances the generator, and the old one quits at its next check.
* A run that diverged gets a note "diverged at epoch N" naming the run; its curve just ends.
* At the end: st.metric per number from `metrics`, and a CSV download of the rows drawn.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from engine.data import MNIST_DIR_ENV
from ui import dataset
from ui.cache import Finished, result_store, run_key
from ui.export import download_csv
from ui.i18n import t
from ui.outside_text import inert

THROTTLE_S = 0.25
DRAW_COST_FACTOR = 4  # redraw no more often than every 4x the last redraw's own cost
MAX_SESSION_RUNS = 4
_RUNS = "_live.runs"

Metric = tuple[str, str, str | None]  # label, value, delta (or None)
# (label, value, delta, delta_color): "inverse" when smaller is better, "off" for no judgement
ColouredMetric = tuple[str, str, str | None, str]
# ... and delta_arrow: "off" for a change that is none ("±0.000"), shown without an arrow
ArrowedMetric = tuple[str, str, str | None, str, str]


@dataclass
class LiveRun:
    """A training generator kept across reruns of one session."""

    name: str
    gen: Iterator
    last: object | None = None  # the latest engine Progress
    stopped: bool = False
    owner: object | None = None  # token of the script run allowed to advance `gen`
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass(frozen=True)
class Outcome:
    """What `stream` showed. status: idle | running | stopped | finished | cached | failed."""

    status: str
    frame: pd.DataFrame | None = None
    diverged: Mapping[str, int] = field(default_factory=dict)
    fraction: float = 0.0


def format_left(seconds: float) -> str:
    """Seconds as m:ss (language-neutral)."""
    seconds = max(0, round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def time_left(fraction: float, start_fraction: float, elapsed: float) -> float | None:
    """Seconds still needed at the rate seen since this script run started, None if unknown."""
    done = fraction - start_fraction
    if done <= 0 or elapsed <= 0:
        return None
    return (1.0 - fraction) * elapsed / done


def redraw_interval(throttle: float, last_cost: float) -> float:
    """Seconds to wait between redraws of the live curves: `throttle`, or DRAW_COST_FACTOR
    times what the last redraw cost when that is longer (a big figure on a busy machine), so
    redrawing never takes more than about a quarter of the time training could have had."""
    return max(throttle, DRAW_COST_FACTOR * last_cost)


def _session_runs() -> OrderedDict:
    return st.session_state.setdefault(_RUNS, OrderedDict())


class _View:
    """The placeholders a stream draws into, top to bottom."""

    def __init__(self, name: str, notes=None):
        self.name = name
        self.extra_notes = notes  # (frame, diverged) -> [translated warning], or None
        self.buttons = st.empty()
        self.bar = st.empty()
        self.chart = st.empty()
        self.notes = st.empty()
        self.draws = 0

    def progress(self, fraction: float, text: str) -> None:
        self.bar.progress(min(max(fraction, 0.0), 1.0), text=text)

    def draw(self, figures_of, frame: pd.DataFrame) -> float:
        """Draw the figures of `frame`; returns the seconds that took (building and sending)."""
        if frame is None or frame.empty:
            return 0.0
        start = time.monotonic()
        figs = figures_of(frame)
        figs = [figs] if isinstance(figs, go.Figure) else list(figs)
        self.draws += 1
        with self.chart.container():
            for i, fig in enumerate(figs):
                # A fresh key per redraw: two identical figures in one run would share an ID.
                st.plotly_chart(fig, key=f"live:{self.name}:{self.draws}:{i}")
        return time.monotonic() - start

    def finish(
        self,
        frame: pd.DataFrame,
        diverged: Mapping[str, int],
        *,
        run_names: Mapping[str, str],
        metrics,
        csv_name: str,
        note: str | None = None,
    ) -> None:
        with self.notes.container():
            if note:
                st.info(note)
            for run, epoch in diverged.items():
                st.warning(t("live.diverged", run=run_names.get(run, run), epoch=epoch), icon="⚠️")
            if self.extra_notes is not None and frame is not None and not frame.empty:
                for text in self.extra_notes(frame, diverged):
                    st.warning(text, icon="⚠️")
            if metrics is not None and frame is not None and not frame.empty:
                items = list(metrics(frame))
                columns = st.columns(len(items)) if items else []
                for col, (label, value, delta, *style) in zip(columns, items, strict=True):
                    col.metric(
                        label,
                        value,
                        delta,
                        delta_color=style[0] if style else "normal",
                        delta_arrow=style[1] if len(style) > 1 else "auto",
                    )
            if frame is not None and not frame.empty:
                download_csv(frame, csv_name)


def stream(
    name: str,
    experiment: Callable[..., Iterator],
    kwargs: Mapping,
    figures: Callable[[pd.DataFrame], go.Figure | Sequence[go.Figure]],
    *,
    metrics: Callable[[pd.DataFrame], Sequence[Metric | ColouredMetric | ArrowedMetric]]
    | None = None,
    notes: Callable[[pd.DataFrame, Mapping[str, int]], Sequence[str]] | None = None,
    run_names: Mapping[str, str] | None = None,
    auto_start: bool = False,
    csv_name: str | None = None,
    throttle: float = THROTTLE_S,
) -> Outcome:
    """Run (or show the stored result of) `experiment(**kwargs)` live; see the module docstring.

    figures(frame) -> the figure(s) to draw for the rows so far (called on every redraw).
    metrics(frame) -> [(label, value, delta[, delta_color[, delta_arrow]])] shown as st.metric
    at the end.
    notes(frame, diverged) -> translated warnings shown with the final numbers (for trouble the
    "diverged at epoch N" note does not cover, e.g. accuracy stuck at chance).
    """
    run_names = dict(run_names or {})
    csv_name = csv_name or name
    key = run_key(name, kwargs)
    view = _View(name, notes)
    runs = _session_runs()
    for other_key, other in runs.items():  # a run left behind by a settings change pauses
        if other.name == name and other_key != key:
            other.stopped, other.owner = True, None
    done = result_store().get(key)
    if done is not None:
        view.draw(figures, done.frame)
        view.finish(
            done.frame,
            done.diverged,
            run_names=run_names,
            metrics=metrics,
            csv_name=csv_name,
            note=t("live.cached"),
        )
        return Outcome("cached", done.frame, done.diverged, 1.0)

    if dataset.mnist().error is not None:
        view.notes.error(
            t("live.no_data", var=MNIST_DIR_ENV, error=inert(dataset.mnist().error, 300)),
            icon="✋",
        )
        return Outcome("failed")
    if key not in runs and auto_start:
        _start(key, name, experiment, kwargs)
    run = runs.get(key)
    start_error = st.session_state.pop(_START_ERROR + name, None)
    if start_error is not None:
        view.notes.error(t("live.failed", error=inert(start_error, 300)), icon="✋")
    # One button (Train, Stop or Resume) under one key: a button's identity is its key, so the
    # browser swaps its label in place instead of keeping the old button, greyed out, until a
    # long run ends. It acts in an on_click callback, which runs before the script, so each
    # run draws the button that fits the state it finds.
    action = f"live:{name}:action"
    if run is None:
        view.buttons.button(
            t("live.train"),
            key=action,
            type="primary",
            on_click=_start,
            args=(key, name, experiment, kwargs),
        )
        if start_error is None:
            view.notes.info(t("live.idle"))
        return Outcome("idle")
    if run.stopped:
        view.buttons.button(
            t("live.resume"), key=action, type="primary", on_click=_resume, args=(key,)
        )
        return _show_stopped(view, run, figures, run_names, metrics, csv_name)
    view.buttons.button(t("live.stop"), key=action, on_click=_stop, args=(key,))
    return _loop(view, key, run, figures, run_names, metrics, csv_name, throttle)


_START_ERROR = "_live.start_error."  # + name: why the last Train press could not start


def _start(key, name, experiment, kwargs) -> None:
    """on_click of Train: an experiment that refuses its settings (the engine checks them at
    once) leaves its message for the page, never a traceback from the callback."""
    try:
        gen = iter(experiment(**kwargs))
    except (ValueError, OSError) as err:
        st.session_state[_START_ERROR + name] = str(err)
        return
    runs = _session_runs()
    runs[key] = LiveRun(name, gen)
    while len(runs) > MAX_SESSION_RUNS:
        runs.popitem(last=False)


def _stop(key) -> None:
    """The click reruns the script, which ends the loop of the run that drew the button."""
    run = _session_runs().get(key)
    if run is not None:
        run.stopped, run.owner = True, None


def _resume(key) -> None:
    run = _session_runs().get(key)
    if run is not None:
        run.stopped = False


def _show_stopped(view, run, figures, run_names, metrics, csv_name) -> Outcome:
    fraction = run.last.fraction if run.last is not None else 0.0
    frame = run.last.frame if run.last is not None else None
    diverged = dict(run.last.diverged) if run.last is not None else {}
    view.progress(fraction, t("live.stopped_bar", percent=round(100 * fraction)))
    view.draw(figures, frame)
    view.finish(
        frame,
        diverged,
        run_names=run_names,
        metrics=metrics,
        csv_name=csv_name,
        note=t("live.stopped", percent=round(100 * fraction)),
    )
    return Outcome("stopped", frame, diverged, fraction)


def _loop(view, key, run, figures, run_names, metrics, csv_name, throttle) -> Outcome:
    token = object()
    run.owner = token
    start_fraction = run.last.fraction if run.last is not None else 0.0
    view.progress(start_fraction, t("live.starting"))
    draw_cost = 0.0
    if run.last is not None:  # resuming: show what is there at once
        draw_cost = view.draw(figures, run.last.frame)
    t0 = last_draw = time.monotonic()
    while True:
        with run.lock:
            if run.owner is not token:  # a newer script run took over this generator
                return Outcome("running", None, {}, start_fraction)
            try:
                progress = next(run.gen, None)
            except Exception as err:  # an engine error must not leave a traceback on the page
                _session_runs().pop(key, None)
                view.notes.error(t("live.failed", error=inert(err, 300)), icon="✋")
                return Outcome("failed")
            if run.owner is not token:  # stopped or taken over during that epoch
                return Outcome("running", None, {}, start_fraction)
            if progress is not None:
                run.last = progress
        if progress is None:
            break
        now = time.monotonic()
        left = time_left(progress.fraction, start_fraction, now - t0)
        view.progress(
            progress.fraction,
            t(
                "live.progress",
                percent=round(100 * progress.fraction),
                left=format_left(left) if left is not None else "…",
            ),
        )
        if now - last_draw >= redraw_interval(throttle, draw_cost):
            draw_cost = view.draw(figures, progress.frame)
            last_draw = now
    last = run.last
    _session_runs().pop(key, None)
    view.buttons.empty()
    if last is None:
        view.notes.error(t("live.failed", error="no result"))
        return Outcome("failed")
    frame = last.frame.copy()
    result_store().put(key, Finished(frame, dict(last.diverged)))
    view.progress(1.0, t("live.done"))
    view.draw(figures, frame)
    view.finish(frame, last.diverged, run_names=run_names, metrics=metrics, csv_name=csv_name)
    return Outcome("finished", frame, dict(last.diverged), 1.0)
