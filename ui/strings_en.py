"""English strings. Same keys and placeholders as strings_zh_tw.py (tests/test_ui_i18n.py).

Keys are prefixed by where they are used: app./nav./sidebar. (app.py), state. (ui/state.py),
live./export. (ui/live.py, ui/export.py), home. and init. (their pages). A new page adds its
own prefix block to both files.
"""

STRINGS = {
    # ---------------------------------------------------------------- app, navigation, sidebar
    "app.title": "Training Lab",
    "nav.home": "Home",
    "nav.weight_init": "Weight initialization",
    "nav.batchnorm": "Batch Normalization",
    "nav.weight_decay": "Overfitting & weight decay",
    "nav.dropout": "Dropout",
    "sidebar.language": "Language / 語言",
    "sidebar.seed": "Random seed",
    "sidebar.seed_help": (
        "Every random draw (inputs, initial weights, mini-batches, dropout masks) comes from this "
        "seed: the same seed gives the same numbers, another seed a new sample."
    ),
    "sidebar.reset": "Book settings",
    "sidebar.reset_help": "Put this page's controls back to the settings the book uses.",
    "sidebar.share": (
        "**Share:** the address bar holds every setting of this page; copy it to show a class "
        "exactly this."
    ),
    # ---------------------------------------------------------------- URL warnings (ui/state.py)
    "state.unknown_name": (
        "The link's parameter “{param}” (= “{value}”) is unknown and was ignored."
    ),
    "state.not_a_number": "The link's “{param}” = “{value}” is not a number; using {used}.",
    "state.not_an_integer": (
        "The link's “{param}” = “{value}” is not a whole number; using {used}."
    ),
    "state.out_of_range": (
        "The link's “{param}” = “{value}” is outside {low} to {high}; using {used}."
    ),
    "state.snapped": (
        "The link's “{param}” = “{value}” is not a step of {step} on the slider; using {used}."
    ),
    "state.snapped_log": (
        "The link's “{param}” = “{value}” is not one of the slider's values; using the nearest, "
        "{used}."
    ),
    "state.unknown_choice": (
        "The link's “{param}” = “{value}” is not one of {choices}; using {used}."
    ),
    "state.not_a_flag": (
        "The link's “{param}” = “{value}” is not on or off (1/0, true/false); using {used}."
    ),
    # ---------------------------------------------------------------- live training (ui/live.py)
    "live.train": "Train",
    "live.stop": "Stop",
    "live.resume": "Resume",
    "live.idle": "Press **Train** to start: the curves are drawn while the networks learn.",
    "live.starting": "Starting…",
    "live.progress": "Training: {percent}% done, about {left} left",
    "live.done": "Done.",
    "live.stopped_bar": "Stopped at {percent}%",
    "live.stopped": (
        "Stopped at {percent}%: the curves show the training so far. Press **Resume** to go on."
    ),
    "live.cached": (
        "These settings have been trained on this server before: the stored result is shown "
        "at once. Change the random seed in the sidebar to train anew."
    ),
    "live.diverged": (
        "{run} diverged at epoch {epoch}: its loss stopped being a finite number, so its curve "
        "ends there."
    ),
    "live.failed": "The experiment stopped with an error: {error}",
    "export.csv": "Download CSV",
    # ---------------------------------------------------------------- home page
    "home.title": "Training Lab",
    "home.intro": (
        "An interactive companion to chapter 6 of Koki Saitoh's *Deep Learning from Scratch*, "
        "“Training techniques”. Change one setting and watch what the chapter describes happen, "
        "computed live by a small NumPy engine that follows the book's classes: how the initial "
        "weights shape the activations layer by layer, how Batch Normalization rescues a badly "
        "initialized network, and how weight decay and dropout narrow the gap between training "
        "and test accuracy."
    ),
    "home.how": (
        "**How to use it.** Each page starts with the book's settings. The sidebar holds the "
        "language, the random seed and a **Book settings** button that restores them. The "
        "address bar always holds the current settings: copy it to share exactly what you see."
    ),
    "home.loop_header": "The training loop the chapter builds on",
    "home.loop_title": "One training step, repeated for every mini-batch",
    "home.loop_caption": (
        "A mini-batch goes forward through Affine and activation layers to the loss; "
        "backpropagation sends the gradients back; the optimizer updates the weights; the loop "
        "repeats. The coloured steps are the ones this lab's pages change: click a box or a "
        "button below."
    ),
    "home.loop_repeat": "repeat with the next mini-batch",
    "home.step_input": "Input x<br>(mini-batch)",
    "home.step_affine": "Affine<br>x·W + b",
    "home.step_bn": "Batch<br>Norm",
    "home.step_act": "Activation<br>ReLU, sigmoid",
    "home.step_dropout": "Dropout",
    "home.step_loss": "Loss<br>+ ½λ‖W‖²",
    "home.step_backward": "Backward<br>∂L/∂W",
    "home.step_update": "Update<br>W ← W<br>− η ∂L/∂W",
    "home.pages_header": "What each page changes",
    "home.link_weight_init": (
        "**Weight initialization**: the scale of W before training, and the activations it gives "
        "(std 1, std 0.01, Xavier, He)."
    ),
    "home.link_batchnorm": (
        "**Batch Normalization**: a layer after Affine that normalizes each mini-batch; its "
        "forward and backward pass, node by node."
    ),
    "home.link_weight_decay": (
        "**Overfitting & weight decay**: the penalty ½λ‖W‖² in the loss and the λW in each update."
    ),
    "home.link_dropout": (
        "**Dropout**: units switched off at random on every forward pass while training."
    ),
    "home.open_page": "Open",
    "home.coming_soon": "coming soon",
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
    "init.activation": "Activation function",
    "init.act_sigmoid": "sigmoid",
    "init.act_tanh": "tanh",
    "init.act_relu": "ReLU",
    "init.init": "Initial weights",
    "init.init_help": (
        "The standard deviation σ of the initial weights: a fixed number, Xavier √(1/n), He "
        "√(2/n), or your own value on the slider."
    ),
    "init.init_1": "std 1",
    "init.init_0.01": "std 0.01",
    "init.init_xavier": "Xavier",
    "init.init_he": "He",
    "init.init_custom": "custom",
    "init.custom_title": "std {sigma:g}",
    "init.scale": "Custom std σ (log scale)",
    "init.scale_help": "Used when “custom” is chosen: any σ from 0.0001 to 10.",
    "init.sigma": "Weights are drawn with σ = {sigma:.4g} ({nodes} inputs per node).",
    "init.range": "Histogram range",
    "init.range_auto": "all values",
    "init.range_book": "book: (0, 1)",
    "init.range_help": (
        "The book draws every histogram over (0, 1). “All values” spans everything, so ReLU "
        "blow-ups and tanh's negative half are not cut off."
    ),
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
        "Share within 0.05 of the function's bounds (0 or 1 for sigmoid, ±1 for tanh), where its "
        "slope is almost 0. Not defined for ReLU."
    ),
    "init.see_header": "What to see",
    "init.see_saturated": (
        "**Saturation.** In layer {layer}, {percent:.0f}% of the activations lie within 0.05 of "
        "the function's bounds. There the curve is flat and its derivative h'(a) is almost 0, so "
        "the gradient that backpropagation sends through those units all but vanishes: their "
        "weights barely learn."
    ),
    "init.see_alike": (
        "**Every unit says the same thing.** The activations of layer {layer} have std "
        "{std:.3f}: all {nodes} units output almost the same number, so many units are no better "
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
        "(0, 1) and are not drawn: choose the automatic range to see them."
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

$$\mathrm{Var}(a) = n\,\sigma^2\,\mathrm{Var}(x).$$

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
        "except for the initial weights, trained side by side with SGD (learning rate 0.01, "
        "mini-batches of 128). Thin lines are each mini-batch's loss, thick lines their moving "
        "average. The book records, after about 1,500 iterations: std 0.01 stuck at 2.30 (it "
        "does not learn), Xavier about 0.2-0.4, He about 0.2-0.3."
    ),
    "init.iterations": "Iterations",
    "init.iterations_help": "Mini-batch updates per network (the book: 2,000).",
    "init.loss_title": "Training loss on MNIST",
    "init.loss_x": "iteration",
    "init.loss_y": "loss (cross-entropy)",
    "init.run_std": "std 0.01",
    "init.run_xavier": "Xavier",
    "init.run_he": "He",
    "init.final_loss": "{init}: loss (mean of the last 100)",
    # ---------------------------------------------------------------- pages 3 and 4 (ui/overfit.py)
    "overfit.epochs": "Epochs",
    "overfit.network_header": (
        "Network and training: {train_size} digits, {layers} × {width} ReLU units, {optimizer}, "
        "learning rate {lr:g}"
    ),
    "overfit.train_size": "Training digits",
    "overfit.train_size_help": (
        "How many MNIST images the network learns from (the book: 300, few enough to memorize). "
        "More data means less overfitting, and training takes about proportionally longer."
    ),
    "overfit.layers": "Hidden layers",
    "overfit.layers_help": "Hidden ReLU layers with He initial weights (the book: 6).",
    "overfit.width": "Units per layer",
    "overfit.width_help": "Units in every hidden layer (the book: 100).",
    "overfit.optimizer": "Optimizer",
    "overfit.optimizer_help": "How the gradient updates the weights (the book: SGD).",
    "overfit.opt_momentum": "Momentum",
    "overfit.lr": "Learning rate (log scale)",
    "overfit.lr_help": (
        "The step size of each update (the book: 0.01 with SGD). Too large a step throws the "
        "weights around; the run may diverge."
    ),
    "overfit.x": "epoch",
    "overfit.acc": "accuracy",
    "overfit.norm": "weight norm ‖W‖",
    "overfit.train": "train",
    "overfit.test": "test",
    "overfit.m_train": "Train accuracy",
    "overfit.m_test": "Test accuracy",
    "overfit.m_gap": "Gap (train − test)",
    "overfit.m_norm": "Weight norm ‖W‖",
    "overfit.vs_baseline": "{delta} vs {baseline}",
    "overfit.diverged_hint": (
        "A run diverges when its updates overshoot and the weights grow until the loss "
        "overflows. Lower the learning rate (now {lr:g}) or pick another optimizer."
    ),
    "overfit.early": (
        "{run}: test accuracy {test:.3f} after {epoch} epochs, still near chance (0.1 for ten "
        "digits): the network has not learned yet. The book trains for 200 to 300 epochs."
    ),
    "overfit.stuck_lever": (
        "{run}: test accuracy is stuck at chance, {test:.3f} at epoch {epoch} (guessing gives "
        "0.1 for ten digits). {hint}"
    ),
    "overfit.stuck_training": (
        "{run}: test accuracy is stuck at chance, {test:.3f} at epoch {epoch} (guessing gives "
        "0.1 for ten digits). Check the learning rate ({lr:g}) and the optimizer: too large a "
        "step throws the weights around, too small a one barely moves them."
    ),
    "decay.title": "Overfitting & weight decay",
    "decay.intro": (
        "The book's `overfit_weight_decay`: only 300 training digits and a deep network "
        "(784-100×6-10, ReLU, He initial weights), big enough to memorize them. Left alone it "
        "**overfits**: training accuracy climbs to 1.0 while test accuracy stays far below. "
        "**Weight decay** adds ½λ‖W‖² to the loss, so large weights cost something."
    ),
    "decay.lambda": "Weight decay λ",
    "decay.lambda_help": (
        "The strength of the penalty ½λ‖W‖² (the book: 0.1; 0 turns weight decay off)."
    ),
    "decay.epochs_help": "Passes over the training digits (the book: 200).",
    "decay.compare": "Compare with λ = 0",
    "decay.compare_help": (
        "Also train the same network, from the same initial weights and mini-batches, without "
        "weight decay (training takes twice as long)."
    ),
    "decay.stuck_hint": (
        "With λ this large the penalty ½λ‖W‖² outweighs the data: every update shrinks the "
        "weights towards 0 (see the weight norm) faster than learning can grow them. Try "
        "λ ≤ 0.3."
    ),
    "decay.book": (
        "**The book** (300 digits of the full MNIST, tested on 10,000; epoch 200, λ = 0.1): "
        "train 0.927, test 0.721, a gap of 0.206; without weight decay training accuracy "
        "reaches 1.0 with a much larger gap. This lab tests on its own 1,000 digits, so its "
        "numbers differ somewhat; the pattern is the same."
    ),
    "decay.theory_header": "The formulas",
    "decay.theory": r"""
**Loss.** Weight decay adds half the squared L2 norm of every weight matrix (not the biases),
times λ:

$$L_\mathrm{total} = L + \frac{1}{2}\,\lambda \sum_{l} \lVert W^{(l)} \rVert^2$$

**Gradient.** Each weight's gradient gains λW:

$$\frac{\partial L_\mathrm{total}}{\partial W} = \frac{\partial L}{\partial W} + \lambda W$$

So an SGD step $W \leftarrow W - \eta \left( \frac{\partial L}{\partial W} + \lambda W \right)
= (1 - \eta\lambda)\,W - \eta\,\frac{\partial L}{\partial W}$ first shrinks every weight by the
factor $1 - \eta\lambda$: hence *decay*. Small weights make a smoother function that cannot
bend to fit every training digit, so the gap between training and test accuracy narrows. The
right-hand panel shows $\lVert W \rVert = \sqrt{\sum W^2}$ over all weight matrices.
""",
    "dropout.title": "Dropout",
    "dropout.intro": (
        "The book's `overfit_dropout`: the same 300 digits and 784-100×6-10 network, with a "
        "Dropout layer after every hidden activation. Each training pass switches off a random "
        "share (the ratio) of the hidden units, so no unit can rely on particular others; at "
        "test time every unit works. It narrows the gap between training and test accuracy, at "
        "the price of slower training."
    ),
    "dropout.ratio": "Dropout ratio",
    "dropout.ratio_help": (
        "The share of hidden units switched off on each training pass (the book: 0.2; 0 turns "
        "dropout off)."
    ),
    "dropout.mode": "Convention",
    "dropout.mode_help": (
        "Book: keep a unit where a uniform draw > ratio, no rescaling; at test time multiply "
        "every unit by 1 − ratio. Inverted (most libraries): divide the kept units by "
        "1 − ratio while training; nothing changes at test time."
    ),
    "dropout.mode_book": "Book",
    "dropout.mode_inverted": "Inverted",
    "dropout.epochs_help": (
        "Passes over the training digits (the book: 301 evaluations, epochs 0 to 300)."
    ),
    "dropout.compare": "Compare with no dropout",
    "dropout.compare_help": (
        "Also train the same network, from the same initial weights and mini-batches, without "
        "dropout (training takes twice as long)."
    ),
    "dropout.mask_title": "One training pass at ratio {ratio:g}: which hidden units it kept",
    "dropout.mask_x": "unit",
    "dropout.mask_layer": "layer {layer}",
    "dropout.mask_kept": "kept",
    "dropout.mask_dropped": "dropped",
    "dropout.mask_share": "{percent}% kept",
    "dropout.mask_caption_book": (
        "This pass kept {kept} of {total} hidden units ({percent:.1f}%); on average a share "
        "1 − ratio = {expected:.0f}% is kept. Book convention: kept units pass unchanged (×1), "
        "and at test time every unit is multiplied by 1 − ratio. The next pass draws a new "
        "mask; change the seed in the sidebar to see another."
    ),
    "dropout.mask_caption_inverted": (
        "This pass kept {kept} of {total} hidden units ({percent:.1f}%); on average a share "
        "1 − ratio = {expected:.0f}% is kept. Inverted convention: kept units are multiplied by "
        "1 / (1 − ratio) = {scale:.3g} while training, and test time uses every unit as it is. "
        "The next pass draws a new mask; change the seed in the sidebar to see another."
    ),
    "dropout.run_main": "ratio {ratio:g}",
    "dropout.run_baseline": "no dropout",
    "dropout.stuck_hint": (
        "With this many units switched off, too little of the signal gets through each "
        "training pass for the network to learn. Try a ratio of 0.5 or less, or more epochs."
    ),
    "dropout.book": (
        "**The book** (300 digits of the full MNIST, tested on 10,000; epoch 301 with ratio "
        "0.2): train 0.67, test 0.548; training is much slower than without dropout. This lab "
        "tests on its own 1,000 digits, so its numbers differ somewhat; the pattern is the same."
    ),
    "dropout.theory_header": "Two conventions, one expected value",
    "dropout.theory_book": r"""
**The book's convention** (chapter 6's `Dropout`)

Training: keep unit $i$ where a uniform draw beats the ratio $r$, and pass it unchanged:

$$m_i = [\,u_i > r\,],\quad u_i \sim U(0, 1),\qquad y_i = m_i\,x_i$$

Test: every unit, scaled down to what it gave on average while training:

$$y_i = (1 - r)\,x_i$$

Backward: $\partial L / \partial x_i = m_i\,\partial L / \partial y_i$.
""",
    "dropout.theory_inverted": r"""
**Inverted dropout** (what most libraries do)

Training: the same mask, and the kept units are scaled up:

$$y_i = \frac{m_i\,x_i}{1 - r}$$

Test: nothing to do:

$$y_i = x_i$$

Backward: $\partial L / \partial x_i = \frac{m_i}{1 - r}\,\partial L / \partial y_i$.
""",
    "dropout.theory_why": (
        r"Both make a unit's expected training output equal its test output: $E[m_i] = 1 - r$, "
        r"so the book's $E[y_i] = (1 - r)\,x_i$ at training and test time alike, and the "
        r"inverted $E[y_i] = x_i$. They differ in size while training: the book's kept "
        r"activations, and so its gradients, are $1 - r$ times those of the inverted "
        r"convention, which is one reason it learns more slowly at the same learning rate "
        r"(try ratio 0.5 in both). Dropout can be read as training many thinned networks at "
        r"once and averaging them at test time, like an ensemble."
    ),
}
