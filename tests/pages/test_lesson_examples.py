"""AppTest: every ready-made lesson the panel offers, and the README's example link, teaches
(issue 17.2). Each is opened as a student would, answered with the chapter's point, trained
to the end; the network must learn (well above chance) and the result must say the point was
right. The README's example before this issue (λ = 0.3) trained a network that never learned,
and "which has the smaller gap?" was won by the dead one."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.helpers import ROOT, open_page
from ui.lesson import EXAMPLES, Example
from ui.nav import by_id

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")
TRAIN_TIMEOUT_S = 900  # 2,000 iterations of three nets on a loaded 2-core machine
SECTIONS = {  # page -> its questions' training section (None: the answer needs no training)
    ("weight_decay", "gap"): "weight_decay",
    ("dropout", "gap"): "dropout",
    ("weight_init", "loss"): "init_comparison",
    ("weight_init", "shape"): None,
    ("batchnorm", "bn"): "bn_comparison",
}
# What "learned" means on each page, read from the numbers it shows (label part -> least value)
LEARNED = {
    "weight_decay": ("Test accuracy", 0.5),  # ten digits: chance is 0.1
    "dropout": ("Test accuracy", 0.4),
    "batchnorm": ("with BN: final training accuracy", 0.5),
}


def readme_example() -> tuple[str, dict[str, str]]:
    """The page and parameters of the README's example lesson link."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    (found,) = re.findall(r"For example `(/[a-z_]+\?[^`]+)`", text)
    url = urlsplit(found)
    return url.path.strip("/"), dict(parse_qsl(url.query))


def test_the_readmes_example_is_one_of_the_checked_lessons():
    page, params = readme_example()
    params.pop("class", None)  # the class counts answers; it changes nothing trained
    assert any(e.page == page and dict(e.params) == params for e in EXAMPLES), (page, params)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_a_ready_made_lesson_trains_a_network_that_learns_and_teaches_its_point(
    example: Example,
):
    asked = example.params["ask"]
    at = open_page(by_id(example.page).file, **example.params)
    assert not at.exception and not [w for w in at.warning if "link" in w.value]
    radio = next(r for r in at.radio if r.key and r.key.startswith("predict:"))
    radio.set_value(example.point)
    next(b for b in at.button if b.label == "Answer and reveal").click().run()
    section = SECTIONS[(example.page, asked)]
    if section is not None:
        at.button(key=f"live:{section}:action").click().run(timeout=TRAIN_TIMEOUT_S)
    assert not at.exception, [e.message for e in at.exception]
    assert len(at.success) == 1, "the chapter's point is what the result says"
    assert at.success[0].value.startswith("**Right")
    numbers = {m.label: m.value for m in at.metric}
    if example.page in LEARNED:
        label, least = LEARNED[example.page]
        (value,) = [float(v) for k, v in numbers.items() if label in k]
        assert value > least, numbers
    if asked == "loss":  # every init but the tiny one learns: the He loss falls far
        (he,) = [float(v) for k, v in numbers.items() if k.startswith("He:")]
        assert he < 0.5, numbers
