export const schemaPath: string;
export const migrationsDir: string;
/** SQL that would bring the migrations to the schema; "" when they agree. */
export function diffMigrationsToSchema(dir?: string): Promise<string>;
