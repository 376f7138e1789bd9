"""What the lab needs from the reader's browser itself: an id it keeps, and the Back button.

    browser.mount()          # app.py, once per script run, last
    voter = browser.voter()  # the browser's id (None until the browser has sent it)

A tiny component (st.components.v2, JavaScript only, drawn as nothing) does two things:

* **An id the browser keeps.** A random id in the browser's localStorage, mirrored in a cookie
  (COOKIE), so that a reload, a new tab or a reconnect is the same browser: a class's count takes
  one answer per browser and question (ui/class_counts.py) however often it reloads. The cookie
  reaches the server with a session's first request (st.context.cookies: known from the first
  run); on a browser's very first visit to a page that counts answers the component sends the id
  back instead (one rerun; `want_voter`). It is random, says nothing about who the student is,
  and is only ever compared as a digest.
* **Back and Forward undo a setting.** Each change of a control writes the address
  (ui/form.py), and Streamlit adds a history entry for it, but pressing Back only changed the
  address bar: Streamlit does not rerun a page for it (streamlit#13853). The component listens
  for the browser's `popstate` and sends the address it went back to; ui/form.py's
  `restore_from_address` sets the page's controls (and the sidebar's) to it, the locked ones
  excepted, so the controls, the address and what the page computes agree again.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import streamlit as st

from ui.embed import aside
from ui.form import restore_from_address

COOKIE = "training_lab_browser"
KEY = "_browser.component"
_ID = "_browser.id"  # this session's browser id, once known
_WANTED = "_browser.wanted"  # this script run showed something that needs the id
BROWSER_ID = re.compile(r"[0-9a-f]{32}")
_JS = """
export default function (component) {
  const { data, setStateValue, setTriggerValue } = component;
  const NAME = "__COOKIE__";
  let id = null;
  try { id = window.localStorage.getItem(NAME); } catch (e) { id = null; }
  if (!id) {
    const found = document.cookie.match(new RegExp("(?:^|; )" + NAME + "=([0-9a-f]{32})"));
    if (found) id = found[1];
  }
  if (!/^[0-9a-f]{32}$/.test(id || "")) {
    const bytes = new Uint8Array(16);  // getRandomValues: also on a plain-http school server
    window.crypto.getRandomValues(bytes);
    id = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  try { window.localStorage.setItem(NAME, id); } catch (e) { /* private mode: the cookie */ }
  document.cookie = NAME + "=" + id + "; path=/; max-age=31536000; SameSite=Lax";
  if (data.send && data.id !== id) setStateValue("id", id);
  if (window.__trainingLabBack) window.removeEventListener("popstate", window.__trainingLabBack);
  window.__trainingLabBack = () => setTriggerValue(
    "back", window.location.pathname + window.location.search
  );
  window.addEventListener("popstate", window.__trainingLabBack);
}
""".replace("__COOKIE__", COOKIE)

_component = st.components.v2.component("training_lab_browser", js=_JS)


def voter() -> str | None:
    """This browser's id: from the cookie a session starts with, else from the component;
    None until the browser has sent one (or in a test that sets none)."""
    ss = st.session_state
    if ss.get(_ID) is None:
        cookie = str(st.context.cookies.get(COOKIE, ""))
        if BROWSER_ID.fullmatch(cookie):
            ss[_ID] = cookie
    return ss.get(_ID)


def want_voter() -> None:
    """Ask the browser for its id in this script run (a page where answers are counted):
    sending it reruns the page once, so the browser sends it only where it is needed; a
    cookie brings it along with every later session's first run anyway."""
    st.session_state[_WANTED] = True


def mount() -> None:
    """Draw the component (nothing to see: in the sidebar, or at the end of the page in embed
    mode). Call it last in a script run: a component that sends a value makes the browser
    rerun the script, and one sent before the browser has drawn the page's widgets had them
    rerun with their initial values (the sliders at their minimum; seen in Chromium with
    Streamlit 1.67)."""
    with aside():
        _component(
            key=KEY,
            data={"id": voter(), "send": bool(st.session_state.pop(_WANTED, False))},
            on_id_change=_id_sent,
            on_back_change=_went_back,
            height=0,
        )


def _id_sent() -> None:
    sent = str((st.session_state.get(KEY) or {}).get("id") or "")
    if BROWSER_ID.fullmatch(sent):
        st.session_state[_ID] = sent


def _went_back() -> None:
    """The browser went Back or Forward to an address of this page: its settings apply."""
    address = str((st.session_state.get(KEY) or {}).get("back") or "")
    parts = urlsplit(address[:4000])
    params = {name: values[-1] for name, values in parse_qs(parts.query).items()}
    restore_from_address(parts.path.rstrip("/").rsplit("/", 1)[-1], params)
