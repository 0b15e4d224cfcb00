/** The five renderers in one module, which `REPORTERS` loads on the first rendering. */
export { renderHtml } from './html';
export { renderJson } from './json';
export { renderMarkdown } from './markdown';
export { renderSarif } from './sarif';
export { renderTerminal } from './terminal';
