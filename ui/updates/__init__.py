"""Section 6.1, parameter updates: the book's race of four update rules on a long valley,
their formulas beside the engine's code, and the same rules training on MNIST."""
