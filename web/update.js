// Sentence Annotator: announces a new release and installs it only when the
// user asks. The new service worker caches the whole release, then waits
// (or, once every tab closed, takes over but keeps serving the release in
// use: it says so when asked, see app/server/worker.js);
// this script sets window.annotatorUpdateReady and calls goappOnUpdate (go-app
// then calls OnAppUpdate on its components: app/ui/update.go), and the
// banner's button calls annotatorApplyUpdate() once the page's edits are saved.
"use strict";

(() => {
  if (!("serviceWorker" in navigator)) {
    return;
  }
  const sw = navigator.serviceWorker;
  const checkEvery = 30 * 60 * 1000; // re-check for a release every 30 minutes
  let accepted = false;

  // announce records that a new release is ready and tells go-app, which
  // calls OnAppUpdate on its components. go-app also calls goappOnUpdate
  // itself when a worker activates in a controlled page, which includes the
  // very first install (clients.claim): the banner therefore shows only
  // when annotatorUpdateReady is set.
  function announce() {
    window.annotatorUpdateReady = true;
    if (typeof goappOnUpdate === "function") {
      goappOnUpdate();
    }
  }

  // track announces worker once it has cached its release and waits.
  function track(worker) {
    if (!worker) {
      return;
    }
    // A worker installed while another controls the page is an update
    // (the first install has nothing to replace).
    const installed = () => worker.state === "installed" && sw.controller;
    if (installed()) {
      announce();
      return;
    }
    worker.addEventListener("statechange", () => {
      if (installed()) {
        announce();
      }
    });
  }

  // check asks the server whether the service worker changed.
  async function check() {
    const reg = await sw.getRegistration();
    if (reg) {
      try {
        await reg.update();
      } catch (err) {
        // Offline, or the server is down: try again later.
      }
    }
  }

  // ask sends msg to worker and resolves to its reply (null when it does
  // not answer within a few seconds).
  function ask(worker, msg) {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      const timer = setTimeout(() => resolve(null), 5000);
      channel.port1.onmessage = (event) => {
        clearTimeout(timer);
        resolve(event.data);
      };
      worker.postMessage(msg, [channel.port2]);
    });
  }

  async function watch() {
    const reg = await sw.ready;
    if (reg.waiting && sw.controller) {
      announce();
    }
    // A new release that took over while every tab was closed still serves
    // the release in use until the user accepts it (app/server/worker.js).
    if (sw.controller) {
      const status = await ask(sw.controller, { type: "annotator:status" });
      if (status && status.update) {
        announce();
      }
    }
    track(reg.installing);
    reg.addEventListener("updatefound", () => track(reg.installing));
    setInterval(check, checkEvery);
    window.addEventListener("online", check);
  }

  // Only the tab whose user accepted reloads. Another tab keeps running the
  // release it loaded, now under the new worker, and offers the reload.
  // The first install's claim (no controller before) is no update.
  let controlled = !!sw.controller;
  sw.addEventListener("controllerchange", () => {
    if (accepted) {
      location.reload();
      return;
    }
    if (controlled) {
      announce();
    }
    controlled = true;
  });

  // annotatorApplyUpdate activates the waiting release and reloads. Call it
  // only after pending edits are saved.
  window.annotatorApplyUpdate = async () => {
    const reg = await sw.getRegistration();
    if (!reg || !reg.waiting) {
      // The new release is active but serves the one in use (it took over
      // while every tab was closed): it switches on the user's word. Or it
      // was accepted in another tab already: then the reload shows it.
      if (sw.controller) {
        await ask(sw.controller, { type: "annotator:activate-update" });
      }
      location.reload();
      return;
    }
    accepted = true;
    reg.waiting.postMessage({ type: "annotator:activate-update" });
    // Should the new worker never take over (it failed meanwhile), reload
    // anyway: the page then comes back on the release that is active.
    setTimeout(() => location.reload(), 10000);
  };

  // annotatorCheckForUpdate runs the periodic check now.
  window.annotatorCheckForUpdate = check;

  watch();
})();
