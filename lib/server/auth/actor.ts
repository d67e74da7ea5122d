import "server-only";
import type { UserId } from "../../ids";
import { getAuth } from "./auth";

/** Who is asking. Every query takes one, so none can forget to ask. */
export type Actor = { kind: "user"; userId: UserId; email: string; name: string } | { kind: "anonymous" };

export type UserActor = Extract<Actor, { kind: "user" }>;

export const anonymous: Actor = { kind: "anonymous" };

/** The actor of a request, from its session cookie (checked against the database). */
export async function actorFromHeaders(headers: Headers): Promise<Actor> {
  const session = await (await getAuth()).api.getSession({ headers });
  if (!session) return anonymous;
  const { id, email, name } = session.user;
  return { kind: "user", userId: id as UserId, email, name };
}
