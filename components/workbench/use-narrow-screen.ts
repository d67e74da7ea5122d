"use client";
import { useSyncExternalStore } from "react";

/** Below this width the panes are shown one at a time, with tabs (a phone, or a narrow window). */
export const narrowScreenQuery = "(max-width: 720px)";

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(narrowScreenQuery);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/**
 * Whether the screen is narrow; `null` on the server and while hydrating, when it is not known yet, so the
 * panes are mounted once, in the right layout (a switch would mount Monaco and the preview twice).
 */
export function useNarrowScreen(): boolean | null {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(narrowScreenQuery).matches,
    () => null,
  );
}
