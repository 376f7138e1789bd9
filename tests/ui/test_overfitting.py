"""The overfitting pages' pure parts: the panel and unit-grid builders, the curves figure, final
numbers, and the notes on runs that diverged or did not learn."""

import numpy as np
import pandas as pd
import pytest

from engine.walkthroughs import dropout_masks
from ui.controls import FloatRange
from ui.overfitting import curves, masks, outcome, section

LABELS = {
    "x": "epoch",
    "acc": "accuracy",
    "norm": "‖W‖",
    "train": "train",
    "test": "test",
    "gap": "gap {gap:.2f}",
}
NAMES = {"main": "λ = 0.1", "baseline": "λ = 0"}
MASK_LABELS = {
    "title": "one pass",
    "x": "unit",
    "layer": "layer {layer}",
    "kept": "kept",
    "dropped": "dropped",
    "share": "{percent}% kept",
}


def runs(epochs=10, *, main_test=0.5, base_test=0.6, main_norm=20.0, base_norm=35.0, drop=None):
    """Rows like engine.overfitting's: main and baseline, epochs 0..epochs; `drop` = (run, n)
    ends that run after epoch n (as a diverged run does)."""
    rows = []
    for run, test, norm in (("main", main_test, main_norm), ("baseline", base_test, base_norm)):
        for e in range(epochs + 1):
            if drop and drop[0] == run and e > drop[1]:
                break
            share = e / epochs
            rows.append(
                {
                    "run": run,
                    "epoch": e,
                    "train_acc": 0.1 + 0.9 * share,
                    "test_acc": 0.1 + (test - 0.1) * share,
                    "weight_norm": norm + (1 - share),
                }
            )
    return pd.DataFrame(rows)


# ------------------------------------------------------------------------ charts


@pytest.mark.parametrize("ratio", [0.0, 0.2, 0.5, 0.9])
def test_unit_grid_draws_one_row_per_layer_and_the_share_kept(ratio):
    units = dropout_masks(ratio, (100,) * 6, "book", 0)
    fig = masks.unit_grid(units, MASK_LABELS)
    z = np.asarray(fig.data[0].z, dtype=float)
    assert z.shape == (6, 100)
    assert z.mean() == pytest.approx(units["kept"].mean())
    assert abs(z.mean() - (1 - ratio)) < 0.06
    assert list(fig.data[0].y) == [f"layer {n}" for n in range(1, 7)]
    shares = [a.text for a in fig.layout.annotations]
    assert shares == [f"{round(100 * row.mean())}% kept" for row in z]
    assert fig.layout.yaxis.autorange == "reversed"  # layer 1 on top, as the data flows down
    assert [t.name for t in fig.data[1:]] == ["kept", "dropped"]  # the legend
    assert fig.layout.height >= 150 + 30 * 6


def test_unit_grid_hover_tells_kept_from_dropped_and_the_inverted_factor():
    units = dropout_masks(0.2, (20, 20), "inverted", 1)
    fig = masks.unit_grid(units, MASK_LABELS)
    z, text = np.asarray(fig.data[0].z), np.asarray(fig.data[0].text)
    assert set(text[z == 1]) == {"kept ×1.25"}
    assert set(text[z == 0]) == {"dropped"}
    book = masks.unit_grid(dropout_masks(0.2, (20, 20), "book", 1), MASK_LABELS)
    assert "kept" in set(np.asarray(book.data[0].text).ravel())  # book: kept units pass ×1


# ------------------------------------------------------------------------ ui.overfit


def legend(fig) -> list:
    """The accuracy panel's traces in legend order (legendrank)."""
    return sorted((t for t in fig.data if t.xaxis == "x"), key=lambda t: t.legendrank)


