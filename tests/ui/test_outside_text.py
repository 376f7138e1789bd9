"""ui.outside_text.inert: outside text becomes one inline code span that Markdown cannot leave."""

import re

import pytest

from ui.outside_text import MAX_CHARS, inert


def span(text: str) -> tuple[str, str]:
    """(fence, content) of a single code span, checking it is exactly one."""
    match = re.fullmatch(r"(`+) (.*) \1", text, re.DOTALL)
    assert match, text
    return match.group(1), match.group(2)


@pytest.mark.parametrize(
    "raw", ["![p](http://x/p.png)", "$\\Huge$", "a`b", "``x``", "`", "<b>", ":red[x]", ""]
)
def test_text_is_one_code_span_whose_fence_is_longer_than_any_backtick_run_in_it(raw):
    fence, content = span(inert(raw))
    assert content == raw
    longest = max((len(r) for r in re.findall("`+", raw)), default=0)
    assert len(fence) == longest + 1


@pytest.mark.parametrize("char", ["\n", "\r", "\t", "\x00", "\u2028", "\u202e", "\u200b", "\x85"])
def test_line_breaks_and_invisible_characters_become_spaces(char):
    _, content = span(inert(f"a{char}# b"))
    assert content == "a # b"


def test_long_text_is_cut_with_an_ellipsis():
    _, content = span(inert("9" * 100_000))
    assert content == "9" * MAX_CHARS + "…"
    _, content = span(inert("abcdef", limit=3))
    assert content == "abc…"


def test_ordinary_unicode_is_kept():
    _, content = span(inert("λ = 0.1，學習率"))
    assert content == "λ = 0.1，學習率"
