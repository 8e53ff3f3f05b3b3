/**
 * Data defects the Pod generator can inject, each reproducing a condition that the seed documents
 * (/work/shared/seeds/000-002) or research/esup-pod.md §9 tie to a migration failure. A clean snapshot
 * (no defect) is realistic but avoids every documented trigger, except where the trigger is ordinary data
 * (see `channel-only-users`). The one-line descriptions are shown by `rehearse generate pod --help`.
 */
export const DEFECT_NAMES = [
  'channel-only-users',
  'long-tags',
  'junk-keywords',
  'multi-word-tags',
  'long-tag-lists',
  'missing-media',
  'orphan-files',
  'duplicate-rows',
  'site-zero',
  'owner-hashkey-mismatch',
  'non-vtt-tracks',
  'type-headbands',
  'multi-site',
  'unenforced-constraints',
  'orphan-tagged-items',
  'stale-sequences',
] as const;
export type DefectName = (typeof DEFECT_NAMES)[number];

/** Which generator versions a defect changes anything for. */
export interface DefectInfo {
  readonly description: string;
  readonly versions: readonly ('v1' | 'v2' | 'v3')[];
  /** Engine restriction, when the defect only exists on one engine. */
  readonly engine?: 'postgres';
}

export const DEFECTS: Readonly<Record<DefectName, DefectInfo>> = {
  // Seed 000 step 2: the upstream v1 exporter writes User.json twice, the second time with video owners
  // only, so users who own or belong to a channel but never posted are missing and `import_data Channel`
  // crashes. Clean data already has channel members who never posted (realistic); this adds a block of
  // users who co-own every few channels and never post, so the loss also hits channel owners.
  'channel-only-users': {
    description: 'users who own or belong to channels but never posted a video (lost by the v1 User.json export)',
    versions: ['v1', 'v2', 'v3'],
  },
  // Research §6.5 / §2.7: taggit allowed 100 chars, django-tagging MAX_TAG_LENGTH is 50. In v2/v3 the raw
  // video_video.tags string keeps the long name while tagging_tag holds it cut at 50 (non-strict history).
  'long-tags': { description: 'tags longer than 50 characters (django-tagging MAX_TAG_LENGTH)', versions: ['v1', 'v2', 'v3'] },
  // Seed 000 step 9: "des nouveaux mots-clés sont créés via cette migration (Ex: de, l, la, ses)": a video
  // whose only tag has several words is comma-joined into a comma-less string that django-tagging
  // (and tagulous in v3→v4) splits on spaces.
  'junk-keywords': {
    description: 'videos whose only tag is a French phrase ("histoire de la france") that splits into de, la, l\'…',
    versions: ['v1', 'v2', 'v3'],
  },
  // Research §8.7: exactly one multi-word tag per video → split on spaces by the next hop.
  'multi-word-tags': { description: 'videos whose only tag has several words ("machine learning")', versions: ['v1', 'v2', 'v3'] },
  // Seed 000 step 9 "Data too long for column 'tags'" (joined tags > 255 chars) and research §8.3
  // (GROUP_CONCAT cut at group_concat_max_len = 1024 bytes on MySQL). In v2/v3 the raw string is stored cut
  // at 255 characters while the tagging tables hold every tag, as non-strict MySQL left it.
  'long-tag-lists': { description: 'videos with 112+ tags (joined > 255 characters and > 1024 bytes)', versions: ['v1', 'v2', 'v3'] },
  'missing-media': { description: 'some files referenced by the database are absent from the media manifest', versions: ['v1', 'v2', 'v3'] },
  'orphan-files': { description: 'media files that no row references (left-overs, tempfile/)', versions: ['v1', 'v2', 'v3'] },
  // Seed 001: the v2 dump is loaded with INSERT IGNORE into a fresh v3, which silently drops rows that
  // collide on a unique key. The v2 schema in the dump lacks the unique constraints (migrations are made
  // per installation, research §2.1) and holds duplicate tagged items and video-channel links.
  'duplicate-rows': { description: 'duplicate tagged items and video-channel links, unique keys missing in the source', versions: ['v2', 'v3'] },
  // Seed 001: "update video_channel set site_id=1 where site_id=0": rows pointing to a site 0 that does
  // not exist (v2: M2M site rows; v3: channel/discipline site_id).
  'site-zero': { description: 'channel, discipline and video site references to a nonexistent site 0', versions: ['v2', 'v3'] },
  // Research §2.5 check_database_problems: the owner changed in the admin, or SECRET_KEY changed, so the
  // stored paths carry another hashkey (v1: another username) than the owner's.
  'owner-hashkey-mismatch': {
    description: 'video and encoding paths under a hashkey (v1: username) that is not the owner\'s',
    versions: ['v1', 'v2', 'v3'],
  },
  // Research §6.6: import_data converts .srt and keeps .vtt; any other subtitle file is dropped.
  'non-vtt-tracks': { description: 'v1 subtitle tracks in .sub/.ttml/.txt, dropped by import_data trackpods', versions: ['v1'] },
  // Research §6.2: the v1 filer image id of type/discipline headbands survives as icon_id in v2.
  'type-headbands': { description: 'v1 types and disciplines with filer headbands (dangling icon_id after import)', versions: ['v1'] },
  // Research §7.1: v2 M2M sites become a single site_id in v3, so multi-site membership is lost.
  'multi-site': { description: 'a second site, with channels, disciplines and videos on both', versions: ['v2'] },
  // Issue #1448 (research §8.8): v3 data violating meeting CHECKs and video_videotodelete.date_deletion
  // UNIQUE, possible when the v3 schema did not enforce them; the dump's schema leaves them out.
  'unenforced-constraints': { description: 'meetings violating CHECKs and duplicate deletion dates, constraints absent', versions: ['v3'] },
  // Research §8.3: tagged items of deleted videos are kept by django-tagging (and taggit) and exported.
  'orphan-tagged-items': { description: 'tagged items whose video no longer exists', versions: ['v1', 'v2', 'v3'] },
  // Research §7.2 / §9 #9: explicit-id bulk creates leave PostgreSQL sequences behind max(id).
  'stale-sequences': { description: 'PostgreSQL sequences left behind max(id) for the encoding tables', versions: ['v2', 'v3'], engine: 'postgres' },
};
