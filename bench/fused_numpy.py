"""A measurement, not engine code: how close can NumPy get to the matmul floor?

    python bench/fused_numpy.py [ROUNDS]

Runs the weight-decay and dropout experiments as one fused loop over preallocated buffers (every
op with out=, ReLU and dropout masks folded into one, W *= 1 - lr*lam; W -= lr*dW), with the
engine's math, initial weights, minibatch indices and dropout draws, and times it next to the
engine and the floor. It bounds what a "fast path" in the engine could gain.
"""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from bench.run import matmul_floor  # noqa: E402
from engine.data import load_mnist  # noqa: E402
from engine.experiments import overfitting
from engine.fast_network import FastMultiLayerNet  # noqa: E402
from engine.progress import finish, rngs


def fused_run(epochs, lam=0.0, ratio=0.0, seed=0, train_size=300, batch=100, lr=0.01):
    data = load_mnist().subset(train_size)
    net_rng, batch_rng = rngs(seed)
    net = FastMultiLayerNet(784, [100] * 6, 10, weight_init_std="he", rng=net_rng)
    Ws = [a.W for a in net.affines]
    bs = [a.b for a in net.affines]
    L = len(Ws)
    f32 = np.float32
    x_train = np.asarray(data.x_train, f32)
    t_train = data.t_train
    x_eval = np.concatenate([x_train, data.x_test])
    t_eval = np.concatenate([t_train, data.t_test])
    n = len(x_train)
    iters = max(n // batch, 1)
    xb = np.empty((batch, 784), f32)
    acts = [xb] + [np.empty((batch, W.shape[1]), f32) for W in Ws]
    masks = [np.empty((batch, W.shape[1]), bool) for W in Ws[:-1]]
    zeros = np.zeros((batch, 100), f32)
    grads = [np.empty((batch, W.shape[1]), f32) for W in Ws]
    dWs = [np.empty_like(W) for W in Ws]
    dbs = [np.empty_like(b) for b in bs]
    ev = [x_eval] + [np.empty((len(x_eval), W.shape[1]), f32) for W in Ws]
    ezeros = np.zeros((len(x_eval), 100), f32)
    rows = np.arange(batch)
    decay = f32(1 - lr * lam)
    keep = f32(1 - ratio)
    records = []

    def evaluate():
        a = x_eval
        for i in range(L):
            o = ev[i + 1]
            np.matmul(a, Ws[i], out=o)
            o += bs[i]
            if i < L - 1:
                np.maximum(o, ezeros, out=o)
                if ratio:
                    o *= keep
            a = o
        hits = a.argmax(axis=1) == t_eval
        records.append((float(hits[:n].mean()), float(hits[n:].mean())))

    evaluate()
    for _ in range(epochs):
        for _ in range(iters):
            idx = batch_rng.integers(0, n, size=batch)
            np.take(x_train, idx, axis=0, out=xb)
            t = t_train[idx]
            a = xb
            for i in range(L):
                o = acts[i + 1]
                np.matmul(a, Ws[i], out=o)
                o += bs[i]
                if i < L - 1:
                    np.maximum(o, zeros, out=o)
                    if ratio:
                        np.greater(net_rng.random(o.shape, dtype=f32), ratio, out=masks[i])
                        o *= masks[i]
                    np.greater(o, 0, out=masks[i])  # ReLU and dropout pass the gradient here
                a = o
            # softmax cross-entropy; the gradient goes into grads[-1]
            y = grads[-1]
            np.subtract(a, a.max(axis=1, keepdims=True), out=y)
            np.exp(y, out=y)
            total = y.sum(axis=1, keepdims=True)
            y /= total
            loss = -float(np.log(y[rows, t]).sum()) / batch
            if lam:
                loss += 0.5 * lam * sum(float(np.vdot(W, W)) for W in Ws)
            y[rows, t] -= 1
            y *= f32(1 / batch)
            for i in reversed(range(L)):
                d = grads[i]
                np.matmul(acts[i].T, d, out=dWs[i])
                np.add.reduce(d, axis=0, out=dbs[i])
                if i:
                    g = grads[i - 1]
                    np.matmul(d, Ws[i].T, out=g)
                    g *= masks[i - 1]  # ReLU (and dropout) backward: where the unit passed
            for W, dW, b, db in zip(Ws, dWs, bs, dbs, strict=True):
                if lam:
                    W *= decay  # W - lr * (dW + lam * W) = (1 - lr * lam) * W - lr * dW
                dW *= f32(lr)
                W -= dW
                db *= f32(lr)
                b -= db
            _ = loss
        evaluate()
    return records


if __name__ == "__main__":
    load_mnist()
    cases = {
        "decay": (dict(epochs=200, lam=0.1), dict(weight_decay_lambda=0.1, epochs=200), 201),
        "dropout": (dict(epochs=300, ratio=0.2), dict(dropout_ratio=0.2, epochs=300), 301),
    }
    for name, (fk, ek, n_evals) in cases.items():
        floor = matmul_floor([784, *[100] * 6, 10], 100, 1300, 3, n_evals)
        fns = {
            "engine": lambda ek=ek: finish(overfitting(**ek)),
            "fused": lambda fk=fk: fused_run(**fk),
            "floor": floor,
        }
        times = {k: [] for k in fns}
        res = {}
        for r in range(int(sys.argv[1]) if len(sys.argv) > 1 else 5):
            for k, f in fns.items():
                t0 = time.perf_counter()
                res[k] = f()
                if r:
                    times[k].append(time.perf_counter() - t0)
        med = {k: statistics.median(v) for k, v in times.items()}
        best = {k: min(v) for k, v in times.items()}
        eng = res["engine"].frame.iloc[-1]
        print(
            f"{name}: median engine {med['engine']:.3f} fused {med['fused']:.3f} "
            f"floor {med['floor']:.3f} -> engine/floor {med['engine'] / med['floor']:.2f}, "
            f"fused/floor {med['fused'] / med['floor']:.2f}; best: engine/floor "
            f"{best['engine'] / best['floor']:.2f}, fused/floor {best['fused'] / best['floor']:.2f}"
        )
        print(f"  final acc engine {eng.train_acc:.3f}/{eng.test_acc:.3f} fused {res['fused'][-1]}")
