import { renderMarkdownReport } from './harness/report/markdown-reporter.ts';
import { redact } from './harness/report/render/redact.ts';
import { NO_GO } from './test/report/fixtures.ts';
let t = Date.now(); redact('x'.repeat(800000)); console.log('redact', Date.now()-t);
const big = 'x'.repeat(4000);
const huge = { ...NO_GO, checks: NO_GO.checks.map((c) => c.id === 'prices' ? { ...c, examples: Array.from({ length: 200 }, (_, i) => ({ subject: `row ${i}`, detail: `--- source\n+++ target\n-${big}` })) } : c) };
t = Date.now(); renderMarkdownReport(huge as any); console.log('md', Date.now()-t);
