"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { authClient } from "./auth-client";

/** Signs out through better-auth, then shows the start page as a signed-out visitor sees it. */
export function useSignOut(): { signOut: () => Promise<void>; pending: boolean } {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  async function signOut(): Promise<void> {
    setPending(true);
    await authClient.signOut();
    router.push("/");
    router.refresh();
  }
  return { signOut, pending };
}
