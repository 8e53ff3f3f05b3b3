/**
 * `import_data User` and `import_data UserProfile` (research §6.2, seed 000 steps 1 and 7). Saving a
 * User fires Pod v2's `post_save` handler that creates its `Owner`; `Owner.save()` sets
 * `hashkey = sha256(SECRET_KEY + username)` (research §2.5), computed here by the server
 * (https://mariadb.com/kb/en/sha2/: `SHA2(CONCAT(key, username), 256)` hashes the UTF-8 bytes, like
 * Python's `.encode('utf-8')`). New owners are local student accounts, the v2 defaults (seed 000 step 7).
 * UserProfile then copies `auth_type`, `affiliation` and `commentaire` onto the owner found by `user_id`;
 * the avatar is dropped ("todo image").
 */
import type { StepContext, StepOutput } from 'rehearse';
import { readJsonValues } from '../json/json-file-reader.ts';
import { CommitBatches } from './commit-batches.ts';
import { requireExport } from './export-files.ts';
import { IMPORT_TYPES } from './import-types.ts';
import { importSerialized } from './serialized-import.ts';

/** Owner defaults in Pod 2.x `authentication/models.py`. */
const OWNER_DEFAULTS = { authType: 'local', affiliation: 'student', establishment: 'Etab_1' } as const;
const DEFAULT_SITE_ID = 1;

export async function importUsers(context: StepContext, secretKey: string): Promise<StepOutput> {
  const result = await importSerialized(context, IMPORT_TYPES.User);
  const { target } = context;
  const owners = await target.execute(
    `INSERT INTO authentication_owner (user_id, auth_type, affiliation, commentaire, hashkey, userpicture_id, establishment)
     SELECT u.id, ?, ?, '', SHA2(CONCAT(?, u.username), 256), NULL, ? FROM auth_user u
     WHERE NOT EXISTS (SELECT 1 FROM authentication_owner o WHERE o.user_id = u.id) ORDER BY u.id`,
    [OWNER_DEFAULTS.authType, OWNER_DEFAULTS.affiliation, secretKey, OWNER_DEFAULTS.establishment],
  );
  await target.execute(
    `INSERT INTO authentication_owner_sites (owner_id, site_id) SELECT o.id, ? FROM authentication_owner o
     WHERE NOT EXISTS (SELECT 1 FROM authentication_owner_sites s WHERE s.owner_id = o.id) ORDER BY o.id`,
    [DEFAULT_SITE_ID],
  );
  return { rows: result.rows, output: `${result.output}\n${owners.affectedRows} owners created by the User post_save handler` };
}

interface ProfileObject {
  readonly fields: { readonly user: number; readonly auth_type: string; readonly affiliation: string; readonly commentaire: string };
}

export async function importUserProfiles(context: StepContext): Promise<StepOutput> {
  const file = requireExport(context, 'UserProfile.json');
  // migrate_to_v2 for UserProfile renames the model and "image" to "userpicture"; only the three copied
  // fields and the user id are read afterwards, so the rewrite changes nothing the import uses.
  let updated = 0;
  let read = 0;
  const missing: number[] = [];
  // One commit per few hundred profiles instead of one per UPDATE (see commit-batches.ts).
  const commits = await CommitBatches.start(context.target);
  for await (const { value } of readJsonValues<ProfileObject>(file)) {
    read++;
    const f = value.fields;
    const result = await context.target.execute(
      'UPDATE authentication_owner SET auth_type = ?, affiliation = ?, commentaire = ? WHERE user_id = ?',
      [f.auth_type, f.affiliation, f.commentaire ?? '', f.user],
    );
    if (result.affectedRows > 0) updated++;
    else if (!(await context.target.query('SELECT 1 FROM authentication_owner WHERE user_id = ?', [f.user])).length) missing.push(f.user);
    await commits.next();
    if (read % 500 === 0) context.progress(`import_data UserProfile: ${read} profiles`);
  }
  await commits.end();
  const lines = [`${read} profiles read, ${updated} owners updated`];
  // Django: Owner.objects.get raises Owner.DoesNotExist (not caught by import_data): the command stops.
  if (missing.length) lines.push(`${missing.length} profiles of users that were not imported (Owner.DoesNotExist), user ids: ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ', …' : ''}`);
  return { rows: read, output: lines.join('\n') };
}
