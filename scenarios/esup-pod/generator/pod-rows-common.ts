/**
 * Row sources shared by every Pod version: sites, content types, migrations, users, flat pages.
 */
import type { PodRow } from './pod-dump-writer.ts';
import { datetimeAt, type PodModel } from './pod-model.ts';

const INSTALL_TIME = Date.UTC(2014, 7, 25, 9, 30);

/** django_content_type rows per version, in id order (ids are positions + 1). */
export function contentTypes(version: 'v1' | 'v2' | 'v3'): readonly (readonly [string, string])[] {
  const common: [string, string][] = [
    ['admin', 'logentry'], ['auth', 'permission'], ['auth', 'group'], ['auth', 'user'], ['contenttypes', 'contenttype'],
    ['sessions', 'session'], ['sites', 'site'], ['flatpages', 'flatpage'],
  ];
  if (version === 'v1') {
    return [
      ...common, ['taggit', 'tag'], ['taggit', 'taggeditem'], ['filer', 'folder'], ['filer', 'file'], ['filer', 'image'],
      ['core', 'userprofile'], ['core', 'encodingtype'], ['pods', 'channel'], ['pods', 'theme'], ['pods', 'type'],
      ['pods', 'discipline'], ['pods', 'pod'], ['pods', 'encodingpods'], ['pods', 'chapterpods'], ['pods', 'playlist'],
    ];
  }
  const enc = version === 'v2' ? 'video' : 'video_encode_transcript';
  return [
    ...common, ['tagging', 'tag'], ['tagging', 'taggeditem'], ['authentication', 'owner'], ['podfile', 'userfolder'],
    ['podfile', 'customfilemodel'], ['podfile', 'customimagemodel'], ['video', 'channel'], ['video', 'theme'], ['video', 'type'],
    ['video', 'discipline'], ['video', 'video'], ['video', 'viewcount'], [enc, 'encodingvideo'], [enc, 'videorendition'],
    ['chapter', 'chapter'], ['completion', 'contributor'], ['completion', 'document'], ['completion', 'track'],
    ['enrichment', 'enrichment'], ['playlist', 'playlist'], ['recorder', 'recorder'], ['live', 'broadcaster'],
  ];
}

export function contentTypeId(version: 'v1' | 'v2' | 'v3', app: string, model: string): number {
  const index = contentTypes(version).findIndex(([a, m]) => a === app && m === model);
  if (index < 0) throw new Error(`generator bug: no content type ${app}.${model} in ${version}`);
  return index + 1;
}

export function* contentTypeRows(version: 'v1' | 'v2' | 'v3'): Iterable<PodRow> {
  let id = 0;
  for (const [app, model] of contentTypes(version)) yield { id: ++id, app_label: app, model };
}

/** django_migrations as each version leaves it: v1 ships its migrations; v2/v3 generate one per app (§2.1). */
export function* migrationRows(version: 'v1' | 'v2' | 'v3'): Iterable<PodRow> {
  const apps: [string, number][] =
    version === 'v1'
      ? [['contenttypes', 2], ['auth', 6], ['admin', 1], ['sites', 1], ['flatpages', 1], ['taggit', 2], ['filer', 4], ['core', 6], ['pods', 18], ['sessions', 1]]
      : [
          ['contenttypes', 2], ['auth', version === 'v2' ? 8 : 12], ['admin', 3], ['sites', 2], ['flatpages', 1], ['sessions', 1],
          ['tagging', version === 'v2' ? 2 : 3], ['authentication', 1], ['podfile', 1], ['main', 1], ['video', 1], ['chapter', 1],
          ['completion', 1], ['enrichment', 1], ['playlist', 1], ['live', 1], ['recorder', 1],
          ...(version === 'v3' ? ([['video_encode_transcript', 1], ['meeting', 1]] as [string, number][]) : []),
        ];
  let id = 0;
  for (const [app, count] of apps) {
    for (let n = 1; n <= count; n++) {
      const name = n === 1 ? '0001_initial' : `${String(n).padStart(4, '0')}_auto_${20140825 + n}_0930`;
      yield { id: ++id, app, name, applied: datetimeAt(INSTALL_TIME + id * 1000, id * 1117) };
    }
  }
}

export function* siteRows(model: PodModel): Iterable<PodRow> {
  yield { id: 1, domain: 'pod.univ-exemple.fr', name: 'Pod' };
  if (model.world.version === 'v2' && model.world.has('multi-site')) yield { id: 2, domain: 'pod2.univ-exemple.fr', name: 'Pod 2' };
}

export function* userRows(model: PodModel): Iterable<PodRow> {
  for (let id = 1; id <= model.world.totalUsers; id++) {
    const u = model.user(id);
    yield {
      id, password: u.password, last_login: u.lastLogin, is_superuser: u.isSuperuser, username: u.username,
      first_name: u.firstName, last_name: u.lastName, email: u.email, is_staff: u.isStaff, is_active: true, date_joined: u.dateJoined,
    };
  }
}

const PAGES: readonly { url: string; fr: string; en: string }[] = [
  { url: '/', fr: 'Accueil', en: 'Home' },
  { url: '/mentions-legales/', fr: 'Mentions légales', en: 'Legal notice' },
  { url: '/accessibilite/', fr: 'Accessibilité', en: 'Accessibility' },
];

export function* flatpageRows(): Iterable<PodRow> {
  let id = 0;
  for (const page of PAGES) {
    const content = `<p>${page.fr} — « contenu » de l'université.</p>`;
    yield {
      id: ++id, url: page.url, title: page.fr, title_fr: page.fr, title_en: page.en, content, content_fr: content,
      content_en: `<p>${page.en} of the university.</p>`, enable_comments: false, template_name: '', registration_required: false,
    };
  }
}

export function* flatpageSiteRows(): Iterable<PodRow> {
  for (let id = 1; id <= PAGES.length; id++) yield { id, flatpage_id: id, site_id: 1 };
}

/** Sequential ids for child rows generated per parent. */
export class IdCounter {
  #next = 0;
  next(): number {
    return ++this.#next;
  }
}
