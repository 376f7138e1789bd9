"""URL parameters -> control values: ui/controls.py, the pure half of ui/form.py (no Streamlit run
needed)."""

import math

import pytest

from ui import i18n
from ui.controls import (
    Choice,
    Flag,
    FloatRange,
    Interval,
    IntRange,
    LogRange,
    NumberList,
    ParamError,
    Problem,
    encode_params,
    log_grid,
    parse_params,
    problem_message,
)

LAYERS = IntRange("layers", 5, 1, 20)
SAMPLES = IntRange("samples", 1000, 100, 5000, step=100)
LAMBDA = FloatRange("lambda", 0.1, 0.0, 1.0, step=0.01)
SCALE = LogRange("scale", 0.1, 1e-4, 10.0)
ACT = Choice("activation", "sigmoid", ("sigmoid", "tanh", "relu"))
GRADS = Flag("gradients", False)
CONTROLS = (LAYERS, SAMPLES, LAMBDA, SCALE, ACT, GRADS)


def reason_and_used(control, raw):
    with pytest.raises(ParamError) as err:
        control.parse(raw)
    return err.value.reason, err.value.used


def test_int_parses_whole_numbers_in_range():
    assert LAYERS.parse("7") == 7
    assert LAYERS.parse("7.0") == 7
    assert LAYERS.parse(" 20 ") == 20


@pytest.mark.parametrize(
    "raw, reason, used",
    [
        ("abc", "not_a_number", 5),  # not a number: the default
        ("", "not_a_number", 5),
        ("inf", "not_a_number", 5),
        ("nan", "not_a_number", 5),
        ("50", "out_of_range", 20),  # out of range: the nearest end
        ("0", "out_of_range", 1),
        ("-3", "out_of_range", 1),
        ("7.4", "not_an_integer", 7),
    ],
)
def test_int_bad_values_name_the_value_used_instead(raw, reason, used):
    assert reason_and_used(LAYERS, raw) == (reason, used)


def test_int_off_the_step_grid_snaps_to_the_nearest_step():
    assert SAMPLES.parse("1200") == 1200
    assert reason_and_used(SAMPLES, "1234") == ("snapped", 1200)
    assert reason_and_used(SAMPLES, "99999") == ("out_of_range", 5000)


def test_float_range_snaps_and_clamps():
    assert LAMBDA.parse("0.25") == 0.25
    assert reason_and_used(LAMBDA, "0.123") == ("snapped", 0.12)
    assert reason_and_used(LAMBDA, "3") == ("out_of_range", 1.0)


def test_log_grid_is_increasing_round_numbers_with_the_powers_of_ten():
    grid = log_grid(1e-4, 10.0)
    assert list(grid) == sorted(grid)
    assert grid[0] == 1e-4 and grid[-1] == 10.0
    for v in (1e-3, 0.01, 0.05, 0.1, 1.0, 2.5):
        assert v in grid
    ratios = [b / a for a, b in zip(grid, grid[1:], strict=False)]
    assert max(ratios) <= 1.34  # no gap on the log slider bigger than 1 -> 1.33


def test_log_range_accepts_grid_values_and_snaps_others_in_log_space():
    assert SCALE.parse("0.05") == 0.05
    assert SCALE.parse("1e-2") == 0.01
    reason, used = reason_and_used(SCALE, "0.0011")
    assert reason == "snapped_log" and used == 0.0012  # 1.1 is nearer 1.2 than 1.0 in log
    assert reason_and_used(SCALE, "100") == ("out_of_range", 10.0)
    assert reason_and_used(SCALE, "0") == ("out_of_range", 1e-4)
    assert reason_and_used(SCALE, "x") == ("not_a_number", 0.1)


def test_choice_is_case_insensitive_and_unknown_ones_fall_back_to_default():
    assert ACT.parse("ReLU") == "relu"
    with pytest.raises(ParamError) as err:
        ACT.parse("softmax")
    assert err.value.reason == "unknown_choice"
    assert err.value.used == "sigmoid"
    assert err.value.detail["choices"] == "sigmoid, tanh, relu"


@pytest.mark.parametrize(
    "raw, value",
    [("1", True), ("true", True), ("ON", True), ("0", False), ("no", False), ("False", False)],
)
def test_flag_reads_the_usual_spellings(raw, value):
    assert GRADS.parse(raw) is value


