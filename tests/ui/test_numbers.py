"""ui.numbers: one way to write small and large numbers on every page (issue 9.5)."""

import pytest

from ui.numbers import nice_number

TIMES = "\u00a0×\u00a0"  # no-break spaces: a line or a cell never ends inside a number


@pytest.mark.parametrize(
    "x, text",
    [
        (0.0123456, "0.0123"),
        (5.789, "5.79"),
        (12212.3, "12,200"),
        (0.001, "0.00100"),
        (1.2e6, f"1.20{TIMES}10⁶"),
        (0.00012, f"1.20{TIMES}10⁻⁴"),
        (9.05e-7, f"9.05{TIMES}10⁻⁷"),  # the table's value the note once called "std 0.000"
        (-2.23e-7, f"-2.23{TIMES}10⁻⁷"),
        (2.31e-10, f"2.31{TIMES}10⁻¹⁰"),  # two exponent digits, both written
        (99999.7, f"1.00{TIMES}10⁵"),  # rounds up out of the written-out range
        (0.0, "0"),
    ],
)
def test_nice_number_reads_aloud(x, text):
    assert nice_number(x) == text


def test_more_digits_on_request():
    assert nice_number(3.25149, digits=4) == "3.251"
    assert nice_number(-1.234567e-6, digits=4) == f"-1.235{TIMES}10⁻⁶"


def test_no_plain_space_inside_a_number():
    for x in (1e-9, 3.3e-5, 0.5, 7e12, -4.2e-300):
        assert " " not in nice_number(x)
