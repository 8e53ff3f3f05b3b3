/**
 * A column type reduced to what every engine can render: the meeting point of copyTables' type mapping.
 * The migrate layer parses a source engine's declared type into one of these; each engine's
 * `renderType` writes it back in its own words (see harness/engine/<engine>/<engine>-types.ts).
 */
export type PortableColumnType =
  | { readonly kind: 'int'; readonly bytes: 2 | 4 | 8 }
  | { readonly kind: 'decimal'; readonly args?: string }
  | { readonly kind: 'float'; readonly double: boolean }
  | { readonly kind: 'varchar' | 'char'; readonly length?: number }
  | { readonly kind: 'text' | 'date' | 'time' | 'timestamp' | 'binary' | 'boolean' | 'json' };
