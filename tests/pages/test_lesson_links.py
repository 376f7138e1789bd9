"""AppTest: lesson links on every page (issue 12, part 1). Every control of every page (read
from ui.nav.PAGES, so a new page is covered by itself) locks and hides with its value kept and
without losing any result, metric or explanation; bad lock/hide values are warned; the panel's
link opens the page as it says; a student can always open the page unlocked."""

from __future__ import annotations

import functools
import json
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.helpers import figures, open_page, warnings
from ui import nav
from ui.controls import Choice, Control, Flag, FloatRange, Interval, LogRange, NumberList
from ui.form import MAX_WARNINGS, lockable
from ui.i18n import translate
from ui.lesson import TEACHER_KEY
from ui.outside_text import inert

CACHED = translate("en", "live.cached")  # "trained on this server before"

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")
DECAY = "pages/weight_decay.py"
NOTICE = "🔒"  # the notice at the top of a lesson page starts so
RUNS = "_live.watching."  # + section: the run (name and every argument) a section shows


@functools.cache
def page_controls() -> dict[str, tuple[str, tuple[Control, ...]]]:
    """page file -> (page id, its controls), each page of ui.nav run once (pages without
    controls, like home, left out)."""
    found = {}
    for info in nav.available():
        at = open_page(info.file)
        page, controls = at.session_state["_ui.current_form"]
        if controls:  # the pins are no control a teacher locks (ui/pins.py)
            found[info.file] = (page, tuple(c for c in controls if c.name in lockable(controls)))
    return found


CASES = [(file, c.name) for file, (_, controls) in page_controls().items() for c in controls]


def other_value(control: Control) -> str:
    """A valid URL value of `control` other than its default (the next allowed one)."""
    if isinstance(control, LogRange):
        options = control.options
        i = min(range(len(options)), key=lambda k: abs(options[k] - control.default))
        value = options[i + 1] if i + 1 < len(options) else options[i - 1]
    elif isinstance(control, FloatRange):  # IntRange too
        up = control.default + control.step
        value = up if up <= control.high else control.default - control.step
    elif isinstance(control, Choice):
        value = next(c for c in control.choices if c != control.default)
    elif isinstance(control, Flag):
        value = not control.default
    elif isinstance(control, NumberList):
        value = "4, 5, 6"
    elif isinstance(control, Interval):
        low, high = control.default
        value = (low, high - control.step) if high - control.step > low else (low, high)
    else:
        raise TypeError(type(control).__name__)
    return control.encode(value)


def widget_of(at, key: str):
    """The widget with this key, or None when the page did not draw it."""
    try:
        return at.get_by_key(key)
    except KeyError:
        return None


def content(at) -> list:
    """Everything the page shows that is not a control: texts, numbers, tables, figures (the
    lesson notice left out: it says what is locked or hidden; so is the note that a run was
    trained before: a page that trains as it opens stores its run for the next), and the
    settings of each run a Train button would start (ui.live keeps them: before training
    nothing else shows them)."""
    shown: list = sorted(
        (key, repr(value)) for key, value in at.session_state.items() if key.startswith(RUNS)
    )
    for kind in ("title", "header", "subheader", "caption", "info", "success", "error", "latex"):
        shown += [(kind, str(el.value)) for el in getattr(at, kind) if el.value != CACHED]
    shown += [("markdown", m.value) for m in at.markdown if not str(m.value).startswith(NOTICE)]
    shown += [("warning", w) for w in warnings(at)]
    shown += [("metric", m.label, m.value, m.proto.delta) for m in at.metric]
    shown += [("table", t.value.to_json()) for t in at.table]
    shown += [("figure", json.dumps(f, sort_keys=True)) for f in figures(at)]
    return shown


def link_problems(at) -> list[str]:
    return [w for w in warnings(at) if "link" in w]


def notice(at) -> str:
    return next(str(m.value) for m in at.markdown if str(m.value).startswith(NOTICE))


@pytest.mark.parametrize("file, name", CASES)
def test_locking_or_hiding_a_control_keeps_its_value_and_every_result(file, name):
    page, controls = page_controls()[file]
    control = next(c for c in controls if c.name == name)
    raw = other_value(control)
    locked = open_page(file, **{name: raw, "lock": name})
    hidden = open_page(file, **{name: raw, "hide": name})
    for at, how in ((locked, "lock"), (hidden, "hide")):
        assert not at.exception, [e.message for e in at.exception]
        assert not link_problems(at)
        assert at.query_params[name] == raw and at.query_params[how] == name
    widget = widget_of(locked, f"{page}:{name}")
    assert widget is not None and widget.proto.disabled, "a locked control is shown, disabled"
    assert widget.value == pytest.approx(control.parse(raw))
    assert widget.label.endswith("🔒")
    assert widget_of(hidden, f"{page}:{name}") is None, "a hidden control is not drawn"
    # the hidden value applies: the page shows exactly what it shows with the control locked
    assert content(hidden) == content(locked)
    assert "(locked)" in notice(locked) and "(hidden)" in notice(hidden)


