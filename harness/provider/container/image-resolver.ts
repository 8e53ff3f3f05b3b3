/**
 * Scenarios name images the way users do ("mariadb:10.11"). On sites without a registry those names
 * point at local stand-ins built from Debian packages (images/), through a documented mapping:
 * images/image-map.json, overridden by REHEARSE_IMAGE_MAP. A stand-in is used only when it exists in the
 * engine, so on a machine with a registry the official image is pulled as written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BadInputError } from '../../errors.ts';

export interface ResolvedImage {
  readonly requested: string;
  readonly resolved: string;
  /** Why the resolved name differs, for the report. */
  readonly note?: string;
}

const DEFAULT_MAP_FILE = fileURLToPath(new URL('../../../images/image-map.json', import.meta.url));

export function loadImageMap(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const override = env.REHEARSE_IMAGE_MAP?.trim();
  if (override && !override.includes('=')) return readMapFile(override, 'REHEARSE_IMAGE_MAP');
  const map = existsSync(DEFAULT_MAP_FILE) ? readMapFile(DEFAULT_MAP_FILE, 'images/image-map.json') : {};
  if (override) {
    for (const pair of override.split(',')) {
      const [name, image] = pair.split('=').map((s) => s.trim());
      if (!name || !image) {
        throw new BadInputError(`REHEARSE_IMAGE_MAP: "${pair}" is not name=image (e.g. mariadb:10.11=registry.local/mariadb:10.11)`);
      }
      map[name] = image;
    }
  }
  return map;
}

function readMapFile(file: string, label: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new BadInputError(`${label} (${file}) is not readable JSON: ${(cause as Error).message}`, { cause });
  }
  if (typeof parsed !== 'object' || parsed === null) throw new BadInputError(`${label} (${file}) must be a JSON object`);
  const map: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (key.startsWith('$')) continue;
    if (typeof value !== 'string') throw new BadInputError(`${label}: the value of "${key}" must be an image name string`);
    map[key] = value;
  }
  return map;
}

/** The stand-in for a name: exact match first, then "repo:*". */
export function mappedImage(requested: string, map: Record<string, string>): string | undefined {
  if (map[requested]) return map[requested];
  const repo = requested.includes(':') ? requested.slice(0, requested.lastIndexOf(':')) : requested;
  return map[`${repo}:*`];
}

export async function resolveImage(requested: string, map = loadImageMap()): Promise<ResolvedImage> {
  const candidate = mappedImage(requested, map);
  if (!candidate) return { requested, resolved: requested };
  // Loaded only here: scenario files reach this module through exec steps, which rarely run.
  const { getContainerRuntimeClient, ImageName } = await import('testcontainers');
  const client = await getContainerRuntimeClient();
  if (await client.image.exists(ImageName.fromString(candidate))) {
    const exact = map[requested] === candidate;
    return {
      requested,
      resolved: candidate,
      note: exact ? 'local stand-in' : `local stand-in for a different version (no "${requested}" available here)`,
    };
  }
  return { requested, resolved: requested };
}
