"use client";
import { useState } from "react";
import type { FormEvent } from "react";
import { authClient } from "../auth/auth-client";
import { describeAuthError } from "../auth/auth-errors";
import { Button } from "../ui/Button";
import formStyles from "../auth/auth-form.module.css";
import styles from "./account.module.css";
import { FormStatusLine, type FormStatus } from "./form-status";

/** A new password, given the current one; other browsers are signed out unless the person says otherwise. */
export function PasswordForm() {
  const [status, setStatus] = useState<FormStatus>({ kind: "idle" });

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const newPassword = String(data.get("new") ?? "");
    if (newPassword !== String(data.get("confirm") ?? "")) {
      setStatus({ kind: "error", message: "The two new passwords differ." });
      return;
    }
    setStatus({ kind: "pending" });
    let retryAfter: string | null = null;
    const result = await authClient.changePassword({
      currentPassword: String(data.get("current") ?? ""),
      newPassword,
      revokeOtherSessions: data.get("revoke") === "on",
      fetchOptions: { onError: ({ response }: { response: Response }) => void (retryAfter = response.headers.get("x-retry-after")) },
    });
    if (result.error) {
      setStatus({ kind: "error", message: describeAuthError(result.error, retryAfter) });
      return;
    }
    form.reset();
    setStatus({ kind: "done", message: "Password changed." });
  }

  return (
    <form className={styles.section} aria-labelledby="password-title" onSubmit={(event) => void submit(event)}>
      <h2 id="password-title">Password</h2>
      <label className={formStyles.field}>
        Current password
        <input name="current" type="password" autoComplete="current-password" required maxLength={128} />
      </label>
      <label className={formStyles.field}>
        New password
        <input name="new" type="password" autoComplete="new-password" required minLength={8} maxLength={128} />
      </label>
      <label className={formStyles.field}>
        New password again
        <input name="confirm" type="password" autoComplete="new-password" required minLength={8} maxLength={128} />
      </label>
      <label className={styles.check}>
        <input name="revoke" type="checkbox" defaultChecked />
        Sign out everywhere else
      </label>
      <div className={styles.row}>
        <Button type="submit" variant="primary" disabled={status.kind === "pending"}>
          {status.kind === "pending" ? "Changing…" : "Change password"}
        </Button>
        <FormStatusLine status={status} />
      </div>
    </form>
  );
}
