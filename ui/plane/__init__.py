"""Chapter 6 in two dimensions: two interleaved moons, and the decision boundary a net draws
between them, live, with the levers of the other pages (initial weights, BN, weight decay,
dropout)."""
