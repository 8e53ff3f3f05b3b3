/**
 * Rows of the auth and person tables. Clean data is unique wherever the migration needs it: e-mails
 * are lower-case and numbered, people differ by birth date. Defect rows come after the clean ones.
 */
import { FAMILY_NAMES, GIVEN_NAMES, ROLES } from './haiti-names.ts';
import { mailbox, random, stamps, type SahanaContext, type SahanaRow } from './sahana-context.ts';

/** Person `i` (1-based): names, e-mail, birth date, shared by pr_person and the users linked to it. */
export function personFacts(context: SahanaContext, i: number): { first: string; last: string; email: string; birth: string; uuid: string } {
  const r = random(context, 'pr_person', i);
  const first = r.pick(GIVEN_NAMES);
  const last = r.pick(FAMILY_NAMES);
  const birth = new Date(Date.UTC(1940, 0, 1) + i * 86_400_000 * 7);
  return { first, last, email: `${mailbox(first, last)}.${i}@haiti.example.org`, birth: birth.toISOString().slice(0, 10), uuid: r.uuid() };
}

function user(context: SahanaContext, i: number, person: number, email?: string, first?: string): SahanaRow {
  const r = random(context, 'auth_user', i);
  const facts = personFacts(context, person);
  return {
    id: i, first_name: first ?? facts.first, last_name: facts.last, person_uuid: facts.uuid, utc_offset: 'UTC -0500',
    email: email ?? facts.email, password: r.hex(32), registration_key: '',
  };
}

export function* authUsers(context: SahanaContext): Generator<SahanaRow> {
  const { users } = context.counts;
  // Users are the first people (staff and volunteers registered both as users and as persons).
  for (let i = 1; i <= users; i++) yield user(context, i, i);
  let id = users;
  if (context.defects.has('case-variant-emails')) {
    // Someone else in the household registered with the same mailbox, capitalised: distinct in SQLite.
    for (const person of [2, 5, 7]) {
      const facts = personFacts(context, person);
      const [local, domain] = facts.email.split('@') as [string, string];
      const capitalised = `${local.replace(/(^|\.)([a-z])/g, (_, dot: string, c: string) => dot + c.toUpperCase())}@${domain}`;
      yield user(context, ++id, person, capitalised, facts.first === 'Marie' ? 'Rose' : 'Marie');
    }
  }
  if (context.defects.has('duplicate-users')) {
    for (const person of [3, 8]) yield user(context, ++id, person);
  }
}

export function* authGroups(): Generator<SahanaRow> {
  for (const [index, role] of ROLES.entries()) yield { id: index + 1, role, description: `Sahana role: ${role}` };
}

export function* authMemberships(context: SahanaContext): Generator<SahanaRow> {
  for (let i = 1; i <= context.counts.users; i++) yield { id: i, user_id: i, group_id: i === 1 ? 1 : random(context, 'auth_membership', i).int(2, ROLES.length) };
}

/** One pentity per person, ids equal to the person's; duplicates get their own. */
export function* pentities(context: SahanaContext): Generator<SahanaRow> {
  const total = context.counts.people + (context.defects.has('duplicate-people') ? DUPLICATED_PEOPLE.length : 0);
  for (let i = 1; i <= total; i++) {
    const r = random(context, 'pr_pentity', i);
    yield { id: i, uuid: r.uuid(), ...stamps(r), opt_pr_entity_type: 1, label: null };
  }
}

/** People registered a second time by the duplicate-people defect. */
export const DUPLICATED_PEOPLE = [4, 9, 11] as const;

function person(context: SahanaContext, id: number, as: number): SahanaRow {
  const facts = personFacts(context, as);
  const r = random(context, 'pr_person-extra', id);
  return {
    id, uuid: id === as ? facts.uuid : r.uuid(), ...stamps(r), pr_pe_id: id, pr_pe_label: null, first_name: facts.first, middle_name: null,
    last_name: facts.last, gender: r.int(1, 3), age_group: r.int(1, 5), email: facts.email, mobile_phone: `+509 3${r.int(100, 999)} ${r.int(1000, 9999)}`,
    date_of_birth: facts.birth, nationality: 'ht', occupation: r.pick(['teacher', 'nurse', 'driver', 'engineer', null]),
    comment: r.chance(0.1) ? `Registered at ${r.pick(['Champ de Mars', 'Pétion-Ville club', 'Léogâne'])}.\nFamily contacted.` : null,
  };
}

export function* people(context: SahanaContext): Generator<SahanaRow> {
  const { people: count } = context.counts;
  for (let i = 1; i <= count; i++) yield person(context, i, i);
  if (context.defects.has('duplicate-people')) {
    for (const [n, as] of DUPLICATED_PEOPLE.entries()) yield person(context, count + n + 1, as);
  }
}

export function* personContacts(context: SahanaContext): Generator<SahanaRow> {
  const { people: count } = context.counts;
  for (let i = 1; i <= count; i++) {
    const r = random(context, 'pr_contact', i);
    const phone = r.chance(0.7);
    yield {
      id: i, uuid: r.uuid(), ...stamps(r), pr_pe_id: i, name: phone ? 'mobile' : 'e-mail', opt_pr_contact_method: phone ? 2 : 1,
      value: phone ? `+509 3${r.int(100, 999)} ${r.int(1000, 9999)}` : personFacts(context, i).email, priority: 1, comment: null,
    };
  }
  if (context.defects.has('dangling-references')) {
    // Contacts of pentities deleted in SQLite: the DAL only emulates CASCADE, so RESTRICT links dangle.
    for (let n = 1; n <= 3; n++) {
      const r = random(context, 'pr_contact-dangling', n);
      yield { id: count + n, uuid: r.uuid(), ...stamps(r), pr_pe_id: 900_000 + n, name: 'mobile', opt_pr_contact_method: 2, value: '+509 3700 0000', priority: 1, comment: null };
    }
  }
}