def test_curves_put_accuracy_beside_the_weight_norm_on_a_fixed_epoch_axis():
    fig = curves.accuracy_and_norm(runs(10), LABELS, NAMES, epochs=200)
    acc = legend(fig)
    norm = {t.name: t for t in fig.data if t.xaxis == "x2"}
    assert [t.name for t in acc] == [
        "λ = 0.1 · train",
        "λ = 0.1 · test",
        "λ = 0 · train",
        "λ = 0 · test",
    ]
    assert [t.line.dash for t in acc] == ["solid", "dash", "solid", "dash"]
    assert acc[0].line.color == norm["λ = 0.1"].line.color != acc[2].line.color  # per run
    assert norm["λ = 0"].line.color == acc[2].line.color
    assert sorted(norm) == ["λ = 0", "λ = 0.1"]
    assert all(t.showlegend is False for t in norm.values())
    assert list(fig.layout.xaxis.range) == [0, 200] == list(fig.layout.xaxis2.range)
    assert fig.layout.xaxis.domain[1] < fig.layout.xaxis2.domain[0]  # side by side
    left, right = fig.layout.xaxis.domain, fig.layout.xaxis2.domain
    assert (left[1] - left[0]) / (right[1] - right[0]) == pytest.approx(1.5)  # 0.6 : 0.4
    assert fig.layout.yaxis2.title.text == "‖W‖"
    assert fig.layout.yaxis2.rangemode == "tozero" and fig.layout.yaxis2.type == "linear"


def test_curves_draw_the_main_run_on_top_of_a_pale_baseline_so_equal_runs_both_show():
    frame = runs(3, main_test=0.6, base_test=0.6, main_norm=30.0, base_norm=30.0)
    fig = curves.accuracy_and_norm(frame, LABELS, NAMES, epochs=3)  # the two runs coincide
    for axis in ("x", "x2"):
        drawn = [t.name for t in fig.data if t.xaxis == axis]
        last = len([t for t in fig.data if t.xaxis == axis and t.name.startswith("λ = 0.1")])
        assert all(n.startswith("λ = 0.1") for n in drawn[-last:])  # main drawn last: on top
        assert not any(n.startswith("λ = 0.1") for n in drawn[:-last])
    main = [t for t in fig.data if t.name.startswith("λ = 0.1")]
    base = [t for t in fig.data if t.name.startswith("λ = 0 ") or t.name == "λ = 0"]
    assert len(main) == len(base) == 3
    assert all(t.opacity is None and t.line.width == 3 for t in main)
    assert all(t.opacity < 0.5 and t.line.width > 2 * 3 for t in base)  # a band around main
    alone = curves.accuracy_and_norm(frame[frame["run"] == "main"], LABELS, NAMES, epochs=3)
    assert all(t.opacity is None and t.line.width == 3 for t in alone.data)


def test_curves_turn_the_norm_axis_logarithmic_when_a_run_blows_up():
    frame = runs(5)
    frame.loc[frame.index[-1], "weight_norm"] = 5e10  # the epoch before a divergence
    fig = curves.accuracy_and_norm(frame, LABELS, NAMES, epochs=5)
    assert fig.layout.yaxis2.type == "log"
    assert fig.layout.yaxis2.dtick == 2  # norms from about 20 to 5e10: 9.4 decades, 5 ticks
    frame.loc[frame.index[-1], "weight_norm"] = 1e33  # lr 1 before the overflow, as seen
    crowded = curves.accuracy_and_norm(frame, LABELS, NAMES, epochs=5)
    assert crowded.layout.yaxis2.dtick == 7  # not a tick (and a label) per power of ten
    tame = curves.accuracy_and_norm(runs(5), LABELS, NAMES, epochs=5)
    assert tame.layout.yaxis2.type == "linear" and tame.layout.yaxis2.rangemode == "tozero"


def test_six_gaps_with_no_room_beside_the_curves_go_into_the_legend():
    frame = pd.concat(
        runs(10, main_test=0.9 + d, base_test=0.9 + d).assign(run=lambda f, d=d: f["run"] + str(d))
        for d in (0.0, 0.01, 0.02)
    ).reset_index(drop=True)
    fig = curves.accuracy_and_norm(frame, LABELS, {}, epochs=10)
    assert not fig.layout.annotations  # six labels under curves from 0.5 to 1: no room
    tests = [t.name for t in fig.data if t.xaxis == "x" and t.line.dash == "dash"]
    assert len(tests) == 6 and all(" · gap 0." in name for name in tests)


