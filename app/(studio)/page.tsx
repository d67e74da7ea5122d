import { loadConfig } from "@/lib/config";
import { listProjects } from "@/lib/server/projects/queries";
import styles from "./dashboard.module.css";

export const dynamic = "force-dynamic";

const updatedFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** The dashboard: every project with a link to its live preview (the editor comes with the studio issue). */
export default async function DashboardPage() {
  const config = loadConfig();
  const protocol = new URL(config.appOrigin).protocol;
  const projects = await listProjects();
  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <h1>Projects</h1>
        <p>Python in the browser: each project is served on its own origin.</p>
      </header>
      {projects.length === 0 ? (
        <p className={styles.empty}>No projects yet.</p>
      ) : (
        <ul className={styles.list} data-testid="project-list">
          {projects.map((project) => {
            const previewUrl = `${protocol}//${project.slug}.${config.previewDomain}/`;
            return (
              <li key={project.id} className={styles.card} data-slug={project.slug}>
                <div>
                  <h2 className={styles.title}>{project.title}</h2>
                  <p className={styles.meta}>
                    <code>{project.slug}</code> · revision {project.revision} · updated{" "}
                    {updatedFormat.format(project.updatedAt)} UTC
                    {project.isolated ? " · cross-origin isolated" : ""}
                  </p>
                </div>
                <a className={styles.open} href={previewUrl} target="_blank" rel="noopener noreferrer">
                  Open preview
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}
