"""English strings that only the overfitting lesson uses
(pages/weight_decay.py, pages/dropout.py, ui/overfitting/).

ui/i18n.py merges them with the shared ui/strings_en.py and the other lessons' tables;
strings_zh_tw.py and strings_ja.py beside this file hold the same keys.
"""

STRINGS = {
    # ---- one student cannot hurt the class (issue 16): bounds on a browser's and a network's runs
    "overfit.epochs_cap": (
        "With these network and data settings the server trains at most {most} epochs: one "
        "run may hold a trainer the whole class shares for about {minutes:.0f} minute."
    ),
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
    # ------------------------------------------------ lesson links, predict then reveal (issue 12)
    # ui/lesson.py, ui/form.py, ui/lesson_view.py, ui/predict.py and the lessons' questions.py
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
    # ---------------------------------------------------------------- issue 18: every chart
    # speaks (ui/chart.py, ui/describe.py and the lessons' descriptions), projector mode
    "chart.masks": (
        "{kept} of {total} hidden units kept on this pass ({percent:.0f}%, expected "
        "{expected:.0f}%): {layers}"
    ),
    "chart.masks_layer": "layer {layer} {kept} of {units}",
}
