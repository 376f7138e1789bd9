"""AppTest: the home page (app.py's default page), opened like a shared link."""

import pytest

from tests.helpers import figures, open_page, texts, widget
from ui import nav

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")


# ------------------------------------------------------------------------------- home


def test_home_renders_the_loop_and_links_every_page_that_exists():
    at = open_page()
    assert not at.exception
    (loop,) = figures(at)
    boxes = [s for s in loop["layout"]["shapes"] if s["type"] == "rect"]
    assert len(boxes) == 8
    coloured = [b for b in boxes if b["fillcolor"] != "#6B7480"]
    assert len(coloured) >= 2  # the Affine and activation steps belong to weight_init
    links = [link.proto.page for link in at.get("page_link")]
    for info in nav.PAGES[1:]:
        assert (info.id in links) == (info in nav.available())
    assert texts(at).count("coming soon") == len(nav.PAGES) - len(nav.available())


def test_home_in_traditional_chinese():
    at = open_page(lang="zh-TW")
    assert not at.exception
    assert at.title[0].value == "Training Lab 訓練實驗室"
    assert "第 6 章" in texts(at)
    assert widget(at, "button", "恢復書中設定").disabled  # no controls to reset on home


def test_home_in_japanese():
    at = open_page(lang="ja")
    assert not at.exception
    assert at.title[0].value == "Training Lab 学習テクニック実験室"
    assert "『ゼロから作るDeep Learning』第6章「学習に関するテクニック」" in texts(at)
    assert widget(at, "button", "書籍の設定に戻す").disabled
    # the loop's boxes speak the book's words
    (loop,) = figures(at)
    boxes = [a["text"] for a in loop["layout"]["annotations"]]
    assert "損失関数<br>+ ½λ‖W‖²" in boxes and "逆伝播<br>∂L/∂W" in boxes


def test_a_page_outside_the_training_loop_is_linked_with_its_own_icon():
    outside = nav.PageInfo("extra", "pages/extra.py", "📈", None)
    assert nav.link_icon(outside) == "📈"
    assert [nav.link_icon(p) for p in nav.PAGES if p.colour is not None] == list(
        nav.COLOUR_SQUARES[: len([p for p in nav.PAGES if p.colour is not None])]
    )
