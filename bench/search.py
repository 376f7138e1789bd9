"""What the book's hyperparameter search costs on this machine, beside a peer measured in the
same run (the load of a shared machine moves every number; the ratio moves less).

    python bench/search.py                  # the book's 100 trials x 50 epochs, then the peer
    python bench/search.py --trials 20      # a quicker look (the cost is linear in trials)

Timed in this process, one BLAS thread (as the server's trainers run): the search at the
book's settings (engine.search.hyperparameter_search: 500 digits, 784-100x6-10, 50 epochs of 4
SGD steps and an accuracy pass over all 500 digits) and the peer, the weight-decay page's book
run (engine.experiments.overfitting at its defaults: 300 digits, 200 epochs of 3 steps and a
pass over 300 + 1,000 digits), each --repeats times, alternating. Reported, in wall seconds and
in CPU seconds of this process (which a busy machine stretches less): each one's median, the
search's seconds per trial-epoch (what ui/hyperparameters/section.py quotes before a search
starts), the ratio search / peer, and the 1-minute load average before and after.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine.experiments import overfitting  # noqa: E402
from engine.progress import finish  # noqa: E402
from engine.search import hyperparameter_search  # noqa: E402


def seconds(call) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of call()."""
    start, cpu = time.perf_counter(), time.process_time()
    call()
    return time.perf_counter() - start, time.process_time() - cpu


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--trials", type=int, default=100)
    p.add_argument("--epochs", type=int, default=50)
    p.add_argument("--repeats", type=int, default=2)
    args = p.parse_args(argv)
    load_before = os.getloadavg()[0]
    search, peer = [], []
    for r in range(args.repeats):
        search.append(
            seconds(
                lambda r=r: finish(
                    hyperparameter_search(trials=args.trials, epochs=args.epochs, seed=100 + r)
                )
            )
        )
        peer.append(seconds(lambda r=r: finish(overfitting(weight_decay_lambda=0.1, seed=r))))
        print(
            f"repeat {r}: search {search[-1][0]:.1f} s ({search[-1][1]:.1f} CPU-s), "
            f"peer {peer[-1][0]:.2f} s ({peer[-1][1]:.2f} CPU-s)",
            flush=True,
        )
    for i, what in enumerate(("wall", "CPU")):
        s, q = statistics.median(x[i] for x in search), statistics.median(x[i] for x in peer)
        per_epoch = s / args.trials / args.epochs
        print(f"{what}: search, {args.trials} trials x {args.epochs} epochs: {s:.1f} s (median)")
        print(f"  per trial {s / args.trials:.3f} s, per trial-epoch {per_epoch:.4f} s")
        print(
            f"  peer, the weight-decay page's book run: {q:.2f} s; ratio search / peer {s / q:.1f}"
        )
    print(f"load average (1 min): {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")


if __name__ == "__main__":
    main()
