"""English strings. Same keys and placeholders as strings_zh_tw.py and strings_ja.py
(tests/ui/test_i18n.py).

Keys are prefixed by where they are used: app., nav., sidebar. (app.py); state. (ui/form.py,
ui/controls.py); live., export., data. (ui/live.py, ui/export.py, ui/dataset.py); one prefix per
page (home., init., batchnorm., decay., dropout.) and overfit. for what the weight-decay and
dropout pages share (ui/overfitting/). A new page adds its own prefix block to every file.
"""

STRINGS = {
    # ---------------------------------------------------------------- app, navigation, sidebar
    "app.no_such_page": (
        "The lab has no page {path}: this is the home page. Every page is listed in the sidebar."
    ),
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
    # ---------------------------------------------------------------- URL warnings (ui/form.py)
    "state.unknown_name": ("The link's parameter {param} (= {value}) is unknown and was ignored."),
    "state.not_a_number": "The link's {param} = {value} is not a number; using {used}.",
    "state.not_an_integer": ("The link's {param} = {value} is not a whole number; using {used}."),
    "state.out_of_range": (
        "The link's {param} = {value} is outside {low} to {high}; using {used}."
    ),
    "state.snapped": (
        "The link's {param} = {value} is not a step of {step} on the slider; using {used}."
    ),
    "state.snapped_log": (
        "The link's {param} = {value} is not one of the slider's values; using the nearest, {used}."
    ),
    "state.unknown_choice": ("The link's {param} = {value} is not one of {choices}; using {used}."),
    "state.not_a_flag": (
        "The link's {param} = {value} is not on or off (1/0, true/false); using {used}."
    ),
    "state.more_problems": (
        "…and {count} more of this link's parameters could not be used as written: like the "
        "ones above, each was ignored or replaced by an allowed value."
    ),
    "state.link_too_long": (
        "This link is too long to read ({chars:,} characters, {params:,} parameters; the most "
        "this server reads is {most_chars:,} characters and {most_params:,} parameters), so the "
        "page opened with the book's settings. Ask whoever shared it for a shorter link."
    ),
    # ---------------------------------------------------------------- live training (ui/live.py)
    "live.train": "Train",
    "live.stop": "Stop",
    "live.resume": "Resume",
    "live.idle": "Press **Train** to start: the curves are drawn while the networks learn.",
    "live.queued": (
        "Queued: number {position} in line, about {wait} to wait (trainings at a time on this "
        "server: {slots}; the curves start with yours)"
    ),
    "live.together_one": " · training together with one other student",
    "live.together": " · training together with {others} others",
    "live.progress": "Training: {percent}% done, about {left} left",
    "live.done": "Done.",
    "live.stopped_bar": "Stopped at {percent}%",
    "live.paused_bar": "Paused at {percent}%",
    "live.paused": (
        "Paused at {percent}%: everyone who watched this run moved on, so it stopped to free the "
        "server. The curves show the training so far; press **Resume** to go on."
    ),
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
    "live.no_data": (
        "Nothing can be trained: the MNIST files in the folder named by {var} cannot be read. "
        "{error} To fix it, put the four MNIST files there (see the README, “Full MNIST”), or "
        "unset {var} to use the 5,000 digits that come with the lab, then restart the app."
    ),
    "live.no_bundled_data": (
        "Nothing can be trained: the MNIST digits that come with the lab cannot be read "
        "({error}). The installation is damaged: install the app again."
    ),
    "live.failed": "The experiment stopped with an error: {error}",
    # ---- one student cannot hurt the class (issue 16): bounds on a browser's and a network's runs
    "live.refused_browser": (
        "Not started: your browser already has {limit} trainings waiting or running on this "
        "server, which the whole class shares. Press **Train** again when one of them has "
        "finished, or stop one in its tab."
    ),
    "live.refused_address": (
        "Not started: {limit} trainings from your network are already waiting or running on "
        "this server. Press **Train** again when some of them have finished."
    ),
    "overfit.epochs_cap": (
        "With these network and data settings the server trains at most {most} epochs: one "
        "run may hold a trainer the whole class shares for about {minutes:.0f} minute."
    ),
    "live.busy_free": (
        "The trainers are busy with the class's runs, so this page did not start training by "
        "itself: press **Train** to join the queue."
    ),
    "export.csv": "Download CSV",
    # ---------------------------------------------------------------- data set (ui/dataset.py)
    "data.in_use": "Data: {name}, {train_size:,} training and {test_size:,} test images.",
    "data.name_mnist-subset": "the MNIST subset that comes with the lab",
    "data.name_mnist": "MNIST from the folder named by `TRAINING_LAB_MNIST_DIR`",
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
    "home.step_update": "Update<br>W ← W − η ∂L/∂W",
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
    "init.samples_limit": (
        "At most {most:,} samples with {layers} layers of {nodes} nodes: a page draws at most "
        "{values} million values, so it stays fast for a whole class."
    ),
    "init.samples_limit_grad": (
        "At most {most:,} samples with {layers} layers of {nodes} nodes and their gradients: a "
        "page draws at most {values} million values, so it stays fast for a whole class."
    ),
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
    "overfit.optimizer_help": (
        "How the gradient updates the weights (the book: SGD). Momentum keeps a velocity "
        "across steps; AdaGrad and Adam scale each weight's step by its past gradients."
    ),
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
    "overfit.gap_label": "gap {gap:.3f}",
    "overfit.m_train": "Train accuracy",
    "overfit.m_test": "Test accuracy",
    "overfit.m_gap": "Gap (train − test)",
    "overfit.m_norm": "Weight norm ‖W‖",
    "overfit.delta_caption": (
        "The small numbers under the final ones: the change against {baseline}, the same "
        "network trained alongside from the same start."
    ),
    "overfit.diverged_hint": (
        "A run diverges when its updates overshoot and the weights grow until the loss "
        "overflows. Lower the learning rate (now {lr:g}) or pick another optimizer."
    ),
    "overfit.early": (
        "{run}: test accuracy {test:.3f} after {epoch} epochs, still near chance (0.1 for ten "
        "digits): the network has not learned yet. The book trains for 200 to 300 epochs."
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
    "decay.book": (
        "**The book** (300 digits of the full MNIST, tested on 10,000; epoch 200, λ = 0.1): "
        "train 0.927, test 0.721, a gap of 0.206; without weight decay training accuracy "
        "reaches 1.0 with a much larger gap. This lab tests on the {test_size:,} test images of "
        "its data set, so its numbers differ somewhat; the pattern is the same."
    ),
    "decay.theory_header": "The formulas",
    "decay.theory": r"""
**Loss.** Weight decay adds half the squared L2 norm of every weight matrix (not the biases),
times λ:

$$
L_\mathrm{total} = L + \frac{1}{2}\,\lambda \sum_{l} \lVert W^{(l)} \rVert^2
\vphantom{\bigg|}
$$

**Gradient.** Each weight's gradient gains λW:

$$
\frac{\partial L_\mathrm{total}}{\partial W} = \frac{\partial L}{\partial W} + \lambda W
\vphantom{\bigg|}
$$

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
    "dropout.book": (
        "**The book** (300 digits of the full MNIST, tested on 10,000; epoch 301 with ratio "
        "0.2): train 0.67, test 0.548; training is much slower than without dropout. This lab "
        "tests on the {test_size:,} test images of its data set, so its numbers differ "
        "somewhat; the pattern is the same. The run above uses ratio {ratio:g}."
    ),
    "dropout.theory_header": "Two conventions, one expected value",
    "dropout.theory_book": r"""
**The book's convention** (chapter 6's `Dropout`)

Training: keep unit $i$ where a uniform draw beats the ratio $r$, and pass it unchanged:

$$
\begin{gathered}
m_i = [\,u_i > r\,],\quad u_i \sim U(0, 1) \\
y_i = m_i\,x_i
\end{gathered}
$$

Test: every unit, scaled down to what it gave on average while training:

$$
y_i = (1 - r)\,x_i
$$

Backward: $\partial L / \partial x_i = m_i\,\partial L / \partial y_i$.
""",
    "dropout.theory_inverted": r"""
**Inverted dropout** (what most libraries do)

Training: the same mask, and the kept units are scaled up:

$$
y_i = \frac{m_i\,x_i}{1 - r}
\vphantom{\bigg|}
$$

Test: nothing to do:

$$
y_i = x_i
$$

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
    # ---------------------------------------------------------------- page 2: Batch Normalization
    "state.empty_list": ("The link's {param} = {value} holds no numbers; using {used}."),
    "state.not_a_number_in_list": (
        "The link's {param} = {value}: {token} is not a number; using {used}."
    ),
    "state.number_too_large": (
        "The link's {param} = {value}: {token} is larger than {high} in size; using {used}."
    ),
    "state.too_long": (
        "The link's {param} = {value} is longer than the {high} characters the box takes; "
        "using {used}."
    ),
    "state.number_too_small": (
        "The link's {param} = {value}: {token} is smaller than {low} in size (other than 0); "
        "using {used}."
    ),
    "state.too_many_numbers": (
        "The link's {param} = {value} holds more than {high} numbers; using {used}."
    ),
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
    "state.lesson_unknown_control": (
        "The link's {param} names {value}, which is no control of this page (its controls: "
        "{choices}); ignored."
    ),
    "state.lesson_unknown_question": (
        "The link's {param} names {value}, which is no question of this page (its questions: "
        "{choices}); ignored."
    ),
    "state.lesson_sidebar": (
        "The link's {param} names {value}: the sidebar's settings stay every reader's own and "
        "cannot be locked or hidden; ignored."
    ),
    "state.lesson_bad_class": (
        "The link's {param} = {value} is not a class code (1 to {high} letters, digits, - or "
        "_); answers are not counted."
    ),
    "state.lesson_too_long": (
        "The link's {param} is longer than {high} characters; only its start was read."
    ),
    "lesson.locked_help": (
        "🔒 Set by your teacher for this lesson. To try other values, open the page unlocked "
        "(the button at the top of the page)."
    ),
    "lesson.on": "on",
    "lesson.off": "off",
    "lesson.notice": (
        "🔒 **Set by your teacher for this lesson:** {items}. Everything below follows these "
        "settings."
    ),
    "lesson.notice_locked": "{label}: {value} (locked)",
    "lesson.notice_hidden": "{label}: {value} (hidden)",
    "lesson.open_unlocked": "Open this page unlocked ↗",
    "lesson.open_unlocked_help": (
        "The same page with the same settings in a new tab, every control free to move."
    ),
    "lesson.panel_title": "🔗 Make a lesson link",
    "lesson.panel_intro": (
        "Set the page with its own controls, then choose here what students may change. The "
        "link opens the page exactly so."
    ),
    "lesson.lock": "Lock (shown, cannot be moved)",
    "lesson.lock_help": "Students see these controls and their values, greyed out.",
    "lesson.hide": "Hide",
    "lesson.hide_help": (
        "Students do not see these controls; their values still apply, and every result, "
        "number and explanation stays on the page."
    ),
    "lesson.ask": "Ask first (predict, then reveal)",
    "lesson.ask_help": (
        "Students answer the question before the result is shown, then see whether they were "
        "right and why."
    ),
    "lesson.class": "Class code (optional)",
    "lesson.class_help": (
        "Make one up, e.g. 7b: 1 to {high} letters, digits, - or _. With a question, the "
        "class's answers are counted anonymously, in the server's memory, until it restarts."
    ),
    "lesson.class_bad": "A class code is 1 to {high} letters, digits, - or _.",
    "lesson.language": "Language of the link",
    "lesson.embed": "For slides or an LMS (embed)",
    "lesson.embed_help": (
        "Adds embed=true: Streamlit's embed mode, without its header and toolbar, for an "
        "iframe in slides or a course page."
    ),
    "lesson.link_students": "Link for students",
    "lesson.link_teacher": "Your view: the class's answers, live",
    "lesson.teacher_note": (
        "The same link with your teacher key: the class's answers as they come in, the result "
        "when you press Reveal, a new round, closing the vote and a CSV of the counts. Keep it "
        "to yourself: the key is what makes it yours (the students' link has none)."
    ),
    "lesson.no_class_note": "Add a class code to see the class's answers in a view of your own.",
    "lesson.both_note": "A control both locked and hidden is hidden.",
    "predict.header": "🤔 Predict first:",
    "predict.choose": "Your prediction",
    "predict.submit": "Answer and reveal",
    "predict.pick_first": "Pick an answer first.",
    "predict.counted": (
        "Your answer is counted, anonymously, for class {code} (one answer per browser)."
    ),
    "predict.you_said": "🤔 You predicted **{answer}**.",
    "predict.after_run": "Whether your prediction was right shows here when the run has finished.",
    "predict.no_verdict": "This result cannot settle the question:",
    "predict.right": "**Right: {answer}.**",
    "predict.wrong": "**Not this time: you said {answer}; the result says {correct}.**",
    "predict.teacher_header": "👩‍🏫 Teacher's view. The class is asked:",
    "predict.teacher_count": " (answers: {count})",
    "predict.reveal": "Reveal the result",
    "predict.counts_title": "Class {code} · answers so far: {count}",
    "predict.counts_x": "answers",
    "predict.shape.short": "Histograms: what will the last layer look like?",
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
    "predict.loss.short": "Training: which initialization ends with the lowest loss?",
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
    "predict.bn.short": "BN or not: which ends ahead at this scale?",
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
    "predict.scales.short": "The 16 scales: where does BN lose?",
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
    "predict.gap.short": "Which run ends with the smaller gap?",
    "predict.gap.prompt": (
        "After {epochs} epochs, which run ends with the smaller gap between training and test "
        "accuracy: {main} or {baseline}?"
    ),
    "predict.gap.even": "About the same (within 0.02)",
    "predict.gap.numbers": (
        "Final gap (train − test): {main}: {main_gap:.3f}; {baseline}: {base_gap:.3f}."
    ),
    "predict.gap.no_verdict": (
        "A run stopped before its last epoch (it diverged): there is no final gap to compare."
    ),
    "predict.gap.needs_compare": (
        "The question on the gap compares two runs: switch on the comparison run to be asked it."
    ),
    "predict.gap.why_main_weight_decay": (
        "The penalty ½λ‖W‖² pulls every weight toward 0 at each step, so the network cannot "
        "grow the large weights it needs to fit each of its few training digits exactly: "
        "training accuracy rises less ({main_train:.3f} against {base_train:.3f}), and the test "
        "accuracy ends closer to it."
    ),
    "predict.gap.why_main_dropout": (
        "Dropout switches off random units on every training pass, so the network cannot rely "
        "on any one unit to memorize a digit: it fits the training digits less exactly "
        "({main_train:.3f} against {base_train:.3f}), and the test accuracy ends closer to it."
    ),
    "predict.gap.why_baseline": (
        "Here the run without the technique ends with the smaller gap. That happens when the "
        "lever is so strong that the network learns little even on its training digits ({main} "
        "reaches {main_train:.3f}), or when training is too short for the other run to overfit."
    ),
    "predict.gap.why_even": (
        "Both gaps end within {margin} of each other: in few epochs the plain network has not "
        "overfitted yet, or the lever is too weak to matter."
    ),
    "predict.gap.not_main_weight_decay": (
        "Weight decay narrows the gap when λ is large enough to matter and training long "
        "enough to overfit: here {main}'s gap is {main_gap:.3f} against {base_gap:.3f}."
    ),
    "predict.gap.not_main_dropout": (
        "Dropout narrows the gap when the ratio is large enough to matter and training long "
        "enough to overfit: here {main}'s gap is {main_gap:.3f} against {base_gap:.3f}."
    ),
    "predict.gap.not_baseline_weight_decay": (
        "Without the penalty nothing keeps the weights small: the plain network usually fits "
        "its training digits best and overfits most. Here its gap is {base_gap:.3f} against "
        "{main_gap:.3f}."
    ),
    "predict.gap.not_baseline_dropout": (
        "Without dropout every unit is there on every pass: the plain network usually memorizes "
        "its training digits best and overfits most. Here its gap is {base_gap:.3f} against "
        "{main_gap:.3f}."
    ),
    "predict.gap.lower_test": (
        "But a smaller gap is not always a better network: {main}'s test accuracy also ends "
        "lower ({main_test:.3f} against {base_test:.3f}), so here the lever holds learning back "
        "as well as overfitting."
    ),
    "predict.gap.not_even": (
        "The gaps differ by {abs_diff:.3f}, more than the {margin} counted as the same."
    ),
    # ---------------------------------------------------------------- teaching tools: the
    # regularizer overlay (ui/overfitting/regularizers.py) and the divergence explainer
    # (ui/diagnosis.py)
    "diag.at_epoch": "at epoch {epoch}",
    "diag.at_iteration": "by iteration {iteration} (epoch {epoch})",
    "diag.q_activation": "activation",
    "diag.q_gradient": "weight-gradient (dW)",
    "diag.not_finite": (
        "**{run}**: {at}, the {quantity} std of layer {layer} was no longer a finite number."
    ),
    "diag.exploding": (
        "**{run}**: {at}, the {quantity} std of layer {layer} reached {value}, far past its "
        "sane range (up to {high})."
    ),
    "diag.dead": (
        "**{run}**: {at}, every unit of layer {layer} put out the same value for the whole "
        "mini-batch (activation std {value}): for ReLU, every unit is off, and no gradient "
        "reaches the layers below through it."
    ),
    "diag.vanished": (
        "**{run}**: {at}, the {quantity} std of layer {layer} fell to {value}, below its sane "
        "range (from {low}): steps that small leave the weights where they are."
    ),
    "diag.stalled": (
        "**{run}** ended near chance (accuracy {chance:g}, as good as a guess), with every "
        "layer's std in its sane range."
    ),
    "diag.why_lr_too_large": (
        "Why: a learning rate of {lr:g} is too large for the weights' scale. Each step "
        "lr × dW overshoots, larger weights give larger activations and gradients, and the "
        "next step overshoots further. The book uses {book_lr:g} with {optimizer}."
    ),
    "diag.why_lr_too_large_stall": (
        "Why: a learning rate of {lr:g} is far above the book's {book_lr:g} with {optimizer}: "
        "steps that large can switch off every ReLU unit of a layer, or jump back and forth "
        "across the minimum instead of into it."
    ),
    "diag.why_init_too_large": (
        "Why: with ReLU, each layer multiplies the activation std by about the initial std "
        "÷ He's √(2/n) = {std} ÷ {he} ≈ {gain} (n = {nodes} inputs per unit), so the "
        "activations grow layer after layer and the first updates overshoot. He "
        "initialization, or Batch Normalization, keeps the std steady."
    ),
    "diag.why_inverted_dropout_scale": (
        "Why: inverted dropout multiplies every kept unit by 1 / (1 − ratio) = {scale:.3g} "
        "while training. The mean stays, but each layer's mean square grows {scale:.3g}-fold "
        "and its std about {root:.2g}-fold, so the activations grow layer after layer until an "
        "update overshoots. The book's convention does not rescale, and its ratio is "
        "{book_ratio:g}."
    ),
    "diag.why_dropout_too_strong": (
        "Why: a dropout ratio of {ratio:g} switches off most units: on every training pass each "
        "hidden layer keeps only {keep:.0f}% of its units, too small and noisy a share of the "
        "signal to learn from. The book uses {book_ratio:g}."
    ),
    "diag.why_decay_too_strong": (
        "Why: weight decay λ = {lam:g} pulls every weight towards 0 on each step (its gradient "
        "gains λW) harder than the data pushes it out, so the network shrinks towards one "
        "constant guess. The book uses λ = {book_lam:g}."
    ),
    "diag.why_vanishing": (
        "Why: the initial weights are too small. With std {std}, each ReLU layer multiplies "
        "the signal by about {std} ÷ He's √(2/n) = {he} ≈ {gain} (n = {nodes}), so almost "
        "nothing reaches the output and the gradient coming back to the first layers is too "
        "small to move them. He initialization, or Batch Normalization, fixes it."
    ),
    "diag.why_dead_relu": (
        "Why: the initial weights are too small. With std {std}, each ReLU layer multiplies "
        "the signal by about {gain} (std ÷ He's √(2/n) = {he}, n = {nodes}) until a layer's "
        "units are all off, and nothing flows through a layer of zeros. He initialization, or "
        "Batch Normalization, fixes it."
    ),
    "diag.why_unknown": (
        "None of this run's settings is a known suspect: its learning rate, initial weights, "
        "dropout and weight decay are all near the book's."
    ),
    "diag.fix": "Set the {control} to {value}",
    "diag.fix_on": "Turn on {control}",
    "diag.fix_help": (
        "Sets the control on this page and in the link; the run with the new setting starts "
        "when you train again."
    ),
    "diag.name_lr": "learning rate",
    "diag.name_weight_decay_lambda": "weight decay λ",
    "diag.name_dropout_ratio": "dropout ratio",
    "diag.name_weight_init_std": "initial weight std",
    "diag.name_use_batchnorm": "Batch Normalization",
    "diag.table_header": "Where each run that failed went wrong ({count} runs)",
    "diag.col_run": "Run",
    "diag.col_where": "First out of range",
    "diag.col_cause": "Likely cause",
    "diag.table_where": "layer {layer}, {quantity} std {value}, {at}",
    "diag.table_stalled": "no std out of range; ended near chance",
    "diag.cause_lr_too_large": "learning rate too large",
    "diag.cause_init_too_large": "initial weights too large for ReLU",
    "diag.cause_inverted_dropout_scale": "inverted dropout's 1 / (1 − ratio)",
    "diag.cause_dropout_too_strong": "dropout ratio too high",
    "diag.cause_decay_too_strong": "weight decay too strong",
    "diag.cause_vanishing": "vanishing gradient: initial weights too small",
    "diag.cause_dead_relu": "dead ReLU layer: initial weights too small",
    "diag.cause_unknown": "no clear suspect",
    "reg.header": "Regularizers side by side",
    "reg.intro": (
        "The network set above ({layers} × {width} ReLU units, {train_size} training digits, "
        "{epochs} epochs) trained five ways from the same initial weights on the same "
        "mini-batches: with no regularization, with weight decay (λ below), with dropout (the "
        "ratio and convention above), with both, and with Batch Normalization instead. The two "
        "dropout runs switch off the very same units. Solid lines: training accuracy; dashed: "
        "test accuracy; the bracket at the end of each run is its gap."
    ),
    "reg.lambda": "Weight decay λ (for the runs with decay)",
    "reg.lambda_help": (
        "The strength of the penalty ½λ‖W‖² in the runs “decay” and “decay + dropout” (the "
        "book: 0.1)."
    ),
    "reg.run_none": "no regularizer",
    "reg.run_decay": "decay λ {lam:g}",
    "reg.run_dropout": "dropout {ratio:g}",
    "reg.run_both": "decay + dropout",
    "reg.run_bn": "BN",
    "reg.figure_title": "Five ways, one seed: training accuracy solid, test accuracy dashed",
    "reg.table_header": "Each run at its last epoch",
    "reg.col_run": "Run",
    "reg.col_train": "Train",
    "reg.col_test": "Test",
    "reg.col_gap": "Gap",
    "reg.col_norm": "‖W‖",
    "reg.col_status": "Ended",
    "reg.status_done": "epoch {epoch}",
    "reg.status_chance": "epoch {epoch}, at chance",
    "reg.status_partial": "stopped at epoch {epoch}",
    "reg.status_diverged": "diverged after epoch {epoch}",
    "reg.see_gap_chance": (
        "**{run}** ends with the smallest gap, {gap:.3f}, but its test accuracy {test:.3f} is "
        "chance: it learned nothing, which leaves nothing to overfit. A small gap counts only "
        "beside a good test accuracy."
    ),
    "reg.see_gap": (
        "**Smallest gap among the runs that learned:** {run}, {gap:.3f} (no regularization: "
        "{none:.3f})."
    ),
    "reg.see_gap_plain": "**Smallest gap among the runs that learned:** {run}, {gap:.3f}.",
    "reg.see_test": "**Best test accuracy:** {run}, {test:.3f}.",
    "reg.see_norm": ("**Smallest weights:** {run}, ‖W‖ = {norm} (no regularization: {none_norm})."),
    "reg.see_norm_plain": "**Smallest weights:** {run}, ‖W‖ = {norm}.",
    "reg.see_fit": (
        "**First to fit the training digits:** {run}, training accuracy {fit:g} at epoch {epoch}."
    ),
    "reg.book": (
        "The book shows weight decay (λ 0.1, 200 epochs) and dropout (ratio 0.2, 301 epochs) "
        "in separate scripts, and lists less overfitting among Batch Normalization's benefits. "
        "Here the five share one seed, one set of mini-batches and this page's settings."
    ),
    # ---------------------------------------------------------------- page 5: chapter 6 in 2-D
    "nav.plane": "Chapter 6 in 2-D",
    "home.link_plane": (
        "**Chapter 6 in 2-D**: two moons and the decision boundary a net draws between them, "
        "live: ragged when it memorizes its points, smooth with weight decay or dropout."
    ),
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
    # ---------------------------------------------------------------- issue 21: the whole
    # chapter. Page 6: parameter updates, 6.1 (pages/updates.py, ui/updates/)
    "nav.updates": "Parameter updates",
    "home.link_updates": (
        "**Parameter updates**: SGD, Momentum, AdaGrad and Adam race down a long valley, step "
        "by step, then train the same network on MNIST."
    ),
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
    "predict.race.short": "The race: which rule ends closest to the minimum?",
    "predict.race.prompt": (
        "After {steps} steps from the same start, with the learning rates set above, which rule "
        "ends lowest on f (closest to the minimum)?"
    ),
    "predict.race.end": "{rule} ends at f = {f}",
    "predict.race.end_diverged": "{rule} diverged at step {step}",
    "predict.race.all_diverged": "Every rule diverged at these learning rates: none ends anywhere.",
    "predict.race.why": "After {steps} steps {winners} ends lowest. {ends}.",
    "predict.mnist.short": "MNIST: which rule ends with the lowest loss?",
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
    # Page 7: hyperparameter search, 6.5 (pages/hyperparameters.py, ui/hyperparameters/)
    "nav.hyperparameters": "Hyperparameter search",
    "home.link_hyperparameters": (
        "**Hyperparameter search**: the book's random search for a learning rate and a weight "
        "decay, judged on validation data, and why the test data must stay out of it."
    ),
    "hyper.title": "Hyperparameter search: validation data, random trials",
    "hyper.intro": (
        "The learning rate, the weight decay λ, the number of layers: a network does not learn "
        "these **hyperparameters**, we choose them. Section 6.5 chooses two of them the way "
        "practitioners do: try many settings at random, judge each one on data set aside for "
        "that, narrow the range to where the good ones are, and try again."
    ),
    "hyper.why_header": "Why not tune on the test data?",
    "hyper.why": (
        "The test data is there to tell how well the network does on digits it has **never "
        "seen**. If we try a hundred settings and keep the one that scores best on the test "
        "data, the test data has helped choose the network: the settings are fitted to those "
        "very digits (overfitting, one level up), and the test score promises more than the "
        "network will keep on new data.\n\n"
        "So the book splits the training data: 20 % of it becomes **validation data**, used to "
        "judge the settings; the rest trains. The test data is used once, at the very end, on "
        "the one network chosen. This page does exactly that, and shows the best trial's "
        "validation accuracy next to its test accuracy."
    ),
    "hyper.search_header": "The book's random search",
    "hyper.search_intro": (
        "The book's `hyperparameter_optimization`: its first 500 training digits, shuffled, 100 "
        "held out for validation, 400 to train on. Each **trial** draws a learning rate lr = "
        "10^U(−6, −2) and a weight decay λ = 10^U(−8, −4) (U: uniform, so every power of ten is "
        "as likely as the next), then trains a 784-100×6-10 ReLU network with SGD for 50 epochs "
        "of 100-digit mini-batches and records its accuracy on both parts after every epoch. "
        "The search is one run for the whole class: whoever asks for the same settings watches "
        "the same trials fill in."
    ),
    "hyper.trials": "Trials",
    "hyper.trials_help": "How many settings to try (the book: 100).",
    "hyper.epochs": "Epochs per trial",
    "hyper.epochs_help": (
        "How long each trial trains (the book: 50; fewer is a quicker, rougher look)."
    ),
    "hyper.lr_range": "Learning rate: powers of ten",
    "hyper.lr_range_help": (
        "The exponents the learning rate is drawn between: lr = 10^U(from, to) (the book: −6 "
        "to −2)."
    ),
    "hyper.lr_range_caption": "lr from {low} to {high}",
    "hyper.decay_range": "Weight decay λ: powers of ten",
    "hyper.decay_range_help": (
        "The exponents λ is drawn between: λ = 10^U(from, to) (the book: −8 to −4)."
    ),
    "hyper.decay_range_caption": "λ from {low} to {high}",
    "hyper.cost": (
        "**What this search costs:** {trials} trials × {epochs} epochs = {total:,} epochs of "
        "training ({steps:,} SGD steps of 100 digits, and the accuracy on all 500 digits after "
        "each epoch): about {minutes:.1f} min on one of this server's trainers when it is quiet. "
        "A search is capped at {most:,} epochs. Stop cancels it when nobody else watches it."
    ),
    "hyper.trial": "trial {trial}",
    "hyper.scatter_title": "Every trial: learning rate against weight decay",
    "hyper.scatter_x": "learning rate lr (log scale)",
    "hyper.scatter_y": "weight decay λ (log scale)",
    "hyper.scatter_z": "colour: validation accuracy after the last epoch (scale under the plot)",
    "hyper.scatter_best": "best trial",
    "hyper.scatter_trials": "trial",
    "hyper.scatter_hover": "trial %{customdata[0]}",
    "hyper.curves_title": "The best trials as the book draws them (rank · validation accuracy)",
    "hyper.curves_x": "epoch",
    "hyper.curves_y": "accuracy",
    "hyper.curves_validation": "validation",
    "hyper.curves_train": "training",
    "hyper.m_val": "Best validation accuracy (trial {trial})",
    "hyper.m_test": "Its test accuracy, measured once",
    "hyper.m_test_delta": "{diff:+.3f} against validation",
    "hyper.m_lr": "Its learning rate",
    "hyper.m_lam": "Its weight decay λ",
    "hyper.see_best": (
        "The best {count} trials (validation accuracy {val_low} to {val_high}) had learning "
        "rates from {lr_low} to {lr_high}, and λ from {lam_low} to {lam_high}."
    ),
    "hyper.see_lr": (
        "The learning rate tells the best trials apart: their median lr is {top_median}, the "
        "others' {rest_median} (whose median validation accuracy is {rest_val}). A rate that "
        "small barely moves the weights in so few epochs."
    ),
    "hyper.table_csv": "Download the trials (CSV)",
    "hyper.narrow": (
        "Narrow the range to the best {count} trials: lr {lr_low} to {lr_high}, λ {lam_low} "
        "to {lam_high}"
    ),
    "hyper.narrow_help": (
        "Set both ranges to the region of the best trials (a little wider), as the book "
        "suggests; the next search then tries more settings where the good ones were."
    ),
    "hyper.book": (
        "**The book** (the first 500 digits of the full MNIST, 100 trials, one run): best "
        "validation accuracy 0.84 at lr 0.0094 and λ 2.8 × 10⁻⁶; its best 20 trials all had lr "
        "from 0.0016 to 0.0100, while their λ spread over the whole range from 10⁻⁸ to 10⁻⁴. It "
        "suggests searching next around lr 0.001-0.01 and λ 10⁻⁸-10⁻⁶. The book never shows a "
        "test accuracy: the search is about choosing, not about the final score."
    ),
    "hyper.procedure_header": "The procedure, in four steps",
    "hyper.procedure": (
        "1. Set a range for each hyperparameter, on a **log scale** (powers of ten): we rarely "
        "know even the order of magnitude.\n"
        "2. Draw settings from those ranges at random. Random search finds good regions faster "
        "than a grid: when one hyperparameter matters much more than the other, a grid tries "
        "only a few values of it, random trials a new value every time.\n"
        "3. Train each briefly (few epochs) and judge it on the **validation** data.\n"
        "4. Repeat, narrowing the ranges to where the best trials were, until one setting "
        "stands out; then, and only then, measure that network once on the test data.\n\n"
        "More refined methods (Bayesian optimization) choose the next trial from the results "
        "so far; the book names them as further reading."
    ),
    "predict.test.short": "Search: the best trial's test accuracy against its validation one",
    "predict.test.prompt": (
        "The search picks the best of {trials} trials by its validation accuracy (100 digits). "
        "Then that network meets the {test_size:,} test digits, once. Its test accuracy will "
        "be ..."
    ),
    "predict.test.opt_lower": "Lower than its validation accuracy",
    "predict.test.opt_same": "About the same (within {margin:.2f})",
    "predict.test.opt_higher": "Higher than its validation accuracy",
    "predict.test.no_verdict": "The search has not measured the test accuracy yet.",
    "predict.test.numbers": (
        "Trial {trial} was best: validation {val:.2f}, test {test:.3f} (a difference of "
        "{diff:+.3f})."
    ),
    "predict.test.why_lower": (
        "Picking the best of {trials} scores on 100 validation digits also picks luck: a trial "
        "that happened to suit those digits. On digits that played no part in the choice the "
        "luck is gone, so the score falls back. Had we picked by the test data, this very "
        "optimism would have gone unnoticed."
    ),
    "predict.test.why_same": (
        "Here the choice held up: the network does about as well on the test digits as on "
        "the validation ones. With only 100 validation digits, that is partly luck too; "
        "another seed (sidebar) may tell otherwise."
    ),
    "predict.test.why_higher": (
        "The test digits happened to suit this network better than the 100 validation digits "
        "did: with so few validation digits, a score is uncertain by several hundredths either "
        "way. On average, the trial chosen as best scores lower on new data, not higher."
    ),
    "predict.test.not_lower": (
        "Lower is what usually happens (the best score is partly luck), but not this time: "
        "the difference is {diff:+.3f}."
    ),
    "predict.test.not_same": ("The two differ by {diff:+.3f}, more than {margin:.2f}."),
    "predict.test.not_higher": (
        "Higher would mean the choice was pessimistic; the best of {trials} scores is more "
        "often optimistic, as here ({diff:+.3f})."
    ),
    # The study note's figures, one click away (pages/dropout.py, pages/weight_decay.py,
    # ui/batchnorm/central.py, ui/batchnorm/scale_panels.py)
    "dropout.note_preset": "Study note's setting: 0.15",
    "dropout.note_preset_help": (
        "Set the ratio to 0.15: the study note's figure trains with drop_base = 0.15, the ratio "
        "of an earlier version of the book's overfit_dropout.py (the current one: 0.2)."
    ),
    "dropout.note_on_screen": (
        "Ratio 0.15 is the **study note's setting** (its drop_base = 0.15): its figure shows a "
        "narrower gap than without dropout and slower training, as here."
    ),
    "decay.note_names": (
        "**In the study note** this penalty is written `0.5 * lr * W**2`: its `lr` is the "
        "weight decay λ of this page (`weight_decay_lambda` in the book's code), not the "
        "learning rate η. Read it as ½λ‖W‖²."
    ),
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
    "access.formula": "Formula, scrolls sideways",
    "chart.describe": "Describe this chart",
    "chart.numbers": "The numbers drawn",
    "chart.thinned": (
        "Long curves are listed at about 40 evenly spaced points; the CSV download holds every row."
    ),
    "chart.first_rows": "The first {shown} of {rows} rows.",
    "chart.col_series": "Series",
    "chart.col_x": "x axis",
    "chart.col_y": "y axis",
    "chart.col_z": "Value",
    "chart.live": "{title}: training now; the chart is described when the run ends.",
    "chart.join": "; ",
    "chart.end": ".",
    "chart.series": "{name}: from {first} at {x_name} {x_first} to {last} at {x_name} {x_last}",
    "chart.more_series": "and {count} more lines",
    "chart.no_data": "Nothing is drawn yet.",
    "chart.run_end": (
        "{run} after {epoch} epochs: train {train:.2f}, test {test:.2f}, a gap of {gap:.2f}, "
        "weight norm {norm}"
    ),
    "chart.run_diverged": "{run} diverged at epoch {epoch}",
    "chart.count": "{label}: {count}",
    "chart.total": "{count} answers in all",
    "chart.loop": (
        "The training loop. Forward, left to right: {forward}. Backward, right to left: "
        "{backward}. Then it repeats. Select a step to open the page that changes it; the "
        "links under the figure do the same"
    ),
    "chart.loop_step": "{step} (page: {page})",
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
    "chart.masks": (
        "{kept} of {total} hidden units kept on this pass ({percent:.0f}%, expected "
        "{expected:.0f}%): {layers}"
    ),
    "chart.masks_layer": "layer {layer} {kept} of {units}",
    "chart.boundary": (
        "{run}, epoch {epoch}: the decision boundary cuts the plane into {pieces} pieces; "
        "train accuracy {train:.2f}, test accuracy {test:.2f}"
    ),
    "chart.boundary_waiting": "{run}: no boundary yet, training starts",
    "chart.picture": "Picture of answer {label}",
    "sidebar.projector": "Projector mode",
    "sidebar.projector_help": (
        "Larger chart text, thicker lines and larger numbers, for a room reading the screen "
        "from far away. Lesson links you make keep it."
    ),
    # ---------------------------------------------------------------- issue 17: classroom-proof
    # lessons (ui/class_counts.py, ui/class_view.py, ui/browser.py, ui/pins.py, ui/lesson_view.py,
    # ui/predict.py, ui/diagnosis.py)
    "state.lesson_teacher_key": (
        "The link's {param} = {value} is not a teacher key: the teacher's view opens only from "
        "the teacher's own link, which the lesson panel makes. The page is shown as to a student."
    ),
    "state.bad_pins": (
        "The link's {param} = {value} is not a list of up to {high} pinned runs (settings such "
        "as lambda:0.3,epochs:100, separated by ;); kept: {used}."
    ),
    "lesson.choose": "Choose",
    "lesson.no_questions": "This page asks no question",
    "lesson.class_taken": (
        "Class {code} is open on this server under another teacher's key. Choose another code, "
        "or make this link after opening your own teacher's link for {code}."
    ),
    "lesson.class_full": (
        "The server holds as many classes as it can, all in use: no new class can be opened "
        "now. Try again later."
    ),
    "lesson.examples": "Ready-made lessons (the book's settings, checked to teach)",
    "lesson.example_decay_gap": (
        "Does weight decay narrow the gap? λ = 0.1 against λ = 0, the class predicts first."
    ),
    "lesson.example_dropout_gap": (
        "Does dropout narrow the gap? Ratio 0.2 against none, the class predicts first."
    ),
    "lesson.example_init_shape": (
        "Sigmoid with std 1: what do the last layer's activations look like?"
    ),
    "lesson.example_init_loss": "Which initialization learns best: std 0.01, Xavier or He?",
    "lesson.example_bn_small": (
        "Small initial weights (std 0.01): does Batch Normalization rescue training?"
    ),
    "predict.closed": (
        "Your teacher closed voting on this question: you can still answer and see the "
        "result, but your answer is not counted."
    ),
    "predict.full": (
        "This question has counted all the answers it can ({high}): you can still answer and "
        "see the result, but your answer is not counted."
    ),
    "predict.added_counted": (
        "Your answer is counted, anonymously, for class {code} (one answer per browser)."
    ),
    "predict.added_already": (
        "This browser has answered this question for class {code} already: that first answer "
        "stands (one answer per browser)."
    ),
    "predict.added_full": (
        "Not counted: this question has counted all the answers it can ({high}). Tell your teacher."
    ),
    "predict.added_closed": "Not counted: your teacher had closed voting on this question.",
    "predict.added_no_class": (
        "Not counted: class {code} is not open on this server (your teacher's link opens it)."
    ),
    "predict.added_no_voter": (
        "Not counted: this browser did not give the lab its id (it keeps one in its storage or "
        "a cookie, to count one answer per browser). Reload the page and answer again."
    ),
    "predict.added_server_full": (
        "Not counted: the server holds all the answers it can right now. Tell your teacher."
    ),
    "predict.added_bad_option": "Not counted: that is not one of the question's answers.",
    "class.key_taken": (
        "This link's teacher key does not open class {code} on this server (the class belongs "
        "to another key): the page is shown as to a student."
    ),
    "class.key_full": (
        "Class {code} cannot be opened: the server holds as many classes as it can, all in "
        "use. The page is shown as to a student."
    ),
    "class.key_no_class": (
        "A teacher key needs a class code (class=…) beside it: the page is shown as to a student."
    ),
    "class.round": "Round {round}",
    "class.closed": "voting closed",
    "class.full": "full: {high} answers, no more are counted",
    "class.full_teacher": (
        "This question has counted all the answers it can ({high}): later answers are not "
        "counted, and students are told so. Start a new round to count again."
    ),
    "class.new_round": "New round",
    "class.new_round_help": (
        "Forget this question's answers and ask again: every browser may answer once more, and "
        "the result is hidden until you reveal it."
    ),
    "class.close": "Close voting",
    "class.reopen": "Reopen voting",
    "class.close_help": (
        "Closed: students can still answer and see the result, but no answer is counted."
    ),
    "class.questions": "Class {code}: questions so far ({count})",
    "class.no_questions": "No question has been answered yet.",
    "class.csv": "Download the counts (CSV)",
    "class.question_name": "{page}: {question}",
    "class.col_question": "Question",
    "class.col_settings": "Settings",
    "class.col_answers": "Answers",
    "class.col_state": "State",
    "class.col_teacher": "Yours",
    "class.book_settings": "the book's",
    "diag.fix_locked": (
        "What would help: {fix}. Your teacher set the {control} for this lesson, so this page "
        "keeps it; try it in the page unlocked."
    ),
    "diag.fix_locked_help": (
        "The same page in a new tab, every control free, with this fix already set."
    ),
    "diag.expect_lr": (
        "Expect: at {value}, the book's learning rate, the loss falls step by step and the "
        "accuracy climbs well above chance."
    ),
    "diag.expect_weight_decay_lambda": (
        "Expect: at the book's λ = {value} the network learns again (the book: train 0.93, "
        "test 0.72 after 200 epochs) with a smaller gap than without weight decay."
    ),
    "diag.expect_dropout_ratio": (
        "Expect: at the book's ratio {value} the network learns again, more slowly than "
        "without dropout, with a smaller gap."
    ),
    "diag.expect_weight_init_std": (
        "Expect: with {value}, the activations keep their spread from layer to layer and the "
        "network learns."
    ),
    "diag.expect_use_batchnorm": (
        "Expect: Batch Normalization rescales every layer, so the network learns whatever the "
        "initial weights."
    ),
    "pins.book": "the book's settings",
    "pins.pin": "📌 Pin this run",
    "pins.pin_help": (
        "Keep this run's curves in the chart, faded, while you try other settings (up to "
        "{most}: the oldest goes first). The pins are part of the address, so a link carries "
        "them."
    ),
    "pins.clear": "Clear the pins",
    "pins.listed": "Pinned (faded in the chart): {pins}",
    "pins.training": "training; shown when done",
    "plane.init_std": "std {std}",
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
    "diag.table_not_finite": "layer {layer}, {quantity} std no longer a finite number, {at}",
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
    "chart.search_best": (
        "{trials} trials: the best validation accuracy {val} at lr {lr}, λ {lam} (trial {trial})"
    ),
    "chart.search_top": (
        "the {count} best all have lr from {lr_low} to {lr_high} and λ from {lam_low} to "
        "{lam_high}, validation accuracy {val_low} to {val_high}"
    ),
    "chart.search_rest": "the other {rest} trials' median validation accuracy is {val}",
    "chart.search_range": (
        "The dashed rectangle is the range searched: lr {lr_low} to {lr_high}, λ {lam_low} to "
        "{lam_high}"
    ),
    "chart.best_first": (
        "#1 (trial {trial}, lr {lr}, λ {lam}) ends after {epoch} epochs at validation {val}, "
        "training {train}"
    ),
    "chart.best_last": "#{rank} at validation {val}, training {train}",
    "chart.best_gap": (
        "training ends above validation in {over} of {shown}, the widest gap {gap} (#{rank})"
    ),
    "chart.best_no_gap": "validation ends at or above training in all {shown}",
}
