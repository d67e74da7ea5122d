/**
 * One page-level differential case: a whole small project (several files, configs, workers, terminals)
 * opened on our runtime and on @pyscript/core 0.7.31, for behaviours a snippet cannot show.
 *
 * In every text file, `{{core.js}}`, `{{core.css}}` and `{{storage.js}}` become each implementation's own
 * URLs, and `{{pyodide}}` / `{{micropython}}` the interpreter module both use (put it in each config's
 * `interpreter` key, so the two run the same interpreter files).
 */
export type DiffPage = {
  /** Unique in the whole suite; says what is checked. */
  name: string;
  /** Path → text. */
  files: Record<string, string>;
  /** The page to open (default: the project's root). */
  open?: string;
  /** A selector present once the page has done what is compared (waited for on both); several: each of them. */
  done: string | readonly string[];
  /** What a person does once `done` is there, in order, identically on both sides. */
  steps?: readonly PageStep[];
  /** Selectors whose text (every match, trimmed) is compared. */
  compare: readonly string[];
  /**
   * Selectors of xterm terminals' rendered rows (`.xterm-rows`): each match is compared as its lines, with
   * trailing blanks and the empty rows below the last line left out (the screen's size is incidental).
   */
  terminals?: readonly string[];
  /** Console lines (`type: text`, from the page and its workers) that match are compared, in order. */
  console?: RegExp;
  /** False for a page that is not cross-origin isolated. */
  isolated?: boolean;
  /** As in DiffCase: a difference kept on purpose, with the reason; the two must still differ. */
  intended?: string;
  /** As in DiffCase: a difference not fixed yet; the two must still differ. */
  unfixed?: string;
};

/** Typing into the page: `into` is clicked (to focus it), `keys` typed with "\n" as Enter, then `until` awaited. */
/**
 * Click the first match of `click` (a selector both implementations render: an editor cell's
 * `.py-editor-run-button`, a terminal), type `keys` if any, then wait for `until`.
 */
export type PageStep = {
  click: string;
  keys?: string;
  /** A selector present once the page has answered (Playwright's `:has-text()` waits for a terminal's text). */
  until: string;
};
