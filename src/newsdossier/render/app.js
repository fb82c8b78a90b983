/* newsdossier page script: optional. Adds a filter by source and highlights every segment
   of a jumped-to span. Uses textContent only; never builds HTML from data. */
(function () {
  "use strict";
  var doc = document;

  function highlightTarget() {
    var old = doc.querySelectorAll("mark.jumped");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("jumped");
    var id = "";
    try { id = decodeURIComponent((location.hash || "").slice(1)); } catch (e) { return; }
    if (!id) return;
    var marks = doc.querySelectorAll("mark[data-spans]");
    for (var j = 0; j < marks.length; j++) {
      var members = (marks[j].getAttribute("data-spans") || "").split(" ");
      if (members.indexOf(id) !== -1) marks[j].classList.add("jumped");
    }
  }

  function buildFilter() {
    var rows = doc.querySelectorAll("table.sources tbody tr[data-anchor]");
    if (!rows.length) return;
    var bar = doc.createElement("div");
    bar.className = "filter-bar";
    bar.setAttribute("role", "search");
    var label = doc.createElement("label");
    label.textContent = "Show items from source: ";
    label.setAttribute("for", "nd-filter");
    var select = doc.createElement("select");
    select.id = "nd-filter";
    var all = doc.createElement("option");
    all.value = "";
    all.textContent = "all sources";
    select.appendChild(all);
    for (var i = 0; i < rows.length; i++) {
      var opt = doc.createElement("option");
      opt.value = rows[i].getAttribute("data-anchor");
      opt.textContent = rows[i].getAttribute("data-doc-id");
      select.appendChild(opt);
    }
    var count = doc.createElement("span");
    count.className = "muted";
    bar.appendChild(label);
    bar.appendChild(select);
    bar.appendChild(count);
    var main = doc.getElementById("main");
    if (!main || !main.parentNode) return;
    main.parentNode.insertBefore(bar, main);

    select.addEventListener("change", function () {
      var want = select.value;
      var items = doc.querySelectorAll(
        "#summary li[data-docs], #timeline li[data-docs], #claims tr[data-docs], " +
        "#quotes li[data-docs], #entities tr[data-docs], #documents article[data-docs]");
      var shown = 0;
      for (var k = 0; k < items.length; k++) {
        var docs = (items[k].getAttribute("data-docs") || "").split(" ");
        var keep = !want || docs.indexOf(want) !== -1;
        items[k].classList.toggle("filtered-out", !keep);
        if (keep) shown++;
      }
      var groups = doc.querySelectorAll("#quotes section.speaker");
      for (var g = 0; g < groups.length; g++) {
        var visible = groups[g].querySelectorAll("li[data-docs]:not(.filtered-out)").length;
        groups[g].classList.toggle("filtered-out", !visible);
      }
      count.textContent = want ? shown + " items" : "";
    });
  }

  window.addEventListener("hashchange", highlightTarget);
  function init() { buildFilter(); highlightTarget(); }
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", init);
  else init();
})();
