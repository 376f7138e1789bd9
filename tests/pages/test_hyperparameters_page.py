"""AppTest: the hyperparameter-search page (section 6.5), opened like shared links. A small
search (10 trials of 5 epochs) trains through the shared trainers; what the page shows is
checked against the search's own rows, read from its figures."""

import numpy as np
import pytest

from tests.helpers import figures, metrics, open_page, texts, train, values, warnings, widget

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")
PAGE = "pages/hyperparameters.py"
SMALL = {"trials": "10", "epochs": "5"}


def scatter(at):
    return next(f for f in figures(at) if "learning rate against" in f["layout"]["title"]["text"])


def test_the_book_search_is_the_default_and_its_cost_is_said_before_it_starts():
    at = open_page(PAGE)
    assert not at.exception and not warnings(at)
    assert widget(at, "slider", "Trials").value == 100
    assert widget(at, "slider", "Epochs per trial").value == 50
    assert widget(at, "slider", "Learning rate: powers of ten").value == (-6.0, -2.0)
    assert widget(at, "slider", "Weight decay λ: powers of ten").value == (-8.0, -4.0)
    cost = next(i.value for i in at.info if "What this search costs" in i.value)
    assert "100 trials × 50 epochs = 5,000 epochs" in cost
    assert "20,000 SGD steps" in cost and "capped at 5,000 epochs" in cost
    assert [b.label for b in at.button if b.key == "live:hyperparameters:action"] == ["Train"]
    assert "lr from 1.00\u00a0×\u00a010⁻⁶ to 0.0100" in texts(at)  # no-break spaces (ui.numbers)


def test_a_small_search_fills_the_scatter_ranks_the_trials_and_tests_the_best_once():
    at = train(open_page(PAGE, **SMALL))
    points = scatter(at)["data"][0]
    lr, val = values(points["x"]), values(points["marker"]["color"])
    assert len(lr) == 10 and np.all((lr >= 1e-6) & (lr <= 1e-2))
    curves = next(f for f in figures(at) if f["layout"]["title"]["text"].startswith("The best"))
    panel_titles = [a["text"] for a in curves["layout"]["annotations"]]
    assert len(panel_titles) == 10 and panel_titles[0] == f"#1 · {val.max():.2f}"
    shown = metrics(at)
    best_val = float(next(v for k, (v, _) in shown.items() if k.startswith("Best validation")))
    assert best_val == pytest.approx(val.max(), abs=0.005)
    test_value, delta = shown["Its test accuracy, measured once"]
    assert 0 <= float(test_value) <= 1 and "against validation" in delta
    assert "The best 3 trials" in texts(at)
    downloads = [b.label for b in at.get("download_button")]
    assert "Download the trials (CSV)" in downloads and "Download CSV" in downloads


def test_narrow_the_range_moves_both_sliders_to_the_best_trials_and_searches_again():
    at = train(open_page(PAGE, **SMALL))
    lr = values(scatter(at)["data"][0]["x"])
    val = values(scatter(at)["data"][0]["marker"]["color"])
    best_lr = np.log10(lr[np.argsort(-val, kind="stable")[:3]])
    (button,) = [b for b in at.button if b.key == "hyper:narrow"]
    button.click().run()
    assert not at.exception
    low, high = widget(at, "slider", "Learning rate: powers of ten").value
    assert low <= best_lr.min() - 0.1 + 1e-9 and high >= best_lr.max() + 0.1 - 1e-9
    assert high - low < 4.0  # narrower than the book's range
    assert at.query_params["lr_range"] == f"{low:g},{high:g}"
    # the reader has trained here: the new range searches at once
    assert scatter(at)["layout"]["xaxis"]["range"] == pytest.approx([low - 0.25, high + 0.25])


def test_a_link_sets_the_ranges_and_a_bad_range_is_warned():
    at = open_page(PAGE, lr_range="-3,-2", decay_range="-6,-5")
    assert not at.exception and not warnings(at)
    assert widget(at, "slider", "Learning rate: powers of ten").value == (-3.0, -2.0)
    bad = open_page(PAGE, lr_range="-12,-2")
    (warning,) = warnings(bad)
    assert "lr_range" in warning and "-8,-2" in warning


def test_the_page_in_traditional_chinese():
    at = open_page(PAGE, lang="zh-TW")
    assert not at.exception
    assert at.title[0].value == "超參數搜尋：驗證資料與隨機試驗"
    assert "為什麼不能用測試資料調整？" in [h.value for h in at.header]
    assert any("這次搜尋的成本" in i.value for i in at.info)


def test_a_lesson_asks_about_the_test_accuracy_first_and_judges_it_from_the_search():
    at = open_page(PAGE, ask="test", **SMALL)
    assert not at.exception
    (radio,) = [r for r in at.radio if r.key and r.key.startswith("predict:")]
    assert [o.split(" · ")[1] for o in radio.options] == [
        "Lower than its validation accuracy",
        "About the same (within 0.02)",
        "Higher than its validation accuracy",
    ]
    radio.set_value("lower")
    next(b for b in at.button if b.label == "Answer and reveal").click().run()
    at = train(at)
    shown = metrics(at)
    val = float(next(v for k, (v, _) in shown.items() if k.startswith("Best validation")))
    test = float(shown["Its test accuracy, measured once"][0])
    diff = test - val
    expected = "same" if abs(diff) < 0.02 else "lower" if diff < 0 else "higher"
    verdicts = [s.value for s in at.success] + [w for w in warnings(at) if "Not this time" in w]
    assert len(verdicts) == 1
    assert verdicts[0].startswith("**Right") == (expected == "lower")
