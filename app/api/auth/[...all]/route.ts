import { getAuth } from "@/lib/server/auth/auth";
import { checkAuthBody, maxAuthBodyBytes } from "@/lib/server/auth/auth-body";
import { apiRoute } from "@/lib/server/http/api-route";
import { withCappedBody } from "@/lib/server/http/capped-request";

export const dynamic = "force-dynamic";

/** better-auth's documented endpoints (sign-up/email, sign-in/email, sign-out, get-session…), as they are. */
const auth = apiRoute({ access: "anyone" }, async ({ request }) => {
  const capped = await withCappedBody(request, maxAuthBodyBytes);
  await checkAuthBody(capped);
  return (await getAuth()).handler(capped);
});

export const GET = auth;
export const POST = auth;
