/** The slice of coincident 4's API we use (the package ships no types). See node_modules/coincident/README.md. */
declare module "coincident/window/worker" {
  type Options = { transform?: (value: unknown) => unknown };
  export default function coincident(options?: Options): Promise<{
    /** Functions the page exposed (call them) and the place to expose ours (assign to it). */
    proxy: Record<string, (...args: unknown[]) => unknown>;
    /** True with native Atomics (crossOriginIsolated). */
    native: boolean;
    /** True when calls to the page are synchronous: native Atomics, or the sabayon service worker. */
    sync: boolean;
    /** Synchronous proxy to the page's globalThis; usable only when `sync` is true. */
    window: unknown;
  }>;
}

declare module "coincident/window/main" {
  type Options = { transform?: (value: unknown) => unknown };
  export class CoincidentWorker extends Worker {
    constructor(url: string | URL, options?: WorkerOptions & { serviceWorker?: string });
    proxy: Record<string, (...args: unknown[]) => unknown>;
  }
  export default function coincident(options?: Options): { Worker: typeof CoincidentWorker; native: boolean };
}

declare module "coincident/sw";
