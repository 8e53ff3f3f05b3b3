/**
 * The Django-serializer exports of the v1 shell script (seed 000, "Podv1 / Shell Python"; research §6.2,
 * §6.4), one {@link SerializedModel} per file, plus the User.json variants the script writes in turn.
 */
import type { SerializedModel } from './django-serializer.ts';

/**
 * Which users a `User.json` write selects:
 * - `all`: `User.objects.all()`, Montpellier's modification (seed 000, import step 1: "modifier le code
 *   pour pouvoir exporter l'ensemble des users");
 * - `channel-members`: `User.objects.filter(id__in=owners ∪ users of every channel)`, upstream's first write;
 * - `video-owners`: `User.objects.filter(id__in=podowner)`, upstream's second write, which overwrites the
 *   first, so users who own or belong to a channel but never posted are lost (seed 000 import step 2).
 */
export const USER_SELECTIONS = ['all', 'channel-members', 'video-owners'] as const;
export type UserSelection = (typeof USER_SELECTIONS)[number];

const USER_WHERE: Readonly<Record<UserSelection, string | undefined>> = {
  all: undefined,
  'channel-members': 'o.id IN (SELECT user_id FROM pods_channel_owners UNION SELECT user_id FROM pods_channel_users)',
  'video-owners': 'o.id IN (SELECT owner_id FROM pods_pod)',
};

export function userExport(selection: UserSelection): SerializedModel {
  return { model: 'auth.user', table: 'auth_user', where: USER_WHERE[selection] };
}

/** `video_fields` of the seed's script: thumbnail, overview, view_count and encodings are not exported. */
export const VIDEO_FIELDS = [
  'video', 'allow_downloading', 'is_360', 'title', 'slug', 'owner', 'date_added', 'date_evt', 'cursus', 'main_lang', 'description',
  'duration', 'type', 'discipline', 'channel', 'theme', 'is_draft', 'is_restricted', 'password',
] as const;

export const CHANNEL_EXPORT: SerializedModel = {
  model: 'pods.channel',
  table: 'pods_channel',
  manyToMany: [
    { field: 'owners', table: 'pods_channel_owners', fromColumn: 'channel_id', toColumn: 'user_id' },
    { field: 'users', table: 'pods_channel_users', fromColumn: 'channel_id', toColumn: 'user_id' },
  ],
};
export const THEME_EXPORT: SerializedModel = { model: 'pods.theme', table: 'pods_theme' };
export const TYPE_EXPORT: SerializedModel = { model: 'pods.type', table: 'pods_type' };
export const DISCIPLINE_EXPORT: SerializedModel = { model: 'pods.discipline', table: 'pods_discipline' };
export const FLATPAGE_EXPORT: SerializedModel = {
  model: 'flatpages.flatpage',
  table: 'django_flatpage',
  manyToMany: [{ field: 'sites', table: 'django_flatpage_sites', fromColumn: 'flatpage_id', toColumn: 'site_id' }],
};
export const USERPROFILE_EXPORT: SerializedModel = {
  model: 'core.userprofile',
  table: 'core_userprofile',
  fields: ['user', 'auth_type', 'affiliation', 'commentaire', 'image'],
};
export const POD_EXPORT: SerializedModel = {
  model: 'pods.pod',
  table: 'pods_pod',
  fields: VIDEO_FIELDS,
  manyToMany: [
    { field: 'discipline', table: 'pods_pod_discipline', fromColumn: 'pod_id', toColumn: 'discipline_id' },
    { field: 'channel', table: 'pods_pod_channel', fromColumn: 'pod_id', toColumn: 'channel_id' },
    { field: 'theme', table: 'pods_pod_theme', fromColumn: 'pod_id', toColumn: 'theme_id' },
  ],
};
export const CHAPTER_EXPORT: SerializedModel = { model: 'pods.chapterpods', table: 'pods_chapterpods', orderBy: 'o.video_id, o.id' };
export const CONTRIBUTOR_EXPORT: SerializedModel = { model: 'pods.contributorpods', table: 'pods_contributorpods', orderBy: 'o.video_id, o.id' };
