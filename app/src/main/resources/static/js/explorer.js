// Tongchou indicator explorer: one line per town from /explorer/data; the tooltip shows how each point
// was derived. No inline scripts (Content-Security-Policy); the table on the page holds the same numbers.
(function () {
  'use strict';
  function draw(el) {
    fetch(el.getAttribute('data-api'), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (d) {
        var chart = echarts.init(el);
        chart.setOption({
          animation: false,
          grid: {left: 70, right: 20, top: 40, bottom: 30},
          legend: {type: 'scroll', top: 0},
          xAxis: {type: 'category', data: d.years},
          yAxis: {type: 'value', scale: true, name: d.unit},
          tooltip: {
            trigger: 'item', confine: true,
            formatter: function (p) {
              var line = d.lines[p.seriesIndex];
              var esc = function (s) { return String(s).replace(/[&<>"]/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); };
              return esc(line.name) + ' ' + esc(d.years[p.dataIndex]) + ': <b>' + (p.value == null ? '—' : p.value) + '</b><br>'
                + esc(line.notes[p.dataIndex]);
            }
          },
          series: d.lines.map(function (l) {
            return {name: l.name, type: 'line', data: l.values, connectNulls: false, symbolSize: 6};
          })
        });
        window.addEventListener('resize', function () { chart.resize(); });
      })
      .catch(function (e) { el.textContent = String(e); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('explorer-chart');
    if (el && window.echarts) draw(el);
  });
})();
