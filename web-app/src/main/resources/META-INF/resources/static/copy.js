// Copy buttons for drafts. A file, not inline script (the CSP allows none); without JavaScript the button stays
// hidden and the text can be selected by hand. htmx:load covers pages swapped in by hx-boost.
(function () {
  function init(root) {
    root.querySelectorAll("button[data-copy]").forEach(function (button) {
      var source = document.getElementById(button.getAttribute("data-copy"));
      var status = document.getElementById("copy-status");
      if (!source || !navigator.clipboard || button.dataset.ready) {
        return;
      }
      button.dataset.ready = "true";
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(source.textContent).then(function () {
          if (status) { status.textContent = "Copied."; }
        }, function () {
          if (status) { status.textContent = "Could not copy; select the text instead."; }
        });
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { init(document); });
  document.addEventListener("htmx:load", function (e) { init(e.target); });
})();
