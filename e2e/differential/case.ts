/**
 * One differential case: a small piece of Python run on our runtime and on @pyscript/core 0.7.31, on the same
 * preview server and the same interpreter files, and compared.
 *
 * The harness runs every case of a file in one page load per implementation, engine and thread. Before each case it
 * puts `html` (or nothing) into the page's one `<div id="stage">`; the case's `code` then runs as the body of an
 * `async def`, so it may `await`. What is compared: the lines it printed, the type and message of the exception it
 * raised (if any), and `#stage`'s HTML after it ran.
 */
export type Engine = "pyodide" | "micropython";
export type Thread = "main" | "worker";

export type DiffCase = {
  /** Unique in the whole suite; says what is checked ("when: a selector that matches nothing raises ValueError"). */
  name: string;
  /** Python, run as the body of an `async def` with `pyscript` importable; may print and may raise. */
  code: string;
  /** Markup put into `#stage` before the code runs. */
  html?: string;
  /** Where the case applies; both of each when left out. */
  engines?: readonly Engine[];
  threads?: readonly Thread[];
  /**
   * Also run in a worker of a page that is not cross-origin isolated (through a service worker), for cases
   * where the page is involved: `document`, `window`, page `sync` functions, `display()`.
   */
  notIsolated?: boolean;
  /**
   * A difference we keep on purpose (PyScript is wrong there, or matching it would break something else): the
   * reason, as docs/compatibility.md lists it.
   * The harness then checks that the two still differ, so a case cannot silently turn into a match (it does not check
   * how they differ: a marked case's output is read in its failure message when the mark is added).
   */
  intended?: string;
  /**
   * A difference found and not fixed yet: what differs, as docs/compatibility.md lists it under "Not fixed yet".
   * Checked like `intended`, so the case fails the day it is fixed, and the mark is then taken off.
   */
  unfixed?: string;
  /** Where `intended` or `unfixed` applies, when not everywhere the case runs; elsewhere the two must match. */
  differsOn?: { engines?: readonly Engine[]; threads?: readonly Thread[] };
};
