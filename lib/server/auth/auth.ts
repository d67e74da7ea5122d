import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { loadConfig } from "../../config";
import type { AppConfig } from "../../config";
import { getDb } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import { readOrCreateAppSecret } from "./app-secret";
import { authCookieOptions } from "./auth-cookies";
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
    // Deleting an account also deletes its projects (the foreign keys cascade); the route insists on the password.
    user: { deleteUser: { enabled: true } },
    rateLimit: {
      enabled: true,
      // In the database, so a limit holds across every app instance.
      storage: "database",
      window: 60,
      max: 100,
      // Changing the password and deleting the account check the current password: limited like signing in, so a
      // borrowed session cannot be used to guess it.
      customRules: {
        "/sign-in/email": config.signInLimit,
        "/sign-up/email": config.signUpLimit,
        "/change-password": config.signInLimit,
        "/delete-user": config.signInLimit,
      },
    },
    advanced: {
      database: { generateId: "uuid" },
      // One host commonly owns a whole IPv6 /64 and could otherwise change address for every attempt.
      ipAddress: { ipAddressHeaders: [clientAddressHeader], ipv6Subnet: 64 },
      ...authCookieOptions(config.secureCookies),
    },
    hooks: { before: requirePasswordToDeleteAccount },
    telemetry: { enabled: false },
  });
}

/**
 * better-auth deletes an account without its password while the session is less than a day old. Deleting an
 * account deletes every project in it, so a borrowed session must not be enough: the password is always asked.
 */
const requirePasswordToDeleteAccount = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== "/delete-user") return;
  const password: unknown = (ctx.body as { password?: unknown } | undefined)?.password;
  if (typeof password !== "string" || password === "") {
    throw APIError.fromStatus("BAD_REQUEST", { code: "PASSWORD_REQUIRED", message: "Enter your password to delete your account." });
  }
});

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
