// Krishandbok: Material's search worker, with every query widened by the stems of its words.
//
// The index holds words as written (no stemmer in the pipeline), and Material turns each
// query word into a prefix query (`beslut*`). A typed word and its base form are found that
// way; an inflection that is not in the text (`vattenläckorna` for `vattenläcka`) is not. So
// each word's stem (`vattenläck`), from the language's own lunr stemmer, is added to the
// query as one more prefix. ../../krishandbok-search.js starts this file instead of
// Material's worker and names that worker in `?worker=`. It runs as a real Worker on a
// server and inside iframe-worker's iframe when the site is opened from file://.
"use strict";
(() => {
  const SETUP = 0;
  const QUERY = 2;
  const MIN_STEM = 3;
  let languages = [];

  const here = typeof document === "undefined" ? self.location.href : document.currentScript.src;
  const material = new URL(here).searchParams.get("worker") || "";

  function stemmerFor(language) {
    const lunr = self.lunr;
    const support = lunr && (language === "en" ? lunr : lunr[language]);
    return support && typeof support.stemmer === "function" ? support.stemmer : null;
  }

  // The part of a word that its inflections share. Porter (English) writes a final y as i
  // and may add a final e (policy → polici, filing → file); without them it is a prefix.
  function stemPrefix(word, language, stemmer) {
    let stem = stemmer(new self.lunr.Token(word)).toString();
    if (language === "en" && stem.length > MIN_STEM) stem = stem.replace(/[ei]$/, "");
    return stem.length >= MIN_STEM && stem !== word ? stem : null;
  }

  function widen(query) {
    const chunks = query.toLowerCase().split(/\s+/);
    const stems = new Set();
    for (const chunk of chunks) {
      if (/^[-+]|[*~^:]/.test(chunk)) continue; // leave lunr's operators alone
      for (const word of chunk.match(/[\p{L}\p{N}]+/gu) || []) {
        for (const language of languages) {
          const stemmer = stemmerFor(language);
          const stem = stemmer && stemPrefix(word, language, stemmer);
          if (stem && !chunks.includes(stem)) stems.add(stem);
        }
      }
    }
    return stems.size ? `${query} ${[...stems].join(" ")}` : query;
  }

  // Registered before Material's own listener, so it sees each message first.
  addEventListener("message", (event) => {
    const message = event.data;
    if (!message) return;
    if (message.type === SETUP) languages = message.data.config.lang || [];
    else if (message.type === QUERY && typeof message.data === "string") message.data = widen(message.data);
  });

  if (/^search\.[\w]+\.min\.js(\?\d*)?$/.test(material)) importScripts(new URL(material, here).href);
  else throw new Error(`krishandbok-search-worker: no Material worker named in ${here}`);
})();
