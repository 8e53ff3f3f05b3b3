/**
 * Reads the export files back as `import_data` does, but streamed: the top-level array or object is cut
 * into its elements by a small scanner that tracks strings and nesting, and each element is parsed on its
 * own. `import_data` itself loads a whole file (`json.load`, `serializers.deserialize`); the rehearsal
 * must not, a 10,000-video `Pod.json` being tens of megabytes.
 */
import { createReadStream } from 'node:fs';
import { BadInputError } from 'rehearse';

export interface JsonEntry {
  /** The key of an object entry; undefined for array elements. */
  readonly key?: string;
  /** The element's JSON text, exactly as in the file. */
  readonly text: string;
}

/**
 * Yields the top-level elements of a JSON array, or the entries of a JSON object, with their raw text.
 * The structure is trusted to be valid JSON (our own export wrote it); each element is checked by
 * `JSON.parse` in {@link readJsonValues}.
 */
export async function* readJsonEntries(file: string): AsyncGenerator<JsonEntry> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let buffer = '';
  let key: string | undefined;
  let collecting = false;
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    for (const c of chunk as string) {
      if (collecting) buffer += c;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') {
        inString = true;
        if (depth === 1 && !collecting) {
          collecting = true;
          buffer = c;
        }
        continue;
      }
      if (c === '{' || c === '[') {
        depth++;
        if (depth === 2 && !collecting) {
          collecting = true;
          buffer = c;
        }
        continue;
      }
      if (c === '}' || c === ']') depth--;
      if (depth === 1 && collecting && (c === ',' || c === ':')) {
        const text = buffer.slice(0, -1).trim();
        collecting = false;
        buffer = '';
        if (c === ':') {
          key = JSON.parse(text) as string;
          collecting = true;
          continue;
        }
        yield { key, text };
        key = undefined;
      } else if (depth === 0 && collecting) {
        yield { key, text: buffer.slice(0, -1).trim() };
        collecting = false;
        buffer = '';
      } else if (depth === 1 && !collecting && c !== ',' && !/\s/.test(c) && c !== '[' && c !== '{') {
        // A scalar element (number, true, null…) directly in the top-level container.
        collecting = true;
        buffer = c;
      }
    }
  }
  if (depth !== 0) throw new BadInputError(`export file ${file} is truncated (unbalanced brackets); re-run the export step`);
}

/** Parses each entry; a malformed element names the file and key. */
export async function* readJsonValues<T>(file: string): AsyncGenerator<{ key?: string; value: T }> {
  for await (const entry of readJsonEntries(file)) {
    try {
      yield { key: entry.key, value: JSON.parse(entry.text) as T };
    } catch (cause) {
      throw new BadInputError(`export file ${file}: element ${entry.key ?? ''} is not valid JSON (${entry.text.slice(0, 80)}…)`, { cause });
    }
  }
}
