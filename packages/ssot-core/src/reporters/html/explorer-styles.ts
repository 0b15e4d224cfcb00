/** Styles of the page's interactive parts: sortable headers, filter boxes, the explorer and its links. */
export const EXPLORER_STYLES = `
th.sortable { cursor: pointer; user-select: none; }
th.sortable::after { content: " \\2195"; color: var(--muted); font-size: .8em; }
th[aria-sort="ascending"]::after { content: " \\2191"; color: var(--ink); }
th[aria-sort="descending"]::after { content: " \\2193"; color: var(--ink); }
th.sortable:focus, button:focus, input:focus, select:focus, a:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
.table-tools { display: flex; gap: 8px; align-items: center; margin: 8px 0 0; }
.table-filter, .table-choice, #explore-search { font: inherit; font-size: .88rem; padding: 3px 8px; border: 1px solid var(--line); border-radius: 6px; min-width: 16em; }
button.drill, button.link { font: inherit; background: none; border: 0; padding: 0; color: var(--accent); cursor: pointer; text-align: left; overflow-wrap: anywhere; }
button.drill { font-weight: 600; }
/* A name in a table's first column keeps its words whole: the column widens rather than break "AppLogger" mid-word. */
td:first-child > button.drill { overflow-wrap: break-word; }
button.drill:hover, button.link:hover { text-decoration: underline; }
table.matrix td:not(.none) { cursor: pointer; }
#explore-path ol { list-style: none; padding: 0; margin: 8px 0; display: flex; flex-wrap: wrap; gap: 4px 14px; }
#explore-path li + li::before { content: "\\203A"; color: var(--muted); margin-right: 10px; }
.search-results { list-style: none; padding: 0; margin: 6px 0; max-height: 16em; overflow-y: auto; }
.search-results li { margin: 2px 0; }
/* A site's line:column never wraps, and its text breaks between words only ("console", never "conso" + "le"). */
td.site-line code { white-space: nowrap; }
td.site-text code { overflow-wrap: normal; }
a.place { text-decoration: none; } a.place:hover code { text-decoration: underline; }
`;
