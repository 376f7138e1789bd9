"""AppTest: the 2-D page (two moons, the decision boundary), opened like shared links. The page
trains as soon as it opens (a run costs a second or two), so every test sees a finished run.

Raggedness is measured here on the heatmap the page sends, independently of the page's own
count: the pieces the line P = 0.5 cuts the plane into, and the length of that line along the
grid (the sides between cells of different classes)."""

import numpy as np
import pytest

from tests.helpers import figures, metrics, open_page, texts, values, warnings, widget

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")
PLANE = "pages/plane.py"


def boundaries(at) -> list[dict]:
    """The boundary figures, in panel order (this run, then the reference)."""
    return [f for f in figures(at) if any(tr["type"] == "heatmap" for tr in f["data"])]


def grid_of(fig) -> np.ndarray:
    (heat,) = [tr for tr in fig["data"] if tr["type"] == "heatmap"]
    return values(heat["z"]).reshape(61, 61)


def pieces(grid: np.ndarray) -> int:
    """Connected areas (4-neighbours) of one predicted class, by flood fill."""
    mask = grid > 0.5
    seen = np.zeros(mask.shape, bool)
    count = 0
    for start in np.ndindex(mask.shape):
        if seen[start]:
            continue
        count += 1
        stack, seen[start] = [start], True
        while stack:
            i, j = stack.pop()
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= a < 61 and 0 <= b < 61 and not seen[a, b] and mask[a, b] == mask[i, j]:
                    seen[a, b] = True
                    stack.append((a, b))
    return count


def line_length(grid: np.ndarray) -> int:
    """Sides between neighbouring cells of different classes: the boundary's length on the grid."""
    mask = grid > 0.5
    return int((mask[1:] != mask[:-1]).sum() + (mask[:, 1:] != mask[:, :-1]).sum())


def link_warnings(at) -> list[str]:
    return [w for w in warnings(at) if w.startswith("The link's")]


def subtitle(fig) -> str:
    return fig["layout"]["title"]["subtitle"]["text"]


def test_the_defaults_train_at_once_and_show_a_ragged_boundary_around_single_points():
    at = open_page(PLANE)
    assert not at.exception and not link_warnings(at)
    assert at.title[0].value == "Chapter 6 in 2-D: the decision boundary"
    assert widget(at, "segmented_control", "Initial weights").value == "he"
    assert widget(at, "segmented_control", "Activation").value == "relu"
    assert widget(at, "toggle", "Batch Normalization").value is False
    assert widget(at, "slider", "Weight decay λ").value == 0.0
    assert widget(at, "slider", "Dropout ratio").value == 0.0
    assert widget(at, "slider", "Training points").value == 100
    assert widget(at, "slider", "Noise").value == 0.4
    assert widget(at, "slider", "Epochs").value == 500
    assert widget(at, "segmented_control", "Optimizer").value == "sgd"
    assert widget(at, "select_slider", "Learning rate (log scale)").value == 0.1
    assert dict(at.query_params) == {}
    (fig,) = boundaries(at)  # no regularizer: no reference beside it
    grid = grid_of(fig)
    assert pieces(grid) > 2  # islands cut off around single points
    assert subtitle(fig) == f"epoch 500 · {pieces(grid)} pieces"
    shown = metrics(at)
    assert float(shown["Train accuracy"][0]) >= 0.95 > 0.9 > float(shown["Test accuracy"][0])
    assert any(w.startswith("The net (no regularizer) memorized its points") for w in warnings(at))
    assert "What to look for" in texts(at)


