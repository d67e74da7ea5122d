"use client";
import { useSyncExternalStore } from "react";

/** Below this width the panes are shown one at a time, with tabs (a phone, or a narrow window). */
export const narrowScreenQuery = "(max-width: 720px)";

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(narrowScreenQuery);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/** Whether the screen is narrow; the server renders the wide layout, and a phone switches on hydration. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(narrowScreenQuery).matches,
    () => false,
  );
}
