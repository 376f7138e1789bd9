"""ui/pins.py, pure parts (issue 17, "Pin a run and compare"): a pin is the settings a run
trained with, read from and written to the address; a pinned run's figure is faded in under
the live one, labelled with its settings, without repeating a line both share."""

import plotly.graph_objects as go
import pytest

from ui.controls import Choice, FloatRange, IntRange, ParamError
from ui.pins import COLOURS, MAX_PINS, PinList, label, overlay, overlay_all

LAMBDA = FloatRange("lambda", 0.1, 0.0, 1.0, step=0.01)
EPOCHS = IntRange("epochs", 200, 1, 500)
OPT = Choice("optimizer", "sgd", ("sgd", "adam"))
PINS = PinList("pin", (), controls=(LAMBDA, EPOCHS, OPT))


def test_a_pin_is_the_settings_that_differ_from_the_books_and_reads_back_the_same():
    values = {"lambda": 0.3, "epochs": 200, "optimizer": "adam"}
    pin = PINS.pin_of(values, seed=7)
    assert pin == (("lambda", "0.3"), ("optimizer", "adam"), ("seed", "7"))
    book = PINS.pin_of({"lambda": 0.1, "epochs": 200, "optimizer": "sgd"}, seed=0)
    assert book == ()
    text = PINS.encode((pin, book))
    assert text == "lambda:0.3,optimizer:adam,seed:7;book"
    assert PINS.parse(text) == (pin, book)
    restored, seed = PINS.values_of(pin, {"lambda": 0.5, "epochs": 50, "optimizer": "sgd"})
    assert restored == {"lambda": 0.3, "epochs": 200, "optimizer": "adam"} and seed == 7
    assert label(pin) == "lambda=0.3, optimizer=adam, seed=7"


@pytest.mark.parametrize(
    "raw, kept",
    [
        ("lambda:0.3;nope:1", ((("lambda", "0.3"),),)),  # no such control
        ("lambda:7", ()),  # out of range
        ("lambda:0.3,lambda:0.4", ()),  # named twice
        ("lambda:[x](http://e.example)", ()),
        ("epochs:5;epochs:6;epochs:7;epochs:8", tuple((("epochs", str(e)),) for e in (5, 6, 7))),
        ("book;" * 50, ((),)),
    ],
)
def test_a_bad_pin_list_keeps_what_it_can_and_says_so(raw, kept):
    with pytest.raises(ParamError) as err:
        PINS.parse(raw)
    assert err.value.reason == "bad_pins" and err.value.used == kept
    assert len(err.value.used) <= MAX_PINS


def test_pins_are_no_control_a_lesson_locks():
    from ui.form import lockable

    assert lockable((LAMBDA, PINS)) == ("lambda",)


def lines(*ys, name="run", **extra) -> go.Figure:
    return go.Figure([go.Scatter(x=[0, 1, 2], y=y, mode="lines", name=name, **extra) for y in ys])


def test_a_pinned_run_is_faded_in_under_the_live_one_with_one_legend_entry_per_pin():
    live = lines([0.1, 0.5, 0.9], [0.1, 0.3, 0.4])
    pinned = lines([0.1, 0.2, 0.3], [0.1, 0.3, 0.4])  # its second line is the same baseline
    out = overlay(live, [("📌 lambda=0.3", COLOURS[0], pinned)])
    assert len(out.data) == 3  # the shared baseline is not drawn twice
    faded, *own = out.data
    assert list(faded.y) == [0.1, 0.2, 0.3] and faded.name == "📌 lambda=0.3"
    assert faded.line.color == COLOURS[0] and faded.opacity < 1 and faded.showlegend
    assert [list(t.y) for t in own] == [[0.1, 0.5, 0.9], [0.1, 0.3, 0.4]]  # on top, unchanged
    assert overlay(live, []) is live


def test_a_pinned_boundary_is_its_dotted_line_without_its_shading_or_points():
    z = [[0.0, 1.0], [0.0, 1.0]]
    pinned = go.Figure(
        [
            go.Heatmap(z=z),
            go.Contour(z=z, contours={"start": 0.5, "end": 0.5, "coloring": "none"}),
            go.Scatter(x=[0], y=[0], mode="markers"),
        ]
    )
    live = go.Figure([go.Heatmap(z=z)])
    (row,) = overlay_all([[live]], [("📌 book", COLOURS[1], [[pinned]])])  # a row of panels
    (panel,) = row
    kinds = [t.type for t in panel.data]
    assert kinds == ["contour", "heatmap"]
    assert panel.data[0].line.dash == "dot" and panel.data[0].line.color == COLOURS[1]


def test_beside_the_run_drawn_now_a_pin_is_labelled_by_what_it_does_differently():
    here = PINS.pin_of({"lambda": 0.5, "epochs": 60, "optimizer": "sgd"}, seed=0)
    pinned = PINS.pin_of({"lambda": 0.1, "epochs": 60, "optimizer": "sgd"}, seed=0)
    assert label(pinned) == "epochs=60"  # on its own: what differs from the book's
    assert label(pinned, here, PINS) == "lambda=0.1"  # beside λ = 0.5: the λ it had
    assert label(here, here, PINS) == "epochs=60, lambda=0.5"


def test_a_pinned_run_with_fewer_panels_is_faded_into_those_it_has():
    """The 2-D page draws a second boundary (the run without regularizers) only when one is
    on: a pin of a plain run beside a run with λ has one panel where the live row has two."""
    z = [[0.0, 1.0], [0.0, 1.0]]
    boundary = go.Figure([go.Contour(z=z, contours={"start": 0.5, "end": 0.5})])
    live = [[go.Figure([go.Heatmap(z=z)]), go.Figure([go.Heatmap(z=z)])], lines([0.1, 0.2, 0.3])]
    pinned = [[boundary], lines([0.1, 0.5, 0.9])]
    (main, reference), curves = overlay_all(live, [("📌 lambda=0", COLOURS[0], pinned)])
    assert [t.type for t in main.data] == ["contour", "heatmap"]
    assert [t.type for t in reference.data] == ["heatmap"]  # nothing of the pin's to draw
    assert len(curves.data) == 2