def test_gap_labels_stack_where_no_curve_runs_near_the_right_edge():
    """Issue 17.8: labels right-aligned at the last epoch, halfway between train and test,
    sat on the other run's curves. They stack (in the brackets' order, highest first) in a
    stretch of the axis that no curve crosses over the last epochs a label covers."""
    frame = runs(200, main_test=0.78, base_test=0.8)
    frame.loc[frame["run"] == "main", "train_acc"] *= 0.88  # ends at 0.88, as λ = 0.1 did
    fig = curves.accuracy_and_norm(frame, LABELS, NAMES, epochs=200)
    near = frame[frame["epoch"] >= 200 * (1 - curves.LABEL_SPAN)]
    ys = near[["train_acc", "test_acc"]].to_numpy().ravel()
    notes = list(fig.layout.annotations)
    assert [a.text for a in notes] == ["gap 0.20", "gap 0.10"]  # λ = 0 ends higher: first
    for a in notes:
        assert np.abs(ys - a.y).min() >= curves.LABEL_HALF + curves.CURVE_CLEARANCE - 1e-9
        assert a.x == 200 and a.xanchor == "right"
    assert notes[0].y - notes[1].y == pytest.approx(curves.GAP_LABEL_SEP)


def test_the_gap_lane_is_the_free_stretch_nearest_the_brackets():
    reach = curves.LABEL_HALF + curves.CURVE_CLEARANCE
    at = lambda *ys: np.array([[y, y] for y in ys])  # noqa: E731 (curves flat at these values)
    # curves at 0.3 and 0.8: one label fits below 0.3, between them, or above 0.8
    assert curves.gap_lane(at(0.3, 0.8), 1, wanted=0.55) == pytest.approx(0.55)
    top = curves.gap_lane(at(0.3, 0.8), 2, wanted=0.55)  # between them, centred
    assert top == pytest.approx(0.6) and top - curves.GAP_LABEL_SEP >= 0.3 + reach
    high = curves.gap_lane(at(0.3, 0.8), 2, wanted=0.9)  # above 0.8, under the top
    assert high <= curves.LABEL_TOP and high - curves.GAP_LABEL_SEP >= 0.8 + reach - 1e-9
    # no curve: anywhere on the axis, centred on the brackets
    assert curves.gap_lane(np.zeros((0, 2)), 2, wanted=0.5) == pytest.approx(0.55)
    # a curve climbing from 0.2 to 0.6 between two epochs crosses every value between
    assert curves.gap_lane(np.array([[0.2, 0.6]]), 1, wanted=0.4) <= 0.2 - reach + 1e-9
    # and no room at all: None (the gaps go into the legend)
    assert curves.gap_lane(np.array([[0.05, 0.95]]), 1, wanted=0.5) is None


def test_a_steep_last_segment_keeps_the_labels_off_it():
    """Seen at 390 px: a run climbing fast in its last epoch crossed the label's height between
    two samples, both outside it."""
    frame = runs(10)
    frame = frame[frame["run"] == "main"].copy()
    frame["test_acc"] = np.where(frame["epoch"] < 10, 0.3, 0.75)  # flat, then a jump
    fig = curves.accuracy_and_norm(frame, LABELS, NAMES, epochs=10)
    reach = curves.LABEL_HALF + curves.CURVE_CLEARANCE
    ((label,),) = [fig.layout.annotations]
    for column in ("train_acc", "test_acc"):  # every segment a label's width from the edge
        ys = frame[column].to_numpy()[4:]
        for low, high in zip(np.minimum(ys[:-1], ys[1:]), np.maximum(ys[:-1], ys[1:]), strict=True):
            assert not low - reach < label.y < high + reach, (column, low, high, label.y)


def test_one_legend_entry_per_run_keeps_both_lines_and_their_hover_names():
    fig = curves.accuracy_and_norm(runs(5), LABELS, NAMES, epochs=5, legend_per_run=True)
    acc = [t for t in fig.data if t.xaxis == "x"]
    # each run's entry names its gap: five labels on the plot found no room beside the curves
    assert sorted(t.name for t in acc if t.showlegend) == ["λ = 0 · gap 0.40", "λ = 0.1 · gap 0.50"]
    assert not fig.layout.annotations
    assert sorted(t.name for t in acc if t.showlegend is False) == [
        "λ = 0 · test",
        "λ = 0.1 · test",
    ]
    train = next(t for t in acc if t.name.startswith("λ = 0.1 · gap"))
    assert train.line.dash == "solid" and "λ = 0.1 · train" in train.hovertemplate
    assert {t.legendgroup for t in acc} == {"λ = 0", "λ = 0.1"}  # a click hides both lines


