/** Runs an engine's versioned migrations, in name order, up to the latest. */
import { Migrator, type Kysely, type Migration } from 'kysely';

/** Applies every migration not yet applied; closes `db` and throws when one fails, since the store is unusable then. */
export async function migrate(db: Kysely<any>, migrations: Readonly<Record<string, Migration>>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
