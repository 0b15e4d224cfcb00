/** A plain HTML table from typed columns; every cell goes through the escaping `html` tag. */
import { html, type HtmlValue, type SafeHtml } from './escape';

export interface Column<T> {
  header: string;
  cell: (row: T) => HtmlValue;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** What the page's script sorts the column by instead of the cell's text (`data-sort`). */
  sortKey?: (row: T) => string;
  /** The page's script adds a menu that shows the rows of one value of this column (`data-filter="choice"`). */
  choices?: boolean;
}

export function dataTable<T>(columns: Column<T>[], rows: readonly T[], attributes: { id?: string } = {}): SafeHtml {
  const head = columns.map((column) => html`<th${column.numeric ? html` class="num"` : ''}${column.choices ? html` data-filter="choice"` : ''} scope="col">${column.header}</th>`);
  const body = rows.map(
    (row) =>
      html`<tr>${columns.map((column) => html`<td${column.numeric ? html` class="num"` : ''}${column.sortKey ? html` data-sort="${column.sortKey(row)}"` : ''}>${column.cell(row)}</td>`)}</tr>`,
  );
  return html`<table${attributes.id ? html` id="${attributes.id}"` : ''}>
<thead><tr>${head}</tr></thead>
<tbody>
${body.map((row) => html`${row}\n`)}</tbody>
</table>`;
}
