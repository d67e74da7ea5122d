import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { serverPage } from "@/lib/server/http/server-page";
import { listOwnProjects } from "@/lib/server/projects/queries";
import styles from "./dashboard.module.css";

export const dynamic = "force-dynamic";

const updatedFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

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
            <Link href="/sign-up" className={buttonClass("primary")}>
              Sign up
            </Link>
            <Link href="/sign-in" className={buttonClass("secondary")}>
              Sign in
            </Link>
          </div>
        </section>
      </main>
    );
  }
  const projects = await listOwnProjects(actor);
  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <h1>Your projects</h1>
        <p>Each project is served on its own origin.</p>
      </header>
      {projects.length === 0 ? (
        <p className={styles.empty}>No projects yet.</p>
      ) : (
        <ul className={styles.list} data-testid="project-list">
          {projects.map((project) => (
            <li key={project.id} className={styles.card} data-slug={project.slug}>
              <div>
                <h2 className={styles.title}>{project.title}</h2>
                <p className={styles.meta}>
                  <span className={styles.badge}>{project.visibility}</span> · updated {updatedFormat.format(project.updatedAt)} UTC
                </p>
              </div>
              <a className={buttonClass("secondary")} href={`${project.previewOrigin}/`} target="_blank" rel="noopener noreferrer">
                Open preview
              </a>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
});
