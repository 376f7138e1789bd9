"""The weight-initialization page's training: the book's weight_init_compare (std 0.01, Xavier
and He, trained side by side)."""

from collections.abc import Callable

from engine.experiments import init_comparison


def book_runs() -> list[tuple[str, Callable, dict]]:
    """The page's run at the book's settings, seed 0, as the page asks for it (ui/warm.py)."""
    return [("init_comparison", init_comparison, {"iterations": 2000, "seed": 0})]
