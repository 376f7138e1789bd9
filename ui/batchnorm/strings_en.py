"""English strings that only the Batch Normalization lesson uses
(pages/batchnorm.py, ui/batchnorm/).

ui/i18n.py merges them with the shared ui/strings_en.py and the other lessons' tables;
strings_zh_tw.py and strings_ja.py beside this file hold the same keys.
"""

STRINGS = {
    # ---------------------------------------------------------------- page 2: Batch Normalization
    "batchnorm.title": "Batch Normalization",
    "batchnorm.intro": (
        "A Batch Normalization layer sits after an Affine layer and, for every mini-batch, shifts "
        "and scales each feature so that over the batch it has mean 0 and variance 1; then it "
        "multiplies by γ and adds β, two parameters the network learns. This page builds it "
        "up: first the statistics it uses, then its computation graph forward and backward with "
        "real numbers, then the book's experiment: the same network trained with and without "
        "it."
    ),
    # 1. primer
    "batchnorm.primer_header": "1. Mean, deviation, variance: what BN computes",
    "batchnorm.primer_intro": (
        "BN computes, for each feature over the mini-batch, a mean and a variance. Type a few "
        "numbers (or pick an example): first where they sit (the mean, the median, the mode), "
        "then two ways of measuring how far they lie from their mean: the average **length** "
        "of the deviations and the average **square**."
    ),
    "batchnorm.numbers": "Numbers (separated by commas or spaces)",
    "batchnorm.numbers_help": (
        "Up to 30 numbers, e.g. 1, 2, 3 or 0.5 -1 4e2, each 0 or between 1e-999 and 1e6 in "
        "size. Like BN, every statistic divides by the count N (not N − 1). The lab computes "
        "them exactly from the numbers as typed (0.1 is one tenth, with no rounding error), "
        "then rounds to 4 significant digits for display."
    ),
    "batchnorm.preset_plain": "1, 2, 3",
    "batchnorm.preset_extreme": "1, 2, 3, 100",
    "batchnorm.preset_help": "Put this example into the list above.",
    "batchnorm.numbers_empty_list": ("The list is empty: type at least one number, e.g. 1, 2, 3."),
    "batchnorm.numbers_not_a_number_in_list": (
        "{token} is not a number. Type numbers separated by commas or spaces, e.g. 1, 2, 3."
    ),
    "batchnorm.numbers_number_too_large": (
        "{token} is too large for this primer: keep every number within ±{high}."
    ),
    "batchnorm.numbers_too_long": "That is more than {high} characters: shorten the list.",
    "batchnorm.numbers_number_too_small": (
        "{token} is too small for this primer: keep every number other than 0 at least {low} "
        "in size."
    ),
    "batchnorm.numbers_too_many_numbers": (
        "That is more than {high} numbers: the picture would be unreadable. Remove a few."
    ),
    "batchnorm.stat_mean": "Mean μ",
    "batchnorm.stat_mean_help": "μ = (1/N) Σ xᵢ: the balance point of the numbers.",
    "batchnorm.stat_mad": "Mean absolute deviation",
    "batchnorm.stat_mad_help": "(1/N) Σ |xᵢ − μ|: the average distance from the mean.",
    "batchnorm.stat_var": "Variance σ²",
    "batchnorm.stat_var_help": (
        "σ² = (1/N) Σ (xᵢ − μ)²: the average squared distance from the mean (its unit is the "
        "numbers' unit squared)."
    ),
    "batchnorm.stat_std": "Standard deviation σ",
    "batchnorm.stat_std_help": ("σ = √σ²: back in the numbers' own unit. BN divides by √(σ² + ε)."),
    "batchnorm.dev_title": "Two ways to measure the spread",
    "batchnorm.dev_lengths": "Deviations as lengths |x − μ|",
    "batchnorm.dev_squares": "Deviations as squares (x − μ)²",
    "batchnorm.dev_x": "value",
    "batchnorm.dev_mad": "average: {value}",
    "batchnorm.dev_mean": "mean μ = {value}",
    "batchnorm.dev_var": "average area σ² = {value}",
    "batchnorm.primer_see": (
        "**What to see.** The mean deviation averages the blue lengths; the variance averages "
        "the orange areas, and the standard deviation is the side of the dashed square with the "
        "average area. Here σ is {ratio:.2f} times the mean deviation (it is never smaller, and "
        "equal only when every deviation has the same length)."
    ),
    "batchnorm.primer_see_extreme": (
        "x{index} = {value}, the value farthest from the mean, makes up {share_length:.0f}% of "
        "the total length but {share_square:.0f}% of the total area: squaring lets large "
        "deviations count far more. BN divides by σ, so one extreme value in a mini-batch "
        "squeezes the normalized values of all the others together."
    ),
    "batchnorm.primer_see_try": (
        "Try the example with an extreme value: one far-away number weighs much more in the "
        "variance than in the mean deviation."
    ),
    "batchnorm.primer_see_same": (
        "**What to see.** Every number equals the mean: all deviations are 0, so the mean "
        "deviation, the variance and the standard deviation are 0. BN would divide by "
        "√(0 + ε): that is why ε is there."
    ),
    "batchnorm.primer_formulas_header": r"The formulas ($N$ numbers $x_1 \dots x_N$)",
    "batchnorm.primer_formulas": r"""
Mean:

$$
\mu = \frac{1}{N}\sum_{i=1}^{N} x_i
$$

Mean absolute deviation, the average length of the deviations:

$$
\frac{1}{N}\sum_{i=1}^{N} \lvert x_i - \mu \rvert
$$

Variance, the average area of their squares, and standard deviation:

$$
\sigma^2 = \frac{1}{N}\sum_{i=1}^{N} (x_i - \mu)^2 \qquad \sigma = \sqrt{\sigma^2}
$$

BN applies these to each feature over the mini-batch and then computes
$\hat{x}_i = (x_i - \mu) / \sqrt{\sigma^2 + \varepsilon}$: mean 0 and variance (almost) 1.
""",
    # 2. computation graph
    "batchnorm.graph_header": "2. The computation graph, forward and backward",
    "batchnorm.graph_intro": (
        "One BatchNormalization layer on a small mini-batch: N samples of D features drawn from "
        "N(3, 2²), and a random upstream gradient ∂L/∂y standing in for the layers above. Step "
        "through the nodes with the slider: each one shows its formula, the same formula with "
        "the batch's numbers for feature 1, and all its values as the layer recorded them. The "
        "boxes carry the names the book's code uses."
    ),
    "batchnorm.batch": "Batch size N",
    "batchnorm.batch_help": (
        "Samples in the mini-batch, for the graph and for the gradient check beside it. Try 1."
    ),
    "batchnorm.features": "Features D",
    "batchnorm.features_help": "Each feature is normalized on its own, over the batch.",
    "batchnorm.gamma": "γ (scale)",
    "batchnorm.gamma_help": "The learned scale; the book starts it at 1.",
    "batchnorm.beta": "β (shift)",
    "batchnorm.beta_help": "The learned shift; the book starts it at 0.",
    "batchnorm.step": "Node",
    "batchnorm.step_help": (
        "Forward from x to out, then backward from dout (the gradient arriving from above) to "
        "dx. Blue: this node; light blue: the nodes it is computed from."
    ),
    "batchnorm.graph_title": "Left: forward ↓   Right: backward ↑",
    "batchnorm.step_x": "**x**: the input, N samples (rows i) of D features (columns j).",
    "batchnorm.step_mu": "**mu**: the mean of each feature over the batch.",
    "batchnorm.step_xc": "**xc**: every value minus its feature's mean, so each column is centred.",
    "batchnorm.step_var": "**var**: the variance of each feature (divided by N, not N − 1).",
    "batchnorm.step_std": (
        "**std**: the standard deviation; ε = 10⁻⁶ keeps it from being 0 when all values agree."
    ),
    "batchnorm.step_xn": (
        "**xn**: the normalized values: in each column mean 0 and variance almost 1."
    ),
    "batchnorm.step_out": (
        "**out**: scaled by γ and shifted by β, so the network can undo the normalization "
        "where that helps."
    ),
    "batchnorm.step_dout": (
        "**dout**: the gradient of the loss with respect to the output, handed down by the layer "
        "above (here drawn at random). Backpropagation starts here."
    ),
    "batchnorm.step_dbeta": "**dbeta**: β is added to every sample, so its gradient sums dout.",
    "batchnorm.step_dgamma": (
        "**dgamma**: γ multiplies every x̂, so its gradient sums x̂ · dout over the batch."
    ),
    "batchnorm.step_dxn": "**dxn**: the gradient passed through the multiplication by γ.",
    "batchnorm.step_dstd": (
        "**dstd**: std divides every sample's xc, so its gradient sums over the batch."
    ),
    "batchnorm.step_dvar": "**dvar**: through the square root: d√v / dv = 1 / (2√v).",
    "batchnorm.step_dxc": (
        "**dxc**: xc reaches the loss two ways, directly through xn and through the variance; "
        "the two gradients add up."
    ),
    "batchnorm.step_dmu": (
        "**dmu**: the sum of dxc over the batch, as the book's code keeps it. μ is subtracted "
        "from every sample, so the gradient with respect to μ is minus this sum: the next line "
        "subtracts it."
    ),
    "batchnorm.step_dx": (
        "**dx**: x reaches the loss through xc and through μ: the gradient the layer hands down. "
        "In each column it sums to 0."
    ),
    "batchnorm.worked_caption": (
        "The same step with this batch's numbers (feature j = 1, sample i = 1):"
    ),
    "batchnorm.node_table": "All values of {node}",
    "batchnorm.graph_one_sample": (
        "**N = 1 is degenerate.** With one sample the mean is that sample, so xc = 0, var = 0, "
        "xn = 0 and out = β whatever x is. Nothing below the layer can change its output: dx is "
        "exactly 0."
    ),
    "batchnorm.trace_csv": "Download every node (CSV)",
    "batchnorm.check_header": "Gradient check",
    "batchnorm.check_intro": (
        "Backpropagation against numerical differentiation, (L(p + h) − L(p − h)) / 2h with "
        "h = 10⁻⁵, for every parameter of a small 10-8-8-4 network (tanh, float64) on a batch of "
        "N = {batch}. Errors below 10⁻⁶ mean the backward pass is right."
    ),
    "batchnorm.check_bn": "With Batch Normalization",
    "batchnorm.check_bn_help": (
        "Affine → BatchNorm → tanh in both hidden layers; off: Affine → tanh."
    ),
    "batchnorm.col_param": "parameter",
    "batchnorm.col_shape": "shape",
    "batchnorm.col_error": "max rel. error",
    "batchnorm.col_gradient": "max |grad|",
    "batchnorm.col_verdict": "result",
    "batchnorm.check_caption": (
        "**max rel. error**: the largest |backprop − numerical| over the parameter, divided by "
        "its largest gradient; “—” where the gradient is 0 (there is nothing to divide by). "
        "**result**: ✓ backprop agrees with the numerical gradient; ✗ they differ; both 0: "
        "nothing was tested."
    ),
    "batchnorm.verdict_ok": "✓ agree",
    "batchnorm.verdict_zero": "both 0",
    "batchnorm.verdict_bad": "✗ differ",
    "batchnorm.check_degenerate": (
        "**N = 1 tests nothing.** BN of a single sample outputs β whatever its input, so every "
        "gradient below it is exactly 0 ({params}): backprop and numerical differentiation agree "
        "because both are 0, and a wrong backward would pass too. The book's "
        "batch_norm_gradient_check uses a batch of one; use N ≥ 4."
    ),
    "batchnorm.check_two": (
        "**N = 2 is nearly as bad.** BN turns two samples into −1 and +1 whatever they were, "
        "so the gradients below it ({params}) are almost 0: what is left of ε, about 10⁻⁶. "
        "Errors on such tiny gradients are rounding noise, not a test of the code."
    ),
    "batchnorm.check_ok": (
        "**Backprop is right.** The largest relative error is {error} (at {param}), far below 10⁻⁶."
    ),
    "batchnorm.check_bad": (
        "**Something differs.** The relative error reaches {error} at {param}: more than "
        "rounding explains."
    ),
    "batchnorm.check_bias": (
        "The biases just before BN ({params}) get a gradient of 0 at any N: BN subtracts the "
        "batch mean, which removes any constant shift, so the bias cannot change the loss. "
        "A relative error of a gradient that is 0 means nothing: the table shows “—”."
    ),
    "batchnorm.check_slip": (
        "**A slip to watch for.** Hand-copied derivations of BN's backward often write, in "
        "this graph's names, `dstd = -dxn * xc / std**2`: one value per sample. But std is "
        "shared by the whole batch, so the gradients flowing into it add up: "
        "`dstd = -np.sum(dxn * xc, axis=0) / std**2`, as in the dstd node on the left. "
        "The gradient check catches the slip, but only with N > 1."
    ),
    # 2b. running averages
    "batchnorm.running_header": "What evaluation uses: batch statistics and running averages",
    "batchnorm.running_intro": (
        "While training, BN normalizes each mini-batch with that mini-batch's own mean and "
        "variance. It also keeps running averages of them, which start at 0 and move a share "
        "1 − momentum of the way towards each mini-batch's values (the book: momentum 0.9). "
        "Evaluation (train_flg=False) normalizes with the running averages instead, so a test "
        "image gets the same output whatever else is in its batch. Here the layer above sees "
        "{steps} training mini-batches of N = {batch} samples from N(3, 2²); feature j = 1 is "
        "drawn."
    ),
    "batchnorm.momentum": "Momentum",
    "batchnorm.momentum_help": (
        "The share of the running average kept at each step (the book: 0.9). Closer to 1: "
        "smoother, but slower to leave its start at 0."
    ),
    "batchnorm.steps": "Training steps",
    "batchnorm.steps_help": "Mini-batches the layer sees in training mode (forward passes only).",
    "batchnorm.running_mean_title": "Mean of feature 1, step by step",
    "batchnorm.running_var_title": "Variance of feature 1, step by step",
    "batchnorm.running_x": "training step",
    "batchnorm.running_y_mean": "mean",
    "batchnorm.running_y_var": "variance",
    "batchnorm.running_batch": "this mini-batch (training)",
    "batchnorm.running_running": "running average (evaluation)",
    "batchnorm.running_population": "the data's true value",
    "batchnorm.running_see_start": (
        "**What to see.** After {steps} steps, {left} of the running mean's start at 0 is still "
        "in it (momentum^steps): it stands at {running}, while the data's mean is {mean}. "
        "Evaluating now would normalize with that value, not the data's: a network evaluated "
        "after only a few training steps gets a skewed BN."
    ),
    "batchnorm.running_see_caught_up": (
        "**What to see.** After {steps} steps only {left} of the running mean's start at 0 is "
        "left in it (momentum^steps): at {running} it is close to the data's mean of {mean}, "
        "and evaluation normalizes with it, while training uses each mini-batch's own, "
        "noisier mean."
    ),
    "batchnorm.running_see_var": (
        "The running variance ends at {running_var}; the data's variance is {var}. A mini-batch "
        "variance divides by N = {batch}, not N − 1, so on average it is (N − 1)/N = {ratio} of "
        "the data's: {expected} (over these {steps} steps they averaged {average}). But "
        "{batch} samples give very uneven variances, and the running average counts mostly the "
        "last {recent_steps} mini-batches (each step keeps {momentum} of it): their variances "
        "averaged {recent}, and the running variance follows them."
    ),
    "batchnorm.running_csv": "Download the statistics of every step (CSV)",
    # 3. with vs without BN
    "batchnorm.train_header": "3. Training with and without Batch Normalization",
    "batchnorm.train_intro": (
        "The book's `batch_norm_test`: two 784-100-100-100-100-100-10 ReLU networks with the "
        "same initial weights and the same mini-batches, one with Affine → BatchNorm → ReLU, one "
        "without BN; SGD with learning rate 0.01, mini-batches of 100, training accuracy over "
        "all training images after every epoch. With BN (solid) vs without (dashed)."
    ),
    "batchnorm.scale": "Initial weight std (log scale)",
    "batchnorm.scale_help": (
        "The standard deviation of every initial weight. The slider holds round values from "
        "0.0001 to 10 and the book's 16 scales (marked “book”)."
    ),
    "batchnorm.scale_book": "{scale:.3g} (book)",
    "batchnorm.epochs": "Epochs",
    "batchnorm.epochs_help": "Passes over the training images (the book: 20).",
    "batchnorm.train_size": "Training images",
    "batchnorm.train_size_help": "The first N images of the training set (the book: 1,000).",
    "batchnorm.run_bn": "with BN",
    "batchnorm.run_plain": "without BN",
    "batchnorm.curve_title": "Training accuracy, initial weight std {scale}",
    "batchnorm.curve_x": "epoch",
    "batchnorm.curve_y": "training accuracy",
    "batchnorm.metric_final": "{run}: final training accuracy",
    "batchnorm.metric_diverged": "diverged",
    "batchnorm.see_bn_wins": (
        "**What to see.** With BN the network ends at {bn:.2f}, without it at {plain:.2f}: "
        "normalizing every layer's input keeps the signal alive whatever the initial scale, so "
        "training gets going at once."
    ),
    "batchnorm.see_bn_loses": (
        "**What to see.** Here BN loses: {bn:.2f} with it, {plain:.2f} without. Near the He "
        "scale of the hidden layers (√(2/100) ≈ 0.14) the plain network is already well "
        "initialized, and the book's own grid shows BN behind at 0.293 and 0.158."
    ),
    "batchnorm.see_even": (
        "**What to see.** Both end about even ({bn:.2f} with BN, {plain:.2f} without): at this "
        "scale the plain network starts well enough on its own."
    ),
    "batchnorm.see_plain_diverged": (
        "**What to see.** Without BN the weights are so large that the loss overflowed; with BN "
        "the same weights train to {bn:.2f}."
    ),
    "batchnorm.see_chance": (
        "Without BN the accuracy stays at {plain:.2f}, about chance for 10 digits: the signal "
        "dies out (or saturates) on its way through the layers and the network learns nothing."
    ),
    # 4. the grid
    "batchnorm.grid_header": "4. The book's 16 weight scales",
    "batchnorm.grid_intro": (
        "The book repeats the comparison at 16 weight scales from 1 down to 0.0001 "
        "(`np.logspace(0, -4, 16)`). Press **Train** to run all 32 networks ({epochs} epochs, "
        "{train_size} images each): the grid fills in scale by scale. At the book's settings "
        "this takes a few minutes; a finished grid is kept on the server for everyone."
    ),
    "batchnorm.grid_row_ours_bn": "ours, with BN",
    "batchnorm.grid_row_ours_plain": "ours, without BN",
    "batchnorm.grid_row_book_bn": "book, with BN",
    "batchnorm.grid_row_book_plain": "book, without BN",
    "batchnorm.grid_title": "Final training accuracy after {epochs} epochs, by initial weight std",
    "batchnorm.grid_x": "initial weight std",
    "batchnorm.grid_z": "accuracy",
    "batchnorm.grid_run": "{run} at std {scale}",
    "batchnorm.grid_diverged": "div.",
    "batchnorm.grid_caption": (
        "Thick outline: scales where BN ends below the network without it; “div.”: the "
        "network diverged (its loss overflowed) before the last epoch. The book's columns "
        "are the numbers its notebook recorded (20 epochs, 1,000 images; “about .12” written as "
        "0.12). Our images are a different subset, so the numbers differ somewhat; the pattern "
        "should not."
    ),
    "batchnorm.grid_csv": "Download the grid, ours and the book's (CSV)",
    "batchnorm.grid_see_wins": (
        "**What to see.** BN ends ahead at {wins} of {total} scales: without it, only scales "
        "near the He value (about 0.14) let the network learn at all."
    ),
    "batchnorm.grid_see_loses": (
        "BN ends behind at {scales}: thick outlines in the grid. The book sees the same at "
        "0.293 and 0.158, near the He scale, where the plain network already starts well."
    ),
    "batchnorm.grid_see_never_loses": (
        "In this run BN never ends behind; the book saw it lose at 0.293 and 0.158. Try "
        "another random seed: near the He scale the two are close."
    ),
    "batchnorm.grid_book_note": (
        "BN is not magic: in 20 epochs the book's BN networks reach only 0.42-0.63 at the three "
        "largest scales and 0.52-0.83 below 0.002. It makes training far less sensitive to the "
        "initial weights, not insensitive."
    ),
    # ------------------------------------------------ lesson links, predict then reveal (issue 12)
    # ui/lesson.py, ui/form.py, ui/lesson_view.py, ui/predict.py and the lessons' questions.py
    "predict.bn.prompt": (
        "Weight scale {scale}: after {epochs} epochs, which network reaches the higher "
        "training accuracy?"
    ),
    "predict.bn.opt_bn": "With BN",
    "predict.bn.opt_plain": "Without BN",
    "predict.bn.opt_even": "About even (within 0.05)",
    "predict.bn.numbers": "Final training accuracy: with BN {bn:.2f}, without {plain:.2f}.",
    "predict.bn.numbers_diverged": (
        "Final training accuracy: with BN {bn:.2f}; without BN the network diverged."
    ),
    "predict.bn.no_verdict": (
        "The network with BN did not reach the last epoch (it diverged): there is no final "
        "accuracy to compare."
    ),
    "predict.bn.why_bn": (
        "BN rescales every layer's input to mean 0 and std 1 on each mini-batch, so a poor "
        "starting scale matters far less: the signal and the gradients keep their size and "
        "training gets going at once."
    ),
    "predict.bn.why_plain": (
        "Near He's scale (√(2/100) ≈ {he}) the plain network already starts well; BN then adds "
        "the noise of each mini-batch's statistics and can end a little behind."
    ),
    "predict.bn.why_even": (
        "At this scale both networks start well enough to learn: BN's advantage is small here."
    ),
    "predict.bn.not_bn": (
        "BN does not always end ahead: where the plain network's weights are already about the "
        "right size (near {he}) the two end close, and the plain one can be ahead."
    ),
    "predict.bn.not_plain": (
        "Far from He's scale (≈ {he}) the plain network's activations vanish or explode and it "
        "learns slowly or not at all: that is where BN helps most."
    ),
    "predict.bn.not_even": "The two differ by {diff:.2f}, more than the {margin} counted as even.",
    "predict.scales.prompt": (
        "Over the book's 16 weight scales, where will the network with BN end below the one "
        "without, after {epochs} epochs?"
    ),
    "predict.scales.opt_large": "At the largest scales ({range})",
    "predict.scales.opt_medium": "At medium scales ({range})",
    "predict.scales.opt_small": "At the smallest scales ({range})",
    "predict.scales.opt_none": "Nowhere: BN always ends ahead or even",
    "predict.scales.why_loses": (
        "BN ends below at {scales} (outlined in the grid). Near He's √(2/100) ≈ {he} the plain "
        "network starts well and learns fast, while BN's per-batch normalization adds noise; "
        "far from it the plain network barely learns, and BN wins."
    ),
    "predict.scales.why_none": (
        "In this run BN never ends below: even near He's scale (≈ {he}), where the plain "
        "network starts well, BN kept up. The book saw it lose at 0.293 and 0.158; try another "
        "seed."
    ),
    "predict.scales.not_large": (
        "At the largest scales ({large_range}) the plain network's activations explode and it "
        "learns little: with BN {large_bn}, without {large_plain}."
    ),
    "predict.scales.not_medium": (
        "At medium scales ({medium_range}), near He's ≈ {he}, the two are close, and this time "
        "BN held on: with BN {medium_bn}, without {medium_plain}."
    ),
    "predict.scales.not_small": (
        "At the smallest scales ({small_range}) the plain network's signal vanishes and it "
        "stays near chance: with BN {small_bn}, without {small_plain}."
    ),
    "predict.scales.not_none": "BN did end below the plain network, at {scales}.",
    # The study note's figures, one click away (pages/dropout.py, pages/weight_decay.py,
    # ui/batchnorm/central.py, ui/batchnorm/scale_panels.py)
    "batchnorm.centre_header": "Where the numbers sit: mean, median, mode",
    "batchnorm.spread_header": "How far they spread",
    "batchnorm.stat_median": "Median",
    "batchnorm.stat_median_help": (
        "The middle value once the numbers are sorted (with an even count, the mean of the two "
        "middle ones). One extreme number moves the mean, hardly the median."
    ),
    "batchnorm.stat_mode": "Mode",
    "batchnorm.stat_mode_help": (
        "The value that appears most often. When every value appears equally often there is none."
    ),
    "batchnorm.mode_none": "none",
    "batchnorm.centre_title": "The numbers on a line, with their mean, median and mode",
    "batchnorm.centre_x": "value",
    "batchnorm.centre_mean": "mean {value}",
    "batchnorm.centre_median": "median {value}",
    "batchnorm.centre_mode": "mode {value}",
    "batchnorm.centre_see": (
        "The mean shares the sum among all the numbers: {total} / {n} = {mean}. (The study "
        "note asks of 1, 2, 3: why 2 and not 3? Dividing the sum by one number fewer, {short}, "
        "would give {wrong}: every number counts once.)"
    ),
    "batchnorm.panels_title": (
        "Training accuracy over {epochs} epochs, one panel per initial weight std"
    ),
    "batchnorm.panels_caption": (
        "The panels are the book's own figure of this experiment: one per initial weight std, "
        "with BN solid and without BN dashed (the study note: dashed without Batch Normalization, "
        "solid with). The grid under them sums each panel up in its last epoch's accuracy."
    ),
    # ---------------------------------------------------------------- issue 18: every chart
    # speaks (ui/chart.py, ui/describe.py and the lessons' descriptions), projector mode
    "chart.primer_lengths": (
        "The numbers {values} lie around their mean {mean}; their distances from it are "
        "{lengths}, and the mean of those distances (the mean deviation) is {mad}"
    ),
    "chart.primer_squares": (
        "The same distances squared: {squares}; the mean of the squares (the variance) is "
        "{var}, and its square root (the standard deviation) is {std}"
    ),
    "chart.graph": (
        "Batch Normalization's computation graph, {count} nodes from x to out: {nodes}. "
        "Highlighted: step {index} of {count}, {step}"
    ),
    "chart.grid_book": (
        "The book's 16 weight scales; our runs are not trained yet. The book recorded with "
        "BN {book_bn} and without BN {book_plain} (final training accuracy, scales from 1 down "
        "to 0.0001)"
    ),
    "chart.grid_ours": "Ours with BN {ours_bn}; without BN {ours_plain}",
    # ------------------------------------------------ words that agree (issue 17, items 13-17)
    "batchnorm.verdict_no_gradient": "no gradient (a bias before BN)",
    "batchnorm.running_see_var_start": (
        "The running variance ends at {running_var}; the data's variance is {var}. A mini-batch "
        "variance divides by N = {batch}, not N − 1, so on average it is (N − 1)/N = {ratio} of "
        "the data's: {expected} (over these {steps} steps they averaged {average}). The running "
        "average counts mostly the last {recent_steps} mini-batches (each step keeps {momentum} "
        "of it), whose variances averaged {recent}, but {left} of its start at 0 is still in "
        "it: that holds it lower still."
    ),
    # ---------------------------------------------------------------- issue 21 with issue 18:
    # the chapter pages' charts described (ui/updates, ui/hyperparameters, ui/batchnorm)
    "chart.centre": ("The numbers {values} on a number line: mean {mean}, median {median}, {mode}"),
    "chart.centre_mode": "mode {modes} (it appears {count} times)",
    "chart.centre_no_mode": "no mode (every value appears equally often)",
    "chart.centre_right": "The mean lies {gap} to the right of the median, pulled by {far}",
    "chart.centre_left": "The mean lies {gap} to the left of the median, pulled by {far}",
    "batchnorm.centre_values": "your numbers",
    "chart.line_solid": "solid",
    "chart.line_dashed": "dashed",
    "chart.panels_run": (
        "{run} ({line}): the curves end between {low} at std {low_at} and {high} at std {high_at}"
    ),
    "chart.panels_short": "{run}: the curves at std {scales} stop before epoch {epochs}",
    "chart.panels_wins": "BN ends higher by more than {margin} in {wins} of {both} panels",
    "chart.panels_waiting": (
        "{count} panels, one per initial weight std from {largest} down to {smallest}; no "
        "curve is drawn yet"
    ),
}
