/**
 * The page's script, part 3: the ways into the explorer. The search box over SSOTs, projects,
 * owners and files; the first cell of the SSOT, project and owner tables and every matrix cell
 * (click, Enter or Space) open the drill-down there; places named by the server-rendered tables
 * (`code[data-file]`) become links when the page has a link template.
 */
export const EXPLORER_ENTRY_SCRIPT = String.raw`
/** The template filled for one place: each value URL-encoded (a path keeps its /); null unless the result is http(s). */
function ssotFillLink(D, file, line) {
  if (!D.link) return null;
  var values = { commit: encodeURIComponent(D.commit || ''), file: file.split('/').map(encodeURIComponent).join('/'), line: String(line || 1) };
  var url = D.link.replace(/\{(commit|file|line)\}/g, function (_, key) { return values[key]; });
  return /^https?:\/\//i.test(url) ? url : null;
}

function ssotExplorerSearch(D, go) {
  var input = document.getElementById('explore-search');
  var results = document.getElementById('explore-results');
  var LIMIT = 30, candidates = null;
  function build() {
    var list = [], seen = new Set();
    function add(kind, key, index) {
      var id = key + ':' + index;
      if (seen.has(id)) return;
      seen.add(id);
      list.push({ kind: kind, key: key, name: D.s[index], lower: D.s[index].toLowerCase() });
    }
    D.entries.forEach(function (index) { add('SSOT', 'entry', index); });
    D.files.project.forEach(function (index) { add('project', 'project', index); });
    D.ownerSets.forEach(function (set) { set.forEach(function (index) { add('owner', 'owner', index); }); });
    D.files.path.forEach(function (index) { add('file', 'file', index); });
    return list;
  }
  function update() {
    var query = input.value.trim().toLowerCase();
    results.textContent = '';
    if (!query) return;
    candidates = candidates || build();
    var found = candidates.filter(function (candidate) { return candidate.lower.indexOf(query) >= 0; });
    found.slice(0, LIMIT).forEach(function (candidate) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.setAttribute('data-kind', candidate.key);
      button.textContent = candidate.name;
      button.addEventListener('click', function () {
        var state = {};
        state[candidate.key] = candidate.name;
        go(state);
      });
      var item = document.createElement('li');
      var kind = document.createElement('span');
      kind.className = 'muted';
      kind.textContent = candidate.kind + ' ';
      item.appendChild(kind);
      item.appendChild(button);
      results.appendChild(item);
    });
    var note = document.createElement('li');
    note.className = 'muted';
    note.textContent = found.length === 0 ? 'Nothing matches.' : found.length > LIMIT ? 'and ' + (found.length - LIMIT) + ' more: type more of the name.' : '';
    if (note.textContent) results.appendChild(note);
  }
  input.addEventListener('input', update);
  input.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter') return;
    var first = results.querySelector('button');
    if (first) first.click();
  });
}

function ssotExplorerEntryPoints(D, go) {
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  each(document.querySelectorAll('code[data-file]'), function (code) {
    var url = ssotFillLink(D, code.getAttribute('data-file'), Number(code.getAttribute('data-line')) || 1);
    if (!url) return;
    var link = document.createElement('a');
    link.href = url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.className = 'place';
    code.parentNode.replaceChild(link, code);
    link.appendChild(code);
  });
  each(document.querySelectorAll('main table'), function (table) {
    if (table.closest('#explore')) return;
    var section = table.closest('section');
    var heading = section && section.querySelector('h2');
    ssotTables.enhance(table, heading ? heading.textContent : 'this table');
  });
  [['ssot-index', 'entry'], ['projects-table', 'project'], ['owners-table', 'owner']].forEach(function (pair) {
    var table = document.getElementById(pair[0]);
    if (!table) return;
    each(table.tBodies[0].rows, function (row) {
      var first = row.cells[0], name = first.textContent;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'drill';
      button.textContent = name;
      button.title = 'Explore the sites of ' + name;
      button.addEventListener('click', function () {
        var state = {};
        state[pair[1]] = name;
        go(state);
      });
      first.textContent = '';
      first.appendChild(button);
    });
  });
  [['project-matrix', 'project'], ['owner-matrix', 'owner']].forEach(function (pair) {
    var table = document.getElementById(pair[0]);
    if (!table) return;
    var columns = table.tHead.rows[0].cells;
    var open = function (target) {
      var cell = target.closest('td');
      if (!cell || cell.parentElement.parentElement !== table.tBodies[0] || cell.classList.contains('none')) return false;
      var state = { entry: columns[cell.cellIndex].textContent };
      state[pair[1]] = cell.parentElement.cells[0].textContent;
      go(state);
      return true;
    };
    table.addEventListener('click', function (event) { open(event.target); });
    table.addEventListener('keydown', function (event) {
      if ((event.key === 'Enter' || event.key === ' ') && open(event.target)) event.preventDefault();
    });
  });
}
`;