def test_flag_rejects_other_text():
    assert reason_and_used(GRADS, "maybe") == ("not_a_flag", False)


def test_parse_params_returns_values_and_one_problem_per_bad_parameter():
    values, problems = parse_params(
        CONTROLS,
        {"layers": "50", "activation": "tanh", "bogus": "1", "lang": "zh-TW"},
        known={"lang", "seed"},
    )
    assert values == {"layers": 20, "activation": "tanh"}
    assert [(p.param, p.reason, p.used) for p in problems] == [
        ("layers", "out_of_range", "20"),
        ("bogus", "unknown_name", None),
    ]
    assert problems[0].raw == "50"


def test_parse_params_skips_the_unknown_name_check_when_known_is_none():
    _, problems = parse_params(CONTROLS, {"epochs": "3"}, known=None)
    assert problems == []


def test_parse_params_takes_the_last_of_repeated_values():
    values, _ = parse_params(CONTROLS, {"layers": ["3", "9"]}, known=())
    assert values == {"layers": 9}


def test_encode_writes_only_values_that_differ_from_the_book():
    defaults = {c.name: c.default for c in CONTROLS}
    assert encode_params(CONTROLS, defaults) == {}
    changed = defaults | {"layers": 9, "scale": 0.012, "gradients": True, "lambda": 0.3}
    assert encode_params(CONTROLS, changed) == {
        "layers": "9",
        "scale": "0.012",
        "gradients": "1",
        "lambda": "0.3",
    }


@pytest.mark.parametrize(
    "control, value",
    [(LAYERS, 13), (SAMPLES, 4200), (LAMBDA, 0.07), (ACT, "relu"), (GRADS, True)]
    + [(SCALE, v) for v in log_grid(1e-4, 10.0)],
)
def test_every_value_survives_the_round_trip_through_the_url(control, value):
    parsed = control.parse(control.encode(value))
    assert parsed == value or math.isclose(parsed, value, rel_tol=1e-12)


def test_defaults_lie_on_their_own_grids():
    for control in CONTROLS:
        assert control.parse(control.encode(control.default)) == control.default


def test_every_problem_reason_has_a_message_in_every_language_naming_param_and_value():
    problems = [
        Problem("layers", "abc", "not_a_number", "5"),
        Problem("layers", "7.5", "not_an_integer", "8"),
        Problem("layers", "50", "out_of_range", "20", {"low": 1, "high": 20}),
        Problem("samples", "1234", "snapped", "1200", {"step": 100}),
        Problem("scale", "0.0011", "snapped_log", "0.0012"),
        Problem("activation", "softmax", "unknown_choice", "sigmoid", {"choices": "a, b"}),
        Problem("gradients", "maybe", "not_a_flag", "0"),
        Problem("bogus", "1", "unknown_name"),
    ]
    for p in problems:
        english = problem_message(p)  # outside a Streamlit run: English
        assert p.param in english and p.raw in english
        if p.used is not None:
            assert p.used in english
        for lang in set(i18n.LANGUAGES) - {"en"}:
            translated = i18n.translate(
                lang, f"state.{p.reason}", param=p.param, value=p.raw, used=p.used, **p.detail
            )
            assert p.param in translated and "{" not in translated, lang


# ------------------------------------------------------------------ lists and extra log values

NUMBERS = NumberList("numbers", "1, 2, 3", max_count=5, max_abs=1e6)
BOOK_SCALES = tuple(10.0 ** (-4 * k / 15) for k in range(16))  # the book's logspace(0, -4, 16)


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("1, 2, 3", (1.0, 2.0, 3.0)),
        ("1 2 3", (1.0, 2.0, 3.0)),
        (" 0.5;-1 , 4e2 ", (0.5, -1.0, 400.0)),
        ("1，2、3", (1.0, 2.0, 3.0)),  # full-width separators from a zh-TW keyboard
    ],
)
def test_number_list_reads_commas_spaces_and_full_width_separators(text, numbers):
    assert NUMBERS.numbers(text) == numbers
    assert NUMBERS.parse(text) == text.strip()  # the value is the text as typed


