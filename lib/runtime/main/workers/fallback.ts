import type { PyConfig } from "../config";
import { showFallbackNotice } from "./fallback-notice";

/** Uses that block on the page: window/document, calling a page `sync` function, `input()`. */
const needsSyncPage = /\b(window|document)\b|\bsync\.\w+\s*\(|\binput\s*\(/;

/** Whether this page may have a service worker at all; settled once, on first ask. */
let allowed: Promise<boolean> | null = null;
let known: boolean | null = null;

/**
 * A page that is not a secure context has no `navigator.serviceWorker`; a frame of another site whose
 * browser blocks third-party storage has one, but every call on it rejects ("The user denied permission to
 * use Service Worker"). Either way no relay can answer a worker's synchronous requests.
 */
export function serviceWorkersAllowed(): Promise<boolean> {
  allowed ??= (
    "serviceWorker" in navigator ? navigator.serviceWorker.getRegistration().then(() => true, () => false) : Promise.resolve(false)
  ).then((answer) => (known = answer));
  return allowed;
}

/** True once the page knows it may have no service worker (see serviceWorkersAllowed). */
export function serviceWorkersRefused(): boolean {
  return !("serviceWorker" in navigator) || known === false;
}

/**
 * Which service worker a worker script gets on a page that is not cross-origin isolated.
 * `config`: the worker's; with `sync_main_only` it never reaches the page synchronously, so it gets none.
 * `usesPageModules`: its config has `js_modules.main`, which the worker reaches through the page.
 * The documented `service-worker` attribute wins. Without it, a script that needs the page synchronously
 * (`window`/`document`, a page `sync` function, `input()`) would fail obscurely, so we fall back to the
 * built-in sabayon worker ourselves and say why it is slower. Where the page may have no service worker,
 * the worker gets none (sabayon would send its requests to the server, see spawn.ts) and the notice says so.
 */
export function serviceWorkerFor(element: Element | null, code: string, config: PyConfig, usesPageModules = false): string | null {
  if (globalThis.crossOriginIsolated || config.sync_main_only) return null;
  const attribute = element?.getAttribute("service-worker");
  if (!attribute && !usesPageModules && !needsSyncPage.test(code)) return null;
  if (serviceWorkersRefused()) {
    showFallbackNotice("blocked");
    return null;
  }
  void serviceWorkersAllowed();
  if (attribute) return new URL(attribute, document.baseURI).href;
  // mini-coi is about to reload the page isolated; a second service worker on its scope would replace it.
  if (document.querySelector('script[src$="mini-coi.js"]')) return null;
  showFallbackNotice("slower");
  return new URL("/sw.js", location.origin).href;
}
