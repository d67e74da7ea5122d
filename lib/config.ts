import { isIP } from "node:net";
import { z } from "zod";
import { keepsSecureCookies } from "./secure-cookie-origin";

/** "5/60": at most 5 requests in a rolling 60-second window, per client address. */
const rateLimitSchema = z
  .string()
  .regex(/^\d+\/\d+$/, "a rate limit is written max/seconds, e.g. 5/60")
  .transform((s) => {
    const [max, window] = s.split("/").map(Number) as [number, number];
    return { max, window };
  });

export type RateLimitRule = { max: number; window: number };

const byteUnits = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 } as const;

/** "100MB": a size in bytes, written with an optional unit (B, KB, MB, GB; powers of 1024). */
const byteSizeSchema = z
  .string()
  .trim()
  .regex(/^\d+\s*(B|KB|MB|GB)?$/i, "a size is a whole number with an optional unit, e.g. 100MB, 512KB or 4096")
  .transform((s) => {
    const [, digits, unit] = /^(\d+)\s*([a-z]*)$/i.exec(s)!;
    return Number(digits) * byteUnits[(unit || "B").toUpperCase() as keyof typeof byteUnits];
  })
  .pipe(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER));

/** What one account may keep, unless the operator says otherwise (docs/self-hosting.md). */
export const defaultUserQuota = { projects: 200, storageBytes: 100 * 1024 ** 2 } as const;

export type UserQuota = {
  /** How many projects one account may own. */
  projects: number;
  /** How many bytes of files one account's projects may keep: drafts and published versions, each content once. */
  storageBytes: number;
};

/** Every environment variable the app reads, parsed once. Defaults suit `npm start` on a laptop. */
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  LISTEN_DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default(".data"),
  PREVIEW_DOMAIN: z.string().min(1).optional(),
  APP_ORIGIN: z.string().url().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET needs at least 32 characters").optional(),
  SIGN_IN_LIMIT: rateLimitSchema.default({ max: 5, window: 60 }),
  SIGN_UP_LIMIT: rateLimitSchema.default({ max: 10, window: 3600 }),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  ALLOW_PREVIEW_UNDER_APP_DOMAIN: z.enum(["0", "1"]).default("0"),
  BODY_IDLE_TIMEOUT: z.coerce.number().int().min(1).max(600).default(10),
  BODY_MIN_RATE: z.coerce.number().int().min(1).max(1024 ** 3).default(32 * 1024),
  ALLOW_INSECURE_COOKIES: z.enum(["0", "1"]).default("0"),
  QUERY_LOG: z.string().min(1).optional(),
  USER_PROJECT_LIMIT: z.coerce.number().int().min(0).default(defaultUserQuota.projects),
  USER_STORAGE_LIMIT: byteSizeSchema.default(defaultUserQuota.storageBytes),
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
  /**
   * Auth cookies are `__Host-` cookies (Secure, Path=/, no Domain). False only when the app is served over
   * plain http on a name browsers keep no Secure cookie for, and the operator allowed that.
   */
  secureCookies: boolean;
  /** Signs session cookies; when unset the app makes one on first start and keeps it in the database. */
  authSecret: string | undefined;
  signInLimit: RateLimitRule;
  signUpLimit: RateLimitRule;
  /** How many reverse proxies of our own stand in front of the app (X-Forwarded-For entries to trust). */
  trustedProxyHops: number;
  /** A request body that sends nothing for this long is cut with 408. */
  bodyIdleMs: number;
  /**
   * A request body that falls more than `bodyIdleMs` behind this many bytes a second is cut with 408 too, so
   * a trickle, which is never idle, cannot hold a body slot either.
   */
  bodyMinBytesPerSecond: number;
  userQuota: UserQuota;
  /** A file every SQL statement the app sends is appended to, one line each; unset, none is. */
  queryLogFile?: string | undefined;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.parse(env);
  const appOrigin = (parsed.APP_ORIGIN ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, "");
  const config: AppConfig = {
    databaseUrl: parsed.DATABASE_URL,
    listenDatabaseUrl: parsed.LISTEN_DATABASE_URL,
    port: parsed.PORT,
    dataDir: parsed.DATA_DIR,
    previewDomain: parsed.PREVIEW_DOMAIN ?? `preview.localhost:${parsed.PORT}`,
    appOrigin,
    secureCookies: secureCookiesFor(appOrigin, parsed.ALLOW_INSECURE_COOKIES === "1"),
    authSecret: parsed.AUTH_SECRET,
    signInLimit: parsed.SIGN_IN_LIMIT,
    signUpLimit: parsed.SIGN_UP_LIMIT,
    trustedProxyHops: parsed.TRUST_PROXY,
    bodyIdleMs: parsed.BODY_IDLE_TIMEOUT * 1000,
    bodyMinBytesPerSecond: parsed.BODY_MIN_RATE,
    userQuota: { projects: parsed.USER_PROJECT_LIMIT, storageBytes: parsed.USER_STORAGE_LIMIT },
    queryLogFile: parsed.QUERY_LOG,
  };
  if (parsed.ALLOW_PREVIEW_UNDER_APP_DOMAIN === "0") assertPreviewDomainApart(config);
  return config;
}

/**
 * A browser drops a Secure cookie set over plain http on a name that is not loopback, so such an app would
 * sign nobody in. That is refused at start, unless the operator chose to send the cookies without Secure
 * (and so without the `__Host-` prefix, which requires it).
 */
function secureCookiesFor(appOrigin: string, allowInsecure: boolean): boolean {
  if (keepsSecureCookies(appOrigin)) return true;
  if (allowInsecure) return false;
  throw new Error(
    `APP_ORIGIN ${appOrigin} is plain http on a host browsers keep no Secure cookie for, so the session cookie would be dropped and nobody could sign in. ` +
      "Serve the app over https (docs/self-hosting.md), or set ALLOW_INSECURE_COOKIES=1 to send session cookies without Secure over plain http.",
  );
}

/**
 * User code runs on the preview domain. Under the app's own registrable domain it would be same-site with the
 * app and could set cookies the app reads (`Domain=example.com`), so that configuration is refused at start.
 * Without the public-suffix list the registrable domain is taken as the app host's last two labels: a host
 * under a two-label suffix (`example.co.uk`) may be refused wrongly, which ALLOW_PREVIEW_UNDER_APP_DOMAIN=1
 * overrides. Single-label hosts (`localhost`) and IP addresses take no such cookies, so they pass.
 */
function assertPreviewDomainApart({ appOrigin, previewDomain }: Pick<AppConfig, "appOrigin" | "previewDomain">): void {
  const appHost = new URL(appOrigin).hostname.toLowerCase();
  const previewHost = previewDomain.replace(/:\d+$/, "").toLowerCase();
  const labels = appHost.split(".");
  if (labels.length < 2 || isIP(appHost.replace(/^\[|\]$/g, "")) !== 0) return;
  const site = labels.slice(-2).join(".");
  if (previewHost === site || previewHost.endsWith(`.${site}`)) {
    throw new Error(
      `PREVIEW_DOMAIN ${previewDomain} is under the app's own domain (${site}): user code there could set cookies the app reads. ` +
        "Serve previews from a separate registrable domain (docs/self-hosting.md), or set ALLOW_PREVIEW_UNDER_APP_DOMAIN=1 for local development.",
    );
  }
}

/** Size caps for user content; one place so API, preview and tests agree. */
export const limits = {
  fileBytes: 1024 * 1024,
  projectBytes: 10 * 1024 * 1024,
  projectFiles: 500,
  pathLength: 255,
  titleLength: 120,
} as const;
