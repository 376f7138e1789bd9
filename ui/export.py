"""CSV downloads: one button under every chart or table, holding exactly the data drawn."""

from __future__ import annotations

import re

import pandas as pd

from ui.i18n import t


def to_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV with a byte-order mark, so spreadsheet programs read 繁體中文 headers right."""
    return frame.to_csv(index=False).encode("utf-8-sig")


def file_name(name: str) -> str:
    """A safe file name: 'Init comparison (seed 0)' -> 'init-comparison-seed-0.csv'."""
    stem = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower() or "data"
    return f"training-lab-{stem}.csv"


def download_csv(
    frame: pd.DataFrame,
    name: str,
    *,
    container=None,
    label: str | None = None,
):
    """A download button for `frame`; `name` (ASCII) names the file and the widget key.

    The CSV is written when the reader clicks (Streamlit's deferred download: `data` a
    callable), not on every rerun of every viewer: writing it and storing it with the session
    took about a tenth of a weight-init rerun (py-spy, 30 students moving sliders).
    on_click="ignore": downloading must not rerun the page (that would interrupt training).
    """
    import streamlit as st

    box = container if container is not None else st
    return box.download_button(
        label or t("export.csv"),
        data=lambda: to_csv(frame),
        file_name=file_name(name),
        mime="text/csv",
        key=f"csv:{name}",
        on_click="ignore",
    )
