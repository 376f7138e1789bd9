"""Benchmark: the engine against PyTorch CPU float32 and against its own matmul floor.

    python bench/run.py                      # 5 interleaved rounds (+ 1 warm-up), prints tables
    python bench/run.py --quick              # 1 round of shortened runs: a smoke test
    python bench/run.py --rounds 9 --threads 1 --only decay,hist   # more rounds, 1 thread, subset
    python bench/run.py --write docs/benchmarks.md   # also refresh that thread count's doc block

For each experiment of issue 2's "Benchmark" section it times (a) the engine's experiment function
run to the end, (b) an equivalent PyTorch float32 implementation (bench/torch_peer.py) started from
the engine's initial weights and fed the engine's minibatch indices, and (c) the floor: the same
sequence of float32 matmuls alone (forward; backward dW and dx, except the first layer's dx;
evaluation forward), written into preallocated arrays, with no other work. Rounds interleave
engine, PyTorch, floor, so a noisy neighbour on this shared machine hits all three alike; the
first round is a warm-up and is dropped. Needs requirements.txt plus requirements-bench.txt.
"""

import argparse
import math
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from bench import torch_peer  # noqa: E402
from engine import blas  # noqa: E402
from engine.data import load_mnist  # noqa: E402
from engine.experiments import batchnorm_comparison, overfitting  # noqa: E402
from engine.fast_network import FastMultiLayerNet  # noqa: E402
from engine.histograms import activation_distributions  # noqa: E402
from engine.progress import finish, rngs  # noqa: E402

MARK = "<!-- bench/run.py {tag}: {end} -->"  # one generated block per thread count
SEED = 0


# ------------------------------------------------------------------------------ machine


def blas_threads() -> tuple[int, str]:
    """Threads numpy's BLAS uses, and how that was found out."""
    try:
        from threadpoolctl import threadpool_info

        for pool in threadpool_info():
            if pool.get("user_api") == "blas":
                return int(pool["num_threads"]), f"threadpoolctl ({pool.get('internal_api')})"
    except ImportError:
        pass
    if blas.get_threads() is not None:
        return blas.get_threads(), "OpenBLAS get_num_threads"
    return os.cpu_count() or 1, "os.cpu_count()"


def set_blas_threads(n: int) -> None:
    """Make numpy's BLAS use n threads (threadpoolctl if installed, else OpenBLAS directly)."""
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(n, user_api="blas")
        return
    except ImportError:
        pass
    if not blas.set_threads(n):
        sys.exit("--threads needs threadpoolctl or numpy's bundled OpenBLAS")


def machine() -> dict:
    cpu = {}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = line.partition(":")
            cpu.setdefault(key.strip(), value.strip())
    except OSError:
        pass
    config = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
    lib = blas.openblas()
    flags = cpu.get("flags", "").split()
    return {
        "cpu": f"{cpu.get('model name', platform.processor())} (vendor {cpu.get('vendor_id')}, "
        f"family {cpu.get('cpu family')}, model {cpu.get('model')}, "
        f"{'AVX-512' if 'avx512f' in flags else 'AVX2' if 'avx2' in flags else 'no AVX2'})",
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "numpy": np.__version__,
        "blas": f"{config.get('name')} {config.get('version')}"
        + (f", kernel {lib.scipy_openblas_get_corename64_().decode()}" if lib else ""),
        "torch": f"{torch.__version__} (MKL {torch.backends.mkl.is_available()}, "
        f"oneDNN {torch.backends.mkldnn.is_available()})",
        "OPENBLAS_CORETYPE": os.environ.get("OPENBLAS_CORETYPE", "not set"),
    }


# ------------------------------------------------------------------------------ the floor


