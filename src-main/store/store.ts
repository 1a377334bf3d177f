import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Database, Statement } from 'better-sqlite3';
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
  type Insertable,
} from 'kysely';
import { err, isErr, ok, type Result } from '../../src-shared/result';
import type { Clock } from '../clock';
import { appendAudit, type AuditEntry } from './audit-log';
import { migrate, schemaVersion } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';
import { createPrivateFile, privateFile, privateFolder } from './private-files';
import type { DatabaseSchema } from './schema-types';
import { loadSqlite } from './sqlite-driver';

export const DATABASE_FILE = 'studio-review.sqlite';

/**
 * Kysely builds and types the queries; better-sqlite3 runs them synchronously. Keeping execution
 * synchronous lets a whole change (rows and its audit entry) sit in one real SQLite transaction.
 */
const queryBuilder = new Kysely<DatabaseSchema>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

class RollbackForErr extends Error {}

export class Store {
  readonly q = queryBuilder;
  private readonly statements = new Map<string, Statement>();
  /** Refusals recorded inside a transaction, written once it is over (see auditRefusal). */
  private readonly refusals: AuditEntry[] = [];
  private depth = 0;

  private constructor(
    readonly db: Database,
    readonly dataDir: string,
    readonly databasePath: string,
    readonly deviceId: string,
    /** The time of audit rows and migration records: the same clock as the services' context. */
    readonly now: Clock,
  ) {}

  /** Opens (creating if needed) the database in `dataDir`, migrated to the newest schema; `now` times its audit rows. */
  static open(dataDir: string, now: Clock, migrations: readonly Migration[] = MIGRATIONS): Result<Store> {
    const databasePath = path.join(dataDir, DATABASE_FILE);
    let db: Database | undefined;
    try {
      privateFolder(dataDir);
      // Before SQLite opens it: the -wal and -shm files SQLite makes take the database file's mode, and an older
      // version's leftovers are tightened too.
      createPrivateFile(databasePath);
      for (const side of ['-wal', '-shm']) privateFile(databasePath + side);
      const Sqlite = loadSqlite();
      db = new Sqlite(databasePath);
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('synchronous = FULL');
      db.pragma('busy_timeout = 5000');
      schemaVersion(db); // reads the header: fails here on a file that is not a database
    } catch (e) {
      db?.close();
      return err(
        'db-open-failed',
        `无法打开数据库 ${databasePath}：${(e as Error).message}`,
        `Cannot open the database ${databasePath}: ${(e as Error).message}`,
      );
    }
    const migrated = migrate(db, path.join(dataDir, 'backups'), now, migrations);
    if (isErr(migrated)) {
      db.close();
      return migrated;
    }
    let deviceId = (db.prepare("SELECT value FROM meta WHERE key = 'device_id'").get() as
      | { value: string }
      | undefined)?.value;
    if (!deviceId) {
      deviceId = randomUUID();
      db.prepare("INSERT INTO meta (key, value) VALUES ('device_id', ?)").run(deviceId);
    }
    return ok(new Store(db, dataDir, databasePath, deviceId, now));
  }

  get schemaVersion(): number {
    return schemaVersion(this.db);
  }

  private prepared(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  all<R>(query: Compilable<R>): R[] {
    const c = query.compile();
    return this.prepared(c.sql).all(...(c.parameters as unknown[])) as R[];
  }

  first<R>(query: Compilable<R>): R | undefined {
    const c = query.compile();
    return this.prepared(c.sql).get(...(c.parameters as unknown[])) as R | undefined;
  }

  run(query: Compilable<unknown>): void {
    const c = query.compile();
    this.prepared(c.sql).run(...(c.parameters as unknown[]));
  }

  /**
   * Bulk insert of rows with the same keys: kysely builds the statement once and every row runs through the
   * one prepared statement (compiling per row would double the cost of a 10,000-row import).
   */
  insertMany<T extends keyof DatabaseSchema & string>(table: T, rows: readonly Insertable<DatabaseSchema[T]>[]): void {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]) as (keyof (typeof rows)[number])[];
    const compiled = this.q.insertInto(table).values(rows[0] as never).compile();
    const statement = this.prepared(compiled.sql);
    for (const row of rows) statement.run(...columns.map((c) => row[c] as unknown));
  }

  /**
   * Runs `fn` in one transaction. An error Result rolls everything back, exactly like a throw, so a
   * service can never half-apply a change it reports as failed.
   */
  transaction<T>(fn: () => Result<T>): Result<T> {
    let result: Result<T> | undefined;
    this.depth += 1;
    try {
      this.db.transaction(() => {
        result = fn();
        if (isErr(result)) throw new RollbackForErr();
      })();
    } catch (e) {
      if (!(e instanceof RollbackForErr)) throw e;
    } finally {
      this.depth -= 1;
      if (this.depth === 0) this.writeRefusals();
    }
    return result!;
  }

  /** Records a change; call inside the change's transaction. */
  audit(entry: AuditEntry): string {
    return appendAudit(this.db, this.deviceId, entry, this.now());
  }

  /**
   * Records a refusal (a wrong PIN, a refused file). The refused change rolls back, and an audit row written inside
   * its transaction would roll back with it: so the row waits until the outermost transaction is over, committed or
   * not, and is then written in a transaction of its own. Outside any transaction it is written at once.
   */
  auditRefusal(entry: AuditEntry): void {
    if (this.db.inTransaction && this.depth === 0) throw new Error('store: a refusal inside a transaction not run by Store.transaction would never be written');
    this.refusals.push(entry);
    if (this.depth === 0) this.writeRefusals();
  }

  private writeRefusals(): void {
    const pending = this.refusals.splice(0);
    if (pending.length) this.db.transaction(() => pending.forEach((e) => this.audit(e)))();
  }

  close(): void {
    this.db.close();
  }
}
