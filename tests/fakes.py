"""Fake training experiments for the live-training tests: importable, so a trainer process can
run them by name like the engine's own ("tests.fakes:fake")."""

from __future__ import annotations

import time

from engine.progress import Progress


def fake(epochs=4, diverge_at=None, fail=False, seconds=0.0, seed=0):
    """Epochs of a run "a" with loss 1 / (epoch + 1); it may diverge at `diverge_at`, raise at
    epoch 2 (`fail`) or take `seconds` per epoch. seed only tells settings apart."""
    rows = []
    for epoch in range(epochs + 1):
        if fail and epoch == 2:
            raise ValueError("epochs must be an integer from 1 to 3, got 4")
        if epoch == diverge_at:
            yield Progress(1.0, rows, len(rows), {"a": epoch})
            return
        time.sleep(seconds)
        rows.append({"run": "a", "epoch": epoch, "loss": 1.0 / (epoch + 1), "seed": seed})
        yield Progress((epoch + 1) / (epochs + 1), rows, len(rows), {})


def noisy(epochs=3, seed=0):
    """Like fake, but every epoch writes to the process's stdout the ways a library might: a
    print and a child process (both must not reach the trainer's message stream)."""
    import os

    for progress in fake(epochs=epochs, seed=seed):
        print("a stray print")
        os.system("echo a child process writing")
        yield progress


COMPUTED: dict[int, int] = {}  # seed -> epochs `counted` computed (trainer threads share it)


def counted(epochs=4, seconds=0.0, seed=0):
    """fake, counting in COMPUTED every epoch it computes (a run parked and continued must
    not compute an epoch twice)."""
    for progress in fake(epochs=epochs, seconds=seconds, seed=seed):
        COMPUTED[seed] = COMPUTED.get(seed, 0) + 1
        yield progress
