import { z } from "zod";

/** Every environment variable the app reads, parsed once. Defaults suit `npm start` on a laptop. */
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  LISTEN_DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default(".data"),
  PREVIEW_DOMAIN: z.string().min(1).optional(),
  APP_ORIGIN: z.string().url().optional(),
});

export type AppConfig = {
  databaseUrl: string | undefined;
  /**
   * Where the preview cache's LISTEN connection goes, when not DATABASE_URL: a pooler in transaction mode
   * (PgBouncer) cannot LISTEN, so this points past it to PostgreSQL itself.
   */
  listenDatabaseUrl?: string | undefined;
  port: number;
  dataDir: string;
  /** Host suffix of preview origins, with port: `<slug>.<previewDomain>`. */
  previewDomain: string;
  /** Exact origin of the editor app, e.g. `http://localhost:3000`. */
  appOrigin: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.parse(env);
  return {
    databaseUrl: parsed.DATABASE_URL,
    listenDatabaseUrl: parsed.LISTEN_DATABASE_URL,
    port: parsed.PORT,
    dataDir: parsed.DATA_DIR,
    previewDomain: parsed.PREVIEW_DOMAIN ?? `preview.localhost:${parsed.PORT}`,
    appOrigin: (parsed.APP_ORIGIN ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, ""),
  };
}

/** Size caps for user content; one place so API, preview and tests agree. */
export const limits = {
  fileBytes: 1024 * 1024,
  projectBytes: 10 * 1024 * 1024,
  projectFiles: 500,
  pathLength: 255,
  titleLength: 120,
} as const;
