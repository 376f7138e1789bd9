"""The book's choices as every page names them: activation functions and initial weights
(the update rules' names are in ui/optimizers.py). Value -> string key."""

ACTIVATION_NAMES = {"sigmoid": "init.act_sigmoid", "tanh": "init.act_tanh", "relu": "init.act_relu"}
INIT_NAMES = {  # weight_init_std as the pages offer it; "custom" is the page's own σ
    "1": "init.init_1",
    "0.01": "init.init_0.01",
    "xavier": "init.init_xavier",
    "he": "init.init_he",
    "custom": "init.init_custom",
}