def test_weight_decay_smooths_the_boundary_beside_the_same_net_without_it():
    at = open_page(PLANE)
    ragged = grid_of(boundaries(at)[0])
    widget(at, "slider", "Weight decay λ").set_value(0.01).run()
    assert not at.exception
    assert dict(at.query_params) == {"lambda": "0.01"}
    main, reference = boundaries(at)
    assert main["layout"]["title"]["text"] == "λ = 0.01"
    assert reference["layout"]["title"]["text"] == "without λ and dropout"
    smooth = grid_of(main)
    assert pieces(smooth) == 2 < pieces(ragged)  # one line between the two moons
    assert line_length(smooth) < line_length(ragged)
    # The reference is the run the page showed before: same points, weights, mini-batches.
    np.testing.assert_array_equal(grid_of(reference), ragged)
    shown = metrics(at)
    assert shown["Weight norm ‖W‖"][1].startswith("-")  # weight decay shrank the weights
    assert shown["Gap (train − test)"][1].startswith("-")  # and the gap
    assert "the change against without λ and dropout" in texts(at)


def test_dropout_smooths_it_too_and_the_reference_stays_ragged():
    at = open_page(PLANE, dropout="0.5")
    assert not at.exception and not link_warnings(at)
    main, reference = boundaries(at)
    assert main["layout"]["title"]["text"] == "dropout 0.5"
    assert pieces(grid_of(main)) == 2 < pieces(grid_of(reference))
    assert line_length(grid_of(main)) < line_length(grid_of(reference))


def test_a_tiny_initial_scale_stalls_sgd_and_batch_normalization_rescues_it():
    at = open_page(PLANE, init="0.01", epochs="200")
    flat = grid_of(boundaries(at)[0])
    assert pieces(flat) == 1 and np.ptp(flat) < 0.01  # one class everywhere, nothing learned
    # ui.diagnosis explains it (chance for two classes is 0.5) and offers both fixes.
    (why,) = [w for w in warnings(at) if "ended near chance" in w]
    assert "accuracy 0.5" in why and "With std 0.01" in why and "He initialization" in why
    fixes = [b.label for b in at.button if b.key and b.key.startswith("fix:")]
    assert fixes == ["Set the initial weight std to He", "Turn on Batch Normalization"]
    widget(at, "toggle", "Batch Normalization").set_value(True).run()
    assert pieces(grid_of(boundaries(at)[0])) == 2
    assert float(metrics(at)["Test accuracy"][0]) > 0.8
    assert not any("ended near chance" in w for w in warnings(at))


def test_url_parameters_restore_every_control():
    params = {
        "init": "xavier",
        "activation": "tanh",
        "bn": "1",
        "lambda": "0.02",
        "dropout": "0.1",
        "compare": "0",
        "test_points": "1",
        "train_size": "40",
        "noise": "0.3",
        "layers": "2",
        "width": "16",
        "optimizer": "adam",
        "lr": "0.01",
        "epochs": "30",
        "seed": "3",
    }
    at = open_page(PLANE, **params)
    assert not at.exception and not link_warnings(at)
    assert widget(at, "segmented_control", "Initial weights").value == "xavier"
    assert widget(at, "segmented_control", "Activation").value == "tanh"
    assert widget(at, "toggle", "Batch Normalization").value is True
    assert widget(at, "slider", "Weight decay λ").value == 0.02
    assert widget(at, "slider", "Dropout ratio").value == 0.1
    assert widget(at, "toggle", "Beside it: without λ and dropout").value is False
    assert widget(at, "toggle", "Show the test points").value is True
    assert widget(at, "slider", "Training points").value == 40
    assert widget(at, "slider", "Noise").value == 0.3
    assert widget(at, "slider", "Hidden layers").value == 2
    assert widget(at, "slider", "Units per layer").value == 16
    assert widget(at, "segmented_control", "Optimizer").value == "adam"
    assert widget(at, "select_slider", "Learning rate (log scale)").value == 0.01
    assert widget(at, "slider", "Epochs").value == 30
    assert dict(at.query_params) == params
    (expander,) = [e for e in at.expander if "points, noise" in e.label]  # not the lesson panel
    assert expander.label.endswith(
        "40 points, noise 0.3, 2 × 16 units, Adam, learning rate 0.01, 30 epochs"
    )
    (fig,) = boundaries(at)  # compare=0: no reference
    assert subtitle(fig).startswith("epoch 30 ·")
    test_points = [tr for tr in fig["data"] if tr["type"] == "scatter" and "test" in tr["name"]]
    assert sum(len(values(tr["x"])) for tr in test_points) == 400


