"""Where a Plotly chart's texts and lines lie, as Chromium drew them (issue 17: label
collisions are checked geometrically, not only by eye).

CHART_PROBLEMS_JS(plot, name) -> [problem], for one `.js-plotly-plot`; the layout tests
(tests/e2e/test_phone_layout_in_browser.PROBLEMS_JS) run it on every figure of a page:

* an axis title or tick label inside another panel's plot area (the 2-D page's "weight norm
  ‖W‖" drawn in the accuracy chart);
* an annotation (a gap label, a panel title, a share) on top of a tick label or axis title;
* an annotation on a plotted curve: a point of a line (widened by its stroke) inside the
  annotation's text, beyond a 1 px tolerance;
* a colour bar's title on the bar or its tick labels.

Titles, annotations and axis texts among themselves are PROBLEMS_JS's own checks.
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
