"use client";
import { buttonClass } from "../ui/button-styles";
import { useSignOut } from "./use-sign-out";

export function SignOutButton() {
  const { signOut, pending } = useSignOut();
  return (
    <button type="button" className={buttonClass("primary")} disabled={pending} onClick={() => void signOut()}>
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
