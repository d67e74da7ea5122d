import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { loadConfig } from "../../config";
import type { AppConfig } from "../../config";
import { getDb } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import { readOrCreateAppSecret } from "./app-secret";
import { clientAddressHeader } from "./client-address";

function createAuth(config: AppConfig, db: PrismaClient, secret: string) {
  return betterAuth({
    appName: "PySandbox",
    baseURL: config.appOrigin,
    basePath: "/api/auth",
    secret,
    trustedOrigins: [config.appOrigin],
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      // In the database, so a limit holds across every app instance.
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": config.signInLimit, "/sign-up/email": config.signUpLimit },
    },
    advanced: {
      database: { generateId: "uuid" },
      ipAddress: { ipAddressHeaders: [clientAddressHeader] },
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/**
 * The custom server's bundle and Next's bundle of the route handlers are two copies of this module in one
 * process (as with the database client): the one instance lives on globalThis, bound to the open database.
 */
const authKey = Symbol.for("pysandbox.auth");
type AuthSlot = { db: PrismaClient; auth: Promise<Auth> };
const globalAuth = globalThis as typeof globalThis & { [authKey]?: AuthSlot };

/** better-auth on the open database; the signing secret comes from AUTH_SECRET or the database. */
export function getAuth(): Promise<Auth> {
  const db = getDb();
  const slot = globalAuth[authKey];
  if (slot?.db === db) return slot.auth;
  const config = loadConfig();
  const auth = (async () => createAuth(config, db, config.authSecret ?? (await readOrCreateAppSecret("auth"))))();
  globalAuth[authKey] = { db, auth };
  auth.catch(() => {
    if (globalAuth[authKey]?.auth === auth) delete globalAuth[authKey];
  });
  return auth;
}
