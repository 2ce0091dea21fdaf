/**
 * Compare English prose libraries on the repository's labelled articles: sentence boundaries, the part of
 * speech given to reporting verbs and speaker heads, and speed. The libraries are not dependencies of the
 * project; install them first without saving:
 *
 *   npm install --no-save wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1 parse-english@7.0.0 retext-pos@5.0.0 compromise@14.20.0
 *   node --import tsx scripts/bench/prose-libraries.mjs
 *
 * Sentences: a labelled sentence counts as found when a library gives exactly that sentence (white space
 * normalised) from the paragraph it sits in. POS: each labelled one-word cue ("said", "told") should be a verb,
 * and the last word of each labelled source ("minister", "Reuters", "he") a noun, proper noun or pronoun,
 * tagged inside the labelled sentence. Speed: every article body, one after another, warm, best of 3 rounds.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { unified } from "unified";
import remarkParse from "remark-parse";
import { visit } from "unist-util-visit";
import { toString as mdToString } from "mdast-util-to-string";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { ParseEnglish } from "parse-english";
import { toString as nlcstToString } from "nlcst-to-string";
import retextPos from "retext-pos";
import nlp from "compromise";
import { splitSentences } from "../../src/nlp/sentences.ts";
import { tokenize } from "../../src/nlp/tokens.ts";

const FIXTURES = "tests/fixtures";
const norm = (s) => s.replace(/\s+/g, " ").trim();

/** Every labelled article: paragraphs of its body and its labelled attributions. */
function articles() {
  const out = [];
  for (const dir of readdirSync(FIXTURES)) {
    const folder = join(FIXTURES, dir);
    for (const name of readdirSync(folder)) {
      if (!name.endsWith("labels.json")) continue;
      const labels = JSON.parse(readFileSync(join(folder, name), "utf8"));
      const base = name === "labels.json" ? "article" : name.replace(/\.labels\.json$/, "");
      const md = join(folder, `${base}.md`);
      const txt = join(folder, `${base}.txt`);
      const raw = existsSync(md) ? matter(readFileSync(md, "utf8")).content : readFileSync(txt, "utf8");
      const paragraphs = [];
      visit(unified().use(remarkParse).parse(raw), "paragraph", (node) => {
        paragraphs.push(mdToString(node));
      });
      out.push({ name: base, paragraphs, labels: labels.attributions ?? [] });
    }
  }
  return out;
}

const wink = winkNLP(model);
const its = wink.its;
const english = new ParseEnglish();
const posTransform = retextPos();

/** Each library: split a paragraph into sentences; tag a sentence as [word, coarse tag] pairs. */
const LIBRARIES = {
  "current (hand-written)": {
    split: (p) => splitSentences(p).map((s) => p.slice(s.start, s.end)),
    tag: null,
    run: (p) => splitSentences(p).map((s) => tokenize(p.slice(s.start, s.end))),
  },
  "wink-nlp 2.4.0 + lite model": {
    split: (p) => wink.readDoc(p).sentences().out(),
    tag: (s) => {
      const doc = wink.readDoc(s);
      const words = doc.tokens().out();
      const pos = doc.tokens().out(its.pos);
      return words.map((w, i) => [w, pos[i] === "VERB" || pos[i] === "AUX" ? "V" : /^(NOUN|PROPN|PRON)$/.test(pos[i]) ? "N" : pos[i]]);
    },
    run: (p) => wink.readDoc(p).tokens().out(its.pos),
  },
  "parse-english 7.0.0": {
    split: (p) => sentencesOf(english.parse(p)).map((s) => nlcstToString(s)),
    tag: null,
    run: (p) => english.parse(p),
  },
  "parse-english + retext-pos 5.0.0": {
    split: null,
    tag: (s) => {
      const tree = english.parse(s);
      posTransform(tree);
      const out = [];
      visit(tree, "WordNode", (w) => {
        const t = w.data?.partOfSpeech ?? "";
        out.push([nlcstToString(w), /^(VB|MD)/.test(t) ? "V" : /^(NN|PRP)/.test(t) ? "N" : t]);
      });
      return out;
    },
    run: (p) => posTransform(english.parse(p)),
  },
  "compromise 14.20.0": {
    split: (p) => nlp(p).sentences().out("array"),
    tag: (s) => {
      const out = [];
      for (const sentence of nlp(s).json()) {
        for (const term of sentence.terms) {
          const tags = new Set(term.tags);
          out.push([term.text, tags.has("Verb") ? "V" : tags.has("Noun") || tags.has("Pronoun") ? "N" : [...tags].join("/")]);
        }
      }
      return out;
    },
    run: (p) => nlp(p).json(),
  },
};

