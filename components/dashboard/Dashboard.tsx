"use client";
import { Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "../ui/Button";
import { EmptyProjects } from "./EmptyProjects";
import { NewProjectDialog } from "./NewProjectDialog";
import { ProjectList } from "./ProjectList";
import { ImportZipButton, ZipImportStatus } from "./ZipImport";
import { useZipImport } from "./use-zip-import";
import type { DashboardProject, TemplateGroups } from "./types";
import styles from "./dashboard.module.css";

/** Your projects, the New project dialog with its templates, and importing a zip (button or drop). */
export function Dashboard({ projects, templates }: { projects: DashboardProject[]; templates: TemplateGroups }) {
  const [creating, setCreating] = useState(false);
  const zip = useZipImport();
  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <div>
          <h1>Your projects</h1>
          <p>Python in the browser: each project runs on its own origin.</p>
        </div>
        <div className={styles.actions}>
          <ImportZipButton zip={zip} />
          <Button variant="primary" onClick={() => setCreating(true)}>
            <Plus size={16} aria-hidden /> New project
          </Button>
        </div>
      </header>
      <ZipImportStatus zip={zip} />
      {projects.length === 0 ? <EmptyProjects onCreate={() => setCreating(true)} /> : <ProjectList projects={projects} />}
      <NewProjectDialog key={String(creating)} open={creating} onOpenChange={setCreating} templates={templates} />
    </main>
  );
}
