"use client";
import { useEffect, useRef } from "react";

type Shortcuts = { save: () => void; saveAndRun: () => void };

/**
 * Ctrl/Cmd+S and Ctrl/Cmd+Enter anywhere in the workbench. Listening in the capture phase runs before
 * Monaco's own key handling, where Ctrl+Enter would otherwise insert a line.
 */
export function useShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.key === "s" || event.key === "S") {
        event.preventDefault();
        event.stopPropagation();
        latest.current.save();
      } else if (event.key === "Enter") {
        event.preventDefault();
        event.stopPropagation();
        latest.current.saveAndRun();
      }
    };
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, []);
}
