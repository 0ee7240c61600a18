// Krishandbok's service worker: the whole handbook of one edition, usable without a network.
//
// offline_app.py writes this file to the site's root as sw.js, with PRECACHE in front of it:
// the cache's name, the edition's label and every file of the site with its SHA-256. The
// worker's scope is the folder it is served from, so the site may live under a sub-path;
// every URL here is resolved against that scope.
//
// One edition, one cache, never a mix:
// - install fills this edition's cache in the background: files that an older cache of this
//   site holds with the same hash are copied, the rest downloaded; every file is checked
//   against its hash (a half-deployed site fails the install, which is tried again later).
//   A cache that was only partly filled is resumed on the next attempt.
// - a worker serves only from its own cache. A new edition's worker waits (the pages offer a
//   reload) until a page asks it to take over; then it deletes the older caches of this site
//   and every open page reloads (krishandbok-offline.js), so none shows two editions.
// - files outside the list (another site on the origin, an internal section) pass through
//   to the network untouched: nothing is cached that the build did not list.
"use strict";

const SCOPE = self.registration.scope; // ends with "/"
// The scope is part of the name: two handbooks on one origin (a public one and an internal
// one under a sub-path) never touch each other's caches.
const CACHE = `${PRECACHE.cache} ${SCOPE}`;
const OURS = (name) => name.startsWith("krishandbok-") && name.endsWith(` ${SCOPE}`);
const FILES = new Map(PRECACHE.files.map(([url, hash]) => [new URL(url, SCOPE).href, hash]));
const TOTAL = FILES.size;
const LANES = 4; // parallel downloads: enough to fill the line, few enough not to slow the page
const REPORT_EVERY_MS = 250;

// ---------------------------------------------------------------- talking to the pages

async function tell(message) {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  for (const client of windows) client.postMessage({ ...message, edition: PRECACHE.edition, cache: PRECACHE.cache });
}

let lastReport = 0;
function progress(done, force) {
  const now = Date.now();
  if (!force && now - lastReport < REPORT_EVERY_MS) return;
  lastReport = now;
  tell({ type: "progress", done, total: TOTAL });
}

async function complete() {
  const cache = await caches.open(CACHE);
  const keys = await cache.keys();
  return keys.filter((request) => FILES.has(request.url)).length === TOTAL;
}

// ---------------------------------------------------------------- filling the cache

async function sha256(response) {
  const bytes = await response.arrayBuffer();
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

async function olderCaches() {
  const names = (await caches.keys()).filter((name) => OURS(name) && name !== CACHE);
  return Promise.all(names.map((name) => caches.open(name)));
}

async function store(cache, older, href, hash) {
  for (const old of older) { // unchanged since an earlier edition: no download
    const kept = await old.match(href);
    if (kept && (await sha256(kept.clone())) === hash) return cache.put(href, kept);
  }
  // no-cache: revalidated with the server, so the browser's HTTP cache cannot slip in an old file
  const response = await fetch(href, { cache: "no-cache", credentials: "same-origin" });
  if (!response.ok || response.redirected) throw new Error(`${href}: HTTP ${response.status}`);
  if ((await sha256(response.clone())) !== hash) throw new Error(`${href} is not the file of this edition`);
  return cache.put(href, response);
}

async function fill() {
  const cache = await caches.open(CACHE);
  const have = new Set((await cache.keys()).map((request) => request.url));
  const missing = [...FILES].filter(([href]) => !have.has(href));
  const older = await olderCaches();
  let done = TOTAL - missing.length;
  let next = 0;
  progress(done, true);
  const lane = async () => {
    while (next < missing.length) {
      const [href, hash] = missing[next++];
      await store(cache, older, href, hash);
      progress(++done, false);
    }
  };
  await Promise.all(Array.from({ length: LANES }, lane));
  progress(done, true);
}

self.addEventListener("install", (event) => {
  event.waitUntil(fill().catch((error) => {
    tell({ type: "failed", reason: String(error) });
    throw error; // the install fails; the browser tries again on a later visit
  }));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const names = (await caches.keys()).filter((name) => OURS(name) && name !== CACHE);
    await Promise.all(names.map((name) => caches.delete(name)));
    await self.clients.claim(); // the first visit's page works offline without a reload
    await tell({ type: "ready", complete: await complete() });
  })());
});

self.addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type === "activate") self.skipWaiting(); // the reader chose the new edition
  else if (message.type === "status" && event.source) {
    complete().then((whole) => event.source.postMessage({
      type: "ready", complete: whole, edition: PRECACHE.edition, cache: PRECACHE.cache,
    }));
  }
});

// ---------------------------------------------------------------- answering requests

// The cached file a URL stands for: a folder's index.html, without query or fragment.
function listed(url) {
  const address = new URL(url);
  address.search = "";
  address.hash = "";
  const href = address.pathname.endsWith("/") ? `${address.href}index.html` : address.href;
  return FILES.has(href) ? href : null;
}

async function fromCache(href, request) {
  const hit = await (await caches.open(CACHE)).match(href);
  if (!hit) return fetch(request); // only while the cache is incomplete (evicted, or first install)
  if (hit.url === request.url) return hit;
  // A cached response carries its own URL, and a worker script takes its location from it:
  // the search worker's "?worker=" would be lost. A new response gets the request's URL.
  return new Response(hit.body, { status: hit.status, statusText: hit.statusText, headers: hit.headers });
}

async function page(request) {
  try {
    return await fetch(request);
  } catch (error) { // offline and not a page of the handbook: the site's own 404 page
    const notFound = await (await caches.open(CACHE)).match(new URL("404.html", SCOPE).href);
    if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  const href = listed(request.url);
  if (href) {
    event.respondWith(fromCache(href, request));
    return;
  }
  if (request.mode !== "navigate") return;
  const folder = new URL(request.url);
  folder.pathname += "/";
  if (listed(folder.href)) event.respondWith(Response.redirect(folder.href, 301)); // "roller" → "roller/"
  else event.respondWith(page(request));
});
