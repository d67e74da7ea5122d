import "server-only";
import { AppError } from "../../errors";
import type { ProjectId } from "../../ids";
import type { Actor, UserActor } from "../auth/actor";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";

/**
 * The permission rules, in one place: the owner may do anything; anyone may read a public or unlisted
 * project (unlisted ones are simply not listed anywhere); nobody else learns that a private one exists.
 */
export type ProjectPermission = "read" | "write";

const sharedVisibilities = ["PUBLIC", "UNLISTED"] as const;

/** The projects `actor` may read, as a Prisma filter. */
export function readableBy(actor: Actor): Prisma.ProjectWhereInput {
  const shared: Prisma.ProjectWhereInput = { visibility: { in: [...sharedVisibilities] } };
  return actor.kind === "user" ? { OR: [{ ownerId: actor.userId }, shared] } : shared;
}

/** `readableBy` for a project already loaded: the same rule, checked in memory. */
export function isReadableBy(actor: Actor, project: { visibility: string; ownerId: string }): boolean {
  return (sharedVisibilities as readonly string[]).includes(project.visibility) || (actor.kind === "user" && actor.userId === project.ownerId);
}

/** The projects `actor` may change or delete, as a Prisma filter (none for a signed-out visitor). */
export function writableBy(actor: Actor): Prisma.ProjectWhereInput {
  return actor.kind === "user" ? { ownerId: actor.userId } : { id: { in: [] } };
}

export function notFound(): AppError {
  return new AppError("not_found", "No such project.");
}

/**
 * Throws unless `actor` has `permission` on the project: 404 when they may not even read it (so a private
 * project's existence never leaks), 401 when signing in could help, 403 when it is someone else's.
 */
export async function authorizeProject(actor: Actor, id: ProjectId, permission: ProjectPermission): Promise<void> {
  const project = await getDb().project.findFirst({ where: { id, ...readableBy(actor) }, select: { ownerId: true } });
  if (!project) throw notFound();
  if (permission === "read") return;
  if (actor.kind === "anonymous") throw new AppError("unauthorized", "Sign in to change this project.");
  if (project.ownerId !== actor.userId) throw new AppError("forbidden", "Only the project's owner can change it.");
}

/** A write needs a signed-in user; the owner-only rule is then `writableBy` in the query itself. */
export function requireUser(actor: Actor): UserActor {
  if (actor.kind === "anonymous") throw new AppError("unauthorized", "Sign in first.");
  return actor;
}
