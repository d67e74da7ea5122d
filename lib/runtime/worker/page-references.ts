import type { EngineType } from "../interpreters/engine";
import type { DomRequest } from "../../protocol/dom-channel";
import { postToPage } from "./scope";

type Callable = (...args: unknown[]) => unknown;

/**
 * The module `_pyscript_dom` behind pyscript/_worker_dom.py: calls to the page (the fast channel or
 * coincident's), answers shaped so Python does the least work, and the release of page objects Python
 * no longer references.
 *
 * An answer that is a reference comes back as REF (Infinity, which JSON never carries: the page's
 * Infinity/NaN arrive as None on either channel) and its code, id * 2 + callable, as `last()`: two plain
 * numbers instead of a JS object Python would probe attribute by attribute. A read of a property the page
 * object does not have comes back as MISSING (-Infinity, which JSON never carries either).
 *
 * Releases: Pyodide calls `release(id)` from JsRef.__del__ (CPython frees at the last reference).
 * MicroPython has no __del__ for Python classes, so each reference holds a `token(id)`: a JS object that
 * the engine lets go when its garbage collector frees the reference, then a FinalizationRegistry here
 * sees it. Released ids ride on the next request; a worker that stays idle sends them in one message.
 */
export function pageReferenceModule(type: EngineType, send: (...request: DomRequest) => unknown, onCallback: (dispatch: Callable) => void) {
  let pending: number[] = [];
  let flushScheduled = false;
  let last = 0;
  const release = (id: number): void => {
    pending.push(id);
    if (flushScheduled) return;
    flushScheduled = true;
    queueMicrotask(() => {
      flushScheduled = false;
      if (pending.length === 0) return;
      postToPage({ kind: "pysandbox:release", ids: pending });
      pending = [];
    });
  };
  const tokens = type === "micropython" ? new FinalizationRegistry<number>(release) : null;
  const request = (op: DomRequest[0], id: number, key: unknown, args: unknown[] | null): unknown => {
    let released: number[] | null = null;
    if (pending.length > 0) [released, pending] = [pending, []];
    return send(op, id, key ?? null, args ?? null, released);
  };
  return {
    REF: Infinity,
    MISSING: -Infinity,
    call(op: DomRequest[0], id: number, key: unknown, args: unknown[] | null): unknown {
      const answer = request(op, id, key, args);
      if (typeof answer === "number") return Number.isFinite(answer) ? answer : null;
      if (answer === null || typeof answer !== "object" || Array.isArray(answer)) return answer;
      const { r, f, m } = answer as { r: number; f: number; m?: 1 };
      if (m) return -Infinity;
      last = r * 2 + f;
      return Infinity;
    },
    /**
     * `pyscript.ffi.gather` on a page object: the paths come as JSON text and the values go back as JSON text
     * (`{r, f}` for a reference), which Python decodes in one step instead of item by item through the FFI;
     * or the PathFailure text when a path does not resolve.
     */
    gather(id: number, paths: string): string {
      const answer = request("gather", id, JSON.parse(paths), null);
      return typeof answer === "string" ? answer : JSON.stringify(answer);
    },
    last: () => last,
    release,
    token(id: number): object {
      const token = {};
      tokens?.register(token, id);
      return token;
    },
    set_dispatcher: onCallback,
  };
}
