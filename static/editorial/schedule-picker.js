// The go-live and expiry calendars of "Set schedule" open above their field, so they never cover "Save schedule"
// (Wagtail's date picker opens below the field, over the dialog's button). Loaded on the page editor only
// (editorial/wagtail_hooks.py).
(function () {
  "use strict";
  var GAP = 4;

  function fieldInScheduleDialog() {
    var field = document.activeElement;
    return field && field.tagName === "INPUT" && field.closest("#schedule-publishing-dialog") ? field : null;
  }

  function placeAbove(picker) {
    var field = fieldInScheduleDialog();
    if (!field || picker.style.display === "none") return;
    var top = field.getBoundingClientRect().top + window.scrollY - picker.offsetHeight - GAP;
    var wanted = Math.max(top, window.scrollY) + "px";
    if (picker.style.top !== wanted) picker.style.top = wanted;
  }

  var watching = new WeakSet();
  function watch(picker) {
    if (watching.has(picker)) return;
    watching.add(picker);
    new MutationObserver(function () { placeAbove(picker); }).observe(picker, {
      attributes: true,
      attributeFilter: ["style"],
    });
    placeAbove(picker);
  }

  new MutationObserver(function () {
    document.querySelectorAll(".xdsoft_datetimepicker").forEach(watch);
  }).observe(document.body, { childList: true });
  document.querySelectorAll(".xdsoft_datetimepicker").forEach(watch);
})();
