// Filters above the lists or the table of a page (role cards' first hour and the rest, the
// communication matrix): selects that hide the rows or items that do not match. The scenario
// chosen is remembered in the browser and may come from the address (?scenario=id, the links on
// scenario pages). No network, no dependencies.
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
    // Every filtered list or table of the page (a role card has two: the first hour and the rest).
    const targets = [...(form.closest("article") || document).querySelectorAll("[data-kh-filtered]")];
    const entries = targets.flatMap((target) => [...target.querySelectorAll(
      target.tagName === "TABLE" ? ":scope > tbody > tr" : ":scope > li")]);
    if (!entries.length) return;
    const selects = [...form.querySelectorAll("select")];
    const status = form.querySelector(".kh-filter-status");
    const known = (select, value) => [...select.options].some((option) => option.value === value);

    const scenario = selects.find((select) => select.dataset.key === "scenario");
    if (scenario) {
      const fromAddress = new URLSearchParams(location.search).get("scenario");
      const wanted = fromAddress !== null ? fromAddress : remembered();
      if (known(scenario, wanted)) scenario.value = wanted;
      if (fromAddress !== null && known(scenario, fromAddress)) remember(fromAddress);
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
