/**
 * Row sources for the Pod v2 and v3 tables of users, owners, files, channels, themes and videos.
 * The encodings, completion, tags and the rest are in pod-rows-v2v3-extra.ts.
 */
import { DISCIPLINE_NAMES, TYPE_NAMES } from './names.ts';
import type { PodContext } from './pod-context.ts';
import { videoIds } from './pod-context.ts';
import type { PodRow, RowSource } from './pod-dump-writer.ts';
import { contentTypeRows, flatpageRows, flatpageSiteRows, IdCounter, migrationRows, siteRows, userRows } from './pod-rows-common.ts';
import { slugify } from './pod-tags.ts';
import { rowRng } from './rng.ts';

export function coreSourcesV2V3(ctx: PodContext): Map<string, RowSource> {
  const { world: w, model: m, attachments: a } = ctx;
  const version = w.version as 'v2' | 'v3';
  const v3 = version === 'v3';
  const sources = new Map<string, RowSource>();
  const siteZero = (stream: string, id: number, p: number): number => (w.has('site-zero') && rowRng(w.stream(stream), id).chance(p) ? 0 : 1);
  const multiSite = !v3 && w.has('multi-site');

  sources.set('django_site', () => siteRows(m));
  sources.set('django_content_type', () => contentTypeRows(version));
  sources.set('django_migrations', () => migrationRows(version));
  sources.set('auth_group', () => [{ id: 1, name: 'Manager' }, { id: 2, name: 'Can delete file' }]);
  sources.set('auth_user', () => userRows(m));
  sources.set('django_flatpage', flatpageRows);
  sources.set('django_flatpage_sites', flatpageSiteRows);

  sources.set('podfile_userfolder', function* () {
    for (let u = 1; u <= w.totalUsers; u++) yield { id: u, name: 'home', owner_id: u, created_at: m.user(u).dateJoined };
    for (const id of videoIds(w)) {
      const v = m.video(id);
      if (a.hasFolder(v)) yield { id: w.videoFolderId(id), name: v.slug, owner_id: v.ownerId, created_at: v.dateAdded };
    }
  });
  sources.set('podfile_userfolder_users', function* () {
    const ids = new IdCounter();
    for (const id of videoIds(w)) {
      const v = m.video(id);
      if (a.hasFolder(v) && v.additionalOwnerId !== null) yield { id: ids.next(), userfolder_id: w.videoFolderId(id), user_id: v.additionalOwnerId };
    }
  });
  sources.set('podfile_customfilemodel', function* () {
    for (const id of videoIds(w)) {
      const v = m.video(id);
      const dir = `files/${m.user(v.ownerId).hashkey}`;
      const row = (slot: number, name: string, fileName: string): PodRow => ({
        id: w.videoFileId(id, slot), name, description: '', folder_id: w.videoFolderId(id), uploaded_at: v.dateAdded,
        created_by_id: v.ownerId, file: `${dir}/${fileName}`,
      });
      for (let k = 0; k < v.documents; k++) {
        const d = a.document(v, k);
        yield row(k, d.name, d.fileName);
      }
      for (let k = 0; k < v.tracks; k++) {
        const t = a.track(v, k);
        yield row(2 + k, t.fileName, t.fileName);
      }
      for (let k = 0; k < v.enrichments; k++) {
        const e = a.enrichment(v, k);
        if (e.documentName) yield row(4 + k, e.documentName, e.documentName);
      }
    }
  });
  sources.set('podfile_customimagemodel', function* () {
    for (const image of entityImages(ctx)) {
      const owner = m.user(image.ownerId);
      yield {
        id: image.id, name: image.name, description: '', folder_id: image.ownerId, uploaded_at: owner.dateJoined,
        created_by_id: image.ownerId, file: `files/${owner.hashkey}/${image.name}`,
      };
    }
    for (const id of videoIds(w)) {
      const v = m.video(id);
      const dir = `files/${m.user(v.ownerId).hashkey}`;
      if (v.hasThumbnail) {
        const name = a.imageName('thumbnail', id);
        yield { id: w.videoImageId(id, 0), name, description: '', folder_id: v.ownerId, uploaded_at: v.dateAdded, created_by_id: v.ownerId, file: `${dir}/${name}` };
      }
      for (let k = 0; k < v.enrichments; k++) {
        const e = a.enrichment(v, k);
        if (e.imageName) {
          yield {
            id: w.videoImageId(id, 1 + k), name: e.imageName, description: '', folder_id: w.videoFolderId(id), uploaded_at: v.dateAdded,
            created_by_id: v.ownerId, file: `${dir}/${e.imageName}`,
          };
        }
      }
    }
  });

  sources.set('authentication_owner', function* () {
    for (let u = 1; u <= w.totalUsers; u++) {
      const user = m.user(u);
      yield {
        id: u, user_id: u, auth_type: user.authType, affiliation: user.affiliation, commentaire: '', hashkey: user.hashkey,
        userpicture_id: user.hasPicture ? w.userImageId(u) : null, establishment: user.establishment,
        ...(v3 ? { accepts_notifications: u % 3 === 0 ? null : u % 3 === 1 } : {}),
      };
    }
  });
  sources.set('authentication_owner_sites', function* () {
    for (let u = 1; u <= w.totalUsers; u++) yield { id: u, owner_id: u, site_id: 1 };
  });

  const titled = (title: string, en: string, description: string): PodRow => ({
    title, title_fr: title, title_en: en, slug: slugify(title), description, description_fr: description, description_en: '',
  });
  sources.set('video_type', function* () {
    let id = 0;
    for (const name of TYPE_NAMES) yield { id: ++id, ...titled(name, name, ''), icon_id: null };
  });
  sources.set('video_type_sites', function* () {
    const ids = new IdCounter();
    for (let t = 1; t <= w.types; t++) {
      yield { id: ids.next(), type_id: t, site_id: 1 };
      if (multiSite) yield { id: ids.next(), type_id: t, site_id: 2 };
    }
  });
  sources.set('video_discipline', function* () {
    let id = 0;
    for (const name of DISCIPLINE_NAMES) {
      id++;
      yield { id, ...titled(name, name, `<p>${name}</p>`), icon_id: null, ...(v3 ? { site_id: siteZero('discipline-site', id, 0.25) } : {}) };
    }
  });
  if (!v3) sources.set('video_discipline_sites', function* () {
    const ids = new IdCounter();
    for (let d = 1; d <= w.disciplines; d++) {
      yield { id: ids.next(), discipline_id: d, site_id: siteZero('discipline-site', d, 0.25) };
      if (multiSite) yield { id: ids.next(), discipline_id: d, site_id: 2 };
    }
  });
  sources.set('video_channel', function* () {
    for (let c = 1; c <= w.channels; c++) {
      const title = m.channelTitle(c);
      yield {
        id: c, ...titled(title, title, `<p>Chaîne « ${title} »</p>`), headband_id: a.channelHasHeadband(c) ? w.channelImageId(c) : null,
        color: c % 4 === 0 ? '#1f7a8c' : null, style: null, visible: c % 7 !== 0, ...(v3 ? { site_id: siteZero('channel-site', c, 0.1) } : {}),
      };
    }
  });
  if (!v3) sources.set('video_channel_sites', function* () {
    const ids = new IdCounter();
    for (let c = 1; c <= w.channels; c++) {
      yield { id: ids.next(), channel_id: c, site_id: siteZero('channel-site', c, 0.1) };
      if (multiSite && c % 3 === 0) yield { id: ids.next(), channel_id: c, site_id: 2 };
    }
  });
  for (const [table, members] of [['video_channel_owners', (c: number) => m.channelOwners(c)], ['video_channel_users', (c: number) => m.channelMembers(c)]] as const) {
    sources.set(table, function* () {
      const ids = new IdCounter();
      for (let c = 1; c <= w.channels; c++) for (const u of members(c)) yield { id: ids.next(), channel_id: c, user_id: u };
    });
  }
  sources.set('video_theme', function* () {
    for (let t = 1; t <= w.themes; t++) {
      const title = m.themeTitle(t);
      yield {
        id: t, parentId_id: m.themeParent(t), ...titled(title, title, ''), headband_id: a.themeHasHeadband(t) ? w.themeImageId(t) : null,
        channel_id: m.themeChannel(t),
      };
    }
  });
  sources.set('video_video', function* () {
    for (const id of videoIds(w)) {
      const v = m.video(id);
      yield {
        id, video: m.videoSourcePath(v), title: v.title, title_fr: v.title, title_en: null, slug: v.slug, type_id: v.typeId, owner_id: v.ownerId,
        description: v.description, description_fr: v.description, description_en: null, date_added: v.dateAdded, date_evt: v.dateEvt,
        cursus: v.cursus, main_lang: v.mainLang, transcript: v3 ? (id % 5 === 0 ? v.mainLang : '') : id % 5 === 0,
        tags: ctx.tagger.tags(id).raw, licence: v.licence, allow_downloading: v.allowDownloading, is_360: v.is360, is_draft: v.isDraft,
        is_restricted: v.isRestricted, password: v.password, encoding_in_progress: !v.encoded, is_video: v.isVideo,
        disable_comment: v.disableComment, ...(v3 ? { order: 1 } : {}), thumbnail_id: v.hasThumbnail ? w.videoImageId(id, 0) : null,
        duration: v.duration, overview: v.encoded && v.isVideo ? `${m.videoDir(v)}/overview.png` : null,
        date_delete: tenYearsLater(v.dateAdded),
      };
    }
  });
  sources.set('video_video_sites', function* () {
    const ids = new IdCounter();
    for (const id of videoIds(w)) {
      yield { id: ids.next(), video_id: id, site_id: siteZero('video-site', id, 0.01) };
      if (multiSite && id % 10 === 0) yield { id: ids.next(), video_id: id, site_id: 2 };
    }
  });
  sources.set('video_video_additional_owners', function* () {
    const ids = new IdCounter();
    for (const id of videoIds(w)) {
      const owner = m.video(id).additionalOwnerId;
      if (owner !== null) yield { id: ids.next(), video_id: id, user_id: owner };
    }
  });
  sources.set('video_video_channel', function* () {
    const ids = new IdCounter();
    for (const id of videoIds(w)) {
      const channels = m.video(id).channelIds;
      for (const c of channels) yield { id: ids.next(), video_id: id, channel_id: c };
      if (w.has('duplicate-rows') && channels.length > 0 && id % 50 === 7) yield { id: ids.next(), video_id: id, channel_id: channels[0]! };
    }
  });
  sources.set('video_video_theme', function* () {
    const ids = new IdCounter();
    for (const id of videoIds(w)) {
      const theme = m.video(id).themeId;
      if (theme !== null) yield { id: ids.next(), video_id: id, theme_id: theme };
    }
  });
  sources.set('video_video_discipline', function* () {
    const ids = new IdCounter();
    for (const id of videoIds(w)) for (const d of m.video(id).disciplineIds) yield { id: ids.next(), video_id: id, discipline_id: d };
  });
  return sources;
}

