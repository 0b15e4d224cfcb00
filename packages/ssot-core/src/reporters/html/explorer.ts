/**
 * The explorer section of report.html and the page's only script: the data embedded once as JSON
 * (never executed), and one inline script allowed by its hash in the Content-Security-Policy, so no
 * other script, even one that slipped into the page, could run, and nothing can be fetched.
 */
import { createHash } from 'node:crypto';
import type { WorkspaceReport } from '../../report/report-model';
import type { ReporterOptions } from '../reporter';
import { html, SafeHtml } from './escape';
import { EXPLORER_ENTRY_SCRIPT } from './explorer-entry-script';
import { buildExplorerData, embedJson } from './explorer-data';
import { EXPLORER_SCRIPT } from './explorer-script';
import { MATRIX_SCRIPT } from './matrix-script';
import { TABLE_SCRIPT } from './table-script';

export const EXPLORER_SOURCE = `${TABLE_SCRIPT}${EXPLORER_ENTRY_SCRIPT}${MATRIX_SCRIPT}${EXPLORER_SCRIPT}`;

const SCRIPT_HASH = `'sha256-${createHash('sha256').update(EXPLORER_SOURCE).digest('base64')}'`;

export const HTML_CONTENT_SECURITY_POLICY = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${SCRIPT_HASH}`;

export function explorerSection(): SafeHtml {
  return html`<p class="muted">Pick an SSOT, a project or an owner in the tables above, a matrix cell, or search; then drill down to projects, files and every site. The address bar keeps where you are: copy it to point someone there.</p>
<noscript><p>The explorer needs JavaScript; report.json lists every bypass site.</p></noscript>
<p><label for="explore-search">Search SSOTs, projects, owners and files</label><br><input type="search" id="explore-search" autocomplete="off" placeholder="e.g. JsonCodec or src/app"></p>
<ul id="explore-results" class="search-results" aria-live="polite"></ul>
<nav id="explore-path" aria-label="Where you are"></nav>
<div id="explore-view"></div>`;
}

/**
 * The data block and the script, last in the body. Our own constant code is inserted as is (a
 * `<script>` holds raw text, where entities would not be decoded); the data is JSON with `<`, `>`
 * and `&` escaped, so it cannot end its block.
 */
export function explorerScripts(report: WorkspaceReport, options: ReporterOptions): SafeHtml {
  const data = embedJson(buildExplorerData(report, options.details, options.linkTemplate));
  return new SafeHtml(`<script type="application/json" id="ssot-data">${data}</script>\n<script>${EXPLORER_SOURCE}</script>`);
}
