"""ui.updates: what the parameter-update page reads from the race's paths and the MNIST losses,
the book's smoothing, the animated figure and the questions, without Streamlit."""

import numpy as np
import pandas as pd
import pytest

from engine.descent import f, optimizer_race
from ui.updates import described, mnist, notes, questions, race, rules

NAMES = {"sgd": "SGD", "momentum": "Momentum", "adagrad": "AdaGrad", "adam": "Adam"}
LABELS = {"title": "paths", "x": "x", "y": "y", "play": "Play", "pause": "Pause", "step": "step"}


def test_the_books_race_reads_as_the_book_describes_it():
    facts = notes.race_facts(optimizer_race())
    assert facts["sgd"]["turns_y"] == 30  # y changes sign at every step: the zigzag
    assert facts["momentum"]["turns_x"] >= 1  # it passes the minimum and swings back
    assert facts["adagrad"]["outcome"] == "arrived"
    assert facts["adagrad"]["step"] == 20  # f <= 0.01 from step 20 on
    assert {facts[r]["outcome"] for r in ("sgd", "momentum", "adam")} == {"moving"}
    keys = [key for key, _ in notes.race_notes(facts)]
    assert "updates.race_zigzag" in keys and "updates.race_overshoot" in keys
    assert notes.lowest_final_f(facts) == {"adagrad"}


def test_diverged_and_stalled_paths_are_told_apart():
    paths = optimizer_race({"sgd": 1.05, "adam": 0.001}, steps=30)
    facts = notes.race_facts(paths)
    # SGD at 1.05: x <- 0.895 x and y <- -1.1 y, so f_k = 49 * 0.895^2k / 20 + 4 * 1.21^k,
    # which passes ten times its start (64.5) at the first such k
    assert facts["sgd"]["outcome"] == "diverged"
    k = np.arange(31)
    f_k = 49 * 0.895 ** (2 * k) / 20 + 4 * 1.21**k
    assert facts["sgd"]["step"] == int(np.argmax(f_k > 64.5))
    assert facts["adam"]["outcome"] == "stalled"  # 30 steps of about 0.001 each
    assert notes.lowest_final_f(facts) == {"adam"}  # a diverged rule never wins
    assert [k for k, _ in notes.race_notes(facts)][0] == "updates.race_diverged"


def test_book_smooth_keeps_a_constant_and_spreads_an_impulse_as_a_kaiser_window():
    np.testing.assert_allclose(mnist.book_smooth(np.full(50, 0.7)), 0.7)
    impulse = np.zeros(41)
    impulse[20] = 1.0
    kernel = np.kaiser(11, 2.0)
    np.testing.assert_allclose(mnist.book_smooth(impulse)[15:26], kernel / kernel.sum())
    assert mnist.book_smooth(impulse)[:15].sum() == 0
    # at the start the curve is mirrored about its first point: x[1] stands in for x[-1]
    ramp = np.arange(30.0)
    w = kernel / kernel.sum()
    by_hand = sum(w[5 + j] * ramp[abs(j)] for j in range(-5, 6))
    assert mnist.book_smooth(ramp)[0] == pytest.approx(by_hand)
    short = np.array([1.0, 2.0, 3.0])
    np.testing.assert_array_equal(mnist.book_smooth(short), short)


def test_the_race_figure_replays_every_step_in_its_frames():
    paths = optimizer_race()
    fig = race.race_figure(paths, LABELS, NAMES, steps=30)
    assert len(fig.frames) == 31
    moving = [i for i, tr in enumerate(fig.data) if tr.name in NAMES.values()]
    assert list(fig.frames[0].traces) == moving
    for k in (0, 7, 30):
        lengths = [len(tr.x) for tr in fig.frames[k].data]
        assert lengths == [k + 1] * 4
    sgd = paths[paths["optimizer"] == "sgd"]
    np.testing.assert_array_equal(fig.frames[30].data[0].y, sgd["y"].to_numpy())
    assert fig.layout.sliders[0].active == 30 and len(fig.layout.sliders[0].steps) == 31
    contours = race.contour_lines()
    ellipses = pd.Series(contours["x"]).isna().cumsum()  # a gap after each level
    xs, ys = pd.Series(contours["x"]), pd.Series(contours["y"])
    groups = [g.dropna() for _, g in xs.groupby(ellipses) if g.notna().any()]
    for level, points in zip(race.LEVELS, groups, strict=True):
        on_it = f(points.to_numpy(float), ys[points.index].to_numpy(float))
        np.testing.assert_allclose(on_it, level, atol=0.01)  # f = c along its contour line


def test_the_page_shows_the_engines_own_update_code():
    own = {"sgd": "self.lr", "momentum": "self.momentum", "adagrad": "self.h", "adam": "lr_t"}
    for rule, marker in own.items():
        code = rules.engine_code(rule)
        assert code.startswith("def update(self, params")
        assert marker in code
        compile(code, rule, "exec")  # whole and dedented: it reads as Python


