import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { safeNextPath } from "@/components/auth/auth-errors";
import { serverPage } from "@/lib/server/http/server-page";

export const metadata = { title: "Sign in · PySandbox" };

export default serverPage(async ({ actor, searchParams }) => {
  const next = safeNextPath(searchParams.next);
  if (actor.kind === "user") redirect(next);
  return <AuthForm mode="sign-in" next={next} />;
});
