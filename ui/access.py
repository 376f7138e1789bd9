"""What the page needs for keyboard and screen-reader users beyond Streamlit's own (issue 18),
and projector mode's larger text. app.py calls `apply()` once per run, after the page.

* A display formula wider than its column scrolls sideways (KaTeX's .katex-display), and a
  keyboard cannot scroll what it cannot focus (axe-core: scrollable-region-focusable). A small
  script gives each formula that scrolls a tab stop and a name, and takes them away again when
  it fits (the page is resized, a phone turned), so formulas that fit add no tab stops.
* Projector mode (the sidebar's toggle, `?projector=1`): larger metric numbers, captions and
  alerts (the answer counts a teacher reveals); ui.chart enlarges the figures.
"""

from __future__ import annotations

import json

import streamlit as st

from ui.chart import projector_on
from ui.i18n import t

# Runs in the page (Streamlit's st.html with unsafe_allow_javascript): installed once per
# browser tab, then it watches the page for formulas and re-checks them on every change.
SCROLLABLE_JS = """<script>
(() => {
  const label = %s;
  const mark = () => document.querySelectorAll('.katex-display').forEach(el => {
    const scrolls = el.scrollWidth > el.clientWidth + 1;
    if (scrolls && !el.hasAttribute('tabindex')) {
      el.tabIndex = 0;
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', label);
      el.dataset.labScroll = '1';
    } else if (!scrolls && el.dataset.labScroll) {
      el.removeAttribute('tabindex');
      el.removeAttribute('role');
      el.removeAttribute('aria-label');
      delete el.dataset.labScroll;
    }
  });
  window.__labFormulaLabel = label;
  if (window.__labScrollWatch) { mark(); return; }
  let pending = null;
  const later = () => { clearTimeout(pending); pending = setTimeout(mark, 150); };
  window.__labScrollWatch = new MutationObserver(later);
  window.__labScrollWatch.observe(document.body, {childList: true, subtree: true});
  window.addEventListener('resize', later);
  mark();
})();
</script>"""

PROJECTOR_CSS = """<style>
[data-testid="stMetricValue"] { font-size: 3.2rem; }
[data-testid="stMetricLabel"] p, [data-testid="stMetricDelta"] { font-size: 1.35rem; }
[data-testid="stMain"] [data-testid="stCaptionContainer"] { font-size: 1.1rem; }
[data-testid="stMain"] [data-testid="stAlert"] p { font-size: 1.25rem; }
[data-testid="stMain"] p, [data-testid="stMain"] li { font-size: 1.15rem; }
</style>"""


def apply() -> None:
    """The formulas' tab stops, and projector mode's CSS when it is on."""
    if projector_on():
        st.html(PROJECTOR_CSS)  # style only: Streamlit puts it where it takes no room
    with st.sidebar:
        st.html(SCROLLABLE_JS % json.dumps(t("access.formula")), unsafe_allow_javascript=True)
