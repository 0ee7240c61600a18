// Krishandbok: a simulation exercise run in the browser. Loaded by krishandbok.js on the
// run pages (facilitator, feed, report: [data-kh-exercise]) and on template and checklist
// pages opened from the feed (?exercise=…&inject=…). No server and no network: the state
// and the log live in localStorage under the exercise's key, so a reload or a crash loses
// nothing, and every window of the same browser sees the same exercise. Windows keep in
// step through the `storage` event (also from file://) and a BroadcastChannel where there
// is one. Every word comes from the page (render/exercise_run.py, render/labels.py), and
// every text from the data is set as text, never as HTML.
(() => {
  "use strict";

  const kh = (window.krishandbok = window.krishandbok || {});
  const here = (document.currentScript || document.querySelector("script[src*='krishandbok-exercise.js']")).src;
  const STATE = "krishandbok-exercise:"; // + key: the clock, the injects' status, the log
  const META = "krishandbok-exercise-meta:"; // + key: what a template page needs to say
  const STALL_MINUTES = 10; // no release, reply or decision for this long: offer the reserve
  const TICK_MS = 200;
  const SPEEDS = [1, 2, 5, 10, 30, 60];
  const bus = typeof BroadcastChannel === "function" ? new BroadcastChannel("krishandbok-exercise") : null;

  // ---------------------------------------------------------------- state and log

  const emptyState = () => ({ v: 1, clock: { running: false, base: 0, anchor: 0, speed: 1 }, status: {}, log: [], seq: 0 });

  // States the browser refused to store (storage full, or turned off): this window goes on
  // with them in memory, says so (warnUnsaved), and its exports still hold everything.
  const unsaved = new Map();
  let warnUnsaved = () => {};

  function store(name, value) {
    try {
      localStorage.setItem(name, value);
      return true;
    } catch {
      warnUnsaved();
      return false;
    }
  }

  function readState(key) {
    if (unsaved.has(key)) return unsaved.get(key);
    try {
      const state = JSON.parse(localStorage.getItem(STATE + key));
      if (state && state.v === 1 && Array.isArray(state.log)) return state;
    } catch {
      // unreadable (hand-edited, another version): start from an empty exercise
    }
    return emptyState();
  }

  function writeState(key, state) {
    if (store(STATE + key, JSON.stringify(state))) unsaved.delete(key);
    else unsaved.set(key, state);
    if (bus) bus.postMessage(key);
  }

  // Read, change, write at once: another window may have written since this one last read.
  function change(key, edit) {
    const state = readState(key);
    edit(state);
    writeState(key, state);
    return state;
  }

  // Exercise time in seconds.
  const elapsed = (clock) => (clock.running ? clock.base + ((Date.now() - clock.anchor) / 1000) * clock.speed : clock.base);

  function record(state, entry) {
    state.seq += 1;
    state.log.push({ seq: state.seq, t: Math.floor(elapsed(state.clock)), wall: new Date().toISOString(), ...entry });
  }

  function watch(key, onChange) {
    window.addEventListener("storage", (event) => {
      if (event.key === null || event.key === STATE + key) onChange();
    });
    if (bus) bus.addEventListener("message", (event) => { if (event.data === key) onChange(); });
  }

  // ---------------------------------------------------------------- small helpers

  const pad = (n) => String(n).padStart(2, "0");
  const clockText = (seconds) => {
    const s = Math.max(0, Math.floor(seconds));
    return `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  };
  const minuteText = (minutes) => `${Math.floor(minutes / 60)}:${pad(minutes % 60)}`;
  const format = (pattern, params) => pattern.replace(/\{(\w+)\}/g, (match, name) => (name in params ? params[name] : match));

  // el("p", {className: "x", onclick: f}, "text", child): properties, never markup.
  function el(tag, props, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
      else if (name === "dataset") Object.assign(element.dataset, value);
      else if (name in element && !name.startsWith("aria")) element[name] = value;
      else element.setAttribute(name, value === true ? "" : value);
    }
    element.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
    return element;
  }

  let uid = 0;
  const nextId = (stem) => `kh-run-${stem}-${++uid}`;

  const styles = () => new Promise((resolve) => {
    if (document.querySelector("link[data-kh-run-css]")) return resolve();
    const link = el("link", { rel: "stylesheet", href: new URL("krishandbok-exercise.css", here).href, dataset: { khRunCss: "" } });
    link.addEventListener("load", resolve);
    link.addEventListener("error", resolve); // unstyled still works
    document.head.append(link);
  });

  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = el("a", { href: url, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  // ---------------------------------------------------------------- the exercise's words and data

  function exercise(root) {
    const data = JSON.parse(document.getElementById(root.dataset.khData).textContent);
    const L = data.labels;
    const t = (name, params) => format(L[`run.${name}`] ?? name, params || {});
    const inject = new Map(data.injects.map((i) => [i.n, i]));
    const role = (id) => data.roles[id] || id;
    // Hrefs of the handbook's pages, as MkDocs wrote them for this build.
    const hrefs = (attribute) => new Map([...document.querySelectorAll(`a[${attribute}]`)].map((a) => [a.getAttribute(attribute), a.href]));
    const links = {
      view: hrefs("data-kh-view"), template: hrefs("data-kh-template"), checklist: hrefs("data-kh-checklist"),
    };
    // A template page opened from the feed has none of this: it reads it from here.
    const meta = {
      title: data.title, labels: L, roles: data.roles,
      injects: Object.fromEntries(data.injects.map((i) => [i.n, { from: i.from, to: i.to, channel: i.channel }])),
    };
    store(META + data.key, JSON.stringify(meta));
    return { data, t, inject, role, links, key: data.key };
  }

  const describeEntry = (x, entry) => {
    const i = x.inject.get(entry.inject);
    switch (entry.type) {
      case "release":
      case "skip":
        return i ? `${x.t("inject", { n: i.n })}: ${i.text}` : "";
      case "clock":
        return x.t(`clock.${entry.what}`, { time: clockText(entry.to || 0) });
      case "reply":
        return entry.text;
      default:
        return entry.text || "";
    }
  };

  const entryWho = (x, entry) => (entry.role ? x.role(entry.role) : entry.goal ? goalText(x, entry.goal) : "");
  const goalText = (x, id) => (x.data.goals.find((g) => g.id === id) || { text: id }).text;

  function replyHref(x, kind, id, i) {
    const base = x.links[kind].get(id);
    if (!base) return null;
    const url = new URL(base);
    url.search = new URLSearchParams({ exercise: x.key, inject: String(i.n) }).toString();
    return url.href;
  }

  function materials(x, i) {
    const items = [];
    for (const id of i.templates) {
      const href = replyHref(x, "template", id, i);
      if (href) items.push(el("a", { href, target: "kh-run-reply", className: "md-button kh-run-answer" }, x.t("feed.reply", { template: x.data.templates[id].title })));
    }
    for (const id of i.checklists) {
      const href = replyHref(x, "checklist", id, i);
      if (href) items.push(el("a", { href, target: "kh-run-reply", className: "md-button kh-run-answer" }, x.t("feed.checklist", { checklist: x.data.checklists[id].title })));
    }
    return items.length ? el("p", { className: "kh-run-materials" }, items) : null;
  }

  // ---------------------------------------------------------------- facilitator

  function facilitator(root, x) {
    const { t, data, key } = x;
    const speedParam = Number(new URLSearchParams(location.search).get("speed"));
    const speeds = [...new Set([...SPEEDS, ...(speedParam > 0 && speedParam <= 10_000 ? [speedParam] : [])])].sort((a, b) => a - b);
    if (speeds.includes(speedParam) && readState(key).clock.speed !== speedParam) setSpeed(speedParam);

    const announce = el("p", { className: "kh-run-announce", role: "status", "aria-live": "polite" });
    const clock = el("p", { className: "kh-run-clock" });
    const clockState = el("span", { className: "kh-run-clock-state" });
    const toggle = el("button", { type: "button", className: "md-button md-button--primary", onclick: startOrPause });
    const jumpId = nextId("jump"), speedId = nextId("speed"), hintId = nextId("jump-hint");
    const jumpField = el("input", { id: jumpId, type: "text", inputMode: "numeric", size: 6, autocomplete: "off", "aria-describedby": hintId });
    const jumpHint = el("span", { id: hintId, className: "kh-run-hint", "aria-live": "polite" });
    const speed = el("select", { id: speedId, onchange: () => setSpeed(Number(speed.value)) },
      speeds.map((s) => el("option", { value: String(s) }, `${s}×`)));
    const feedHref = x.links.view.get("feed");

    const clockSection = el("section", { className: "kh-run-panel", "aria-labelledby": "kh-run-clock-h" },
      el("h2", { id: "kh-run-clock-h" }, t("clock")),
      el("p", {}, t("intro")),
      el("div", { className: "kh-run-clock-line" }, clock, clockState),
      el("p", { className: "kh-run-controls" }, toggle,
        feedHref ? el("a", { href: feedHref, className: "md-button kh-run-open-feed", onclick: openFeed }, t("open.feed")) : null),
      el("form", { className: "kh-run-controls", onsubmit: jump },
        el("label", { htmlFor: jumpId }, t("jump")), jumpField,
        el("button", { type: "submit", className: "md-button" }, t("jump_go")), jumpHint),
      el("p", { className: "kh-run-controls" }, el("label", { htmlFor: speedId }, t("speed")), speed,
        el("button", { type: "button", className: "md-button", onclick: startOver }, t("reset"))),
      announce);

    const cards = new Map();
    const injectList = (reserve) => el("ol", { className: "kh-run-injects" },
      data.injects.filter((i) => i.reserve === reserve).map((i) => injectCard(i)));
    const stall = el("p", { className: "kh-run-stall", role: "status", "aria-live": "polite" });
    const reserveSection = el("section", { className: "kh-run-panel kh-run-reserve", "aria-labelledby": "kh-run-reserve-h" },
      el("h2", { id: "kh-run-reserve-h" }, t("reserve")), stall, injectList(true));

    const logList = el("ol", { className: "kh-run-log", reversed: true });
    const logEmpty = el("p", {}, t("log_empty"));
    const reportHref = x.links.view.get("report");
    const logSection = el("section", { className: "kh-run-panel", "aria-labelledby": "kh-run-log-h" },
      el("h2", { id: "kh-run-log-h" }, t("log")),
      el("p", { className: "kh-run-controls" },
        el("button", { type: "button", className: "md-button", onclick: () => exportJson(x) }, t("export_json")),
        el("button", { type: "button", className: "md-button", onclick: () => exportCsv(x) }, t("export_csv")),
        reportHref ? el("a", { href: reportHref, className: "md-button" }, t("open.report")) : null),
      logEmpty, logList);

    const observations = new Map();
    root.append(clockSection, el("div", { className: "kh-run-columns" },
      el("div", {},
        el("section", { className: "kh-run-panel", "aria-labelledby": "kh-run-injects-h" },
          el("h2", { id: "kh-run-injects-h" }, t("injects")), injectList(false)),
        data.injects.some((i) => i.reserve) ? reserveSection : null),
      el("div", {},
        el("section", { className: "kh-run-panel", "aria-labelledby": "kh-run-obs-h" },
          el("h2", { id: "kh-run-obs-h" }, t("observations")), data.goals.map(goalForm)),
        el("section", { className: "kh-run-panel", "aria-labelledby": "kh-run-dec-h" },
          el("h2", { id: "kh-run-dec-h" }, t("decisions")), decisionForm()),
        logSection)));

    function injectCard(i) {
      const status = el("span", { className: "kh-run-status" });
      const headingId = nextId("inject");
      const release = el("button", { type: "button", className: "md-button", onclick: () => setStatus(i, "released"), "aria-describedby": headingId }, t("release"));
      const skip = el("button", { type: "button", className: "md-button", onclick: () => setStatus(i, "skipped"), "aria-describedby": headingId }, t("skip"));
      const via = i.via === "social" && i.channelName ? `${t(`via.${i.via}`)}: ${i.channelName}` : t(`via.${i.via}`);
      const card = el("li", { className: "kh-run-inject", dataset: { inject: String(i.n) } },
        el("h3", { id: headingId }, `${minuteText(i.at)} · ${t("inject", { n: i.n })} · ${via} `, status),
        el("p", { className: "kh-run-from" }, t("from_to", { source: i.from, role: x.role(i.to) })),
        el("blockquote", {}, i.text),
        el("p", {}, el("strong", {}, `${t("expect")}: `), i.expect),
        i.goals.length ? el("p", {}, el("strong", {}, `${t("goals")}: `), i.goals.map((g) => goalText(x, g)).join("; ")) : null,
        el("p", { className: "kh-run-controls" }, release, skip));
      cards.set(i.n, { card, status, release, skip });
      return card;
    }

    function goalForm(goal) {
      const fieldId = nextId("obs");
      const field = el("textarea", { id: fieldId, rows: 2 });
      const list = el("ul", { className: "kh-run-notes" });
      observations.set(goal.id, list);
      return el("form", { className: "kh-run-goal", onsubmit: (event) => {
        event.preventDefault();
        if (!field.value.trim()) return field.focus();
        change(key, (s) => record(s, { type: "observation", goal: goal.id, text: field.value.trim() }));
        field.value = "";
        refresh();
      } },
      el("fieldset", {}, el("legend", {}, goal.text),
        el("label", { htmlFor: fieldId }, t("observation")), field,
        el("p", {}, el("button", { type: "submit", className: "md-button" }, t("note"))), list));
    }

    function decisionForm() {
      const fieldId = nextId("decision"), roleId = nextId("role");
      const field = el("textarea", { id: fieldId, rows: 2 });
      const who = el("select", { id: roleId }, Object.entries(data.roles).map(([id, name]) => el("option", { value: id }, name)));
      return el("form", { onsubmit: (event) => {
        event.preventDefault();
        if (!field.value.trim()) return field.focus();
        change(key, (s) => record(s, { type: "decision", role: who.value, text: field.value.trim() }));
        field.value = "";
        refresh();
      } },
      el("label", { htmlFor: fieldId }, t("decision")), field,
      el("label", { htmlFor: roleId }, t("role")), who,
      el("p", {}, el("button", { type: "submit", className: "md-button" }, t("log_it"))));
    }

    function setStatus(i, status) {
      let done = false;
      change(key, (s) => {
        if (s.status[i.n]) return;
        s.status[i.n] = status;
        record(s, { type: status === "released" ? "release" : "skip", inject: i.n, role: i.to, channel: i.channel });
        done = true;
      });
      if (done) announce.textContent = `${t(status === "released" ? "type.release" : "type.skip")}: ${t("inject", { n: i.n })}`;
      refresh();
    }

    function setClock(edit, what) {
      change(key, (s) => {
        const now = elapsed(s.clock);
        edit(s.clock, now);
        if (what) record(s, { type: "clock", what, to: Math.floor(s.clock.base) });
      });
      refresh();
    }

    function startOrPause() {
      const running = readState(key).clock.running;
      setClock((c, now) => {
        c.base = now;
        c.anchor = Date.now();
        c.running = !running;
      }, running ? "pause" : "start");
    }

    function setSpeed(value) {
      change(key, (s) => {
        s.clock.base = elapsed(s.clock);
        s.clock.anchor = Date.now();
        s.clock.speed = value;
      });
    }

    function jump(event) {
      event.preventDefault();
      const match = /^\s*(\d{1,2}):([0-5]\d)\s*$/.exec(jumpField.value);
      if (!match) {
        jumpHint.textContent = t("jump_bad");
        jumpField.setAttribute("aria-invalid", "true");
        return;
      }
      jumpHint.textContent = "";
      jumpField.removeAttribute("aria-invalid");
      const to = (Number(match[1]) * 60 + Number(match[2])) * 60;
      setClock((c) => {
        c.base = to;
        c.anchor = Date.now();
      }, "jump");
    }

    function startOver() {
      if (!window.confirm(t("reset_confirm"))) return;
      writeState(key, { ...emptyState(), clock: { ...emptyState().clock, speed: readState(key).clock.speed } });
      location.reload();
    }

    function openFeed(event) {
      event.preventDefault();
      window.open(feedHref, `kh-run-feed-${data.id}`);
    }

    // Release what is due; only this view does, so two windows never release twice.
    function releaseDue(state) {
      const now = elapsed(state.clock);
      const due = data.injects.filter((i) => !i.reserve && !state.status[i.n] && i.at * 60 <= now);
      if (!state.clock.running || !due.length) return false;
      change(key, (s) => {
        // Due while the clock ran: released at its time; passed by a jump: at the jump's time.
        const clocks = s.log.filter((e) => e.type === "clock");
        const since = clocks.length ? clocks[clocks.length - 1].to : 0;
        for (const i of due) {
          if (s.status[i.n]) continue;
          s.status[i.n] = "released";
          record(s, { type: "release", inject: i.n, role: i.to, channel: i.channel });
          s.log[s.log.length - 1].t = Math.max(i.at * 60, since);
        }
      });
      announce.textContent = due.map((i) => `${t("type.release")}: ${t("inject", { n: i.n })}`).join(". ");
      return true;
    }

    function stallMessage(state) {
      const now = elapsed(state.clock);
      const reserveLeft = data.injects.some((i) => i.reserve && !state.status[i.n]);
      if (!reserveLeft || !state.clock.running) return "";
      if (data.injects.every((i) => i.reserve || state.status[i.n])) return t("all_released");
      const active = state.log.filter((e) => ["release", "reply", "decision"].includes(e.type) || (e.type === "clock" && e.what !== "pause"));
      const last = active.length ? Math.max(...active.map((e) => e.t)) : 0;
      return now - last >= STALL_MINUTES * 60 ? t("stalled", { minutes: STALL_MINUTES }) : "";
    }

    let shown = -1;
    function refresh() {
      const state = readState(key);
      const started = state.log.some((e) => e.type === "clock" && e.what === "start");
      toggle.textContent = state.clock.running ? t("pause") : started ? t("resume") : t("start");
      clockState.textContent = t(`state.${state.clock.running ? "running" : started ? "paused" : "idle"}`);
      speed.value = String(state.clock.speed);
      for (const [n, parts] of cards) {
        const status = state.status[n] || "waiting";
        parts.status.textContent = t(`status.${status}`);
        parts.card.dataset.status = status;
        parts.release.disabled = parts.skip.disabled = status !== "waiting";
      }
      for (const [goal, list] of observations) {
        const notes = state.log.filter((e) => e.type === "observation" && e.goal === goal);
        if (list.childElementCount !== notes.length) list.replaceChildren(...notes.map((e) => el("li", {}, `${clockText(e.t)} – ${e.text}`)));
      }
      if (state.seq !== shown) {
        shown = state.seq;
        logList.replaceChildren(...state.log.slice().reverse().map((e) => logItem(x, e)));
        logEmpty.hidden = state.log.length > 0;
      }
      tick(state);
    }

    function tick(state = readState(key)) {
      clock.textContent = clockText(elapsed(state.clock));
      if (releaseDue(state)) return refresh();
      const message = stallMessage(state);
      if (stall.textContent !== message) stall.textContent = message;
      reserveSection.classList.toggle("kh-run-stalled", Boolean(message));
    }

    for (const link of document.querySelectorAll("a[data-kh-view='feed']")) link.addEventListener("click", openFeed);
    watch(key, refresh);
    refresh();
    setInterval(() => tick(), TICK_MS);
  }

  function logItem(x, entry) {
    const what = describeEntry(x, entry);
    const who = entryWho(x, entry);
    return el("li", { dataset: { type: entry.type } },
      el("span", { className: "kh-run-time" }, clockText(entry.t)), " ",
      el("strong", {}, x.t(`type.${entry.type}`)), who ? ` (${who})` : "", what ? ` – ${what}` : "");
  }

  // ---------------------------------------------------------------- exports

  function exported(x) {
    const state = readState(x.key);
    return {
      exercise: { id: x.data.id, key: x.key, title: x.data.title, organisation: x.data.organisation },
      exported: new Date().toISOString(),
      goals: x.data.goals,
      injects: x.data.injects.map((i) => ({
        n: i.n, at: minuteText(i.at), from: i.from, to: i.to, via: i.via, channel: i.channel,
        text: i.text, expect: i.expect, goals: i.goals, reserve: i.reserve, status: state.status[i.n] || "waiting",
      })),
      log: state.log.map((e) => ({ ...e, time: clockText(e.t) })),
    };
  }

  function exportJson(x) {
    download(`${x.data.id}-log.json`, "application/json", JSON.stringify(exported(x), null, 2));
  }

  const CSV_COLUMNS = ["seq", "time", "wall", "type", "inject", "role", "channel", "template", "goal", "text"];

  // Quoted always; a cell that a spreadsheet would run as a formula starts with an apostrophe.
  const csvCell = (value) => {
    let text = value === undefined || value === null ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return `"${text.replace(/"/g, '""')}"`;
  };

  function exportCsv(x) {
    const rows = exported(x).log.map((e) => {
      const i = x.inject.get(e.inject);
      const text = e.type === "release" || e.type === "skip" ? (i ? i.text : "") : e.type === "clock" ? describeEntry(x, e) : e.text;
      return CSV_COLUMNS.map((column) => csvCell(column === "text" ? text : e[column]));
    });
    const lines = [CSV_COLUMNS.map(csvCell), ...rows].map((row) => row.join(","));
    download(`${x.data.id}-log.csv`, "text/csv", `\ufeff${lines.join("\r\n")}\r\n`);
  }

  // ---------------------------------------------------------------- feed (the projector)

  function feed(root, x) {
    const { t, data, key } = x;
    document.body.classList.add("kh-run-feed-page");
    const clock = el("span", { className: "kh-feed-clock" });
    const volumeText = el("span", { className: "kh-feed-volume-text" });
    const volumeId = nextId("volume");
    const bars = el("ol", { className: "kh-feed-bars", "aria-labelledby": volumeId });
    const waiting = el("p", { className: "kh-feed-waiting" }, t("feed.waiting"));
    const posts = el("ol", { className: "kh-feed-posts" });
    const others = el("ol", { className: "kh-feed-cards" });
    root.querySelector(".kh-run-mark").classList.add("kh-feed-mark");
    root.append(
      el("div", { className: "kh-feed-bar" }, clock,
        el("div", { className: "kh-feed-volume" }, el("span", { id: volumeId, className: "kh-feed-volume-label" }, t("feed.volume")), bars, volumeText)),
      waiting,
      el("div", { className: "kh-feed-columns" },
        el("section", { "aria-labelledby": "kh-feed-posts-h" }, el("h2", { id: "kh-feed-posts-h" }, t("feed.posts")), posts),
        el("section", { "aria-labelledby": "kh-feed-cards-h" }, el("h2", { id: "kh-feed-cards-h" }, t("feed.cards")), others)));

    const shown = new Map(); // inject number → its thread list, once released

    function item(i) {
      const thread = el("ol", { className: "kh-feed-thread" });
      const social = i.via === "social";
      const initial = [...(i.from.trim() || "?")][0].toUpperCase();
      const head = social
        ? el("p", { className: "kh-feed-who" }, el("span", { className: "kh-feed-avatar", "aria-hidden": "true" }, initial),
          el("strong", {}, i.from), " ", el("span", { className: "kh-feed-channel" }, i.channelName || t("via.social")))
        : el("p", { className: "kh-feed-who" }, el("strong", {}, `${t(`via.${i.via}`)} – ${i.from}`), " ",
          el("span", { className: "kh-feed-to" }, t("feed.to", { role: x.role(i.to) })));
      const post = el("li", { className: social ? "kh-feed-post" : "kh-feed-card", dataset: { inject: String(i.n), via: i.via } },
        el("article", { "aria-label": `${t("inject", { n: i.n })}: ${i.from}` },
          head, el("p", { className: "kh-feed-text" }, i.text),
          el("p", { className: "kh-feed-meta" }, el("span", { className: "kh-feed-mark-small" }, t("mark")), " ", minuteText(i.at)),
          thread, materials(x, i)));
      (social ? posts : others).prepend(post);
      shown.set(i.n, thread);
    }

    function refresh() {
      const state = readState(key);
      const released = state.log.filter((e) => e.type === "release").map((e) => x.inject.get(e.inject)).filter(Boolean);
      if ([...shown.keys()].some((n) => !released.some((i) => i.n === n))) return location.reload(); // started over
      for (const i of released) if (!shown.has(i.n)) item(i);
      for (const [n, thread] of shown) {
        const replies = state.log.filter((e) => e.type === "reply" && e.inject === n);
        if (thread.childElementCount === replies.length) continue;
        thread.replaceChildren(...replies.map((e) => el("li", { className: "kh-feed-reply" },
          el("p", { className: "kh-feed-who" }, el("strong", {}, t("feed.replied", { organisation: data.organisation })), ` · ${clockText(e.t)}`),
          el("p", { className: "kh-feed-text" }, e.text))));
      }
      waiting.hidden = released.length > 0;
      volume(state);
      clock.textContent = `${t("mark")} ${clockText(elapsed(state.clock))}`;
    }

    // The storm builds: social posts per five exercise minutes, the last half hour.
    function volume(state) {
      const now = elapsed(state.clock);
      const times = state.log.filter((e) => e.type === "release" && x.inject.get(e.inject)?.via === "social").map((e) => e.t);
      const current = Math.floor(now / 300);
      const counts = [];
      for (let b = Math.max(0, current - 5); b <= current; b++) counts.push([b, times.filter((s) => Math.floor(s / 300) === b).length]);
      const most = Math.max(1, ...counts.map(([, c]) => c));
      bars.replaceChildren(...counts.map(([b, c]) => el("li", { style: `--kh-bar:${c / most}` },
        el("span", { className: "kh-run-sr" }, t("feed.bucket", { start: minuteText(b * 5), end: minuteText(b * 5 + 5), count: c })))));
      volumeText.textContent = t("feed.volume_text", { count: times.filter((s) => s > now - 600).length });
    }

    watch(key, refresh);
    refresh();
    setInterval(() => { clock.textContent = `${t("mark")} ${clockText(elapsed(readState(key).clock))}`; }, 500);
  }

  // ---------------------------------------------------------------- report (print)

  function report(root, x) {
    const { t, data } = x;
    const state = readState(x.key);
    const table = el("table", { className: "kh-run-table" },
      el("thead", {}, el("tr", {}, ["time", "event", "who", "what"].map((h) => el("th", { scope: "col" }, t(`report.${h}`))))),
      el("tbody", {}, state.log.map((e) => el("tr", { dataset: { type: e.type } },
        el("td", {}, clockText(e.t)), el("td", {}, t(`type.${e.type}`)), el("td", {}, entryWho(x, e)), el("td", {}, describeEntry(x, e))))));
    const goals = data.goals.map((goal) => {
      const injects = data.injects.filter((i) => i.goals.includes(goal.id) && state.status[i.n] === "released");
      const notes = state.log.filter((e) => e.type === "observation" && e.goal === goal.id);
      return el("section", { className: "kh-report-goal" },
        el("h3", {}, goal.text),
        injects.map((i) => {
          const replies = state.log.filter((e) => e.type === "reply" && e.inject === i.n);
          return el("div", { className: "kh-report-inject" },
            el("p", {}, el("strong", {}, `${t("inject", { n: i.n })} (${minuteText(i.at)}, ${t("from_to", { source: i.from, role: x.role(i.to) })}): `), i.text),
            el("p", {}, el("strong", {}, `${t("expect")}: `), i.expect),
            el("p", {}, el("strong", {}, `${t("report.replies")}:`)),
            replies.length
              ? el("ul", {}, replies.map((e) => el("li", {}, `${clockText(e.t)} (${x.role(e.role)}): ${e.text}`)))
              : el("p", {}, t("report.no_reply")));
        }),
        el("h4", {}, t("report.observations")),
        notes.length ? el("ul", {}, notes.map((e) => el("li", {}, `${clockText(e.t)} – ${e.text}`))) : el("p", {}, "–"));
    });
    root.append(
      el("p", { className: "kh-report-printed" }, t("report.printed", { time: new Date().toLocaleString(data.language === "en" ? "en-GB" : "sv-SE") })),
      el("p", { className: "kh-run-controls kh-no-print" }, el("button", { type: "button", className: "md-button", onclick: () => window.print() }, t("report.print"))),
      el("h2", { id: "kh-report-timeline" }, t("report.timeline")),
      el("div", { className: "kh-run-scroll", tabIndex: 0, role: "region", "aria-labelledby": "kh-report-timeline" }, table),
      el("h2", {}, t("report.goals")), ...goals);
  }

  // ---------------------------------------------------------------- template and checklist pages

  // Opened from the feed with ?exercise=KEY&inject=N: copying the filled text "publishes" it.
  function replyPage(doc) {
    const params = new URLSearchParams(location.search);
    const key = params.get("exercise");
    const n = Number(params.get("inject"));
    let meta;
    try {
      meta = JSON.parse(localStorage.getItem(META + key));
    } catch {
      meta = null;
    }
    const i = meta && meta.injects[n];
    if (!i) return; // not an exercise this browser knows: the page stays as it is
    const t = (name, p) => format(meta.labels[`run.${name}`] ?? name, p || {});
    const status = el("span", { role: "status", "aria-live": "polite" });
    const checklist = doc.querySelector("ul.kh-checklist[data-checklist]");
    const banner = el("div", { className: "kh-run-banner", role: "note" },
      el("p", {}, checklist ? t("reply.checklist") : t("reply.banner", { n, source: i.from }), " ", status));
    const article = doc.querySelector("article") || doc.body;
    article.prepend(banner);
    warnIn(banner, t("unsaved"));
    styles();
    const stamp = (entry) => {
      const state = change(key, (s) => record(s, { inject: n, role: i.to, ...entry }));
      return clockText(state.log[state.log.length - 1].t);
    };
    doc.addEventListener("krishandbok:copied", (event) => {
      const { template, channel, text } = event.detail || {};
      if (!text) return;
      status.textContent = t("reply.logged", { time: stamp({ type: "reply", template, channel: channel || i.channel, text }) });
    });
    if (checklist) {
      checklist.addEventListener("change", (event) => {
        const box = event.target;
        if (!box.matches("input.kh-check") || !box.checked) return;
        const label = doc.querySelector(`label[for="${CSS.escape(box.id)}"]`);
        const item = label ? label.textContent.trim() : box.id;
        status.textContent = t("reply.ticked", { item });
        stamp({ type: "decision", checklist: checklist.dataset.checklist, text: t("reply.ticked", { item }) });
      });
    }
  }

  // ---------------------------------------------------------------- start

  const VIEWS = { facilitator, feed, report };

  // A visible, announced warning at the top of `container`, the first time storing fails.
  function warnIn(container, text) {
    warnUnsaved = () => {
      if (container.querySelector(".kh-run-unsaved")) return;
      container.prepend(el("p", { className: "kh-run-unsaved", role: "alert" }, text));
    };
  }

  async function setup(root) {
    if (root.dataset.khReady) return;
    const x = exercise(root);
    warnIn(root, x.t("unsaved"));
    await styles();
    VIEWS[root.dataset.khExercise](root, x);
    root.dataset.khReady = "true";
  }

  Object.assign(kh, { exercise: setup, exerciseReply: replyPage });
})();
