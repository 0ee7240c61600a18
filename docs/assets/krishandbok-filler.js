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

  // ---------------------------------------------------------------- template filler

  function setupFiller(form) {
    const config = JSON.parse(form.dataset.config);
    const { labels } = config;
    const body = form.dataset.body;
    const id = form.dataset.template;
    const scope = form.closest("article") || document;
    const preview = document.getElementById(`kh-preview-${id}`);
    const status = document.getElementById(`kh-status-${id}`);
    const fields = [...form.querySelectorAll(".kh-field-input")];
    const channels = [...scope.querySelectorAll(".kh-length")].map((length) => {
      const row = length.closest("tr");
      return {
        row, length,
        limit: row.querySelector(".kh-limit"),
        verdict: row.querySelector(".kh-verdict"),
        name: row.cells[0].textContent.trim(),
        kind: length.dataset.kind,
        maxLength: Number(length.dataset.maxLength) || 0,
      };
    });

    const lengthText = (size) => {
      let words = `${size.length} ${labels[`unit.${size.unit}`]}`;
      if (size.segments) words += ` · ${size.segments} ${size.segments === 1 ? labels.segment : labels.segments}`;
      return words;
    };

    function update() {
      const values = new Map(fields.map((field) => [field.name, field.value]));
      const text = outgoingText(body, values);
      if (preview) {
        renderPreview(preview, body, values);
        preview.dataset.text = text;
      }
      for (const field of fields) checkField(field, labels);
      const over = [];
      for (const channel of channels) {
        const size = measure(text, channel.kind, channel.maxLength, config);
        const fits = size.limit === null || size.length <= size.limit;
        channel.length.textContent = lengthText(size);
        if (size.limit !== null) channel.limit.textContent = String(size.limit);
        channel.verdict.textContent = size.limit === null ? labels.no_limit : fits ? labels.fits : labels.too_long;
        channel.row.classList.toggle("kh-over", !fits);
        if (!fits) over.push(format(labels.over, { channel: channel.name }));
      }
      // Words without counts (the table has them), so the live region speaks only when a
      // channel goes over or back under its limit, not on every key.
      const message = over.length ? over.join(" ") : status && status.textContent ? labels.all_fit : "";
      if (status && status.textContent !== message) status.textContent = message;
    }

    form.addEventListener("input", update);
    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("reset", () => setTimeout(update)); // the fields change after the event
    update();
  }

  function checkField(field, labels) {
    const limit = Number(field.dataset.maxLength) || 0;
    const over = limit > 0 && [...field.value].length > limit; // code points, as the engine counts
    const warning = document.getElementById(`${field.id}-warning`);
    const message = over ? format(labels.field_over, { limit }) : "";
    if (warning && warning.textContent !== message) warning.textContent = message;
    if (over) field.setAttribute("aria-invalid", "true");
    else field.removeAttribute("aria-invalid");
  }

  // The body with each placeholder's value marked, built as nodes: a value is never HTML.
  function renderPreview(pre, body, values) {
    const parts = [];
    let last = 0;
    for (const match of body.matchAll(PLACEHOLDER)) {
      parts.push(document.createTextNode(body.slice(last, match.index)));
      const mark = document.createElement("mark");
      mark.className = "kh-ph";
      mark.dataset.name = match[1];
      mark.textContent = values.has(match[1]) ? values.get(match[1]) : match[0];
      parts.push(mark);
      last = match.index + match[0].length;
    }
    parts.push(document.createTextNode(body.slice(last)));
    pre.replaceChildren(...parts);
  }

  // ---------------------------------------------------------------- copy buttons

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

  document.addEventListener("click", async (event) => {
    const button = event.target.closest(".kh-copy");
    if (!button) return;
    const source = document.getElementById(button.dataset.copy);
    if (!source) return;
    await copy(source.dataset.text ?? source.innerText.trim());
    document.dispatchEvent(new CustomEvent("krishandbok:copied", { detail: { template: source.closest("[data-template]")?.dataset.template, channel: source.dataset.channel || null, text: source.dataset.text ?? source.innerText.trim() } }));
    const label = button.dataset.label ?? button.textContent;
    button.dataset.label = label;
    button.textContent = button.dataset.copied;
    clearTimeout(Number(button.dataset.timer));
    button.dataset.timer = String(setTimeout(() => { button.textContent = label; }, 2000));
  });

  // krishandbok.js sets up each form; measure and outgoingText are for the browser tests and the curious.
  Object.assign((window.krishandbok = window.krishandbok || {}), { filler: setupFiller, measure, outgoingText });
})();
