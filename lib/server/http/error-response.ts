import "server-only";
import { AppError } from "../../errors";
import type { ErrorBody } from "../../errors";

/** A coded error becomes its status and `{ error: { code, message, ...details } }`; anything else is our bug. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { ...error.details, code: error.code, message: error.message } };
    return Response.json(body, { status: error.status, headers: error.headers });
  }
  console.error(error);
  const body: ErrorBody = { error: { code: "internal", message: "Something went wrong on our side." } };
  return Response.json(body, { status: 500 });
}
