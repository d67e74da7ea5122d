"use client";
import { Download, Pencil, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteProject, updateProject } from "@/lib/client/projects-api";
import { Button } from "../ui/Button";
import { PromptDialog } from "../ui/PromptDialog";
import { DeleteProjectDialog } from "./DeleteProjectDialog";
import type { DashboardProject } from "./types";
import styles from "./dashboard.module.css";

const updatedFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

type Pending = { kind: "rename" | "delete"; project: DashboardProject } | null;

/** Each project with its last change and visibility; download as a zip, rename and delete (after a confirmation). */
export function ProjectList({ projects }: { projects: DashboardProject[] }) {
  const router = useRouter();
  const [pending, setPending] = useState<Pending>(null);
  const close = () => setPending(null);

  return (
    <>
      <ul className={styles.list} data-testid="project-list">
        {projects.map((project) => (
          <li key={project.id} className={styles.row} data-slug={project.slug}>
            <div className={styles.rowMain}>
              <a className={styles.title} href={`/p/${project.slug}`}>
                {project.title}
              </a>
              <p className={styles.meta}>
                <code>{project.slug}</code> · changed <time dateTime={project.updatedAt}>{updatedFormat.format(new Date(project.updatedAt))}</time>
              </p>
            </div>
            <span className={styles.badge}>{project.visibility}</span>
            <a className={styles.iconLink} href={`/api/projects/${encodeURIComponent(project.id)}/zip`} download aria-label={`Download ${project.title} as a zip`} title="Download as a zip">
              <Download size={15} aria-hidden />
            </a>
            <Button variant="icon" aria-label={`Rename ${project.title}`} title="Rename" onClick={() => setPending({ kind: "rename", project })}>
              <Pencil size={15} aria-hidden />
            </Button>
            <Button variant="icon" aria-label={`Delete ${project.title}`} title="Delete" onClick={() => setPending({ kind: "delete", project })}>
              <Trash2 size={15} aria-hidden />
            </Button>
          </li>
        ))}
      </ul>
      {pending?.kind === "rename" && (
        <PromptDialog
          open
          onOpenChange={(open) => !open && close()}
          title={`Rename ${pending.project.title}`}
          label="Title"
          initialValue={pending.project.title}
          submitLabel="Rename"
          onSubmit={async (title) => {
            const result = await updateProject(pending.project.id, { title });
            if (!result.ok) return result.message;
            router.refresh();
            return null;
          }}
        />
      )}
      {pending?.kind === "delete" && (
        <DeleteProjectDialog
          title={pending.project.title}
          onCancel={close}
          onConfirm={async () => {
            const result = await deleteProject(pending.project.id);
            if (!result.ok) return result.message;
            router.refresh();
            close();
            return null;
          }}
        />
      )}
    </>
  );
}
