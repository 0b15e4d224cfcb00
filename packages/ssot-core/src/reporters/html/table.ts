/** A plain HTML table from typed columns; every cell goes through the escaping `html` tag. */
import { html, type HtmlValue, type SafeHtml } from './escape';

export interface Column<T> {
  header: string;
  cell: (row: T) => HtmlValue;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export function dataTable<T>(columns: Column<T>[], rows: readonly T[], attributes: { id?: string } = {}): SafeHtml {
  const head = columns.map((column) => html`<th${column.numeric ? html` class="num"` : ''} scope="col">${column.header}</th>`);
  const body = rows.map(
    (row) => html`<tr>${columns.map((column) => html`<td${column.numeric ? html` class="num"` : ''}>${column.cell(row)}</td>`)}</tr>`,
  );
  return html`<table${attributes.id ? html` id="${attributes.id}"` : ''}>
<thead><tr>${head}</tr></thead>
<tbody>
${body.map((row) => html`${row}\n`)}</tbody>
</table>`;
}
