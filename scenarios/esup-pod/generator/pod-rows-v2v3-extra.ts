/**
 * Row sources for the Pod v2/v3 encodings, view counts, chapters, completion, enrichment, tags,
 * playlists, live and meeting tables.
 */
import { TITLE_SUBJECTS } from './names.ts';
import type { PodContext } from './pod-context.ts';
import { videoIds } from './pod-context.ts';
import type { RowSource } from './pod-dump-writer.ts';
import { dateAt, datetimeAt } from './pod-model.ts';
import { contentTypeId, IdCounter } from './pod-rows-common.ts';
import { slugify, taggingTagName } from './pod-tags.ts';
import { encodingTablePrefix } from './pod-tables.ts';
import { rowRng } from './rng.ts';

const DAY = 86_400_000;

/** The three renditions Pod's initial data creates (ids 1-3, research §4.4). */
export const RENDITIONS = [
  { id: 1, height: 360, resolution: '640x360', minrate: '500k', video_bitrate: '750k', maxrate: '1000k', audio_bitrate: '96k' },
  { id: 2, height: 720, resolution: '1280x720', minrate: '1000k', video_bitrate: '2000k', maxrate: '3000k', audio_bitrate: '128k' },
  { id: 3, height: 1080, resolution: '1920x1080', minrate: '2000k', video_bitrate: '3000k', maxrate: '4500k', audio_bitrate: '192k' },
] as const;

