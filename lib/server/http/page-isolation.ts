import "server-only";
import type { IncomingHttpHeaders } from "node:http";
import { actorFromHeaders, anonymous } from "../auth/actor";
import { getDb } from "../db";
import { readableBy } from "../projects/access";
import type { ProjectPage } from "./app-page-headers";

/**
 * The isolation switch of the project a page shows, as the requester may see it, or null when they may not
 * read it (or it does not exist). It is read with the same `readableBy` filter, for the same actor, as the
 * page itself, so a private project someone else owns gets exactly the headers of a missing one: the
 * headers never tell whether it exists. The work done does not depend on it either: one session lookup
 * (only when a cookie is sent) and one query, whatever the slug. An embed is always read as a signed-out
 * visitor, as the page renders it.
 */
export async function projectPageIsolation(page: ProjectPage, headers: IncomingHttpHeaders): Promise<boolean | null> {
  const actor = page.kind === "embed" || !headers.cookie ? anonymous : await actorFromHeaders(new Headers({ cookie: headers.cookie }));
  const project = await getDb().project.findFirst({
    where: { slug: page.slug, AND: [readableBy(actor)] },
    select: { isolated: true },
  });
  return project?.isolated ?? null;
}
