"""Who is asking: the session, the browser and the network address behind this script run
(ui.runs.Asker), for the trainers' per-student bounds and fair turns (ui/trainers.py).

    pool.request(key, ref, kwargs, viewer=..., asker=clients.asker(session))

The browser is told by the cookie Streamlit sets for its XSRF protection (one per browser,
shared by its tabs, kept across reloads; a client that sends none is told apart by its session
only). The address is the one the connection comes from or, behind a proxy the operator
trusts (TRAINING_LAB_TRUSTED_PROXIES=N, for N proxies that each append to X-Forwarded-For:
deploy/nginx and deploy/k8s set 1), the one the nearest trusted proxy saw.
"""

from __future__ import annotations

import hashlib
import os

import streamlit as st

from ui.runs import Asker

XSRF_COOKIE = "_streamlit_xsrf"
TRUSTED_PROXIES_ENV = "TRAINING_LAB_TRUSTED_PROXIES"


def asker(session: str) -> Asker:
    """The Asker of this script run, for the session id `session`."""
    return Asker(session, browser_id(), address())


def browser_id() -> str:
    """A short, stable id of the browser ("" if it sent no XSRF cookie)."""
    try:
        cookie = st.context.cookies.get(XSRF_COOKIE, "")
    except Exception:  # no browser behind this run (AppTest, a bare thread)
        return ""
    return _token_id(cookie) if isinstance(cookie, str) and cookie else ""


def _token_id(cookie: str) -> str:
    """The cookie's secret token, hashed. Version 2 of the format ("2|mask|masked|time", hex)
    masks the token afresh whenever the cookie is written; the token itself stays."""
    parts = cookie.split("|")
    token = cookie.encode()
    if len(parts) == 4 and parts[0] == "2":
        try:
            mask, masked = bytes.fromhex(parts[1]), bytes.fromhex(parts[2])
            token = bytes(m ^ mask[i % len(mask)] for i, m in enumerate(masked))
        except (ValueError, ZeroDivisionError):
            pass
    return hashlib.sha256(token).hexdigest()[:16]


def address() -> str:
    """The client's network address ("" when unknown)."""
    try:
        direct = st.context.ip_address or ""
        forwarded = st.context.headers.get("X-Forwarded-For", "")
    except Exception:  # no browser behind this run
        return ""
    if not isinstance(direct, str) or not isinstance(forwarded, str):  # AppTest's stand-ins
        return ""
    return forwarded_address(direct, forwarded, trusted_proxies())


def forwarded_address(direct: str, forwarded: str, trusted: int) -> str:
    """The address the nearest of `trusted` proxies saw: each appends the address it got the
    request from to X-Forwarded-For, so the trusted ones wrote its last `trusted` entries and
    the first of those is the client as the outermost trusted proxy saw it. Entries before it
    were written by the client itself and prove nothing."""
    if trusted <= 0:
        return direct
    entries = [e.strip() for e in forwarded.split(",") if e.strip()]
    if not entries:
        return direct
    return entries[max(0, len(entries) - trusted)]


def trusted_proxies() -> int:
    try:
        return max(0, int(os.environ.get(TRUSTED_PROXIES_ENV, "0") or 0))
    except ValueError:
        return 0