export function extraSourcesV2V3(ctx: PodContext): Map<string, RowSource> {
  const { world: w, model: m, attachments: a, tagger } = ctx;
  const version = w.version as 'v2' | 'v3';
  const v3 = version === 'v3';
  const enc = encodingTablePrefix(version);
  const sources = new Map<string, RowSource>();
  const msOf = (datetime: string): number => Date.parse(`${datetime.slice(0, 19).replace(' ', 'T')}Z`);

  sources.set('video_viewcount', function* () {
    const ids = new IdCounter();
    for (const id of videoIds(w)) {
      const v = m.video(id);
      const rng = rowRng(w.stream('viewcount'), id);
      for (let k = 1; k <= v.viewDays; k++) yield { id: ids.next(), video_id: id, date: dateAt(msOf(v.dateAdded) + k * 3 * DAY), count: rng.int(1, 300) };
    }
  });
  sources.set(`${enc}_videorendition`, function* () {
    for (const { height: _h, ...r } of RENDITIONS) yield { ...r, ...(v3 ? { encoding_resolution_threshold: 0 } : {}), encode_mp4: r.id < 3 };
  });
  sources.set(`${enc}_videorendition_sites`, () => RENDITIONS.map((r) => ({ id: r.id, videorendition_id: r.id, site_id: 1 })));
  sources.set(`${enc}_encodingvideo`, function* () {
    const ids = new IdCounter();
    for (const id of videoIds(w)) {
      const v = m.video(id);
      if (!v.encoded) continue;
      for (const r of RENDITIONS.filter((r) => v.heights.includes(r.height))) {
        yield { id: ids.next(), name: `${r.height}p`, video_id: id, rendition_id: r.id, encoding_format: 'video/mp4', source_file: `${m.videoDir(v)}/video_${id}_${r.height}.mp4` };
      }
    }
  });
  sources.set(`${enc}_encodingaudio`, function* () {
    const ids = new IdCounter();
    for (const id of videoIds(w)) {
      const v = m.video(id);
      if (v.encoded) yield { id: ids.next(), name: 'audio', video_id: id, encoding_format: 'audio/mp3', source_file: `${m.videoDir(v)}/audio_${id}_192k.mp3` };
    }
  });
  sources.set(`${enc}_playlistvideo`, function* () {
    const ids = new IdCounter();
    for (const id of videoIds(w)) {
      const v = m.video(id);
      if (!v.encoded || !v.isVideo) continue;
      for (const h of v.heights) yield { id: ids.next(), name: `${h}p`, video_id: id, encoding_format: 'application/x-mpegURL', source_file: `${m.videoDir(v)}/${h}p.m3u8` };
      yield { id: ids.next(), name: 'playlist', video_id: id, encoding_format: 'application/x-mpegURL', source_file: `${m.videoDir(v)}/playlist.m3u8` };
    }
  });
  sources.set(`${enc}_encodinglog`, function* () {
    for (const id of videoIds(w)) {
      const v = m.video(id);
      yield {
        id, video_id: id, log: v.encoded ? `ffmpeg -i ${v.slug}.${v.extension} … done` : 'encoding in progress',
        ...(v3 ? { logfile: v.encoded ? `${m.videoDir(v)}/info_video.json` : null } : {}),
      };
    }
  });
  sources.set(`${enc}_encodingstep`, function* () {
    for (const id of videoIds(w)) {
      const v = m.video(id);
      yield { id, video_id: id, num_step: v.encoded ? 0 : 3, desc_step: v.encoded ? 'done' : 'encoding 720p' };
    }
  });

  sources.set('chapter_chapter', function* () {
    const ids = new IdCounter();
    for (const id of videoIds(w)) {
      const v = m.video(id);
      for (let k = 0; k < v.chapters; k++) {
        const c = a.chapter(v, k);
        const cid = ids.next();
        yield { id: cid, video_id: id, title: c.title, slug: `${cid}-${slugify(c.title)}`, time_start: c.time };
      }
    }
  });
  sources.set('completion_contributor', function* () {
    const ids = new IdCounter();
    for (const id of videoIds(w)) {
      const v = m.video(id);
      for (let k = 0; k < v.contributors; k++) {
        const c = a.contributor(v, k);
        yield { id: ids.next(), video_id: id, name: c.name, email_address: c.email, role: c.role, weblink: c.weblink };
      }
    }
  });
  sources.set('completion_document', function* () {
    const ids = new IdCounter();
    for (const id of videoIds(w)) {
      const v = m.video(id);
      for (let k = 0; k < v.documents; k++) yield { id: ids.next(), video_id: id, document_id: w.videoFileId(id, k), ...(v3 ? { private: k === 1 } : {}) };
    }
  });
  sources.set('completion_track', function* () {
    const ids = new IdCounter();
    for (const id of videoIds(w)) {
      const v = m.video(id);
      for (let k = 0; k < v.tracks; k++) {
        const t = a.track(v, k);
        yield { id: ids.next(), video_id: id, kind: t.kind, lang: t.lang, src_id: w.videoFileId(id, 2 + k), ...(v3 ? { enrich_ready: false } : {}) };
      }
    }
  });
  sources.set('completion_overlay', function* () {
    const ids = new IdCounter();
    for (const id of videoIds(w)) {
      const v = m.video(id);
      for (let k = 0; k < v.overlays; k++) {
        const oid = ids.next();
        yield {
          id: oid, video_id: id, title: `Incrustation ${k + 1}`, slug: `${oid}-incrustation-${k + 1}`, time_start: 1, time_end: Math.min(v.duration, 10),
          content: '<p>Crédit : service audiovisuel</p>', position: 'bottom-right', background: true,
        };
      }
    }
  });
  sources.set('enrichment_enrichment', function* () {
    const ids = new IdCounter();
    for (const id of videoIds(w)) {
      const v = m.video(id);
      for (let k = 0; k < v.enrichments; k++) {
        const e = a.enrichment(v, k);
        const eid = ids.next();
        yield {
          id: eid, video_id: id, title: e.title, slug: `${eid}-${slugify(e.title)}`.slice(0, 105), stop_video: e.stopVideo, start: e.start, end: e.end,
          type: e.type, image_id: e.imageName ? w.videoImageId(id, 1 + k) : null, richtext: e.type === 'richtext' ? '<p>Pour aller plus loin…</p>' : '',
          weblink: e.type === 'weblink' ? 'https://fr.wikipedia.org/wiki/Université' : null, document_id: e.documentName ? w.videoFileId(id, 4 + k) : null,
          embed: e.type === 'embed' ? '<iframe src="https://www.univ-exemple.fr/embed"></iframe>' : null,
        };
      }
    }
  });

  sources.set('tagging_tag', () => w.vocabulary.map((t) => ({ id: t.id, name: taggingTagName(t.name) })));
  sources.set('tagging_taggeditem', function* () {
    const ids = new IdCounter();
    const contentType = contentTypeId(version, 'video', 'video');
    for (const id of videoIds(w)) {
      const tagIds = tagger.tags(id).taggingIds;
      for (const tagId of tagIds) yield { id: ids.next(), tag_id: tagId, content_type_id: contentType, object_id: id };
      if (w.has('duplicate-rows') && tagIds.length > 0 && id % 50 === 3) yield { id: ids.next(), tag_id: tagIds[0]!, content_type_id: contentType, object_id: id };
    }
    if (w.has('orphan-tagged-items')) {
      for (let k = 1; k <= Math.max(2, Math.floor(w.videos / 100)); k++) {
        yield { id: ids.next(), tag_id: ((k * 7) % w.vocabulary.length) + 1, content_type_id: contentType, object_id: w.videos + k };
      }
    }
  });

  const playlistVideos = (playlist: number, count: [number, number]): number[] => {
    const rng = rowRng(w.stream('playlist-videos'), playlist);
    return rng.distinct(rng.int(count[0], count[1]), w.videos);
  };
  const playlistOwner = (playlist: number): number => rowRng(w.stream('playlist-owner'), playlist).int(1, w.posters);
  if (!v3) {
    sources.set('playlist_playlist', function* () {
      for (let p = 1; p <= w.playlists; p++) {
        const title = `Playlist ${p} – ${TITLE_SUBJECTS[p % TITLE_SUBJECTS.length]}`;
        yield { id: p, title, slug: slugify(title), owner_id: playlistOwner(p), description: '', visible: p % 3 !== 0 };
      }
    });
    sources.set('playlist_playlistelement', function* () {
      const ids = new IdCounter();
      for (let p = 1; p <= w.playlists; p++) {
        let position = 0;
        for (const video of playlistVideos(p, [2, 8])) yield { id: ids.next(), playlist_id: p, video_id: video, position: ++position };
      }
    });
  } else {
    // v3 creates a "Favorites" playlist per user (research §7.2): ids 1..totalUsers, then the others.
    sources.set('playlist_playlist', function* () {
      for (let u = 1; u <= w.totalUsers; u++) {
        const at = m.user(u).dateJoined;
        yield {
          id: u, name: 'Favorites', description: '', password: null, visibility: 'private', autoplay: true, promoted: false, editable: false,
          slug: `${u}-favorites`, owner_id: u, date_created: at, date_updated: at, site_id: 1,
        };
      }
      for (let p = 1; p <= w.playlists; p++) {
        const id = w.totalUsers + p;
        const name = `Playlist ${p} – ${TITLE_SUBJECTS[p % TITLE_SUBJECTS.length]}`;
        const at = datetimeAt(Date.UTC(2020, 0, 1) + p * DAY, (p * 7919) % 1_000_000);
        yield {
          id, name, description: '', password: null, visibility: p % 3 === 0 ? 'private' : 'public', autoplay: true, promoted: p % 5 === 0,
          editable: true, slug: `${id}-${slugify(name)}`, owner_id: playlistOwner(p), date_created: at, date_updated: at, site_id: 1,
        };
      }
    });
    sources.set('playlist_playlist_additional_owners', function* () {
      const ids = new IdCounter();
      for (let p = 1; p <= w.playlists; p++) if (p % 4 === 0) yield { id: ids.next(), playlist_id: w.totalUsers + p, user_id: (playlistOwner(p) % w.users) + 1 };
    });
    sources.set('playlist_playlistcontent', function* () {
      const ids = new IdCounter();
      const at = datetimeAt(Date.UTC(2021, 0, 1), 0);
      for (let u = 1; u <= w.totalUsers; u++) {
        if (u % 3 !== 0) continue;
        let rank = 0;
        for (const video of playlistVideos(-u, [1, 3])) yield { id: ids.next(), playlist_id: u, video_id: video, date_added: at, rank: ++rank };
      }
      for (let p = 1; p <= w.playlists; p++) {
        let rank = 0;
        for (const video of playlistVideos(p, [2, 8])) yield { id: ids.next(), playlist_id: w.totalUsers + p, video_id: video, date_added: at, rank: ++rank };
      }
    });
  }

  sources.set('live_building', function* () {
    for (let b = 1; b <= w.buildings; b++) yield { id: b, name: `Bâtiment ${String.fromCharCode(64 + b)}`, headband_id: w.buildingImageId(b), gmapurl: null };
  });
  sources.set('live_broadcaster', function* () {
    for (let b = 1; b <= w.broadcasters; b++) {
      const common = {
        id: b, name: `Amphi ${b}`, slug: `amphi-${b}`, building_id: ((b - 1) % w.buildings) + 1, description: `<p>Captation de l'amphi ${b}</p>`,
        poster_id: w.broadcasterImageId(b), url: `https://live.univ-exemple.fr/amphi${b}/index.m3u8`, status: b !== 3, is_restricted: b === 2, public: b !== 2,
      };
      yield v3
        ? { ...common, enable_add_event: true, enable_viewer_count: false, piloting_implementation: null, piloting_conf: null, main_lang: 'fr', transcription_file: null }
        : { ...common, video_on_hold_id: w.videos >= b ? b : null, iframe_url: null, iframe_height: null, aside_iframe_url: null, password: null, viewcount: 0, enable_viewer_count: false };
    }
  });

  if (v3) meetingSources(ctx, sources);
  return sources;
}

