// Tongchou evaluation pages: charts (ECharts, served by the application) drawn from the JSON API.
// No inline scripts: the Content-Security-Policy forbids them. Tables on the pages hold the same numbers,
// so nothing is lost without JavaScript.
(function () {
  'use strict';
  var zh = (document.documentElement.lang || 'zh').indexOf('zh') === 0;

  function parseList(text) {
    // data-series / data-labels come as Java list text: [1.0, null, 2.5] or [2023, 2024]
    if (!text) return [];
    return text.replace(/^\[|\]$/g, '').split(',').map(function (s) { return s.trim(); })
      .filter(function (s) { return s.length > 0; });
  }

  function sparklines() {
    document.querySelectorAll('.sparkline').forEach(function (el) {
      var values = parseList(el.getAttribute('data-series')).map(function (v) { return v === 'null' ? null : Number(v); });
      var labels = parseList(el.getAttribute('data-labels'));
      if (values.length < 2) return;
      echarts.init(el).setOption({
        animation: false, grid: {left: 2, right: 2, top: 4, bottom: 4},
        xAxis: {type: 'category', show: false, data: labels}, yAxis: {type: 'value', show: false, scale: true},
        tooltip: {trigger: 'axis'},
        series: [{type: 'line', data: values, symbol: 'none', smooth: true, lineStyle: {width: 2}}]
      });
    });
  }

  function name(n) { return zh ? n.zh : n.en; }

  function getJson(url) {
    return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
  }

  function city(el) {
    getJson(el.getAttribute('data-api')).then(function (v) {
      var towns = v.towns.slice().reverse();
      echarts.init(el).setOption({
        animation: false, grid: {left: 90, right: 30, top: 10, bottom: 30},
        tooltip: {trigger: 'axis'},
        xAxis: {type: 'value', max: 100}, yAxis: {type: 'category', data: towns.map(function (t) { return t.name; })},
        series: [{type: 'bar', data: towns.map(function (t) { return t.score; }), label: {show: true, position: 'right',
          formatter: function (p) { return p.value == null ? '' : p.value.toFixed(1); }}}]
      });
      var d = document.getElementById('disparity-chart');
      if (d && v.disparityTrend.length > 0) {
        echarts.init(d).setOption({
          animation: false, tooltip: {trigger: 'axis'}, legend: {data: ['CV', 'Theil T']},
          grid: {left: 50, right: 50, top: 30, bottom: 30},
          xAxis: {type: 'category', data: v.disparityTrend.map(function (p) { return p.period; })},
          yAxis: [{type: 'value', name: 'CV'}, {type: 'value', name: 'Theil'}],
          series: [{name: 'CV', type: 'line', data: v.disparityTrend.map(function (p) { return p.cv; })},
                   {name: 'Theil T', type: 'line', yAxisIndex: 1, data: v.disparityTrend.map(function (p) { return p.theil; })}]
        });
      }
    }).catch(function (e) { el.textContent = String(e); });
  }

  function town(el) {
    getJson(el.getAttribute('data-api')).then(function (v) {
      var dims = v.dimensions;
      var series = [{name: v.town.name, value: dims.map(function (d) { return d.score; })},
                    {name: zh ? '全市平均' : 'City average', value: dims.map(function (d) { return d.cityAverage; })}];
      if (dims.length && dims[0].benchmark != null) series.push({name: v.benchmarkName, value: dims.map(function (d) { return d.benchmark; })});
      echarts.init(el).setOption({
        animation: false, tooltip: {}, legend: {bottom: 0, data: series.map(function (s) { return s.name; })},
        radar: {indicator: dims.map(function (d) { return {name: name(d.name), max: 100}; })},
        series: [{type: 'radar', data: series}]
      });
    }).catch(function (e) { el.textContent = String(e); });
  }

  function compare(el) {
    getJson(el.getAttribute('data-api')).then(function (v) {
      echarts.init(el).setOption({
        animation: false, tooltip: {trigger: 'axis'}, legend: {data: v.towns.map(function (t) { return t.name; })},
        grid: {left: 50, right: 20, top: 40, bottom: 60},
        xAxis: {type: 'category', data: v.nodes.map(name), axisLabel: {interval: 0, rotate: 20}}, yAxis: {type: 'value', max: 100},
        series: v.towns.map(function (t) {
          return {name: t.name, type: 'bar', data: v.nodes.map(function (n) { return v.scores[t.code][n.code]; })};
        })
      });
    }).catch(function (e) { el.textContent = String(e); });
  }

  function tileMap() {
    var tiles = document.querySelectorAll('#tile-map .tile');
    var values = [];
    tiles.forEach(function (t) { var x = Number(t.getAttribute('data-value')); if (!isNaN(x)) values.push(x); });
    if (!values.length) return;
    var min = Math.min.apply(null, values), max = Math.max.apply(null, values);
    tiles.forEach(function (t) {
      var x = Number(t.getAttribute('data-value'));
      var s = max > min ? (x - min) / (max - min) : 0.5;
      t.style.backgroundColor = 'hsl(210, 60%, ' + Math.round(88 - 45 * s) + '%)';
      t.style.color = s > 0.6 ? '#fff' : '#123';
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('select[data-autosubmit]').forEach(function (s) {
      s.addEventListener('change', function () { s.form.submit(); });
    });
    tileMap();
    if (typeof echarts === 'undefined') return;
    sparklines();
    var c = document.getElementById('ranking-chart'); if (c) city(c);
    var t = document.getElementById('radar-chart'); if (t) town(t);
    var k = document.getElementById('compare-chart'); if (k) compare(k);
  });
}());
