"use client";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { postToPreview, readPreviewMessage } from "@/lib/protocol/console";
import { initialPreviewLog, reducePreviewLog } from "@/lib/workbench/preview-log";

/** How long Stop waits for the page to answer before treating its main thread as stuck. */
const stopAnswerMs = 2000;

/**
 * The editor's end of the console channel: the preview's messages feed the console and status line;
 * Run, Stop and Clear go the other way. Run remounts the iframe (a fresh page, whatever state the old one
 * was in); a page whose main thread never answers Stop is removed, since only that ends a runaway loop.
 * `generation` 0 means not framed yet: the page is framed once hydrated, or, with `deferred`, at `start()`
 * (or Run), which the editor calls once Monaco accepts typing.
 */
export function usePreview(previewOrigin: string, { deferred = false }: { deferred?: boolean } = {}) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const stopTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [log, dispatch] = useReducer(reducePreviewLog, initialPreviewLog);
  const [generation, setGeneration] = useState(0);
  const [halted, setHalted] = useState(false);

  const cancelStopTimer = () => {
    if (stopTimer.current) clearTimeout(stopTimer.current);
    stopTimer.current = null;
  };

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const message = readPreviewMessage(event, frameRef.current?.contentWindow ?? null, previewOrigin);
      if (!message) return;
      if (message.type === "stopped") cancelStopTimer();
      dispatch(message);
    };
    window.addEventListener("message", onMessage);
    // The page is framed only now, with the listener in place: framed from the server's HTML, it would
    // start before hydration and its first messages (ready, a fast MicroPython's output) would be lost.
    if (!deferred) setGeneration((n) => (n === 0 ? 1 : n));
    return () => {
      window.removeEventListener("message", onMessage);
      cancelStopTimer();
    };
    // deferred is fixed for the page's life.
  }, [previewOrigin]);

  const start = useCallback(() => setGeneration((n) => (n === 0 ? 1 : n)), []);

  const run = useCallback(() => {
    cancelStopTimer();
    setHalted(false);
    dispatch({ type: "reloading" });
    setGeneration((n) => n + 1);
  }, []);

  const stop = useCallback(() => {
    const preview = frameRef.current?.contentWindow;
    if (!preview) return;
    postToPreview(preview, previewOrigin, { type: "stop" });
    cancelStopTimer();
    stopTimer.current = setTimeout(() => {
      stopTimer.current = null;
      setHalted(true);
      dispatch({ type: "stopped", how: "reloading", detail: "The page did not answer Stop, so it was closed. Press Run to start it again." });
    }, stopAnswerMs);
  }, [previewOrigin]);

  const clear = useCallback(() => {
    dispatch({ type: "clear-log" });
    const preview = frameRef.current?.contentWindow;
    if (preview) postToPreview(preview, previewOrigin, { type: "clear" });
  }, [previewOrigin]);

  return { frameRef, log, generation, halted, start, run, stop, clear };
}
export type PreviewControls = ReturnType<typeof usePreview>;
