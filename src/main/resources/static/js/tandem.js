// Progressive enhancement only: every page works without this file.
// After a refused form, move focus to the summary of problems so that keyboard and screen-reader users
// start where the page changed.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
  }
});
