/** report.html without its two script blocks (the embedded data and our own script), which tests check apart. */
export function withoutOurScripts(page: string): string {
  return page.replace(/<script type="application\/json" id="ssot-data">[^<]*<\/script>\n<script>[\s\S]*?<\/script>/, '');
}
