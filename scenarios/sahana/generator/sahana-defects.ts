/**
 * Data defects the Sahana generator can add, one per pitfall of the Haiti migration plan (seed 004,
 * "Migration plan" steps 8 to 13, and notes 1 and 2). A clean snapshot avoids every one of them; each
 * defect adds the condition alone, so a rehearsal of it names one cause. Shown by
 * `rehearse generate sahana --help`.
 */
export const SAHANA_DEFECT_NAMES = [
  'case-variant-emails',
  'accent-variant-names',
  'multi-line-values',
  'missing-sectors',
  'duplicate-people',
  'duplicate-users',
  'dangling-references',
] as const;
export type SahanaDefect = (typeof SAHANA_DEFECT_NAMES)[number];

export const SAHANA_DEFECTS: Readonly<Record<SahanaDefect, string>> = {
  // Note 1: "sqlite does seem to treat emails with different capitalizations as different entities.
  // MySQL does not". IS_NOT_IN_DB is an equality query, which SQLite's BINARY collation lets through.
  'case-variant-emails': 'users whose e-mails differ only by case (distinct in SQLite, equal under the target collation)',
  // Step 10: "remove 'Medecins du Monde France' entry as 'Médecins du Monde France' is treated as the same in MySQL".
  'accent-variant-names': 'organisations "Médecins du Monde France" and "Medecins du Monde France" (or_organisation.name is UNIQUE)',
  // Steps 9, 11, 12: multi-lined records in gis_layer_js and or_organisation; values with CR LF and bare CR.
  'multi-line-values': 'gis_layer_js code and or_organisation comments with CR LF and bare CR line ends',
  // Step 13: "or_sector does not have entries 14,15,16 - which are in the database associated with some organisations".
  'missing-sectors': 'or_sector ids 14, 15 and 16 deleted while organisations still list them in sector_id (|3|14|)',
  // Step 8: "Remove duplicates in the auth_user and pr_person".
  'duplicate-people': 'people registered twice (same names and birth date, another uuid and pentity)',
  'duplicate-users': 'users registered twice with the same names and e-mail',
  // Note 2: neither SQLite nor MyISAM enforced foreign keys, so references could dangle.
  'dangling-references': 'contacts, offices and locations referencing rows that do not exist',
};
