import "server-only";
import { z } from "zod";
import { AppError } from "../../errors";

/** Every auth request (an email, a name, passwords) fits in far less; better-auth itself reads bodies uncapped. */
export const maxAuthBodyBytes = 64 * 1024;

/**
 * The fields of every auth request the app sends (names, emails, passwords, URLs, flags) are flat strings and
 * booleans. better-auth hands some fields to the database as they come (an `image` of 7 reached Prisma and
 * became a 500), so a JSON body whose fields are anything else is refused here with 400.
 */
const authBodySchema = z.record(z.string(), z.union([z.string(), z.boolean(), z.null()]), {
  error: "An auth request's body is a JSON object of text and true/false fields.",
});

/** Refuses a JSON auth body of the wrong shape; any other body (none, a form, text that is not JSON) goes on as it is. */
export async function checkAuthBody(request: Request): Promise<void> {
  if (request.method !== "POST" || !request.headers.get("content-type")?.includes("json")) return;
  const text = await request.clone().text();
  if (text.trim() === "") return;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return;
  }
  const parsed = authBodySchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join(".")})` : "";
    throw new AppError("bad_request", `An auth request's body is a JSON object of text and true/false fields${where}.`);
  }
}
