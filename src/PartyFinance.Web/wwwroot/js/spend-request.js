// The spending request form: the chosen line's availability, fetched live from /api/budget/line,
// compared with the amount as it is typed. The server checks again at approval and payment.
(function () {
  "use strict";
  var unitPick = document.getElementById("unit-pick");
  if (unitPick) {
    unitPick.addEventListener("change", function () { document.getElementById("pick-unit").submit(); });
  }
  var line = document.getElementById("line");
  var amount = document.getElementById("amount");
  var out = document.getElementById("availability");
  if (!line || !amount || !out) { return; }
  var available = null;

  function show() {
    if (available === null) { out.textContent = "Chọn dòng để xem số khả dụng."; out.className = "muted"; return; }
    var wanted = window.pfAmount.parse(amount.value);
    var text = "Khả dụng: " + window.pfAmount.format(available) + " đ";
    if (wanted > available) {
      out.textContent = text + " — số tiền vượt khả dụng " + window.pfAmount.format(wanted - available) + " đ (dòng kiểm soát chặt sẽ bị từ chối khi duyệt).";
      out.className = "warn";
    } else {
      out.textContent = text + (wanted > 0 ? " — còn lại sau đề nghị này: " + window.pfAmount.format(available - wanted) + " đ." : ".");
      out.className = "ok";
    }
  }

  function refresh() {
    var opt = line.options[line.selectedIndex];
    if (!opt || !opt.value) { available = null; show(); return; }
    available = parseInt(opt.getAttribute("data-available"), 10);
    show();
    var p = opt.value.split("|");
    var q = new URLSearchParams({ unit: line.dataset.unit, year: line.dataset.year, fundSource: p[0], autonomy: p[1], sector: p[2], budgetItem: p[3] });
    fetch("/api/budget/line?" + q, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (j) { if (j && opt === line.options[line.selectedIndex]) { available = j.available; show(); } })
      .catch(function () { /* keep the figure the page was rendered with */ });
  }

  line.addEventListener("change", refresh);
  amount.addEventListener("input", show);
  refresh();
})();
