"""One browser tab, played over Streamlit's WebSocket protocol without a browser.

    client = StreamlitClient("http://127.0.0.1:8501")
    client.connect()
    run = client.load("weight_decay", "lambda=0.2")     # like opening /weight_decay?lambda=0.2
    run.wait(timeout=30)                                # until the script run has finished
    press = client.press("Train")                       # a button, found by its label
    chart = client.wait_for(lambda e: e.kind == "plotly_chart", start=press.start, timeout=60)
    client.set_value("Epochs", 50).wait(30)             # a slider: rerun with every widget state
    client.close()

What the server expects (streamlit 1.67, read from the installed package:
web/server/starlette/starlette_websocket.py, runtime/app_session.py, runtime/state):
* A WebSocket to `<base>/_stcore/stream` with the subprotocol "streamlit". The
  Sec-WebSocket-Protocol header also carries an XSRF token (2nd entry) and a session id to
  reconnect to (3rd, `connect(resume_session=...)`); both may be left out. The XSRF token
  only guards the auth cookie, and a missing Origin header passes the origin check, so a
  client on loopback needs neither.
* Nothing arrives until the client sends a `BackMsg.rerun_script` (a `ClientState`): the query
  string, the page (`page_name` = URL path on the first load, later the `page_script_hash`
  the server announced in its `navigation` message) and the `WidgetStates`.
* A button press is a `WidgetState(id=..., trigger_value=True)`; the server resets triggers
  after the run. Widget states the client leaves out keep their last value on the server.
* The server answers with `ForwardMsg`s: `new_session` (a script run starts), `delta`
  (elements and blocks, placed by `metadata.delta_path`), `page_info_changed` (the app wrote
  the query string), `script_finished` (status 2 = stopped early for a rerun: the run goes on),
  `auto_rerun` (a fragment with run_every: the browser reruns it on a timer, as this client
  does).

Every ForwardMsg becomes an `Event` with the time it arrived (time.monotonic()). A reader
thread drains the socket all the time, as a browser does: a client that stops reading fills
the server's send queue and gets disconnected.
"""

from __future__ import annotations

import contextlib
import http.cookies
import re
import socket
import threading
import time
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.Slider_pb2 import Slider
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect as ws_connect

FULL_RUN_ENDS = (ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR)
_FRAGMENT_ENDS = (*FULL_RUN_ENDS, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY)
_KEYED_ID = re.compile(r"^\$\$ID-[0-9a-f]+-(.*)$")  # element id of an element with a user key


@dataclass
class Element:
    """One element or block the server placed on the page.

    kind: the Element oneof ("plotly_chart", "button", "metric", ...) or "block:<type>".
    key: the user key (`key=` in the script) read from the element id, "" if it has none.
    proto: the element message; a plotly_chart's figure JSON is dropped unless the client was
    made with keep_specs=True.
    fragment_id: the fragment (st.fragment) that drew it, "" if none.
    """

    kind: str
    path: tuple[int, ...]
    id: str = ""
    key: str = ""
    label: str = ""
    text: str = ""
    proto: Any = None
    fragment_id: str = ""


@dataclass
class Event:
    """One ForwardMsg as it arrived. kind: the ForwardMsg type, or for a delta the element's
    kind (see Element). status: script_finished's status. index: position in client.events."""

    t: float
    kind: str
    index: int
    size: int
    element: Element | None = None
    status: int | None = None
    run_id: str = ""


@dataclass
class Run:
    """A rerun request and what followed it: events from `start` in client.events."""

    client: StreamlitClient
    start: int
    sent_at: float
    fragment: bool = False
    finished_at: float | None = None

    def wait(self, timeout: float) -> Run:
        """Wait until the script run that the request started has finished (a stop for a
        rerun does not count, nor a fragment's run unless this is one). Raises TimeoutError, or
        ConnectionError when the connection is gone."""
        ends = _FRAGMENT_ENDS if self.fragment else FULL_RUN_ENDS
        event = self.client.wait_for(
            lambda e: e.kind == "script_finished" and e.status in ends,
            start=self.start,
            timeout=timeout,
        )
        if event is None and self.client.closed_reason is not None:
            raise ConnectionError(self.client.closed_reason)
        if event is None:
            raise TimeoutError(f"script run not finished within {timeout} s")
        self.finished_at = event.t
        return self

    @property
    def events(self) -> list[Event]:
        return self.client.events[self.start :]


@dataclass
class _Page:
    """What the tab shows: elements by delta path, and the widget values it would send."""

    elements: dict[tuple[int, ...], Element] = field(default_factory=dict)
    touched: set[tuple[int, ...]] = field(default_factory=set)  # drawn by the current run
    values: dict[str, WidgetState] = field(default_factory=dict)  # widget id -> state


