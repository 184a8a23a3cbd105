/* The report's interactive timeline: vis-timeline (inlined before this script) on the data the
   report wrote into each .parley-timeline. The static chart stays for print and without scripts. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var DAY = 24 * 3600 * 1000;
  document.querySelectorAll(".parley-timeline").forEach(function (box) {
    var data = JSON.parse(box.querySelector("script[type='application/json']").textContent);
    var chart = box.querySelector(".parley-timeline-chart");
    var detail = function () {
      timeline.setWindow(data.start, data.end, { animation: false });
    };
    // Opened on the detail once drawn: given as start and end options, vis-timeline would keep
    // its loading screen over the chart until the reader first moved it. Items drawn for the
    // first, whole view and outside the detail would stay piled at its left edge: hidden here.
    var settled = function () {
      timeline.off("changed", settled);
      Object.values(timeline.itemSet.items).forEach(function (item) {
        if (item.displayed && !item.isVisible(timeline.range)) item.hide();
      });
      chart.setAttribute("data-ready", ""); // drawn on the detail: what the tests wait for
    };
    var opened = function () {
      timeline.on("changed", settled); // once redrawn on the detail
      detail();
    };
    var timeline = new vis.Timeline(chart, new vis.DataSet(data.items), new vis.DataSet(data.groups), {
      onInitialDrawComplete: opened,
      min: data.min,
      max: data.max,
      zoomMin: 5 * DAY,
      zoomKey: "ctrlKey", // a plain wheel scrolls the page
      orientation: "top",
      stack: data.stack,
      maxHeight: 480,
      selectable: false,
      showCurrentTime: false,
      tooltip: { followMouse: true, overflowMethod: "cap", delay: 0 },
      margin: { item: { horizontal: 2, vertical: 3 } },
    });
    chart.timeline = timeline; // for the tests, and a reader's console
    box.querySelectorAll("button[data-zoom]").forEach(function (button) {
      button.addEventListener("click", function () {
        var zoom = button.getAttribute("data-zoom");
        if (zoom === "in") timeline.zoomIn(0.5);
        else if (zoom === "out") timeline.zoomOut(0.5);
        else if (zoom === "all") timeline.fit();
        else detail();
      });
    });
  });
})();
