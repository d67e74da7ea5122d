import { pythonTraceback } from "../interpreters/engine";
import { HookError } from "../interpreters/run-with-hooks";

/**
 * What the page shows for a failed run in the worker: the Python traceback; a plugin hook's failure as
 * HookError's own text (the worker bundle's stack would only say where it was wrapped); for any other JS
 * error its stack, which locates it.
 */
export function failureText(error: unknown): string {
  const traceback = pythonTraceback(error);
  if (traceback !== null) return traceback;
  if (error instanceof HookError) return `${error.name}: ${error.message}`;
  return String(error instanceof Error ? (error.stack ?? error.message) : error);
}