class StreamlitClient:
    """A browser tab: one WebSocket, one Streamlit session (see the module docstring).

    base_url: "http://host:port" or with a path prefix ("https://host/lab"); ws/wss follows.
    cookie: a Cookie header to send (e.g. a sticky-session cookie from a load balancer).
    origin: an Origin header (a browser sends one; Streamlit then wants it to match the Host).
    connect_via: (host, port) to open the WebSocket's TCP connection to, instead of the URL's
    host, as if a DNS name pointed there (the Host header still names the URL's host).
    """

    def __init__(
        self,
        base_url: str,
        *,
        cookie: str | None = None,
        origin: str | None = None,
        headers: dict[str, str] | None = None,
        keep_specs: bool = False,
        open_timeout: float = 30.0,
        connect_via: tuple[str, int] | None = None,
    ):
        self.base_url = base_url.rstrip("/")
        self.cookie = cookie
        self.origin = origin
        self.extra_headers = dict(headers or {})
        self.keep_specs = keep_specs
        self.open_timeout = open_timeout
        self.connect_via = connect_via
        self.events: list[Event] = []
        self.index_headers: Mapping[str, str] = {}  # of fetch_index()'s response
        self.response_headers: Mapping[str, str] = {}  # of the handshake (case-insensitive)
        self.cookies: dict[str, str] = {}  # from Set-Cookie of fetch_index() and the handshake
        self.session_id = ""
        self.page_hash = ""  # of the page shown, from the server's navigation message
        self.query = ""
        self.connect_started: float | None = None
        self.connected_at: float | None = None
        self.closed_reason: str | None = None
        self._page = _Page()
        self._cond = threading.Condition()
        self._send_lock = threading.Lock()
        self._stack = contextlib.ExitStack()
        self._ws = None
        self._auto: dict[str, tuple[float, float]] = {}  # fragment id -> (interval, next due)
        self._auto_wake = threading.Event()

    # ------------------------------------------------------------------ connection

    @property
    def stream_url(self) -> str:
        parts = urlsplit(self.base_url)
        scheme = {"http": "ws", "https": "wss"}.get(parts.scheme, parts.scheme)
        return urlunsplit((scheme, parts.netloc, parts.path + "/_stcore/stream", "", ""))

    def fetch_index(self, path: str = "", timeout: float = 30.0) -> int:
        """GET the page's HTML as a browser would before opening the WebSocket, keeping the
        cookies it sets (a load balancer's affinity cookie). Returns the HTTP status."""
        request = urllib.request.Request(f"{self.base_url}/{path}", headers=self._headers())
        with urllib.request.urlopen(request, timeout=timeout) as response:
            self.index_headers = response.headers
            self._keep_cookies(response.headers.get_all("Set-Cookie") or [])
            return response.status

    def connect(self, resume_session: str = "") -> None:
        """Open the WebSocket and start reading. resume_session: the id of a session this
        server holds, to reconnect to it as a browser tab does after a dropped connection (the
        server then keeps its state and announces the same session id)."""
        protocols = ["streamlit", "PLACEHOLDER_AUTH_TOKEN", resume_session]
        self.connect_started = time.monotonic()
        sock = None
        if self.connect_via is not None:
            sock = socket.create_connection(self.connect_via, timeout=self.open_timeout)
        self._ws = self._stack.enter_context(
            ws_connect(
                self.stream_url,
                sock=sock,
                subprotocols=protocols if resume_session else protocols[:1],
                additional_headers=self._headers(),
                origin=self.origin,
                max_size=None,  # a figure can be larger than the 1 MiB default
                open_timeout=self.open_timeout,
            )
        )
        self.connected_at = time.monotonic()
        self.response_headers = self._ws.response.headers
        self._keep_cookies(self._ws.response.headers.get_all("Set-Cookie"))
        threading.Thread(target=self._read, daemon=True, name="st-client-read").start()
        threading.Thread(target=self._auto_reruns, daemon=True, name="st-client-auto").start()

    def close(self) -> None:
        """Close the WebSocket (the server then ends the session's script run)."""
        with self._cond:
            if self.closed_reason is None:
                self.closed_reason = "closed by client"
            self._cond.notify_all()
        self._auto_wake.set()
        self._stack.close()

    def __enter__(self) -> StreamlitClient:
        self.connect()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _headers(self) -> dict[str, str]:
        headers = dict(self.extra_headers)
        cookie = "; ".join(
            part for part in (self.cookie, *(f"{k}={v}" for k, v in self.cookies.items())) if part
        )
        if cookie:
            headers["Cookie"] = cookie
        return headers

    def _keep_cookies(self, set_cookie_headers: Iterable[str]) -> None:
        for header in set_cookie_headers:
            jar = http.cookies.SimpleCookie()
            jar.load(header)
            self.cookies.update({name: morsel.value for name, morsel in jar.items()})

    # ------------------------------------------------------------------ requests

    def load(self, page: str = "", query: str = "") -> Run:
        """Open a page as a new tab does: `page` is its URL path ("" for the default page),
        `query` the query string without "?"."""
        self.query = query
        self._auto.clear()
        return self._rerun(page_name=page, page_hash="")

    def rerun(
        self, triggers: Iterable[str] = (), values: dict[str, WidgetState] | None = None
    ) -> Run:
        """Rerun the page with every widget state the tab holds, plus `values` (widget id ->
        WidgetState) and a trigger for each widget id in `triggers` (button presses)."""
        states = dict(self._page.values) | dict(values or {})
        for widget_id in triggers:
            states[widget_id] = WidgetState(id=widget_id, trigger_value=True)
        return self._rerun(page_hash=self.page_hash, states=states.values())

    def press(self, label: str) -> Run:
        """Press the button with this label (KeyError if the page shows none)."""
        return self.rerun(triggers=[self.find("button", label=label).id])

    def set_value(self, label_or_key: str, value: Any) -> Run:
        """Set a slider, number input, checkbox or toggle (found by label, else by key) and
        rerun: the page, or as the browser does, only the fragment that drew the widget. A
        slider takes a number or a list (a range); other widgets: build a WidgetState and pass
        it to rerun()."""
        try:
            widget = self.find(label=label_or_key)
        except KeyError:
            widget = self.find(key=label_or_key)
        state = _widget_state(widget, value)
        self._page.values[widget.id] = state
        if widget.fragment_id:
            states = self._page.values.values()
            return self._rerun(
                page_hash=self.page_hash, states=states, fragment_id=widget.fragment_id
            )
        return self.rerun()

    def _rerun(self, *, page_name="", page_hash="", states=(), fragment_id="", auto=False) -> Run:
        msg = BackMsg()
        cs = msg.rerun_script
        cs.query_string = self.query
        cs.page_name = page_name
        cs.page_script_hash = page_hash
        cs.fragment_id = fragment_id
        cs.is_auto_rerun = auto
        cs.widget_states.widgets.extend(states)
        with self._cond:
            run = Run(self, len(self.events), time.monotonic(), fragment=bool(fragment_id))
        with self._send_lock:
            self._ws.send(msg.SerializeToString())
        return run

    # ------------------------------------------------------------------ what the tab shows

    def elements(self, kind: str | None = None) -> list[Element]:
        """The elements on the page now, top to bottom (main area before the sidebar)."""
        with self._cond:
            items = sorted(self._page.elements.items())
        return [el for _, el in items if kind is None or el.kind == kind]

    def find(self, kind: str | None = None, *, label: str | None = None, key: str | None = None):
        """The element on the page with this kind and label or key; KeyError if none."""
        for el in reversed(self.elements(kind)):
            if (label is None or el.label == label) and (key is None or el.key == key):
                return el
        raise KeyError(f"no {kind or 'element'} with label={label!r} key={key!r} on the page")

    def wait_for(
        self, predicate: Callable[[Event], bool], *, start: int = 0, timeout: float
    ) -> Event | None:
        """The first event from index `start` on that matches, waiting up to `timeout`
        seconds for it; None on timeout or when the connection is gone."""
        deadline = time.monotonic() + timeout
        checked = start
        with self._cond:
            while True:
                for event in self.events[checked:]:
                    if predicate(event):
                        return event
                checked = max(checked, len(self.events))
                left = deadline - time.monotonic()
                if left <= 0 or self.closed_reason is not None:
                    return None
                self._cond.wait(left)

    # ------------------------------------------------------------------ reading

    def _read(self) -> None:
        try:
            for raw in self._ws:
                self._handle(raw, time.monotonic())
            reason = "closed by server"
        except ConnectionClosed as err:
            reason = f"connection closed: {err}"
        except Exception as err:  # a reader must not die silently: say why it stopped
            reason = f"reader failed: {err!r}"
        with self._cond:
            if self.closed_reason is None:
                self.closed_reason = reason
            self._cond.notify_all()
        self._auto_wake.set()

    def _handle(self, raw: bytes, t: float) -> None:
        msg = ForwardMsg()
        msg.ParseFromString(raw)
        kind = msg.WhichOneof("type")
        element = status = None
        with self._cond:
            if kind == "delta":
                element = self._place(msg)
                kind = element.kind if element is not None else "delta"
            elif kind == "new_session":
                self.session_id = msg.new_session.initialize.session_id or self.session_id
                if not msg.metadata.run.fragment_ids:
                    self._page.touched = set()
            elif kind == "navigation":
                self.page_hash = msg.navigation.page_script_hash
            elif kind == "page_info_changed":
                self.query = msg.page_info_changed.query_string
            elif kind == "script_finished":
                status = msg.script_finished
                if status == ForwardMsg.FINISHED_SUCCESSFULLY:
                    self._drop_stale()
            elif kind == "auto_rerun":
                interval = msg.auto_rerun.interval
                self._auto[msg.auto_rerun.fragment_id] = (interval, t + interval)
                self._auto_wake.set()
            elif kind == "stop_auto_rerun":
                for fragment_id in msg.stop_auto_rerun.fragment_ids:
                    self._auto.pop(fragment_id, None)
            run_id = msg.metadata.run.script_run_id
            self.events.append(Event(t, kind, len(self.events), len(raw), element, status, run_id))
            self._cond.notify_all()

    def _place(self, msg: ForwardMsg) -> Element | None:
        """Put a delta's element or block on the page, replacing what was at its path."""
        path = tuple(msg.metadata.delta_path)
        delta = msg.delta
        which = delta.WhichOneof("type")
        if which == "new_element":
            kind = delta.new_element.WhichOneof("type")
            proto = getattr(delta.new_element, kind)
            if kind == "plotly_chart" and not self.keep_specs:
                proto.ClearField("spec")
        elif which == "add_block":
            kind, proto = f"block:{delta.add_block.WhichOneof('type')}", delta.add_block
        else:
            return None
        element_id = getattr(proto, "id", "") if kind[:6] != "block:" else ""
        keyed = _KEYED_ID.match(element_id)
        element = Element(
            kind,
            path,
            element_id,
            keyed.group(1) if keyed else "",
            str(getattr(proto, "label", "")),
            _text(proto),
            proto,
            delta.fragment_id,
        )
        for old in [p for p in self._page.elements if p[: len(path)] == path]:
            del self._page.elements[old]  # a placeholder refilled: its old subtree goes
        self._page.elements[path] = element
        self._page.touched.add(path)
        if element_id:
            self._track_value(element)
        return element

    def _drop_stale(self) -> None:
        """After a full run, as the browser does: elements the run did not draw go, and so
        do the values of widgets no longer shown."""
        drawn = self._page.touched
        for path in [p for p in self._page.elements if not any(p[: len(d)] == d for d in drawn)]:
            del self._page.elements[path]
        shown = {el.id for el in self._page.elements.values() if el.id}
        self._page.values = {i: s for i, s in self._page.values.items() if i in shown}

    def _track_value(self, element: Element) -> None:
        """Remember the value a widget shows, to send it back on the next rerun (as the
        browser's widget manager does). Only widgets whose value maps plainly from the
        proto are tracked; the server keeps the last value of any other widget."""
        proto, current = element.proto, self._page.values.get(element.id)
        if element.kind == "slider" and proto.type != Slider.SELECT_SLIDER:
            value = list(proto.value) if proto.set_value else None
        elif element.kind in ("checkbox", "number_input"):
            value = proto.value if proto.set_value else None
        else:
            return
        if value is None and current is not None:
            return
        if value is None:
            value = list(proto.default) if element.kind == "slider" else proto.default
        self._page.values[element.id] = _widget_state(element, value)

    def _auto_reruns(self) -> None:
        """Rerun fragments with run_every on their timers, as the browser does."""
        while self.closed_reason is None:
            now = time.monotonic()
            with self._cond:
                due = [f for f, (_, at) in self._auto.items() if at <= now]
                for fragment_id in due:
                    interval = self._auto[fragment_id][0]
                    self._auto[fragment_id] = (interval, now + interval)
                states = list(self._page.values.values())
                wake = min((at for _, at in self._auto.values()), default=now + 1.0)
            for fragment_id in due:
                with contextlib.suppress(ConnectionClosed):
                    self._rerun(
                        page_hash=self.page_hash, states=states, fragment_id=fragment_id, auto=True
                    )
            self._auto_wake.wait(max(0.0, wake - time.monotonic()))
            self._auto_wake.clear()


def _text(proto: Any) -> str:
    """The visible text of an element: body, text or message (a metric's value is its body)."""
    for name in ("body", "text", "message"):
        value = getattr(proto, name, None)
        if isinstance(value, str) and value:
            return value
    return ""


def _widget_state(widget: Element, value: Any) -> WidgetState:
    """The WidgetState a browser sends for `value` in this slider/number/checkbox widget."""
    if widget.kind == "slider":
        values = list(value) if isinstance(value, list | tuple) else [value]
        state = WidgetState(id=widget.id)
        state.double_array_value.data.extend(float(v) for v in values)
        return state
    if widget.kind == "number_input":
        if widget.proto.data_type == widget.proto.INT:
            return WidgetState(id=widget.id, int_value=int(value))
        return WidgetState(id=widget.id, double_value=float(value))
    if widget.kind == "checkbox":
        return WidgetState(id=widget.id, bool_value=bool(value))
    raise TypeError(f"set_value does not handle {widget.kind}; pass a WidgetState to rerun()")
