"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FormEvent } from "react";
import { authClient } from "../auth/auth-client";
import { describeAuthError } from "../auth/auth-errors";
import { Button } from "../ui/Button";
import { Dialog, dialogStyles } from "../ui/Dialog";
import styles from "./account.module.css";

function projectsPhrase(count: number): string {
  if (count === 0) return "It has no projects.";
  return count === 1 ? "Its one project goes with it, with its preview." : `Its ${count} projects go with it, with their previews.`;
}

/** Deleting the account and every project in it, after the person types their password in a dialog. */
export function DeleteAccount({ projectCount }: { projectCount: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError(null);
    let retryAfter: string | null = null;
    const result = await authClient.deleteUser({
      password: String(new FormData(event.currentTarget).get("password") ?? ""),
      fetchOptions: { onError: ({ response }: { response: Response }) => void (retryAfter = response.headers.get("x-retry-after")) },
    });
    if (result.error) {
      setError(describeAuthError(result.error, retryAfter));
      setBusy(false);
      return;
    }
    router.push("/");
    router.refresh();
  }

  return (
    <section className={`${styles.section} ${styles.danger}`} aria-labelledby="delete-title">
      <h2 id="delete-title">Delete account</h2>
      <p className={styles.hint}>{projectsPhrase(projectCount)} This cannot be undone.</p>
      <div className={styles.row}>
        <Button variant="danger" onClick={() => setOpen(true)}>
          Delete account…
        </Button>
      </div>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) setError(null);
        }}
        title="Delete your account?"
        description={`${projectsPhrase(projectCount)} Type your password to confirm.`}
      >
        <form onSubmit={(event) => void submit(event)}>
          <label className={dialogStyles.field}>
            Password
            <input className={dialogStyles.input} name="password" type="password" autoComplete="current-password" required maxLength={128} />
          </label>
          {error && (
            <p className={dialogStyles.error} role="alert">
              {error}
            </p>
          )}
          <div className={dialogStyles.actions}>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" variant="danger" disabled={busy}>
              {busy ? "Deleting…" : "Delete account and projects"}
            </Button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
