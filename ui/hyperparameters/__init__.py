"""Section 6.5, hyperparameter search: validation data instead of test data, the book's random
search for a learning rate and a weight decay, and narrowing the range to where it did best."""
