"""Every slider on every page shows the value it holds (issue 17.7): the 2-D page's λ slider
printed "0.00" for λ = 0.001 with Streamlit's default format %0.2f, while the chart's title said
λ = 0.001.

Each page is opened as a link would open it; then every slider's every allowed value is
written with the format the page gives the browser, and must read back as that value (and so
differ from its neighbours'). Select sliders (the log-scale ones) are checked on the labels
they show. Number inputs likewise.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from tests.helpers import open_page
from ui import nav

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")

# Small settings where a page trains as it opens (the 2-D page): quick, same sliders.
PARAMS = {"plane": {"epochs": "10", "lambda": "0.001"}}


def shown(fmt: str, value: float) -> str:
    """A value as the browser writes it with a printf format (Streamlit's sprintf for %d/%f)."""
    return fmt % (int(value) if fmt.endswith("d") else value)


def grid(low: float, high: float, step: float) -> np.ndarray:
    n = round((high - low) / step)
    return low + step * np.arange(n + 1)


@pytest.mark.parametrize("page", [p for p in nav.available() if p.id != "home"], ids=lambda p: p.id)
def test_every_slider_writes_each_of_its_values_so_it_reads_back(page):
    at = open_page(page.file, **PARAMS.get(page.id, {}))
    assert not at.exception
    assert at.slider, f"{page.id}: no sliders found"
    for slider in [*at.slider, *at.number_input]:
        p = slider.proto
        fmt, step = p.format, p.step
        if math.isinf(slider.max) or slider.max - slider.min > 100_000 * step:
            allowed = np.array([slider.min, slider.min + step, slider.value])  # the seed box
        else:
            allowed = grid(slider.min, slider.max, step)
        for value in allowed:
            text = shown(fmt, value)
            assert math.isclose(float(text), value, abs_tol=step / 100), (
                f"{page.id}: {slider.label!r} shows {value:g} as {text!r} (format {fmt})"
            )
    for slider in at.select_slider:
        labels = list(slider.options)
        assert len(set(labels)) == len(labels), f"{page.id}: {slider.label!r} repeats a label"


def test_the_plane_lambda_slider_shows_one_thousandth():
    at = open_page("pages/plane.py", **PARAMS["plane"])
    (lam,) = [s for s in at.slider if s.proto.step == pytest.approx(0.001)]
    assert shown(lam.proto.format, lam.value) == "0.001"
