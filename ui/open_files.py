"""The server's limit of open files, raised to what the system allows.

Every browser tab costs the Streamlit server about four file descriptors (its WebSocket, and
the event loop each session gets: an epoll descriptor and a pipe). Under the common soft limit
of 1,024, about 280 idle tabs used them all up: every later student was refused, and the
accept loop logged a traceback for each try (100,000 in a minute). The Docker image raises the
limit before the server starts (its entry point runs `ulimit -n`); elsewhere (a laptop,
Community Cloud) the app raises its own soft limit to the hard one the first time it runs.
"""

from __future__ import annotations

import logging

log = logging.getLogger("training_lab")


def raise_limit() -> tuple[int, int] | None:
    """Soft limit of open files up to the hard limit; (before, after), or None where the
    platform has no such limit."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else max(soft, 1 << 20)
    if soft == resource.RLIM_INFINITY or soft >= wanted:
        return soft, soft
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    except (ValueError, OSError) as err:
        log.warning("cannot raise the open-file limit from %d: %s", soft, err)
        return soft, soft
    return soft, wanted
