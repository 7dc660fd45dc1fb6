// The floor page of the browser benchmarks (app/e2e/bench_floor_test.go).
// It fetches doc.json?doc=NAME (sentences, paragraphs, chunk ranges, tag
// set and tags per sentence, made by the benchmark from the same document
// the app opens) and builds the DOM the app's chunk component renders:
//
//   article#article > div.chunk > p.para > span.sw > span.s[data-sentence]
//   (+ span.marks with one span.mark per tag when the sentence has tags)
//
// Keys: j / ArrowDown and k / ArrowUp move aria-current, 1–9 toggle the
// n-th tag in data-tags; nothing else runs (no model, no storage).
"use strict";

(async () => {
  const name = new URLSearchParams(location.search).get("doc");
  const doc = await (await fetch("doc.json?doc=" + encodeURIComponent(name))).json();
  const tagByID = new Map(doc.tags.map((t) => [t.id, t]));
  const marks = doc.marks.map((m) => m || []);
  const spans = new Array(doc.sentences.length);
  let cur = 0;

  const el = (tag, cls) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    return e;
  };

  // paint shows sentence i's tags as the app does: data-tags, the colour
  // of the first tag, and one mark per tag after the sentence.
  const paint = (i) => {
    const s = spans[i], ids = marks[i], sw = s.parentNode;
    const old = sw.querySelector(".marks");
    if (old) old.remove();
    if (ids.length === 0) {
      s.removeAttribute("data-tags");
      s.style.removeProperty("--tag");
      s.classList.remove("tagged");
      return;
    }
    s.dataset.tags = ids.join(" ");
    s.style.setProperty("--tag", (tagByID.get(ids[0]) || {}).color || "#767676");
    s.classList.add("tagged");
    const box = el("span", "marks");
    for (const id of ids) {
      const t = tagByID.get(id) || {name: id, color: "#767676", fg: "#000"};
      const m = el("span", "mark");
      m.style.background = t.color;
      m.style.color = t.fg;
      m.title = t.name;
      m.textContent = t.name;
      box.append(m);
    }
    sw.append(box);
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
  for (const [from, to] of doc.chunks) {
    const chunk = el("div", "chunk");
    let p = null;
    for (let i = from; i < to; i++) {
      if (!p || doc.paras[i] !== doc.paras[i - 1]) {
        p = el("p", i === from && i > 0 && doc.paras[i] === doc.paras[i - 1] ? "para cont" : "para");
        chunk.append(p);
      }
      const sw = el("span", "sw");
      const s = el("span", "s");
      s.dataset.sentence = String(i);
      s.textContent = doc.sentences[i];
      sw.append(s);
      p.append(sw, " ");
      spans[i] = s;
      paint(i);
    }
    article.append(chunk);
  }
  const side = el("aside", "side");
  side.textContent = "Floor page: the article only.";
  layout.append(article, side);
  root.append(top, layout);
  document.body.append(root);

  const move = (i) => {
    i = Math.max(0, Math.min(i, spans.length - 1));
    if (i === cur) return;
    spans[cur].removeAttribute("aria-current");
    spans[cur].classList.remove("cur");
    cur = i;
    spans[cur].setAttribute("aria-current", "true");
    spans[cur].classList.add("cur");
    spans[cur].scrollIntoView({block: "nearest"});
  };
  const toggle = (id) => {
    const ids = marks[cur];
    const k = ids.indexOf(id);
    if (k >= 0) ids.splice(k, 1); else ids.push(id);
    paint(cur);
  };
  if (spans.length > 0) {
    spans[0].setAttribute("aria-current", "true");
    spans[0].classList.add("cur");
  }

  addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const n = e.key.length === 1 ? e.key.charCodeAt(0) - 48 : 0;
    if (e.key === "j" || e.key === "ArrowDown") move(cur + 1);
    else if (e.key === "k" || e.key === "ArrowUp") move(cur - 1);
    else if (n >= 1 && n <= 9 && n <= doc.tags.length) toggle(doc.tags[n - 1].id);
    else return;
    e.preventDefault();
  });
  root.dataset.appReady = "true";
})();
