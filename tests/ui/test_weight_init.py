"""The notes the weight-initialization page makes match the book's phenomena."""

import numpy as np
import pandas as pd

from engine.histograms import activation_distributions
from ui.weight_init.notes import activation_insights


def notes(activation, std, *, book_range=False, gradients=False, layers=5, nodes=100):
    value_range = (0.0, 1.0) if book_range else None
    r = activation_distributions(
        layers=layers,
        nodes=nodes,
        activation=activation,
        weight_init_std=std,
        gradients=gradients,
        value_range=value_range,
        seed=0,
    )
    return dict(
        activation_insights(
            r.stats, r.histograms, activation=activation, nodes=nodes, book_range=book_range
        )
    )


def test_sigmoid_std1_saturates():
    found = notes("sigmoid", 1.0)
    assert set(found) == {"init.see_saturated"}
    assert 60 <= found["init.see_saturated"]["percent"] <= 80  # book: 64-77 %


def test_sigmoid_std001_makes_every_unit_alike():
    found = notes("sigmoid", 0.01)
    assert "init.see_alike" in found
    assert float(found["init.see_alike"]["std"]) < 0.02 and found["init.see_alike"]["nodes"] == 100


def test_relu_std001_kills_the_signal():
    found = notes("relu", 0.01)
    assert found["init.see_dead"]["layer"] == 3  # std 0.058, 0.0042, 0.00028: gone by layer 3
    assert "init.see_shrink" not in found


def test_relu_std1_explodes():
    found = notes("relu", 1.0)
    assert "init.see_explode" in found and "init.see_healthy" not in found


def test_relu_xavier_shrinks_and_relu_he_holds():
    assert "init.see_shrink" in notes("relu", "xavier")
    he = notes("relu", "he")
    assert set(he) == {"init.see_healthy"}


def test_book_range_notes_what_it_cuts_off():
    found = notes("relu", 1.0, book_range=True)
    assert found["init.see_outside"]["percent"] > 40
    assert "init.see_outside" not in notes("sigmoid", "xavier", book_range=True)


def test_gradient_note_says_which_way_the_gradient_goes_backwards():
    xavier = notes("sigmoid", "xavier", gradients=True)  # std 0.24 at layer 5, 0.0006 at 1
    assert xavier["init.see_grad_shrink"]["layers"] == 5
    assert notes("sigmoid", 10.0, gradients=True).keys() >= {"init.see_grad_grow"}
    assert "init.see_grad_hold" in notes("sigmoid", 1.0, gradients=True)  # 0.106 -> 0.086


def test_overflowed_layers_are_named_and_no_nan_reaches_a_note():
    stats = pd.DataFrame(
        {
            "quantity": "activation",
            "layer": [1, 2, 3],
            "mean": [1.0, 1e30, np.nan],
            "std": [2.0, 3e30, np.nan],
            "saturated": np.nan,
            "zeros": [0.5, 0.5, 0.0],
        }
    )
    found = dict(
        activation_insights(stats, stats.iloc[:0], activation="relu", nodes=100, book_range=False)
    )
    assert found["init.see_overflow"] == {"layer": 3}
    assert "nan" not in str(found).lower()
