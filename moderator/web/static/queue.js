// The queue's keyboard and in-place decisions. Without this script the forms still work
// (each decision reloads the page); with it: j/k move, a/r decide, x selects, o opens history.
(function () {
  "use strict";
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const items = () => Array.from(document.querySelectorAll("#queue > li.item"));
  let current = null;

  function focusItem(item) {
    if (!item) return;
    if (current) current.classList.remove("current");
    current = item;
    item.classList.add("current");
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    const all = items();
    if (!all.length) return;
    const at = all.indexOf(current);
    focusItem(all[Math.min(all.length - 1, Math.max(0, at < 0 ? 0 : at + step))]);
  }

  function showStatus(item, text, failed) {
    const status = item.querySelector(".status");
    status.textContent = text;
    item.classList.toggle("failed", !!failed);
  }

  async function decide(item, action) {
    if (!item || item.classList.contains("busy")) return;
    const form = item.querySelector("form.decide");
    const body = new URLSearchParams({ action: action, csrf_token: csrf });
    item.classList.add("busy");
    try {
      // getAttribute: form.action would be the buttons named "action" (DOM clobbering).
      const response = await fetch(form.getAttribute("action"), {
        method: "POST",
        body: body,
        headers: { "Accept": "application/json", "X-CSRF-Token": csrf },
        credentials: "same-origin",
      });
      const answer = await response.json();
      if (!response.ok) {
        showStatus(item, answer.error || "failed (" + response.status + ")", true);
        return;
      }
      showStatus(item, answer.status + " by " + answer.reviewed_by, false);
      item.classList.add("decided", answer.status);
      if (item === current) move(1);
    } catch (error) {
      showStatus(item, "failed: " + error, true);
    } finally {
      item.classList.remove("busy");
    }
  }

  document.addEventListener("click", function (event) {
    const button = event.target.closest("form.decide button[name=action]");
    if (!button || !button.closest("#queue")) return;
    event.preventDefault();
    const item = button.closest("li.item");
    focusItem(item);
    decide(item, button.value);
  });

  const selectAll = document.getElementById("select-all");
  if (selectAll) {
    selectAll.addEventListener("change", function () {
      items().forEach((item) => { item.querySelector("input.select").checked = selectAll.checked; });
    });
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select") return;
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "a": decide(current, "approve"); break;
      case "r": decide(current, "remove"); break;
      case "x":
        if (current) { const box = current.querySelector("input.select"); box.checked = !box.checked; }
        break;
      case "o":
        if (current) window.location = current.querySelector("a.history").href;
        break;
      default: return;
    }
    event.preventDefault();
  });

  focusItem(items()[0]);
})();
