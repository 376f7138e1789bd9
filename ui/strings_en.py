"""English strings the whole lab shares: keys that more than one lesson, or a shared module
(ui/*.py, app.py), uses. A key only one lesson uses is in that lesson's folder
(ui/<lesson>/strings_en.py); ui/i18n.py merges them all. Same keys and placeholders as
strings_zh_tw.py and strings_ja.py (tests/ui/test_i18n.py).

Keys are prefixed by where they are used: app., nav., sidebar. (app.py); state. (ui/form.py,
ui/controls.py); live., export., data. (ui/live.py, ui/export.py, ui/dataset.py); one prefix per
page (home., init., batchnorm., decay., dropout.) and overfit. for what the weight-decay and
dropout pages share (ui/overfitting/).
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
    "init.act_sigmoid": "sigmoid",
    "init.act_tanh": "tanh",
    "init.act_relu": "ReLU",
    "init.init_1": "std 1",
    "init.init_0.01": "std 0.01",
    "init.init_xavier": "Xavier",
    "init.init_he": "He",
    "init.init_custom": "custom",
    # ---------------------------------------------------------------- pages 3 and 4 (ui/overfit.py)
    "overfit.opt_momentum": "Momentum",
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
    "predict.loss.short": "Training: which initialization ends with the lowest loss?",
    "predict.bn.short": "BN or not: which ends ahead at this scale?",
    "predict.scales.short": "The 16 scales: where does BN lose?",
    "predict.gap.short": "Which run ends with the smaller gap?",
    # ---------------------------------------------------------------- teaching tools: the
    # regularizer overlay (ui/overfitting/regularizers.py) and the divergence explainer
    # (ui/diagnosis.py)
    "diag.at_epoch": "at epoch {epoch}",
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
    # ---------------------------------------------------------------- page 5: chapter 6 in 2-D
    "nav.plane": "Chapter 6 in 2-D",
    "home.link_plane": (
        "**Chapter 6 in 2-D**: two moons and the decision boundary a net draws between them, "
        "live: ragged when it memorizes its points, smooth with weight decay or dropout."
    ),
    # ---------------------------------------------------------------- issue 21: the whole
    # chapter. Page 6: parameter updates, 6.1 (pages/updates.py, ui/updates/)
    "nav.updates": "Parameter updates",
    "home.link_updates": (
        "**Parameter updates**: SGD, Momentum, AdaGrad and Adam race down a long valley, step "
        "by step, then train the same network on MNIST."
    ),
    "predict.race.short": "The race: which rule ends closest to the minimum?",
    "predict.mnist.short": "MNIST: which rule ends with the lowest loss?",
    # Page 7: hyperparameter search, 6.5 (pages/hyperparameters.py, ui/hyperparameters/)
    "nav.hyperparameters": "Hyperparameter search",
    "home.link_hyperparameters": (
        "**Hyperparameter search**: the book's random search for a learning rate and a weight "
        "decay, judged on validation data, and why the test data must stay out of it."
    ),
    "predict.test.short": "Search: the best trial's test accuracy against its validation one",
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
    # ------------------------------------------------ words that agree (issue 17, items 13-17)
    "diag.table_not_finite": "layer {layer}, {quantity} std no longer a finite number, {at}",
}
