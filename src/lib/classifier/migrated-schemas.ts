/**
 * "Migrate the database to the latest schema", `migrate_db`: migrating a database or its schema runs its
 * migration scripts (the rubric's Execute, like `apply_migration`); migrating entities, records, content or a
 * connection to another place moves data, which the verb's own category (Write) says.
 */

const SCHEMA_OBJECTS = new Set(['database', 'databases', 'db', 'dbs', 'schema', 'schemas', 'migrations', 'tables']);

/** The reading of `migrate` on a database or its schema (Execute), or undefined. `objects` are the words after the verb. */
export function migratedSchemaReading(verb: string, objects: readonly string[]): { category: 'Execute'; object: string; why: string } | undefined {
  if (verb !== 'migrate') return undefined;
  const schema = objects.slice(0, 4).find((w) => SCHEMA_OBJECTS.has(w));
  return schema ? { category: 'Execute', object: schema, why: 'runs its migration scripts' } : undefined;
}