function sentencesOf(tree) {
  const out = [];
  visit(tree, "SentenceNode", (s) => {
    out.push(s);
  });
  return out;
}

function sentenceScore(lib, data) {
  let found = 0;
  let total = 0;
  const misses = [];
  for (const article of data) {
    const bySentence = new Set(article.paragraphs.flatMap((p) => lib.split(p).map(norm)));
    for (const label of article.labels) {
      const sentence = norm(label.sentence);
      if (!article.paragraphs.some((p) => norm(p).includes(sentence))) continue;
      total++;
      if (bySentence.has(sentence)) found++;
      else misses.push(sentence.slice(0, 70));
    }
  }
  return { found, total, misses };
}

function posScore(lib, data) {
  const cue = { right: 0, total: 0, wrong: [] };
  const head = { right: 0, total: 0, wrong: [] };
  for (const article of data) {
    for (const label of article.labels) {
      const tagged = lib.tag(label.sentence);
      const lowerWords = tagged.map(([w]) => w.toLowerCase());
      if (label.cue && !/\s/.test(label.cue.trim())) {
        const i = lowerWords.indexOf(label.cue.trim().toLowerCase());
        if (i >= 0) {
          cue.total++;
          if (tagged[i][1] === "V") cue.right++;
          else cue.wrong.push(`${label.cue}/${tagged[i][1]}`);
        }
      }
      const words = (label.source ?? "").replace(/\(.*\)/, "").trim().split(/\s+/);
      const last = words[words.length - 1]?.replace(/[’']s$/, "").toLowerCase();
      if (last) {
        const i = lowerWords.indexOf(last);
        if (i >= 0) {
          head.total++;
          if (tagged[i][1] === "N") head.right++;
          else head.wrong.push(`${last}/${tagged[i][1]}`);
        }
      }
    }
  }
  return { cue, head };
}

function speed(lib, data) {
  const paragraphs = data.flatMap((a) => a.paragraphs);
  const bytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p), 0);
  for (const p of paragraphs) lib.run(p); // warm up
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t = performance.now();
    for (const p of paragraphs) lib.run(p);
    best = Math.min(best, performance.now() - t);
  }
  return { mbPerS: bytes / 1e6 / (best / 1000), msPerArticle: best / data.length };
}

const data = articles();
const bytes = data.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + Buffer.byteLength(p), 0), 0);
console.log(`${data.length} articles, ${(bytes / 1024).toFixed(1)} KB of paragraph text\n`);
console.log("| library | MB/s (warm) | ms/article | labelled sentences split exactly | cue tagged verb | source head tagged noun/pronoun |");
console.log("|---|---|---|---|---|---|");
const details = [];
for (const [name, lib] of Object.entries(LIBRARIES)) {
  const s = speed(lib, data);
  const sent = lib.split ? sentenceScore(lib, data) : null;
  const pos = lib.tag ? posScore(lib, data) : null;
  const cell = (r) => `${r.right}/${r.total} (${((100 * r.right) / r.total).toFixed(0)}%)`;
  console.log(
    `| ${name} | ${s.mbPerS.toFixed(2)} | ${s.msPerArticle.toFixed(2)} | ${sent ? `${sent.found}/${sent.total} (${((100 * sent.found) / sent.total).toFixed(0)}%)` : "–"} | ${pos ? cell(pos.cue) : "–"} | ${pos ? cell(pos.head) : "–"} |`,
  );
  details.push({ name, sentenceMisses: sent?.misses, cueWrong: pos?.cue.wrong, headWrong: pos?.head.wrong });
}
if (process.argv.includes("--details")) console.log(JSON.stringify(details, null, 1));
