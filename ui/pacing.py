"""How a live training section paces itself and what its progress line says: the server-wide
redraw budget, the time left at the rate seen so far, m:ss, and who else watches. Used by
ui/live.py."""

from __future__ import annotations

import threading
import time
import uuid

from ui.i18n import t
from ui.runs import RunView
from ui.trainers import trainers

MAX_REDRAWS_PER_S = 60  # over the whole server


def format_left(seconds: float) -> str:
    """Seconds as m:ss (language-neutral)."""
    seconds = max(0, round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def time_left(fraction: float, start_fraction: float, elapsed: float) -> float | None:
    """Seconds still needed at the rate seen since watching started, None if unknown."""
    done = fraction - start_fraction
    if done <= 0 or elapsed <= 0:
        return None
    return (1.0 - fraction) * elapsed / done


class RedrawBudget:
    """At most `rate` redraws a second over the whole server (a token bucket, burst `rate`);
    the final picture of a run never asks."""

    def __init__(self, rate: float = MAX_REDRAWS_PER_S):
        self.rate, self.tokens, self.at = rate, rate, time.monotonic()
        self._lock = threading.Lock()

    def refill(self) -> None:
        """A full bucket, as at the start."""
        with self._lock:
            self.tokens, self.at = self.rate, time.monotonic()

    def take(self) -> bool:
        with self._lock:
            now = time.monotonic()
            self.tokens = min(self.rate, self.tokens + (now - self.at) * self.rate)
            self.at = now
            if self.tokens < 1:
                return False
            self.tokens -= 1
            return True


BUDGET = RedrawBudget()  # shared by every live section of the server


def progress_text(run: RunView, start: tuple[float, float], now: float) -> str:
    """The line under a run's progress bar: its place in the queue, or how far it is and the
    time left at the rate seen since this reader started watching (start: (time, fraction)),
    and how many others watch it."""
    if run.state == "queued":
        return t(
            "live.queued",
            position=run.position,
            wait=format_left(run.wait_s),
            slots=trainers().slots,
        )
    left = time_left(run.fraction, start[1], now - start[0])
    text = t(
        "live.progress",
        percent=round(100 * run.fraction),
        left=format_left(left) if left is not None else "…",
    )
    viewers = connected(run)
    if viewers == 2:
        text += t("live.together_one")
    elif viewers > 2:
        text += t("live.together", others=viewers - 1)
    return text


def session_tag() -> str:
    """This browser tab's Streamlit session id, the prefix of its viewer ids (ui/live.py), so
    that `connected` can ask whether the tab is still there; a random id without a session."""
    from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

    ctx = get_script_run_ctx(suppress_warning=True)
    return ctx.session_id if ctx is not None else uuid.uuid4().hex


def connected(run: RunView) -> int:
    """How many of the run's viewers are in a tab still connected. The trainers count a viewer
    until it has not checked in for GRACE_S, so a tab just closed or reloaded was counted as
    another student for seconds (a reload mid-training counted the reader twice); its session
    is gone at once."""
    from streamlit.runtime import Runtime

    viewers = list(run.run.viewers)  # a copy: the scheduler thread changes the dict
    runtime = Runtime.instance() if Runtime.exists() else None
    if type(runtime) is not Runtime:  # no server (AppTest's mock stands in): all are live
        return len(viewers)
    return sum(runtime.is_active_session(viewer.split(":")[0]) for viewer in viewers)