function meetingSources(ctx: PodContext, sources: Map<string, RowSource>): void {
  const { world: w } = ctx;
  const broken = w.has('unenforced-constraints');
  sources.set('video_videotodelete', function* () {
    const base = Date.UTC(2030, 0, 1);
    for (let k = 1; k <= 4; k++) yield { id: k, date_deletion: dateAt(base + k * 30 * DAY) };
    // Issue #1448: "Duplicate entry '2025-12-25' for key 'date_deletion'".
    if (broken) for (let k = 5; k <= 6; k++) yield { id: k, date_deletion: '2025-12-25' };
  });
  sources.set('video_videotodelete_video', function* () {
    const ids = new IdCounter();
    for (let k = 1; k <= (broken ? 6 : 4); k++) if (w.videos >= k) yield { id: ids.next(), videotodelete_id: k, video_id: k };
  });
  sources.set('meeting', function* () {
    for (let id = 1; id <= w.meetings; id++) {
      const rng = rowRng(w.stream('meeting'), id);
      const start = Date.UTC(2023, 0, 2) + id * 7 * DAY + rng.int(8, 17) * 3_600_000;
      const recurring = rng.chance(0.4);
      // Issue #1448: "CONSTRAINT recurring_until_greater_than_start failed".
      const violates = broken && id % 5 === 1;
      yield {
        id, name: `Réunion ${id}`, meeting_id: `reunion-${id}`, owner_id: rowRng(w.stream('meeting-owner'), id).int(1, w.posters),
        attendee_password: `att${id}`, moderator_password: `mod${id}`, start_at: datetimeAt(start, 0), expected_duration: 3600 * rng.int(1, 3),
        recurrence: recurring || violates ? 'weekly' : null, frequency: 1,
        recurring_until: violates ? dateAt(start - 10 * DAY) : recurring ? dateAt(start + 70 * DAY) : null,
        nb_occurrences: recurring || violates ? 10 : null, weekdays: recurring || violates ? String(new Date(start).getUTCDay()) : null,
        monthly_type: 'date_day', is_restricted: false, is_running: false, site_id: 1, max_participants: 100, welcome_text: 'Bienvenue',
        logout_url: null, record: false, is_personal: id % 10 === 0, created_at: datetimeAt(start - 7 * DAY, id), updated_at: datetimeAt(start - 7 * DAY, id),
        is_webinar: false, enable_chat: false,
      };
    }
  });
  sources.set('meeting_additional_owners', function* () {
    const ids = new IdCounter();
    for (let id = 1; id <= w.meetings; id++) if (id % 3 === 0) yield { id: ids.next(), meeting_id: id, user_id: (id % w.users) + 1 };
  });
}
