/**
 * How many rows of each table a snapshot holds, derived from the number of people so that references can
 * be drawn from the start without reading what was written.
 */
import { DEPARTEMENTS, FEATURE_CLASSES, MARKERS, ROLES, SECTORS } from './haiti-names.ts';

export interface SahanaCounts {
  readonly people: number;
  readonly users: number;
  readonly groups: number;
  readonly markers: number;
  readonly featureClasses: number;
  /** Départements first (ids 1..10), then communes whose parent is a département. */
  readonly locations: number;
  readonly sectors: number;
  readonly organisations: number;
  /** Two offices per organisation: the head office, then a field office whose parent is the head office. */
  readonly offices: number;
  readonly orContacts: number;
  readonly layers: number;
}

export function sahanaCounts(people: number): SahanaCounts {
  const organisations = Math.max(20, Math.ceil(people / 10));
  return {
    people,
    users: Math.max(10, Math.ceil(people / 4)),
    groups: ROLES.length,
    markers: MARKERS.length,
    featureClasses: FEATURE_CLASSES.length,
    locations: DEPARTEMENTS.length + Math.max(20, Math.ceil(people / 5)),
    sectors: SECTORS.length,
    organisations,
    offices: organisations * 2,
    orContacts: Math.max(10, Math.ceil(people / 5)),
    layers: 4,
  };
}
