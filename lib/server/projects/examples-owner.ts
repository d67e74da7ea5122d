import "server-only";
import type { UserId } from "../../ids";
import type { Actor } from "../auth/actor";
import { getDb } from "../db";

/**
 * The built-in account that owns the seeded demo and every project made before accounts existed (the
 * accounts migration assigns them to the same email). It has no password, so nobody can sign in as it,
 * and `.invalid` is a domain that can never receive mail, so nobody can sign up with it either.
 */
const examplesEmail = "examples@pysandbox.invalid";

export async function examplesActor(): Promise<Actor> {
  const user = await getDb().user.upsert({
    where: { email: examplesEmail },
    create: { email: examplesEmail, name: "PySandbox examples" },
    update: {},
    select: { id: true, email: true, name: true },
  });
  return { kind: "user", userId: user.id as UserId, email: user.email, name: user.name };
}