@pytest.mark.parametrize(
    "text, reason, detail",
    [
        ("", "empty_list", {}),
        (" , ", "empty_list", {}),
        ("1, two, 3", "not_a_number_in_list", {"token": "two"}),
        ("1, nan", "not_a_number_in_list", {"token": "nan"}),
        ("1, 2e9", "number_too_large", {"token": "2e9", "high": "1e+06"}),
        ("1 2 3 4 5 6", "too_many_numbers", {"high": 5}),
    ],
)
def test_number_list_names_what_is_wrong(text, reason, detail):
    with pytest.raises(ParamError) as err:
        NUMBERS.numbers(text)
    assert err.value.reason == reason and err.value.detail == detail
    assert err.value.used == "1, 2, 3"  # a bad link falls back to the default list


def test_a_bad_number_list_in_the_url_is_a_problem_naming_the_token():
    values, problems = parse_params([NUMBERS], {"numbers": "1, x"})
    assert values == {"numbers": "1, 2, 3"}
    (p,) = problems
    assert (p.param, p.raw, p.reason, p.used) == (
        "numbers",
        "1, x",
        "not_a_number_in_list",
        "1, 2, 3",
    )
    message = problem_message(p)
    assert "` numbers `" in message and "` x `" in message and "1, 2, 3" in message


def test_log_range_extra_values_join_the_grid_and_survive_the_url():
    scale = LogRange("scale", 0.01, 1e-4, 10.0, extra=BOOK_SCALES)
    options = scale.options
    assert list(options) == sorted(options)
    assert all(s in options for s in BOOK_SCALES)
    assert options.count(1.0) == 1 and options.count(1e-4) == 1  # no duplicates of the grid
    for s in BOOK_SCALES:
        assert scale.parse(scale.encode(s)) == s  # 6 significant digits read back exactly
    assert scale.parse("0.01") == 0.01


def test_every_list_problem_reason_has_a_message_in_every_language():
    problems = [
        Problem("numbers", "", "empty_list", "1, 2, 3"),
        Problem("numbers", "1, x", "not_a_number_in_list", "1, 2, 3", {"token": "x"}),
        Problem("numbers", "9e9", "number_too_large", "1, 2, 3", {"token": "9e9", "high": "1e+06"}),
        Problem("numbers", "1 2", "too_many_numbers", "1, 2, 3", {"high": 30}),
    ]
    for p in problems:
        for lang in i18n.LANGUAGES:
            text = i18n.translate(
                lang, f"state.{p.reason}", param=p.param, value=p.raw, used=p.used, **p.detail
            )
            assert p.param in text and p.used in text and "{" not in text


@pytest.mark.parametrize(
    ("control", "good", "bad"),
    [
        (IntRange("layers", 5, 1, 20), [1, 5, 20], [0, 21, 5.5, 5.0, True, "5", None]),
        (FloatRange("lam", 0.1, 0.0, 1.0), [0.0, 0.37, 1], [-0.1, 1.5, float("nan"), "0.1"]),
        (LogRange("lr", 0.01, 1e-4, 1.0), [0.01, 1e-4], [0.0123, 2.0, "0.01", None]),
        (Choice("act", "relu", ("relu", "tanh")), ["relu", "tanh"], ["abc", 987654, None]),
        (Flag("bn", False), [True, False], [1, 0, "true", None]),
        (NumberList("numbers", "1, 2"), ["1, 2", ""], [12, ["1"], "9" * 301]),
        (
            Interval("lr_range", (-6.0, -2.0), -8.0, -1.0),
            [(-6.0, -2.0), [-8, -1], (-3.0, -3.0)],
            [(-2.0, -6.0), (-9.0, -2.0), (-6.0,), "-6,-2", (-6.0, float("nan")), None],
        ),
    ],
)
def test_a_control_holds_only_values_its_widget_can_hold(control, good, bad):
    """A crafted message can put any value of any type into a widget: the page reads it only
    if the control can hold it."""
    assert all(control.holds(v) for v in good)
    assert not any(control.holds(v) for v in bad)


def test_a_crafted_widget_value_is_replaced_by_the_default_before_the_page_reads_it():
    """A segmented control holding text that is none of its options (Streamlit hands such a
    value to the script as it came): the page reads its last good value instead, and the
    other settings stay. (AppTest passes a slider's value through the slider's own checks, so
    sliders are tested with real messages in tests/deploy/test_abuse.py.)"""
    from tests.helpers import open_page

    at = open_page("pages/weight_init.py", layers=7, activation="tanh")
    at.session_state["weight_init:activation"] = "not-an-option"
    at.run()
    assert not at.exception
    assert at.session_state["weight_init:activation"] == "tanh"
    assert at.session_state["weight_init:layers"] == 7
