/**
 * Row sources for the Pod v1 tables (pods_*, core_*, filer_*, taggit_*). Files are django-filer rows:
 * `filer_image` shares its id with `filer_file`, and paths follow filer's default randomized layout
 * `filer_public/<xx>/<yy>/<uuid>/<name>` (Pod 1.x does not override FILER_STORAGES).
 */
import { createHash } from 'node:crypto';
import { DISCIPLINE_NAMES, TITLE_SUBJECTS, TYPE_NAMES } from './names.ts';
import type { PodContext } from './pod-context.ts';
import { videoIds } from './pod-context.ts';
import type { PodRow, RowSource } from './pod-dump-writer.ts';
import { contentTypeId, contentTypeRows, flatpageRows, flatpageSiteRows, IdCounter, migrationRows, siteRows, userRows } from './pod-rows-common.ts';
import { entityImages } from './pod-rows-v2v3.ts';
import { slugify } from './pod-tags.ts';
import { rowRng } from './rng.ts';

export interface FilerEntry {
  readonly id: number;
  readonly image: boolean;
  readonly name: string;
  readonly ownerId: number;
  readonly uploadedAt: string;
}

/** The filer path of a file id. */
export function filerPath(entry: FilerEntry): string {
  const h = createHash('sha256').update(`filer${entry.id}`).digest('hex');
  const uuid = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  return `filer_public/${h.slice(32, 34)}/${h.slice(34, 36)}/${uuid}/${entry.name}`;
}

/** Every filer file in id order: entity images, then each video's block (research §3). */
export function* filerEntries(ctx: PodContext): Iterable<FilerEntry> {
  const { world: w, model: m, attachments: a } = ctx;
  for (const image of entityImages(ctx)) yield { id: image.id, image: true, name: image.name, ownerId: image.ownerId, uploadedAt: m.user(image.ownerId).dateJoined };
  for (const id of videoIds(w)) {
    const v = m.video(id);
    const entry = (slot: number, image: boolean, name: string): FilerEntry => ({ id: w.filerVideoId(id, slot), image, name, ownerId: v.ownerId, uploadedAt: v.dateAdded });
    if (v.hasThumbnail) yield entry(0, true, a.imageName('thumbnail', id));
    for (let k = 0; k < v.enrichments; k++) {
      const e = a.enrichment(v, k);
      if (e.imageName) yield entry(1 + k, true, e.imageName);
    }
    for (let k = 0; k < v.documents; k++) yield entry(3 + k, false, a.document(v, k).fileName);
    for (let k = 0; k < v.tracks; k++) yield entry(5 + k, false, a.track(v, k).fileName);
    for (let k = 0; k < v.enrichments; k++) {
      const e = a.enrichment(v, k);
      if (e.documentName) yield entry(7 + k, false, e.documentName);
    }
  }
}

/** v1 encoding types: heights 360/720/1080 in mp4, plus mp3 audio. */
const ENCODING_TYPES = [
  { id: 1, name: '360', bitrate_audio: 96, bitrate_video: 750, output_height: 360, mediatype: 'video', support_hls: true },
  { id: 2, name: '720', bitrate_audio: 128, bitrate_video: 2000, output_height: 720, mediatype: 'video', support_hls: true },
  { id: 3, name: '1080', bitrate_audio: 192, bitrate_video: 3000, output_height: 1080, mediatype: 'video', support_hls: false },
  { id: 4, name: 'audio', bitrate_audio: 192, bitrate_video: 0, output_height: 0, mediatype: 'audio', support_hls: false },
] as const;

