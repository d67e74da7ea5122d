import { AuthLinks } from "@/components/auth/auth-links";
import { Dashboard } from "@/components/dashboard/Dashboard";
import { serverPage } from "@/lib/server/http/server-page";
import { listOwnProjects } from "@/lib/server/projects/queries";
import { exampleTemplates, starterTemplates, summarize } from "@/lib/templates/catalog";
import styles from "./dashboard.module.css";

export const dynamic = "force-dynamic";

const templates = { starters: starterTemplates.map(summarize), examples: exampleTemplates.map(summarize) };

/** The start page: a signed-out visitor learns what this is; a signed-in person sees their own projects. */
export default serverPage(async ({ actor }) => {
  if (actor.kind === "anonymous") {
    return (
      <main className={styles.page}>
        <section className={styles.welcome} aria-labelledby="welcome-title">
          <h1 id="welcome-title">Python in your browser</h1>
          <p>
            Write Python and HTML, run it instantly on Pyodide or MicroPython, share a link, and embed it in your
            docs. Nothing to install: your code runs in the visitor&apos;s browser, each project on its own origin.
          </p>
          <div className={styles.actions}>
            <AuthLinks />
          </div>
        </section>
      </main>
    );
  }
  const projects = await listOwnProjects(actor);
  return (
    <Dashboard
      templates={templates}
      projects={projects.map((p) => ({ id: p.id, slug: p.slug, title: p.title, visibility: p.visibility, updatedAt: p.updatedAt.toISOString() }))}
    />
  );
});
