"""Show a training experiment in the page as it trains: progress, live curves, Stop, results.

    outcome = live.stream(
        "init_comparison",                      # ASCII id: store key and widget keys
        experiments.init_comparison,            # a generator function of engine Progress
        {"iterations": 2000, "seed": seed},     # every argument: the key of the shared run
        figures=lambda run: charts.loss_curves(run.frame, labels, names),
        metrics=lambda frame: [(t("init.final_loss", init=n), f"{v:.3f}", None) ...],
        run_names={"he": "He", ...},            # engine run name -> translated legend text
    )

The training itself is ui.trainers': one run per setting for the whole server, advanced by K
trainers in worker processes, which sessions watch. What the reader sees:
* Settings trained before on this server: the final curves at once (ui.results).
* Settings someone is training right now (a classmate, or the warm-up of the book's
  defaults): that run, live, from where it stands, "training together with N others".
* Otherwise a Train button (auto_start=True: training starts by itself). Once pressed: the
  place in the queue while the trainers are busy, then a progress bar with the time left and the
  curves, redrawn every REDRAW_STEP of the run's progress (a slow server redraws less often,
  never more) and at most ui.pacing.MAX_REDRAWS_PER_S times a second over the whole server.
* Stop: this reader stops watching (the run goes on for the others, and is cancelled when
  nobody watches): the partial curves stay, with Resume.
* Moving a control reruns the page: a run nobody watches any more is cancelled at once, and a
  page that trains on every change (auto_start) starts the new settings' run; going back to
  earlier settings continues their run (the engine is deterministic). Nothing is left
  "stopped" that the reader did not stop.
* A run that diverged gets a note "diverged at epoch N" naming the run; its curve just ends.
  With `explain` (ui.diagnosis), a run that blew up or stalled also gets where (which layer's
  std left its range first, when) and why, with a button that sets the control to fix it.
* At the end: st.metric per number from `metrics`, and a CSV download of the rows drawn.

`figures(run)` (run: ui.runs.Shown, its rows `run.frame` and last arrays `run.latest`) must
depend only on the run, the settings in `kwargs` and the language: it is built once per update
of a run and language and shared by every viewer (draw_key: drawing options that are not run
settings).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import streamlit as st

from engine.data import MNIST_DIR_ENV
from ui import chart, clients, dataset, diagnosis, turn
from ui.chart import Chart
from ui.export import download_csv
from ui.i18n import t
from ui.outside_text import inert
from ui.pacing import BUDGET, progress_text, session_tag
from ui.results import run_key
from ui.runs import Asker, RunState, RunView, Shown, ref_of
from ui.shared import shared
from ui.trainers import Refused, trainers

TICK_S = 0.2  # how often a watching page looks at its run
TEXT_EVERY_S = 0.5  # ... rewrites the progress text (also how soon it notices a rerun)
REDRAW_STEP = 0.05  # redraw the curves every 5 % of the run's progress
MIN_REDRAW_S = 0.25  # ... but not more often than this for one reader

Metric = tuple[str, str, str | None]  # label, value, delta (or None)
# (label, value, delta, delta_color): "inverse" when smaller is better, "off" for no judgement
ColouredMetric = tuple[str, str, str | None, str]
# ... and delta_arrow: "off" for a change that is none ("±0.000"), shown without an arrow
ArrowedMetric = tuple[str, str, str | None, str, str]

_VIEWER = "_live.viewer"  # this session's id as a viewer of runs
_WATCHING = "_live.watching."  # + section name: the run key this session watched there last
_STOPPED = "_live.stopped"  # run keys this session stopped
_TRAINED = "_live.trained."  # + section name: this session pressed Train or Resume there
_REFUSED = "_live.refused."  # + section name: the trainers turned this session's press down
REFUSED = {"browser": "live.refused_browser", "address": "live.refused_address"}  # by bound
PARTIAL = {  # a partial run's note and progress bar, by status
    "stopped": ("live.stopped", "live.stopped_bar"),
    "paused": ("live.paused", "live.paused_bar"),
}


@dataclass(frozen=True)
class Outcome:
    """What `stream` showed. status: idle | queued | running | stopped | paused | finished |
    cached | failed."""

    status: str
    frame: pd.DataFrame | None = None
    diverged: Mapping[str, int] = field(default_factory=dict)
    fraction: float = 0.0


def shared_figures(key, moment, figures_of, source_of) -> list[Chart | Sequence[Chart]]:
    """figures_of(source_of()) as a list, built once per (run, moment, language) for all
    viewers (source_of is only called to build): moment is the step of the run's progress, -1
    for the finished run, ("partial", run id, version) for a stopped or paused one."""

    def build():
        figs = figures_of(source_of())
        return [figs] if isinstance(figs, Chart) else list(figs)

    return shared((key, moment), "figures", build)


class _View:
    """The placeholders a stream draws into, top to bottom."""

    def __init__(self, name: str, notes=None):
        self.name = name
        self.extra_notes = notes  # (frame, diverged, explained) -> [translated warning], or None
        self.buttons = st.empty()
        self.bar = st.empty()
        self.region = st.empty()  # the live region a screen reader reads the result from
        # Not st.empty: the last run's figures stay until this run draws (an emptied
        # placeholder left the 2-D boundary blank until a moved slider's new run had rows).
        self.chart = st.container()
        self.notes = st.empty()
        self.draws = 0
        self._spare: Any = None  # see _lay_out
        self._shape: tuple[int, ...] = ()
        self._slots: list = []

    def progress(self, fraction: float, text: str) -> None:
        self.bar.progress(min(max(fraction, 0.0), 1.0), text=text)

    def draw(self, charts: Sequence[Chart | Sequence[Chart]], live: bool = False) -> None:
        """The charts top to bottom; a list among them is a row, side by side (stacked on a
        phone, as Streamlit's columns are). live: a frame of a run still training (ui.chart
        names it so); a final draw puts the last chart's description in the section's live
        region, which a screen reader reads out once (it is empty while the run trains)."""
        self.draws += 1
        last = charts[-1] if charts else None
        summary = last if isinstance(last, Chart) or last is None else last[-1]
        chart.announce("" if live or summary is None else summary.description, self.region)
        shape = tuple(0 if isinstance(one, Chart) else len(one) for one in charts)
        places = self._slots if shape == self._shape else self._lay_out(shape)
        keyed: list = []  # a fresh key per redraw: two identical figures in a run share an ID
        for i, one in enumerate(charts):
            key = f"live:{self.name}:{self.draws}:{i}"
            keyed += (
                [(key, one)]
                if isinstance(one, Chart)
                else [(f"{key}-{j}", c) for j, c in enumerate(one)]
            )
        for place, (key, one) in zip(places, keyed, strict=True):  # each chart in its place
            chart.draw(one, key, container=place.container(), live=live)
        self._slots = places

    def _lay_out(self, shape: tuple[int, ...]) -> list:
        """A place (st.empty) per chart across the page, columns per row (shape: 0 or the
        row's length): the first time in a script run inside the last run's block, which the
        browser keeps with its charts until this run's replace them; if a chart comes or goes
        later, a spare place under them. (Columns made anew on every redraw left a row blank
        until the browser had measured them.)"""
        if not self._shape:
            box, self._spare = self.chart.container(), self.chart.empty()
        else:
            for slot in self._slots:
                slot.empty()
            box = self._spare.container()
        places: list = []
        for n in shape:
            places += [column.empty() for column in box.columns(n)] if n else [box.empty()]
        self._shape = shape
        return places

    def finish(self, section, frame, diverged, health, *, finished, note=None) -> None:
        """The notes, diagnoses, final numbers and CSV of a run's rows (built once per run and
        language when the run is `finished`)."""
        key, metrics = section.key, section.metrics
        run_names = dict(section.run_names or {})

        def once(what, build):
            return shared((key, -1), what, build) if finished else build()

        with self.notes.container():
            if note:
                st.info(note)
            for run, epoch in diverged.items():
                st.warning(t("live.diverged", run=run_names.get(run, run), epoch=epoch), icon="⚠️")
            if frame is None or frame.empty:
                return
            found = diagnosis.explain(section, frame, health, finished=finished, once=once)
            if self.extra_notes is not None:
                explained = frozenset(d.run for d in found)
                notes = once("notes", lambda: list(self.extra_notes(frame, diverged, explained)))
                for text in notes:
                    st.warning(text, icon="⚠️")
            items = once("metrics", lambda: list(metrics(frame))) if metrics is not None else []
            for col, (label, value, delta, *style) in zip(
                st.columns(len(items)) if items else [], items, strict=True
            ):
                col.metric(
                    label,
                    value,
                    delta,
                    delta_color=style[0] if style else "normal",
                    delta_arrow=style[1] if len(style) > 1 else "auto",
                )
            csv_name = section.csv_name or section.name
            download_csv(frame, csv_name)


def stream(
    name: str,
    experiment: Callable[..., Iterator],
    kwargs: Mapping,
    figures: Callable[[Shown], Chart | Sequence[Chart | Sequence[Chart]]],
    *,
    metrics: Callable[[pd.DataFrame], Sequence[Metric | ColouredMetric | ArrowedMetric]]
    | None = None,
    notes: Callable[[pd.DataFrame, Mapping[str, int], frozenset], Sequence[str]] | None = None,
    run_names: Mapping[str, str] | None = None,
    auto_start: bool = False,
    csv_name: str | None = None,
    explain: diagnosis.Explainer | None = None,
    draw_key: Hashable = None,
    redraw_s: float = MIN_REDRAW_S,
    mnist: bool = True,
) -> Outcome:
    """Show the shared run of `experiment(**kwargs)` (see the module docstring).

    figures(run) -> the ui.chart Chart(s) to draw for the run so far (a list among them: a row,
    side by side); run: ui.runs.Shown, its rows `run.frame` and its last Progress.latest
    `run.latest` (None before one came). draw_key: what else they depend on (not the run: a
    display option).
    redraw_s: the least time between two redraws for one reader (less than the default for
    figures quick to build and draw).
    mnist=False: the experiment does not read MNIST (a broken data folder does not stop it).
    metrics(frame) -> [(label, value, delta[, delta_color[, delta_arrow]])] shown as st.metric
    at the end.
    notes(frame, diverged, explained) -> translated warnings shown with the final numbers (for
    trouble the "diverged at epoch N" note does not cover, e.g. accuracy stuck at chance);
    explained: the runs `explain` has a note on already.
    explain: how ui.diagnosis explains the runs that blew up or stalled (None: not at all).
    All three are built once per run (and step of its progress) and language, and shared by
    every viewer: they must depend only on the frame, `kwargs` and the language.
    """
    section = _Section(
        name,
        experiment,
        kwargs,
        figures,
        metrics,
        run_names,
        csv_name,
        explain,
        draw_key,
        redraw_s,
    )
    view = _View(name, notes)
    problem = dataset.mnist().error if mnist else None
    if problem is not None:
        which = "live.no_data" if os.environ.get(MNIST_DIR_ENV) else "live.no_bundled_data"
        view.notes.error(t(which, var=MNIST_DIR_ENV, error=inert(problem, 300)), icon="✋")
        return Outcome("failed")
    ss, pool = st.session_state, trainers()
    watched = ss.get(_WATCHING + name)
    if watched is not None and watched != section.key:  # the reader moved to other settings
        pool.unwatch(watched, section.viewer)
    ss[_WATCHING + name] = section.key

    done = pool.finished(section.key)
    if done is not None:
        return _show_finished(view, section, done, "cached")
    stopped = section.key in ss.get(_STOPPED, set())
    run = pool.view(section.key)
    if run is not None and stopped and run.state != "failed":
        return _show_partial(view, section, run, "stopped")  # it may go on for others
    if auto_start and (run is None or run.state == "paused"):
        # A page that trains as it opens trains for free only on an idle trainer; after a
        # press there, every change of a setting trains (as a press does).
        asked = pool.request(
            section.key,
            section.ref,
            section.kwargs,
            viewer=section.viewer,
            asker=section.asker,
            free=not has_trained(name),
        )
        if isinstance(asked, Refused):
            ss[_REFUSED + name] = asked
        run = asked if isinstance(asked, RunView) else run
        if asked is None:
            return _show_train(view, section, run, idle="live.busy_free")
    if run is None or run.state == "failed":
        return _show_train(view, section, run)
    if run.state == "paused":
        return _show_partial(view, section, run, "paused")
    view.buttons.button(t("live.stop"), key=section.action, on_click=_stop, args=(section,))
    return _watch(view, section)


@dataclass(frozen=True)
class _Section:
    """One training section of a page: its run's key and how to draw it."""

    name: str
    experiment: Callable
    kwargs: Mapping
    figures: Callable
    metrics: Callable | None
    run_names: Mapping | None
    csv_name: str | None
    explain: diagnosis.Explainer | None = None
    draw_key: Hashable = None
    redraw_s: float = MIN_REDRAW_S

    @property
    def key(self):
        return run_key(self.name, self.kwargs)

    @property
    def figures_key(self):
        return self.key if self.draw_key is None else (self.key, self.draw_key)

    def figures_of(self, source: Shown) -> Chart | Sequence[Chart | Sequence[Chart]]:
        """The figures for a RunView or Finished `source`."""
        return self.figures(source)

    @property
    def ref(self) -> str:
        return ref_of(self.experiment)

    @property
    def session(self) -> str:
        """This session's id as a viewer and asker of runs: Streamlit's own, so that
        ui.pacing.connected can tell whether its tab is still there."""
        return st.session_state.setdefault(_VIEWER, session_tag())

    @property
    def viewer(self) -> str:
        """This session's viewer id in this section."""
        return f"{self.session}:{self.name}"

    @property
    def asker(self) -> Asker:
        return clients.asker(self.session)

    @property
    def action(self) -> str:
        """The key of the section's one button (Train, Stop or Resume): a button's identity is
        its key, so the browser swaps the label in place."""
        return f"live:{self.name}:action"