@pytest.mark.parametrize(
    ("param", "raw", "used", "words"),
    [
        ("lambda", "5", "0.1", "outside 0.0 to 0.1"),
        ("init", "huge", "he", "huge"),
        ("epochs", "lots", "500", "not a number"),
        ("dropout", "0.33", "0.35", "step of 0.05"),
    ],
)
def test_a_bad_value_is_warned_naming_the_parameter_and_the_value_used(param, raw, used, words):
    at = open_page(PLANE, **{param: raw})
    assert not at.exception
    (warning,) = link_warnings(at)
    assert param in warning and words in warning and used in warning
    assert at.query_params.get(param, None) in (used, None)  # the URL shows what is used
    assert boundaries(at)  # the page still trains and draws


def test_a_link_that_would_cost_too_much_trains_fewer_epochs_and_says_so():
    big = {"train_size": "200", "layers": "5", "width": "128", "bn": "1", "lambda": "0.05"}
    at = open_page(PLANE, **big, epochs="1000")
    assert not at.exception
    epochs = widget(at, "slider", "Epochs").value
    assert 10 <= epochs < 500
    assert at.query_params["epochs"] == str(epochs)
    assert f"At most {epochs} epochs with these settings" in texts(at)
    assert all(subtitle(fig).startswith(f"epoch {epochs} ·") for fig in boundaries(at))


def test_showing_the_test_points_redraws_the_same_run():
    at = open_page(PLANE, epochs="100")
    before = grid_of(boundaries(at)[0])
    widget(at, "toggle", "Show the test points").set_value(True).run()
    (fig,) = boundaries(at)
    np.testing.assert_array_equal(grid_of(fig), before)  # not trained again
    hollow = [tr for tr in fig["data"] if tr["type"] == "scatter" and "test" in tr["name"]]
    assert [tr["marker"]["symbol"] for tr in hollow] == ["circle-open", "triangle-up-open"]
    assert at.query_params["test_points"] == "1"


def test_the_page_in_traditional_chinese():
    at = open_page(PLANE, lang="zh-TW", epochs="50", **{"lambda": "0.01"})
    assert not at.exception
    assert at.title[0].value == "二維平面上的第 6 章：決策邊界"
    assert widget(at, "slider", "權重衰減 λ").value == 0.01
    assert widget(at, "toggle", "批次正規化").value is False
    main, reference = boundaries(at)
    assert reference["layout"]["title"]["text"] == "不加 λ 與 Dropout"
    assert subtitle(main).startswith("第 50 個訓練週期 · ") and subtitle(main).endswith("塊區域")
    assert "訓練資料準確率" in metrics(at)
    page = texts(at)
    assert "觀察重點" in page and "權重衰減把它拉直" in page


def test_the_sidebar_language_switch_changes_the_page():
    at = open_page(PLANE, epochs="50")
    at.sidebar.segmented_control[0].set_value("zh-TW").run()
    assert at.title[0].value == "二維平面上的第 6 章：決策邊界"
    assert widget(at, "slider", "Dropout 比例").value == 0.0
    assert at.query_params["lang"] == "zh-TW"


def test_a_learning_rate_far_too_large_is_explained_and_the_fix_button_sets_it_back():
    at = open_page(PLANE, lr=1, epochs=100)
    found = [w for w in warnings(at) if "layer 1" in w and "activation std" in w]
    assert found and "learning rate of 1 is too large" in found[0], warnings(at)
    (fix,) = [b for b in at.button if b.key and b.key.startswith("fix:")]
    assert fix.label == "Set the learning rate to 0.1"
    fix.click().run()
    assert widget(at, "select_slider", "Learning rate (log scale)").value == 0.1
    assert "lr" not in at.query_params  # 0.1 is the page's default: the link drops it
    assert not [w for w in warnings(at) if "activation std" in w]
    assert float(metrics(at)["Test accuracy"][0]) > 0.8
