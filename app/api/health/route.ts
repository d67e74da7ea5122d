import { apiRoute } from "@/lib/server/http/api-route";
import { previewCacheStatus } from "@/lib/server/preview/lookup";

export const dynamic = "force-dynamic";

// `previewCache` says whether this instance serves previews from its cache (its change feed is live) or
// straight from the database: an operator sees a lost feed, and tests know when a read is cached.
export const GET = apiRoute({ access: "anyone" }, async () =>
  Response.json({ ok: true, previewCache: previewCacheStatus().live ? "live" : "off" }),
);
