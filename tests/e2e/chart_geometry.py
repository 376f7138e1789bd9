"""Where a Plotly chart's texts and lines lie, as Chromium drew them (issue 17: label
collisions are checked geometrically, not only by eye).

CHART_PROBLEMS_JS(plot, name) -> [problem], for one `.js-plotly-plot`; PROBLEMS_JS (below: the
layout checks of a whole page) runs it on every figure of a page:

* an axis title or tick label inside another panel's plot area (the 2-D page's "weight norm
  ‖W‖" drawn in the accuracy chart);
* an annotation (a gap label, a panel title, a share) on top of a tick label or axis title;
* an annotation on a plotted curve: a point of a line (widened by its stroke) inside the
  annotation's text, beyond a 1 px tolerance;
* a colour bar's title on the bar or its tick labels.

Titles, annotations and axis texts among themselves are PROBLEMS_JS's own checks, with the
page's: nothing wider than the screen, no formula KaTeX failed or that needs a scroll bar, no
table cell that cuts its text, no row of choices out of its column, no title under Plotly's
toolbar.
"""

CHART_PROBLEMS_JS = r"""(plot, name) => {
  const problems = [];
  const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const overlap = (a, b, tolerance = 2) => {
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    return w > tolerance && h > tolerance;
  };
  const texts = selector => [...plot.querySelectorAll(selector)]
    .filter(e => e.textContent.trim() && visible(e));
  // Each panel's plot area, and the axes it is drawn on ("x2y2": x2, y2).
  const areas = [...plot.querySelectorAll('.draglayer > g')].flatMap(g => {
    const ids = (g.getAttribute('class') || '').match(/^(x\d*)(y\d*)$/);
    const drag = g.querySelector('.nsewdrag');
    return ids && drag ? [{axes: [ids[1], ids[2]], box: drag.getBoundingClientRect()}] : [];
  });
  // Tick labels (<g class="x2tick"><text>) and axis titles (<g class="g-y2title">), by axis.
  const axisTexts = texts('.xaxislayer-above text, .yaxislayer-above text, ' +
                          '[class^="g-x"][class$="title"] text, ' +
                          '[class^="g-y"][class$="title"] text')
    .map(e => {
      const group = e.closest('[class$="tick"], [class$="title"]');
      const m = (group?.getAttribute('class') || '').match(/^(?:g-)?([xy]\d*)(?:tick|title)$/);
      return {e, axis: m ? m[1] : null, box: e.getBoundingClientRect()};
    });
  for (const t of axisTexts) {
    for (const area of areas) {
      if (t.axis && !area.axes.includes(t.axis) && overlap(t.box, area.box)) {
        problems.push(`${name}: the axis text "${t.e.textContent}" lies in another panel's plot`);
      }
    }
  }
  const notes = texts('.annotation-text').map(e => ({e, box: e.getBoundingClientRect()}));
  for (const n of notes) {
    for (const t of axisTexts) {
      if (overlap(n.box, t.box)) {
        problems.push(`${name}: "${n.e.textContent}" overlaps the axis text "${t.e.textContent}"`);
      }
    }
  }
  // Points along every drawn line, every 2 px, with the half width of its stroke.
  const points = [];
  for (const path of plot.querySelectorAll('.scatterlayer .trace path.js-line')) {
    if (!visible(path) || !path.getTotalLength) continue;
    const length = path.getTotalLength();
    const matrix = path.getScreenCTM();
    const style = getComputedStyle(path);
    const opacity = parseFloat(style.strokeOpacity || '1') *
                    parseFloat(getComputedStyle(path.closest('.trace')).opacity || '1');
    if (!matrix || length === 0 || opacity === 0) continue;
    const half = (parseFloat(style.strokeWidth) || 2) / 2;
    const steps = Math.min(4000, Math.ceil(length / 2));
    for (let i = 0; i <= steps; i++) {
      const p = path.getPointAtLength(length * i / steps);
      points.push([matrix.a * p.x + matrix.c * p.y + matrix.e,
                   matrix.b * p.x + matrix.d * p.y + matrix.f, half]);
    }
  }
  for (const n of notes) {
    const b = n.box;
    const hit = points.find(([x, y, half]) => x > b.left - half + 1 && x < b.right + half - 1 &&
                                              y > b.top - half + 1 && y < b.bottom + half - 1);
    if (hit) {
      problems.push(`${name}: "${n.e.textContent}" sits on a plotted line ` +
                    `(at ${Math.round(hit[0] - b.left)}, ${Math.round(hit[1] - b.top)} in it)`);
    }
  }
  for (const bar of plot.querySelectorAll('.colorbar')) {
    const title = [...bar.querySelectorAll('.cbtitle text')].filter(visible);
    const parts = [...bar.querySelectorAll('.cbfill, .cbaxis text')].filter(visible);
    for (const t of title) {
      for (const p of parts) {
        if (overlap(t.getBoundingClientRect(), p.getBoundingClientRect(), 0)) {
          problems.push(`${name}: the colour bar's title "${t.textContent}" touches its bar`);
        }
      }
    }
  }
  return problems;
}"""

