"""What the page needs for keyboard and screen-reader users beyond Streamlit's own (issue 18),
and projector mode's larger text. app.py calls `apply()` once per run, after the page.

A small script in the page (`PAGE_JS`) does two things:
* A display formula wider than its column scrolls sideways (KaTeX's .katex-display), and a
  keyboard cannot scroll what it cannot focus (axe-core: scrollable-region-focusable): each
  formula that scrolls gets a tab stop and a name, taken away again when it fits (the page is
  resized, a phone turned), so formulas that fit add no tab stops.
* Focus is never lost to a rerun: when the element that has focus leaves the page (the Train
  button when its run ends), focus moves to the next focusable element after where it was
  (the finished chart's "Describe this chart"), not to the top of the document.
* Projector mode (the sidebar's toggle, `?projector=1`): larger metric numbers, captions and
  alerts (the answer counts a teacher reveals); ui.chart enlarges the figures.
"""

from __future__ import annotations

import json

import streamlit as st

from ui.chart import projector_on
from ui.i18n import t

# Runs in the page (Streamlit's st.html with unsafe_allow_javascript): installed once per
# browser tab, then it watches the page and re-checks after every change.
PAGE_JS = """<script>
(() => {
  window.__labFormulaLabel = %s;
  const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, ' +
    'textarea, summary, [tabindex]:not([tabindex="-1"])';
  const formulas = () => document.querySelectorAll('.katex-display').forEach(el => {
    const scrolls = el.scrollWidth > el.clientWidth + 1;
    if (scrolls && !el.hasAttribute('tabindex')) {
      el.tabIndex = 0;
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', window.__labFormulaLabel);
      el.dataset.labScroll = '1';
    } else if (!scrolls && el.dataset.labScroll) {
      el.removeAttribute('tabindex');
      el.removeAttribute('role');
      el.removeAttribute('aria-label');
      delete el.dataset.labScroll;
    }
  });
  // Focus is never lost to a rerun: when the focused element is taken out of the page (the
  // Train button once its run ends), the next focusable element after where it was gets it.
  const visible = el => el.getClientRects().length > 0;
  const after = (a, b) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
  const focus = {element: null, before: null};
  const keep = () => {
    const now = document.activeElement;
    if (now && now !== document.body) return;
    if (!focus.element || focus.element.isConnected) return;  // the reader moved focus away
    const anchor = focus.before && focus.before.isConnected ? focus.before : null;
    const next = [...document.querySelectorAll(FOCUSABLE)].find(el =>
      visible(el) && (!anchor || (after(anchor, el) && !anchor.contains(el))));
    if (next) next.focus();
  };
  const check = () => { formulas(); keep(); };
  if (window.__labWatch) { check(); return; }
  document.addEventListener('focusin', e => {
    focus.element = e.target;
    const earlier = [...document.querySelectorAll(FOCUSABLE)].filter(el =>
      visible(el) && after(el, e.target) && !el.contains(e.target));
    focus.before = earlier.length ? earlier[earlier.length - 1] : null;
  });
  let pending = null;
  const later = () => { clearTimeout(pending); pending = setTimeout(check, 150); };
  window.__labWatch = new MutationObserver(later);
  window.__labWatch.observe(document.body, {childList: true, subtree: true});
  window.addEventListener('resize', later);
  check();
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
    """The page script (formulas' tab stops, focus kept), and projector mode's CSS when on."""
    if projector_on():
        st.html(PROJECTOR_CSS)  # style only: Streamlit puts it where it takes no room
    with st.sidebar:
        st.html(PAGE_JS % json.dumps(t("access.formula")), unsafe_allow_javascript=True)
