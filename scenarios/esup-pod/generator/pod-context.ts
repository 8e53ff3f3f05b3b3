/**
 * Everything a table writer needs: the world (sizes, ids, defects), the entity model, attachments and
 * tags. Built once per generation; holds no per-row state.
 */
import { PodAttachments } from './pod-attachments.ts';
import { PodModel } from './pod-model.ts';
import { VideoTagger } from './pod-video-tags.ts';
import type { PodWorld } from './pod-world.ts';

export interface PodContext {
  readonly world: PodWorld;
  readonly model: PodModel;
  readonly attachments: PodAttachments;
  readonly tagger: VideoTagger;
}

export function createPodContext(world: PodWorld): PodContext {
  return { world, model: new PodModel(world), attachments: new PodAttachments(world), tagger: new VideoTagger(world) };
}

/** Iterates video ids 1..N; callers derive each video on the fly. */
export function* videoIds(world: PodWorld): Iterable<number> {
  for (let id = 1; id <= world.videos; id++) yield id;
}
