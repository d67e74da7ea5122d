import "server-only";
import { AppError } from "../../errors";
import type { ErrorBody } from "../../errors";
import { Prisma } from "../generated/prisma/client";

/** A coded error becomes its status and `{ error: { code, message, ...details } }`; anything else is our bug. */
export function errorResponse(error: unknown): Response {
  if (isDatabaseBusy(error)) {
    return errorResponse(new AppError("service_unavailable", "The server is busy; try again shortly.", undefined, { "retry-after": "5" }));
  }
  if (isDatabaseUnreachable(error)) {
    return errorResponse(new AppError("service_unavailable", "The database is not answering; try again shortly.", undefined, { "retry-after": "5" }));
  }
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { ...error.details, code: error.code, message: error.message } };
    return Response.json(body, { status: error.status, headers: error.headers });
  }
  console.error(error);
  const body: ErrorBody = { error: { code: "internal", message: "Something went wrong on our side." } };
  return Response.json(body, { status: 500 });
}

/** No connection or no transaction to be had in time: load, not a bug, and nothing was written. */
function isDatabaseBusy(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2028";
}

/**
 * pg's errors when no connection can be had at all (PostgreSQL down, restarting or not answering) or an idle
 * one was cut: plain errors, named only by their message, sometimes as the cause of another (the auth
 * library's "Failed to get session").
 */
const unreachable = /^(Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect)/;
function isDatabaseUnreachable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
    if (unreachable.test(cause.message)) return true;
  }
  return false;
}
