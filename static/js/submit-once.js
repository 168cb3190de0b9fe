// The page editor's action buttons disable themselves once the form is sent, so a
// double click cannot send a second "批准并发布" (the server refuses it anyway:
// series/workflow/approval.py). Disabled after the event, so the clicked
// button's own name still travels with this one submission.
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-edit-form]")) {
      return;
    }
    window.setTimeout(function () {
      if (event.defaultPrevented) {
        return;
      }
      form.querySelectorAll("footer button, footer [type=submit]").forEach(function (button) {
        button.disabled = true;
        button.setAttribute("aria-disabled", "true");
      });
    }, 0);
  });
})();
