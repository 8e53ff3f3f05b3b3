/**
 * The provenance block of the HTML report: what was rehearsed, hash by hash, so an auditor can compare
 * it with `rehearse verify-report` or with the files at hand.
 */
import type { DatabaseOrigin } from '../../../provider/provider.ts';
import type { RehearsalResult } from '../../../run/rehearsal-result.ts';
import { escapeHtml, htmlTable } from './escape-html.ts';

const hash = (text: string) => `<span class="hash">${escapeHtml(text)}</span>`;

function origin(o: DatabaseOrigin | undefined): string {
  if (!o) return '–';
  const image = o.image ? `, image ${escapeHtml(o.image.requested)}${o.image.resolved !== o.image.requested ? ` → ${escapeHtml(o.image.resolved)}` : ''}` : '';
  return `${escapeHtml(o.provider)}${image}`;
}

export function provenanceSection(r: RehearsalResult): string {
  const p = r.provenance;
  const facts: [string, string][] = [
    ['Scenario', `${escapeHtml(r.scenario.path)}<br>folder sha256 ${hash(r.scenario.sha256)}`],
    ['Snapshot', r.snapshot ? `${escapeHtml(r.snapshot.path)} (${escapeHtml(r.snapshot.format)}${r.snapshot.rows === undefined ? '' : `, ${r.snapshot.rows.toLocaleString('en')} rows`})<br>sha256 ${hash(r.snapshot.sha256)}` : 'none'],
    ['Source', origin(r.databases.source)],
    ['Target', origin(r.databases.target)],
    ['Harness', `${escapeHtml(r.tool.name)} ${escapeHtml(r.tool.version)}${p?.harness.gitCommit ? `, commit ${hash(p.harness.gitCommit)}${p.harness.gitDirty ? ' (with uncommitted changes)' : ''}` : ''}${p ? `, Node ${escapeHtml(p.harness.node)}` : ''}`],
    ['Provider', escapeHtml(r.provider)],
    ['Run', `${escapeHtml(r.runId)}, ${escapeHtml(r.startedAt)} → ${escapeHtml(r.finishedAt)}`],
    ['Report schema', String(r.schemaVersion)],
  ];
  const parts = [`<dl class="provenance">${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`];
  if (p) {
    parts.push('<h3>Scenario files</h3>', htmlTable(['File', 'Role', 'Size', 'sha256'], p.scenario.files.map((f) => [escapeHtml(f.path), escapeHtml(f.role), String(f.size), hash(f.sha256)]), { raw: true }));
    if (p.snapshot && p.snapshot.members.length > 0) {
      parts.push('<h3>Snapshot members</h3>', htmlTable(['Member', 'Size', 'sha256'], p.snapshot.members.map((m) => [escapeHtml(m.name), String(m.size), hash(m.sha256)]), { raw: true }));
    }
    if (p.images.length > 0) {
      parts.push('<h3>Images</h3>', htmlTable(['Used by', 'Requested', 'Resolved', 'Image id', 'Digests'], p.images.map((i) => [escapeHtml(i.role), escapeHtml(i.requested), escapeHtml(i.resolved), i.id ? hash(i.id) : '', (i.digests ?? []).map(hash).join('<br>')]), { raw: true }));
    }
    if (p.servers.length > 0) {
      parts.push('<h3>Servers</h3>', htmlTable(['Role', 'Engine', 'Version'], p.servers.map((s) => [s.role, s.engine, s.version])));
    }
  }
  return `<section id="provenance"><h2>Provenance</h2>${parts.join('')}</section>`;
}