PROBLEMS_JS = (
    """() => {
  const problems = [];
  const chartProblems = """
    + CHART_PROBLEMS_JS
    + """;
  const main = document.querySelector('[data-testid="stMain"]');
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth + 1) {
    problems.push(`the page scrolls sideways: ${page.scrollWidth} px in ${page.clientWidth}`);
  }
  for (const e of main.querySelectorAll('.katex-error')) {
    problems.push(`a formula KaTeX could not draw: ${e.textContent.slice(0, 80)}`);
  }
  for (const e of main.querySelectorAll('.katex-display')) {
    // the drawn formula (not KaTeX's hidden MathML copy) inside its box, or it scrolls
    const ink = e.querySelector('.katex-html').getBoundingClientRect();
    const area = e.getBoundingClientRect();
    if (ink.right > area.right + 1 || ink.left < area.left - 1) {
      const tex = e.querySelector('annotation')?.textContent || '';
      problems.push(`a formula wider than the page (${Math.round(ink.width)} px in ` +
                    `${Math.round(area.width)}): ${tex.slice(0, 80)}`);
    }
  }
  for (const cell of main.querySelectorAll('[data-testid="stTable"] td, ' +
                                           '[data-testid="stTable"] th')) {
    if (cell.scrollWidth > cell.clientWidth + 1) {
      problems.push(`a table cell cuts its text: ${cell.textContent}`);
    }
  }
  for (const group of main.querySelectorAll('[data-testid="stButtonGroup"]')) {
    const column = group.closest('[data-testid="stColumn"]') || main;
    for (const choice of group.querySelectorAll('button')) {
      const [c, col] = [choice.getBoundingClientRect(), column.getBoundingClientRect()];
      if (c.right > col.right + 1 || c.left < col.left - 1) {  // a row scrolled sideways
        problems.push(`the choice "${choice.textContent}" is cut off by its column`);
      }
    }
  }
  const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const overlap = (a, b, gap = -2) => {  // gap: how close side by side counts as touching
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    return w > -gap && h > 2;
  };
  for (const plot of main.querySelectorAll('.js-plotly-plot')) {
    const box = plot.getBoundingClientRect();
    const name = (plot.querySelector('.gtitle')?.textContent || 'untitled').slice(0, 40);
    const texts = [...plot.querySelectorAll(
      '.gtitle, .gtitle-subtitle, .annotation-text, .legendtext, ' +
      '[class^="g-x"][class$="title"], [class^="g-y"][class$="title"]'
    )].filter(e => e.textContent.trim() && visible(e));
    for (const t of texts) {
      const r = t.getBoundingClientRect();
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1) {
        problems.push(`${name}: "${t.textContent}" runs off the figure`);
      }
    }
    const labels = [...plot.querySelectorAll('.gtitle, .gtitle-subtitle, .annotation-text')]
      .filter(e => e.textContent.trim() && visible(e));
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        if (overlap(labels[i].getBoundingClientRect(), labels[j].getBoundingClientRect())) {
          problems.push(`${name}: "${labels[i].textContent}" overlaps ` +
                        `"${labels[j].textContent}"`);
        }
      }
    }
    // axis titles and tick labels: none on top of another (a panel's ticks or title running
    // into its neighbour's)
    // (Plotly names the second axis's ticks x2tick and its title g-x2title, and so on)
    const axisTexts = [...plot.querySelectorAll(
      '.xaxislayer-above text, .yaxislayer-above text, ' +
      '[class^="g-x"][class$="title"] text, [class^="g-y"][class$="title"] text'
    )].filter(e => e.textContent.trim() && visible(e));
    for (let i = 0; i < axisTexts.length; i++) {
      for (let j = i + 1; j < axisTexts.length; j++) {
        // tick labels of neighbouring panels must keep 5 px apart ("1-1" read as one)
        const [a, b] = [axisTexts[i], axisTexts[j]].map(e => e.getBoundingClientRect());
        if (overlap(a, b, 5)) {
          problems.push(`${name}: axis text "${axisTexts[i].textContent}" overlaps ` +
                        `"${axisTexts[j].textContent}"`);
        }
      }
    }
    problems.push(...chartProblems(plot, name));
    const toolbar = plot.querySelector('.modebar');
    for (const t of plot.querySelectorAll('.gtitle, .gtitle-subtitle')) {
      if (toolbar && visible(toolbar) &&
          overlap(t.getBoundingClientRect(), toolbar.getBoundingClientRect())) {
        problems.push(`${name}: the title lies under Plotly's toolbar`);
      }
    }
  }
  return problems;
}"""
)

BOX_GAP_PX = 6  # the least room between two boxes of a diagram (arrows run between them)
# The Batch Normalization graph's boxes and their labels, as drawn.
GRAPH_JS = """() => {
  const plot = document.querySelector('.st-key-bn-graph .js-plotly-plot');
  const boxes = [...plot.querySelectorAll('.shapelayer path')]
    .filter(p => (p.style.fill || getComputedStyle(p).fill) !== 'none')
    .map(p => p.getBoundingClientRect().toJSON());
  const labels = [...plot.querySelectorAll('.annotation-text')]
    .filter(e => e.textContent.trim())
    .map(e => ({text: e.textContent, box: e.getBoundingClientRect().toJSON()}));
  return {boxes, labels};
}"""


def inside(inner: dict, outer: dict, tolerance: float = 1) -> bool:
    return (
        inner["left"] >= outer["left"] - tolerance
        and inner["right"] <= outer["right"] + tolerance
        and inner["top"] >= outer["top"] - tolerance
        and inner["bottom"] <= outer["bottom"] + tolerance
    )


def gap_between(a: dict, b: dict) -> float:
    """The room between two rectangles (negative when they overlap)."""
    across = max(b["left"] - a["right"], a["left"] - b["right"])
    down = max(b["top"] - a["bottom"], a["top"] - b["bottom"])
    return max(across, down)
