import Link from "next/link";
import { buttonClass } from "../ui/button-styles";

/** The two ways in for a signed-out visitor, in the header and on the start page alike. */
export function AuthLinks() {
  return (
    <>
      <Link href="/sign-in" className={buttonClass("secondary")}>
        Sign in
      </Link>
      <Link href="/sign-up" className={buttonClass("primary")}>
        Sign up
      </Link>
    </>
  );
}