def matmul_floor(sizes, batch, n_eval, iterations_between_evals, n_evals, nets=1):
    """A function doing only the matmuls of `nets` trainings of an MLP with layer `sizes`.

    Each evaluation is one forward over n_eval rows; between two evaluations come
    `iterations_between_evals` steps of forward (batch rows), dW for every layer and dx for every
    layer but the first. Everything is float32 and written into preallocated arrays.
    """
    rng = np.random.default_rng(1)
    ws = [
        (rng.standard_normal((a, b), dtype=np.float32) / np.float32(math.sqrt(a)))
        for a, b in zip(sizes[:-1], sizes[1:], strict=True)
    ]
    data = load_mnist().x_train
    acts = [np.ascontiguousarray(data[:batch])] + [
        np.empty((batch, s), np.float32) for s in sizes[1:]
    ]
    grads = [np.empty((batch, s), np.float32) for s in sizes[1:]]
    grads[-1][:] = rng.standard_normal(grads[-1].shape, dtype=np.float32)
    dws = [np.empty_like(w) for w in ws]
    evals = [np.ascontiguousarray(np.resize(data, (n_eval, sizes[0])))]
    evals += [np.empty((n_eval, s), np.float32) for s in sizes[1:]]
    layers = range(len(ws))

    def evaluate():
        for i in layers:
            np.matmul(evals[i], ws[i], out=evals[i + 1])

    def step():
        for i in layers:
            np.matmul(acts[i], ws[i], out=acts[i + 1])
        for i in reversed(layers):
            np.matmul(acts[i].T, grads[i], out=dws[i])
            if i:
                np.matmul(grads[i], ws[i].T, out=grads[i - 1])

    def run():
        for _ in range(nets):
            evaluate()
            for _ in range(n_evals - 1):
                for _ in range(iterations_between_evals):
                    step()
                evaluate()

    return run


# ------------------------------------------------------------------------------ experiments


@dataclass
class Case:
    name: str
    engine: object
    torch: object
    floor: object
    check: object  # (engine result, torch result) -> (engine text, torch text, max |diff|)
    repeats: int = 1  # calls per round (median taken): short experiments need several
    unit: str = "s"


