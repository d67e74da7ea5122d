import "server-only";
import { z } from "zod";
import { AppError } from "../../errors";
import { projectIdSchema } from "../../ids";
import type { ProjectId } from "../../ids";
import { actorFromHeaders } from "../auth/actor";
import type { Actor, UserActor } from "../auth/actor";
import { authorizeProject, requireUser } from "../projects/access";
import type { ProjectPermission } from "../projects/access";
import { bodyTooLarge } from "./body-reader";
import { errorResponse } from "./error-response";
import { assertAppOriginMutation } from "./csrf";
import { parseRequest } from "./parse-request";
import { bodyOwnerOf, maxBodyBytes } from "./read-body";

/**
 * What a route needs before its handler may run. Every API route is built by `apiRoute`, which does, in
 * this order: 413 for a declared body over the largest cap any route takes, the CSRF check (every method but
 * GET/HEAD), the session (the actor), the permission, and last the body (read within its caps, then checked
 * against the route's schema), which only a signed-in user may send: no route takes one from a signed-out
 * visitor. A route file that exports anything else fails app/routes.test.ts.
 */
type Access = "anyone" | "signed-in" | { project: ProjectPermission };

type RouteSpec<A extends Access, Body extends z.ZodType | undefined> = { access: A; body?: Body };

type RouteContext<A extends Access, Body extends z.ZodType | undefined> = {
  request: Request;
  actor: A extends "signed-in" ? UserActor : Actor;
  /** The project the route is about, already authorized for the access asked. */
  projectId: A extends { project: ProjectPermission } ? ProjectId : undefined;
  body: Body extends z.ZodType ? z.output<Body> : undefined;
  /** The route's dynamic segments as Next.js gives them, unparsed: the handler parses what it uses. */
  params: Record<string, string | string[] | undefined>;
};

type NextContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type RouteHandler = ((request: Request, context: NextContext) => Promise<Response>) & { [apiRouteMark]: true };

export const apiRouteMark = Symbol.for("pysandbox.apiRoute");

const projectParams = z.object({ id: projectIdSchema });

export function apiRoute<const A extends Access, Body extends z.ZodType | undefined = undefined>(
  spec: RouteSpec<A, Body>,
  handler: (context: RouteContext<A, Body>) => Promise<Response>,
): RouteHandler {
  const route = async (request: Request, context: NextContext): Promise<Response> => {
    try {
      // Routes that take no body never read one, so they would act on a huge one: every route refuses it first.
      if (Number(request.headers.get("content-length")) > maxBodyBytes) throw bodyTooLarge(maxBodyBytes);
      if (request.method !== "GET" && request.method !== "HEAD") assertAppOriginMutation(request);
      const actor = await actorFromHeaders(request.headers);
      const projectId = (await authorize(spec.access, actor, context)) as RouteContext<A, Body>["projectId"];
      // After the permission: a body is read only for someone allowed to send it, in that user's share of the slots.
      const body = (spec.body ? await parseRequest(request, bodyOwnerOf(requireUser(actor)), spec.body) : undefined) as RouteContext<A, Body>["body"];
      return await handler({ request, actor: actor as RouteContext<A, Body>["actor"], projectId, body, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
  return Object.assign(route, { [apiRouteMark]: true as const });
}

async function authorize(access: Access, actor: Actor, context: NextContext): Promise<ProjectId | undefined> {
  if (access === "signed-in") requireUser(actor);
  if (typeof access === "string") return undefined;
  const params = projectParams.safeParse(await context.params);
  // A malformed id names no project: 404 like an unknown one.
  if (!params.success) throw new AppError("not_found", "No such project.");
  await authorizeProject(actor, params.data.id, access.project);
  return params.data.id;
}
