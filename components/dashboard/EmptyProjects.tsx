import { FolderOpen } from "lucide-react";
import { Button } from "../ui/Button";
import styles from "./dashboard.module.css";

export function EmptyProjects({ onCreate }: { onCreate: () => void }) {
  return (
    <div className={styles.empty} data-testid="no-projects">
      <FolderOpen size={32} aria-hidden />
      <h2>No projects yet.</h2>
      <p>Start from a template: a hello world on Pyodide or MicroPython, workers, or an example from the docs.</p>
      <Button variant="primary" onClick={onCreate}>
        Create your first project
      </Button>
    </div>
  );
}