def _init(seed, epochs, n, batch_size, **net_kwargs):
    """The engine experiment's initial weights and minibatch indices, drawn as it draws them."""
    net_rng, batch_rng = rngs(seed)
    net = FastMultiLayerNet(rng=net_rng, **net_kwargs)
    weights = [a.W.copy() for a in net.affines]
    biases = [a.b.copy() for a in net.affines]
    iters = max(n // batch_size, 1)
    batches = np.stack([batch_rng.integers(0, n, size=batch_size) for _ in range(epochs * iters)])
    return weights, biases, torch.from_numpy(batches)


def _curve_diff(engine_frame, torch_records, column):
    ours = engine_frame[column].to_numpy()
    theirs = np.array([r[column] for r in torch_records])
    return float(np.nanmax(np.abs(ours - theirs))) if len(ours) == len(theirs) else math.nan


def bn_case(epochs=20, train_size=1000):
    data = load_mnist().subset(train_size)
    sizes = [784, *[100] * 5, 10]
    weights, biases, batches = _init(
        SEED,
        epochs,
        train_size,
        100,
        input_size=784,
        hidden_size_list=[100] * 5,
        output_size=10,
        weight_init_std=0.01,
    )
    x, t = torch.from_numpy(data.x_train.copy()), torch.from_numpy(data.t_train.copy())

    def run_engine():
        return finish(batchnorm_comparison(0.01, epochs=epochs, train_size=train_size)).frame

    def run_torch():
        out = {}
        for bn in (True, False):
            model, wp, op = torch_peer.build_mlp(weights, biases, batchnorm=bn)
            out[bn] = torch_peer.train_mlp(
                model, wp, op, x, t, None, None, batches, epochs=epochs, lr=0.01
            )
        return out

    def check(frame, out):
        eng, tor, diff = [], [], 0.0
        for bn in (True, False):
            f = frame[frame.batchnorm == bn].reset_index(drop=True)
            label = "BN" if bn else "no BN"
            eng.append(f"{label} {f.train_acc.iloc[-1]:.3f}")
            tor.append(f"{label} {out[bn][-1]['train_acc']:.3f}")
            diff = max(diff, _curve_diff(f, out[bn], "train_acc"))
        return ", ".join(eng), ", ".join(tor), diff

    iters = max(train_size // 100, 1)
    floor = matmul_floor(sizes, 100, train_size, iters, epochs + 1, nets=2)
    name = f"BN vs none, 2 nets x {epochs} epochs x {train_size} digits"
    return Case(name, run_engine, run_torch, floor, check)


def overfit_case(label, epochs, weight_decay_lambda=0.0, dropout_ratio=0.0, train_size=300):
    data = load_mnist().subset(train_size)
    hidden = [100] * 6
    weights, biases, batches = _init(
        SEED,
        epochs,
        train_size,
        100,
        input_size=784,
        hidden_size_list=hidden,
        output_size=10,
        weight_init_std="he",
    )
    tensors = [
        torch.from_numpy(a.copy()) for a in (data.x_train, data.t_train, data.x_test, data.t_test)
    ]

    def run_engine():
        return finish(
            overfitting(
                weight_decay_lambda=weight_decay_lambda, dropout_ratio=dropout_ratio, epochs=epochs
            )
        ).frame

    def run_torch():
        model, wp, op = torch_peer.build_mlp(weights, biases, dropout_ratio=dropout_ratio)
        return torch_peer.train_mlp(
            model,
            wp,
            op,
            *tensors,
            batches,
            epochs=epochs,
            lr=0.01,
            weight_decay_lambda=weight_decay_lambda,
        )

    def check(frame, out):
        e, t = frame.iloc[-1], out[-1]
        diff = max(_curve_diff(frame, out, "train_acc"), _curve_diff(frame, out, "test_acc"))
        return (
            f"train {e.train_acc:.3f} / test {e.test_acc:.3f}",
            f"train {t['train_acc']:.3f} / test {t['test_acc']:.3f}",
            diff,
        )

    iters = max(train_size // 100, 1)
    floor = matmul_floor([784, *hidden, 10], 100, train_size + len(data.x_test), iters, epochs + 1)
    name = f"{label}: 784-100x6-10, {train_size} digits, {epochs + 1} evaluations"
    return Case(name, run_engine, run_torch, floor, check)


def histogram_case():
    rng = np.random.default_rng(1)
    x = rng.standard_normal((1000, 100), dtype=np.float32)
    ws = [rng.standard_normal((100, 100), dtype=np.float32) for _ in range(5)]
    outs = [np.empty((1000, 100), np.float32) for _ in range(5)]

    def floor():
        a = x
        for w, o in zip(ws, outs, strict=True):
            np.matmul(a, w, out=o)
            a = o

    def check(engine_result, torch_result):
        e, t = engine_result.stats, torch_result[1]
        diff = float(
            np.max(
                np.abs(
                    e[["mean", "std", "saturated"]].to_numpy()
                    - t[["mean", "std", "saturated"]].to_numpy()
                )
            )
        )
        return (
            f"layer-5 saturated {e.saturated.iloc[-1]:.3f}",
            f"layer-5 saturated {t.saturated.iloc[-1]:.3f}",
            diff,
        )

    return Case(
        "Activation histograms: 1000x100, 5 sigmoid layers, std 1",
        activation_distributions,
        torch_peer.activation_histograms,
        floor,
        check,
        repeats=31,
        unit="ms",
    )


# ------------------------------------------------------------------------------ timing


def timed(fn, repeats):
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def run(cases, rounds):
    times = {c.name: {"engine": [], "torch": [], "floor": []} for c in cases}
    results = {}
    for r in range(rounds + 1):  # round 0 warms caches, BLAS threads and torch's allocator
        for c in cases:
            for kind in ("engine", "torch", "floor"):
                seconds, result = timed(getattr(c, kind), c.repeats)
                if r:
                    times[c.name][kind].append(seconds)
                results[c.name, kind] = result
        print(
            f"  {'warm-up' if r == 0 else f'round {r}/{rounds}'} done", file=sys.stderr, flush=True
        )
    return times, results


def meets_targets(case, engine_seconds, ratio):
    """Issue 2's targets: training runs <= 0.5x PyTorch and <= 1.3x the floor; histograms 3 ms."""
    if case.unit == "ms":
        return f"{'yes' if engine_seconds <= 3e-3 else 'no'} (<= 3 ms)"
    torch_ok = ratio["torch"] <= 0.5
    floor_ok = ratio["floor"] <= 1.3
    return f"{'yes' if torch_ok else 'no'} / {'yes' if floor_ok else 'no'}"


def paired_ratio(times, other):
    """Median over rounds of engine / other within each round: both were timed seconds apart,
    so a slow spell of the shared machine cancels out better than in a ratio of medians."""
    return statistics.median(e / o for e, o in zip(times["engine"], times[other], strict=True))


def table(cases, times, results, stat=statistics.median, accuracy=True):
    head = "| experiment | engine | PyTorch f32 | matmul floor | engine / PyTorch | engine / floor "
    head += "| targets met (0.5x PyTorch / 1.3x floor) |"
    rule = "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
    if accuracy:
        head += " final accuracy: engine | PyTorch | max curve diff |"
        rule += " --- | --- | ---: |"
    rows = [head, rule]
    for c in cases:
        t = {k: stat(v) for k, v in times[c.name].items()}
        if stat is statistics.median:  # ratios paired round by round
            ratio = {k: paired_ratio(times[c.name], k) for k in ("torch", "floor")}
        else:
            ratio = {k: t["engine"] / t[k] for k in ("torch", "floor")}
        scale, fmt = (1e3, "{:.2f} ms") if c.unit == "ms" else (1.0, "{:.3f} s")
        row = (
            f"| {c.name} | {fmt.format(t['engine'] * scale)} | "
            f"{fmt.format(t['torch'] * scale)} | {fmt.format(t['floor'] * scale)} | "
            f"{ratio['torch']:.2f}x | {ratio['floor']:.2f}x | "
            f"{meets_targets(c, t['engine'], ratio)} |"
        )
        if accuracy:
            eng, tor, diff = c.check(results[c.name, "engine"], results[c.name, "torch"])
            row += f" {eng} | {tor} | {diff:.3f} |"
        rows.append(row)
    return "\n".join(rows)


def rounds_detail(cases, times):
    lines = []
    for c in cases:
        scale = 1e3 if c.unit == "ms" else 1.0
        t = times[c.name]
        for kind in ("engine", "torch", "floor"):
            vals = ", ".join(f"{v * scale:.3g}" for v in t[kind])
            lines.append(f"- {c.name}, {kind} ({c.unit}): {vals}")
        for other in ("torch", "floor"):
            ratios = ", ".join(f"{e / o:.2f}" for e, o in zip(t["engine"], t[other], strict=True))
            lines.append(f"- {c.name}, engine / {other} round by round: {ratios}")
    return "\n".join(lines)


def write_doc(path, text, tag):
    """Replace the generated block of `path` for `tag`, keeping the rest of the file.

    A new tag's block goes after the last generated block (or at the end of the file).
    """
    path = Path(path)
    begin, end = MARK.format(tag=tag, end="begin"), MARK.format(tag=tag, end="end")
    block = f"{begin}\n{text}\n{end}"
    old = path.read_text() if path.exists() else "# Benchmarks\n"
    if begin in old and end in old:
        head, _, rest = old.partition(begin)
        new = head + block + rest.partition(end)[2]
    else:
        last_end = old.rfind(": end -->")
        if last_end >= 0:
            cut = last_end + len(": end -->")
            new = old[:cut] + "\n\n" + block + old[cut:]
        else:
            new = old.rstrip() + "\n\n" + block + "\n"
    path.write_text(new)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds after the warm-up")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="1 round of runs a tenth as long (a smoke test, not a measurement)",
    )
    parser.add_argument(
        "--only",
        default="bn,decay,dropout,hist",
        help="comma-separated subset of bn,decay,dropout,hist",
    )
    parser.add_argument(
        "--threads",
        type=int,
        help="threads for numpy's BLAS and torch (default: what the BLAS uses)",
    )
    parser.add_argument("--write", metavar="PATH", help="refresh the generated block of PATH")
    args = parser.parse_args(argv)
    rounds = 1 if args.quick else args.rounds
    if rounds < 1:
        parser.error("--rounds must be at least 1")
    div = 10 if args.quick else 1

    if args.threads:
        set_blas_threads(args.threads)
    threads, how = blas_threads()
    torch.set_num_threads(threads)
    info = machine()
    info["threads"] = f"{threads} (numpy BLAS, found by {how}); torch.set_num_threads({threads})"
    for key, value in info.items():
        print(f"{key}: {value}")

    builders = {
        "bn": lambda: bn_case(epochs=20 // div),
        "decay": lambda: overfit_case("Weight decay 0.1", 200 // div, weight_decay_lambda=0.1),
        "dropout": lambda: overfit_case("Dropout 0.2", 300 // div, dropout_ratio=0.2),
        "hist": histogram_case,
    }
    wanted = [k.strip() for k in args.only.split(",") if k.strip()]
    unknown = set(wanted) - set(builders)
    if unknown:
        parser.error(f"--only: unknown experiment(s) {sorted(unknown)}; use {sorted(builders)}")
    cases = [builders[k]() for k in wanted]
    load = os.getloadavg()
    start = time.perf_counter()
    times, results = run(cases, rounds)
    elapsed = time.perf_counter() - start
    md = (
        f"Medians of {rounds} rounds (ratios: the median of the round-by-round ratios):\n\n"
        f"{table(cases, times, results)}\n\n"
        f"Best of {rounds} rounds (each column its own fastest round: the least disturbed "
        f"estimate on a shared machine):\n\n{table(cases, times, results, min, False)}"
    )
    print()
    print(md)
    print()
    print(
        f"medians of {rounds} interleaved round(s) after a warm-up; {elapsed:.0f} s in all; "
        f"load average before {load[0]:.2f}, after {os.getloadavg()[0]:.2f}"
    )
    if args.write:
        command = " ".join(["python bench/run.py", *(sys.argv[1:] if argv is None else argv)])
        machine_lines = "\n".join(f"- {k}: {v}" for k, v in info.items())
        busy = max(load[0], os.getloadavg()[0]) > 1.5
        warning = (
            "**Load average above 1.5 during this run: other processes shared the cores, so the "
            "medians are disturbed (see 'Every round'); the best-of table is the better "
            "estimate, and a rerun in a quiet moment the real answer.**\n\n"
            if busy
            else ""
        )
        text = (
            f"### {threads} thread{'s' if threads > 1 else ''} for numpy's BLAS and for torch\n\n"
            f"Generated by `{command}` on {time.strftime('%Y-%m-%d %H:%M %Z')}: medians of "
            f"{rounds} interleaved round(s) (engine, PyTorch, floor) after one warm-up round; "
            f"load average {load[0]:.2f} before, {os.getloadavg()[0]:.2f} after.\n\n"
            f"{warning}{md}\n\nMachine:\n\n{machine_lines}\n\n"
            f"<details><summary>Every round</summary>\n\n{rounds_detail(cases, times)}\n\n"
            "</details>"
        )
        write_doc(args.write, text, f"threads={threads}")
        print(f"wrote the generated block of {args.write}")


if __name__ == "__main__":
    main()
