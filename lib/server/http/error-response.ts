import "server-only";
import { AppError } from "../../errors";
import type { ErrorBody } from "../../errors";
import { Prisma } from "../generated/prisma/client";

/** A coded error becomes its status and `{ error: { code, message, ...details } }`; anything else is our bug. */
export function errorResponse(error: unknown): Response {
  if (isDatabaseBusy(error)) {
    return errorResponse(new AppError("service_unavailable", "The server is busy; try again shortly.", undefined, { "retry-after": "5" }));
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