@pytest.mark.parametrize("file", list(page_controls()))
def test_hiding_or_locking_every_control_at_once_keeps_the_whole_page(file):
    page, controls = page_controls()[file]
    every = ",".join(c.name for c in controls)
    plain = open_page(file)
    for how in ("lock", "hide"):
        at = open_page(file, **{how: every})
        assert not at.exception and not link_problems(at)
        assert content(at) == content(plain), how
        drawn = [c.name for c in controls if widget_of(at, f"{page}:{c.name}") is not None]
        assert drawn == ([c.name for c in controls] if how == "lock" else [])
        listed = notice(at)
        assert listed.count("(locked)" if how == "lock" else "(hidden)") == len(controls)


def test_without_a_lesson_the_page_has_no_notice_and_every_control_is_free():
    at = open_page(DECAY, **{"lambda": "0.3"})
    assert not any(str(m.value).startswith(NOTICE) for m in at.markdown)
    assert not any(w.proto.disabled for w in at.slider)
    assert dict(at.query_params) == {"lambda": "0.3"}


@pytest.mark.parametrize(
    "params, named",
    [
        ({"lock": "nope"}, ("lock", "nope")),
        ({"hide": "lambda,[x](http://evil.example)"}, ("hide", "[x](http://evil.example)")),
        ({"lock": "seed"}, ("lock", "seed")),
        ({"ask": "why"}, ("ask", "why")),
        ({"class": "7 b!"}, ("class", "7 b!")),
        ({"teacher": "maybe"}, ("teacher", "maybe")),
    ],
)
def test_a_bad_lesson_value_is_warned_naming_it_and_ignored(params, named):
    at = open_page(DECAY, **params)
    assert not at.exception
    (message,) = link_problems(at)
    assert inert(named[0]) in message and inert(named[1]) in message
    assert "](" not in message.replace(inert(named[1]), "")


def test_many_bad_lesson_names_give_a_bounded_number_of_warnings():
    at = open_page(DECAY, lock=",".join(f"k{i}" for i in range(50)), hide="lambda")
    assert not at.exception
    assert len(warnings(at)) == MAX_WARNINGS + 1
    assert widget_of(at, "weight_decay:lambda") is None  # the good name still applies


def test_the_book_settings_button_leaves_what_the_teacher_set():
    at = open_page(DECAY, **{"lambda": "0.3", "epochs": "5", "lr": "0.1", "lock": "lambda"})
    next(b for b in at.button if b.label == "Book settings").click().run()
    assert at.session_state["weight_decay:lambda"] == 0.3  # locked: kept
    assert at.session_state["weight_decay:epochs"] == 200  # free: the book's
    assert at.query_params["lock"] == "lambda"


def test_a_student_can_open_the_page_unlocked_in_one_click():
    at = open_page(DECAY, **{"lambda": "0.3", "lock": "lambda", "hide": "epochs", "ask": "gap"})
    (button,) = at.link_button
    assert button.proto.label == "Open this page unlocked ↗"
    url = urlsplit(button.proto.url)
    params = dict(parse_qsl(url.query))
    assert params == {"lambda": "0.3", "ask": "gap"}  # the same settings, nothing locked
    free = open_page(DECAY, **params)
    assert not free.exception and not free.link_button
    widget = widget_of(free, "weight_decay:lambda")
    assert widget.value == 0.3 and not widget.proto.disabled
    assert widget_of(free, "weight_decay:epochs") is not None


def test_the_lesson_stays_with_its_page_when_the_student_moves_between_pages():
    at = open_page(DECAY, **{"lambda": "0.3", "lock": "lambda"})
    at.switch_page("pages/dropout.py").run()
    assert not at.exception and not at.link_button  # the dropout page has no lesson
    assert not any(w.proto.disabled for w in at.slider)
    at.switch_page("pages/weight_decay.py").run()
    assert widget_of(at, "weight_decay:lambda").proto.disabled
    assert at.query_params["lock"] == "lambda"


