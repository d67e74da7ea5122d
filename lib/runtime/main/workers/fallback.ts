import type { PyConfig } from "../config";

/** Uses that block on the page: window/document, calling a page `sync` function, `input()`. */
const needsSyncPage = /\b(window|document)\b|\bsync\.\w+\s*\(|\binput\s*\(/;

/**
 * Which service worker a worker script gets on a page that is not cross-origin isolated.
 * `config`: the worker's; with `sync_main_only` it never reaches the page synchronously, so it gets none.
 * `usesPageModules`: its config has `js_modules.main`, which the worker reaches through the page.
 * The documented `service-worker` attribute wins. Without it, a script that needs the page synchronously
 * (`window`/`document`, a page `sync` function, `input()`) would fail obscurely, so we fall back to the
 * built-in sabayon worker ourselves and say why it is slower.
 */
export function serviceWorkerFor(element: Element | null, code: string, config: PyConfig, usesPageModules = false): string | null {
  if (globalThis.crossOriginIsolated || config.sync_main_only) return null;
  const attribute = element?.getAttribute("service-worker");
  if (attribute) return new URL(attribute, document.baseURI).href;
  if (!usesPageModules && !needsSyncPage.test(code)) return null;
  // mini-coi is about to reload the page isolated; a second service worker on its scope would replace it.
  if (document.querySelector('script[src$="mini-coi.js"]')) return null;
  showFallbackNotice();
  return new URL("/sw.js", location.origin).href;
}

const NOTICE_ID = "pysandbox-sw-notice";

function showFallbackNotice(): void {
  if (document.getElementById(NOTICE_ID)) return;
  const notice = document.createElement("div");
  notice.id = NOTICE_ID;
  notice.setAttribute("role", "status");
  notice.style.cssText =
    "position:fixed;bottom:8px;right:8px;max-width:26rem;z-index:2147483647;padding:8px 32px 8px 12px;" +
    "font:13px/1.4 system-ui,sans-serif;background:#fff8db;color:#3d3200;border:1px solid #e6d48a;border-radius:6px";
  notice.textContent =
    "This page is not cross-origin isolated, so a Python worker reaches window/document through a service " +
    "worker, which is slower. Turn on the isolation headers or add <script src=\"/mini-coi.js\"> for full speed.";
  const dismiss = document.createElement("button");
  dismiss.type = "button";
  dismiss.textContent = "×";
  dismiss.setAttribute("aria-label", "Dismiss");
  dismiss.style.cssText = "position:absolute;top:4px;right:6px;border:0;background:none;font-size:16px;cursor:pointer";
  dismiss.addEventListener("click", () => notice.remove());
  notice.append(dismiss);
  // First in <body>: pages (and their tests) read what comes last.
  document.body.prepend(notice);
}
