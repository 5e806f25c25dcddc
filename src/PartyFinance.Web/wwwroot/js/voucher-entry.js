// Keyboard-first voucher entry: Enter = next box (the last box of the last line adds a line),
// Shift+Enter = previous box, Ctrl+Enter = post, Alt+N = add a line, Alt+X = remove the current line.
// The running totals and their difference follow every keystroke; the server checks everything again.
(function () {
  "use strict";
  var form = document.getElementById("voucher-entry");
  if (!form) { return; }
  var body = document.querySelector("#lines tbody");

  function boxes() { return Array.prototype.slice.call(form.querySelectorAll("[data-entry]")); }

  function renumber() {
    Array.prototype.forEach.call(body.querySelectorAll("tr.line"), function (tr, i) {
      tr.cells[0].textContent = String(i + 1);
      tr.querySelectorAll("input").forEach(function (input) {
        input.name = input.name.replace(/Lines\[\d+\]/, "Lines[" + i + "]");
        var label = input.getAttribute("aria-label");
        if (label) { input.setAttribute("aria-label", label.replace(/\d+$/, String(i + 1))); }
      });
    });
  }

  function totals() {
    var debit = 0, credit = 0;
    form.querySelectorAll("input.debit").forEach(function (i) { debit += window.pfAmount.parse(i.value); });
    form.querySelectorAll("input.credit").forEach(function (i) { credit += window.pfAmount.parse(i.value); });
    document.getElementById("total-debit").textContent = window.pfAmount.format(debit);
    document.getElementById("total-credit").textContent = window.pfAmount.format(credit);
    var diff = document.getElementById("difference");
    diff.textContent = window.pfAmount.format(debit - credit);
    diff.className = debit === credit ? "diff-zero" : "diff-nonzero";
  }

  function addLine(focus) {
    var rows = body.querySelectorAll("tr.line");
    var copy = rows[rows.length - 1].cloneNode(true);
    copy.querySelectorAll("input").forEach(function (i) { i.value = ""; });
    body.appendChild(copy);
    copy.querySelectorAll("input[data-vn-amount]").forEach(window.pfAmount.attach);
    renumber();
    if (focus) { copy.querySelector("input").focus(); }
    return copy;
  }

  function removeLine(tr) {
    if (body.querySelectorAll("tr.line").length <= 2) { return; }
    var next = tr.nextElementSibling || tr.previousElementSibling;
    tr.remove();
    renumber();
    totals();
    if (next) { next.querySelector("input").focus(); }
  }

  form.addEventListener("keydown", function (e) {
    var target = e.target;
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
      return;
    }
    if (e.altKey && (e.key === "n" || e.key === "N")) { e.preventDefault(); addLine(true); return; }
    if (e.altKey && (e.key === "x" || e.key === "X")) {
      var row = target.closest ? target.closest("tr.line") : null;
      if (row) { e.preventDefault(); removeLine(row); }
      return;
    }
    if (e.key !== "Enter" || !target.hasAttribute || !target.hasAttribute("data-entry")) { return; }
    e.preventDefault();
    var all = boxes();
    var at = all.indexOf(target);
    if (e.shiftKey) { if (at > 0) { all[at - 1].focus(); } return; }
    if (at === all.length - 1) { addLine(true); return; }
    all[at + 1].focus();
    if (all[at + 1].select) { all[at + 1].select(); }
  });

  form.addEventListener("input", function (e) {
    if (e.target.classList && (e.target.classList.contains("debit") || e.target.classList.contains("credit"))) { totals(); }
  });
  document.getElementById("add-line").addEventListener("click", function () { addLine(true); });
  totals();
})();
