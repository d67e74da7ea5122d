import "server-only";
import type { z } from "zod";
import { AppError } from "../../errors";
import { withBodyText } from "./read-body";

/**
 * JSON content type, the body read within its caps (read-body.ts) in a slot of `owner` (bodyOwnerOf), then the
 * schema: every failure is a 4xx (or 503 when too many large bodies arrive at once). The CSRF check, the session
 * and the permission come before, in apiRoute.
 */
export async function parseRequest<Schema extends z.ZodType>(request: Request, owner: string, schema: Schema): Promise<z.output<Schema>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the body as application/json.");
  }
  return withBodyText(request, owner, (text) => parseJson(text, schema));
}

function parseJson<Schema extends z.ZodType>(text: string, schema: Schema): z.output<Schema> {
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