def training(name: str, kwargs: Mapping) -> bool:
    """Whether the run of section `name` with these arguments is queued or training now."""
    run = trainers().view(run_key(name, kwargs))
    return run is not None and RunState(run.state).active


def has_trained(name: str) -> bool:
    """Whether this session pressed Train or Resume in section `name` (pages that then train
    on every change of a setting ask this)."""
    return bool(st.session_state.get(_TRAINED + name))


def _show_finished(view: _View, section: _Section, done, status: str) -> Outcome:
    if status == "finished":
        view.progress(1.0, t("live.done"))
    view.draw(shared_figures(section.figures_key, -1, section.figures_of, lambda: done))
    note = t("live.cached") if status == "cached" else None
    view.finish(section, done.frame, done.diverged, done.health, finished=True, note=note)
    return Outcome(status, done.frame, done.diverged, 1.0)


def _show_train(
    view: _View, section: _Section, run: RunView | None, key=None, idle: str = "live.idle"
) -> Outcome:
    """Nothing trains for these settings: Train (after a failed run, with its message; after
    a refused press, with why). key: the button's, when this script run drew the section's
    button already (a Stop). idle: what to say otherwise."""
    view.buttons.button(
        t("live.train"),
        key=key or section.action,
        type="primary",
        on_click=_train,
        args=(section,),
    )
    refused = st.session_state.pop(_REFUSED + section.name, None)
    if run is not None:
        view.notes.error(t("live.failed", error=inert(dataset.public(run.error), 300)), icon="✋")
        return Outcome("failed")
    if refused is not None:
        view.notes.warning(t(REFUSED[refused.bound], limit=refused.limit), icon="⏳")
        return Outcome("idle")
    view.notes.info(t(idle))
    return Outcome("idle")


