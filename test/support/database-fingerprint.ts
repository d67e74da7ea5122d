import pg from "pg";

/** One hash per table: equal fingerprints mean equal rows. */
export type Fingerprint = Record<string, string>;

/**
 * Tables whose rows change on purpose for requests that are refused: better-auth counts every attempt,
 * refused or not, so that its limits work.
 */
const countedOnRefusal = new Set(["RateLimit"]);

/**
 * Hashes every table of the app's schema (Prisma's bookkeeping aside) in one query, for tests that check
 * a request changed nothing. Blobs are named by the SHA-256 of their bytes, so their hash column stands
 * for them and the bytes are not read each time.
 */
export async function openFingerprinter(databaseUrl: string): Promise<{ take(): Promise<Fingerprint>; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_prisma%' ORDER BY 1`,
  );
  const tables = rows.map((row) => row.name).filter((name) => !countedOnRefusal.has(name));
  const rowText = (table: string) => (table === "Blob" ? `t."hash"` : `t::text`);
  const query = `SELECT ${tables
    .map((table) => `(SELECT coalesce(md5(string_agg(${rowText(table)}, '|' ORDER BY ${rowText(table)})), '') FROM "${table}" t) AS "${table}"`)
    .join(", ")}`;
  return {
    take: async () => (await client.query<Fingerprint>(query)).rows[0]!,
    close: () => client.end(),
  };
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys(after).filter((table) => before[table] !== after[table]);
}
