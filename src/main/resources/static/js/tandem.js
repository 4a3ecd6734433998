// Progressive enhancement only: every page works without this file.
// After a refused form, move focus to the summary of problems so that keyboard and screen-reader users
// start where the page changed; after a form that came back with a question (a prompt about wording), to the question.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary") || document.querySelector("[data-focus-on-load]");
  if (summary) {
    summary.focus();
  }
});

// A print button shows only where this file runs (it is hidden otherwise: the browser's own print works everywhere).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
});
