// Draws the timeline chart: claims per month, stacked by stance. Data comes from the JSON block
// the page embeds (never from inline HTML), so article text cannot inject script here.
(function () {
  var el = document.getElementById("chart");
  var dataEl = document.getElementById("chart-data");
  if (!el || !dataEl || typeof echarts === "undefined") return;
  var data = JSON.parse(dataEl.textContent);
  var colours = { confirmed: "#2e8b57", asserted: "#1f5f8b", claimed: "#d08c00", alleged: "#c0632f", hedged: "#7b4ea3", denied: "#b22222", reported: "#7a8a94" };
  var series = Object.keys(data.series).map(function (stance) {
    return { name: stance, type: "bar", stack: "all", data: data.series[stance], itemStyle: { color: colours[stance] } };
  });
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: "axis" },
    legend: { top: 4 },
    grid: { left: 40, right: 20, top: 40, bottom: 60 },
    xAxis: { type: "category", data: data.months },
    yAxis: { type: "value", minInterval: 1 },
    dataZoom: [{ type: "slider", bottom: 10 }, { type: "inside" }],
    series: series
  });
  window.addEventListener("resize", function () { chart.resize(); });
})();
