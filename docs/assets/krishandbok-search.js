// Krishandbok: start Material's search worker through javascripts/workers/krishandbok-search-worker.js,
// which adds the stems of the query's words. Loaded as a polyfill (extra.polyfills), before
// Material's bundle creates the worker, and after iframe-worker's shim, which replaces Worker
// when the site is opened from file://.
(() => {
  const Base = window.Worker;
  if (typeof Base !== "function") return;
  const MATERIAL = /\/workers\/(search\.\w+\.min\.js)$/;
  window.Worker = class extends Base {
    constructor(url, options) {
      const match = MATERIAL.exec(String(url));
      const ours = match && String(url).replace(MATERIAL, `/workers/krishandbok-search-worker.js?worker=${match[1]}`);
      super(ours || url, options);
    }
  };
})();
