"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

/**
 * Signs out through better-auth, then shows the start page as a signed-out visitor sees it. The auth client is
 * imported at the click: every page with the account menu (the editor among them) would otherwise load it first.
 */
export function useSignOut(): { signOut: () => Promise<void>; pending: boolean } {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  async function signOut(): Promise<void> {
    setPending(true);
    const { authClient } = await import("./auth-client");
    await authClient.signOut();
    router.push("/");
    router.refresh();
  }
  return { signOut, pending };
}
