// Prisma's schema engine as wasm: the CLI's native engine cannot be downloaded on our machines, the wasm
// build works offline. On Node 20 `import "@prisma/schema-engine-wasm"` fails on the `.wasm` import, so the
// module is instantiated here by hand with its JS glue as the import object.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

const require = createRequire(import.meta.url);
export const schemaPath = "prisma/schema.prisma";
export const migrationsDir = "prisma/migrations";

/**
 * `diff` from the migrations folder to the schema, as SQL; "" when they agree. The engine replays the
 * migrations on a shadow database: an in-memory PGlite (the pg adapter's shadow would be the main database).
 */
export async function diffMigrationsToSchema(dir = migrationsDir) {
  const migrations = await readMigrationList(dir);
  const from = migrations.migrationDirectories.length === 0 ? { tag: "empty" } : { tag: "migrations", ...migrations };
  const shadow = from.tag === "migrations" ? new PrismaPGlite(new PGlite("memory://shadow")) : null;
  const engine = await loadSchemaEngine(shadow);
  const result = await engine.diff({
    from,
    to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout.includes("-- This is an empty migration.") ? "" : result.stdout;
}

async function loadSchemaEngine(shadow) {
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(gluePath);
  const bytes = await readFile(gluePath.replace(/\.js$/, ".wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  const factory = {
    provider: "postgres",
    adapterName: "offline",
    connect: async () => versionOnlyConnection,
    connectToShadowDb: async () => {
      if (!shadow) throw new Error("no shadow database for this diff");
      return shadow.connectToShadowDb();
    },
  };
  return glue.SchemaEngine.new({ datamodels: undefined }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
}

/** The engine asks the main database one question at start-up; a diff between files needs nothing else. */
const versionOnlyConnection = {
  provider: "postgres",
  adapterName: "offline",
  getConnectionInfo: () => ({ supportsRelationJoins: true }),
  queryRaw: async () => ({
    columnNames: ["exists", "version", "numeric_version"],
    columnTypes: [5, 7, 0],
    rows: [[true, "PostgreSQL 17.5", 170005]],
  }),
  executeRaw: async () => 0,
  executeScript: async () => {},
  startTransaction: async () => {
    throw new Error("the offline connection has no transactions");
  },
  dispose: async () => {},
};

async function readMigrationList(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: await readFile(join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  );
  const lockContent = await readFile(join(dir, "migration_lock.toml"), "utf8").catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}
