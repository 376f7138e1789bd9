"""AppTest: the explainer's fix buttons on a trained page (issue 17.1 and 17.3). A fix never
changes a control the teacher locked (the student is offered the page unlocked instead, and
the answer given stays the only one); a fix goes to the book's value, once per page, and says
what to expect."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.helpers import open_page, texts, train

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")
DECAY = "pages/weight_decay.py"
STALLING = {"lambda": "1", "epochs": "50"}  # λ = 1 shrinks the net to chance within 30 epochs


def fix_buttons(at) -> list:
    return [b for b in at.button if b.key and b.key.startswith("fix:")]


def test_a_fix_for_a_locked_control_is_offered_in_the_page_unlocked_and_changes_nothing():
    at = open_page(DECAY, **STALLING, lock="lambda", ask="gap")
    next(r for r in at.radio if r.key.startswith("predict:")).set_value("main")
    next(b for b in at.button if b.label == "Answer and reveal").click().run()
    at = train(at)
    assert "shrinks towards one constant guess" in texts(at)  # the diagnosis is there
    assert fix_buttons(at) == [], "no button may change what the teacher locked"
    assert "Your teacher set the weight decay λ for this lesson" in texts(at)
    links = [dict(parse_qsl(urlsplit(b.proto.url).query)) for b in at.link_button]
    assert {"lambda": "1", "epochs": "50", "ask": "gap"} in links  # the notice's: as it is
    # the fix's: the book's λ (the address leaves the book's values out), nothing locked
    assert {"epochs": "50", "ask": "gap"} in links
    at.run()  # any rerun: the locked value and the one answer stay
    assert at.session_state["weight_decay:lambda"] == 1.0
    assert at.query_params["lambda"] == "1" and at.query_params["lock"] == "lambda"
    assert not any(r.key.startswith("predict:") for r in at.radio), "asked only once"


def test_a_free_fix_goes_to_the_books_lambda_and_says_what_to_expect():
    at = train(open_page(DECAY, **STALLING))
    (button,) = fix_buttons(at)
    assert button.label == "Set the weight decay λ to 0.1"  # the book's, not a tenth of 1
    assert "Expect: at the book's λ = 0.1 the network learns again" in texts(at)
    button.click().run()
    assert at.session_state["weight_decay:lambda"] == 0.1
    assert "lambda" not in at.query_params  # the book's value: nothing to write


def test_two_runs_failed_by_one_setting_get_one_button_to_the_books_rate():
    at = train(open_page(DECAY, lr="0.5", epochs="50"))
    explained = [w.value for w in at.warning if w.value.startswith("**λ = ")]
    assert len(explained) == 2, "both runs (λ = 0.1 stalled, λ = 0 blew up) are explained"
    (button,) = fix_buttons(at)  # one button, not one per run
    assert button.label == "Set the learning rate to 0.01"  # the book's, not a tenth
    assert "Expect: at 0.01, the book's learning rate, the loss falls" in texts(at)
