/**
 * What `import_data <Type>` does per serializer type (Esup-Pod 2.x `pod/video/management/commands/
 * import_data.py`, research §6.2): the plain-text rewrite applied to the whole JSON file before loading
 * (`migrate_to_v2`: model renames, `headband` → `icon`, `"time"` → `"time_start"`), the v2 table, and
 * the many-to-many tables. Values the JSON lacks get the v2 model defaults, as a raw save leaves them.
 */
import type { SqlValue } from 'rehearse';

export const SERIALIZED_TYPES = ['User', 'Channel', 'Theme', 'Type', 'Discipline', 'FlatPage', 'Pod', 'Chapter', 'Contributor'] as const;
export type SerializedType = (typeof SERIALIZED_TYPES)[number];

export interface ImportManyToMany {
  readonly field: string;
  readonly table: string;
  readonly fromColumn: string;
  readonly toColumn: string;
}

export interface ImportType {
  readonly type: SerializedType;
  /** `migrate_to_v2`: replacements over the file's text, in order (they hit values too, as upstream's do). */
  readonly replacements: readonly (readonly [string, string])[];
  /** The model label after the rewrite; any other label is a failed rename. */
  readonly model: string;
  readonly table: string;
  readonly manyToMany?: readonly ImportManyToMany[];
  /** v2 model defaults for columns the JSON does not carry. */
  readonly defaults?: Readonly<Record<string, SqlValue | (() => SqlValue)>>;
  /** `obj.object.headband = None`: set on every object of every type except UserProfile. */
  readonly nullHeadband: boolean;
  /** Site rows Pod v2's post_save handlers add for the default site (`<table>_sites`). */
  readonly sitesTable?: { readonly table: string; readonly column: string };
}

const m2m = (field: string, table: string, fromColumn: string, toColumn: string): ImportManyToMany => ({ field, table, fromColumn, toColumn });

/** `Video.date_delete` default: today + DEFAULT_YEAR_DATE_DELETE (2) years. */
function dateDelete(): SqlValue {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + 2);
  return d.toISOString().slice(0, 10);
}

export const IMPORT_TYPES: Readonly<Record<SerializedType, ImportType>> = {
  User: { type: 'User', replacements: [], model: 'auth.user', table: 'auth_user', nullHeadband: true },
  Channel: {
    type: 'Channel', replacements: [['pods.channel', 'video.channel']], model: 'video.channel', table: 'video_channel', nullHeadband: true,
    manyToMany: [m2m('owners', 'video_channel_owners', 'channel_id', 'user_id'), m2m('users', 'video_channel_users', 'channel_id', 'user_id')],
    sitesTable: { table: 'video_channel_sites', column: 'channel_id' },
  },
  Theme: { type: 'Theme', replacements: [['pods.theme', 'video.theme']], model: 'video.theme', table: 'video_theme', nullHeadband: true },
  Type: {
    type: 'Type', replacements: [['pods.type', 'video.type'], ['headband', 'icon']], model: 'video.type', table: 'video_type', nullHeadband: true,
    sitesTable: { table: 'video_type_sites', column: 'type_id' },
  },
  Discipline: {
    type: 'Discipline', replacements: [['pods.discipline', 'video.discipline'], ['headband', 'icon']], model: 'video.discipline',
    table: 'video_discipline', nullHeadband: true, sitesTable: { table: 'video_discipline_sites', column: 'discipline_id' },
  },
  FlatPage: {
    type: 'FlatPage', replacements: [], model: 'flatpages.flatpage', table: 'django_flatpage', nullHeadband: true,
    manyToMany: [m2m('sites', 'django_flatpage_sites', 'flatpage_id', 'site_id')],
  },
  Pod: {
    type: 'Pod', replacements: [['pods.pod', 'video.video']], model: 'video.video', table: 'video_video', nullHeadband: true,
    manyToMany: [
      m2m('discipline', 'video_video_discipline', 'video_id', 'discipline_id'),
      m2m('channel', 'video_video_channel', 'video_id', 'channel_id'),
      m2m('theme', 'video_video_theme', 'video_id', 'theme_id'),
    ],
    defaults: { transcript: 0, tags: '', licence: null, encoding_in_progress: 0, is_video: 1, disable_comment: 0, thumbnail_id: null, overview: null, date_delete: dateDelete },
    sitesTable: { table: 'video_video_sites', column: 'video_id' },
  },
  Chapter: { type: 'Chapter', replacements: [['pods.chapterpods', 'chapter.chapter'], ['"time"', '"time_start"']], model: 'chapter.chapter', table: 'chapter_chapter', nullHeadband: true },
  Contributor: { type: 'Contributor', replacements: [['pods.contributorpods', 'completion.contributor']], model: 'completion.contributor', table: 'completion_contributor', nullHeadband: true },
};

/** Python's `str.replace` for each pair, over one element's text. */
export function rewriteText(text: string, replacements: ImportType['replacements']): string {
  let out = text;
  for (const [from, to] of replacements) out = out.split(from).join(to);
  return out;
}