@pytest.mark.parametrize("lang", ["zh-TW", "ja"])
def test_the_panels_link_opens_the_page_locked_hidden_and_asked_as_chosen(lang):
    at = open_page(DECAY, **{"lambda": "0.3"})
    at.multiselect(key="lesson:weight_decay:lock").set_value(["lambda"])
    at.multiselect(key="lesson:weight_decay:hide").set_value(["epochs", "optimizer"])
    at.multiselect(key="lesson:weight_decay:ask").set_value(["gap"])
    at.text_input(key="lesson:weight_decay:class").set_value("7b")
    at.selectbox(key="lesson:weight_decay:lang:en").set_value(lang)
    at.toggle(key="lesson:weight_decay:embed").set_value(True)
    at.run()
    assert not at.exception
    student, teacher = (c.value for c in at.code[:2])  # ready-made lessons follow
    assert student.startswith("/weight_decay?")
    params = dict(parse_qsl(urlsplit(student).query))
    assert params == {
        "lambda": "0.3",
        "lang": lang,
        "lock": "lambda",
        "hide": "epochs,optimizer",
        "ask": "gap",
        "class": "7b",
        "embed": "true",
    }
    assert "lock=lambda&hide=epochs,optimizer" in student  # readable: commas kept
    teacher_params = dict(parse_qsl(urlsplit(teacher).query))
    key = teacher_params.pop("teacher")
    assert teacher_params == params and TEACHER_KEY.fullmatch(key)  # the key, not teacher=1
    assert key not in student
    # the teacher's own page is not locked by the panel
    assert not widget_of(at, "weight_decay:lambda").proto.disabled
    del params["embed"]  # Streamlit's, not the app's (st.query_params never shows it)
    opened = open_page(DECAY, **params)
    assert not opened.exception and not link_problems(opened)
    assert widget_of(opened, "weight_decay:lambda").proto.disabled
    assert widget_of(opened, "weight_decay:epochs") is None
    # asked first, in the link's language
    assert opened.radio[0].label == translate(lang, "predict.choose")


def test_the_panel_refuses_a_bad_class_code_and_leaves_it_out_of_the_link():
    at = open_page(DECAY)
    at.text_input(key="lesson:weight_decay:class").set_value("[x](y)")
    at.run()
    assert any("class code" in e.value for e in at.error)
    assert all("class=" not in c.value for c in at.code)


def test_the_home_page_has_no_panel():
    at = open_page("pages/home.py")
    assert not at.exception and not at.code


@pytest.mark.parametrize("how", ["hide", "lock"])
def test_typed_numbers_in_a_lesson_notice_stay_inert(how):
    """Issue 16: `numbers=1,\\n\\n99. 2\\n100. 3&hide=numbers` made the notice a numbered list
    starting at 99 (with `lock` and an indented line, a code block): outside text is inert."""
    typed = "1,\n\n99. 2\n    100. 3"
    at = open_page("pages/batchnorm.py", numbers=typed, **{how: "numbers"})
    assert not at.exception
    text = notice(at)
    assert "\n" not in text  # one paragraph: no list, no code block can start
    assert "`` 1,  99. 2     100. 3 ``" in text or "` 1,  99. 2     100. 3 `" in text


def test_the_panel_follows_the_language_switched_to_and_speaks_it():
    """Issue 17.18: after switching to 繁體中文 the link's language stayed English, so the
    student link had no lang=zh-TW, and the multiselects' placeholders were English."""
    at = open_page(DECAY)
    assert at.selectbox(key="lesson:weight_decay:lang:en").value == "en"
    at.get_by_key("app:lang").set_value("zh-TW").run()
    assert not at.exception
    assert at.selectbox(key="lesson:weight_decay:lang:zh-TW").value == "zh-TW"
    student = at.code[0].value
    assert dict(parse_qsl(urlsplit(student).query))["lang"] == "zh-TW"
    placeholders = {m.key: m.proto.placeholder for m in at.multiselect}
    assert placeholders["lesson:weight_decay:lock"] == translate("zh-TW", "lesson.choose")
    assert set(placeholders.values()).isdisjoint({"Choose options", "Choose an option"})


def test_the_2d_pages_buttons_name_the_std_and_sigmoid_as_the_weight_init_page_does():
    at = open_page("pages/plane.py", lang="zh-TW", epochs=10)
    options = {el.key: [o.content for o in el.proto.options] for el in at.get("button_group")}
    names = options["plane:init"][:3]
    assert names == ["σ = 0.01", "σ = 0.1", "σ = 1"]  # a phone's row holds five choices so
    assert [names[0], names[2]] == [translate("zh-TW", f"init.init_{s}") for s in ("0.01", "1")]
    assert options["plane:activation"][1] == translate("zh-TW", "init.act_sigmoid") == "sigmoid"
