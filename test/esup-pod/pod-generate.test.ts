/**
 * The Pod generator without a database: determinism, hashkeys and paths, tag storage per version, the
 * media manifest, each defect's data condition (and its absence from clean data), option validation and
 * the snapshot archive. Loading into real servers is in pod-load-mariadb/postgres.test.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadInputError } from '../../harness/errors.ts';
import { generatePodSnapshot, parseGeneratePodOptions } from '../../scenarios/esup-pod/generator/generate-pod.ts';
import { mediaManifestEntries, referencedPaths } from '../../scenarios/esup-pod/generator/pod-media.ts';
import { parseTagInput, TAGS_COLUMN_LENGTH } from '../../scenarios/esup-pod/generator/pod-tags.ts';
import { GENERATOR_SECRET_KEY } from '../../scenarios/esup-pod/generator/pod-world.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { dumpSha256, plan, rows, sha256Hex } from './pod-support.ts';

const VERSIONS = [
  { version: 'v1', engine: 'mariadb' },
  { version: 'v2', engine: 'mariadb' },
  { version: 'v3', engine: 'mariadb' },
  { version: 'v3', engine: 'postgres' },
] as const;

describe('determinism', () => {
  for (const { version, engine } of VERSIONS) {
    it(`${version}/${engine}: same seed gives the same dump, another seed another dump`, async () => {
      const a = await dumpSha256(plan(version, { engine, seed: 7 }));
      const b = await dumpSha256(plan(version, { engine, seed: 7 }));
      const c = await dumpSha256(plan(version, { engine, seed: 8 }));
      expect(a.sha256).toBe(b.sha256);
      expect(c.sha256).not.toBe(a.sha256);
      expect(a.tables).toEqual(b.tables);
    });
  }

  it('fills every table of each version, except those documented as empty', () => {
    for (const { version, engine } of VERSIONS) {
      const g = plan(version, { engine });
      const unfilled = g.schema.tables.filter((t) => !g.sources.has(t.name) && !t.note).map((t) => t.name);
      expect(unfilled, `${version}`).toEqual([]);
    }
  });

  it('derives a video the same way whatever the table being written', () => {
    const g = plan('v3');
    const video = rows(g, 'video_video').find((r) => r.id === 17)!;
    const encodings = rows(g, 'video_encode_transcript_encodingvideo').filter((r) => r.video_id === 17);
    for (const e of encodings) expect(String(e.source_file).startsWith(String(video.overview).replace('/overview.png', '/'))).toBe(true);
  });
});

describe('users, owners and paths', () => {
  it('has hashkey = sha256(SECRET_KEY + username) for every owner (§2.5)', () => {
    const g = plan('v2');
    const usernames = new Map(rows(g, 'auth_user').map((u) => [u.id, String(u.username)]));
    const owners = rows(g, 'authentication_owner');
    expect(owners.length).toBe(usernames.size);
    for (const o of owners) expect(o.hashkey).toBe(sha256Hex(GENERATOR_SECRET_KEY + usernames.get(o.user_id)!));
  });

  it('has accented and mixed-case usernames', () => {
    const names = rows(plan('v2', { videos: 400 }), 'auth_user').map((u) => String(u.username));
    expect(names.some((n) => /[à-ÿ]/i.test(n))).toBe(true);
    expect(names.some((n) => /[A-Z]/.test(n))).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('builds v2/v3 paths under the owner hashkey and v1 paths under the username (§2.5)', () => {
    const v3 = plan('v3');
    const hashkeys = new Map(rows(v3, 'authentication_owner').map((o) => [o.user_id, String(o.hashkey)]));
    for (const v of rows(v3, 'video_video')) expect(String(v.video)).toBe(`videos/${hashkeys.get(v.owner_id)}/${v.slug}.${String(v.video).split('.').pop()}`);
    const v1 = plan('v1');
    const usernames = new Map(rows(v1, 'auth_user').map((u) => [u.id, String(u.username)]));
    for (const v of rows(v1, 'pods_pod')) expect(String(v.video)).toMatch(new RegExp(`^videos/${escape(usernames.get(v.owner_id)!)}/[0-9a-f]{64}/${v.slug}\\.`));
  });

  it('owner-hashkey-mismatch puts some paths under another hashkey', () => {
    const mismatched = (g: ReturnType<typeof plan>): number => {
      const hashkeys = new Map(rows(g, 'authentication_owner').map((o) => [o.user_id, String(o.hashkey)]));
      return rows(g, 'video_video').filter((v) => !String(v.video).includes(hashkeys.get(v.owner_id)!)).length;
    };
    expect(mismatched(plan('v3', { videos: 300 }))).toBe(0);
    expect(mismatched(plan('v3', { videos: 300, defects: ['owner-hashkey-mismatch'] }))).toBeGreaterThan(0);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('tags', () => {
  it('stores v2/v3 tags both as the raw string and as tagging rows that parse_tag_input gives back', () => {
    const g = plan('v3', { videos: 200 });
    const tagNames = new Map(rows(g, 'tagging_tag').map((t) => [t.id, String(t.name)]));
    const byVideo = new Map<number, string[]>();
    for (const item of rows(g, 'tagging_taggeditem')) byVideo.set(Number(item.object_id), [...(byVideo.get(Number(item.object_id)) ?? []), tagNames.get(item.tag_id)!]);
    for (const v of rows(g, 'video_video')) {
      const raw = String(v.tags);
      expect(raw.length).toBeLessThanOrEqual(TAGS_COLUMN_LENGTH);
      expect((byVideo.get(Number(v.id)) ?? []).sort()).toEqual([...new Set(parseTagInput(raw).map((n) => n.toLowerCase()))].sort());
    }
    // Case variants across videos ("Python" / "python") live in the raw strings only.
    const forms = new Map<string, Set<string>>();
    for (const v of rows(g, 'video_video')) {
      for (const word of String(v.tags).split(/[ ,"]+/).filter(Boolean)) forms.set(word.toLowerCase(), (forms.get(word.toLowerCase()) ?? new Set()).add(word));
    }
    expect([...forms.values()].some((f) => f.size > 1)).toBe(true);
  });

  it('keeps accents in v1 taggit names and strips them in v2/v3 tagging names', () => {
    expect(rows(plan('v1'), 'taggit_tag').some((t) => t.name === 'vidéo')).toBe(true);
    const v2 = rows(plan('v2'), 'tagging_tag').map((t) => String(t.name));
    expect(v2).toContain('video');
    expect(v2.every((n) => n === n.toLowerCase() && !/[à-ÿ]/.test(n))).toBe(true);
  });

  it('clean data never gives a video a lone multi-word tag; multi-word-tags and junk-keywords do', () => {
    const loneMulti = (g: ReturnType<typeof plan>): number => {
      const names = new Map(rows(g, 'taggit_tag').map((t) => [t.id, String(t.name)]));
      const perVideo = new Map<number, string[]>();
      for (const i of rows(g, 'taggit_taggeditem')) perVideo.set(Number(i.object_id), [...(perVideo.get(Number(i.object_id)) ?? []), names.get(i.tag_id)!]);
      return [...perVideo.values()].filter((t) => t.length === 1 && t[0]!.includes(' ')).length;
    };
    expect(loneMulti(plan('v1', { videos: 300 }))).toBe(0);
    expect(loneMulti(plan('v1', { videos: 300, defects: ['multi-word-tags'] }))).toBeGreaterThan(0);
    const junk = plan('v1', { videos: 300, defects: ['junk-keywords'] });
    expect(loneMulti(junk)).toBeGreaterThan(0);
    expect(rows(junk, 'taggit_tag').some((t) => / (de|la|ses) /.test(String(t.name)))).toBe(true);
  });

  it('long-tags adds names over 50 characters: whole in v1 taggit, cut at 50 in v2/v3 tagging', () => {
    expect(rows(plan('v1'), 'taggit_tag').every((t) => String(t.name).length <= 50)).toBe(true);
    expect(rows(plan('v1', { defects: ['long-tags'] }), 'taggit_tag').some((t) => String(t.name).length > 50)).toBe(true);
    const v3 = plan('v3', { videos: 300, defects: ['long-tags'] });
    expect(rows(v3, 'tagging_tag').some((t) => String(t.name).length === 50)).toBe(true);
    expect(rows(v3, 'video_video').some((v) => /[a-z ]{51,}/.test(String(v.tags)))).toBe(true);
  });

  it('long-tag-lists gives videos whose tag names join to more than 1024 bytes and whose raw string is cut at 255', () => {
    const longest = (g: ReturnType<typeof plan>): number => {
      const names = new Map(rows(g, 'tagging_tag').map((t) => [t.id, String(t.name)]));
      const joined = new Map<number, string[]>();
      for (const i of rows(g, 'tagging_taggeditem')) joined.set(Number(i.object_id), [...(joined.get(Number(i.object_id)) ?? []), names.get(i.tag_id)!]);
      return Math.max(...[...joined.values()].map((n) => Buffer.byteLength(n.join(','))));
    };
    expect(longest(plan('v3', { videos: 300 }))).toBeLessThan(255);
    const g = plan('v3', { videos: 300, defects: ['long-tag-lists'] });
    expect(longest(g)).toBeGreaterThan(1024);
    expect(rows(g, 'video_video').some((v) => String(v.tags).length === TAGS_COLUMN_LENGTH)).toBe(true);
  });
});

describe('other defects', () => {
  it('channel-only-users: clean data has channel members who never posted; the defect adds channel owners who never posted', () => {
    const neverPosted = (g: ReturnType<typeof plan>, table: string): number => {
      const posters = new Set(rows(g, 'video_video').map((v) => v.owner_id));
      return new Set(rows(g, table).map((r) => r.user_id).filter((u) => !posters.has(u))).size;
    };
    const clean = plan('v2', { videos: 200 });
    expect(neverPosted(clean, 'video_channel_users')).toBeGreaterThan(0);
    expect(neverPosted(clean, 'video_channel_owners')).toBe(0);
    expect(neverPosted(plan('v2', { videos: 200, defects: ['channel-only-users'] }), 'video_channel_owners')).toBeGreaterThan(0);
  });

  it('site-zero points channel, discipline and video sites to a site 0 that does not exist', () => {
    expect(rows(plan('v3'), 'video_channel').every((c) => c.site_id === 1)).toBe(true);
    const v3 = plan('v3', { videos: 300, defects: ['site-zero'] });
    expect([...rows(v3, 'video_channel'), ...rows(v3, 'video_discipline')].some((r) => r.site_id === 0)).toBe(true);
    const v2 = plan('v2', { videos: 300, defects: ['site-zero'] });
    expect(rows(v2, 'video_video_sites').some((r) => r.site_id === 0)).toBe(true);
    expect(rows(v2, 'django_site').map((s) => s.id)).toEqual([1]);
  });

  it('duplicate-rows repeats tagged items and video-channel links', () => {
    const dups = (g: ReturnType<typeof plan>, table: string, cols: string[]): number => {
      const keys = rows(g, table).map((r) => cols.map((c) => r[c]).join('/'));
      return keys.length - new Set(keys).size;
    };
    expect(dups(plan('v2', { videos: 300 }), 'tagging_taggeditem', ['tag_id', 'object_id'])).toBe(0);
    const g = plan('v2', { videos: 300, defects: ['duplicate-rows'] });
    expect(dups(g, 'tagging_taggeditem', ['tag_id', 'object_id'])).toBeGreaterThan(0);
    expect(dups(g, 'video_video_channel', ['video_id', 'channel_id'])).toBeGreaterThan(0);
  });

  it('unenforced-constraints adds meetings ending before they start and duplicate deletion dates', () => {
    const g = plan('v3', { videos: 500, defects: ['unenforced-constraints'] });
    expect(rows(g, 'meeting').some((m) => m.recurring_until !== null && String(m.recurring_until) < String(m.start_at).slice(0, 10))).toBe(true);
    const dates = rows(g, 'video_videotodelete').map((r) => r.date_deletion);
    expect(new Set(dates).size).toBeLessThan(dates.length);
  });

  it('non-vtt-tracks and type-headbands change the v1 data', () => {
    const clean = plan('v1', { videos: 300 });
    const files = (g: ReturnType<typeof plan>) => rows(g, 'filer_file').map((f) => String(f.file));
    expect(files(clean).some((f) => /\.(sub|ttml|txt)$/.test(f))).toBe(false);
    expect(files(plan('v1', { videos: 300, defects: ['non-vtt-tracks'] })).some((f) => /\.(sub|ttml|txt)$/.test(f))).toBe(true);
    expect(rows(clean, 'pods_type').every((t) => t.headband_id === null)).toBe(true);
    expect(rows(plan('v1', { defects: ['type-headbands'] }), 'pods_type').every((t) => t.headband_id !== null)).toBe(true);
  });

  it('orphan-tagged-items tags videos that do not exist', () => {
    const g = plan('v3', { videos: 100, defects: ['orphan-tagged-items'] });
    expect(rows(g, 'tagging_taggeditem').some((i) => Number(i.object_id) > 100)).toBe(true);
    expect(rows(plan('v3', { videos: 100 }), 'tagging_taggeditem').every((i) => Number(i.object_id) <= 100)).toBe(true);
  });
});

describe('media manifest', () => {
  const collect = async (g: ReturnType<typeof plan>): Promise<Set<string>> => {
    const paths = new Set<string>();
    for await (const e of mediaManifestEntries(g.context, g.sources)) {
      expect(paths.has(e.path), `duplicate ${e.path}`).toBe(false);
      paths.add(e.path);
    }
    return paths;
  };

  for (const { version, engine } of VERSIONS) {
    it(`${version}/${engine}: lists every referenced file exactly once, and nothing else`, async () => {
      const g = plan(version, { engine });
      const manifest = await collect(g);
      const referenced = [...referencedPaths(g.context, g.sources)];
      expect(referenced.length).toBeGreaterThan(100);
      expect(new Set(referenced)).toEqual(manifest);
      // The kinds of files §5 lists are all there.
      const all = [...manifest].join('\n');
      for (const kind of version === 'v1' ? [/\.mp4$/m, /overview\.jpg$/m, /^filer_public\/.*\.(vtt|srt)$/m] : [/\.m3u8$/m, /overview\.png$/m, /^files\/.*\.vtt$/m, /^files\/.*\/channel-\d+_/m]) {
        expect(all).toMatch(kind);
      }
    });
  }

  it('missing-media drops some referenced files; orphan-files adds unreferenced ones', async () => {
    const g = plan('v2', { defects: ['missing-media', 'orphan-files'] });
    const manifest = await collect(g);
    const referenced = new Set(referencedPaths(g.context, g.sources));
    expect([...referenced].filter((p) => !manifest.has(p)).length).toBeGreaterThan(0);
    expect([...manifest].filter((p) => !referenced.has(p)).some((p) => p.startsWith('tempfile/'))).toBe(true);
  });
});

describe('options', () => {
  it('rejects a bad version, engine, count or defect with a message naming the option', () => {
    const bad = (input: Record<string, unknown>) => () => parseGeneratePodOptions({ version: 'v3', engine: 'mariadb', videos: 10, out: 'x.tar', ...input } as never);
    expect(bad({ version: 'v5' })).toThrow(BadInputError);
    expect(bad({ version: 'v5' })).toThrow(/--version must be one of v1, v2, v3/);
    expect(bad({ engine: 'oracle' })).toThrow(/--engine/);
    expect(bad({ videos: 0 })).toThrow(/--videos must be at least 1/);
    expect(bad({ defects: ['nope'] })).toThrow(/--defect must be one of/);
    expect(bad({ version: 'v1', engine: 'postgres' })).toThrow(/MySQL only/);
    expect(parseGeneratePodOptions({ version: 'v2', engine: 'postgres', videos: '25', seed: '3', out: 'x.tar' })).toMatchObject({ videos: 25, seed: 3, defects: [] });
  });
});

describe('generatePodSnapshot', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rehearse-pod-gen-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a verifiable archive whose manifest counts every table and lists the media', async () => {
    const out = join(dir, 'pod-v3.tar');
    const progress: string[] = [];
    const result = await generatePodSnapshot({
      version: 'v3', engine: 'postgres', videos: 60, seed: 5, out, defects: ['missing-media', 'non-vtt-tracks'], withMediaFiles: true,
      onProgress: (p) => progress.push(p.phase),
    });
    expect(result.warnings).toEqual(['defect "non-vtt-tracks" changes nothing for Pod v3 (applies to v1)']);
    const snapshot = await openSnapshot(out);
    await snapshot.verify();
    const manifest = snapshot.manifest!;
    expect(manifest.createdBy).toBe('rehearse generate pod');
    expect(manifest.engine).toBe('postgres');
    expect(manifest.properties).toMatchObject({ podVersion: 'v3', videos: 60, seed: 5, secretKey: 'generator default', defects: 'missing-media,non-vtt-tracks' });
    expect(JSON.stringify(manifest)).not.toContain(GENERATOR_SECRET_KEY);
    expect(manifest.tables.find((t) => t.name === 'video_video')?.rows).toBe(60);
    expect(manifest.tables.length).toBe(result.tables.length);
    let entries = 0;
    for await (const _ of snapshot.mediaManifest()!) entries++;
    expect(entries).toBe(result.media.referenced - result.media.missing);
    expect(result.media.missing).toBeGreaterThan(0);
    expect(manifest.members.filter((m) => m.kind === 'media-file').length).toBe(entries);
    expect(progress).toContain('archive');
  });
});
