import Database from 'better-sqlite3';
const db = new Database('test/fixtures/chinook/Chinook_Sqlite.sqlite', { readonly: true });
for (const r of db.prepare("select name, sql from sqlite_master where type='table'").all() as any[]) console.log(r.name, (db.prepare(`select count(*) n from "${r.name}"`).get() as any).n);
console.log((db.prepare("select sql from sqlite_master where name='Track'").get() as any).sql);
console.log(db.prepare("select type, name from sqlite_master where type!='table'").all());
