// zod/mini: the same schemas at a fraction of the bundle size, since the runtime ships this to every preview.
import * as z from "zod/mini";
import { lazySchema } from "./lazy-schema";

/**
 * The one channel between the editor (parent window, app origin) and the preview (iframe, preview origin).
 * Every message is a member of one of these two unions and is parsed on receipt; anything else is dropped.
 */
export const previewToEditorMessage = lazySchema(() => z.discriminatedUnion("type", [
  z.object({ type: z.literal("ready"), engine: z.enum(["pyodide", "micropython"]), version: z.string() }),
  z.object({ type: z.literal("stdout"), text: z.string() }),
  z.object({ type: z.literal("stderr"), text: z.string() }),
  z.object({ type: z.literal("error"), message: z.string(), traceback: z.string() }),
  z.object({ type: z.literal("done") }),
  /**
   * Loading, for the editor's progress bar: the interpreter's files, then the config's packages, then its
   * files. `loaded`/`total` are bytes where the size is known (the interpreter, files); for packages they
   * count packages. No `total`: unknown, show it as indeterminate.
   */
  z.object({
    type: z.literal("progress"),
    stage: z.enum(["interpreter", "packages", "files"]),
    loaded: z.number(),
    total: z.optional(z.number()),
  }),
  /**
   * What a `stop` did, one message per thing stopped: `interrupted` (KeyboardInterrupt raised inside a
   * Pyodide worker, which lives on), `terminated` (a worker that could not be interrupted was ended; Run
   * starts it again), `reloading` (a main-thread script was still running: the page reloads itself), or
   * `idle` (nothing was running). `detail` is a sentence for the console. A page whose main thread is stuck
   * cannot answer at all: the editor reloads the frame when no `stopped` arrives shortly after its `stop`.
   */
  z.object({
    type: z.literal("stopped"),
    how: z.enum(["interrupted", "terminated", "reloading", "idle"]),
    detail: z.string(),
  }),
  /** The page's own output (py-error blocks, terminals) was cleared, in answer to `clear`. */
  z.object({ type: z.literal("cleared") }),
]));
export type PreviewToEditorMessage = z.infer<ReturnType<typeof previewToEditorMessage>>;

export const editorToPreviewMessage = lazySchema(() => z.discriminatedUnion("type", [
  z.object({ type: z.literal("run") }),
  z.object({ type: z.literal("stop") }),
  z.object({ type: z.literal("clear") }),
]));
export type EditorToPreviewMessage = z.infer<ReturnType<typeof editorToPreviewMessage>>;

/** Every message carries this tag so neither side mistakes a third party's postMessage for ours. */
export const CHANNEL = "pysandbox:console";

export const envelope = lazySchema(() => z.object({ channel: z.literal(CHANNEL), message: z.unknown() }));

/** Editor side: the preview's message, or null when it is not from that iframe at that origin, or malformed. */
export function readPreviewMessage(
  event: MessageEvent,
  preview: Window | null,
  previewOrigin: string,
): PreviewToEditorMessage | null {
  if (!preview || event.source !== preview || event.origin !== previewOrigin) return null;
  const outer = envelope().safeParse(event.data);
  if (!outer.success) return null;
  const message = previewToEditorMessage().safeParse(outer.data.message);
  return message.success ? message.data : null;
}

/** Editor side: a command to the preview, addressed to its exact origin. */
export function postToPreview(preview: Window, previewOrigin: string, message: EditorToPreviewMessage): void {
  preview.postMessage({ channel: CHANNEL, message }, previewOrigin);
}
