// Runs in <head>, before the page is drawn.
//
// 1. The prerendered page (from the server or the service worker's cache)
//    always shows the shipped article; when the address names a document
//    (?doc=), the article and its title stay hidden until the app has opened
//    that document, so that opening or reloading a document never shows
//    another text first. The app removes the attribute once it has painted
//    (app/ui/show.go).
// 2. No key is lost at start-up: the text shows about a second before
//    app.wasm runs. Keys pressed on the article meanwhile are recorded, in
//    order, and html[data-starting] says that they wait (web/update.css
//    shows it); the reader takes them with annotatorStart.take() when it
//    opens its document and applies them as if pressed then
//    (app/ui/startkeys.go). Keys typed in a text field are left alone.
// 3. annotatorDOM: the page changes a key makes, each in one call from Go
//    (app/ui/paper.go, patch.go, keys.go). A key then crosses from Go into
//    JavaScript a few times with numbers and strings, instead of a dozen
//    times, each crossing that returns an element being a value Go must
//    track with a finalizer.
"use strict";
if (new URLSearchParams(location.search).has("doc")) {
  document.documentElement.setAttribute("data-opening", "true");
}

(() => {
  const root = document.documentElement;
  const queued = [];
  // Named keys the reader has commands for (letters, digits and signs are
  // single characters); with Ctrl or Cmd only undo and redo.
  const named = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "Enter", "Escape"]);
  const waiting = {
    en: "Starting… your keys will apply in a moment",
    fr: "Démarrage… vos touches s’appliqueront dans un instant",
    de: "Startet… Ihre Tasten wirken gleich",
    es: "Iniciando… sus teclas se aplicarán en un momento",
    ar: "جارٍ البدء… ستُطبَّق مفاتيحك بعد لحظة",
  };

  // lang is the interface language the app will pick (app/ui/lang.go):
  // the stored choice, else the first of the browser's languages it speaks.
  function lang() {
    const prefs = [];
    try {
      const p = JSON.parse(localStorage.getItem("annotator/prefs") || "{}");
      if (p && typeof p.lang === "string") {
        prefs.push(p.lang);
      }
    } catch (err) {
      // Unreadable preferences: the browser's languages decide.
    }
    prefs.push(...(navigator.languages || [navigator.language || "en"]));
    for (const tag of prefs) {
      const l = String(tag).split(/[-_]/)[0].toLowerCase();
      if (Object.hasOwn(waiting, l)) {
        return l;
      }
    }
    return "en";
  }

  function isTextField(el) {
    if (!el || !el.tagName) {
      return false;
    }
    switch (el.tagName) {
      case "TEXTAREA":
      case "SELECT":
        return true;
      case "INPUT":
        return !["button", "checkbox", "radio", "submit", "reset", "file", "range", "color"].includes(el.type);
    }
    return !!el.isContentEditable;
  }

  function record(e) {
    if (e.defaultPrevented || e.altKey || isTextField(e.target) || !document.querySelector("#article [data-sentence]")) {
      return;
    }
    const ctrl = e.ctrlKey || e.metaKey;
    const k = e.key;
    if (ctrl ? !["z", "Z", "y", "Y"].includes(k) : !(named.has(k) || (k.length === 1 && k !== " "))) {
      return;
    }
    if (k === "Enter" && e.target.closest && e.target.closest("button, a, summary, input")) {
      return;
    }
    e.preventDefault(); // the reader would have (no scrolling by arrows meanwhile)
    queued.push(e);
    root.setAttribute("data-starting", waiting[lang()]);
  }
  window.addEventListener("keydown", record, true);

  // A reader key that moves focus into a field (n or Enter into the note,
  // / into the filter) names itself in annotatorStart.swallow, and its
  // keypress is dropped here: where the keypress comes as an event of its
  // own after focus has moved (DevTools input, some on-screen keyboards),
  // it would otherwise type the key into the field it opened. keyup ends it.
  window.addEventListener("keypress", (e) => {
    const start = window.annotatorStart;
    if (start.swallow && e.key === start.swallow) {
      e.preventDefault();
    }
    start.swallow = "";
  }, true);
  window.addEventListener("keyup", () => { window.annotatorStart.swallow = ""; }, true);

  // sentence is sentence i's element in chunk k of the article, or null.
  function sentence(article, k, i) {
    const chunk = article.children[k];
    return chunk ? chunk.querySelector('[data-sentence="' + i + '"]') : null;
  }

  let pending = null; // annotatorDOM.afterPaint's requests
  window.annotatorDOM = {
    // key describes a keydown event: its key, its code, its modifiers
    // ("c" Ctrl or Cmd, "s" Shift, "a" Alt, "p" default prevented) and what
    // it was typed in ("n" the note editor, "t" another text field, "c" a
    // button, link or other input, "" anything else), joined by NUL.
    key(e) {
      const t = e.target;
      let kind = "";
      if (isTextField(t)) {
        kind = t.hasAttribute("data-note-editor") ? "n" : "t";
      } else if (t && ["BUTTON", "A", "SUMMARY", "INPUT"].includes(t.tagName)) {
        kind = "c";
      }
      const mods = (e.ctrlKey || e.metaKey ? "c" : "") + (e.shiftKey ? "s" : "") + (e.altKey ? "a" : "") + (e.defaultPrevented ? "p" : "");
      return e.key + "\0" + e.code + "\0" + mods + "\0" + kind;
    },
    // article reports how many chunks the article element holds, -1 when
    // it is no longer in the page.
    chunks(article) {
      return article.isConnected ? article.childElementCount : -1;
    },
    // marker shows on sentence i of chunk k whether it is the current one,
    // as app/markup writes it (aria-current and the cur class).
    marker(article, k, i, on) {
      const s = sentence(article, k, i);
      if (!s) {
        return;
      }
      if (on) {
        s.setAttribute("aria-current", "true");
        s.classList.add("cur");
      } else {
        s.removeAttribute("aria-current");
        s.classList.remove("cur");
      }
    },
    // repaint replaces the wrapper of sentence i of chunk k with html.
    repaint(article, k, i, html) {
      const s = sentence(article, k, i);
      if (s) {
        s.parentNode.outerHTML = html;
      }
    },
    // scroll brings sentence i of chunk k into view, moving the page as
    // little as it can.
    scroll(article, k, i) {
      const s = sentence(article, k, i);
      if (s) {
        s.scrollIntoView({block: "nearest"});
      }
    },
    // text sets the value of the text node that is the first child of the
    // element with the given id (elements are found by id: a selector
    // query would walk the whole page).
    text(id, value) {
      const el = document.getElementById(id);
      const t = el && el.firstChild;
      if (t && t.nodeType === 3 && t.nodeValue !== value) {
        t.nodeValue = value;
      }
    },
    // afterPaint calls fn once the browser has painted the next frame, in
    // the idle time after it (at most 100 ms later), or in a task after it
    // where there is no requestIdleCallback (Safari). The frame's own
    // callback is this function's, not Go's: the frame that shows a key
    // waits for no Go code. One call waits at a time.
    afterPaint(fn) {
      if (pending) {
        return;
      }
      pending = {raf: requestAnimationFrame(() => {
        pending.raf = 0;
        pending.idle = window.requestIdleCallback ? requestIdleCallback(run, {timeout: 100}) : setTimeout(run, 0);
      })};
      function run() {
        pending = null;
        fn();
      }
    },
    // cancelAfterPaint drops the call afterPaint holds, if any.
    cancelAfterPaint() {
      if (pending && pending.raf) {
        cancelAnimationFrame(pending.raf);
      } else if (pending && window.cancelIdleCallback) {
        cancelIdleCallback(pending.idle);
      } else if (pending) {
        clearTimeout(pending.idle);
      }
      pending = null;
    },
    // pressed sets aria-pressed of the k-th button of the tag bar.
    pressed(k, on) {
      const bar = document.getElementById("tagbar");
      const b = bar && bar.children[k];
      if (b) {
        b.setAttribute("aria-pressed", on ? "true" : "false");
      }
    },
  };

  // annotatorStart is how the app takes the recorded keys.
  window.annotatorStart = {
    swallow: "",
    // take returns the recorded keydown events, oldest first, and stops
    // recording: from now on the app's own listener has the keys.
    take() {
      if (!performance.getEntriesByName("annotator:running").length) {
        performance.mark("annotator:running"); // make bench's start-up figures
      }
      window.removeEventListener("keydown", record, true);
      root.removeAttribute("data-starting");
      return queued.splice(0);
    },
    lang,
  };
})();
