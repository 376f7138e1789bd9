"""A shared link is outside text: whatever its query string holds, every page shows only what the
lab writes. Hostile values (Markdown, LaTeX, HTML, newlines, very long text, 1e999, nan,
unicode) under valid names, unknown names and repeated names never raise, are warned naming the
parameter, and never reach the page as Markdown (issue 8).

Property-based (hypothesis) at the pure layer, where an example costs microseconds: over every
page's controls, any name and value give values its widgets can hold and warnings
(ui.controls.problem_message) that name the parameter inert and let nothing from the link act
as Markdown. The pages wire these in: the issue's reproductions, and every page opened with a
hostile value for each of its controls at once, show exactly those warnings, inert.
"""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import open_page, warnings
from ui import nav
from ui.controls import Control, parse_params, problem_message
from ui.form import GLOBAL_CONTROLS, MAX_WARNINGS
from ui.outside_text import MAX_CHARS, inert

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")

HOSTILE = [
    "![p](http://tracker.example/p.png)",
    "[Session expired: log in again](https://evil.example/login)",
    r"$\Huge\color{red}\text{THIS PAGE IS WRONG}$",
    "1\n# heading\n| a | b |\n|---|---|",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "<img src=x onerror=alert(1)>",
    "` `` ``` code",
    ":red[alarm] :material/warning:",
    "https://evil.example/",
    "1e999",
    "1e1000000",
    "1, -1e-9999999",
    "nan",
    "-inf",
    "\u202eevil\u200b",
    "x" * 5000,
]
# Text that would do something if it reached Markdown outside a code span.
ACTIVE = ("](", "![", "$", "<", "\n", "http", ":red[", "|")
CODE_SPAN = re.compile(r"(`+)(.*?[^`])\1(?!`)", re.DOTALL)
BODIES = ("warning", "error", "info", "success", "markdown", "caption", "title", "header")


def page_files() -> list[str]:
    return [info.file for info in nav.available()]


def outside_code_spans(body: str) -> str:
    """The body with every inline code span cut out: what Markdown would render."""
    return CODE_SPAN.sub("", body)


def rendered(at) -> list[str]:
    return [str(el.value) for kind in BODIES for el in getattr(at, kind)]


def controls_of(at):
    """The page's controls as its Form declared them (the URL names a link may use)."""
    _, controls = at.session_state["_ui.current_form"]
    return (*GLOBAL_CONTROLS, *controls)


@functools.cache
def plain_page(page: str) -> tuple[tuple[Control, ...], tuple[str, ...]]:
    """(controls, rendered bodies) of the page opened without parameters."""
    at = open_page(page)
    return tuple(controls_of(at)), tuple(rendered(at))


def assert_inert(at, params: dict, page: str) -> None:
    assert not at.exception, [e.message for e in at.exception]
    values = [v for raw in params.values() for v in (raw if isinstance(raw, list) else [raw])]
    texts = [*params, *values]
    own = set(plain_page(page)[1])  # the lab's own text, as it shows without a link
    for body in rendered(at):
        if body in own:
            continue
        markdown = outside_code_spans(body)
        for active in ACTIVE:
            if any(active in text for text in texts):
                assert active not in markdown, (active, body[:300])
        for text in texts:  # nothing long from the link, even inside a code span
            assert len(text) <= MAX_CHARS or text not in body


def expected_problems(at, params: dict) -> list:
    _, problems = parse_params(controls_of(at), params, known={c.name for c in controls_of(at)})
    return problems


# ------------------------------------------------------------------ the issue's reproductions


@pytest.mark.parametrize(
    "page, params",
    [
        ("pages/weight_init.py", {"layers": HOSTILE[0]}),
        ("pages/weight_decay.py", {"lr": HOSTILE[1]}),
        ("pages/dropout.py", {"ratio": HOSTILE[2]}),
        ("pages/dropout.py", {HOSTILE[3]: HOSTILE[3]}),
        ("pages/batchnorm.py", {"numbers": "1, " + HOSTILE[4]}),
        ("pages/weight_init.py", {"nodes": "9" * 100_000}),
        ("pages/batchnorm.py", {"numbers": "1e1000000"}),  # decimal.Overflow once
    ],
)
def test_the_issues_links_show_inert_warnings_naming_the_parameter(page, params):
    at = open_page(page, **params)
    assert_inert(at, params, page)
    name = next(iter(params))
    assert any(inert(name) in w.value for w in at.warning)


