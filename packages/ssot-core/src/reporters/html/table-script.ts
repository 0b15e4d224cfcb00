/**
 * The page's script, part 1 (plain ES2017, no library; a string inlined into report.html): every
 * table gets sortable headers (click, Enter or Space; numeric columns sort most first), a filter
 * box, and a menu for each column that asks for one (the SSOT index's tier). Rows are moved, never
 * rebuilt, and nothing from the data is parsed as HTML.
 */
export const TABLE_SCRIPT = String.raw`
var ssotTables = (function () {
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  function keyOf(cell, numeric) {
    var raw = cell ? (cell.getAttribute('data-sort') || cell.textContent || '') : '';
    if (!numeric) return raw.trim().toLowerCase();
    var match = raw.replace(/[,\s\u202f]/g, '').match(/^[-+]?\d+(\.\d+)?/);
    return match ? parseFloat(match[0]) : -Infinity;
  }
  function isNumeric(table, column) {
    var head = table.tHead.rows[0].cells[column];
    return head.classList.contains('num') || (table.classList.contains('matrix') && column > 0);
  }
  function sortBy(table, column, descending) {
    var body = table.tBodies[0];
    var numeric = isNumeric(table, column);
    var keyed = Array.prototype.map.call(body.rows, function (row, index) {
      return { row: row, key: keyOf(row.cells[column], numeric), index: index };
    });
    keyed.sort(function (a, b) {
      var order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      return (descending ? -order : order) || a.index - b.index;
    });
    var fragment = document.createDocumentFragment();
    keyed.forEach(function (item) { fragment.appendChild(item.row); });
    body.appendChild(fragment);
    each(table.tHead.rows[0].cells, function (cell, index) {
      cell.setAttribute('aria-sort', index === column ? (descending ? 'descending' : 'ascending') : 'none');
    });
  }
  /** A menu per column marked data-filter="choice": its values in sort order (data-sort), "every …" first. */
  function addChoices(table, label, bar, onChange) {
    var choices = [];
    each(table.tHead.rows[0].cells, function (head, column) {
      if (head.getAttribute('data-filter') !== 'choice') return;
      var values = new Map();
      each(table.tBodies[0].rows, function (row) {
        var cell = row.cells[column], text = cell.textContent.trim();
        if (!values.has(text)) values.set(text, keyOf(cell, false));
      });
      var select = document.createElement('select');
      select.className = 'table-choice';
      select.setAttribute('aria-label', 'Show the rows of one ' + head.textContent.toLowerCase() + ' in ' + label);
      var name = head.textContent.toLowerCase();
      [['', 'Every ' + name]].concat(Array.from(values.keys()).sort(function (a, b) {
        var x = values.get(a), y = values.get(b);
        return x < y ? -1 : x > y ? 1 : 0;
      }).map(function (text) { return [text, text]; })).forEach(function (pair) {
        var option = document.createElement('option');
        option.value = pair[0];
        option.textContent = pair[1];
        select.appendChild(option);
      });
      select.addEventListener('change', onChange);
      bar.appendChild(select);
      choices.push({ column: column, select: select });
    });
    return function (row) {
      return choices.every(function (choice) { return !choice.select.value || row.cells[choice.column].textContent.trim() === choice.select.value; });
    };
  }
  function addFilter(table, label) {
    var total = table.tBodies[0].rows.length;
    var bar = document.createElement('div');
    bar.className = 'table-tools';
    var input = document.createElement('input');
    input.type = 'search';
    input.className = 'table-filter';
    input.placeholder = 'Filter ' + total + (total === 1 ? ' row' : ' rows');
    input.setAttribute('aria-label', 'Filter the rows of ' + label);
    var status = document.createElement('span');
    status.className = 'muted filter-count';
    status.setAttribute('aria-live', 'polite');
    bar.appendChild(input);
    var chosen = addChoices(table, label, bar, apply);
    bar.appendChild(status);
    var anchor = table.parentElement && table.parentElement.classList.contains('matrix-wrap') ? table.parentElement : table;
    anchor.parentNode.insertBefore(bar, anchor);
    function apply() {
      var query = input.value.trim().toLowerCase();
      var shown = 0;
      each(table.tBodies[0].rows, function (row) {
        var match = (!query || row.textContent.toLowerCase().indexOf(query) >= 0) && chosen(row);
        row.hidden = !match;
        if (match) shown += 1;
      });
      status.textContent = query || shown < total ? shown + ' of ' + total + ' rows' : '';
      table.dispatchEvent(new Event('ssot-filtered'));
    }
    input.addEventListener('input', apply);
  }
  /** Headers become keyboard-operable sort buttons; a filter box goes above the table. */
  function enhance(table, label) {
    if (!table.tHead || !table.tBodies[0] || table.getAttribute('data-sortable') === 'done') return;
    table.setAttribute('data-sortable', 'done');
    each(table.tHead.rows[0].cells, function (cell, index) {
      cell.tabIndex = 0;
      cell.classList.add('sortable');
      cell.setAttribute('aria-sort', 'none');
      var activate = function () {
        var current = cell.getAttribute('aria-sort');
        var descending = current === 'none' ? isNumeric(table, index) : current === 'ascending';
        sortBy(table, index, descending);
      };
      cell.addEventListener('click', activate);
      cell.addEventListener('keydown', function (event) {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        activate();
      });
    });
    addFilter(table, label);
  }
  return { enhance: enhance };
})();
`;
