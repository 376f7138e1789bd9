"""AppTest: the training pages with TRAINING_LAB_MNIST_DIR pointing at data they cannot use or
that is smaller than the book's settings. A teacher gets a message that says what is wrong and
what to do, the controls are limited to what the data set holds, and the page stays usable: no
exception box, no Train button that can only fail (issue 8.3)."""

from __future__ import annotations

import pytest

from engine import data
from engine.data import MNIST_DIR_ENV
from tests.helpers import figures, open_page, write_idx_folder
from ui.trainers import trainers

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")
TRAINING_PAGES = {
    "pages/weight_init.py": 1,  # live training sections on the page
    "pages/batchnorm.py": 2,
    "pages/weight_decay.py": 1,
    "pages/dropout.py": 2,  # and the regularizer overlay
}


@pytest.fixture
def mnist_dir(tmp_path, monkeypatch):
    """A folder the lab reads MNIST from for this test (the process caches are reset)."""
    monkeypatch.setenv(MNIST_DIR_ENV, str(tmp_path))
    data.clear_cache()
    trainers().reset(workers=True)  # trainer processes read the data set once, at their start
    yield tmp_path
    data.clear_cache()
    monkeypatch.delenv(MNIST_DIR_ENV)
    trainers().reset(workers=True)


def train_buttons(at):
    return [b for b in at.button if b.key and b.key.endswith(":action")]


def errors(at) -> list[str]:
    return [str(e.value) for e in at.error]


@pytest.mark.parametrize("page", TRAINING_PAGES)
def test_a_missing_folder_says_what_to_do_and_leaves_the_rest_of_the_page(mnist_dir, page):
    mnist_dir.rmdir()
    at = open_page(page)
    assert not at.exception
    assert not train_buttons(at)
    found = [e for e in errors(at) if MNIST_DIR_ENV in e]
    assert len(found) == TRAINING_PAGES[page]
    assert "unset" in found[0] and f"{mnist_dir.name}: not a folder" in found[0]
    assert str(mnist_dir.parent) not in found[0]  # the folder's name, never the server's path
    if page in ("pages/weight_init.py", "pages/batchnorm.py", "pages/dropout.py"):
        assert figures(at)  # the histograms, the primer, the dropout masks still draw


@pytest.mark.parametrize("page", ["pages/weight_decay.py", "pages/batchnorm.py"])
def test_an_empty_set_is_named_in_the_message(mnist_dir, page):
    write_idx_folder(mnist_dir, n_train=0, n_test=3)
    at = open_page(page)
    assert not at.exception
    assert any("train-images-idx3-ubyte" in e and "0 images" in e for e in errors(at))


def test_a_100_image_set_limits_the_training_images_and_trains(mnist_dir):
    write_idx_folder(mnist_dir, n_train=100, n_test=20)
    at = open_page("pages/weight_decay.py", train_size=300, epochs=2)
    assert not at.exception
    (size,) = [s for s in at.slider if s.key == "weight_decay:train_size"]
    assert size.max == 100 and size.value == 100
    assert any("` train_size `" in w.value and "using 100" in w.value for w in at.warning)
    train_buttons(at)[0].click().run()
    assert not at.exception and not errors(at)
    assert at.metric  # finished: the final numbers


def test_a_100_image_set_trains_the_init_comparison_with_smaller_minibatches(mnist_dir):
    write_idx_folder(mnist_dir, n_train=100, n_test=20)
    at = open_page("pages/weight_init.py", iterations=10)
    train_buttons(at)[0].click().run()
    assert not at.exception and not errors(at)
    assert len(at.metric) == 3  # the final loss of each initialization


def test_a_150_image_set_gives_the_bn_page_a_slider_of_single_images(mnist_dir):
    write_idx_folder(mnist_dir, n_train=150, n_test=20)
    at = open_page("pages/batchnorm.py")
    assert not at.exception
    (size,) = [s for s in at.slider if s.key == "batchnorm:train_size"]
    # no step of 100 from 100 fits below 150: single images from 1 to 150
    assert (size.min, size.max, size.step, size.value) == (1, 150, 1, 150)


def captions(at) -> str:
    return "\n".join(str(c.value) for c in at.caption)


@pytest.mark.parametrize("page", TRAINING_PAGES)
def test_every_training_section_names_the_bundled_subset_and_its_sizes(page):
    """Issue 9.7: no page said which data set it trains on."""
    info = data.load_mnist()
    at = open_page(page)
    assert "the MNIST subset that comes with the lab" in captions(at)
    assert f"{info.train_size:,} training and {info.test_size:,} test images" in captions(at)


@pytest.mark.parametrize("page", TRAINING_PAGES)
def test_with_a_folder_set_every_training_section_names_it_and_its_sizes(mnist_dir, page):
    """Issue 9.7: with TRAINING_LAB_MNIST_DIR set the captions still spoke of the bundled
    subset's 1,000 test digits."""
    write_idx_folder(mnist_dir, n_train=120, n_test=30)
    at = open_page(page)
    assert not at.exception
    shown = captions(at)
    assert "MNIST from the folder named by `TRAINING_LAB_MNIST_DIR`" in shown
    assert "120 training and 30 test images" in shown
    assert "comes with the lab" not in shown and "its own 1,000 digits" not in shown
    if page in ("pages/weight_decay.py", "pages/dropout.py"):
        assert "tests on the 30 test images of its data set" in shown


def test_a_label_file_that_fails_in_training_names_the_file_not_the_servers_path(mnist_dir):
    """Headers pass (the page opens), the body fails when a trainer loads it: the message the
    student sees names the folder and file, and nothing of where the server keeps them."""
    write_idx_folder(mnist_dir, n_train=120, n_test=30)
    labels = mnist_dir / "train-labels-idx1-ubyte"
    labels.write_bytes(labels.read_bytes()[:-1] + bytes([12]))  # a label that is no digit
    at = open_page("pages/weight_decay.py", epochs=2)
    train_buttons(at)[0].click().run(timeout=120)
    shown = errors(at)
    assert any(f"{mnist_dir.name}/train-labels-idx1-ubyte" in e for e in shown), shown
    assert not any(str(mnist_dir.parent) in e for e in shown), shown
