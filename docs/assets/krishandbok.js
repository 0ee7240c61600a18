// Krishandbok in the browser, on every page: tables that scroll by keyboard. The template filler
// (krishandbok-filler.js) and the checklists you can tick (krishandbok-checklists.js) are loaded
// only on pages that have them, from beside this file, and so is the offline status
// (krishandbok-offline.js) where the build put it in the footer. No network, no dependencies.
(() => {
  "use strict";

  const kh = (window.krishandbok = window.krishandbok || {});
  // Resolved now: document.currentScript is only set while this file runs.
  const here = (document.currentScript || document.querySelector("script[src*='krishandbok.js']")).src;

  // ---------------------------------------------------------------- scrolling tables

  // A table wider than the screen scrolls in Material's wrapper; a keyboard user reaches it
  // only if the wrapper takes focus, and a screen reader needs to know what it is.
  function labelScrollers(root) {
    const overflows = (element) => element.scrollWidth > element.clientWidth + 1;
    for (const table of root.querySelectorAll("article table")) {
      const scroller = table.closest(".md-typeset__scrollwrap") || table.parentElement;
      const target = overflows(scroller) ? scroller : overflows(table) ? table : null;
      if (!target || target.hasAttribute("tabindex")) continue;
      target.tabIndex = 0;
      if (target === table) continue; // focusable is enough: a table keeps its own role
      let heading = scroller.previousElementSibling;
      while (heading && !/^H[1-6]$/.test(heading.tagName)) heading = heading.previousElementSibling;
      const headers = [...table.querySelectorAll("th")].map((th) => th.textContent.trim()).filter(Boolean);
      if (heading && heading.id) target.setAttribute("aria-labelledby", heading.id);
      else if (headers.length) target.setAttribute("aria-label", headers.join(", "));
      else continue;
      target.setAttribute("role", "region");
    }
  }

  // ---------------------------------------------------------------- search results

  // A result can quote a code block of its page, which scrolls sideways when it is wider
  // than the list: like Material's code blocks in a page, it must take keyboard focus.
  function focusableResultCode() {
    const list = document.querySelector(".md-search-result__list");
    if (!list) return;
    new MutationObserver(() => {
      for (const code of list.querySelectorAll("pre > code:not([tabindex])")) code.tabIndex = 0;
    }).observe(list, { childList: true, subtree: true });
  }

  // ---------------------------------------------------------------- the page's parts

  // Each part's file registers its setup function under its name in window.krishandbok.
  const PARTS = [
    ["filler", "form.kh-filler", "krishandbok-filler.js"],
    ["checklist", "ul.kh-checklist[data-checklist]", "krishandbok-checklists.js"],
    ["exercise", "[data-kh-exercise]", "krishandbok-exercise.js"],
    ["offline", "[data-kh-offline]", "krishandbok-offline.js"],
    ["filter", "form[data-kh-filter]", "krishandbok-filter.js"],
  ];
  const loading = {};

  const load = (file) => (loading[file] = loading[file] || new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = new URL(file, here).href;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${script.src} did not load`));
    document.head.append(script);
  }));

  function start() {
    labelScrollers(document);
    focusableResultCode();
    // A template or checklist opened from an exercise's feed: its copy or tick goes into the exercise log.
    if (new URLSearchParams(location.search).has("exercise")) load("krishandbok-exercise.js").then(() => kh.exerciseReply(document));
    for (const [name, selector, file] of PARTS) {
      const elements = document.querySelectorAll(selector);
      if (!elements.length) continue;
      load(file).then(() => {
        elements.forEach((element) => kh[name](element));
        labelScrollers(document); // a part may have changed what is wider than the screen
      });
    }
  }

  let resizing;
  window.addEventListener("resize", () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => labelScrollers(document), 200);
  });
  if (typeof window.document$ !== "undefined") window.document$.subscribe(start); // Material, also with instant loading
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