def _show_partial(view: _View, section: _Section, run: RunView, status: str, key=None) -> Outcome:
    """The curves so far with Resume: a run this reader stopped ("stopped"; it may go on for
    others), or one everybody left ("paused"). key: as for _show_train."""
    view.buttons.button(
        t("live.resume"),
        key=key or section.action,
        type="primary",
        on_click=_train,
        args=(section,),
    )
    percent = round(100 * run.fraction)
    note_key, bar_key = PARTIAL[status]
    view.progress(run.fraction, t(bar_key, percent=percent))
    if run.rows:
        moment = ("partial", run.run_id, run.version)
        view.draw(shared_figures(section.figures_key, moment, section.figures_of, lambda: run))
    note = t(note_key, percent=percent)
    view.finish(section, run.frame, run.diverged, run.health, finished=False, note=note)
    return Outcome(status, run.frame, run.diverged, run.fraction)


def _train(section: _Section) -> None:
    """on_click of Train and Resume: ask the trainers for the run (before the script reruns)."""
    st.session_state.setdefault(_STOPPED, set()).discard(section.key)
    st.session_state[_TRAINED + section.name] = True
    asked = trainers().request(
        section.key, section.ref, dict(section.kwargs), viewer=section.viewer, asker=section.asker
    )
    if isinstance(asked, Refused):
        st.session_state[_REFUSED + section.name] = asked


