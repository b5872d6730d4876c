// redline pages: draw the server-built Vega-Lite charts, and tie highlights to their cards.
(function () {
  "use strict";

  function drawCharts() {
    if (typeof vegaEmbed !== "function") return;
    document.querySelectorAll("[data-vega-spec]").forEach(function (el) {
      var spec = JSON.parse(el.getAttribute("data-vega-spec"));
      vegaEmbed(el, spec, { actions: false, renderer: "svg" }).then(function () {
        el.setAttribute("data-drawn", "true");
      }).catch(function (err) {
        el.textContent = "The chart could not be drawn: " + err;
      });
    });
  }

  // Outline every highlight that belongs to the statement or event in the URL's #fragment.
  function focusTarget() {
    document.querySelectorAll(".hl.focus").forEach(function (el) { el.classList.remove("focus"); });
    var ref = window.location.hash.slice(1);
    if (!ref) return;
    document.querySelectorAll(".hl[data-refs]").forEach(function (el) {
      if (el.getAttribute("data-refs").split(" ").indexOf(ref) >= 0) el.classList.add("focus");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    drawCharts();
    focusTarget();
  });
  window.addEventListener("hashchange", focusTarget);
})();
