// redline pages: draw the server-built Vega-Lite charts, tie highlights to their cards,
// and offer suggestions in the search's filter fields.
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

  // Filter fields with data-suggest="speaker|actor": as one types, fill the field's
  // <datalist> from /api/suggest (names or codes with their statement counts).
  function suggestions() {
    document.querySelectorAll("input[data-suggest]").forEach(function (input) {
      var list = document.getElementById(input.getAttribute("list"));
      if (!list) return;
      var timer = null, asked = null;
      input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          var q = input.value.trim();
          if (q === asked) return;
          asked = q;
          var url = "/api/suggest?field=" + encodeURIComponent(input.getAttribute("data-suggest")) +
            "&q=" + encodeURIComponent(q);
          fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
            return r.ok ? r.json() : { suggestions: [] };
          }).then(function (body) {
            if (asked !== q) return;  // a later keystroke has asked since
            list.textContent = "";
            body.suggestions.forEach(function (s) {
              var option = document.createElement("option");
              option.value = s.value;
              option.label = (s.label !== s.value ? s.label + " · " : "") + s.count + " statement" + (s.count === 1 ? "" : "s");
              list.appendChild(option);
            });
            list.setAttribute("data-for", q);
          }).catch(function () { /* no suggestions: the field still works as typed */ });
        }, 150);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    drawCharts();
    focusTarget();
    suggestions();
  });
  window.addEventListener("hashchange", focusTarget);
})();
