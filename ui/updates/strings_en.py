"""English strings that only the parameter updates (6.1) lesson uses
(pages/updates.py, ui/updates/).

ui/i18n.py merges them with the shared ui/strings_en.py and the other lessons' tables;
strings_zh_tw.py and strings_ja.py beside this file hold the same keys.
"""

STRINGS = {
    # ---------------------------------------------------------------- issue 21: the whole
    # chapter. Page 6: parameter updates, 6.1 (pages/updates.py, ui/updates/)
    "updates.title": "Parameter updates: SGD, Momentum, AdaGrad, Adam",
    "updates.intro": (
        "Training is a walk downhill: after every mini-batch the **update rule** moves each "
        "parameter against its gradient. How far, and whether it remembers earlier steps, is "
        "what sets the four rules of section 6.1 apart. The book first races them on a function "
        "of two variables, where every step can be drawn, then on MNIST."
    ),
    "updates.race_header": "The race on f(x, y) = x²/20 + y²",
    "updates.race_intro": r"""
The book's `optimizer_compare_naive`: every rule starts at the same point and takes the same
number of steps, each with its own learning rate (the book's: SGD 0.95, Momentum 0.1, AdaGrad
1.5, Adam 0.3). The function is a long valley, twenty times steeper across (y) than along (x):

$$
f(x, y) = \frac{x^2}{20} + y^2, \qquad
\nabla f = \left( \frac{x}{10},\; 2y \right)
$$

The gradient points across the valley far more than towards its lowest point at (0, 0), so a
step size that suits x is far too large for y.
""",
    "updates.lr": "{rule} learning rate (log scale)",
    "updates.lr_help": "The step size η of this rule (the book's race: {book:g}).",
    "updates.x0": "Start x",
    "updates.x0_help": "Where every rule starts, along the valley (the book: −7).",
    "updates.y0": "Start y",
    "updates.y0_help": "Where every rule starts, across the valley (the book: 2).",
    "updates.steps": "Steps",
    "updates.steps_help": "How many updates each rule takes (the book: 30).",
    "updates.race_title": "Each rule's path over the contour lines of f",
    "updates.race_play": "▶ Play",
    "updates.race_pause": "❚❚ Pause",
    "updates.race_step": "step",
    "updates.race_caption": (
        "Grey: where f is 0.25, 0.5, 1, 2, … 7; the cross marks the minimum (0, 0). Play replays "
        "the steps; the slider under the panels goes to any step. The whole path is shown at "
        "first."
    ),
    "updates.race_arrived": (
        "**{rule}** reached the bottom: f stayed below 0.01 from step {step} of {steps} on "
        "(it started at {f0})."
    ),
    "updates.race_diverged": (
        "**{rule}** diverged: at step {step} f was more than ten times where it started. Each "
        "step overshoots farther than the last; a smaller learning rate would stay in the "
        "valley."
    ),
    "updates.race_stalled": (
        "**{rule}** stalled: after {steps} steps f is still {f} (it started at {f0}). The "
        "learning rate is too small to get anywhere in this many steps."
    ),
    "updates.race_moving": (
        "**{rule}** is still on its way: after {steps} steps f = {f} (it started at {f0})."
    ),
    "updates.race_zigzag": (
        "**{rule}** zigzags across the valley: y changed sign {turns} times. The steep "
        "direction sets how large a step may be, and the shallow one then crawls."
    ),
    "updates.race_overshoot": (
        "**{rule}** overshoots: it passed the minimum's x {turns} time(s) and swung back, "
        "carried by the velocity it gathered downhill."
    ),
    "updates.rules_header": "The update rules, and the code that runs them",
    "updates.rules_intro": (
        "η is the learning rate and ∂L/∂W the gradient; products and square roots are taken "
        "element by element. Under each formula, the lab's own code that computed the paths "
        "above and trains the networks below (engine/optimizers.py): it writes each "
        "intermediate product into an array it keeps, so a step allocates no memory."
    ),
    "updates.rule_sgd": r"""
Step against the gradient, the same η for every parameter:

$$
W \leftarrow W - \eta \frac{\partial L}{\partial W}
\vphantom{\bigg|}
$$
""",
    "updates.rule_momentum": r"""
A ball rolling downhill: the velocity v keeps a share α = 0.9 of itself each step, so steps
in a steady direction add up and back-and-forth ones cancel:

$$
\begin{gathered}
v \leftarrow \alpha v - \eta \frac{\partial L}{\partial W} \\
W \leftarrow W + v
\end{gathered}
$$
""",
    "updates.rule_adagrad": r"""
Each parameter's step shrinks with the squared gradients it has seen (h), so the steep
direction slows down first:

$$
\begin{gathered}
h \leftarrow h + \frac{\partial L}{\partial W} \odot \frac{\partial L}{\partial W} \\
W \leftarrow W - \eta \frac{1}{\sqrt{h} + 10^{-7}} \frac{\partial L}{\partial W}
\end{gathered}
$$
""",
    "updates.rule_adam": r"""
Momentum (m) and AdaGrad-like scaling (v) together, both as moving averages, with the bias
of their zero start corrected in the step size (β₁ = 0.9, β₂ = 0.999, t the step):

$$
\begin{gathered}
m \leftarrow m + (1 - \beta_1) \left( \frac{\partial L}{\partial W} - m \right) \\
v \leftarrow v + (1 - \beta_2) \left( \frac{\partial L}{\partial W} \odot
\frac{\partial L}{\partial W} - v \right) \\
\eta_t = \eta \, \frac{\sqrt{1 - \beta_2^{\,t}}}{1 - \beta_1^{\,t}} \\
W \leftarrow W - \eta_t \frac{m}{\sqrt{v} + 10^{-7}}
\end{gathered}
$$
""",
    "updates.rule_code": "The engine's code",
    "updates.mnist_header": "The same four rules on MNIST",
    "updates.mnist_intro": (
        "The book's `optimizer_compare_mnist`: four 784-100-100-100-100-10 ReLU networks with He "
        "initial weights, one per rule, trained side by side on the same mini-batches of 128 "
        "digits for 2,000 iterations, with the book's learning rates (0.01 for SGD, Momentum "
        "and AdaGrad, 0.001 for Adam). Each curve is that iteration's mini-batch loss, smoothed "
        "as the book smooths it (a weighted average over 11 iterations). Here the four networks "
        "also start from the same initial weights, so only the rule differs."
    ),
    "updates.iterations": "Iterations",
    "updates.iterations_help": (
        "Mini-batches of 128 digits each network trains on (the book: 2,000)."
    ),
    "updates.mnist_title": "Mini-batch loss, smoothed as the book does",
    "updates.mnist_x": "iteration",
    "updates.mnist_y": "loss (smoothed)",
    "updates.mnist_run": "{rule} (η = {lr:g})",
    "updates.mnist_final": "{rule}: mean loss, last 100",
    "updates.mnist_axis": (
        "As in the book, the loss axis runs from 0 to 1: every rule starts near 2.3 (ln 10, a "
        "guess among ten digits), so its first iterations are above the chart."
    ),
    "updates.mnist_book_header": "Ours beside the book's",
    "updates.col_rule": "Rule",
    "updates.col_ours": "This lab: mean loss of the last {last} iterations",
    "updates.col_book": "The book: losses printed at iterations 1,500-1,900",
    "updates.mnist_book": (
        "The book trained on the full MNIST (60,000 digits) and printed one mini-batch's loss "
        "every 100 iterations; the range above is what it printed at iterations 1,500 to 1,900. "
        "Its order: SGD far behind, Momentum next, AdaGrad and Adam close together in front. "
        "This lab's {last}-iteration means come from its smaller data set (which the networks "
        "see many times over), so the numbers differ; the order is the thing to compare."
    ),
    "predict.race.prompt": (
        "After {steps} steps from the same start, with the learning rates set above, which rule "
        "ends lowest on f (closest to the minimum)?"
    ),
    "predict.race.end": "{rule} ends at f = {f}",
    "predict.race.end_diverged": "{rule} diverged at step {step}",
    "predict.race.all_diverged": "Every rule diverged at these learning rates: none ends anywhere.",
    "predict.race.why": "After {steps} steps {winners} ends lowest. {ends}.",
    "predict.mnist.prompt": (
        "Four networks train on the same {iterations} mini-batches, one per rule, each with the "
        "book's learning rate. Which ends with the lowest mean loss over its last {last} "
        "iterations?"
    ),
    "predict.mnist.no_verdict": "The runs have not all reached the last iteration.",
    "predict.mnist.why": "Mean loss of the last {last} iterations: {means}. Lowest: {winners}.",
    "predict.mnist.not": (
        "{rule} ends at {loss:.3f}, above the lowest ({low:.3f}): at its learning rate it "
        "gets down the loss more slowly here."
    ),
    # ---------------------------------------------------------------- issue 21 with issue 18:
    # the chapter pages' charts described (ui/updates, ui/hyperparameters, ui/batchnorm)
    "chart.comma": ", ",
    "chart.race_start": "Every rule starts at {at}, where f = {f}; the minimum is at (0, 0)",
    "chart.race_end": "{rule} after {steps} steps ends at {at}, f = {f}",
    "chart.race_arrived": "below {level} from step {step} on",
    "chart.race_zigzag": "zigzagging across the valley: it crossed y = 0 {turns} times",
    "chart.race_overshoot": "overshooting x = 0 by {by}",
    "chart.race_diverged": "{rule} diverged: at step {step} f was ten times its start",
    "chart.mnist_lowest": "Mean loss over the last {last} iterations, lowest first: {means}",
}
