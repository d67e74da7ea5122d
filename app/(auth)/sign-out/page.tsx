import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import styles from "@/components/auth/auth-form.module.css";
import { serverPage } from "@/lib/server/http/server-page";

export const metadata = { title: "Sign out · PySandbox" };

export default serverPage(async ({ actor }) => (
  <section className={styles.form}>
    {actor.kind === "user" ? (
      <>
        <h1 className={styles.title}>Sign out</h1>
        <p>
          You are signed in as <strong>{actor.email}</strong>.
        </p>
        <SignOutButton />
      </>
    ) : (
      <>
        <h1 className={styles.title}>You are signed out</h1>
        <p>
          <Link href="/sign-in">Sign in</Link> again, or go back to the <Link href="/">start page</Link>.
        </p>
      </>
    )}
  </section>
));
