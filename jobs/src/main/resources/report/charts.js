// Storyline report charts: SVG drawn with the DOM, no library. The report needs three kinds of chart
// (stacked bars by day, a timeline of dots by source, horizontal bars), each a few dozen lines; a
// bundled library would be larger than the whole report and still need code for the timeline.
// Every chart has a title, axis labels, a legend where it has series, a <title> tooltip on each mark,
// and role="img" with a label for screen readers. Colours: Okabe & Ito's colour-blind-safe palette.
(function () {
  'use strict';
  const SVG = 'http://www.w3.org/2000/svg';
  const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
  const OTHER = '#999999';

  function el(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function tip(node, text) {
    node.appendChild(el('title', {}, text));
    return node;
  }

  // Round tick values for a 0..max axis.
  function ticks(max, count) {
    if (max <= 0) return [0];
    const raw = max / count;
    const mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map(m => m * mag).find(s => s >= raw);
    const out = [];
    for (let v = 0; v <= max + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
    if (out[out.length - 1] < max) out.push(out[out.length - 1] + step);
    return out;
  }

  function frame(title, width, height) {
    const svg = el('svg', {viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, class: 'chart'});
    svg.appendChild(el('title', {}, title));
    return svg;
  }

  // Legend as HTML under the chart, so it wraps on narrow screens.
  function legend(entries) {
    const list = document.createElement('ul');
    list.className = 'legend';
    for (const [name, color] of entries) {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = color;
      item.append(swatch, document.createTextNode(name));
      list.appendChild(item);
    }
    return list;
  }

  // Colours for series names: the given map's (one colour per language across the report), else
  // in order, the largest first; past the palette's length they share grey.
  function colours(names, given) {
    const map = new Map();
    let next = 0;
    for (const n of names) {
      map.set(n, given && given.has(n) ? given.get(n) : next < PALETTE.length - 1 ? PALETTE[next++] : OTHER);
    }
    return map;
  }

  // Stacked bars: categories on x (days), one stack per category, series stacked in order.
  // series: [{name, values}], values aligned with categories.
  function stackedBars({title, categories, series, xLabel, yLabel, palette}) {
    const W = 720, H = 300, L = 56, R = 12, T = 16, B = 58;
    const svg = frame(title, W, H);
    const totals = categories.map((_, i) => series.reduce((s, x) => s + x.values[i], 0));
    const axis = ticks(Math.max(1, ...totals), 5);
    const top = axis[axis.length - 1];
    const y = v => T + (H - T - B) * (1 - v / top);
    const band = (W - L - R) / Math.max(1, categories.length);
    const colour = colours(series.map(s => s.name), palette);
    for (const v of axis) {
      svg.appendChild(el('line', {x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'grid'}));
      svg.appendChild(el('text', {x: L - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick'}, v.toLocaleString('en')));
    }
    const every = Math.max(1, Math.ceil(categories.length / 10));
    categories.forEach((c, i) => {
      let base = 0;
      for (const s of series) {
        const v = s.values[i];
        if (v > 0) {
          svg.appendChild(tip(el('rect', {x: L + i * band + band * 0.1, width: Math.max(1, band * 0.8),
            y: y(base + v), height: y(base) - y(base + v), fill: colour.get(s.name)}), `${c} · ${s.name}: ${v.toLocaleString('en')}`));
        }
        base += v;
      }
      if (i % every === 0) {
        svg.appendChild(el('text', {x: L + i * band + band / 2, y: H - B + 16, 'text-anchor': 'middle', class: 'tick'},
          c.length === 10 ? c.slice(5) : c));
      }
    });
    svg.appendChild(el('line', {x1: L, x2: W - R, y1: y(0), y2: y(0), class: 'axis'}));
    svg.appendChild(el('text', {x: (L + W - R) / 2, y: H - 8, 'text-anchor': 'middle', class: 'label'}, xLabel));
    svg.appendChild(el('text', {x: 14, y: (T + H - B) / 2, 'text-anchor': 'middle', class: 'label',
      transform: `rotate(-90 14 ${(T + H - B) / 2})`}, yLabel));
    return wrap(svg, legend(series.map(s => [s.name, colour.get(s.name)])));
  }

  // Horizontal bars: one per labelled value, largest first.
  function hbars({title, rows, xLabel}) {
    const W = 720, row = 24, L = 170, R = 70, T = 8, B = 40;
    const H = T + B + row * Math.max(1, rows.length);
    const svg = frame(title, W, H);
    const max = Math.max(1, ...rows.map(r => r[1]));
    rows.forEach(([name, value], i) => {
      const yy = T + i * row;
      svg.appendChild(el('text', {x: L - 8, y: yy + row * 0.65, 'text-anchor': 'end', class: 'tick'}, name));
      const w = (W - L - R) * value / max;
      svg.appendChild(tip(el('rect', {x: L, y: yy + 3, width: Math.max(1, w), height: row - 6, fill: PALETTE[0]}),
        `${name}: ${value.toLocaleString('en')}`));
      svg.appendChild(el('text', {x: L + w + 6, y: yy + row * 0.65, class: 'tick'}, value.toLocaleString('en')));
    });
    svg.appendChild(el('line', {x1: L, x2: L, y1: T, y2: H - B, class: 'axis'}));
    svg.appendChild(el('text', {x: (L + W - R) / 2, y: H - 10, 'text-anchor': 'middle', class: 'label'}, xLabel));
    return wrap(svg);
  }

  // Timeline: one row per source (in the order given), a dot per article at its time, coloured by language.
  // points: [{row, t (ms), series, label}]
  function timeline({title, rows, points, xLabel, yLabel, format, palette}) {
    const W = 720, row = 22, L = 170, R = 40, T = 26, B = 52;
    const H = T + B + row * Math.max(1, rows.length);
    const svg = frame(title, W, H);
    const t0 = Math.min(...points.map(p => p.t)), t1 = Math.max(...points.map(p => p.t));
    const span = Math.max(60000, t1 - t0);
    const x = t => L + (W - L - R) * (t - t0) / span;
    const colour = colours([...new Set(points.map(p => p.series))].sort(), palette);
    rows.forEach((name, i) => {
      const yy = T + i * row + row / 2;
      svg.appendChild(el('line', {x1: L, x2: W - R, y1: yy, y2: yy, class: 'grid'}));
      svg.appendChild(el('text', {x: L - 8, y: yy + 4, 'text-anchor': 'end', class: 'tick'},
        name.length > 24 ? name.slice(0, 23) + '…' : name));
    });
    for (const p of points) {
      svg.appendChild(tip(el('circle', {cx: x(p.t), cy: T + p.row * row + row / 2, r: 5, fill: colour.get(p.series),
        stroke: '#fff', 'stroke-width': 1}), p.label));
    }
    for (let i = 0; i <= 4; i++) {
      const t = t0 + span * i / 4;
      svg.appendChild(el('text', {x: x(t), y: H - B + 16, 'text-anchor': i === 0 ? 'start' : i === 4 ? 'end' : 'middle',
        class: 'tick'}, format(t)));
    }
    svg.appendChild(el('line', {x1: L, x2: W - R, y1: H - B, y2: H - B, class: 'axis'}));
    svg.appendChild(el('text', {x: (L + W - R) / 2, y: H - 10, 'text-anchor': 'middle', class: 'label'}, xLabel));
    svg.appendChild(el('text', {x: L - 8, y: 14, 'text-anchor': 'end', class: 'label'}, yLabel));
    return wrap(svg, legend([...colour.entries()]));
  }

  function wrap(svg, legendList) {
    const figure = document.createElement('figure');
    figure.className = 'figure';
    figure.appendChild(svg);
    if (legendList) figure.appendChild(legendList);
    return figure;
  }

  window.charts = {stackedBars, hbars, timeline, PALETTE, OTHER};
})();
