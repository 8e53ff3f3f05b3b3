/**
 * The data conditions behind the failures the DjNRO 0.8 -> 1.0 procedure runs into, each added by
 * `rehearse generate djnro --defect NAME`. Each one is something a MyISAM production database can hold
 * (no foreign keys, no transactions) or an operator can have done by hand.
 */
export const DJNRO_DEFECT_NAMES = ['orphan-m2m', 'orphan-generic', 'custom-permissions', 'unassigned-custom-permissions'] as const;
export type DjnroDefectName = (typeof DJNRO_DEFECT_NAMES)[number];

export const DJNRO_DEFECTS: Readonly<Record<DjnroDefectName, string>> = {
  'orphan-m2m':
    'many-to-many rows whose other end was deleted (realm and service location contacts, realm proxy servers, a user permission): dumpdata joins to the target table and silently leaves them out',
  'orphan-generic':
    'name_i18n / url_i18n rows whose object_id points at no institution, realm or service location: no constraint stops them and they migrate silently',
  'custom-permissions':
    'permissions created by hand in the database (no model declares them) assigned to users and groups: auth.Permission is not dumped, so the target cannot resolve them',
  'unassigned-custom-permissions':
    'permissions created by hand in the database, assigned to nobody: they are not dumped and vanish without any error',
};
