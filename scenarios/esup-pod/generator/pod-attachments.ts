/**
 * A video's attachments (documents, subtitle tracks, enrichments, chapters, contributors) and the
 * headbands of channels and themes, derived from ids like everything else. Both the data tables and the
 * media manifest call these, so a file row and its manifest entry always agree.
 */
import { CONTRIBUTOR_ROLES, DOCUMENT_EXTENSIONS, DOCUMENT_NAMES, ENRICHMENT_TYPES, FIRST_NAMES, LAST_NAMES } from './names.ts';
import { slugify } from './pod-tags.ts';
import { shortHash, type PodWorld } from './pod-world.ts';
import type { PodVideo } from './pod-model.ts';
import { rowRng } from './rng.ts';

export interface PodDocument {
  readonly name: string;
  /** The stored file name: slugified name, a storage suffix and the extension. */
  readonly fileName: string;
}

export interface PodTrack {
  readonly kind: 'subtitles' | 'captions';
  readonly lang: 'fr' | 'en';
  readonly fileName: string;
}

export interface PodEnrichment {
  readonly title: string;
  readonly type: (typeof ENRICHMENT_TYPES)[number];
  readonly start: number;
  readonly end: number;
  readonly stopVideo: boolean;
  /** Image file name for type "image". */
  readonly imageName: string | null;
  /** Document file name for type "document". */
  readonly documentName: string | null;
}

export class PodAttachments {
  readonly #world: PodWorld;
  readonly #stream: number;

  constructor(world: PodWorld) {
    this.#world = world;
    this.#stream = world.stream('attachments');
  }

  document(video: PodVideo, index: number): PodDocument {
    const rng = rowRng(this.#stream, video.id * 32 + index);
    const name = `${rng.pick(DOCUMENT_NAMES)} ${index + 1}`;
    return { name, fileName: `${slugify(name)}_${shortHash(`doc${video.id}.${index}`)}.${rng.pick(DOCUMENT_EXTENSIONS)}` };
  }

  /** v1 subtitles were uploaded as .vtt or .srt; with non-vtt-tracks some are .sub/.ttml/.txt (dropped by import_data). */
  track(video: PodVideo, index: number): PodTrack {
    const rng = rowRng(this.#stream, video.id * 32 + 4 + index);
    const lang = index === 0 ? video.mainLang : video.mainLang === 'fr' ? 'en' : 'fr';
    let ext = 'vtt';
    if (this.#world.version === 'v1') {
      ext = rng.chance(0.3) ? 'srt' : 'vtt';
      if (this.#world.has('non-vtt-tracks') && rng.chance(0.3)) ext = rng.pick(['sub', 'ttml', 'txt']);
    }
    return {
      kind: rng.chance(0.8) ? 'subtitles' : 'captions',
      lang: lang as 'fr' | 'en',
      fileName: `${video.slug.slice(0, 60)}-${lang}_${shortHash(`track${video.id}.${index}`)}.${ext}`,
    };
  }

  enrichment(video: PodVideo, index: number): PodEnrichment {
    const rng = rowRng(this.#stream, video.id * 32 + 8 + index);
    const type = rng.pick(ENRICHMENT_TYPES);
    const start = rng.int(0, Math.max(0, video.duration - 10));
    return {
      title: `${type === 'image' ? 'Figure' : type === 'document' ? 'Document' : 'Complément'} ${index + 1} – ${video.title}`.slice(0, 100),
      type,
      start,
      end: Math.min(video.duration, start + rng.int(5, 120)),
      stopVideo: rng.chance(0.2),
      imageName: type === 'image' ? `figure-${index + 1}_${shortHash(`enrimg${video.id}.${index}`)}.png` : null,
      documentName: type === 'document' ? `annexe-${index + 1}_${shortHash(`enrdoc${video.id}.${index}`)}.pdf` : null,
    };
  }

  chapter(video: PodVideo, index: number): { title: string; time: number } {
    const rng = rowRng(this.#stream, video.id * 32 + 12 + index);
    return { title: `${['Introduction', 'Partie', 'Exemple', 'Démonstration', 'Conclusion'][index] ?? 'Partie'} ${index + 1}`, time: Math.floor((video.duration * index) / 5) + rng.int(0, 9) };
  }

  contributor(video: PodVideo, index: number): { name: string; email: string; role: string; weblink: string | null } {
    const rng = rowRng(this.#stream, video.id * 32 + 20 + index);
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    return {
      name: `${first} ${last}`,
      email: rng.chance(0.6) ? `${slugify(first)}.${slugify(last)}@univ-exemple.fr` : '',
      role: rng.pick(CONTRIBUTOR_ROLES),
      weblink: rng.chance(0.2) ? `https://www.univ-exemple.fr/annuaire/${slugify(last)}` : null,
    };
  }

  channelHasHeadband(channel: number): boolean {
    return rowRng(this.#world.stream('channel-headband'), channel).chance(0.6);
  }

  themeHasHeadband(theme: number): boolean {
    return rowRng(this.#world.stream('theme-headband'), theme).chance(0.2);
  }

  /** Entity image file names (headbands, pictures, posters). */
  imageName(kind: string, id: number): string {
    return `${kind}-${id}_${shortHash(`${kind}${id}`)}.png`;
  }

  /** Whether a video has files in its own podfile folder (documents, tracks, enrichment files). */
  hasFolder(video: PodVideo): boolean {
    return video.documents + video.tracks > 0 || this.enrichmentFiles(video) > 0;
  }

  enrichmentFiles(video: PodVideo): number {
    let n = 0;
    for (let k = 0; k < video.enrichments; k++) {
      const e = this.enrichment(video, k);
      if (e.imageName || e.documentName) n++;
    }
    return n;
  }
}
