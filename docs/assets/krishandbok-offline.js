// Krishandbok without a network: registers the service worker (sw.js at the site's root, written
// by the build) and says in the footer where the handbook stands: saving (with progress), saved
// for use without a network (with the edition), or a new edition ready ("reload").
// Loaded by krishandbok.js on pages whose footer has the status element (the build puts it there,
// not `mkdocs serve` nor the file:// build); the words come from render/labels.py as data.
(() => {
  "use strict";

  const kh = (window.krishandbok = window.krishandbok || {});
  let started = false;

  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? values[key] : whole));

  kh.offline = (element) => {
    // Service workers need a secure context: https, or http on 127.0.0.1/localhost.
    if (started || !("serviceWorker" in navigator) || !window.isSecureContext || !/^https?:$/.test(location.protocol)) {
      return;
    }
    started = true;
    const words = element.dataset;
    const status = element.querySelector("[role=status]");
    const container = navigator.serviceWorker;
    let controlled = Boolean(container.controller);
    let offered = false;

    element.hidden = false; // shown (still empty) before any news: a live region must exist to be heard
    const say = (text) => {
      if (!offered) status.textContent = text; // the offer of a new edition stays until it is taken
    };

    function offer(worker) {
      if (offered) return;
      offered = true;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "kh-offline__update";
      button.textContent = words.update;
      button.addEventListener("click", () => {
        button.disabled = true;
        worker.postMessage({ type: "activate" });
      });
      status.replaceChildren(button);
      element.classList.add("kh-offline--update");
    }

    // A worker that takes over from another serves a different edition: reload, never mix.
    container.addEventListener("controllerchange", () => {
      if (controlled) location.reload();
      controlled = true;
    });

    container.addEventListener("message", (event) => {
      const message = event.data || {};
      const fromActive = event.source && event.source === (container.controller || null);
      if (message.type === "progress" && !container.controller) say(fill(words.saving, message));
      else if (message.type === "failed" && !container.controller) say(words.failed);
      else if (message.type === "ready" && message.complete && (fromActive || !controlled)) {
        say(fill(words.saved, message));
        // An installed app asks the browser not to evict the cache under storage pressure (only
        // there: Firefox asks the reader, which a first visit should not do).
        const installed = window.matchMedia("(display-mode: standalone)").matches || navigator.standalone === true;
        if (installed && navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
      }
    });
    container.startMessages();

    function watch(registration) {
      const waitFor = (worker) => worker.addEventListener("statechange", () => {
        if (worker.state === "installed" && container.controller) offer(worker);
      });
      if (registration.waiting && container.controller) offer(registration.waiting);
      if (registration.installing) waitFor(registration.installing);
      registration.addEventListener("updatefound", () => waitFor(registration.installing));
      if (container.controller) container.controller.postMessage({ type: "status" });
    }

    // After the page has loaded: the precache never competes with the first page.
    const register = () => container
      .register(new URL(words.worker, location.href).href, { updateViaCache: "none" })
      .then(watch)
      .catch(() => say(words.failed));
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
  };
})();
