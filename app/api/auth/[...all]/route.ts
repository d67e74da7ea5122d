import { getAuth } from "@/lib/server/auth/auth";
import { apiRoute } from "@/lib/server/http/api-route";

export const dynamic = "force-dynamic";

/** better-auth's documented endpoints (sign-up/email, sign-in/email, sign-out, get-session…), as they are. */
const auth = apiRoute({ access: "anyone" }, async ({ request }) => (await getAuth()).handler(request));

export const GET = auth;
export const POST = auth;
