"use client";
import { ChevronDown, LogOut, Settings } from "lucide-react";
import Link from "next/link";
import { DropdownMenu } from "radix-ui";
import { useSignOut } from "../auth/use-sign-out";
import styles from "./account-menu.module.css";

/** The signed-in person's name, opening a menu with who they are, their account settings and Sign out. */
export function AccountMenu({ name, email }: { name: string; email: string }) {
  const { signOut, pending: signingOut } = useSignOut();

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className={styles.trigger} aria-label={`Account: ${name}`}>
        <span className={styles.avatar} aria-hidden="true">
          {name.trim().charAt(0).toUpperCase() || "?"}
        </span>
        <span className={styles.name}>{name}</span>
        <ChevronDown size={14} aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className={styles.content} align="end" sideOffset={6}>
          <DropdownMenu.Label className={styles.label}>
            Signed in as
            <strong className={styles.email}>{email}</strong>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className={styles.separator} />
          <DropdownMenu.Item className={styles.item} asChild>
            <Link href="/account">
              <Settings size={15} aria-hidden="true" />
              Account settings
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item className={styles.item} disabled={signingOut} onSelect={() => void signOut()}>
            <LogOut size={15} aria-hidden="true" />
            {signingOut ? "Signing out…" : "Sign out"}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
