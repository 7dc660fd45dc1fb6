// Sentence Annotator: says so when the Go program stops. go-app's app.js
// starts it with go.run(instance) and ignores the promise run returns,
// which settles only when the program exits (out of memory, a panic, a
// runtime error): the page would go on looking alive while no key works.
// This script (deferred, so it runs after wasm_exec.js and app.js, before
// app.wasm has arrived) wraps Go.prototype.run and, when the program ends,
// puts a full-width alert with a Reload button on a veil over the page,
// outside the body that go-app renders into, and makes the body inert.
"use strict";

(() => {
  if (typeof Go !== "function") {
    return;
  }
  const messages = {
    en: ["The app stopped (out of memory or an error). Your saved work is safe.", "Reload"],
    fr: ["L’application s’est arrêtée (mémoire épuisée ou erreur). Votre travail enregistré est en sécurité.", "Recharger"],
    de: ["Die App wurde beendet (Speicher voll oder ein Fehler). Ihre gespeicherte Arbeit ist sicher.", "Neu laden"],
    es: ["La aplicación se detuvo (sin memoria o por un error). Su trabajo guardado está a salvo.", "Recargar"],
    ar: ["توقف التطبيق (نفدت الذاكرة أو حدث خطأ). عملك المحفوظ في أمان.", "إعادة التحميل"],
  };

  // stopped shows the alert (once) and moves focus to its button.
  function stopped(err) {
    const root = document.documentElement;
    if (root.hasAttribute("data-app-stopped")) {
      return;
    }
    if (err) {
      console.error("the Go program stopped:", err);
    }
    const lang = window.annotatorStart ? window.annotatorStart.lang() : "en";
    const [text, label] = messages[lang] || messages.en;
    root.removeAttribute("data-starting"); // waiting keys will never apply
    root.setAttribute("data-app-stopped", "true");
    const box = document.createElement("div");
    box.className = "app-stopped";
    box.setAttribute("role", "alert");
    box.setAttribute("data-stopped-alert", "true");
    box.lang = lang;
    box.dir = lang === "ar" ? "rtl" : "ltr";
    const p = document.createElement("p");
    p.textContent = text;
    const button = document.createElement("button");
    button.type = "button";
    button.setAttribute("data-reload", "true");
    button.textContent = label;
    button.addEventListener("click", () => location.reload());
    const bar = document.createElement("div");
    bar.append(p, button);
    box.append(bar);
    root.appendChild(box);
    if (document.body) {
      document.body.inert = true; // nothing under the veil takes focus or reaches screen readers
    }
    button.focus();
  }

  const run = Go.prototype.run;
  Go.prototype.run = function (instance) {
    performance.mark("annotator:go-run"); // app.wasm fetched and compiled (start-up figures)
    const running = run.call(this, instance);
    running.then(() => stopped(), stopped);
    return running;
  };
})();
