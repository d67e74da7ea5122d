import { Download } from "lucide-react";
import styles from "./workbench.module.css";

/** Downloads the project's draft, or version `version`, as a zip (GET /api/projects/:id/zip). */
export function DownloadZipLink({ projectId, version = null }: { projectId: string; version?: number | null }) {
  const query = version === null ? "" : `?v=${version}`;
  const label = version === null ? "Download as a zip" : `Download version ${version} as a zip`;
  return (
    <a className={styles.iconLink} href={`/api/projects/${encodeURIComponent(projectId)}/zip${query}`} download aria-label={label} title={label}>
      <Download size={18} aria-hidden />
    </a>
  );
}
