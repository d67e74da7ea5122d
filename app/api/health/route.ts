import { apiRoute } from "@/lib/server/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "anyone" }, async () => Response.json({ ok: true }));
