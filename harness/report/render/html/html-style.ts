/**
 * The HTML report's style sheet, inlined in the file: no font, image or script is fetched, so the report
 * reads the same offline, from an artefact store or an e-mail attachment, and prints on A4 (print rules
 * drop the backgrounds that waste ink and keep tables from splitting mid-row).
 */
export const HTML_REPORT_CSS = `
:root { --go: #1a7f37; --nogo: #cf222e; --error: #9a6700; --muted: #57606a; --line: #d0d7de; --bg: #f6f8fa; --source: #0969da; --target: #8250df; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1f2328; margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 19px; border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 32px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.verdict { border-radius: 8px; padding: 16px 20px; color: #fff; margin-bottom: 12px; }
.verdict.go { background: var(--go); } .verdict.nogo { background: var(--nogo); } .verdict.error { background: var(--error); }
.verdict p { margin: 4px 0 0; }
.verdict ul { margin: 8px 0 0; padding-left: 20px; }
.facts { color: var(--muted); margin: 0 0 8px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--bg); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.status-passed { color: var(--go); font-weight: 600; } .status-failed { color: var(--nogo); font-weight: 600; }
.status-errored { color: var(--error); font-weight: 600; } .status-skipped, .status-not-run { color: var(--muted); }
tr.bad td { background: #ffebe9; }
pre { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 8px; overflow-x: auto; white-space: pre-wrap; word-break: break-word; font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.example { margin: 8px 0 12px; }
.example .subject { font-weight: 600; }
.bars { display: block; }
.bar { display: block; height: 7px; border-radius: 2px; margin: 2px 0; min-width: 1px; }
.bar.source { background: var(--source); } .bar.target { background: var(--target); } .bar.diff { background: var(--nogo); }
.legend span { display: inline-block; margin-right: 14px; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: middle; }
.hash { font-family: ui-monospace, monospace; font-size: 12px; word-break: break-all; }
dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
dl.provenance dt { color: var(--muted); } dl.provenance dd { margin: 0; }
svg.timeline { width: 100%; height: auto; border: 1px solid var(--line); border-radius: 6px; }
svg.timeline text { font: 11px system-ui, sans-serif; fill: #1f2328; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
@media print {
  body { padding: 0; max-width: none; font-size: 11px; }
  .verdict { color: #000; border: 3px solid currentColor; background: none !important; }
  .verdict.go { color: var(--go); } .verdict.nogo { color: var(--nogo); } .verdict.error { color: var(--error); }
  h2 { break-after: avoid; } tr, .example, svg { break-inside: avoid; }
  pre { white-space: pre-wrap; }
}
`;
