"""The PyTorch peer of each benchmarked experiment: plain torch.nn modules on the CPU, float32.

Written the way a careful PyTorch user would write the book's scripts (nn.Linear, nn.BatchNorm1d,
nn.ReLU, cross-entropy, torch.optim.SGD), but fed the engine's initial weights and minibatch
indices, so its curves can be laid over the engine's. Benchmark-only: torch is never a run-time
requirement of the app.
"""

import math

import numpy as np
import pandas as pd
import torch
import torch.nn.functional as F
from torch import nn


class BookDropout(nn.Module):
    """The book's dropout: training keeps a unit where a uniform draw > ratio, no rescaling;
    evaluation multiplies by (1 - ratio). Backward multiplies by the same mask (autograd)."""

    def __init__(self, ratio: float, generator: torch.Generator):
        super().__init__()
        self.ratio, self.generator = ratio, generator

    def forward(self, x):
        if self.training:
            mask = torch.rand(x.shape, generator=self.generator) > self.ratio
            return x * mask
        return x * (1.0 - self.ratio)


def build_mlp(weights, biases, *, batchnorm=False, dropout_ratio=0.0, seed=0):
    """Affine -> [BN] -> ReLU -> [Dropout] per hidden layer, then Affine, as the engine lays it.

    weights: list of (D_in, D_out) float32 arrays (the engine's W, copied, transposed to
    nn.Linear's (D_out, D_in)); biases: list of (D_out,). Returns (model, weight params,
    other params) so weight decay can skip biases and BN's gamma/beta as the book does.
    """
    generator = torch.Generator().manual_seed(seed)
    layers, linears = [], []
    for i, (w, b) in enumerate(zip(weights, biases, strict=True)):
        lin = nn.Linear(w.shape[0], w.shape[1])
        with torch.no_grad():
            lin.weight.copy_(torch.from_numpy(np.ascontiguousarray(w.T)))
            lin.bias.copy_(torch.from_numpy(b))
        layers.append(lin)
        linears.append(lin)
        if i == len(weights) - 1:
            break
        if batchnorm:
            # torch's momentum is the share of the new batch: the engine's 0.9 is torch's 0.1.
            bn = nn.BatchNorm1d(w.shape[1], eps=1e-6, momentum=0.1)
            bn.running_var.zero_()  # the book starts both running statistics at zero
            layers.append(bn)
        layers.append(nn.ReLU())
        if dropout_ratio > 0:
            layers.append(BookDropout(dropout_ratio, generator))
    model = nn.Sequential(*layers)
    weight_params = [lin.weight for lin in linears]
    weight_ids = {id(p) for p in weight_params}
    other_params = [p for p in model.parameters() if id(p) not in weight_ids]
    return model, weight_params, other_params


def train_mlp(
    model,
    weight_params,
    other_params,
    x_train,
    t_train,
    x_test,
    t_test,
    batches,
    *,
    epochs,
    lr=0.01,
    weight_decay_lambda=0.0,
):
    """The engine trainer's schedule in PyTorch: epoch 0 then `epochs` epochs of minibatch SGD,
    each followed by train (+ test) accuracy in eval mode under no_grad and the weight norm.

    x_*: float32 tensors, t_*: int64 tensors; x_test may be None. batches: (epochs *
    iters_per_epoch, batch_size) int64 tensor of row indices. Returns one dict per epoch.
    """
    n = x_train.shape[0]
    iters = batches.shape[0] // epochs if epochs else 0
    has_test = x_test is not None
    x_eval = torch.cat([x_train, x_test]) if has_test else x_train
    t_eval = torch.cat([t_train, t_test]) if has_test else t_train
    lam = weight_decay_lambda
    optimizer = torch.optim.SGD(
        [
            {"params": weight_params, "weight_decay": lam},
            {"params": other_params, "weight_decay": 0.0},
        ],
        lr=lr,
    )

    def weight_square_sum():
        return sum(w.square().sum() for w in weight_params).item()

    def record(epoch, losses):
        model.eval()
        with torch.no_grad():
            hits = model(x_eval).argmax(dim=1) == t_eval
            train_acc = hits[:n].float().mean().item()
            test_acc = hits[n:].float().mean().item() if has_test else math.nan
            norm = math.sqrt(weight_square_sum())
        model.train()
        loss = float(np.mean(losses)) if losses else math.nan
        return {
            "epoch": epoch,
            "loss": loss,
            "train_acc": train_acc,
            "test_acc": test_acc,
            "weight_norm": norm,
        }

    model.train()
    records = [record(0, [])]
    k = 0
    for epoch in range(1, epochs + 1):
        losses = []
        for _ in range(iters):
            idx = batches[k]
            k += 1
            loss = F.cross_entropy(model(x_train[idx]), t_train[idx])
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            value = loss.item()
            if lam:
                with torch.no_grad():
                    value += 0.5 * lam * weight_square_sum()
            losses.append(value)
            if not math.isfinite(value):
                records.append(record(epoch, losses))
                return records
            optimizer.step()
        records.append(record(epoch, losses))
    return records


def activation_histograms(layers=5, nodes=100, samples=1000, weight_init_std=1.0, bins=30, seed=0):
    """activation_distributions() in PyTorch: x ~ N(0, 1) through `layers` sigmoid layers of
    `nodes` units (no bias), one torch.histc per layer over the range of all values, and the
    per-layer mean, std, share saturated (within 0.05 of 0 or 1) and share of exact zeros.
    Returns (histograms, stats) frames with the engine's columns.
    """
    generator = torch.Generator().manual_seed(seed)
    x = torch.randn(samples, nodes, generator=generator)
    acts = []
    for _ in range(layers):
        w = torch.randn(nodes, nodes, generator=generator) * weight_init_std
        x = torch.sigmoid(x @ w)
        acts.append(x)
    flat = torch.stack(acts).reshape(layers, -1)
    low, high = flat.min().item(), flat.max().item()
    if not high > low:
        low, high = low - 0.5, high + 0.5
    counts = torch.stack([torch.histc(row, bins, low, high) for row in flat]).numpy()
    edges = low + (high - low) / bins * np.arange(bins + 1)
    size = flat.shape[1]
    hist = pd.DataFrame(
        {
            "quantity": "activation",
            "layer": np.repeat(np.arange(1, layers + 1), bins),
            "bin_left": np.tile(edges[:-1], layers),
            "bin_right": np.tile(edges[1:], layers),
            "count": counts.ravel().astype(np.int64),
            "share": counts.ravel() / size,
        }
    )
    inner = ((flat >= 0.05) & (flat <= 0.95)).sum(dim=1)
    stats = pd.DataFrame(
        {
            "quantity": "activation",
            "layer": np.arange(1, layers + 1),
            "mean": flat.mean(dim=1, dtype=torch.float64).numpy(),
            "std": flat.double().std(dim=1, correction=0).numpy(),
            "saturated": (1.0 - inner / size).numpy(),
            "zeros": ((flat == 0).sum(dim=1) / size).numpy(),
        }
    )
    return hist, stats
