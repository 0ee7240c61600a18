// Krishandbok: copy a message text. No network, no dependencies.
document.addEventListener("click", async (event) => {
  const button = event.target.closest(".kh-copy");
  if (!button) return;
  const source = document.getElementById(button.dataset.copy);
  if (!source) return;
  await navigator.clipboard.writeText(source.innerText.trim());
  const label = button.textContent;
  button.textContent = button.dataset.copied;
  setTimeout(() => { button.textContent = label; }, 2000);
});
