"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { FormEvent } from "react";
import { buttonClass } from "../ui/button-styles";
import { authClient } from "./auth-client";
import { describeAuthError } from "./auth-errors";
import styles from "./auth-form.module.css";

type Mode = "sign-in" | "sign-up";

/** The sign-in and sign-up form: better-auth's client, with errors shown beside the form. */
export function AuthForm({ mode, next }: { mode: Mode; next: string }) {
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    setPending(true);
    setError(null);
    let retryAfter: string | null = null;
    const fetchOptions = { onError: ({ response }: { response: Response }) => void (retryAfter = response.headers.get("x-retry-after")) };
    const result =
      mode === "sign-in"
        ? await authClient.signIn.email({ email, password, fetchOptions })
        : await authClient.signUp.email({ name: String(form.get("name") ?? "").trim(), email, password, fetchOptions });
    if (result.error) {
      setError(describeAuthError(result.error, retryAfter));
      setPending(false);
      return;
    }
    router.push(next);
    router.refresh();
  }

  const signUp = mode === "sign-up";
  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} aria-describedby={error ? `${id}-error` : undefined}>
      <h1 className={styles.title}>{signUp ? "Create your account" : "Sign in to PySandbox"}</h1>
      {signUp && (
        <label className={styles.field}>
          Name
          <input name="name" autoComplete="name" required maxLength={80} />
        </label>
      )}
      <label className={styles.field}>
        Email
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label className={styles.field}>
        Password
        <input
          name="password"
          type="password"
          autoComplete={signUp ? "new-password" : "current-password"}
          required
          minLength={signUp ? 8 : undefined}
          maxLength={128}
        />
        {signUp && <span className={styles.hint}>At least 8 characters.</span>}
      </label>
      {error && (
        <p id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </p>
      )}
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? (signUp ? "Creating account…" : "Signing in…") : signUp ? "Create account" : "Sign in"}
      </button>
      <p className={styles.switch}>
        {signUp ? "Already have an account? " : "New to PySandbox? "}
        <Link href={`${signUp ? "/sign-in" : "/sign-up"}${next === "/" ? "" : `?next=${encodeURIComponent(next)}`}`}>
          {signUp ? "Sign in" : "Create an account"}
        </Link>
      </p>
    </form>
  );
}
