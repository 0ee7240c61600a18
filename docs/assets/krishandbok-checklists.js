// Krishandbok: checklists you can tick; the ticks stay in this browser (localStorage). Loaded by
// krishandbok.js only on pages with a checklist (ul.kh-checklist); every word shown comes from
// the page, rendered by hooks/krishandbok/render/library.py in the handbook's language.
(() => {
  "use strict";

  const format = (pattern, params) => pattern.replace(/\{(\w+)\}/g, (match, key) => (key in params ? params[key] : match));

  // ---------------------------------------------------------------- checklists

  const storageKey = (id) => `krishandbok:checklist:${id}`;

  function loadTicks(id) {
    try {
      return JSON.parse(localStorage.getItem(storageKey(id))) || {};
    } catch {
      return {}; // storage blocked or damaged: ticking still works, for this visit
    }
  }

  function saveTicks(id, ticks) {
    try {
      if (Object.keys(ticks).length) localStorage.setItem(storageKey(id), JSON.stringify(ticks));
      else localStorage.removeItem(storageKey(id));
    } catch {
      /* not persisted */
    }
  }

  function showTime(box, labels, at) {
    const item = box.closest("li");
    let time = item.querySelector("time.kh-ticked");
    if (!at) {
      if (time) time.remove();
      return;
    }
    if (!time) {
      time = document.createElement("time");
      time.className = "kh-ticked";
      item.querySelector(`label[for="${CSS.escape(box.id)}"]`).after(time);
    }
    const when = new Date(at);
    const today = when.toDateString() === new Date().toDateString();
    const options = today ? { hour: "2-digit", minute: "2-digit" }
      : { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" };
    time.dateTime = at;
    time.textContent = format(labels.ticked, { time: when.toLocaleString(document.documentElement.lang || undefined, options) });
  }

  function setupChecklist(list) {
    const id = list.dataset.checklist;
    const tools = document.querySelector(`.kh-checklist-tools[data-checklist="${CSS.escape(id)}"]`);
    if (!tools) return;
    const labels = JSON.parse(tools.dataset.labels);
    const progress = tools.querySelector(".kh-progress");
    const boxes = [...list.querySelectorAll("input.kh-check")];
    // An item is known by its box and its text: a reworded item starts unticked.
    const textOf = (box) => list.querySelector(`label[for="${CSS.escape(box.id)}"]`).textContent.trim();

    const showProgress = () => {
      const done = boxes.filter((box) => box.checked).length;
      progress.textContent = format(labels.progress, { done, total: boxes.length });
    };

    const saved = loadTicks(id);
    for (const box of boxes) {
      const tick = saved[box.id];
      box.checked = Boolean(tick && tick.text === textOf(box));
      showTime(box, labels, box.checked ? tick.at : null);
      box.addEventListener("change", () => {
        const ticks = loadTicks(id);
        if (box.checked) ticks[box.id] = { at: new Date().toISOString(), text: textOf(box) };
        else delete ticks[box.id];
        saveTicks(id, ticks);
        showTime(box, labels, box.checked ? ticks[box.id].at : null);
        showProgress();
      });
    }
    tools.querySelector(".kh-reset-checklist").addEventListener("click", () => {
      if (!window.confirm(labels.reset_confirm)) return;
      saveTicks(id, {});
      for (const box of boxes) {
        box.checked = false;
        showTime(box, labels, null);
      }
      showProgress();
    });
    tools.hidden = false;
    showProgress();
  }

  (window.krishandbok = window.krishandbok || {}).checklist = setupChecklist; // krishandbok.js sets up each list
})();
