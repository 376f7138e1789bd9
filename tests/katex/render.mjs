// Renders Markdown the way Streamlit's frontend parses it (micromark with GFM and math, the
// parser under remark-math; KaTeX 0.16.47, the version bundled with Streamlit 1.67's
// rehype-katex) and reports every formula that would not be drawn whole.
//
// stdin: JSON [{"id": ..., "markdown": ...}]. stdout: JSON [{"id", "formulas", "problems"}]:
// how many formulas the text holds, and one line per problem:
// * KaTeX cannot parse a formula (Streamlit then shows its source in red: .katex-error);
// * a display formula has text after its opening $$ on the same line: micromark reads that
//   text as the fence's "meta" and drops it without a word (a formula cut in half);
// * a display formula never closes: everything to the end of the text becomes one formula;
// * bold or italic markers are left as text: in Japanese and Chinese a closing ** between a
//   bracket and a letter (**Weight decay（荷重減衰）**は) is no delimiter by CommonMark's
//   flanking rules, and the reader sees the asterisks.
//
// node tests/katex/render.mjs < items.json   (tests/test_formulas_katex.py runs it)

import { readFileSync } from "node:fs";
import katex from "katex";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { math } from "micromark-extension-math";

function formulaChecker(problems, counter) {
  function render(value, displayMode) {
    counter.formulas += 1;
    try {
      return katex.renderToString(value, { displayMode, throwOnError: true });
    } catch (error) {
      problems.push(`KaTeX cannot draw ${JSON.stringify(value)}: ${error.message}`);
      return "";
    }
  }
  // The same states as micromark-extension-math's mathHtml, with the checks added.
  return {
    enter: {
      mathFlow() {
        this.lineEndingIfNeeded();
        this.tag('<div class="math math-display">');
        this.setData("mathFlowClosed", false);
      },
      mathFlowFenceMeta() {
        this.buffer();
      },
      mathText() {
        this.tag('<span class="math math-inline">');
        this.buffer();
      },
    },
    exit: {
      mathFlow() {
        const value = this.resume();
        if (!this.getData("mathFlowClosed")) {
          problems.push(`a display formula opened with $$ never closes: ${JSON.stringify(value)}`);
        }
        this.tag(render(value.replace(/(?:\r?\n|\r)$/, ""), true));
        this.tag("</div>");
        this.setData("mathFlowOpen");
        this.setData("slurpOneLineEnding");
      },
      mathFlowFence() {
        if (!this.getData("mathFlowOpen")) {
          this.setData("mathFlowOpen", true);
          this.setData("slurpOneLineEnding", true);
          this.buffer();
        } else {
          this.setData("mathFlowClosed", true);
        }
      },
      mathFlowFenceMeta() {
        const meta = this.resume();
        if (meta.trim()) {
          problems.push(`text after an opening $$ is dropped: ${JSON.stringify(meta)}`);
        }
      },
      mathFlowValue(token) {
        this.raw(this.sliceSerialize(token));
      },
      mathText() {
        this.tag(render(this.resume(), false));
        this.tag("</span>");
      },
      mathTextData(token) {
        this.raw(this.sliceSerialize(token));
      },
    },
  };
}

// Formulas and code left out, the text a reader sees: what emphasis did not consume stays.
const dropMath = {
  enter: {
    mathFlow() {
      this.buffer();
    },
    mathText() {
      this.buffer();
    },
  },
  exit: {
    mathFlow() {
      this.resume();
    },
    mathText() {
      this.resume();
    },
  },
};
const EMPHASIS_LEFT = /\*\*|__|(^|\S)\*(?=\S)|(?<=\S)\*($|\S)/;

function emphasisLeft(markdown) {
  const html = micromark(markdown, {
    extensions: [gfm(), math()],
    htmlExtensions: [gfmHtml(), dropMath],
  });
  const text = html.replace(/<code>[\s\S]*?<\/code>/g, "").replace(/<[^>]+>/g, "");
  const found = text.match(EMPHASIS_LEFT);
  if (!found) return null;
  const at = found.index;
  return `bold or italic markers left as text: …${text.slice(Math.max(0, at - 20), at + 20)}…`;
}

const items = JSON.parse(readFileSync(0, "utf8"));
const results = items.map(({ id, markdown }) => {
  const problems = [];
  const counter = { formulas: 0 };
  micromark(markdown, {
    extensions: [gfm(), math()],
    htmlExtensions: [gfmHtml(), formulaChecker(problems, counter)],
  });
  const left = emphasisLeft(markdown);
  if (left) problems.push(left);
  return { id, formulas: counter.formulas, problems };
});
process.stdout.write(JSON.stringify(results));
