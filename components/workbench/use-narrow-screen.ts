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
 * Whether the screen is narrow; on the server and while hydrating, `serverGuess`: what the request's
 * `Sec-CH-UA-Mobile` said (so the panes, and the code in them, are in the server's HTML), or `null` when it
 * said nothing and the panes wait to be mounted once, in the right layout (a switch would mount Monaco and
 * the preview twice; a wrong guess, a narrow desktop window, costs that once).
 */
export function useNarrowScreen(serverGuess: boolean | null = null): boolean | null {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(narrowScreenQuery).matches,
    () => serverGuess,
  );
}
