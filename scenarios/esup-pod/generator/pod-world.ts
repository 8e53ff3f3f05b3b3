/**
 * The sizes and id layout of one generated Pod instance, computed once from the options. Entities are
 * never stored: pod-model.ts derives any user, video or channel from its id, and the layout says which
 * ids exist. File and image ids are laid out in fixed blocks per entity (sparse ids, as real tables have
 * after deletions) so that a video's files can be found from the video id alone.
 */
import { createHash } from 'node:crypto';
import { JUNK_PHRASES, LONG_TAGS, MULTI_WORD_TAGS, SINGLE_WORD_TAGS, TYPE_NAMES, DISCIPLINE_NAMES } from './names.ts';
import type { DefectName } from './pod-defects.ts';
import { slugify, stripAccents, taggingTagName } from './pod-tags.ts';
import { streamSeed } from './rng.ts';

export const GENERATOR_VERSIONS = ['v1', 'v2', 'v3'] as const;
export type GeneratorVersion = (typeof GENERATOR_VERSIONS)[number];

/** A fixed fake SECRET_KEY: hashkeys are sha256(SECRET_KEY + username) (research §2.5). Not a secret. */
export const GENERATOR_SECRET_KEY = 'rehearse-generator-fake-secret-key-0000000000000000';
/** The SECRET_KEY of an older installation, for owner-hashkey-mismatch paths. Not a secret either. */
export const GENERATOR_OLD_SECRET_KEY = 'rehearse-generator-old-fake-secret-key-1111111111111';
/** A fixed fake v1 MEDIA_GUARD_SALT (v1 paths embed sha256(salt + login + pod id)). */
export const GENERATOR_MEDIA_GUARD_SALT = 'rehearse-generator-fake-media-guard-salt';

export type TagKind = 'single' | 'multi' | 'junk' | 'long';
export interface TagEntry {
  /** tagging/taggit id. */
  readonly id: number;
  /** Display form, as v1 taggit stored it (accents, capitals). */
  readonly name: string;
  readonly kind: TagKind;
}

export interface PodWorldOptions {
  readonly version: GeneratorVersion;
  readonly videos: number;
  readonly seed: number;
  readonly defects: ReadonlySet<DefectName>;
}

export class PodWorld {
  readonly version: GeneratorVersion;
  readonly seed: number;
  readonly defects: ReadonlySet<DefectName>;
  readonly videos: number;
  /** Regular users: ids 1..users. Users 1..posters own at least one video; the others own none. */
  readonly users: number;
  readonly posters: number;
  /** channel-only-users defect: ids users+1..totalUsers co-own channels and never post. */
  readonly totalUsers: number;
  readonly channels: number;
  readonly themesPerChannel = 3;
  readonly themes: number;
  readonly types = TYPE_NAMES.length;
  readonly disciplines = DISCIPLINE_NAMES.length;
  readonly playlists: number;
  readonly buildings = 2;
  readonly broadcasters = 3;
  readonly meetings: number;
  /** Entity image ids 1..entityImages: channel, theme, type, discipline headbands, user pictures, live. */
  readonly entityImages: number;
  readonly vocabulary: readonly TagEntry[];
  readonly #tagIdByTaggingName = new Map<string, number>();

  constructor(options: PodWorldOptions) {
    this.version = options.version;
    this.seed = options.seed;
    this.defects = options.defects;
    this.videos = options.videos;
    this.users = Math.floor(options.videos / 10) + 10;
    this.posters = Math.min(Math.ceil(this.users * 0.7), Math.max(1, options.videos));
    const extra = this.has('channel-only-users') ? Math.max(3, Math.floor(this.users / 20)) : 0;
    this.totalUsers = this.users + extra;
    this.channels = Math.max(5, Math.floor(options.videos / 25));
    this.themes = this.channels * this.themesPerChannel;
    this.playlists = Math.max(2, Math.floor(options.videos / 20));
    this.meetings = Math.max(2, Math.floor(options.videos / 100));
    this.entityImages = this.channels + this.themes + this.types + this.disciplines + this.totalUsers + this.buildings + this.broadcasters;
    this.vocabulary = this.#buildVocabulary();
  }

