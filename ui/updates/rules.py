"""The four update rules as the page shows them: the formula (a translated string, LaTeX) and
the engine's own code that the race and the MNIST runs execute, read from engine/optimizers.py
so the page can never show code the lab does not run."""

from __future__ import annotations

import functools
import inspect
import textwrap

import streamlit as st

from engine.optimizers import OPTIMIZERS
from ui.i18n import t
from ui.optimizers import optimizer_name

RULE_NOTES = {  # each rule's formula and what it does
    "sgd": "updates.rule_sgd",
    "momentum": "updates.rule_momentum",
    "adagrad": "updates.rule_adagrad",
    "adam": "updates.rule_adam",
}


@functools.cache
def engine_code(rule: str) -> str:
    """The source of engine.optimizers' `update` for `rule`, dedented."""
    return textwrap.dedent(inspect.getsource(OPTIMIZERS[rule].update))


def rules_section(rules) -> None:
    """Two rules to a row (a phone stacks them): each one's formula, what it does, its code."""
    columns = [c for _ in range(0, len(rules), 2) for c in st.columns(2, gap="large")]
    for column, rule in zip(columns, rules, strict=False):
        with column:
            st.markdown(f"**{optimizer_name(rule)}**")
            st.markdown(t(RULE_NOTES[rule]))
            with st.expander(t("updates.rule_code")):
                st.code(engine_code(rule), language="python", wrap_lines=True)
