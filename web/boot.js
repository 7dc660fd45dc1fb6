// Runs in <head>, before the page is drawn. The prerendered page (from the
// server or the service worker's cache) always shows the shipped article;
// when the address names a document (?doc=), the article and its title stay
// hidden until the app has opened that document, so that opening or
// reloading a document never shows another text first. The app removes the
// attribute once it has painted (app/ui/paper.go).
"use strict";
if (new URLSearchParams(location.search).has("doc")) {
  document.documentElement.setAttribute("data-opening", "true");
}
