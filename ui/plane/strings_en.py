"""English strings that only the chapter 6 in 2-D lesson uses
(pages/plane.py, ui/plane/).

ui/i18n.py merges them with the shared ui/strings_en.py and the other lessons' tables;
strings_zh_tw.py and strings_ja.py beside this file hold the same keys.
"""

STRINGS = {
    # ---------------------------------------------------------------- page 5: chapter 6 in 2-D
    "plane.title": "Chapter 6 in 2-D: the decision boundary",
    "plane.intro": (
        "A net with two inputs, a point's x and y, learns which of two interleaved **moons** the "
        "point belongs to. What it learned is a picture: the shading is its probability of class "
        "1 at every point of the plane, and the black line, where that probability is 0.5, is "
        "its **decision boundary**. The levers of the other pages act on it: initial weights, "
        "Batch Normalization, weight decay and dropout. Every change trains at once (a second "
        "or two), drawn as it goes."
    ),
    "plane.init": "Initial weights",
    "plane.init_help": (
        "The std σ of the initial weights W ~ N(0, σ²): a fixed number, or Xavier (σ = √(1/n)) "
        "or He (σ = √(2/n)) with n inputs per unit, as on the weight initialization page."
    ),
    "plane.activation": "Activation",
    "plane.activation_help": (
        "The function after every hidden layer. He's scale suits ReLU, Xavier's sigmoid and tanh."
    ),
    "plane.bn": "Batch Normalization",
    "plane.bn_help": (
        "A Batch Normalization layer between each Affine and its activation: every mini-batch "
        "of 10 points is normalized with its own mean and variance."
    ),
    "plane.lambda": "Weight decay λ",
    "plane.lambda_help": "The strength of the penalty ½λ‖W‖² added to the loss (0: off).",
    "plane.dropout": "Dropout ratio",
    "plane.dropout_help": (
        "The share of hidden units switched off at random on every training pass (0: off). As "
        "in the book, the outputs are scaled by 1 − ratio when testing, not while training."
    ),
    "plane.compare": "Beside it: without λ and dropout",
    "plane.compare_help": (
        "With weight decay or dropout on, also train the same net without them (the same "
        "points, initial weights and mini-batches) and draw its boundary beside: the difference "
        "is what the regularizer did. It doubles the work of a run."
    ),
    "plane.test_points": "Show the test points",
    "plane.test_points_help": (
        "The 400 points the net never trains on, drawn hollow: the test accuracy is the share "
        "of them on their own side of the line."
    ),
    "plane.network_header": (
        "Data and training: {train_size} points, noise {noise:g}, {layers} × {width} units, "
        "{optimizer}, learning rate {lr:g}, {epochs} epochs"
    ),
    "plane.train_size": "Training points",
    "plane.train_size_help": (
        "How many points the net trains on, half from each moon. Fewer points are easier to "
        "memorize."
    ),
    "plane.noise": "Noise",
    "plane.noise_help": (
        "How far points scatter from their moon (the std of a random shift in x and y). More "
        "noise puts points of one moon among the other's: a net that gets them all right must "
        "curl around them."
    ),
    "plane.epochs": "Epochs",
    "plane.epochs_help": "Passes over the training points, in mini-batches of 10 points.",
    "plane.epochs_cap": (
        "At most {most} epochs with these settings: one run may cost the server about "
        "{seconds:g} seconds of computing."
    ),
    "plane.layers": "Hidden layers",
    "plane.layers_help": "How many hidden layers the net has.",
    "plane.width": "Units per layer",
    "plane.width_help": "Units in every hidden layer.",
    "plane.optimizer": "Optimizer",
    "plane.optimizer_help": (
        "The update rule. SGD moves each weight by learning rate × gradient, so tiny gradients "
        "mean tiny steps; Adam scales each weight's step by its own gradient history."
    ),
    "plane.lr": "Learning rate (log scale)",
    "plane.lr_help": "The size of each update step.",
    "plane.run_both": "λ = {lam:g}, dropout {ratio:g}",
    "plane.run_dropout": "dropout {ratio:g}",
    "plane.run_plain": "no regularizer",
    "plane.run_baseline": "without λ and dropout",
    "plane.panel": "epoch {epoch} · {pieces} pieces",
    "plane.fig_title": "The decision boundary: where the net's P(class 1) is 0.5",
    "plane.fig_class_0": "class 0 (upper moon)",
    "plane.fig_class_1": "class 1 (lower moon)",
    "plane.fig_train_points": "training",
    "plane.fig_test_points": "test",
    "plane.fig_boundary": "boundary, P = 0.5",
    "plane.fig_p_hover": "(%{x:.2f}, %{y:.2f}): P(class 1) = %{z:.2f}",
    "plane.fig_waiting": "The first boundary is on its way…",
    "plane.curve_title": "Accuracy and weight norm while training",
    "plane.curve_x": "epoch",
    "plane.curve_acc": "accuracy",
    "plane.curve_norm": "weight norm ‖W‖",
    "plane.curve_train": "train",
    "plane.curve_test": "test",
    "plane.m_train": "Train accuracy",
    "plane.m_test": "Test accuracy",
    "plane.m_gap": "Gap (train − test)",
    "plane.m_norm": "Weight norm ‖W‖",
    "plane.diverged": (
        "A run diverged: its updates overshot and the weights grew until the loss overflowed. "
        "Large initial weights (std 1 with ReLU) or a large learning rate do that: pick He or "
        "Xavier, or lower the learning rate."
    ),
    "plane.stalled_init": (
        "The net ({run}) never learned: training accuracy {train:.2f}, what guessing gives, and "
        "the same probability everywhere (no line). With std 0.01 the signal and the gradients "
        "shrink layer by layer until SGD barely moves the weights. Switch on Batch Normalization, "
        "or pick He or Xavier."
    ),
    "plane.stalled": (
        "The net ({run}) never learned: training accuracy {train:.2f}, what guessing gives. "
        "Check the learning rate and the epochs; a very large λ or dropout ratio also holds a "
        "net back."
    ),
    "plane.memorized": (
        "The net ({run}) memorized its points: training accuracy {train:.2f}, test accuracy "
        "{test:.2f} (a gap of {gap:.2f}). The line bends around single noisy points; raise λ or "
        "the dropout ratio and watch it straighten."
    ),
    "plane.reading": (
        "Shading: the net's probability of class 1, orange for class 1, blue for class 0, white "
        "where it is unsure. Black line: the decision boundary. ● class 0, ▲ class 1; filled: "
        "training points, hollow: test points. Pieces: how many separate areas the line cuts "
        "the plane into (two for a plain boundary; each island around a single point adds one)."
    ),
    "plane.delta_caption": (
        "The small numbers under the values: the change against {baseline}, the same net "
        "trained alongside."
    ),
    "plane.look_header": "What to look for",
    "plane.look": (
        "- **Overfitting is a ragged line.** At the default settings (100 points, noise 0.4, "
        "3 × 64 ReLU units, He initial weights, plain SGD, 500 epochs) the net gets almost every "
        "training point right but only about 8 in 10 test points: the line curls around single "
        "points that lie among the other moon's, often cutting off islands (more than two "
        "pieces).\n"
        "- **Weight decay straightens it.** At λ = 0.01 the boundary was one plain line (two "
        "pieces) on each of the five seeds we tried, the weight norm fell about fivefold, and "
        "the gap between training and test accuracy shrank. At λ = 0.1 the line is too plain: "
        "the training accuracy falls as well (underfitting).\n"
        "- **Dropout does it too.** A ratio of 0.5 gave two pieces on all five seeds, with the "
        "weight norm about as large as without it: dropout does not shrink the weights, it "
        "keeps units from relying on each other.\n"
        "- **Batch Normalization smoothed it here as well** (two or three pieces): each "
        "mini-batch of 10 points is normalized with its own mean and variance, a noise that "
        "also keeps the net from fitting every point.\n"
        "- **The initial weights decide whether it learns at all.** With std 0.01 and SGD, "
        "ReLU and sigmoid nets stayed at 0.5, guessing, with the same probability everywhere: "
        "the signal fades layer by layer and the gradients with it. Batch Normalization rescued "
        "them (about 0.85 on the test points), and so did Adam. With ReLU and std 1 the net "
        "diverged in its first epochs on four of five seeds; sigmoid and tanh trained.\n"
        "- **Another seed** (sidebar) draws new points and new initial weights: the same lesson "
        "on another sample."
    ),
    # ---------------------------------------------------------------- issue 18: every chart
    # speaks (ui/chart.py, ui/describe.py and the lessons' descriptions), projector mode
    "chart.boundary": (
        "{run}, epoch {epoch}: the decision boundary cuts the plane into {pieces} pieces; "
        "train accuracy {train:.2f}, test accuracy {test:.2f}"
    ),
    "chart.boundary_waiting": "{run}: no boundary yet, training starts",
    # ---------------------------------------------------------------- issue 17: classroom-proof
    # lessons (ui/class_counts.py, ui/class_view.py, ui/browser.py, ui/pins.py, ui/lesson_view.py,
    # ui/predict.py, ui/diagnosis.py)
    "plane.init_std": "std {std}",
}
