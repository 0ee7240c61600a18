// Krishandbok: Material's search worker is started as javascripts/workers/krishandbok-search-worker.js,
// which adds the stems of the query's words. A polyfill (extra.polyfills): runs before the bundle.
// From file:// (the offline build) a worker cannot start from a file: only there is iframe-worker's
// shim (vendor/, npm) written in after this script; it replaces window.Worker, and our setter keeps
// the URL rewrite on whichever Worker is current.
(() => {
  if (typeof window.Worker !== "function") return;
  const MATERIAL = /\/workers\/(search\.\w+\.min\.js)$/;
  const ours = (Base) => class extends Base {
    constructor(url, options) {
      const match = MATERIAL.exec(String(url));
      super(match ? String(url).replace(MATERIAL, `/workers/krishandbok-search-worker.js?worker=${match[1]}`) : url, options);
    }
  };
  let Worker = ours(window.Worker);
  Object.defineProperty(window, "Worker", {
    configurable: true,
    get: () => Worker,
    set: (Base) => { Worker = ours(Base); }, // the shim's `window.Worker = IFrameWorker`
  });
  const script = document.currentScript;
  if (location.protocol === "file:" && script && document.readyState === "loading") {
    document.write(`<script src="${new URL("vendor/iframe-worker/shim.js", script.src).href}"><\/script>`);
  }
})();
