import "server-only";
import type { z } from "zod";
import { AppError } from "../../errors";

/** The URL's query as a schema says (each name once; a repeated name keeps its first value), or 400. */
export function parseQuery<Schema extends z.ZodType>(request: Request, schema: Schema): z.output<Schema> {
  const params = new URL(request.url).searchParams;
  const query = new Map<string, string>();
  for (const [name, value] of params) if (!query.has(name)) query.set(name, value);
  const parsed = schema.safeParse(Object.fromEntries(query));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  throw new AppError("bad_request", `${where}${issue?.message ?? "invalid query"}`);
}
