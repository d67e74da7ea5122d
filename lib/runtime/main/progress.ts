import type { LoadProgress } from "../interpreters/download-progress";
import type { ConsoleChannel } from "./channel";

/**
 * One indeterminate bar at the top of the page while any interpreter loads. An interpreter's first load
 * can take seconds (Pyodide is ~12 MB), and a blank page reads as broken.
 */
let bar: HTMLElement | null = null;
let pending = 0;

export function trackLoading<T>(loading: Promise<T>, label: string): Promise<T> {
  if (pending++ === 0) {
    bar = document.createElement("div");
    bar.className = "py-loading";
    bar.setAttribute("role", "progressbar");
    bar.setAttribute("aria-label", label);
    document.body.prepend(bar);
  }
  const finish = (): void => {
    if (--pending === 0) bar?.remove();
  };
  loading.then(finish, finish);
  return loading;
}

type Progress = { loaded: number; total: number | undefined };

/**
 * The `progress` messages of the page: one series per stage, summed over everything loading at once (the
 * page's interpreters and its workers'), so two interpreters loading together make one bar, not two that
 * take turns. A total is given only while every part's total is known. Each source reports through its own
 * function (`reporterFor(source)`).
 */
export function progressOnChannel(channel: ConsoleChannel): (source: object) => LoadProgress {
  const stages = new Map<string, Map<object, Progress>>();
  return (source) => (stage, loaded, total) => {
    let parts = stages.get(stage);
    if (!parts) stages.set(stage, (parts = new Map()));
    parts.set(source, { loaded, total });
    let sumLoaded = 0;
    let sumTotal: number | undefined = 0;
    for (const part of parts.values()) {
      sumLoaded += part.loaded;
      sumTotal = sumTotal === undefined || part.total === undefined ? undefined : sumTotal + part.total;
    }
    channel.post({ type: "progress", stage, loaded: sumLoaded, ...(sumTotal === undefined ? {} : { total: sumTotal }) });
  };
}
