import styles from "./account.module.css";

export type FormStatus = { kind: "idle" } | { kind: "pending" } | { kind: "error"; message: string } | { kind: "done"; message: string };

/** A form's last outcome beside its button: an error is announced at once, a success politely. */
export function FormStatusLine({ status }: { status: FormStatus }) {
  if (status.kind === "error") {
    return (
      <p className={styles.error} role="alert">
        {status.message}
      </p>
    );
  }
  return (
    <p className={styles.done} role="status">
      {status.kind === "done" ? status.message : ""}
    </p>
  );
}