  has(defect: DefectName): boolean {
    return this.defects.has(defect);
  }

  /** The per-stream seed for a table or an entity aspect. */
  stream(name: string): number {
    return streamSeed(this.seed, name);
  }

  // Image id layout (shared by v1 filer and v2/v3 podfile_customimagemodel).
  channelImageId(channel: number): number {
    return channel;
  }
  themeImageId(theme: number): number {
    return this.channels + theme;
  }
  typeImageId(type: number): number {
    return this.channels + this.themes + type;
  }
  disciplineImageId(discipline: number): number {
    return this.channels + this.themes + this.types + discipline;
  }
  userImageId(user: number): number {
    return this.channels + this.themes + this.types + this.disciplines + user;
  }
  buildingImageId(building: number): number {
    return this.userImageId(this.totalUsers) + building;
  }
  broadcasterImageId(broadcaster: number): number {
    return this.buildingImageId(this.buildings) + broadcaster;
  }

  /** v2/v3 podfile_customimagemodel id of a video's image slot (0 thumbnail, 1-2 enrichment images). */
  videoImageId(video: number, slot: number): number {
    return this.entityImages + (video - 1) * 3 + slot + 1;
  }
  /** v2/v3 podfile_customfilemodel id of a video's file slot (0-1 documents, 2-3 tracks, 4-5 enrichment documents). */
  videoFileId(video: number, slot: number): number {
    return (video - 1) * 6 + slot + 1;
  }
  /** v1 filer_file id of a video's slot (0 thumbnail, 1-2 enrichment images, 3-4 docs, 5-6 tracks, 7-8 enrichment docs). */
  filerVideoId(video: number, slot: number): number {
    return this.entityImages + (video - 1) * 9 + slot + 1;
  }
  /** v2/v3 podfile_userfolder id: users' home folders are 1..totalUsers, a video's folder follows. */
  videoFolderId(video: number): number {
    return this.totalUsers + video;
  }

  /** sha256(SECRET_KEY + username), lowercase hex (research §2.5). */
  hashkey(username: string, secretKey = GENERATOR_SECRET_KEY): string {
    return createHash('sha256').update(secretKey + username, 'utf8').digest('hex');
  }

  tagIdForTaggingName(name: string): number {
    const id = this.#tagIdByTaggingName.get(name);
    if (id === undefined) throw new Error(`generator bug: tagging name "${name}" is not in the vocabulary`);
    return id;
  }

  tagEntries(kind: TagKind): readonly TagEntry[] {
    return this.vocabulary.filter((t) => t.kind === kind);
  }

  #buildVocabulary(): TagEntry[] {
    const entries: TagEntry[] = [];
    const add = (names: readonly string[], kind: TagKind): void => {
      for (const name of names) entries.push({ id: entries.length + 1, name, kind });
    };
    add(SINGLE_WORD_TAGS, 'single');
    add(MULTI_WORD_TAGS, 'multi');
    if (this.has('junk-keywords')) add(JUNK_PHRASES, 'junk');
    if (this.has('long-tags')) add(LONG_TAGS, 'long');
    const folded = new Set<string>();
    for (const entry of entries) {
      // Names must stay distinct under an accent- and case-insensitive collation (MariaDB's default
      // utf8mb4_general_ci), after the 50-character cut, and as slugs (taggit slug is unique).
      const key = taggingTagName(entry.name);
      const slug = slugify(entry.name);
      if (folded.has(key) || folded.has(`slug:${slug}`)) throw new Error(`generator bug: tag "${entry.name}" collides`);
      folded.add(key);
      folded.add(`slug:${slug}`);
      this.#tagIdByTaggingName.set(key, entry.id);
    }
    return entries;
  }
}

/** Python's "%04d". */
export function pad4(id: number): string {
  return String(id).padStart(4, '0');
}

/** A short deterministic suffix, like the random one Django storages append on name collisions. */
export function shortHash(text: string, length = 7): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

export { stripAccents };