export function sourcesV1(ctx: PodContext): Map<string, RowSource> {
  const { world: w, model: m, attachments: a, tagger } = ctx;
  const sources = new Map<string, RowSource>();
  const ids = (table: string, make: () => Iterable<PodRow>): void => void sources.set(table, make);

  ids('django_site', () => siteRows(m));
  ids('django_content_type', () => contentTypeRows('v1'));
  ids('django_migrations', () => migrationRows('v1'));
  ids('auth_user', () => userRows(m));
  ids('django_flatpage', flatpageRows);
  ids('django_flatpage_sites', flatpageSiteRows);
  ids('filer_folder', function* () {
    for (let u = 1; u <= w.totalUsers; u++) {
      const user = m.user(u);
      yield { id: u, parent_id: null, name: user.username, owner_id: u, uploaded_at: user.dateJoined, created_at: user.dateJoined, modified_at: user.dateJoined, lft: 1, rght: 2, tree_id: u, level: 0 };
    }
  });
  ids('filer_file', function* () {
    const fileType = contentTypeId('v1', 'filer', 'file');
    const imageType = contentTypeId('v1', 'filer', 'image');
    for (const e of filerEntries(ctx)) {
      yield {
        id: e.id, polymorphic_ctype_id: e.image ? imageType : fileType, folder_id: e.ownerId, file: filerPath(e), _file_size: 1000 + (e.id % 9000),
        sha1: createHash('sha1').update(filerPath(e)).digest('hex'), has_all_mandatory_data: false, original_filename: e.name, name: '',
        description: null, uploaded_at: e.uploadedAt, modified_at: e.uploadedAt, owner_id: e.ownerId, is_public: true,
      };
    }
  });
  ids('filer_image', function* () {
    for (const e of filerEntries(ctx)) {
      if (!e.image) continue;
      yield {
        file_ptr_id: e.id, _height: 720, _width: 1280, date_taken: e.uploadedAt, default_alt_text: null, default_caption: null, author: null,
        must_always_publish_author_credit: false, must_always_publish_copyright: false, subject_location: '',
      };
    }
  });
  ids('core_userprofile', function* () {
    for (let u = 1; u <= w.totalUsers; u++) {
      const user = m.user(u);
      yield { id: u, user_id: u, image_id: user.hasPicture ? w.userImageId(u) : null, description: '', url: '', auth_type: user.authType, affiliation: user.affiliation, commentaire: '' };
    }
  });
  ids('core_encodingtype', () => ENCODING_TYPES);
  const titled = (title: string, description: string): PodRow => ({
    title, title_fr: title, title_en: null, slug: slugify(title), description, description_fr: description, description_en: null,
  });
  ids('pods_type', function* () {
    let id = 0;
    for (const name of TYPE_NAMES) yield { id: ++id, ...titled(name, ''), headband_id: w.has('type-headbands') ? w.typeImageId(id) : null };
  });
  ids('pods_discipline', function* () {
    let id = 0;
    for (const name of DISCIPLINE_NAMES) yield { id: ++id, ...titled(name, ''), headband_id: w.has('type-headbands') ? w.disciplineImageId(id) : null };
  });
  ids('pods_channel', function* () {
    for (let c = 1; c <= w.channels; c++) {
      const title = m.channelTitle(c);
      yield { id: c, ...titled(title, `<p>Chaîne « ${title} »</p>`), headband_id: a.channelHasHeadband(c) ? w.channelImageId(c) : null, color: null, style: null, visible: c % 7 !== 0 };
    }
  });
  for (const [table, members] of [['pods_channel_owners', (c: number) => m.channelOwners(c)], ['pods_channel_users', (c: number) => m.channelMembers(c)]] as const) {
    ids(table, function* () {
      const counter = new IdCounter();
      for (let c = 1; c <= w.channels; c++) for (const u of members(c)) yield { id: counter.next(), channel_id: c, user_id: u };
    });
  }
  ids('pods_theme', function* () {
    for (let t = 1; t <= w.themes; t++) yield { id: t, ...titled(m.themeTitle(t), ''), headband_id: a.themeHasHeadband(t) ? w.themeImageId(t) : null, channel_id: m.themeChannel(t) };
  });
  ids('pods_pod', function* () {
    for (const id of videoIds(w)) {
      const v = m.video(id);
      yield {
        id, video: m.videoSourcePath(v), allow_downloading: v.allowDownloading, is_360: v.is360, title: v.title, title_fr: v.title, title_en: null,
        slug: v.slug, owner_id: v.ownerId, date_added: v.dateAdded.slice(0, 10), date_evt: v.dateEvt, cursus: v.cursus, main_lang: v.mainLang,
        description: v.description, description_fr: v.description, description_en: null, view_count: v.viewCount, encoding_in_progress: !v.encoded,
        encoding_status: v.encoded ? 'DONE' : 'Encoding 720', thumbnail_id: v.hasThumbnail ? w.filerVideoId(id, 0) : null, to_encode: false,
        overview: v.encoded && v.isVideo ? `${m.videoDir(v)}/overview.jpg` : null, duration: v.duration, infoVideo: null, type_id: v.typeId,
        is_draft: v.isDraft, is_restricted: v.isRestricted, password: v.password,
      };
    }
  });
  const links = (table: string, column: string, pick: (id: number) => readonly number[]): void =>
    ids(table, function* () {
      const counter = new IdCounter();
      for (const id of videoIds(w)) for (const target of pick(id)) yield { id: counter.next(), pod_id: id, [column]: target };
    });
  links('pods_pod_channel', 'channel_id', (id) => m.video(id).channelIds);
  links('pods_pod_theme', 'theme_id', (id) => {
    const theme = m.video(id).themeId;
    return theme === null ? [] : [theme];
  });
  links('pods_pod_discipline', 'discipline_id', (id) => m.video(id).disciplineIds);
  ids('pods_encodingpods', function* () {
    const counter = new IdCounter();
    for (const id of videoIds(w)) {
      const v = m.video(id);
      if (!v.encoded) continue;
      for (const t of ENCODING_TYPES) {
        if (t.mediatype === 'video' && !v.heights.includes(t.output_height)) continue;
        const file = t.mediatype === 'audio' ? `audio_${id}.mp3` : `video_${id}_${t.output_height}.mp4`;
        yield { id: counter.next(), video_id: id, encodingType_id: t.id, encodingFile: `${m.videoDir(v)}/${file}`, encodingFormat: t.mediatype === 'audio' ? 'audio/mp3' : 'video/mp4' };
      }
    }
  });
  ids('pods_chapterpods', function* () {
    const counter = new IdCounter();
    for (const id of videoIds(w)) {
      const v = m.video(id);
      for (let k = 0; k < v.chapters; k++) {
        const c = a.chapter(v, k);
        const cid = counter.next();
        yield { id: cid, video_id: id, title: c.title, slug: `${cid}-${slugify(c.title)}`, time: c.time };
      }
    }
  });
  ids('pods_contributorpods', function* () {
    const counter = new IdCounter();
    for (const id of videoIds(w)) {
      const v = m.video(id);
      for (let k = 0; k < v.contributors; k++) {
        const c = a.contributor(v, k);
        yield { id: counter.next(), video_id: id, name: c.name, email_address: c.email || null, role: c.role, weblink: c.weblink };
      }
    }
  });
  ids('pods_overlaypods', function* () {
    const counter = new IdCounter();
    for (const id of videoIds(w)) {
      const v = m.video(id);
      for (let k = 0; k < v.overlays; k++) {
        const oid = counter.next();
        yield { id: oid, video_id: id, title: `Incrustation ${k + 1}`, slug: `${oid}-incrustation-${k + 1}`, time_start: 1, time_end: Math.min(v.duration, 10), content: '<p>Crédit : service audiovisuel</p>', position: 'bottom-right', background: true };
      }
    }
  });
  ids('pods_trackpods', function* () {
    const counter = new IdCounter();
    for (const id of videoIds(w)) {
      const v = m.video(id);
      for (let k = 0; k < v.tracks; k++) {
        const t = a.track(v, k);
        yield { id: counter.next(), video_id: id, kind: t.kind, lang: t.lang, src_id: w.filerVideoId(id, 5 + k) };
      }
    }
  });
  ids('pods_docpods', function* () {
    const counter = new IdCounter();
    for (const id of videoIds(w)) for (let k = 0; k < m.video(id).documents; k++) yield { id: counter.next(), video_id: id, document_id: w.filerVideoId(id, 3 + k) };
  });
  ids('pods_enrichpods', function* () {
    const counter = new IdCounter();
    for (const id of videoIds(w)) {
      const v = m.video(id);
      for (let k = 0; k < v.enrichments; k++) {
        const e = a.enrichment(v, k);
        const eid = counter.next();
        yield {
          id: eid, video_id: id, title: e.title, slug: `${eid}-${slugify(e.title)}`.slice(0, 105), stop_video: e.stopVideo, start: e.start, end: e.end, type: e.type,
          image_id: e.imageName ? w.filerVideoId(id, 1 + k) : null, richtext: e.type === 'richtext' ? '<p>Pour aller plus loin…</p>' : '',
          weblink: e.type === 'weblink' ? 'https://fr.wikipedia.org/wiki/Université' : null, document_id: e.documentName ? w.filerVideoId(id, 7 + k) : null,
          embed: e.type === 'embed' ? '<iframe src="https://www.univ-exemple.fr/embed"></iframe>' : null,
        };
      }
    }
  });
  ids('pods_playlist', function* () {
    for (let p = 1; p <= w.playlists; p++) {
      const title = `Playlist ${p} – ${TITLE_SUBJECTS[p % TITLE_SUBJECTS.length]}`;
      yield { id: p, title, slug: slugify(title), description: '', visible: p % 3 !== 0, owner_id: rowRng(w.stream('playlist-owner'), p).int(1, w.posters) };
    }
  });
  ids('pods_playlistvideo', function* () {
    const counter = new IdCounter();
    for (let p = 1; p <= w.playlists; p++) {
      const rng = rowRng(w.stream('playlist-videos'), p);
      let position = 0;
      for (const video of rng.distinct(rng.int(2, 8), w.videos)) yield { id: counter.next(), playlist_id: p, video_id: video, position: ++position };
    }
  });
  ids('taggit_tag', () => w.vocabulary.map((t) => ({ id: t.id, name: t.name, slug: slugify(t.name) })));
  ids('taggit_taggeditem', function* () {
    const counter = new IdCounter();
    const contentType = contentTypeId('v1', 'pods', 'pod');
    for (const id of videoIds(w)) for (const t of tagger.tags(id).entries) yield { id: counter.next(), tag_id: t.id, object_id: id, content_type_id: contentType };
    if (w.has('orphan-tagged-items')) {
      for (let k = 1; k <= Math.max(2, Math.floor(w.videos / 100)); k++) yield { id: counter.next(), tag_id: ((k * 7) % w.vocabulary.length) + 1, object_id: w.videos + k, content_type_id: contentType };
    }
  });
  return sources;
}
