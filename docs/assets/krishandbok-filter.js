// Filters above a list or table (role cards' first hour, the communication matrix): selects that
// hide the rows or items that do not match. The scenario chosen is remembered in the browser and
// may come from the address (?scenario=id, the links on scenario pages). No network, no dependencies.
(() => {
  "use strict";

  const STORE = "krishandbok:scenario";
  const remembered = () => { try { return localStorage.getItem(STORE) || ""; } catch { return ""; } };
  const remember = (value) => { try { localStorage.setItem(STORE, value); } catch { /* private mode */ } };

  // An element matches a select when the select is empty, or its data-<key> names the value or "*" (all).
  const matches = (element, key, value) => {
    if (!value) return true;
    const listed = (element.dataset[key] || "").split(" ");
    return listed.includes(value) || listed.includes("*");
  };

  function setupFilter(form) {
    let target = form.nextElementSibling;
    while (target && !target.matches("[data-kh-filtered]")) target = target.nextElementSibling;
    if (!target) return;
    const entries = [...target.querySelectorAll(target.tagName === "TABLE" ? "tbody tr" : ":scope > li")];
    const selects = [...form.querySelectorAll("select")];
    const status = form.querySelector(".kh-filter-status");
    const known = (select, value) => [...select.options].some((option) => option.value === value);

    const scenario = selects.find((select) => select.dataset.key === "scenario");
    if (scenario) {
      const fromAddress = new URLSearchParams(location.search).get("scenario");
      const wanted = fromAddress !== null ? fromAddress : remembered();
      if (known(scenario, wanted)) scenario.value = wanted;
    }

    function apply() {
      let shown = 0;
      for (const entry of entries) {
        const visible = selects.every((select) => matches(entry, select.dataset.key, select.value));
        entry.hidden = !visible;
        if (visible) shown += 1;
      }
      const words = form.dataset.shown.replace("{shown}", shown).replace("{total}", entries.length);
      if (status.textContent !== words) status.textContent = words;
    }

    form.addEventListener("change", (event) => {
      if (event.target === scenario) remember(scenario.value);
      apply();
    });
    form.addEventListener("submit", (event) => event.preventDefault());
    form.hidden = false;
    apply();
  }

  Object.assign((window.krishandbok = window.krishandbok || {}), { filter: setupFilter });
})();
