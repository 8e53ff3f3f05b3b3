/**
 * Pod entities derived from their ids: the same (seed, id) always gives the same user, video or channel,
 * whichever table is being written, so no table is kept in memory. Each aspect draws from its own
 * stream, so adding a column to one table never shifts the data of another.
 */
import {
  AFFILIATIONS, AUTH_TYPES, CHANNEL_NAMES, ESTABLISHMENTS, FIRST_NAMES, LAST_NAMES, LICENCES, THEME_NAMES,
  TITLE_SUBJECTS, TITLE_WORDS,
} from './names.ts';
import { GENERATOR_MEDIA_GUARD_SALT, GENERATOR_OLD_SECRET_KEY, pad4, type PodWorld, shortHash } from './pod-world.ts';
import { slugify } from './pod-tags.ts';
import { rowRng, type Rng } from './rng.ts';

export interface PodUser {
  readonly id: number;
  readonly username: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly hashkey: string;
  readonly isSuperuser: boolean;
  readonly isStaff: boolean;
  readonly dateJoined: string;
  readonly lastLogin: string | null;
  readonly authType: string;
  readonly affiliation: string;
  readonly establishment: string;
  readonly hasPicture: boolean;
  /** A fake pbkdf2 hash: realistic shape, derived from nothing secret. */
  readonly password: string;
}

export interface PodVideo {
  readonly id: number;
  readonly ownerId: number;
  /** The hashkey (v2/v3) or username (v1) segment of the video's paths; differs from the owner's with
   * the owner-hashkey-mismatch defect. */
  readonly pathKey: string;
  readonly title: string;
  readonly slug: string;
  readonly extension: string;
  readonly typeId: number;
  readonly dateAdded: string;
  readonly dateEvt: string | null;
  readonly cursus: string;
  readonly mainLang: string;
  readonly duration: number;
  readonly isDraft: boolean;
  readonly isRestricted: boolean;
  readonly password: string | null;
  readonly encoded: boolean;
  readonly isVideo: boolean;
  readonly is360: boolean;
  readonly allowDownloading: boolean;
  readonly disableComment: boolean;
  readonly licence: string | null;
  readonly description: string;
  readonly channelIds: readonly number[];
  readonly themeId: number | null;
  readonly disciplineIds: readonly number[];
  readonly additionalOwnerId: number | null;
  readonly heights: readonly number[];
  readonly chapters: number;
  readonly contributors: number;
  readonly documents: number;
  readonly tracks: number;
  readonly enrichments: number;
  readonly overlays: number;
  readonly viewDays: number;
  readonly hasThumbnail: boolean;
  readonly viewCount: number;
}

const BASE_TIME = Date.UTC(2014, 8, 1);
const DAY = 86_400_000;