def frame_of(losses: dict[str, list[float]]) -> pd.DataFrame:
    rows = [
        {"optimizer": r, "iteration": i + 1, "loss": v}
        for r, values in losses.items()
        for i, v in enumerate(values)
    ]
    return pd.DataFrame(rows)


def test_the_mnist_question_names_the_lowest_mean_loss_of_the_last_iterations():
    question = questions.mnist_question(NAMES, iterations=200)
    losses = {"sgd": [1.0] * 200, "momentum": [0.5] * 200, "adagrad": [0.1] * 200}
    losses["adam"] = [0.9] * 100 + [0.102] * 100  # within LOSS_MARGIN of AdaGrad at the end
    verdict = question.judge(frame_of(losses))
    assert verdict.correct == {"adagrad", "adam"}
    assert set(verdict.wrong) == {"sgd", "momentum"}
    unfinished = frame_of({r: [1.0] * 50 for r in NAMES})
    assert question.judge(unfinished).correct == frozenset()


def test_the_race_question_is_judged_from_the_paths():
    question = questions.race_question(NAMES, steps=30)
    verdict = question.judge(optimizer_race())
    assert verdict.correct == {"adagrad"}
    assert set(verdict.wrong) == {"sgd", "momentum", "adam"}
    gone = questions.race_question({"sgd": "SGD"}, steps=30).judge(optimizer_race({"sgd": 5.0}))
    assert gone.correct == frozenset()  # every rule asked about diverged: no answer is right


def test_final_losses_are_the_mean_of_the_last_hundred():
    losses = {"sgd": list(range(300))}
    assert notes.final_losses(frame_of(losses))["sgd"] == pytest.approx(np.mean(range(200, 300)))
    table = mnist.comparison_table({"sgd": 0.21}, {"sgd": "SGD", "adam": "Adam"}, "abc")
    assert table.to_numpy().tolist() == [
        ["SGD", "0.210", "0.150–0.312"],
        ["Adam", "—", "0.010–0.050"],
    ]


def race_chart(lrs=None):
    paths = optimizer_race(lrs) if lrs else optimizer_race()
    names = {r: NAMES[r] for r in dict.fromkeys(paths["optimizer"])}
    return paths, described.race(race.race_figure(paths, LABELS, names, 30), paths, names)


def test_the_race_is_described_by_where_each_path_ends_and_what_it_did_on_the_way():
    paths, chart = race_chart()
    text = chart.description
    for rule, name in NAMES.items():
        last = paths[paths["optimizer"] == rule].iloc[-1]
        assert f"{name} after 30 steps ends at ({last['x']:.2f}, {last['y']:.2f})" in text
    sgd_y = paths[paths["optimizer"] == "sgd"]["y"].to_numpy()
    crossings = int(np.count_nonzero(np.sign(sgd_y[1:]) != np.sign(sgd_y[:-1])))
    assert f"it crossed y = 0 {crossings} times" in text  # the zigzag: 30 of 30 steps
    momentum_x = paths[paths["optimizer"] == "momentum"]["x"].to_numpy()  # starts at x = -7
    assert f"overshooting x = 0 by {momentum_x.max():.2f}" in text
    assert "below 0.01 from step 20 on" in text  # AdaGrad arrives
    assert text.startswith("paths. Every rule starts at (-7.00, 2.00), where f = 6.45")
    # The numbers table is the four paths, point by point: no contour line, no minimum mark.
    table, rows, _ = chart.numbers
    assert rows == 4 * 31 and "SGD" in table


def test_a_diverged_rule_is_described_as_such_and_the_words_follow_the_learning_rate():
    paths, chart = race_chart({"sgd": 1.05, "adam": 0.3})
    step = notes.race_facts(paths)["sgd"]["step"]
    assert f"SGD diverged: at step {step}" in chart.description
    assert "SGD after" not in chart.description
    assert race_chart({"sgd": 0.5})[1].description != race_chart({"sgd": 0.95})[1].description


def test_the_mnist_losses_are_described_lowest_mean_first():
    losses = {
        "sgd": [2.3] * 50 + [0.9] * 150,
        "momentum": [0.5] * 200,
        "adagrad": [0.1] * 200,
        "adam": [2.3] * 100 + [0.2] * 100,
    }
    frame = frame_of(losses)
    labels = {"title": "loss", "x": "iteration", "y": "loss"}
    fig = mnist.loss_figure(frame, labels, NAMES, 200)
    text = described.losses(fig, frame, NAMES).description
    assert (
        "Mean loss over the last 100 iterations, lowest first: "
        "AdaGrad 0.100, Adam 0.200, Momentum 0.500, SGD 0.900" in text
    )
    assert "SGD: from 2.30 at iteration 1 to 0.900 at iteration 200" in text  # the curve's ends
    short = frame_of({r: [1.0] * 10 for r in NAMES})
    fig = mnist.loss_figure(short, labels, NAMES, 10)
    assert "over the last 10 iterations" in described.losses(fig, short, NAMES).description
