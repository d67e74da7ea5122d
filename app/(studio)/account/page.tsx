import { redirect } from "next/navigation";
import { AccountSettings } from "@/components/account/account-settings";
import { serverPage } from "@/lib/server/http/server-page";
import { listOwnProjects } from "@/lib/server/projects/queries";

export const dynamic = "force-dynamic";
export const metadata = { title: "Account · PySandbox" };

/** The signed-in person's own settings: name, password, and deleting the account with its projects. */
export default serverPage(async ({ actor }) => {
  if (actor.kind === "anonymous") redirect("/sign-in?next=/account");
  const projects = await listOwnProjects(actor);
  return <AccountSettings name={actor.name} email={actor.email} projectCount={projects.length} />;
});
