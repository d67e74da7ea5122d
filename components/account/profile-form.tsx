"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FormEvent } from "react";
import { authClient } from "../auth/auth-client";
import { describeAuthError } from "../auth/auth-errors";
import { Button } from "../ui/Button";
import formStyles from "../auth/auth-form.module.css";
import styles from "./account.module.css";
import { FormStatusLine, type FormStatus } from "./form-status";

/** The name shown in the header and on the account: changed through better-auth's `updateUser`. */
export function ProfileForm({ name, email }: { name: string; email: string }) {
  const router = useRouter();
  const [status, setStatus] = useState<FormStatus>({ kind: "idle" });

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const newName = String(new FormData(event.currentTarget).get("name") ?? "").trim();
    setStatus({ kind: "pending" });
    const result = await authClient.updateUser({ name: newName });
    if (result.error) {
      setStatus({ kind: "error", message: describeAuthError(result.error, null) });
      return;
    }
    setStatus({ kind: "done", message: "Name saved." });
    router.refresh();
  }

  return (
    <form className={styles.section} aria-labelledby="profile-title" onSubmit={(event) => void submit(event)}>
      <h2 id="profile-title">Profile</h2>
      <label className={formStyles.field}>
        Name
        <input name="name" defaultValue={name} autoComplete="name" required maxLength={80} />
      </label>
      <p className={styles.hint}>
        You sign in as <strong>{email}</strong>.
      </p>
      <div className={styles.row}>
        <Button type="submit" variant="primary" disabled={status.kind === "pending"}>
          {status.kind === "pending" ? "Saving…" : "Save name"}
        </Button>
        <FormStatusLine status={status} />
      </div>
    </form>
  );
}
