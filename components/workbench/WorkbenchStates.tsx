"use client";
import { Button } from "../ui/Button";
import styles from "./workbench.module.css";

/** The editor when its project could not be loaded (not a 404: that is Next's own page). */
export function WorkbenchError({ onRetry }: { onRetry: () => void }) {
  return (
    <div className={styles.workbench}>
      <div className={styles.halted} role="alert">
        <div>
          <h1 className={styles.projectTitle}>This project could not be opened</h1>
          <p>Something went wrong on our side; nothing you saved is lost.</p>
          <Button onClick={onRetry}>Try again</Button> <a href="/">Back to your projects</a>
        </div>
      </div>
    </div>
  );
}
