import type { DiffCase, Engine, Thread } from "./case";

/**
 * Where a case file runs: each engine on the main thread and in a worker of a cross-origin-isolated page,
 * and, for the cases that ask for it (`notIsolated`), in a worker of a page that is not isolated. There the
 * worker reaches the page through a service worker: PyScript needs the `service-worker` attribute for that,
 * our runtime would add one by itself, so both pages name the preview's own `/sw.js` and stay the same page.
 */
export type Variant = { engine: Engine; thread: Thread; isolated: boolean };

export const engines: readonly Engine[] = ["pyodide", "micropython"];

/**
 * The variants some of `cases` apply to: with `isolated`, each engine on the main thread and in a worker of an
 * isolated page; without, each engine in a worker of a page that is not isolated.
 */
export function variantsOf(cases: readonly DiffCase[], { isolated }: { isolated: boolean }): Variant[] {
  const threads: readonly Thread[] = isolated ? ["main", "worker"] : ["worker"];
  const variants = engines.flatMap((engine) => threads.map((thread): Variant => ({ engine, thread, isolated })));
  return variants.filter((variant) => cases.some((one) => appliesTo(one, variant)));
}

export function appliesTo(one: DiffCase, variant: Variant): boolean {
  return (
    (one.engines ?? engines).includes(variant.engine) &&
    (one.threads ?? ["main", "worker"]).includes(variant.thread) &&
    (variant.isolated || Boolean(one.notIsolated))
  );
}

export const variantName = ({ engine, thread, isolated }: Variant): string =>
  `${engine}, ${thread === "main" ? "main thread" : isolated ? "worker" : "worker on a page that is not isolated"}`;
