// Keyboard review on any table of events (accord's own script, no library): j/k move between
// event rows, c marks the focused event correct, x not an event, f opens its fix form, u undoes.
(function () {
  "use strict";
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("tr[data-event-id]")); }
  function focused() {
    var el = document.activeElement;
    return el && el.closest ? el.closest("tr[data-event-id]") : null;
  }
  function move(step) {
    var all = rows();
    if (!all.length) { return; }
    var at = all.indexOf(focused());
    var next = all[Math.min(all.length - 1, Math.max(0, at < 0 ? 0 : at + step))];
    next.focus();
    next.scrollIntoView({block: "nearest"});
  }
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) { return; }
    if (event.key === "j") { move(1); event.preventDefault(); return; }
    if (event.key === "k") { move(-1); event.preventDefault(); return; }
    var row = focused();
    if (!row) { return; }
    var control = row.querySelector('[data-key="' + event.key + '"]');
    if (control) { control.click(); event.preventDefault(); }
  });
})();
// After a review the page reloads with a notice: its Undo button takes the focus, so Enter undoes
// and j goes on to the first event.
document.addEventListener("DOMContentLoaded", function () {
  var undo = document.getElementById("undo-saved");
  if (undo) { undo.focus(); }
});
