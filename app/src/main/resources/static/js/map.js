// Tongchou map: draws unit shapes served at /api/map/{level} with ECharts, as a choropleth when values
// are given. Every element with class "tc-map" is drawn once; TongchouMap.show(el, valuesUrl, label)
// recolours a drawn map with other values (the shapes are fetched once per level). See docs/map.md.
(function () {
  'use strict';
  var shapes = {};   // URL (level and area) -> Promise of the FeatureCollection
  var charts = new WeakMap();

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) throw new Error(url + ': ' + r.status); return r.json(); });
  }
  function shapesOf(el, level) {
    var url = el.dataset.mapApi + level + (el.dataset.mapWithin ? '?within=' + encodeURIComponent(el.dataset.mapWithin) : '');
    if (!shapes[url]) shapes[url] = getJson(url);
    return shapes[url];
  }
  function message(el, text) {
    var p = el.querySelector('p.notice') || document.createElement('p');
    p.className = 'notice';
    p.textContent = text;
    el.classList.add('tc-map-message');
    if (!p.parentNode) el.appendChild(p);
  }
  // Few significant digits: the tooltip and legend are for reading, the tables hold the exact numbers.
  function fmt(v) {
    var a = Math.abs(v);
    return String(Number(v.toFixed(a < 10 ? 3 : a < 1000 ? 1 : 0)));
  }
  function draw(el) {
    var level = el.dataset.mapLevel || 'township';
    var valuesUrl = el.dataset.mapValuesUrl;
    var note = el.parentNode.querySelector('.map-note');
    el.setAttribute('aria-busy', 'true');
    return Promise.all([shapesOf(el, level), valuesUrl ? getJson(valuesUrl) : Promise.resolve(null)])
      .then(function (res) {
        var fc = res[0], values = res[1];
        if (note) note.hidden = !fc.schematic;
        if (!fc.features || fc.features.length === 0) { message(el, el.dataset.msgAbsent); return; }
        var name = 'tongchou-' + level + (el.dataset.mapWithin ? '-' + el.dataset.mapWithin : '');
        if (!echarts.getMap(name)) echarts.registerMap(name, fc);
        var data = fc.features.map(function (f) {
          var v = values && Object.prototype.hasOwnProperty.call(values, f.properties.code) ? values[f.properties.code] : null;
          return { name: f.properties.name, code: f.properties.code, value: typeof v === 'number' ? v : NaN };
        });
        var nums = data.map(function (d) { return d.value; }).filter(function (v) { return !isNaN(v); });
        var chart = charts.get(el);
        if (!chart) {
          chart = echarts.init(el);
          charts.set(el, chart);
          window.addEventListener('resize', function () { chart.resize(); });
        }
        var option = {
          tooltip: { trigger: 'item', formatter: function (p) {
            var v = p.data ? p.data.value : NaN;
            return p.name + (!isNaN(v) ? ': ' + fmt(v) : (values ? ': ' + el.dataset.msgNodata : ''));
          } },
          series: [{ type: 'map', map: name, data: data, nameProperty: 'name',
                     label: { show: true, fontSize: 10 }, emphasis: { label: { show: true } },
                     itemStyle: { borderColor: '#555', areaColor: '#e8eef5' } }]
        };
        if (nums.length > 0) {
          option.visualMap = { min: Math.min.apply(null, nums), max: Math.max.apply(null, nums), calculable: true,
                               text: [el.dataset.mapLabel || '', ''], left: 'left', bottom: 10,
                               formatter: function (v) { return fmt(v); },
                               inRange: { color: ['#e0ecf8', '#6fa8dc', '#0b3d91'] } };
        }
        if (fc.schematic) {
          option.graphic = [{ type: 'text', right: 10, top: 10,
                              style: { text: el.dataset.msgSchematic, fill: '#b00', font: 'bold 13px sans-serif' } }];
        }
        chart.setOption(option, true);
        el.dataset.mapDrawn = valuesUrl || 'shapes';
      })
      .catch(function (e) { message(el, String(e.message || e)); })
      .then(function () { el.removeAttribute('aria-busy'); });
  }
  function render(el) {
    if (el.dataset.mapRequested) return Promise.resolve();
    el.dataset.mapRequested = '1';
    return draw(el);
  }
  /** Recolours a map with the values at another URL (e.g. another indicator), keeping its shapes. */
  function show(el, valuesUrl, label) {
    el.dataset.mapValuesUrl = valuesUrl;
    el.dataset.mapLabel = label || '';
    el.dataset.mapRequested = '1';
    return draw(el);
  }
  function renderAll() {
    document.querySelectorAll('.tc-map').forEach(render);
  }
  window.TongchouMap = { render: render, renderAll: renderAll, show: show };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', renderAll);
  else renderAll();
})();
