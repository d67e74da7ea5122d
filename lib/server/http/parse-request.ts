import "server-only";
import type { z } from "zod";
import { limits, loadConfig } from "../../config";
import { AppError } from "../../errors";
import { projectIdSchema } from "../../ids";
import type { ProjectId } from "../../ids";
import { assertSameOriginMutation } from "./csrf";

/** A whole project as base64 (4/3 of its bytes) plus room for JSON around it. */
export const maxBodyBytes = Math.ceil((limits.projectBytes * 4) / 3) + 1024 * 1024;

let appOrigin: string | undefined;

/** For a mutation without a body (DELETE): only the CSRF checks. */
export function assertMutationAllowed(request: Request): void {
  appOrigin ??= loadConfig().appOrigin;
  assertSameOriginMutation(request, appOrigin);
}

/** CSRF checks, JSON content type, size cap before parsing, then the schema: every failure is a 4xx. */
export async function parseRequest<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<z.output<Schema>> {
  assertMutationAllowed(request);
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the body as application/json.");
  }
  const text = await readCappedText(request, maxBodyBytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    throw new AppError("bad_request", `${where}${issue?.message ?? "invalid body"}`);
  }
  return parsed.data;
}

/** A malformed id names no project: 404 like an unknown one. */
export async function parseProjectId(params: Promise<{ id: string }>): Promise<ProjectId> {
  const parsed = projectIdSchema.safeParse((await params).id);
  if (!parsed.success) throw new AppError("not_found", "No such project.");
  return parsed.data;
}

async function readCappedText(request: Request, max: number): Promise<string> {
  const tooLarge = () => new AppError("payload_too_large", `The request body is larger than ${max} bytes.`);
  if (Number(request.headers.get("content-length") ?? 0) > max) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
