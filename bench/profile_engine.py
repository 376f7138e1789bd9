"""Where the engine's time goes on each benchmarked training run, beyond the matmul floor.

    python bench/profile_engine.py [bn] [decay] [dropout] [REPEATS (default 3)]

Wraps the engine's layer, network and optimizer methods at run time (engine/ is not edited) with
timers that charge each call its own time, minus the time of the wrapped calls inside it, so the
rows add up to the wall time. Also reports any float64 array that crosses a wrapped boundary
(an accidental upcast makes every later op twice as slow). cProfile agrees on the ranking but
inflates the many small calls; these timers cost about 0.1 us a call.
"""

import functools
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from engine import fast_network, layers, optimizers  # noqa: E402
from engine.data import load_mnist  # noqa: E402
from engine.experiments import batchnorm_comparison, overfitting
from engine.progress import finish

TOTALS = defaultdict(float)
CALLS = defaultdict(int)
UPCASTS = defaultdict(int)
_stack = [0.0]  # time spent in wrapped children of the current frame
CHECK_DTYPES = [False]  # one untimed pass looks for float64; the timed passes do not


def _check(label, value):
    if isinstance(value, np.ndarray) and value.dtype == np.float64:
        UPCASTS[label] += 1
    elif isinstance(value, dict):
        for key, v in value.items():
            _check(f"{label}[{key}]", v)
    elif isinstance(value, tuple):
        for v in value:
            _check(label, v)


def _wrap(owner, attr, label_fn):
    original = getattr(owner, attr)

    @functools.wraps(original)
    def timed(*args, **kwargs):
        label = label_fn(args, kwargs)
        _stack.append(0.0)
        start = time.perf_counter()
        out = original(*args, **kwargs)
        elapsed = time.perf_counter() - start
        children = _stack.pop()
        TOTALS[label] += elapsed - children
        CALLS[label] += 1
        _stack[-1] += elapsed
        if CHECK_DTYPES[0]:
            _check(label + " -> out", out)
            for a in args[1:]:
                _check(label + " <- in", a)
        return out

    setattr(owner, attr, timed)


def _mode(args, kwargs):
    train = kwargs.get("train_flg", args[2] if len(args) > 2 else True)
    return "train" if train else "eval"


def instrument():
    for cls in (layers.Affine, layers.Relu, layers.BatchNormalization, layers.Dropout):
        name = cls.__name__
        _wrap(cls, "forward", lambda a, k, n=name: f"{n}.forward ({_mode(a, k)})")
        _wrap(cls, "backward", lambda a, k, n=name: f"{n}.backward")
    _wrap(layers.SoftmaxWithLoss, "forward", lambda a, k: "SoftmaxWithLoss.forward")
    _wrap(layers.SoftmaxWithLoss, "backward", lambda a, k: "SoftmaxWithLoss.backward")
    net = fast_network.FastMultiLayerNet
    _wrap(net, "loss_and_gradient", lambda a, k: "FastMultiLayerNet.loss_and_gradient (own: lam*W)")
    _wrap(net, "_loss", lambda a, k: "FastMultiLayerNet._loss (own: 0.5*lam*sum W^2)")
    _wrap(net, "predict", lambda a, k: "FastMultiLayerNet.predict (own: asarray, loop)")
    _wrap(net, "predict_labels", lambda a, k: "FastMultiLayerNet.predict_labels (argmax, concat)")
    _wrap(net, "weight_square_sum", lambda a, k: "FastMultiLayerNet.weight_square_sum")
    _wrap(optimizers.SGD, "update", lambda a, k: "SGD.update")


RUNS = {
    "bn": lambda: finish(batchnorm_comparison(0.01)),
    "decay": lambda: finish(overfitting(weight_decay_lambda=0.1, epochs=200)),
    "dropout": lambda: finish(overfitting(dropout_ratio=0.2, epochs=300)),
}


def main(names, repeats=3):
    load_mnist()
    for name in names:
        RUNS[name]()  # warm-up, uninstrumented
    instrument()
    CHECK_DTYPES[0] = True
    for name in names:
        RUNS[name]()
    CHECK_DTYPES[0] = False
    for name in names:
        walls, per_label, calls = [], defaultdict(list), {}
        for _ in range(repeats):
            TOTALS.clear()
            CALLS.clear()
            _stack[:] = [0.0]
            start = time.perf_counter()
            RUNS[name]()
            walls.append(time.perf_counter() - start)
            TOTALS["(trainer, experiment: batch gather x[idx], rng, records, lockstep)"] = (
                walls[-1] - _stack[0]
            )
            for label, secs in TOTALS.items():
                per_label[label].append(secs)
            calls.update(CALLS)
        wall = statistics.median(walls)
        print(
            f"\n## {name}: median wall {wall:.3f} s over {repeats} runs "
            f"({', '.join(f'{w:.3f}' for w in walls)}); rows are per-row medians\n"
        )
        print("| where (own time, wrapped callees excluded) | calls | seconds | % of wall |")
        print("| --- | ---: | ---: | ---: |")
        for label, secs in sorted(per_label.items(), key=lambda kv: -statistics.median(kv[1])):
            med = statistics.median(secs)
            print(f"| {label} | {calls.get(label, '')} | {med:.3f} | {100 * med / wall:.1f} |")
    if UPCASTS:
        print("\nfloat64 arrays seen:", dict(UPCASTS))
    else:
        print("\nno float64 array crossed a wrapped boundary (inputs, outputs, grads dicts)")


if __name__ == "__main__":
    wanted = [a for a in sys.argv[1:] if not a.isdigit()] or list(RUNS)
    repeats = next((int(a) for a in sys.argv[1:] if a.isdigit()), 3)
    unknown = set(wanted) - set(RUNS)
    if unknown:
        sys.exit(f"unknown run(s) {sorted(unknown)}; choose from {sorted(RUNS)}")
    main(wanted, repeats)
