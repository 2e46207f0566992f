/** Kysely's SQLite dialect with write transactions that take the write lock when they begin. */
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig } from 'kysely';

/**
 * A deferred transaction that reads and then writes cannot wait for a second writer: its upgrade fails at once with
 * "database is locked", busy timeout or not. `BEGIN IMMEDIATE` asks for the write lock first, and that wait honours it.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** `SqliteDialect` whose every transaction begins immediate. */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