/** 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC, Django USE_TZ). */
export function datetimeAt(ms: number, micros: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${String(micros).padStart(6, '0')}`;
}

export function dateAt(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function fakePassword(rng: Rng, salt: string): string {
  return `pbkdf2_sha256$36000$${salt.slice(0, 12)}$${Buffer.from(shortHash(`${salt}:${rng.nextUint32()}`, 32)).toString('base64').slice(0, 43)}=`;
}

export class PodModel {
  readonly world: PodWorld;
  readonly #users = new Map<number, PodUser>();
  readonly #userStream: number;
  readonly #videoStream: number;

  constructor(world: PodWorld) {
    this.world = world;
    this.#userStream = world.stream('user');
    this.#videoStream = world.stream('video');
  }

  user(id: number): PodUser {
    const cached = this.#users.get(id);
    if (cached) return cached;
    const rng = rowRng(this.#userStream, id);
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const style = rng.next();
    // Logins mix the usual lowercase ASCII with mixed case and accents, as CAS/LDAP imports left them;
    // the id suffix keeps them unique under MariaDB's case- and accent-insensitive collation.
    const base =
      style < 0.7
        ? `${slugify(firstName)}.${slugify(lastName).replaceAll('-', '')}`
        : style < 0.8
          ? `${firstName.replaceAll(' ', '')}.${lastName.replaceAll(' ', '')}`
          : style < 0.9
            ? `${firstName.toLowerCase()}.${lastName.toLowerCase().replaceAll(' ', '')}`
            : `${slugify(firstName).charAt(0)}${slugify(lastName).replaceAll('-', '')}`;
    const username = id === 1 ? 'admin' : `${base.slice(0, 30 - String(id).length)}${id}`;
    const joined = BASE_TIME + Math.floor(rng.next() * 3 * 365 * DAY);
    const user: PodUser = {
      id,
      username,
      firstName,
      lastName,
      email: `${slugify(firstName)}.${slugify(lastName)}${id}@univ-exemple.fr`,
      hashkey: this.world.hashkey(username),
      isSuperuser: id === 1,
      isStaff: id === 1 || rng.chance(0.05),
      dateJoined: datetimeAt(joined, rng.int(0, 999_999)),
      lastLogin: rng.chance(0.9) ? datetimeAt(joined + rng.int(0, 900) * DAY, rng.int(0, 999_999)) : null,
      authType: id === 1 ? 'local' : rng.pick(AUTH_TYPES),
      affiliation: rng.pick(AFFILIATIONS),
      establishment: rng.pick(ESTABLISHMENTS),
      hasPicture: rng.chance(0.25),
      password: fakePassword(rng, shortHash(`user${id}`, 12)),
    };
    if (this.#users.size >= 4096) this.#users.clear();
    this.#users.set(id, user);
    return user;
  }

  video(id: number): PodVideo {
    const w = this.world;
    const rng = rowRng(this.#videoStream, id);
    const ownerId = id <= w.posters ? id : rng.int(1, w.posters);
    const owner = this.user(ownerId);
    let pathKey = w.version === 'v1' ? owner.username : owner.hashkey;
    const mismatch = rng.next();
    if (w.has('owner-hashkey-mismatch') && mismatch < 0.04) {
      // Half moved to another owner in the admin, half written under an older SECRET_KEY (research §2.5).
      const previous = this.user(ownerId === 1 ? 2 : ownerId - 1);
      pathKey =
        w.version === 'v1' ? previous.username : mismatch < 0.02 ? previous.hashkey : w.hashkey(owner.username, GENERATOR_OLD_SECRET_KEY);
    }
    const title = `${rng.pick(TITLE_WORDS)} ${rng.pick(TITLE_SUBJECTS)}${rng.chance(0.3) ? ` (partie ${rng.int(1, 9)})` : ''}`;
    const isVideo = rng.chance(0.96);
    const added = BASE_TIME + Math.floor((id / Math.max(1, w.videos)) * 8 * 365 * DAY) + rng.int(0, DAY - 1);
    const channelIds = rng.chance(0.7) ? rng.distinct(rng.int(1, 2), w.channels) : [];
    const firstChannel = channelIds[0];
    const heights = isVideo ? [360, ...(rng.chance(0.8) ? [720] : []), ...(rng.chance(0.4) ? [1080] : [])] : [];
    return {
      id,
      ownerId,
      pathKey,
      title,
      slug: `${pad4(id)}-${slugify(title)}`.slice(0, 255),
      extension: isVideo ? rng.pick(['mp4', 'mp4', 'mp4', 'mov', 'mkv', 'webm']) : 'mp3',
      typeId: rng.int(1, w.types),
      dateAdded: datetimeAt(added, rng.int(0, 999_999)),
      dateEvt: rng.chance(0.6) ? dateAt(added - rng.int(0, 30) * DAY) : null,
      cursus: rng.pick(['0', 'L', 'M', 'D', '1', 'C', 'A']),
      mainLang: rng.chance(0.8) ? 'fr' : 'en',
      duration: rng.int(30, 7200),
      isDraft: rng.chance(0.1),
      isRestricted: rng.chance(0.05),
      password: rng.chance(0.03) ? `mdp-${shortHash(`video-password${id}:${rng.nextUint32()}`, 12)}` : null,
      encoded: rng.chance(0.97),
      isVideo,
      is360: rng.chance(0.02),
      allowDownloading: rng.chance(0.3),
      disableComment: rng.chance(0.1),
      licence: rng.pick(LICENCES),
      description: `<p>${title}. Enregistré à l'université, ${rng.pick(['amphithéâtre A', 'salle 2.04', 'studio', 'en ligne'])}.</p>`,
      channelIds,
      themeId: firstChannel !== undefined && rng.chance(0.5) ? (firstChannel - 1) * w.themesPerChannel + rng.int(1, w.themesPerChannel) : null,
      disciplineIds: rng.chance(0.6) ? rng.distinct(rng.int(1, 2), w.disciplines) : [],
      additionalOwnerId: w.posters > 1 && rng.chance(0.05) ? ((ownerId % w.users) + 1) : null,
      heights,
      chapters: rng.chance(0.4) ? rng.int(1, 4) : 0,
      contributors: rng.chance(0.5) ? rng.int(1, 3) : 0,
      documents: rng.chance(0.25) ? rng.int(1, 2) : 0,
      tracks: rng.chance(0.3) ? rng.int(1, 2) : 0,
      enrichments: rng.chance(0.15) ? rng.int(1, 2) : 0,
      overlays: rng.chance(0.05) ? 1 : 0,
      viewDays: rng.int(0, 5),
      hasThumbnail: rng.chance(0.7),
      viewCount: rng.int(0, 5000),
    };
  }

  /** A video's private directory (encodings, overview): videos/<key>/<%04d id>/ (v1 adds the media-guard hash). */
  videoDir(video: PodVideo): string {
    if (this.world.version === 'v1') return `videos/${video.pathKey}/${this.mediaGuard(video)}/${pad4(video.id)}`;
    return `videos/${video.pathKey}/${pad4(video.id)}`;
  }

  /** The source file path, as each version's upload_to builds it (research §2.5). */
  videoSourcePath(video: PodVideo): string {
    if (this.world.version === 'v1') return `videos/${video.pathKey}/${this.mediaGuard(video)}/${video.slug}.${video.extension}`;
    return `videos/${video.pathKey}/${video.slug}.${video.extension}`;
  }

  /** v1 MEDIA_GUARD: sha256(MEDIA_GUARD_SALT + login + pod id). */
  mediaGuard(video: PodVideo): string {
    return this.world.hashkey(`${video.pathKey}${video.id}`, GENERATOR_MEDIA_GUARD_SALT);
  }

  channelTitle(id: number): string {
    const name = CHANNEL_NAMES[(id - 1) % CHANNEL_NAMES.length]!;
    return id <= CHANNEL_NAMES.length ? name : `${name} ${Math.ceil(id / CHANNEL_NAMES.length)}`;
  }

  /** Theme titles embed their channel: v1 pods_theme.title is globally unique. */
  themeTitle(id: number): string {
    const channel = Math.ceil(id / this.world.themesPerChannel);
    return `${THEME_NAMES[(id - 1) % THEME_NAMES.length]} – ${this.channelTitle(channel)}`;
  }

  themeChannel(id: number): number {
    return Math.ceil(id / this.world.themesPerChannel);
  }

  /** The first theme of each channel is the parent of the others ("parentId_id"). */
  themeParent(id: number): number | null {
    const first = (this.themeChannel(id) - 1) * this.world.themesPerChannel + 1;
    return id === first ? null : first;
  }

  /** Channel owners are posters (baseline); with channel-only-users, one of the never-posting users co-owns. */
  channelOwners(id: number): number[] {
    const w = this.world;
    const rng = rowRng(w.stream('channel-owners'), id);
    const owners = rng.distinct(rng.int(1, 2), w.posters);
    const extra = w.totalUsers - w.users;
    if (extra > 0) owners.push(w.users + ((id - 1) % extra) + 1);
    return owners;
  }

  /** Channel members are any users, so some of them never posted (realistic even in clean data). */
  channelMembers(id: number): number[] {
    const w = this.world;
    const rng = rowRng(w.stream('channel-members'), id);
    const members = rng.distinct(rng.int(0, 5), w.users);
    const extra = w.totalUsers - w.users;
    if (extra > 0) members.push(w.users + ((id + 1) % extra) + 1);
    return [...new Set(members)];
  }
}
