/** The page's only style sheet, inlined: no fonts or files to fetch, readable on screen and on paper. */
export const STYLES = `
:root {
  --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa; --accent: #0969da;
  --excellent: #1a7f37; --good: #4c9a2a; --needs-work: #bf8700; --poor: #cf222e; --no-data: #8c959f;
  --goal: #1f2328;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: #fff; line-height: 1.45;
}
body { margin: 0 auto; max-width: 1180px; padding: 24px 28px 48px; }
h1 { font-size: 1.7rem; margin: 0 0 4px; }
h2 { font-size: 1.25rem; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.02rem; margin: 18px 0 8px; }
p, li { max-width: 80ch; }
.meta { color: var(--muted); margin: 0 0 16px; max-width: none; }
.owner-filter { color: var(--ink); background: #fff8c5; border: 1px solid var(--needs-work); padding: 0 6px; border-radius: 6px; }
.verdict { display: inline-block; padding: 2px 10px; border-radius: 12px; font-weight: 600; font-size: .9rem; }
.verdict.pass { background: #dafbe1; color: var(--excellent); }
.verdict.fail { background: #ffebe9; color: var(--poor); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; margin: 16px 0; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.card .label { color: var(--muted); font-size: .82rem; }
.card .value { font-size: 1.45rem; font-weight: 650; }
.card .note { color: var(--muted); font-size: .82rem; }
.failures { border: 1px solid var(--poor); background: #fff5f5; border-radius: 8px; padding: 8px 16px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 12px; }
.charts + figure { margin-top: 16px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
svg { width: 100%; height: auto; display: block; }
svg text { font-size: 11px; fill: var(--ink); }
svg .axis { stroke: var(--line); }
svg .axis-label { fill: var(--muted); font-size: 10px; }
svg .goal { stroke: var(--goal); stroke-width: 2; }
svg .trend-line { fill: none; stroke: var(--accent); stroke-width: 2; }
svg .trend-dot { fill: var(--accent); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: 8px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; }
code { background: var(--panel); padding: 1px 4px; border-radius: 4px; overflow-wrap: anywhere; }
pre { background: var(--panel); padding: 8px 10px; border-radius: 6px; overflow-x: auto; margin: 4px 0; }
pre code { background: none; padding: 0; }
.status { font-weight: 600; }
.status.excellent { color: var(--excellent); } .status.good { color: var(--good); }
.status.needs-work { color: var(--needs-work); } .status.poor, .status.behind { color: var(--poor); }
.status.met { color: var(--excellent); } .status.on-track { color: var(--good); } .status.no-data { color: var(--muted); }
.muted { color: var(--muted); }
.badge { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: .75rem; font-weight: 600; vertical-align: middle; }
.badge.incomplete { background: #fff8c5; color: var(--needs-work); border: 1px solid var(--needs-work); }
details { margin: 6px 0; } summary { cursor: pointer; }
/* A long matrix scrolls inside its own box, its SSOT names and row names staying in view. */
.matrix-wrap { overflow: auto; max-width: 100%; max-height: 75vh; }
table.matrix { margin: 0; }
table.matrix th { white-space: nowrap; }
table.matrix thead th { position: sticky; top: 0; z-index: 2; }
table.matrix tbody th { position: sticky; left: 0; z-index: 1; background: #fff; }
table.matrix thead th:first-child { left: 0; z-index: 3; }
table.matrix td { text-align: center; font-variant-numeric: tabular-nums; min-width: 4.5em; }
table.matrix td.tier-excellent, .cell-key.tier-excellent { background: #dafbe1; } table.matrix td.tier-good, .cell-key.tier-good { background: #eef7d9; }
table.matrix td.tier-needs-work, .cell-key.tier-needs-work { background: #fff8c5; } table.matrix td.tier-poor, .cell-key.tier-poor { background: #ffebe9; }
table.matrix td.none { color: var(--no-data); } .cell-key { padding: 0 6px; border: 1px solid var(--line); border-radius: 4px; }
table.matrix td:focus { outline: 2px solid var(--accent); outline-offset: -2px; }
.matrix-tip { position: absolute; z-index: 10; max-width: 40em; padding: 4px 8px; border-radius: 6px; background: var(--ink); color: #fff; font-size: .8rem; pointer-events: none; box-shadow: 0 2px 6px rgba(0, 0, 0, .2); }
footer { margin-top: 40px; color: var(--muted); font-size: .85rem; }
@media print { .charts { grid-template-columns: 1fr; } details { display: block; } .matrix-wrap { max-height: none; overflow: visible; } }
`;
