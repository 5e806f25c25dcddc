// vi-VN amount inputs (data-vn-amount): whole đồng grouped with dots as you type (1.234.567).
// The server reads the same text (digits, or dots grouping three digits); this only helps the eye.
(function () {
  "use strict";
  function group(digits) {
    return digits.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  }
  function format(input) {
    var before = input.value;
    var caretFromEnd = before.length - (input.selectionEnd || before.length);
    var digits = before.replace(/[^\d]/g, "");
    var after = digits.length === 0 ? "" : group(digits);
    if (after !== before) {
      input.value = after;
      var pos = Math.max(0, after.length - caretFromEnd);
      try { input.setSelectionRange(pos, pos); } catch (e) { /* not a text input */ }
    }
  }
  window.pfAmount = {
    parse: function (text) {
      var digits = String(text || "").replace(/[^\d]/g, "");
      return digits.length === 0 ? 0 : parseInt(digits, 10);
    },
    format: function (n) {
      var sign = n < 0 ? "-" : "";
      return sign + group(String(Math.abs(n)));
    },
    attach: function (input) {
      input.addEventListener("input", function () { format(input); });
    }
  };
  document.querySelectorAll("input[data-vn-amount]").forEach(window.pfAmount.attach);
})();
