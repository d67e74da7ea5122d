import "server-only";
import { loadConfig } from "../../config";
import { AppError } from "../../errors";

/**
 * Mutations are accepted only from the app's own pages. Browsers send Origin on every cross-origin
 * fetch and Sec-Fetch-Site everywhere modern; user code on a preview origin is `same-site` with the app
 * on localhost, so only `same-origin` (or no header, for non-browser clients) passes.
 */
export function assertSameOriginMutation(request: Request, appOrigin: string): void {
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== appOrigin) {
    throw new AppError("forbidden", "This request came from another site.");
  }
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") {
    throw new AppError("forbidden", "This request came from another site.");
  }
}

let appOrigin: string | undefined;

/** The check every mutation of the app's API goes through: from the app's own pages, or no browser at all. */
export function assertAppOriginMutation(request: Request): void {
  appOrigin ??= loadConfig().appOrigin;
  assertSameOriginMutation(request, appOrigin);
}