def test_curves_leave_out_rows_that_are_not_finite():
    frame = runs(5)
    frame.loc[3, ["test_acc", "weight_norm"]] = np.nan
    fig = curves.accuracy_and_norm(frame, LABELS, NAMES, epochs=5)
    for trace in fig.data:
        assert np.all(np.isfinite(np.asarray(trace.y, dtype=float)))


def test_final_numbers_are_each_runs_last_epoch_and_flag_runs_that_ended_early():
    numbers = outcome.final_numbers(runs(10, main_test=0.7, drop=("baseline", 4)), epochs=10)
    main, base = numbers["main"], numbers["baseline"]
    assert main["train"] == pytest.approx(1.0) and main["test"] == pytest.approx(0.7)
    assert main["gap"] == pytest.approx(0.3) and main["finished"]
    assert base["epoch"] == 4 and not base["finished"]


def test_metrics_show_the_gap_against_the_baseline_with_smaller_is_better_colours():
    items = outcome.metrics(runs(10, main_test=0.7, base_test=0.6), 10)
    labels = [i[0] for i in items]
    assert labels == ["Train accuracy", "Test accuracy", "Gap (train − test)", "Weight norm ‖W‖"]
    by_label = {i[0]: i for i in items}
    assert by_label["Gap (train − test)"][1:] == ("0.300", "-0.100", "inverse")
    assert by_label["Test accuracy"][1:] == ("0.700", "+0.100", "normal")
    # the weight norm keeps three significant digits (20.0, as 35.3 would show beside it)
    assert by_label["Weight norm ‖W‖"][1:] == ("20.0", "-15", "off")
    assert outcome.compared(runs(10), 10)


def test_a_smaller_gap_is_green_only_when_both_runs_learned():
    """Issue 17.2: λ = 0.3 trained a network stuck at chance (train 0.123, test 0.100); its tiny
    gap showed a green ↓ against the baseline that learned."""
    dead = runs(10, main_test=0.1, base_test=0.8)
    dead.loc[dead["run"] == "main", "train_acc"] = 0.123
    gap = {i[0]: i for i in outcome.metrics(dead, 10)}["Gap (train − test)"]
    assert gap[1:] == ("0.023", "-0.177", "off")  # a smaller gap, not coloured as good
    dead_base = runs(10, main_test=0.7, base_test=0.12)
    assert {i[0]: i for i in outcome.metrics(dead_base, 10)}["Gap (train − test)"][3] == "off"


def test_a_change_that_rounds_to_zero_is_neutral_not_a_rise():
    same = outcome.metrics(runs(10, main_test=0.6, base_test=0.6), 10)
    by_label = {i[0]: i for i in same}
    for label in ("Train accuracy", "Test accuracy", "Gap (train − test)"):
        assert by_label[label][2:] == ("±0.000", "off", "off")  # grey, no arrow
    assert by_label["Weight norm ‖W‖"][2:] == ("-15", "off")
    tiny = runs(10, main_test=0.6, base_test=0.6)
    tiny.loc[tiny["run"] == "main", "test_acc"] += 0.0004  # shows as 0.600 against 0.600
    assert {i[0]: i for i in outcome.metrics(tiny, 10)}["Test accuracy"][2] == "±0.000"
    tiny.loc[tiny["run"] == "main", "test_acc"] += 0.0002  # 0.601: a change
    assert {i[0]: i for i in outcome.metrics(tiny, 10)}["Test accuracy"][2:] == (
        "+0.001",
        "normal",
    )


def test_metrics_of_a_diverged_main_run_are_dashes_and_without_a_baseline_have_no_delta():
    items = outcome.metrics(runs(10, drop=("main", 3)), 10)
    assert {i[1] for i in items} == {"—"}
    alone = runs(10)
    alone = alone[alone["run"] == "main"]
    assert all(i[2] is None for i in outcome.metrics(alone, 10))
    assert not outcome.compared(alone, 10)
    assert not outcome.compared(runs(10, drop=("baseline", 3)), 10)


