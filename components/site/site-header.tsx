import Link from "next/link";
import { currentActor } from "@/lib/server/http/server-page";
import { AuthLinks } from "../auth/auth-links";
import { AccountMenu } from "./account-menu";
import styles from "./site-header.module.css";

/** The bar on every page: the product's name, then who is signed in, or the way to sign in. */
export async function SiteHeader() {
  const actor = await currentActor();
  return (
    <header className={styles.header}>
      <Link href="/" className={styles.brand}>
        <svg aria-hidden="true" viewBox="0 0 32 32" width="22" height="22">
          <rect width="32" height="32" rx="7" fill="#1a73e8" />
          <path d="M9 22V10h7a4 4 0 0 1 0 8h-4v4z" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinejoin="round" />
        </svg>
        PySandbox
      </Link>
      <nav aria-label="Account" className={styles.account}>
        {actor.kind === "user" ? (
          <AccountMenu name={actor.name} email={actor.email} />
        ) : (
          <AuthLinks />
        )}
      </nav>
    </header>
  );
}
