"""What the chapter's two training experiments cost on this machine, beside a peer measured in
the same run (the load of a shared machine moves every number; the ratio moves less), and
beside what engine.cost's model says they cost (the queue's wait and the per-run cap use it).

    python bench/search.py                  # the book's 100 trials x 50 epochs, then the rest
    python bench/search.py --trials 20      # a quicker look (the cost is linear in trials)

Timed in this process, one BLAS thread (as the server's trainers run): the search at the
book's settings (engine.search.hyperparameter_search: 500 digits, 784-100x6-10, 50 epochs of 4
SGD steps and an accuracy pass over all 500 digits), the parameter-update page's MNIST
comparison (engine.experiments.optimizer_comparison: four 784-100x4-10 nets, 2,000 minibatches
of 128) and the peer, the weight-decay page's book run (engine.experiments.overfitting at its
defaults: 300 digits, 200 epochs of 3 steps and a pass over 300 + 1,000 digits), each
--repeats times, alternating. Reported, in wall seconds and in CPU seconds of this process
(which a busy machine stretches less): each one's median, the search's seconds per trial-epoch
(what ui/hyperparameters/section.py quotes before a search starts), the ratio to the peer,
engine.cost.run_seconds for the same arguments and measured CPU / model, and the 1-minute load
average before and after.
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

from engine.cost import run_seconds  # noqa: E402
from engine.data import load_mnist  # noqa: E402
from engine.experiments import optimizer_comparison, overfitting  # noqa: E402
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
    p.add_argument("--iterations", type=int, default=2000)
    p.add_argument("--repeats", type=int, default=2)
    args = p.parse_args(argv)
    load_before = os.getloadavg()[0]
    data = load_mnist()
    runs = {  # name -> (experiment, its arguments)
        "search": (hyperparameter_search, {"trials": args.trials, "epochs": args.epochs}),
        "optimizers": (optimizer_comparison, {"iterations": args.iterations}),
        "peer": (overfitting, {"weight_decay_lambda": 0.1}),
    }
    timed: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
    for r in range(args.repeats):
        for name, (experiment, kwargs) in runs.items():
            call = lambda e=experiment, k=kwargs, r=r: finish(e(**k, seed=100 + r))  # noqa: E731
            timed[name].append(seconds(call))
        print(f"repeat {r}: " + ", ".join(f"{n} {t[-1][1]:.1f} CPU-s" for n, t in timed.items()))
    for i, what in enumerate(("wall", "CPU")):
        median = {name: statistics.median(x[i] for x in timed[name]) for name in runs}
        print(f"{what} seconds (median of {args.repeats}):")
        for name, (experiment, kwargs) in runs.items():
            model = run_seconds(experiment.__name__, kwargs, data.train_size, data.test_size)
            print(
                f"  {name}: {median[name]:.2f} s, {median[name] / median['peer']:.1f} x the peer; "
                f"engine.cost {model:.2f} s, measured / model {median[name] / model:.2f}"
            )
        per_epoch = median["search"] / args.trials / args.epochs
        print(f"  search per trial-epoch {per_epoch:.4f} s")
    print(f"load average (1 min): {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")


if __name__ == "__main__":
    main()