export interface EntityImage {
  readonly id: number;
  readonly name: string;
  readonly ownerId: number;
}

/** Headbands, user pictures and live posters, in id order (owned by the admin unless a user picture). */
export function* entityImages(ctx: PodContext): Iterable<EntityImage> {
  const { world: w, model: m, attachments: a } = ctx;
  for (let c = 1; c <= w.channels; c++) if (a.channelHasHeadband(c)) yield { id: w.channelImageId(c), name: a.imageName('channel', c), ownerId: 1 };
  for (let t = 1; t <= w.themes; t++) if (a.themeHasHeadband(t)) yield { id: w.themeImageId(t), name: a.imageName('theme', t), ownerId: 1 };
  if (w.version === 'v1' && w.has('type-headbands')) {
    for (let t = 1; t <= w.types; t++) yield { id: w.typeImageId(t), name: a.imageName('type', t), ownerId: 1 };
    for (let d = 1; d <= w.disciplines; d++) yield { id: w.disciplineImageId(d), name: a.imageName('discipline', d), ownerId: 1 };
  }
  for (let u = 1; u <= w.totalUsers; u++) if (m.user(u).hasPicture) yield { id: w.userImageId(u), name: a.imageName('avatar', u), ownerId: u };
  if (w.version !== 'v1') {
    for (let b = 1; b <= w.buildings; b++) yield { id: w.buildingImageId(b), name: a.imageName('building', b), ownerId: 1 };
    for (let b = 1; b <= w.broadcasters; b++) yield { id: w.broadcasterImageId(b), name: a.imageName('poster', b), ownerId: 1 };
  }
}


/** Pod's default deletion date: ten years after the upload (29 February falls back to the 28th). */
export function tenYearsLater(datetime: string): string {
  const year = Number(datetime.slice(0, 4)) + 10;
  const monthDay = datetime.slice(5, 10) === '02-29' ? '02-28' : datetime.slice(5, 10);
  return `${year}-${monthDay}`;
}
