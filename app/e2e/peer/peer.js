// The Recogito peer page of the browser benchmarks
// (app/e2e/bench_peer_test.go). It fetches the floor page's
// doc.json?doc=NAME (sentences, paragraphs, chunk ranges, tag set, tags
// per sentence) and builds the floor page's article, plain text only:
//
//   article#article > div.chunk > p.para > span.s[data-sentence] (+ " ")
//
// (the chunks of ~100 sentences get content-visibility: auto from the
// app's stylesheet, as on the floor page and in the app),
// then hands that container to Recogito's createTextAnnotator (the
// package's self-contained bundle, window.RecogitoJS) with the default
// SPANS renderer, which draws every highlight as an absolutely placed
// span in a layer inside the container. Every tag of every sentence is
// one annotation with a W3C tagging body; the current sentence is one
// more annotation, "cursor", drawn as an underline.
//
// Keys, through Recogito's API only (the page never touches the
// sentences' DOM after building it, so the first change the benchmark's
// probe sees in #article is Recogito's own redraw):
//   j / ArrowDown, k / ArrowUp: updateAnnotation moves the cursor
//     annotation's target to the next (previous) sentence, and the
//     sentence is scrolled into view as the floor page does;
//   1–9: addAnnotation or removeAnnotation of the n-th tag on the
//     current sentence.
// window.__peer reports the state for the benchmark's checks.
const R = window.RecogitoJS;
const name = new URLSearchParams(location.search).get("doc");
const doc = await (await fetch("doc.json?doc=" + encodeURIComponent(name))).json();
const tagByID = new Map(doc.tags.map((t) => [t.id, t]));

const el = (tag, cls) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  return e;
};

const root = el("div", "app");
const top = el("header", "top");
const h1 = el("h1", "title");
h1.textContent = doc.title;
top.append(h1);
const layout = el("main", "layout");
const article = el("article", "doc");
article.id = "article";
article.setAttribute("aria-label", doc.title);

// texts[i] is sentence i's text node; starts[i] its offset in the
// article's text, as Recogito counts it (every text node in order).
const texts = new Array(doc.sentences.length);
const starts = new Array(doc.sentences.length);
let offset = 0;
for (const [from, to] of doc.chunks) {
  const chunk = el("div", "chunk");
  let p = null;
  for (let i = from; i < to; i++) {
    if (!p || doc.paras[i] !== doc.paras[i - 1]) {
      p = el("p", i === from && i > 0 && doc.paras[i] === doc.paras[i - 1] ? "para cont" : "para");
      chunk.append(p);
    } else {
      p.append(" ");
      offset++;
    }
    const s = el("span", "s");
    s.dataset.sentence = String(i);
    s.textContent = doc.sentences[i];
    p.append(s);
    texts[i] = s.firstChild;
    starts[i] = offset;
    offset += doc.sentences[i].length;
  }
  article.append(chunk);
}
const side = el("aside", "side");
side.textContent = "Recogito peer page: the article only.";
layout.append(article, side);
root.append(top, layout);
document.body.append(root);

// selector is a TextSelector of sentence i, with its DOM range (so that
// Recogito need not find it again by walking the text).
const selector = (i) => {
  const range = document.createRange();
  range.selectNodeContents(texts[i]);
  return {quote: doc.sentences[i], start: starts[i], end: starts[i] + doc.sentences[i].length, range};
};
const created = new Date();
const markID = (i, tag) => "m-" + i + "-" + tag;
const markAnnotation = (i, tag) => {
  const id = markID(i, tag);
  const t = tagByID.get(tag) || {name: tag};
  return {
    id,
    bodies: [{id: id + "-tag", annotation: id, purpose: "tagging", value: t.name, created}],
    target: {annotation: id, selector: [selector(i)], created: new Date()},
  };
};
const cursorAnnotation = (i) => ({
  id: "cursor",
  bodies: [],
  target: {annotation: "cursor", selector: [selector(i)], created},
});

// style colours a mark by its tag and draws the cursor as an underline.
const colourByName = new Map(doc.tags.map((t) => [t.name, t.color]));
const style = (a) => {
  if (a.id === "cursor") return {fill: "#0072b2", fillOpacity: 0.12, underlineColor: "#0072b2", underlineThickness: 2, underlineStyle: "solid"};
  const body = a.bodies.find((b) => b.purpose === "tagging");
  return {fill: (body && colourByName.get(body.value)) || "#767676", fillOpacity: 0.3};
};

const anno = R.createTextAnnotator(article, {style, annotatingEnabled: false});
const marks = doc.marks.map((m) => new Set(m || []));
const initial = [cursorAnnotation(0)];
marks.forEach((ids, i) => ids.forEach((tag) => initial.push(markAnnotation(i, tag))));
anno.setAnnotations(initial, true);
let cur = 0;

const move = (i) => {
  i = Math.max(0, Math.min(i, texts.length - 1));
  if (i === cur) return;
  cur = i;
  anno.updateAnnotation(cursorAnnotation(cur));
  texts[cur].parentNode.scrollIntoView({block: "nearest"});
};
const toggle = (tag) => {
  const ids = marks[cur];
  if (ids.has(tag)) {
    ids.delete(tag);
    anno.removeAnnotation(markID(cur, tag));
  } else {
    ids.add(tag);
    anno.addAnnotation(markAnnotation(cur, tag));
  }
};

addEventListener("keydown", (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const n = e.key.length === 1 ? e.key.charCodeAt(0) - 48 : 0;
  if (e.key === "j" || e.key === "ArrowDown") move(cur + 1);
  else if (e.key === "k" || e.key === "ArrowUp") move(cur - 1);
  else if (n >= 1 && n <= 9 && n <= doc.tags.length) toggle(doc.tags[n - 1].id);
  else return;
  e.preventDefault();
});

// drawnOn says whether Recogito drew annotation id over sentence i: one
// of its highlight spans overlaps the sentence's box.
const drawnOn = (id, i) => {
  const box = texts[i].parentNode.getBoundingClientRect();
  return [...article.querySelectorAll('.r6o-span-highlight-layer [data-annotation="' + id + '"]')].some((e) => {
    const r = e.getBoundingClientRect();
    return r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right;
  });
};

// state is what the benchmark checks: the sentence under the cursor
// annotation and whether it is drawn there, the tag names Recogito holds
// for sentence i, the number of annotations in its store and the
// highlights drawn.
const byStart = new Map(starts.map((s, i) => [s, i]));
const state = (i) => {
  const c = anno.getAnnotationById("cursor");
  const at = (a) => (byStart.has(a.target.selector[0].start) ? byStart.get(a.target.selector[0].start) : -1);
  const all = anno.getAnnotations();
  return {
    cursor: c ? at(c) : -1,
    cursorDrawn: c ? drawnOn("cursor", at(c)) : false,
    tags: all.filter((a) => a.id !== "cursor" && at(a) === i).map((a) => a.bodies[0].value).sort(),
    annotations: all.length,
    drawn: article.querySelectorAll(".r6o-span-highlight-layer .r6o-annotation").length,
  };
};
window.__peer = {state};
root.dataset.appReady = "true";