def test_a_thousand_unknown_names_give_a_handful_of_warnings_and_a_count():
    params = {f"k{i}": f"[x](http://e.example/{i})" for i in range(1000)}
    at = open_page("pages/weight_init.py", **params)
    assert_inert(at, params, "pages/weight_init.py")
    assert len(at.warning) == MAX_WARNINGS + 1
    assert "997 more" in at.warning[-1].value


def test_a_repeated_name_uses_its_last_value():
    at = open_page("pages/weight_init.py", layers=["3", HOSTILE[1]])
    assert_inert(at, {"layers": ["3", HOSTILE[1]]}, "pages/weight_init.py")
    assert len(at.warning) == 1 and inert("layers") in at.warning[0].value


# ------------------------------------------------------------------ property-based

hostile_text = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=60))


def assert_message_inert(message: str, texts: list[str]) -> None:
    """What assert_inert asks of a page's body, asked of one warning."""
    markdown = outside_code_spans(message)
    for active in ACTIVE:
        if any(active in text for text in texts):
            assert active not in markdown, (active, message[:300])
    for text in texts:
        assert len(text) <= MAX_CHARS or text not in message


@pytest.mark.parametrize("page", page_files())
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_any_query_string_gives_usable_values_and_inert_warnings_naming_it(page, data):
    controls = plain_page(page)[0]
    names = [c.name for c in controls]
    key = data.draw(st.one_of(st.sampled_from(names), hostile_text.filter(bool)), label="name")
    value = data.draw(
        st.one_of(hostile_text, st.lists(hostile_text, min_size=2, max_size=3)), label="value"
    )
    values, problems = parse_params(controls, {key: value}, known=set(names))
    by_name = {c.name: c for c in controls}
    for name, used in values.items():  # the page only ever gets values its widgets hold
        assert by_name[name].holds(used), (name, used)
    texts = [key, *(value if isinstance(value, list) else [value])]
    for problem in problems:
        assert problem.param == key
        message = problem_message(problem)
        assert inert(key) in message, message
        assert_message_inert(message, texts)
    if key not in names:
        assert [p.reason for p in problems] == ["unknown_name"]


@pytest.mark.parametrize("page", page_files())
def test_a_page_with_every_control_hostile_shows_the_inert_warnings(page):
    """Every control of the page given a hostile value (HOSTILE in turn), and a hostile name:
    the page raises nothing, shows nothing from the link as Markdown, and its warnings are the
    messages of parse_params' problems (the first MAX_WARNINGS, then a count)."""
    controls = plain_page(page)[0]
    params = {c.name: HOSTILE[i % len(HOSTILE)] for i, c in enumerate(controls)}
    params[HOSTILE[3]] = HOSTILE[1]
    at = open_page(page, **params)
    assert_inert(at, params, page)
    problems = expected_problems(at, params)
    assert problems, "no hostile value was a problem"
    own = set(plain_page(page)[1])  # a page's own notes are warnings too
    shown = [w.value for w in at.warning if w.value not in own]
    expected = {problem_message(p) for p in problems}
    named = shown[:MAX_WARNINGS]
    assert named and set(named) <= expected, (named, expected)
    assert len(shown) == min(len(problems), MAX_WARNINGS) + (len(problems) > MAX_WARNINGS)


@pytest.mark.parametrize(
    "page, param, raw, named, used_value",
    [
        ("pages/weight_decay.py", "lambda", "2", "` lambda ` = ` 2 `", "using 1"),
        (
            "pages/weight_decay.py",
            "optimizer",
            "rmsprop",
            "` optimizer ` = ` rmsprop `",
            "using sgd",
        ),
        ("pages/weight_decay.py", "lr", "fast", "` lr ` = ` fast `", "using 0.01"),
        ("pages/weight_decay.py", "epochs", "2.5", "` epochs ` = ` 2.5 `", "using 3"),
        ("pages/dropout.py", "ratio", "0.95", "` ratio ` = ` 0.95 `", "using 0.9"),
        ("pages/dropout.py", "mode", "scaled", "` mode ` = ` scaled `", "using book"),
        ("pages/dropout.py", "compare", "maybe", "` compare ` = ` maybe `", "using 1"),
        # The regularizer overlay's λ (issue 12.3); the BN page's scale means nothing here.
        ("pages/dropout.py", "lambda", "2", "` lambda ` = ` 2 `", "using 1"),
        ("pages/dropout.py", "scale", "0.1", "parameter ` scale `", "ignored"),
    ],
)
def test_a_bad_training_parameter_warns_naming_it_and_the_value_used(
    page, param, raw, named, used_value
):
    at = open_page(page, **{param: raw})
    assert not at.exception
    (message,) = warnings(at)
    assert named in message and used_value in message
