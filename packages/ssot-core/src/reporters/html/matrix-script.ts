/**
 * The page's script, part 4: the coverage matrices. A cell's markup is its coverage and its colour;
 * on hover or keyboard focus this names it in full from the embedded counts (`D.matrices`): a
 * tooltip shows the sentence and the focused cell gets it as its `aria-label`. Each matrix is one
 * stop in the tab order (a roving tabindex, as the ARIA grid pattern has it); the arrow keys, Home
 * and End move between its cells, skipping rows the filter hid. Enter opens the cell in the
 * explorer (see `ssotExplorerEntryPoints`).
 */
export const MATRIX_SCRIPT = String.raw`
function ssotMatrices(D) {
  var tip = document.createElement('div');
  tip.id = 'matrix-tip';
  tip.className = 'matrix-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.appendChild(tip);
  function describe(table, counts, cell) {
    var row = cell.parentElement, columns = table.tHead.rows[0].cells;
    var name = row.cells[0].textContent + ' \u00d7 ' + columns[cell.cellIndex].textContent + ': ';
    if (cell.classList.contains('none')) return name + 'no site';
    var i = Number(row.getAttribute('data-r')) * (columns.length - 1) + cell.cellIndex - 1, tier = counts.t[i];
    return name + counts.u[i] + ' usage, ' + counts.b[i] + ' bypass, coverage ' + cell.textContent + (tier >= 0 ? ', ' + D.matrices.tiers[tier] : '');
  }
  function show(table, counts, cell) {
    var text = describe(table, counts, cell);
    cell.setAttribute('aria-label', text);
    tip.textContent = text;
    tip.hidden = false;
    // Measured where it has the whole width, then kept inside the matrix: from the cell's left, or ending at its right.
    tip.style.left = '0px';
    var box = cell.getBoundingClientRect(), width = tip.offsetWidth;
    var right = Math.min(table.parentElement.getBoundingClientRect().right, document.documentElement.clientWidth);
    var left = Math.max(4, box.left + width <= right ? box.left : box.right - width);
    tip.style.left = Math.round(window.scrollX + left) + 'px';
    tip.style.top = Math.round(window.scrollY + box.bottom + 4) + 'px';
  }
  function hide() { tip.hidden = true; }
  function visibleRows(table) {
    return Array.prototype.filter.call(table.tBodies[0].rows, function (row) { return !row.hidden; });
  }
  /** The cell the arrow key leads to, or null at an edge. */
  function target(table, cell, key) {
    var row = cell.parentElement, last = row.cells.length - 1, index = cell.cellIndex;
    if (key === 'ArrowRight') return index < last ? row.cells[index + 1] : null;
    if (key === 'ArrowLeft') return index > 1 ? row.cells[index - 1] : null;
    if (key === 'Home') return row.cells[1];
    if (key === 'End') return row.cells[last];
    var rows = visibleRows(table), at = rows.indexOf(row);
    var next = key === 'ArrowDown' ? rows[at + 1] : key === 'ArrowUp' ? rows[at - 1] : undefined;
    return next ? next.cells[index] : null;
  }
  function setStop(table, cell) {
    var current = table.querySelector('td[tabindex="0"]');
    if (current && current !== cell) current.tabIndex = -1;
    cell.tabIndex = 0;
  }
  /** After filtering, the tab stop moves to the first cell still shown, so the matrix stays reachable. */
  function keepReachable(table) {
    var current = table.querySelector('td[tabindex="0"]');
    if (current && !current.parentElement.hidden) return;
    var first = visibleRows(table)[0];
    if (first && first.cells[1]) setStop(table, first.cells[1]);
  }
  [['project-matrix', D.matrices.projects], ['owner-matrix', D.matrices.owners]].forEach(function (pair) {
    var table = document.getElementById(pair[0]), counts = pair[1];
    if (!table || !table.tBodies[0]) return;
    var cellOf = function (node) {
      var cell = node && node.closest ? node.closest('td') : null;
      return cell && cell.parentElement.parentElement === table.tBodies[0] ? cell : null;
    };
    keepReachable(table);
    table.addEventListener('ssot-filtered', function () { keepReachable(table); });
    table.addEventListener('mouseover', function (event) { var cell = cellOf(event.target); if (cell) show(table, counts, cell); });
    table.addEventListener('mouseout', function (event) { if (!cellOf(event.relatedTarget)) hide(); });
    table.addEventListener('focusin', function (event) {
      var cell = cellOf(event.target);
      if (!cell) return;
      setStop(table, cell);
      show(table, counts, cell);
    });
    table.addEventListener('focusout', hide);
    // Scrolling the box moves the cells: the focused one keeps its tooltip beside it, a hovered one loses it.
    table.parentElement.addEventListener('scroll', function () {
      var focused = cellOf(document.activeElement);
      if (focused) show(table, counts, focused);
      else hide();
    });
    table.addEventListener('keydown', function (event) {
      var cell = cellOf(event.target);
      if (!cell || ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'].indexOf(event.key) < 0) return;
      event.preventDefault();
      var next = target(table, cell, event.key);
      if (!next) return;
      setStop(table, next);
      // Named before it takes focus, so a screen reader announces the whole sentence.
      next.setAttribute('aria-label', describe(table, counts, next));
      next.focus();
    });
  });
}
`;
