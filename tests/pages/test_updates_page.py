"""AppTest: the parameter-update page (section 6.1), opened like shared links. The race is read
back from the figure the page sends (its frames replay the paths); the MNIST comparison trains
through the shared trainers."""

import numpy as np
import pytest

from tests.helpers import figures, metrics, open_page, texts, train, values, warnings, widget

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")
PAGE = "pages/updates.py"
RACE_TITLE = "Each rule's path over the contour<br>lines of f"


def race(at) -> dict:
    return next(f for f in figures(at) if f.get("frames"))


def path_of(fig, title_start: str):
    (trace,) = [tr for tr in fig["data"] if (tr.get("name") or "").startswith(title_start)]
    return values(trace["x"]), values(trace["y"])


def test_the_books_race_at_its_settings_zigzags_overshoots_and_replays_step_by_step():
    at = open_page(PAGE)
    assert not at.exception and not warnings(at)
    assert at.title[0].value == "Parameter updates: SGD, Momentum, AdaGrad, Adam"
    assert widget(at, "select_slider", "SGD learning rate (log scale)").value == 0.95
    assert widget(at, "select_slider", "AdaGrad learning rate (log scale)").value == 1.5
    assert widget(at, "slider", "Start x").value == -7.0
    assert dict(at.query_params) == {}
    fig = race(at)
    assert fig["layout"]["title"]["text"] == RACE_TITLE
    assert len(fig["frames"]) == 31
    x, y = path_of(fig, "SGD · η = 0.95")
    assert (x[0], y[0]) == (-7.0, 2.0) and len(x) == 31
    assert np.all(np.sign(y[1:]) != np.sign(y[:-1]))  # the zigzag, as the book draws it
    mx, _ = path_of(fig, "Momentum · η = 0.1")
    assert mx.max() > 0  # the overshoot past the minimum's x
    page = texts(at)
    assert "**SGD** zigzags across the valley: y changed sign 30 times." in page
    assert "**Momentum** overshoots" in page
    assert "**AdaGrad** reached the bottom: f stayed below 0.01 from step 20 of 30" in page
    assert any(b.label == "Download CSV" for b in at.get("download_button"))


def test_a_learning_rate_from_a_link_changes_the_path_and_the_note_says_it_diverged():
    at = open_page(PAGE, lr_sgd="1.2", steps="40", x0="5", y0="-1")
    assert not at.exception and not warnings(at)
    assert widget(at, "slider", "Steps").value == 40
    fig = race(at)
    assert len(fig["frames"]) == 41
    x, y = path_of(fig, "SGD · η = 1.2")
    assert (x[0], y[0]) == (5.0, -1.0)
    assert abs(y[-1]) > 10  # y <- -1.4 y
    assert "**SGD** diverged: at step" in texts(at)
    widget(at, "select_slider", "SGD learning rate (log scale)").set_value(0.001).run()
    assert at.query_params["lr_sgd"] == "0.001"
    assert "**SGD** is still on its way" in texts(at) or "**SGD** stalled" in texts(at)


def test_the_rules_show_their_formula_and_the_engines_code():
    at = open_page(PAGE)
    code = [c.value for c in at.code if c.value.startswith("def ")]  # not the lesson link
    assert len(code) == 4 and all(c.startswith("def update(self, params") for c in code)
    assert "lr_t" in code[3] and "self.momentum" in code[1]
    assert r"\eta_t = \eta" in texts(at)


def test_the_mnist_comparison_trains_live_and_stands_beside_the_books_numbers():
    at = train(open_page(PAGE, iterations="60"))
    fig = next(f for f in figures(at) if "smoothed" in f["layout"]["title"]["text"])
    names = [tr["name"] for tr in fig["data"]]
    assert names == [
        "SGD (η = 0.01)",
        "Momentum (η = 0.01)",
        "AdaGrad (η = 0.01)",
        "Adam (η = 0.001)",
    ]
    assert fig["layout"]["yaxis"]["range"] == [0, 1] and fig["layout"]["xaxis"]["range"] == [0, 60]
    shown = metrics(at)
    assert set(shown) == {
        f"{n}: mean loss, last 100" for n in ("SGD", "Momentum", "AdaGrad", "Adam")
    }
    (table,) = at.table
    rows = table.value
    assert rows.iloc[:, 2].tolist() == ["0.150–0.312", "0.044–0.117", "0.016–0.047", "0.010–0.050"]
    assert rows.iloc[0, 1] == shown["SGD: mean loss, last 100"][0]
    assert float(rows.iloc[0, 1]) > float(rows.iloc[3, 1])  # SGD behind Adam already


def test_the_page_in_traditional_chinese():
    at = open_page(PAGE, lang="zh-TW")
    assert not at.exception
    assert at.title[0].value == "參數更新：SGD、Momentum、AdaGrad、Adam"
    assert "**SGD** 在山谷兩側之字形來回" in texts(at)
    assert race(at)["layout"]["title"]["text"].startswith("每種方法")


def test_a_lesson_asks_which_rule_ends_lowest_before_drawing_the_race():
    at = open_page(PAGE, ask="race")
    assert not at.exception
    assert not figures(at)  # the question comes first
    (radio,) = [r for r in at.radio if r.key and r.key.startswith("predict:")]
    assert radio.options == ["A · SGD", "B · Momentum", "C · AdaGrad", "D · Adam"]
    radio.set_value("adagrad")
    next(b for b in at.button if b.label == "Answer and reveal").click().run()
    assert race(at)
    (right,) = at.success
    assert "AdaGrad" in right.value and "ends lowest" in right.value
