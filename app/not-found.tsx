import Link from "next/link";
import styles from "@/components/auth/auth-form.module.css";
import { SiteHeader } from "@/components/site/site-header";

export const metadata = { title: "Not found · PySandbox" };

/** One 404 for a missing page and for a project the visitor may not see: the two must look the same. */
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <section className={styles.form} aria-labelledby="not-found-title">
      <h1 id="not-found-title" className={styles.title}>
        Not found
      </h1>
      <p>There is nothing here, or it is not shared with you. If it is yours, sign in first.</p>
      <p className={styles.switch}>
        <Link href="/">Back to the start page</Link>
      </p>
      </section>
    </>
  );
}
