/**
 * The tag library of each Esup-Pod version, configured as Pod configures it. The libraries' own
 * defaults are upstream's; these presets carry Pod's settings explicitly, so a scenario comparing Pod
 * tags names the Pod version rather than relying on defaults.
 *
 * - v1 (EsupPortail/pod 1.8.1): django-taggit 0.20.1 behind `_MyTaggableManager`, whose `add()` runs
 *   `remove_accents(t.lower())` on every name (`TAGGIT_FORCE_LOWERCASE`, True by default there) and
 *   `TAGGIT_CASE_INSENSITIVE = True`, `taggit_tag.name` varchar(100).
 * - v2 and v3: django-tagging 0.4.6 / 0.5.0 with `FORCE_LOWERCASE_TAGS = True`, accents stripped by
 *   `Video.save()`, `MAX_TAG_LENGTH = 50`.
 * - v4: django-tagulous with a plain `TagField()` (library defaults) and `TAGULOUS_NAME_MAX_LENGTH = 80`.
 */
import { djangoTagging, djangoTaggit, tagulous, type TagLibrary } from 'rehearse';

/** `MAX_TAG_LENGTH` in Pod 2.x/3.x settings, the width of `tagging_tag.name`. */
export const POD_TAGGING_MAX_TAG_LENGTH = 50;
/** Width of `video_video.tags` (django-tagging's `TagField` is a CharField(255)). */
export const POD_TAGS_COLUMN_LENGTH = 255;

/** Pod 1.x: django-taggit behind Pod's lower-casing, accent-stripping manager. */
export const POD_V1_TAGS: TagLibrary = djangoTaggit({ forceLowercase: true, stripAccents: true, caseInsensitive: true, maxLength: 100 });
/** Pod 2.x and 3.x: django-tagging with `FORCE_LOWERCASE_TAGS = True`; `Video.save()` strips accents. */
export const POD_V2_V3_TAGS: TagLibrary = djangoTagging({ forceLowercase: true, stripAccents: true, maxLength: POD_TAGGING_MAX_TAG_LENGTH });
/** Pod 4.x: tagulous `TagField()` with `TAGULOUS_NAME_MAX_LENGTH = 80`. */
export const POD_V4_TAGS: TagLibrary = tagulous({ caseSensitive: false, forceLowercase: false, spaceDelimiter: true, maxLength: 80 });

/** The presets by name, as the domain declares them. */
export const POD_TAG_PRESETS = {
  'pod-v1-tags': POD_V1_TAGS,
  'pod-v2-tags': POD_V2_V3_TAGS,
  'pod-v3-tags': POD_V2_V3_TAGS,
  'pod-v4-tags': POD_V4_TAGS,
} as const;
