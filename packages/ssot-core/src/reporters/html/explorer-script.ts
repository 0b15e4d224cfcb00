/**
 * The page's script, part 2: the explorer. It reads the embedded data (`#ssot-data`), and on each
 * navigation builds the one view asked for: sites grouped by SSOT, then project, then file, then
 * every site of the file. The state lives in the URL hash (`#entry=…&project=…&owner=…&file=…`), so
 * a PR comment can link into the page and Back goes back. Data reaches the DOM only as text nodes
 * and attribute values; links only when the filled template is still an http(s) URL.
 */
export const EXPLORER_SCRIPT = String.raw`
(function () {
  var source = document.getElementById('ssot-data');
  if (!source) return;
  var D = JSON.parse(source.textContent);
  var S = D.s, sites = D.sites, files = D.files, count = sites.f.length;
  var FLAG = { bypass: 1, exempt: 2, known: 4, fresh: 8 };
  var KEYS = ['entry', 'owner', 'project', 'file'];
  var LABEL = { entry: 'SSOT', owner: 'owner', project: 'project', file: 'file' };
  var ROWS = 200;
  var stringIndex = new Map();
  S.forEach(function (value, index) { stringIndex.set(value, index); });
  var fixes = new Map();
  D.fixes.forEach(function (fix) { fixes.set(fix[0] + ':' + fix[1], fix[2]); });
  var view = document.getElementById('explore-view');
  var path = document.getElementById('explore-path');

  function h(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      var value = props[key];
      if (value === undefined || value === null || value === false) return;
      if (key === 'text') node.textContent = String(value);
      else if (key === 'onclick') node.addEventListener('click', value);
      else node.setAttribute(key, String(value));
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }
  /** A place: a link to the code host when a template was given, else text. */
  function place(file, line, text, title) {
    var url = ssotFillLink(D, file, line);
    var label = h('code', { text: text, title: title });
    return url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'place' }, [label]) : label;
  }

  function readHash() {
    var hash = location.hash.slice(1);
    if (hash === 'explore') return {};
    if (hash.indexOf('=') < 0) return null;
    var params = new URLSearchParams(hash), state = {};
    KEYS.forEach(function (key) { var value = params.get(key); if (value) state[key] = value; });
    return state;
  }
  function hashOf(state) {
    var params = new URLSearchParams();
    KEYS.forEach(function (key) { if (state[key] !== undefined) params.set(key, state[key]); });
    var text = params.toString();
    return text ? '#' + text : '#explore';
  }
  /** Renders at once (a click's result is there when the click returns); the hashchange that follows is then ignored. */
  var rendered = null;
  function go(state) {
    var hash = hashOf(state);
    if (location.hash !== hash) location.hash = hash;
    render(state, true);
  }
  function extend(state, key, value) {
    var next = {};
    KEYS.forEach(function (k) { if (state[k] !== undefined) next[k] = state[k]; });
    next[key] = value;
    return next;
  }

  function ownersOf(file) { return D.ownerSets[files.owners[file]]; }
  function select(state) {
    var want = {};
    for (var k = 0; k < KEYS.length; k++) {
      var key = KEYS[k];
      if (state[key] === undefined) continue;
      var index = stringIndex.get(state[key]);
      if (index === undefined) return [];
      want[key] = index;
    }
    var fileOk = new Uint8Array(files.path.length);
    for (var f = 0; f < fileOk.length; f++) {
      fileOk[f] = (want.file === undefined || files.path[f] === want.file) && (want.project === undefined || files.project[f] === want.project) && (want.owner === undefined || ownersOf(f).indexOf(want.owner) >= 0) ? 1 : 0;
    }
    var out = [];
    for (var i = 0; i < count; i++) if (fileOk[sites.f[i]] && (want.entry === undefined || sites.e[i] === want.entry)) out.push(i);
    return out;
  }
  function sideOf(i) {
    if (D.suppressed[i]) return 'suppressed';
    if (sites.x[i] & FLAG.exempt) return 'exempt';
    return sites.x[i] & FLAG.bypass ? 'bypass' : 'usage';
  }
  function tally(list, keyOf) {
    var groups = new Map();
    list.forEach(function (i) {
      var key = keyOf(i), group = groups.get(key);
      if (!group) groups.set(key, (group = { name: S[key], usage: 0, bypass: 0, exempt: 0, suppressed: 0 }));
      group[sideOf(i)] += 1;
    });
    return Array.from(groups.values()).sort(function (a, b) { return b.bypass - a.bypass || b.usage - a.usage || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0); });
  }
  function coverage(group) {
    var all = group.usage + group.bypass;
    return all === 0 ? 'no data' : (Math.round((group.usage / all) * 1000) / 10).toFixed(1) + '%';
  }
  function capped(rows, total, more) {
    if (total <= rows) return null;
    return h('p', { class: 'muted' }, ['Showing ' + rows + ' of ' + total + '. ', h('button', { type: 'button', class: 'link', text: 'Show all', onclick: more })]);
  }
  function table(id, headers, rows) {
    return h('table', { id: id }, [
      h('thead', {}, [h('tr', {}, headers.map(function (header) { return h('th', { scope: 'col', class: header.num ? 'num' : null, text: header.label }); }))]),
      h('tbody', {}, rows),
    ]);
  }
  function cell(value, numeric) { return h('td', { class: numeric ? 'num' : null, text: value }); }

  function groupView(state, list, key, limit) {
    var keyOf = key === 'entry' ? function (i) { return sites.e[i]; } : key === 'project' ? function (i) { return files.project[sites.f[i]]; } : function (i) { return files.path[sites.f[i]]; };
    var groups = tally(list, keyOf);
    var shown = groups.slice(0, limit);
    var withSuppressed = Object.keys(D.suppressed).length > 0;
    var headers = [{ label: key === 'entry' ? 'SSOT' : key === 'project' ? 'Project' : 'File' }, { label: 'Usage', num: true }, { label: 'Bypass', num: true }, { label: 'Exempt', num: true }];
    if (withSuppressed) headers.push({ label: 'Suppressed', num: true });
    headers.push({ label: 'Coverage', num: true });
    var rows = shown.map(function (group) {
      var name = h('td', {}, [h('button', { type: 'button', class: 'drill', 'data-drill': key, text: group.name, onclick: function () { go(extend(state, key, group.name)); } })]);
      if (key === 'file' && D.link) name.appendChild(h('span', {}, [' ', place(group.name, 1, 'open')]));
      var cells = [name, cell(group.usage, true), cell(group.bypass, true), cell(group.exempt, true)];
      if (withSuppressed) cells.push(cell(group.suppressed, true));
      cells.push(cell(coverage(group), true));
      return h('tr', {}, cells);
    });
    return [table('explore-table', headers, rows), capped(shown.length, groups.length, function () { show(state, Infinity); })];
  }
  function statusOf(i) {
    var suppressed = D.suppressed[i];
    if (suppressed) return 'suppressed by ' + S[suppressed[0]] + ' (line ' + suppressed[2] + ')' + (suppressed[1] >= 0 ? ': ' + S[suppressed[1]] : '');
    var x = sites.x[i];
    if (x & FLAG.exempt) return 'exempt';
    if (x & FLAG.fresh) return 'new (not in the baseline)';
    if (x & FLAG.known) return 'known (in the baseline)';
    return '—';
  }
  function sitesView(state, list, limit) {
    var shown = list.slice(0, limit);
    var rows = shown.map(function (i) {
      var file = S[files.path[sites.f[i]]], bypass = (sites.x[i] & FLAG.bypass) !== 0;
      var fix = bypass ? fixes.get(sites.e[i] + ':' + sites.k[i]) : undefined;
      return h('tr', { 'data-site': i }, [
        // The file is in the path above the view: the cell gives line and column, the title the whole place.
        h('td', { class: 'site-line' }, [place(file, sites.l[i], sites.l[i] + ':' + sites.c[i], file + ':' + sites.l[i] + ':' + sites.c[i])]),
        cell(S[sites.e[i]]),
        h('td', { class: 'site-text' }, [h('code', { text: S[sites.t[i]] })]),
        cell(bypass ? 'bypass' : 'usage'),
        cell(sites.p[i] >= 0 ? S[sites.p[i]] : S[sites.k[i]]),
        cell(statusOf(i)),
        cell(fix === undefined ? '—' : S[fix]),
      ]);
    });
    var headers = ['Line', 'SSOT', 'Text', 'Site', 'Pattern or kind', 'Status', 'Fix'].map(function (label) { return { label: label }; });
    return [table('explore-table', headers, rows), capped(shown.length, list.length, function () { show(state, Infinity); })];
  }

  function crumbs(state) {
    var items = [h('li', {}, [h('button', { type: 'button', class: 'link', text: 'All SSOTs', onclick: function () { go({}); } })])];
    var upTo = {};
    KEYS.forEach(function (key) {
      if (state[key] === undefined) return;
      upTo = extend(upTo, key, state[key]);
      var target = upTo;
      items.push(h('li', {}, [LABEL[key] + ' ', h('button', { type: 'button', class: 'link', 'data-crumb': key, text: state[key], onclick: function () { go(target); } })]));
    });
    path.textContent = '';
    path.appendChild(h('ol', {}, items));
  }
  function show(state, limit) {
    var list = select(state);
    crumbs(state);
    view.textContent = '';
    var totals = tally(list, function () { return 0; })[0] || { usage: 0, bypass: 0, exempt: 0, suppressed: 0 };
    var summary = list.length === 0 ? 'No site matches.' : list.length + (list.length === 1 ? ' site: ' : ' sites: ') + totals.usage + ' usage, ' + totals.bypass + ' bypass, ' + totals.exempt + ' exempt' + (totals.suppressed ? ', ' + totals.suppressed + ' suppressed' : '') + ', coverage ' + coverage(totals) + '.';
    view.appendChild(h('p', { id: 'explore-summary', text: summary }));
    if (!D.all) view.appendChild(h('p', { class: 'muted', text: 'Bypass sites only: this page was rendered from report.json, which lists no usage site.' }));
    if (list.length === 0) return;
    var parts = state.file !== undefined ? sitesView(state, list, limit) : groupView(state, list, state.entry === undefined ? 'entry' : state.project === undefined ? 'project' : 'file', limit);
    parts.forEach(function (part) { if (part) view.appendChild(part); });
    var built = document.getElementById('explore-table');
    if (built) ssotTables.enhance(built, 'the explorer');
  }
  function render(state, scroll) {
    rendered = location.hash;
    show(state, ROWS);
    if (scroll) document.getElementById('explore').scrollIntoView();
  }
  window.addEventListener('hashchange', function () {
    if (location.hash === rendered) return;
    var state = readHash();
    if (state) render(state, true);
  });

  ssotExplorerSearch(D, go);
  ssotExplorerEntryPoints(D, go);
  ssotMatrices(D);
  var initial = readHash();
  render(initial || {}, initial !== null && location.hash !== '#explore');
  document.body.setAttribute('data-explorer-ready', String(Math.round(performance.now())));
})();
`;
