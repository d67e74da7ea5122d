"use client";
import { Button } from "../ui/Button";
import styles from "./dashboard.module.css";

/** Shown while the project list loads. */
export function DashboardLoading() {
  return (
    <main className={styles.page} aria-busy="true" aria-label="Loading your projects">
      <header className={styles.header}>
        <h1>Your projects</h1>
      </header>
      <ul className={styles.list}>
        {[60, 45, 52].map((width) => (
          <li key={width} className={styles.row}>
            <div className={styles.rowMain}>
              <div className={styles.skeleton} style={{ width: `${width}%` }} />
              <div className={styles.skeleton} style={{ width: "30%", marginTop: "0.5rem", height: "0.7rem" }} />
            </div>
          </li>
        ))}
      </ul>
    </main>
  );
}

/** Shown when the project list could not be loaded; Try again re-renders the page. */
export function DashboardError({ onRetry }: { onRetry: () => void }) {
  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <h1>Your projects</h1>
      </header>
      <div className={styles.error} role="alert">
        <h2>Your projects could not be loaded</h2>
        <p>Something went wrong on our side. Your projects are safe; try again in a moment.</p>
        <Button onClick={onRetry}>Try again</Button>
      </div>
    </main>
  );
}
