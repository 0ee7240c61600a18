// Krishandbok: the template filler and its copy button. Loaded by krishandbok.js only on pages
// with a filler (form.kh-filler); every word shown comes from the page, rendered by
// hooks/krishandbok/render/library.py in the handbook's language.
(() => {
  "use strict";

  // ---------------------------------------------------------------- text measures
  // A line-by-line port of hooks/krishandbok/text.py; tests/browser compares the two.

  // What Python's str.strip() removes: every character for which str.isspace() is true.
  const SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  const STRIP = new RegExp(`^[${SPACE}]+|[${SPACE}]+$`, "g");
  const PLACEHOLDER = /\{([^{}]*)\}/g;

  const fill = (body, values) =>
    body.replace(PLACEHOLDER, (match, name) => (values.has(name) ? values.get(name) : match));

  const outgoingText = (body, values) => fill(body, values).replace(STRIP, "");

  const segments = (units, single, part) => (units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / part));

  // `sms` is the alphabet and sizes of text.py, as render/library.py writes them into the page.
  function smsLength(text, sms) {
    const chars = [...text]; // code points, as Python iterates a str
    const { basic, extension } = sms.gsm7;
    if (chars.every((ch) => basic.includes(ch) || extension.includes(ch))) {
      const units = chars.reduce((sum, ch) => sum + (extension.includes(ch) ? 2 : 1), 0);
      return { encoding: "GSM-7", units, segments: segments(units, sms.gsm7.single, sms.gsm7.part) };
    }
    const units = text.length; // UTF-16 code units: an emoji is two, as in UCS-2 messages
    return { encoding: "UCS-2", units, segments: segments(units, sms.ucs2.single, sms.ucs2.part) };
  }

  function smsLimit(maxLength, encoding, sms) {
    if (encoding === "GSM-7") return maxLength;
    if (maxLength <= sms.gsm7.single) return Math.min(maxLength, sms.ucs2.single);
    return sms.ucs2.part * Math.ceil(maxLength / sms.gsm7.part);
  }

  function measure(text, kind, maxLength, sms) {
    if (kind === "sms") {
      const size = smsLength(text, sms);
      const limit = maxLength ? smsLimit(maxLength, size.encoding, sms) : null;
      return { length: size.units, limit, unit: size.encoding, segments: size.segments };
    }
    return { length: [...text].length, limit: maxLength || null, unit: "characters", segments: null };
  }

  const format = (pattern, params) => pattern.replace(/\{(\w+)\}/g, (match, key) => (key in params ? params[key] : match));

  // ---------------------------------------------------------------- what was typed, kept

  // Per template, in this browser, until the user clears it: a reload, Back or a closed tab
  // keeps what a communicator typed at 07:10.
  const storageKey = (id) => `krishandbok:template:${id}`;

  function loadState(id) {
    try {
      return JSON.parse(localStorage.getItem(storageKey(id))) || {};
    } catch {
      return {}; // storage blocked or damaged: the filler still works, for this visit
    }
  }

  function saveState(id, state) {
    try {
      const typed = Object.values(state.values || {}).some((value) => value !== "");
      if (typed) localStorage.setItem(storageKey(id), JSON.stringify(state));
      else localStorage.removeItem(storageKey(id));
    } catch {
      /* storage full or blocked: nothing to keep */
    }
  }

  // ---------------------------------------------------------------- template filler

  function setupFiller(form) {
    const config = JSON.parse(form.dataset.config);
    const { labels } = config;
    const id = form.dataset.template;
    const scope = form.closest("article") || document;
    const outgoing = scope.querySelector(`.kh-outgoing[data-template="${CSS.escape(id)}"]`);
    if (!outgoing) return;
    const note = outgoing.querySelector(".kh-outgoing-note");
    const status = outgoing.querySelector(".kh-length-status");
    const picker = outgoing.querySelector(".kh-channel-picker");
    const copyButton = outgoing.querySelector(".kh-copy");
    const fields = [...form.querySelectorAll(".kh-field-input")];
    const channels = [...outgoing.querySelectorAll(".kh-channel-text")].map((block) => ({
      block,
      id: block.dataset.channel,
      name: block.dataset.name,
      kind: block.dataset.kind,
      maxLength: Number(block.dataset.maxLength) || 0,
      text: block.dataset.text,
      pre: block.querySelector("pre"),
      count: block.querySelector(".kh-count"),
    }));
    const radios = picker ? [...picker.querySelectorAll("input[type=radio]")] : [];
    let state = loadState(id);

    const restored = state.values || {};
    for (const field of fields) if (typeof restored[field.name] === "string") field.value = restored[field.name];
    const chosen = radios.find((radio) => radio.value === state.channel) || radios[0];
    if (chosen) chosen.checked = true;
    if (picker && channels.length > 1) picker.hidden = false;

    const selected = () => {
      const radio = radios.find((r) => r.checked);
      return channels.find((channel) => radio && channel.id === radio.value) || channels[0];
    };

    // A field left empty keeps its {name} in the text, visibly unfilled; Python's
    // outgoing_text() gives the same string for the same non-empty values.
    const values = () => new Map(fields.filter((field) => field.value !== "").map((f) => [f.name, f.value]));
    const unfilled = () => fields.filter((field) => field.value.trim() === "" || field.value === field.dataset.example);
    // Only what the chosen channel's text uses counts before copying: an SMS variant may use few fields.
    const uses = (channel) => new Set([...channel.text.matchAll(PLACEHOLDER)].map((match) => match[1]));
    const unfilledIn = (channel) => {
      const used = uses(channel);
      return unfilled().filter((field) => used.has(field.name));
    };

    const unfilledWords = (missing) => {
      const names = missing.map((field) => field.name).join(", ");
      if (!missing.length) return labels.all_filled;
      return format(missing.length === 1 ? labels.unfilled_one : labels.unfilled_many, { count: missing.length, names });
    };

    const lengthText = (size) => {
      let words = `${size.length} ${labels[`unit.${size.unit}`]}`;
      if (size.segments) words += ` · ${size.segments} ${size.segments === 1 ? labels.segment : labels.segments}`;
      if (size.limit === null) return `${words} · ${labels.no_limit}`;
      const fits = size.length <= size.limit;
      return `${words} · ${format(labels.at_most, { limit: size.limit })} · ${fits ? labels.fits : labels.too_long}`;
    };

    function update() {
      const current = values();
      const missing = unfilled();
      for (const field of fields) markField(field, labels, missing.includes(field));
      const over = [];
      const shown = selected();
      for (const channel of channels) {
        const text = outgoingText(channel.text, current);
        channel.block.dataset.out = text;
        channel.pre.dataset.out = text;
        renderText(channel.pre, channel.text.replace(STRIP, ""), current);
        const size = measure(text, channel.kind, channel.maxLength, config);
        const fits = size.limit === null || size.length <= size.limit;
        channel.count.textContent = lengthText(size);
        channel.count.classList.toggle("kh-over", !fits);
        channel.block.hidden = channels.length > 1 && channel !== shown;
        if (!fits) over.push(format(labels.over, { channel: channel.name }));
      }
      if (note) note.textContent = fields.length && shown ? unfilledWords(unfilledIn(shown)) : "";
      // Words without counts, so the live region speaks only when a channel goes over or
      // back under its limit, not on every key.
      const message = over.length ? over.join(" ") : status && status.textContent ? labels.all_fit : "";
      if (status && status.textContent !== message) status.textContent = message;
      state = { values: Object.fromEntries(fields.map((field) => [field.name, field.value])), channel: shown && shown.id };
      saveState(id, state);
    }

    async function copySelected() {
      const channel = selected();
      if (!channel) return;
      const missing = unfilledIn(channel);
      if (missing.length && !window.confirm(format(labels.copy_confirm, { unfilled: unfilledWords(missing) }))) return;
      const text = outgoingText(channel.text, values());
      await copy(text);
      showCopied(copyButton);
      document.dispatchEvent(new CustomEvent("krishandbok:copied", { detail: { template: id, channel: channel.id, text } }));
    }

    form.addEventListener("input", update);
    form.addEventListener("submit", (event) => event.preventDefault());
    if (picker) picker.addEventListener("change", update);
    const clear = form.querySelector(".kh-clear-fields");
    if (clear) clear.addEventListener("click", () => {
      if (!window.confirm(labels.clear_confirm)) return;
      for (const field of fields) field.value = "";
      update();
      if (fields[0]) fields[0].focus();
    });
    if (copyButton) copyButton.addEventListener("click", copySelected);
    // Back and forward may show the page from the browser's cache: read what was kept again.
    window.addEventListener("pageshow", (event) => {
      if (!event.persisted) return;
      const kept = loadState(id).values || {};
      for (const field of fields) field.value = typeof kept[field.name] === "string" ? kept[field.name] : "";
      update();
    });
    update();
  }

  function markField(field, labels, isUnfilled) {
    const limit = Number(field.dataset.maxLength) || 0;
    const over = limit > 0 && [...field.value].length > limit; // code points, as the engine counts
    const warning = document.getElementById(`${field.id}-warning`);
    const message = over ? format(labels.field_over, { limit }) : "";
    if (warning && warning.textContent !== message) warning.textContent = message;
    if (over) field.setAttribute("aria-invalid", "true");
    else field.removeAttribute("aria-invalid");
    const state = document.getElementById(`${field.id}-state`);
    const words = isUnfilled ? labels.not_filled : "";
    if (state && state.textContent !== words) state.textContent = words;
    field.closest(".kh-field")?.classList.toggle("kh-unfilled", isUnfilled);
  }

  // The text with each placeholder's value marked, built as nodes: a value is never HTML.
  function renderText(pre, text, values) {
    const parts = [];
    let last = 0;
    for (const match of text.matchAll(PLACEHOLDER)) {
      parts.push(document.createTextNode(text.slice(last, match.index)));
      const mark = document.createElement("mark");
      const filled = values.has(match[1]);
      mark.className = filled ? "kh-ph" : "kh-ph kh-ph-empty";
      mark.dataset.name = match[1];
      mark.textContent = filled ? values.get(match[1]) : match[0];
      parts.push(mark);
      last = match.index + match[0].length;
    }
    parts.push(document.createTextNode(text.slice(last)));
    pre.replaceChildren(...parts);
  }

  // ---------------------------------------------------------------- copying

  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = document.createElement("textarea"); // older browsers and file:// without permission
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.append(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
  }

  function showCopied(button) {
    if (!button) return;
    const label = button.dataset.label ?? button.textContent;
    button.dataset.label = label;
    button.textContent = button.dataset.copied;
    clearTimeout(Number(button.dataset.timer));
    button.dataset.timer = String(setTimeout(() => { button.textContent = label; }, 2000));
  }

  // krishandbok.js sets up each form; measure and outgoingText are for the browser tests and the curious.
  Object.assign((window.krishandbok = window.krishandbok || {}), { filler: setupFiller, measure, outgoingText });
})();
