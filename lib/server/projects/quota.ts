import "server-only";
import { loadConfig } from "../../config";
import type { UserQuota } from "../../config";
import { AppError } from "../../errors";
import type { Prisma } from "../generated/prisma/client";

/*
 * Per-account quotas: how many projects one person may own (USER_PROJECT_LIMIT) and how many bytes their
 * projects may keep stored (USER_STORAGE_LIMIT).
 *
 * Stored bytes are counted as the store keeps them: every distinct content (blob) that a draft file or a
 * published version file of the account's projects names, once. So publishing or restoring a version never
 * adds bytes (it names contents the account already holds), nor does forking one's own project; replacing a
 * file frees its old bytes unless a version still names them; a fork of someone else's project counts its
 * files, since the fork keeps them stored when the source goes.
 *
 * The race: two requests at the limit must not both count the same room. Every write that can add a project
 * or bytes calls `lockQuota` first in its transaction, which locks the account's User row until commit, so
 * such writes of one account run one after another. The usage is then counted by the next statement: under
 * READ COMMITTED each statement sees what committed before it began, so it counts what the writer before it
 * committed (counting inside the locking statement would not: its snapshot predates the wait).
 * - A row lock rather than an advisory lock: exact per account, with no hashing of the id into a shared key
 *   space, and nothing to release by hand.
 * - Not a conditional INSERT: whether a write stays within the storage limit depends on which of its contents
 *   the account already holds, which is known only once it is written (the check runs after the write and
 *   refusing rolls the whole transaction back, so nothing of a refused write remains).
 * - FOR NO KEY UPDATE, not FOR UPDATE: it leaves alone the KEY SHARE locks that foreign keys to User take, so
 *   a sign-in (a new Session) or the write's own new Project row never waits on it.
 * - It is the first lock these transactions take, before any project row, so the order is always account,
 *   then project: no deadlock with saves, publishes or forks of the same projects.
 */

/** What an account holds now. */
export type AccountUsage = { projects: number; storedBytes: number };

/** A quota held for the rest of one transaction. */
export type QuotaLock = {
  /** Refuses a new project when the account owns as many as it may. */
  assertRoomForProject(): void;
  /** Run after the transaction's writes: refuses (rolling them back) a write that took the account over its storage limit. */
  assertStorageAfterWrite(): Promise<void>;
};

/** Parsed once: every write that can add to an account checks these. */
let configured: UserQuota | undefined;
const quotaLimits = (): UserQuota => (configured ??= loadConfig().userQuota);

/** Locks the account's quota until `tx` ends and reads what it holds; call it before the write touches any project row. */
export async function lockQuota(tx: Prisma.TransactionClient, userId: string): Promise<QuotaLock> {
  const limits = quotaLimits();
  const locked = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "User" WHERE "id" = ${userId}::uuid FOR NO KEY UPDATE`;
  if (locked.length === 0) throw new AppError("unauthorized", "Sign in first.");
  const before = await readUsage(tx, userId);
  return {
    assertRoomForProject() {
      if (before.projects < limits.projects) return;
      throw new AppError(
        "quota_exceeded",
        `You have ${plural(before.projects, "project")}, the limit is ${limits.projects}: delete one to create another.`,
        { quota: "projects", limit: limits.projects, used: before.projects },
      );
    },
    async assertStorageAfterWrite() {
      const { storedBytes: after } = await readUsage(tx, userId);
      // A write that frees bytes (or adds none) passes even over the limit, so an account above a lowered
      // limit can still delete and shrink its way back under it.
      if (after <= limits.storageBytes || after <= before.storedBytes) return;
      throw new AppError(
        "quota_exceeded",
        `Your projects store ${formatBytes(before.storedBytes, Math.floor)}, the limit is ${formatBytes(limits.storageBytes)}, ` +
          `and this would make it ${formatBytes(after, Math.ceil)}: delete files or projects (published versions count too) to make room.`,
        { quota: "storage", limit: limits.storageBytes, used: before.storedBytes, wouldUse: after },
      );
    },
  };
}

/** The account's projects and the bytes of the distinct contents their drafts and versions name. */
async function readUsage(db: Prisma.TransactionClient, userId: string): Promise<AccountUsage> {
  const [row] = await db.$queryRaw<{ projects: number; storedBytes: number }[]>`
    SELECT
      (SELECT count(*)::int FROM "Project" WHERE "ownerId" = ${userId}::uuid) AS "projects",
      (SELECT coalesce(sum(b."size"), 0)::float8 FROM "Blob" b WHERE b."hash" IN (
        SELECT f."hash" FROM "File" f JOIN "Project" p ON p."id" = f."projectId" WHERE p."ownerId" = ${userId}::uuid
        UNION
        SELECT vf."hash" FROM "VersionFile" vf JOIN "Version" v ON v."id" = vf."versionId" JOIN "Project" p ON p."id" = v."projectId"
        WHERE p."ownerId" = ${userId}::uuid
      )) AS "storedBytes"`;
  return row!;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/**
 * "99.9 MB". `round` says which way the last digit goes: the current use rounds down and a use that would
 * be over the limit rounds up, so neither reads as equal to the limit when it is not.
 */
export function formatBytes(bytes: number, round: (n: number) => number = Math.round): string {
  if (bytes < 1024) return plural(bytes, "byte");
  const [unit, size] = bytes < 1024 ** 2 ? (["KB", 1024] as const) : bytes < 1024 ** 3 ? (["MB", 1024 ** 2] as const) : (["GB", 1024 ** 3] as const);
  return `${round((bytes / size) * 10) / 10} ${unit}`;
}
