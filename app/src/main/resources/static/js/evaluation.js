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
      var ri = document.getElementById('rank-interval-chart');
      if (ri && v.robustness) intervals(ri, v.robustness);
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

  // Rank intervals (5th-95th percentile over the robustness replications) as range bars, best town on top:
  // a transparent bar up to the interval's start stacked with the interval itself, and the run's own rank
  // as a diamond. Towns not clearly ahead of the next one are drawn in amber.
  function intervals(el, rob) {
    var rows = rob.towns.slice().reverse();
    var n = rob.towns.length;
    var unclear = el.getAttribute('data-label-unclear') || '';
    echarts.init(el).setOption({
      animation: false, grid: {left: 90, right: 50, top: 10, bottom: 30},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: function (ps) {
        var t = rows[ps[0].dataIndex];
        return t.name + '<br>' + (zh ? '名次 ' : 'rank ') + t.rank + (zh ? '，区间 ' : ', interval ') + t.q5 + '–' + t.q95
          + (zh ? '，中位 ' : ', median ') + t.median + (t.clearlyAhead ? '' : '<br>' + unclear);
      }},
      xAxis: {type: 'value', min: 0, max: n + 1, interval: 1, name: zh ? '名次' : 'rank',
              axisLabel: {formatter: function (x) { return x < 1 || x > n ? '' : String(x); }}},
      yAxis: {type: 'category', data: rows.map(function (t) { return t.name; })},
      series: [
        {type: 'bar', stack: 'interval', silent: true, itemStyle: {color: 'transparent'},
         data: rows.map(function (t) { return t.q5 - 0.4; })},
        {type: 'bar', stack: 'interval', barWidth: '50%',
         data: rows.map(function (t) {
           return {value: t.q95 - t.q5 + 0.8, itemStyle: {color: t.clearlyAhead ? '#93c5fd' : '#fbbf24'}};
         })},
        {type: 'scatter', symbol: 'diamond', symbolSize: 12, itemStyle: {color: '#1d4ed8'},
         data: rows.map(function (t) { return t.rank; })}
      ]
    });
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

  // One town across years: overall and dimension scores as lines over the chosen years.
  function years(el) {
    getJson(el.getAttribute('data-api')).then(function (v) {
      var rows = [v.overall[0]].concat(v.dimensions);
      echarts.init(el).setOption({
        animation: false, tooltip: {trigger: 'axis'}, legend: {type: 'scroll', data: rows.map(function (r) { return name(r.name); })},
        grid: {left: 50, right: 20, top: 40, bottom: 30},
        xAxis: {type: 'category', data: v.years}, yAxis: {type: 'value', max: 100},
        series: rows.map(function (r) {
          return {name: name(r.name), type: 'line', connectNulls: true, data: r.values,
                  lineStyle: {width: r === v.overall[0] ? 4 : 2}};
        })
      });
    }).catch(function (e) { el.textContent = String(e); });
  }

  // The dashboard map's layer picker recolours the map in place (the form still works without scripts)
  // and keeps the choice in the address, so a reload or a shared link shows the same layer.
  function mapLayer(select) {
    var submit = document.getElementById('map-layer-submit');
    if (submit) submit.hidden = true;
    select.addEventListener('change', function () {
      var el = document.querySelector('#city-map .tc-map');
      var option = select.options[select.selectedIndex];
      if (!el || !window.TongchouMap) { select.form.submit(); return; }
      var base = select.getAttribute('data-values-base');
      window.TongchouMap.show(el, base + (base.indexOf('?') < 0 ? '?' : '&') + 'layer=' + encodeURIComponent(select.value),
                              option.getAttribute('data-label'));
      var url = new URL(window.location.href);
      url.searchParams.set('layer', select.value);
      window.history.replaceState(null, '', url.toString());
      document.querySelectorAll('.runbar input[name=layer]').forEach(function (i) { i.value = select.value; });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('select[data-autosubmit]').forEach(function (s) {
      s.addEventListener('change', function () { s.form.submit(); });
    });
    var layer = document.getElementById('map-layer'); if (layer) mapLayer(layer);
    if (typeof echarts === 'undefined') return;
    sparklines();
    var c = document.getElementById('ranking-chart'); if (c) city(c);
    var t = document.getElementById('radar-chart'); if (t) town(t);
    var k = document.getElementById('compare-chart'); if (k) compare(k);
    var y = document.getElementById('years-chart'); if (y) years(y);
  });
}());