def _stop(section: _Section) -> None:
    """on_click of Stop: this reader stops watching; the run stops if nobody else wants it."""
    st.session_state.setdefault(_STOPPED, set()).add(section.key)
    trainers().unwatch(section.key, section.viewer)


def _watch(view: _View, section: _Section) -> Outcome:
    """Follow the run until it ends (or the script is rerun: Streamlit then raises out of the
    next st call, at most TEXT_EVERY_S later; this viewer then simply stops checking in)."""
    turn.step_aside()  # the rest of this run mostly sleeps (ui/turn.py)
    pool, key, viewer = trainers(), section.key, section.viewer
    run = pool.view(key, viewer)
    start = (time.monotonic(), run.fraction if run else 0.0)
    drawn, drawn_at, text_at, state = -1, 0.0, 0.0, None
    tick_s = min(TICK_S, section.redraw_s / 2) if section.redraw_s < MIN_REDRAW_S else TICK_S
    while run is not None and run.state in ("queued", "running"):
        now = time.monotonic()
        if run.state != state or now - text_at >= TEXT_EVERY_S:
            view.progress(run.fraction, progress_text(run, start, now))
            state, text_at = run.state, now
        # Redraws go by steps of the run's progress, and every viewer drawing within one step
        # gets the figure built for it (from its first viewer's rows).
        step = int(run.fraction / REDRAW_STEP)
        due = step > drawn and now - drawn_at >= section.redraw_s
        if run.rows and due and BUDGET.take():
            source = lambda run=run: run  # noqa: E731 (RunView.frame: built on a cache miss)
            charts = shared_figures(section.figures_key, step, section.figures_of, source)
            view.draw(charts, live=True)
            drawn, drawn_at = step, now
        time.sleep(tick_s)
        run = pool.view(key, viewer)
    view.buttons.empty()
    done = pool.finished(key)
    if done is not None:
        return _show_finished(view, section, done, "finished")
    again = f"{section.action}:again"  # the Stop button took the section's key in this run
    if run is not None and run.state == "paused":  # everyone else left, and it was cancelled
        return _show_partial(view, section, run, "paused", key=again)
    return _show_train(view, section, run, key=again)  # failed, or forgotten: train again
