// Tongchou map: draws unit shapes served at /api/map/{level} with ECharts, as a choropleth when values
// are given. Every element with class "tc-map" is drawn once; see docs/map.md for the attributes.
(function () {
  'use strict';
  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) throw new Error(url + ': ' + r.status); return r.json(); });
  }
  function message(el, text) {
    var p = document.createElement('p');
    p.className = 'notice';
    p.textContent = text;
    el.style.height = 'auto';
    el.appendChild(p);
  }
  function render(el) {
    if (el.dataset.mapDrawn) return;
    el.dataset.mapDrawn = '1';
    var level = el.dataset.mapLevel || 'township';
    var valuesUrl = el.dataset.mapValuesUrl;
    var note = el.parentNode.querySelector('.map-note');
    Promise.all([getJson(el.dataset.mapApi + level), valuesUrl ? getJson(valuesUrl) : Promise.resolve(null)])
      .then(function (res) {
        var fc = res[0], values = res[1];
        if (note) note.hidden = !fc.schematic;
        if (!fc.features || fc.features.length === 0) { message(el, el.dataset.msgAbsent); return; }
        var name = 'tongchou-' + level;
        echarts.registerMap(name, fc);
        var data = fc.features.map(function (f) {
          var v = values && Object.prototype.hasOwnProperty.call(values, f.properties.code) ? values[f.properties.code] : null;
          return { name: f.properties.name, value: v };
        });
        var nums = data.map(function (d) { return d.value; }).filter(function (v) { return typeof v === 'number'; });
        var chart = echarts.init(el);
        var option = {
          tooltip: { trigger: 'item', formatter: function (p) {
            return p.name + (typeof p.value === 'number' && !isNaN(p.value) ? ': ' + p.value : (values ? ': ' + el.dataset.msgNodata : ''));
          } },
          series: [{ type: 'map', map: name, data: data, nameProperty: 'name',
                     label: { show: true, fontSize: 10 }, emphasis: { label: { show: true } },
                     itemStyle: { borderColor: '#555', areaColor: '#e8eef5' } }]
        };
        if (nums.length > 0) {
          option.visualMap = { min: Math.min.apply(null, nums), max: Math.max.apply(null, nums), calculable: true,
                               text: [el.dataset.mapLabel || '', ''], left: 'left', bottom: 10 };
        }
        if (fc.schematic) {
          option.graphic = [{ type: 'text', right: 10, top: 10,
                              style: { text: el.dataset.msgSchematic, fill: '#b00', font: 'bold 13px sans-serif' } }];
        }
        chart.setOption(option);
        window.addEventListener('resize', function () { chart.resize(); });
      })
      .catch(function (e) { message(el, String(e.message || e)); });
  }
  function renderAll() {
    document.querySelectorAll('.tc-map').forEach(render);
  }
  window.TongchouMap = { render: render, renderAll: renderAll };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', renderAll);
  else renderAll();
})();
