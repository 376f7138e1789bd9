"""English strings that only the weight initialization lesson uses
(pages/weight_init.py, ui/weight_init/).

ui/i18n.py merges them with the shared ui/strings_en.py and the other lessons' tables;
strings_zh_tw.py and strings_ja.py beside this file hold the same keys.
"""

STRINGS = {
    # ---------------------------------------------------------------- page 1: weight initialization
    "init.title": "Weight initialization & activation distributions",
    "init.intro": (
        "Pass 1,000 random inputs x ~ N(0, 1) through a stack of layers without bias, each "
        "computing a = x·W and z = h(a) with random weights W ~ N(0, σ²), and look at what comes "
        "out of every layer. The scale σ decides whether the signal survives the trip."
    ),
    "init.layers": "Layers",
    "init.layers_help": "Number of layers the inputs pass through (the book uses 5).",
    "init.nodes": "Nodes per layer",
    "init.nodes_help": "Units in every layer: n in the Xavier and He formulas (the book: 100).",
    "init.samples": "Samples",
    "init.samples_help": "Number of random inputs drawn from N(0, 1) (the book: 1,000).",
    "init.samples_limit": (
        "At most {most:,} samples with {layers} layers of {nodes} nodes: a page draws at most "
        "{values} million values, so it stays fast for a whole class."
    ),
    "init.samples_limit_grad": (
        "At most {most:,} samples with {layers} layers of {nodes} nodes and their gradients: a "
        "page draws at most {values} million values, so it stays fast for a whole class."
    ),
    "init.activation": "Activation function",
    "init.init": "Initial weights",
    "init.init_help": (
        "The standard deviation σ of the initial weights: a fixed number, Xavier √(1/n), He "
        "√(2/n), or your own value on the slider."
    ),
    "init.custom_title": "std {sigma:g}",
    "init.scale": "Custom std σ (log scale)",
    "init.scale_help": "Used when “custom” is chosen: any σ from 0.0001 to 10.",
    "init.sigma": "Weights are drawn with σ = {sigma:.4g} ({nodes} inputs per node).",
    "init.range": "Histogram range",
    "init.range_output": "function's range",
    "init.range_auto": "zoom to values",
    "init.range_book": "book: (0, 1)",
    "init.range_help": (
        "The x range of the activation histograms. Function's range: (0, 1) for sigmoid and "
        "(−1, 1) for tanh, so values that all crowd onto one number show as one spike; ReLU has "
        "no upper bound, so it spans all its values. Zoom to values: from the smallest value to "
        "the largest. Book: (0, 1) for every function, as the book draws its histograms "
        "(tanh's negative half and ReLU's large values are cut off)."
    ),
    "init.range_note_output": "x axis: {low} to {high}, every value {activation} can take",
    "init.range_note_relu": "x axis: every value, {low} to {high} (ReLU has no upper bound)",
    "init.range_note_auto": "x axis: zoomed to the values, {low} to {high}",
    "init.range_note_book": "x axis: the book's 0 to 1; values outside it are not drawn",
    "init.gradients": "Show gradients too",
    "init.gradients_help": (
        "Push a random gradient back through the same layers (one backward pass) and draw, in a "
        "second row, each layer's dL/da at the activation's input: what its weights learn from "
        "(dL/dW = xᵀ · dL/da)."
    ),
    "init.hist_title": "What comes out of each layer: {activation}, {init}",
    "init.layer_n": "Layer {layer}",
    "init.share_axis": "share of values (%)",
    "init.name_activation": "Activations",
    "init.name_gradient": "Gradients",
    "init.x_activation": "activation value z",
    "init.x_gradient": "gradient dL/da",
    "init.std_title": "How the signal travels: standard deviation per layer",
    "init.std_x": "layer",
    "init.std_y": "standard deviation",
    "init.table_header": "Per layer",
    "init.col_quantity": "quantity",
    "init.col_layer": "layer",
    "init.col_mean": "mean",
    "init.col_std": "std",
    "init.col_saturated": "saturated (%)",
    "init.col_zeros": "exactly 0 (%)",
    "init.col_saturated_help": (
        "Saturated: the share of values within 0.05 of the function's bounds (0 or 1 for "
        "sigmoid, ±1 for tanh), where its slope is almost 0."
    ),
    "init.hist_csv": "Download the histograms (CSV)",
    "init.std_csv": "Download the std per layer (CSV)",
    "init.table_csv": "Download the table (CSV)",
    "init.see_header": "What to see",
    "init.see_saturated": (
        "**Saturation.** In layer {layer}, {percent:.0f}% of the activations lie within 0.05 of "
        "the function's bounds. There the curve is flat and its derivative h'(a) is almost 0, so "
        "the gradient that backpropagation sends through those units all but vanishes: their "
        "weights barely learn."
    ),
    "init.see_alike": (
        "**Every unit says the same thing.** The activations of layer {layer} have std "
        "{std}: all {nodes} units output almost the same number, so many units are no better "
        "than one (the book calls this limited expressiveness)."
    ),
    "init.see_dead": (
        "**The signal dies out.** From layer {layer} on, the ReLU outputs are all but 0 (std "
        "{std}): the next layers receive almost nothing, and the gradients will vanish too."
    ),
    "init.see_explode": (
        "**Exploding activations.** The spread grows {ratio}-fold from layer 1 to layer "
        "{layer} (std {first} → {last}): each layer multiplies it again."
    ),
    "init.see_shrink": (
        "**Shrinking activations.** The spread falls from std {first} in layer 1 to "
        "{last} in layer {layer}: deeper layers see an ever weaker signal."
    ),
    "init.see_healthy": (
        "**A healthy spread.** The std stays between {low} and {high} across the "
        "layers: every layer passes a varied signal on. This is what Xavier (for sigmoid and "
        "tanh) and He (for ReLU) are designed to do."
    ),
    "init.see_overflow": (
        "**Overflow.** From layer {layer} on, the values exceed what a 32-bit float can hold "
        "(about 3.4 × 10³⁸) and stop being numbers; those layers are left out of the std line and "
        "the table."
    ),
    "init.see_outside": (
        "**Cut off.** {percent:.0f}% of the values in layer {layer} lie outside the book's range "
        "(0, 1) and are not drawn: choose “function's range” or “zoom to values” to see them."
    ),
    "init.see_grad_grow": (
        "**Gradients.** Going back from layer {layers} to layer 1, the gradient's std grows "
        "{ratio}-fold ({last} → {first})."
    ),
    "init.see_grad_shrink": (
        "**Gradients.** Going back from layer {layers} to layer 1, the gradient's std shrinks "
        "{ratio}-fold ({last} → {first}): the first layers get little to learn from."
    ),
    "init.see_grad_hold": (
        "**Gradients.** Going back from layer {layers} to layer 1, the gradient's std stays "
        "about the same ({last} → {first}): every layer gets something to learn from."
    ),
    "init.theory_header": "Why the scale matters",
    "init.theory": r"""
A layer computes $\mathbf{a} = \mathbf{x}W$ and then $\mathbf{z} = h(\mathbf{a})$. With $n$
independent inputs of variance $\mathrm{Var}(x)$ and weights of standard deviation $\sigma$,

$$
\mathrm{Var}(a) = n\,\sigma^2\,\mathrm{Var}(x)
$$

* **std 1** ($n\sigma^2 = 100$ for $n = 100$): $a$ is large, so sigmoid outputs pile up near
  0 and 1, where its derivative $h'(a) = h(a)\,(1 - h(a))$ is almost 0: **the gradients
  vanish**.
* **std 0.01** ($n\sigma^2 = 0.01$): $a \approx 0$, so every unit outputs about
  $h(0) = 0.5$: the units all say the same thing and **expressiveness is limited**.
* **Xavier** (Glorot & Bengio): $\sigma = \sqrt{1/n}$ keeps $\mathrm{Var}(a) = \mathrm{Var}(x)$.
  It suits sigmoid and tanh, which are close to linear around 0.
* **He** (He et al.): $\sigma = \sqrt{2/n}$. ReLU sets half of its inputs to 0 and so halves
  the second moment; the factor 2 makes up for it, so the spread holds layer after layer.
""",
    "init.train_header": "Training on MNIST: std 0.01 vs Xavier vs He",
    "init.train_intro": (
        "The book's `weight_init_compare`: three 784-100-100-100-100-10 ReLU networks, identical "
        "except for the initial weights, trained side by side with {optimizer} (learning rate "
        "{lr:g}, mini-batches of 128). Thin lines are each mini-batch's loss, thick lines their "
        "moving average. The book trains with SGD and records, after about 1,500 iterations: "
        "std 0.01 stuck at 2.30 (it does not learn), Xavier about 0.2-0.4, He about 0.2-0.3."
    ),
    "init.iterations": "Iterations",
    "init.iterations_help": "Mini-batch updates per network (the book: 2,000).",
    "init.loss_title": "Training loss on MNIST, {optimizer}",
    "init.optimizer": "Optimizer",
    "init.optimizer_help": (
        "How the three networks follow their gradients. The book's comparison uses SGD; the "
        "others with the learning rates of the book's optimizer comparison (Adam 0.001, the "
        "rest 0.01). Does the initialization still matter with Adam?"
    ),
    "init.loss_x": "iteration",
    "init.loss_y": "loss (cross-entropy)",
    "init.run_std": "std 0.01",
    "init.run_xavier": "Xavier",
    "init.run_he": "He",
    "init.loss_caption": (
        "Each point is a mini-batch's loss computed just before that mini-batch's update, in the "
        "same pass that computes the gradient. The book's script computes it again just after "
        "the update, so its curves lie slightly lower (about 0.02 at the end for He)."
    ),
    "init.final_loss": "{init}: loss (mean of the last 100)",
    # ------------------------------------------------ lesson links, predict then reveal (issue 12)
    # ui/lesson.py, ui/form.py, ui/lesson_view.py, ui/predict.py and the lessons' questions.py
    "predict.shape.prompt": (
        "With weights of std {sigma}, what will the {activation} activations of layer {layer} "
        "look like?"
    ),
    "predict.shape.prompt_relu": (
        "With weights of std {sigma}, how will the spread of the ReLU activations change from "
        "layer 1 to layer {layer}?"
    ),
    "predict.shape.opt_ends": "Piled up at both ends",
    "predict.shape.opt_spike": "One narrow spike in the middle",
    "predict.shape.opt_spread": "Spread out over the range",
    "predict.shape.opt_shrink": "Shrinking layer by layer",
    "predict.shape.opt_keep": "About the same in every layer",
    "predict.shape.opt_grow": "Growing layer by layer",
    "predict.shape.picture_x_relu": "spread (std) of each layer",
    "predict.shape.needs_layers": (
        "The question on the ReLU spreads compares the last layer with the first: it is "
        "asked with 2 layers or more."
    ),
    "predict.shape.needs_range": (
        "The question on the histograms' shape is asked when they are drawn on the function's "
        "output range (the x range's first choice)."
    ),
    "predict.shape.why_ends": (
        "In layer {layer}, {percent:.0f}% of the values lie within 0.05 of the ends. Weights of "
        "std {sigma} add up {nodes} inputs into a z far from 0, where the {activation} is flat: "
        "its slope, and so the gradient, is almost 0 (vanishing gradients)."
    ),
    "predict.shape.why_spike": (
        "Layer {layer}'s values have std {std} around {mean}: every unit outputs almost the "
        "same number. Weights of std {sigma} keep z close to 0, where the {activation} gives "
        "every unit the same value: many units are no better than one (limited "
        "expressiveness)."
    ),
    "predict.shape.why_spread": (
        "Layer {layer}'s values spread with std {std}, neither piled at the ends ({percent:.0f}% "
        "there) nor squeezed together. A std near Xavier's 1/√n = {xavier} keeps the spread of "
        "z about the same from layer to layer."
    ),
    "predict.shape.why_shrink": (
        "The spread falls from {first} in layer 1 to {std} in layer {layer} ({ratio} times). "
        "Each ReLU layer scales the spread by about σ·√(n/2) = {gain}, less than 1: the signal "
        "fades, and the gradients with it."
    ),
    "predict.shape.why_keep": (
        "The spread goes from {first} in layer 1 to {std} in layer {layer} ({ratio} times). "
        "Each ReLU layer scales it by about σ·√(n/2) = {gain}: He's √(2/n) = {he} makes this 1, "
        "making up for the half of the units that ReLU sets to 0."
    ),
    "predict.shape.why_grow": (
        "The spread grows from {first} in layer 1 to {std} in layer {layer}. Each ReLU layer "
        "multiplies it by about σ·√(n/2) = {gain}, more than 1: the activations explode."
    ),
    "predict.shape.not_ends": (
        "Values pile up at the ends when the weights are large (std 1, say) and z lands far "
        "from 0: here {percent:.0f}% of layer {layer}'s values are near the ends (piled up "
        "counts from 40%)."
    ),
    "predict.shape.not_spike": (
        "One narrow spike comes from weights so small (std 0.01, say) that z ≈ 0 for every "
        "unit: here layer {layer}'s std is {std} (a spike: below 5% of the output range)."
    ),
    "predict.shape.not_spread": (
        "A spread-out picture needs weights near Xavier's 1/√n = {xavier}: here their std is "
        "{sigma}, and layer {layer} has std {std} with {percent:.0f}% of its values near the "
        "ends."
    ),
    "predict.shape.not_shrink": (
        "A spread shrinks when each layer scales it by clearly less than 1 (std 0.01, or Xavier "
        "with ReLU): here that factor σ·√(n/2) is {gain}, and layer {layer}'s spread is {ratio} "
        "times layer 1's."
    ),
    "predict.shape.not_keep": (
        "A spread keeps its size when each layer scales it by about 1, as He's √(2/n) = {he} "
        "does: here that factor is {gain}, and layer {layer}'s spread is {ratio} times layer "
        "1's."
    ),
    "predict.shape.not_grow": (
        "A spread grows when each layer scales it by more than 1 (std 1, say): here that factor "
        "is {gain}, and layer {layer}'s spread is {ratio} times layer 1's."
    ),
    "predict.loss.prompt": (
        "After {iterations} iterations with {optimizer}, which initialization ends with the "
        "lowest loss?"
    ),
    "predict.loss.numbers": "Mean loss of the last 100 iterations: {losses}.",
    "predict.loss.no_verdict": "No run has a loss to compare yet.",
    "predict.loss.why_std": (
        "Std 0.01 ends lowest here: an optimizer that scales each step by the gradient's own "
        "size ({optimizer}) can make up for weights so small that plain SGD stays stuck."
    ),
    "predict.loss.why_xavier": (
        "Xavier (std 1/√n) keeps the signal alive through the ReLU layers, if a little weaker "
        "at each one, and learns well."
    ),
    "predict.loss.why_he": (
        "He (std √(2/n)) makes up for ReLU setting half the units to 0: the signal keeps its "
        "size through all five layers, so every layer learns from the start."
    ),
    "predict.loss.not_std": (
        "With std 0.01 and ReLU the activations shrink toward 0 layer by layer, and the "
        "gradients with them: with SGD the loss stays near 2.30 (ln 10, the loss of guessing) "
        "for a long time."
    ),
    "predict.loss.not_xavier": (
        "Xavier's std 1/√n is made for sigmoid and tanh; with ReLU, which sets half the units "
        "to 0, its signal shrinks a little at each layer, and it usually learns a bit more "
        "slowly than He."
    ),
    "predict.loss.not_he": (
        "He is made for ReLU and usually ends lowest, but here another initialization ended "
        "lower by more than {tie}."
    ),
    # ---------------------------------------------------------------- teaching tools: the
    # regularizer overlay (ui/overfitting/regularizers.py) and the divergence explainer
    # (ui/diagnosis.py)
    "diag.at_iteration": "by iteration {iteration} (epoch {epoch})",
    # ---------------------------------------------------------------- issue 18: every chart
    # speaks (ui/chart.py, ui/describe.py and the lessons' descriptions), projector mode
    "chart.hist": (
        "Layer {last} of {layers}: {last_share:.0f}% of the activations {share_name}; in layer "
        "1, {first_share:.0f}%. Their standard deviation goes from {first_std} in layer 1 to "
        "{last_std} in layer {last}"
    ),
    "chart.hist_std": (
        "The activations' standard deviation goes from {first_std} in layer 1 to {last_std} "
        "in layer {last} of {layers}"
    ),
    "chart.share_saturated": "lie within 0.02 of the ends (saturated)",
    "chart.share_zeros": "are exactly 0",
    "chart.hist_gradients": (
        "Gradients: standard deviation {first_std} in layer 1, {last_std} in layer {last}"
    ),
    "chart.lowest_loss": "Lowest loss at the end: {runs}",
}
