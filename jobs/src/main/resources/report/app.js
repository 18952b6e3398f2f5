// Storyline report: a page over the data files the report command wrote (data/*.js), opened from disk.
// Text from articles is only ever set with textContent or as attribute values, never parsed as HTML.
(function () {
  'use strict';
  const PAGE = 50;
  const TIMELINE_SOURCES = 60;
  const main = document.getElementById('main');

  // ---- data files: each one calls storyline.load(name, data) when its script runs ----
  const files = new Map();
  const waiting = new Map();
  window.storyline = {
    load(name, data) {
      const w = waiting.get(name);
      if (w) { waiting.delete(name); w.resolve(data); }
    }
  };
  function need(name) {
    if (!files.has(name)) {
      files.set(name, new Promise((resolve, reject) => {
        waiting.set(name, {resolve, reject});
        const script = document.createElement('script');
        script.src = 'data/' + name + '.js';
        script.onerror = () => { waiting.delete(name); reject(new Error('cannot read data/' + name + '.js')); };
        script.onload = () => {
          if (waiting.has(name)) { waiting.delete(name); reject(new Error('data/' + name + '.js holds no ' + name)); }
        };
        document.head.appendChild(script);
      }));
    }
    return files.get(name);
  }
  const overview = () => need('overview');
  async function list(kind, onProgress) {
    const layout = (await overview()).layout[kind];
    const parts = [];
    for (let i = 0; i < layout.chunks; i++) {
      parts.push(await need(kind + '/' + i));
      if (onProgress) onProgress(i + 1, layout.chunks);
    }
    return parts.flat();
  }
  async function chunkOf(kind, index) {
    const layout = (await overview()).layout;
    return index < layout[kind].chunks ? need(kind + '/' + index) : [];
  }
  async function detail(kind, id) {
    const layout = (await overview()).layout;
    const digits = (kind === 'story' ? layout.stories : layout.entities).digits;
    if (!/^[0-9a-f]+$/i.test(id)) return undefined;
    const bucket = await need(kind + '/' + id.slice(0, digits).toLowerCase());
    return Object.prototype.hasOwnProperty.call(bucket, id) ? bucket[id] : undefined;
  }

  // ---- DOM ----
  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'on') for (const [e, f] of Object.entries(v)) node.addEventListener(e, f);
      else node.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c === undefined || c === null || c === false) continue;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }
  // One colour per language on every chart: the palette in the order of the run's document counts.
  let languageColours = new Map();
  overview().then(o => {
    const counts = o.daily.documents.counts;
    const order = Object.keys(counts).sort((a, b) => sum(counts[b]) - sum(counts[a]) || a.localeCompare(b));
    languageColours = new Map(order.map((l, i) => [l, i < 7 ? charts.PALETTE[i] : charts.OTHER]));
    languageColours.set('other', charts.OTHER);
  }, () => {});
  const sum = values => values.reduce((x, y) => x + y, 0);
  const num = n => (n === null || n === undefined) ? '–' : Number(n).toLocaleString('en');
  const time = ms => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  const shortTime = ms => time(ms).slice(5);
  const day = ms => new Date(ms).toISOString().slice(0, 10);
  const minutes = m => m === null || m === undefined ? '–' : m < 90 ? `${Math.round(m)} min`
    : m < 48 * 60 ? `${(m / 60).toFixed(1)} h` : `${(m / 1440).toFixed(1)} d`;
  const storyLink = s => h('a', {href: '#/story/' + s.id}, s.title || '(untitled ' + s.id + ')');
  const entityLink = e => h('a', {href: '#/entity/' + e.id}, e.name);
  // A story row's top entities come as [id, name] pairs, to keep the story list small.
  const topEntities = s => s.e.map(([id, name]) => ({id, name}));
  const sourceLink = name => h('a', {href: '#/source/' + encodeURIComponent(name)}, name);
  // Only web links are clickable: a javascript: or data: URL in a crawl stays text.
  const safeUrl = url => /^https?:\/\//i.test(url || '') ? url : null;

  function table(caption, head, rows, key) {
    return h('div', {class: 'table-wrap'}, h('table', {'data-k': key},
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, head.map(c => h('th', {scope: 'col'}, c)))),
      h('tbody', {}, rows.map(r => h('tr', {}, r.map((c, i) => i === 0 ? h('th', {scope: 'row'}, c) : h('td', {}, c)))))));
  }
  function cards(items) {
    return h('dl', {class: 'cards'}, items.map(([label, value, key]) =>
      h('div', {class: 'card'}, h('dt', {}, label), h('dd', {'data-k': key}, value))));
  }
  function section(title, ...children) {
    return h('section', {}, h('h2', {}, title), ...children);
  }
  function show(title, ...children) {
    document.title = title + ' · Storyline report';
    main.replaceChildren(...children);
  }
  function fail(error) {
    console.error(error);
    show('Error', h('p', {class: 'error', role: 'alert'}, String(error.message || error)));
  }
  function pager(page, total, go) {
    const pages = Math.max(1, Math.ceil(total / PAGE));
    return h('nav', {class: 'pager', 'aria-label': 'Pages'},
      h('button', {type: 'button', disabled: page <= 1, on: {click: () => go(page - 1)}}, '← Previous'),
      h('span', {}, ` page ${page} of ${pages} `),
      h('button', {type: 'button', disabled: page >= pages, on: {click: () => go(page + 1)}}, 'Next →'));
  }
  // Series for the stacked charts: the seven largest languages, the rest as "other".
  function byLanguage(series) {
    const langs = Object.keys(series.counts).sort((a, b) => sum(series.counts[b]) - sum(series.counts[a]) || a.localeCompare(b));
    const shown = langs.slice(0, 7).map(l => ({name: l, values: series.counts[l]}));
    if (langs.length > 7) {
      const rest = series.days.map((_, i) => langs.slice(7).reduce((s, l) => s + series.counts[l][i], 0));
      shown.push({name: 'other', values: rest});
    }
    return shown;
  }
  // Days with no article get an empty bar, so the axis is a calendar; over a span of more than
  // 92 days (stray publication dates) only the days present are drawn.
  function calendar(days, series) {
    if (days.length < 2) return {days, series};
    const first = Date.parse(days[0] + 'T00:00:00Z'), last = Date.parse(days[days.length - 1] + 'T00:00:00Z');
    const span = Math.round((last - first) / 86400000) + 1;
    if (span > 92 || span === days.length) return {days, series};
    const all = Array.from({length: span}, (_, i) => day(first + i * 86400000));
    const at = new Map(days.map((d, i) => [d, i]));
    return {days: all, series: series.map(s => ({name: s.name, values: all.map(d => at.has(d) ? s.values[at.get(d)] : 0)}))};
  }
  function dayChart(title, days, series, yLabel) {
    if (!days.length) return h('p', {}, 'No dated articles.');
    const filled = calendar(days, series);
    return charts.stackedBars({title, categories: filled.days, series: filled.series, palette: languageColours,
      xLabel: 'Day (UTC, month-day)', yLabel});
  }
  const dailyChart = (title, series, yLabel) => dayChart(title, series.days, byLanguage(series), yLabel);
  function query() {
    const q = location.hash.indexOf('?');
    return new URLSearchParams(q < 0 ? '' : location.hash.slice(q + 1));
  }
  function setQuery(path, params) {
    const text = [...params.entries()].filter(([, v]) => v !== '' && v !== null).map(([k, v]) =>
      encodeURIComponent(k) + '=' + encodeURIComponent(v)).join('&');
    history.replaceState(null, '', '#/' + path + (text ? '?' + text : ''));
  }

  // ---- overview ----
  async function overviewView() {
    const o = await overview();
    const t = o.totals;
    const m = o.manifest || {};
    const storyRow = s => [storyLink(s), num(s.n), num(s.s), s.l.join(', '), time(s.f)];
    const rejects = Object.entries(o.rejects);
    show('Overview',
      h('h1', {}, 'Overview'),
      h('p', {class: 'lead'}, t.first !== undefined ? `Articles from ${day(t.first)} to ${day(t.last)} (UTC)` : 'No articles',
        m.command ? ` · storyline ${m.command}` : '', m.finished_at ? ` · finished ${m.finished_at.slice(0, 16).replace('T', ' ')} UTC` : ''),
      cards([['Documents', num(t.documents), 'documents'], ['Stories', num(t.stories), 'stories-total'],
        ['With 2+ articles', num(t.multi_article_stories), 'multi'], ['In 2+ languages', num(t.multilingual_stories), 'multilingual'],
        ['Sources', num(t.sources), 'sources-total'], ['Entities', num(t.entities), 'entities-total']]),
      section('Per day, by language',
        dailyChart('Documents per day, stacked by language', o.daily.documents, 'Documents'),
        dailyChart('Stories with an article that day, stacked by the language of their first article', o.daily.stories, 'Stories'),
        dailyChart('Sources publishing that day, stacked by the language of most of their articles', o.daily.sources, 'Sources')),
      h('div', {class: 'columns'},
        section('Largest stories', table(null, ['Story', 'Articles', 'Sources', 'Languages', 'First seen (UTC)'],
          o.largest.map(storyRow), 'largest')),
        section('Fastest-growing stories', h('p', {class: 'note'}, 'Most articles within 24 hours of the first report.'),
          table(null, ['Story', 'In 24 h', 'Articles', 'Languages'],
            o.fastest.map(s => [storyLink(s), num(s.g), num(s.n), s.l.join(', ')]), 'fastest'))),
      h('div', {class: 'columns'},
        section('Most mentioned entities', o.top_entities.length ? table(null, ['Entity', 'Type', 'Documents', 'Stories'],
          o.top_entities.map(e => [entityLink(e), e.type, num(e.n), num(e.s)]), 'top-entities') : h('p', {}, 'No entities table in this run.')),
        section('Largest sources', table(null, ['Source', 'Articles', 'First reports', 'Median lag'],
          o.top_sources.map(s => [sourceLink(s.id), num(s.n), num(s.fr), minutes(s.lag)]), 'top-sources'))),
      section('Rejected records', rejects.length
        ? charts.hbars({title: 'Rejected records by reason', rows: rejects, xLabel: 'Records'})
        : h('p', {}, 'No rejects.')),
      manifestSection(m));
  }

  function manifestSection(m) {
    if (!m || !m.command) return section('Run', h('p', {}, 'This run has no manifest.'));
    const stages = Object.entries(m.stages || {});
    const tables = Object.entries(m.tables || {});
    const inputs = (m.inputs || []).map(i => h('li', {}, i));
    return section('Run',
      h('dl', {class: 'facts'},
        h('dt', {}, 'Command'), h('dd', {}, 'storyline ' + m.command + (m.date ? ' --date ' + m.date : '')),
        h('dt', {}, 'Version'), h('dd', {}, m.storyline_version || 'development build'),
        h('dt', {}, 'Started'), h('dd', {}, m.started_at || '–'),
        h('dt', {}, 'Finished'), h('dd', {}, m.finished_at || '–'),
        h('dt', {}, 'Input files'), h('dd', {}, num(m.input_files_count || (m.input_files || []).length))),
      h('h3', {}, 'Inputs'), h('ul', {class: 'plain'}, inputs),
      table('Time per stage', ['Stage', 'Seconds', 'Records in'],
        stages.map(([name, s]) => [name, s.seconds.toFixed(1), num(s.records_in)]), 'stages'),
      table('Rows per table', ['Table', 'Rows'], tables.map(([name, t]) => [name, num(t.rows)]), 'tables'),
      h('details', {}, h('summary', {}, 'Configuration'), h('pre', {}, JSON.stringify(m.configuration, null, 2))));
  }

  // ---- stories ----
  const SORTS = {
    articles: ['Articles', (a, b) => b.n - a.n],
    sources: ['Sources', (a, b) => b.s - a.s],
    languages: ['Languages', (a, b) => b.l.length - a.l.length],
    first: ['First seen, newest', (a, b) => b.f - a.f],
    earliest: ['First seen, oldest', (a, b) => a.f - b.f],
    growth: ['Articles in 24 h', (a, b) => b.g - a.g]
  };
  async function storiesView() {
    const o = await overview();
    const p = query();
    const state = {q: p.get('q') || '', lang: p.get('lang') || '', source: p.get('source') || '', entity: p.get('entity') || '',
      from: p.get('from') || '', to: p.get('to') || '', sort: SORTS[p.get('sort')] ? p.get('sort') : 'articles',
      page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1)};
    const languages = Object.keys(o.daily.documents.counts).sort();
    const results = h('div', {class: 'results'});
    const field = (label, input) => h('label', {}, h('span', {}, label), input);
    const input = (name, attrs) => h('input', Object.assign({name, value: state[name], on: {input: e => update(name, e.target.value)}}, attrs));
    const select = (name, options) => h('select', {name, on: {change: e => update(name, e.target.value)}},
      options.map(([value, label]) => h('option', {value, selected: state[name] === value}, label)));
    let timer = null;
    function update(name, value) {
      state[name] = value.trim();
      state.page = 1;
      clearTimeout(timer);
      timer = setTimeout(refresh, 150);
    }
    const filtering = () => state.q || state.lang || state.source || state.entity || state.from || state.to;
    async function refresh() {
      setQuery('stories', new URLSearchParams(Object.entries(state).filter(([k, v]) => !(k === 'sort' && v === 'articles')
        && !(k === 'page' && v === 1)).map(([k, v]) => [k, String(v)])));
      let rows, total;
      if (!filtering() && state.sort === 'articles') {
        // The files are in this order already: load only the page's file.
        const start = (state.page - 1) * PAGE;
        const chunk = await chunkOf('stories', Math.floor(start / o.layout.list_chunk));
        const offset = start % o.layout.list_chunk;
        rows = chunk.slice(offset, offset + PAGE);
        total = o.layout.stories.rows;
      } else {
        const all = await list('stories', (i, n) => results.replaceChildren(h('p', {class: 'loading'}, `Loading stories ${i}/${n}…`)));
        const words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
        const entity = state.entity.toLowerCase();
        const from = state.from ? Date.parse(state.from + 'T00:00:00Z') : -Infinity;
        const to = state.to ? Date.parse(state.to + 'T00:00:00Z') + 86400000 : Infinity;
        const matched = all.filter(s => {
          if (state.lang && !s.l.includes(state.lang)) return false;
          if (state.source && !s.src.includes(state.source)) return false;
          if (entity && !s.e.some(([id, name]) => id === state.entity || name.toLowerCase().includes(entity))) return false;
          if (s.z < from || s.f >= to) return false;
          if (words.length) {
            const text = ((s.title || '') + ' ' + s.e.map(e => e[1]).join(' ')).toLowerCase();
            if (!words.every(w => text.includes(w))) return false;
          }
          return true;
        });
        const order = SORTS[state.sort][1];
        matched.sort((a, b) => order(a, b) || b.n - a.n || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        total = matched.length;
        rows = matched.slice((state.page - 1) * PAGE, state.page * PAGE);
      }
      results.replaceChildren(
        h('p', {class: 'count', 'data-k': 'stories-matched'}, `${num(total)} ${total === 1 ? 'story' : 'stories'}`),
        table(null, ['Story', 'Articles', 'Sources', 'Languages', 'First seen (UTC)', 'Top entities'],
          rows.map(s => [storyLink(s), num(s.n), num(s.s), s.l.join(', '), time(s.f),
            h('span', {}, topEntities(s).slice(0, 3).map((e, i) => [i ? ', ' : '', entityLink(e)]))]), 'story-list'),
        pager(state.page, total, page => { state.page = page; refresh().then(() => main.focus()); }));
    }
    show('Stories',
      h('h1', {}, 'Stories'),
      h('form', {class: 'filters', role: 'search', on: {submit: e => e.preventDefault()}},
        field('Search titles and entities', input('q', {type: 'search', placeholder: 'e.g. strike'})),
        field('Language', select('lang', [['', 'any']].concat(languages.map(l => [l, l])))),
        field('Source', input('source', {type: 'text', placeholder: 'e.g. bbc.co.uk'})),
        field('Entity', input('entity', {type: 'text', placeholder: 'a name'})),
        field('From', input('from', {type: 'date'})),
        field('To', input('to', {type: 'date'})),
        field('Sort by', select('sort', Object.entries(SORTS).map(([k, v]) => [k, v[0]])))),
      results);
    await refresh();
  }

  async function storyView(id) {
    const s = await detail('story', id);
    if (!s) return show('Not found', h('h1', {}, 'No such story'), h('p', {}, `No story ${id} in this run.`));
    const t0 = s.a[0].t;
    const bySource = new Map();
    for (const a of s.a) {
      if (!bySource.has(a.source)) bySource.set(a.source, {first: a, langs: new Set(), count: 0});
      const e = bySource.get(a.source);
      e.langs.add(a.lang);
      e.count++;
    }
    const sources = [...bySource.entries()];
    const shown = sources.slice(0, TIMELINE_SOURCES).map(([name]) => name);
    const rowOf = new Map(shown.map((n, i) => [n, i]));
    const groups = new Map();
    for (const a of s.a) if (a.dup) (groups.get(a.dup) || groups.set(a.dup, []).get(a.dup)).push(a);
    const articleTitle = a => {
      const url = safeUrl(a.url);
      const text = a.title || a.url || a.doc;
      return url ? h('a', {href: url, rel: 'noopener noreferrer', target: '_blank'}, text) : h('span', {}, text);
    };
    show(s.title || 'Story',
      h('p', {class: 'crumbs'}, h('a', {href: '#/stories'}, 'Stories'), ' / ', id),
      h('h1', {'data-k': 'story-title'}, s.title || '(untitled)'),
      cards([['Articles', num(s.n), 'story-articles'], ['Sources', num(s.s), 'story-source-count'],
        ['Languages', s.l.join(', '), 'story-languages'], ['First seen (UTC)', time(s.f)], ['Last seen (UTC)', time(s.z)],
        ['In first 24 h', num(s.g)]]),
      section('Timeline',
        charts.timeline({title: 'Articles by source over time, coloured by language', rows: shown,
          points: s.a.filter(a => rowOf.has(a.source)).map(a => ({row: rowOf.get(a.source), t: a.t, series: a.lang,
            label: `${time(a.t)} UTC · ${a.source} · ${a.lang} · ${a.title || ''}`})),
          xLabel: 'Time (UTC, month-day hour:minute)', yLabel: 'Source', format: shortTime, palette: languageColours}),
        sources.length > shown.length ? h('p', {class: 'note'}, `The first ${shown.length} of ${sources.length} sources.`) : null),
      section('Who reported first',
        table(null, ['Source', 'First article (UTC)', 'Lag behind the first', 'Articles', 'Languages'],
          sources.map(([name, e]) => [sourceLink(name), time(e.first.t), e.first.t === t0 ? 'first' : minutes((e.first.t - t0) / 60000),
            num(e.count), [...e.langs].sort().join(', ')]), 'story-sources')),
      section('Articles', table(null, ['Title', 'Source', 'Language', 'Time (UTC)', 'Similarity'],
        s.a.map(a => [articleTitle(a), a.source, a.lang, time(a.t), a.rep ? 'representative' : a.score.toFixed(2)]), 'story-articles-list')),
      section('Near-duplicate groups', groups.size ? h('ul', {class: 'groups', 'data-k': 'story-groups'},
        [...groups.entries()].map(([gid, members]) => h('li', {},
          h('strong', {}, `${members.length} copies`), ' · ',
          members.map((a, i) => [i ? '; ' : '', `${a.source} (${a.lang}): `, a.title || a.doc]))))
        : h('p', {}, 'No near-duplicates in this story.')),
      section('Top entities', s.te.length ? table(null, ['Entity', 'Type', 'Articles mentioning it'],
        s.te.map(e => [entityLink(e), e.type, num(e.count)]), 'story-entities') : h('p', {}, 'No entities.')));
  }

  // ---- entities ----
  async function entitiesView() {
    const o = await overview();
    if (!o.layout.entities.present) return show('Entities', h('h1', {}, 'Entities'), h('p', {}, 'This run has no entities table.'));
    const p = query();
    const state = {q: p.get('q') || '', type: p.get('type') || '', page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1)};
    const results = h('div', {class: 'results'});
    let timer = null;
    const update = (name, value) => { state[name] = value.trim(); state.page = 1; clearTimeout(timer); timer = setTimeout(refresh, 150); };
    async function refresh() {
      setQuery('entities', new URLSearchParams(Object.entries(state).filter(([k, v]) => !(k === 'page' && v === 1))
        .map(([k, v]) => [k, String(v)])));
      let rows, total;
      if (!state.q && !state.type) {
        const start = (state.page - 1) * PAGE;
        const chunk = await chunkOf('entities', Math.floor(start / o.layout.list_chunk));
        rows = chunk.slice(start % o.layout.list_chunk, start % o.layout.list_chunk + PAGE);
        total = o.layout.entities.rows;
      } else {
        const all = await list('entities', (i, n) => results.replaceChildren(h('p', {class: 'loading'}, `Loading entities ${i}/${n}…`)));
        const q = state.q.toLowerCase();
        const matched = all.filter(e => (!state.type || e.type === state.type) && (!q || e.name.toLowerCase().includes(q)));
        total = matched.length;
        rows = matched.slice((state.page - 1) * PAGE, state.page * PAGE);
      }
      results.replaceChildren(h('p', {class: 'count'}, `${num(total)} entities`),
        table(null, ['Entity', 'Type', 'Documents', 'Stories', 'Languages', 'First seen (UTC)'],
          rows.map(e => [entityLink(e), e.type, num(e.n), num(e.s), e.l.join(', '), day(e.f)]), 'entity-list'),
        pager(state.page, total, page => { state.page = page; refresh().then(() => main.focus()); }));
    }
    show('Entities', h('h1', {}, 'Entities'),
      h('form', {class: 'filters', role: 'search', on: {submit: e => e.preventDefault()}},
        h('label', {}, h('span', {}, 'Search names'), h('input', {type: 'search', name: 'q', value: state.q,
          on: {input: e => update('q', e.target.value)}})),
        h('label', {}, h('span', {}, 'Type'), h('select', {name: 'type', on: {change: e => update('type', e.target.value)}},
          [['', 'any'], ['PER', 'person'], ['ORG', 'organisation'], ['LOC', 'place'], ['MISC', 'other']].map(([v, l]) =>
            h('option', {value: v, selected: state.type === v}, l))))),
      results);
    await refresh();
  }

  async function entityView(id) {
    const e = await detail('entity', id);
    if (!e) return show('Not found', h('h1', {}, 'No such entity'), h('p', {}, `No entity ${id} in this run.`));
    const names = Object.entries(e.names).sort(([a], [b]) => a.localeCompare(b));
    show(e.name,
      h('p', {class: 'crumbs'}, h('a', {href: '#/entities'}, 'Entities'), ' / ', id),
      h('h1', {'data-k': 'entity-name'}, e.name),
      cards([['Type', e.type], ['Documents', num(e.n)], ['Stories', num(e.story_total), 'entity-story-total'],
        ['Languages', e.l.join(', ')], ['First seen (UTC)', time(e.f)], ['Last seen (UTC)', time(e.z)]]),
      section('Mentions over time', dayChart('Mentions per day', e.days.map(d => d.day),
        [{name: 'mentions', values: e.days.map(d => d.n)}], 'Mentions')),
      section('Names per language', table(null, ['Language', 'Name'], names, 'entity-names')),
      section('Stories', h('p', {}, `In ${num(e.story_total)} ${e.story_total === 1 ? 'story' : 'stories'}`,
          e.story_total > e.stories.length ? `; the ${e.stories.length} largest: ` : ': ',
          h('a', {href: '#/stories?entity=' + encodeURIComponent(e.id)}, 'all stories mentioning it')),
        table(null, ['Story', 'Articles'], e.stories.map(s => [storyLink(s), num(s.n)]), 'entity-stories')),
      section('Mentioned with', e.co.length ? table(null, ['Entity', 'Type', 'Documents mentioning both'],
        e.co.map(c => [entityLink(c), c.type, num(c.shared)]), 'entity-co') : h('p', {}, 'No other entity in its documents.')));
  }

  // ---- sources ----
  const SOURCE_SORTS = {articles: ['Articles', (a, b) => b.n - a.n], first: ['First reports', (a, b) => b.fr - a.fr],
    lag: ['Median lag, shortest', (a, b) => (a.lag ?? Infinity) - (b.lag ?? Infinity)], dup: ['Duplicate share', (a, b) => b.dup - a.dup]};
  async function sourcesView() {
    const p = query();
    const state = {q: p.get('q') || '', sort: SOURCE_SORTS[p.get('sort')] ? p.get('sort') : 'articles',
      page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1)};
    const all = await list('sources');
    const results = h('div', {class: 'results'});
    let timer = null;
    const update = (name, value) => { state[name] = value.trim(); state.page = 1; clearTimeout(timer); timer = setTimeout(refresh, 100); };
    function refresh() {
      setQuery('sources', new URLSearchParams(Object.entries(state).filter(([k, v]) => !(k === 'page' && v === 1)
        && !(k === 'sort' && v === 'articles')).map(([k, v]) => [k, String(v)])));
      const q = state.q.toLowerCase();
      const matched = all.filter(s => !q || s.id.toLowerCase().includes(q));
      matched.sort((a, b) => SOURCE_SORTS[state.sort][1](a, b) || b.n - a.n || a.id.localeCompare(b.id));
      results.replaceChildren(h('p', {class: 'count'}, `${num(matched.length)} sources`),
        table(null, ['Source', 'Articles', 'Stories', 'First reports', 'Median lag', 'Duplicate share', 'Languages'],
          matched.slice((state.page - 1) * PAGE, state.page * PAGE).map(s => [sourceLink(s.id), num(s.n), num(s.stories),
            num(s.fr), minutes(s.lag), (100 * s.dup).toFixed(1) + ' %', s.l.join(', ')]), 'source-list'),
        pager(state.page, matched.length, page => { state.page = page; refresh(); main.focus(); }));
    }
    show('Sources', h('h1', {}, 'Sources'),
      h('form', {class: 'filters', role: 'search', on: {submit: e => e.preventDefault()}},
        h('label', {}, h('span', {}, 'Search'), h('input', {type: 'search', name: 'q', value: state.q, on: {input: e => update('q', e.target.value)}})),
        h('label', {}, h('span', {}, 'Sort by'), h('select', {name: 'sort', on: {change: e => update('sort', e.target.value)}},
          Object.entries(SOURCE_SORTS).map(([k, v]) => h('option', {value: k, selected: state.sort === k}, v[0]))))),
      results);
    refresh();
  }

  async function sourceView(name) {
    const s = (await list('sources')).find(x => x.id === name);
    if (!s) return show('Not found', h('h1', {}, 'No such source'), h('p', {}, `No source ${name} in this run.`));
    show(s.id,
      h('p', {class: 'crumbs'}, h('a', {href: '#/sources'}, 'Sources'), ' / ', s.id),
      h('h1', {'data-k': 'source-name'}, s.id),
      cards([['Articles', num(s.n), 'source-articles'], ['Stories', num(s.stories)], ['First reports', num(s.fr), 'source-first-reports'],
        ['Median lag', minutes(s.lag)], ['Duplicate share', (100 * s.dup).toFixed(1) + ' %'], ['Languages', s.l.join(', ')]]),
      h('p', {class: 'note'}, `First reports: stories whose earliest article is this source's. Median lag: over the ${num(s.covered)} `
        + 'stories of two or more articles it covered, how long after the story\'s first article its own first article came.'),
      section('Per day', dayChart('Articles per day, first reports apart', s.days.map(d => d.day),
        [{name: 'first reports', values: s.days.map(d => d.fr)}, {name: 'other articles', values: s.days.map(d => d.n - d.fr)}],
        'Articles')),
      h('p', {}, h('a', {href: '#/stories?source=' + encodeURIComponent(s.id)}, 'Stories with an article from ' + s.id)));
  }

  // ---- routing ----
  const ROUTES = [
    [/^\/?$/, overviewView, 'overview'],
    [/^\/stories$/, storiesView, 'stories'],
    [/^\/story\/([^/?]+)$/, storyView, 'stories'],
    [/^\/entities$/, entitiesView, 'entities'],
    [/^\/entity\/([^/?]+)$/, entityView, 'entities'],
    [/^\/sources$/, sourcesView, 'sources'],
    [/^\/source\/([^?]+)$/, m => sourceView(decodeURIComponent(m)), 'sources']
  ];
  async function route() {
    const hash = location.hash.replace(/^#/, '');
    const path = hash.split('?')[0];
    document.body.removeAttribute('data-ready');
    for (const [pattern, view, nav] of ROUTES) {
      const match = path.match(pattern);
      if (match) {
        document.querySelectorAll('[data-nav]').forEach(a => a.toggleAttribute('aria-current', a.dataset.nav === nav));
        try {
          await view(match[1]);
        } catch (error) {
          fail(error);
        }
        // performance.now() counts from the navigation's start: the load time the benchmark reads.
        window.storylineReadyAt = performance.now();
        document.body.setAttribute('data-ready', path || '/');
        return;
      }
    }
    show('Not found', h('h1', {}, 'Not found'), h('p', {}, h('a', {href: '#/'}, 'Back to the overview')));
    document.body.setAttribute('data-ready', path);
  }
  window.addEventListener('hashchange', () => { route().then(() => main.focus({preventScroll: false})); });
  route();
})();
