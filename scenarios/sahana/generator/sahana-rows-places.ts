/**
 * Rows of the GIS and organisation tables: markers and feature classes, the départements and communes
 * (communes point to an earlier département through `parent`), the JavaScript map layers whose code
 * spans lines, the sectors, organisations with their `|1|14|` sector lists, offices and contacts.
 */
import { COMMUNES, DEPARTEMENTS, FEATURE_CLASSES, MARKERS, ORGANISATIONS, SECTORS } from './haiti-names.ts';
import { random, stamps, type SahanaContext, type SahanaRow } from './sahana-context.ts';

export function* markers(context: SahanaContext): Generator<SahanaRow> {
  for (const [index, name] of MARKERS.entries()) yield { id: index + 1, uuid: random(context, 'gis_marker', index + 1).uuid(), name, image: `gis_marker.image.${name}.png` };
}

export function* featureClasses(context: SahanaContext): Generator<SahanaRow> {
  for (const [index, fc] of FEATURE_CLASSES.entries()) {
    yield { id: index + 1, uuid: random(context, 'gis_feature_class', index + 1).uuid(), name: fc.name, description: null, marker_id: fc.marker, module: fc.module, resource: fc.resource };
  }
}

export function* locations(context: SahanaContext): Generator<SahanaRow> {
  const { locations: count } = context.counts;
  for (let i = 1; i <= count; i++) {
    const r = random(context, 'gis_location', i);
    const departement = i <= DEPARTEMENTS.length;
    const lat = Number((18.0 + r.next() * 1.9).toFixed(6));
    const lon = Number((-74.4 + r.next() * 2.7).toFixed(6));
    const name = departement ? DEPARTEMENTS[i - 1]! : `${r.pick(COMMUNES)} ${i}`;
    // Départements carry a polygon; WKT is where Sahana met Python's 128 KiB csv field limit.
    const wkt = departement
      ? `POLYGON((${[0, 1, 2, 3, 0].map((k) => `${(lon + (k % 2) * 0.3).toFixed(6)} ${(lat + Math.floor(k / 2) * 0.2).toFixed(6)}`).join(',')}))`
      : `POINT(${lon.toFixed(6)} ${lat.toFixed(6)})`;
    yield {
      id: i, uuid: r.uuid(), ...stamps(r), name, feature_class_id: 6, marker_id: departement ? null : 3,
      parent: departement ? null : r.int(1, DEPARTEMENTS.length), gis_feature_type: departement ? 3 : 1, lat, lon, wkt,
    };
  }
  if (context.defects.has('dangling-references')) {
    const r = random(context, 'gis_location-dangling', 1);
    yield { id: count + 1, uuid: r.uuid(), ...stamps(r), name: 'Fond Parisien camp', feature_class_id: 1, marker_id: 6, parent: 800_001, gis_feature_type: 1, lat: 18.5, lon: -71.98, wkt: 'POINT(-71.980000 18.500000)' };
  }
}

/** A JavaScript layer as admins pasted it: several lines, LF line ends (or CR LF / bare CR as a defect). */
function layerCode(name: string, index: number, lineEnd: string): string {
  return [`// ${name}`, `var layer${index} = new OpenLayers.Layer.Vector("${name}");`, '', `map.addLayer(layer${index});`].join(lineEnd);
}

export function* layers(context: SahanaContext): Generator<SahanaRow> {
  const names = ['Camps (IOM)', 'Hôpitaux', 'Points d\'eau', 'Routes bloquées'];
  const broken = context.defects.has('multi-line-values');
  for (const [index, name] of names.entries()) {
    const lineEnd = broken && index === 1 ? '\r\n' : broken && index === 3 ? '\r' : '\n';
    yield { id: index + 1, uuid: random(context, 'gis_layer_js', index + 1).uuid(), name, description: `${name}, updated daily`, enabled: 'T', code: layerCode(name, index + 1, lineEnd) };
  }
}

export function* sectors(context: SahanaContext): Generator<SahanaRow> {
  const missing = context.defects.has('missing-sectors') ? [14, 15, 16] : [];
  for (const [index, name] of SECTORS.entries()) {
    if (!missing.includes(index + 1)) yield { id: index + 1, uuid: random(context, 'or_sector', index + 1).uuid(), name };
  }
}

function organisationName(index: number): string {
  const base = ORGANISATIONS[index % ORGANISATIONS.length]!;
  return index < ORGANISATIONS.length ? base : `${base} ${Math.floor(index / ORGANISATIONS.length) + 1}`;
}

function organisation(context: SahanaContext, id: number, name: string): SahanaRow {
  const r = random(context, 'or_organisation', id);
  const ids = new Set([r.int(1, SECTORS.length), r.int(1, SECTORS.length), r.int(1, 11)]);
  // The first organisations work in sectors 14 to 16, the ids the Haiti file had lost.
  if (id <= 3) ids.add(13 + id);
  const multiLine = context.defects.has('multi-line-values') && id % 7 === 3;
  const comment = r.chance(0.3) || multiLine ? ['Present since 13 January.', 'Contact: logistics base.'].join(multiLine ? '\r\n' : '\n') : null;
  return {
    id, uuid: r.uuid(), ...stamps(r), name, acronym: name.split(/\s+/).map((w) => w[0]).join('').slice(0, 8).toUpperCase(), type: r.int(1, 6),
    sector_id: `|${[...ids].join('|')}|`, country: 'ht', website: `http://www.${r.hex(6)}.example.org`, twitter: null,
    donation_phone: null, comment,
  };
}

export function* organisations(context: SahanaContext): Generator<SahanaRow> {
  const { organisations: count } = context.counts;
  for (let i = 1; i <= count; i++) yield organisation(context, i, organisationName(i - 1));
  if (context.defects.has('accent-variant-names')) yield organisation(context, count + 1, 'Medecins du Monde France');
}

export function* offices(context: SahanaContext): Generator<SahanaRow> {
  const { organisations: count, locations: places } = context.counts;
  for (let i = 1; i <= count * 2; i++) {
    const r = random(context, 'or_office', i);
    const org = Math.ceil(i / 2);
    const head = i % 2 === 1;
    const dangling = context.defects.has('dangling-references') && i === 4;
    yield {
      id: i, uuid: r.uuid(), ...stamps(r), name: `${organisationName(org - 1)} ${head ? 'head office' : 'field office'}`, organisation_id: org,
      type: head ? 1 : 2, location_id: dangling ? 700_001 : r.int(1, places), parent: head ? null : i - 1,
      address: head ? `Rue ${r.int(1, 90)}\nPétion-Ville` : null, phone1: `+509 2${r.int(100, 999)} ${r.int(1000, 9999)}`, email: null,
    };
  }
}

export function* orContacts(context: SahanaContext): Generator<SahanaRow> {
  const { orContacts: count, people: persons, organisations: orgs } = context.counts;
  for (let i = 1; i <= count; i++) {
    const r = random(context, 'or_contact', i);
    const org = r.int(1, orgs);
    yield {
      id: i, uuid: r.uuid(), ...stamps(r), person_id: r.int(1, persons), organisation_id: org, office_id: org * 2 - 1,
      title: r.pick(['Country director', 'Logistician', 'Focal point', 'Medical coordinator']), manager_id: r.chance(0.5) ? r.int(1, persons) : null,
      focal_point: r.chance(0.2) ? 'T' : 'F',
    };
  }
}