def test_no_notes_for_runs_that_learned():
    assert outcome.trouble_notes(runs(100), {}, epochs=100) == []


def test_a_diverged_run_gets_the_learning_rate_hint_unless_the_explainer_has_a_note_on_it():
    frame = runs(10, drop=("main", 3))
    notes = outcome.trouble_notes(frame, {"main": 4}, epochs=10)
    assert [k for k, _ in notes] == ["overfit.diverged_hint"]
    # ui.diagnosis says where and why (a result stored without layer health: it cannot).
    assert outcome.trouble_notes(frame, {"main": 4}, epochs=10, explained={"main"}) == []


def test_stuck_runs_get_the_training_settings_note_unless_explained():
    frame = runs(200, main_test=0.11, base_test=0.1)
    notes = outcome.trouble_notes(frame, {}, epochs=200)
    assert [(k, a["run"]) for k, a in notes] == [
        ("overfit.stuck_training", "main"),
        ("overfit.stuck_training", "baseline"),
    ]
    assert notes[0][1] == {"run": "main", "test": pytest.approx(0.11), "epoch": 200}
    # A strong lambda or ratio is named by ui.diagnosis (decay_too_strong, ...): no second note.
    explained = outcome.trouble_notes(frame, {}, epochs=200, explained=frozenset({"main"}))
    assert [(k, a["run"]) for k, a in explained] == [("overfit.stuck_training", "baseline")]


def test_too_few_epochs_is_not_called_stuck():
    notes = outcome.trouble_notes(runs(5, main_test=0.12), {}, epochs=5)
    assert [k for k, _ in notes] == ["overfit.early"]


def test_a_partial_frame_gets_no_stuck_note():
    frame = runs(200, main_test=0.1)
    partial = frame[frame["epoch"] <= 100]  # stopped halfway
    assert outcome.trouble_notes(partial, {}, epochs=200) == []


def test_the_controls_carry_the_books_settings_after_the_pages_own():

    controls = section.controls(FloatRange("lambda", 0.1, 0.0, 1.0), epochs=200)
    defaults = {c.name: c.default for c in controls if c.name != "pin"}
    assert controls[-1].name == "pin" and controls[-1].default == ()  # no run pinned
    assert defaults == {
        "lambda": 0.1,
        "epochs": 200,
        "compare": True,
        "train_size": 300,
        "layers": 6,
        "width": 100,
        "optimizer": "sgd",
        "lr": 0.01,
    }
    lr = next(c for c in controls if c.name == "lr")
    assert 0.01 in lr.options


def test_curves_mark_each_runs_latest_gap_in_its_colour():
    fig = curves.accuracy_and_norm(runs(10, main_test=0.7, base_test=0.6), LABELS, NAMES, epochs=20)
    brackets = [s for s in fig.layout.shapes if s.type == "line"]
    assert [(s.xanchor, s.y0, s.y1) for s in brackets] == [
        (10, pytest.approx(0.7), pytest.approx(1.0)),
        (10, pytest.approx(0.6), pytest.approx(1.0)),
    ]
    assert all(s.xref == "x" and s.yref == "y" for s in brackets)  # on the accuracy panel
    acc = legend(fig)
    assert [s.line.color for s in brackets] == [acc[0].line.color, acc[2].line.color]
    assert [a.text for a in fig.layout.annotations] == ["gap 0.30", "gap 0.40"]


def test_a_diverged_run_gets_no_gap_bracket_and_close_labels_move_apart():
    frame = runs(10, main_test=0.5, base_test=0.5, drop=("main", 3))
    fig = curves.accuracy_and_norm(frame, LABELS, NAMES, epochs=10)
    assert [a.text for a in fig.layout.annotations] == ["gap 0.50"]  # the baseline's only
    near = runs(10, main_test=0.5, base_test=0.51)
    close = curves.accuracy_and_norm(near, LABELS, NAMES, epochs=10)
    ys = sorted(a.y for a in close.layout.annotations)
    assert ys[1] - ys[0] >= curves.GAP_LABEL_SEP - 1e-9
    brackets = [s for s in close.layout.shapes if s.type == "line"]
    assert [s.x0 for s in brackets] == [0, 5]  # side by side, in pixels, not on top
    assert {s.xanchor for s in brackets} == {10}
