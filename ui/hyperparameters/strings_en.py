"""English strings that only the hyperparameter search (6.5) lesson uses
(pages/hyperparameters.py, ui/hyperparameters/).

ui/i18n.py merges them with the shared ui/strings_en.py and the other lessons' tables;
strings_zh_tw.py and strings_ja.py beside this file hold the same keys.
"""

STRINGS = {
    # Page 7: hyperparameter search, 6.5 (pages/hyperparameters.py, ui/hyperparameters/)
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
    # ---------------------------------------------------------------- issue 21 with issue 18:
    # the chapter pages' charts described (ui/updates, ui/hyperparameters, ui/batchnorm)
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
