import Database from 'better-sqlite3';
const db = new Database(':memory:');
db.defaultSafeIntegers(true);
console.log(db.prepare('create table t(a int)').run());
console.log(db.prepare('insert into t values (1),(2),(3)').run());
console.log(db.prepare('create table u(a int)').run());
const s = db.prepare('select * from t'); console.log(s.reader);
try { console.log(s.run()); } catch (e) { console.log('run on reader:', (e as Error).message); }
console.log(db.prepare('select 9007199254740993 as big, 1.5 as f, x\'00ff\' as b').get());
try { db.prepare('selec 1').run() } catch (e) { console.log(e, (e as any).code) }
console.log(db.prepare('pragma foreign_keys').get(), db.pragma('journal_mode'));
