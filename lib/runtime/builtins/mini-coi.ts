/**
 * The built-in `/mini-coi.js`: one file that runs in two places, as the documentation asks
 * (`<script src="/mini-coi.js">` first in `<head>`).
 * - In the page: registers itself as a service worker and reloads once, so the page is
 *   `crossOriginIsolated` and workers get native Atomics.
 * - In the service worker: answers every request of the pages it controls with COOP/COEP/CORP added.
 * It must be served at the origin root: a service worker controls only pages at or below its own path.
 */

type FetchEventLike = Event & { request: Request; respondWith(response: Promise<Response>): void };
type ExtendableEventLike = Event & { waitUntil(promise: Promise<unknown>): void };
type ServiceWorkerScope = typeof globalThis & {
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
};

const RELOAD_MARK = "pysandbox:mini-coi-reloaded";

function withIsolationHeaders(response: Response): Response {
  // Opaque and error responses cannot be rewritten; the browser blocks them under COEP either way.
  if (response.status === 0) return response;
  const headers = new Headers(response.headers);
  headers.set("Cross-Origin-Opener-Policy", "same-origin");
  headers.set("Cross-Origin-Embedder-Policy", "require-corp");
  headers.set("Cross-Origin-Resource-Policy", "cross-origin");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function runAsServiceWorker(scope: ServiceWorkerScope): void {
  scope.addEventListener("install", () => void scope.skipWaiting());
  scope.addEventListener("activate", (event) => (event as ExtendableEventLike).waitUntil(scope.clients.claim()));
  scope.addEventListener("fetch", (event) => {
    const { request } = event as FetchEventLike;
    // Chromium throws on these (https://crbug.com/823392): let the browser handle them.
    if (request.cache === "only-if-cached" && request.mode !== "same-origin") return;
    (event as FetchEventLike).respondWith(fetch(request).then(withIsolationHeaders));
  });
}
function runInPage(): void {
  if (globalThis.crossOriginIsolated || !("serviceWorker" in navigator)) {
    sessionStorage.removeItem(RELOAD_MARK);
    return;
  }
  // Already controlled but still not isolated (e.g. framed by a non-isolated page): a reload cannot help.
  if (navigator.serviceWorker.controller || sessionStorage.getItem(RELOAD_MARK)) return;
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script) return;
  navigator.serviceWorker.register(script.src).then(
    async (registration) => {
      await navigator.serviceWorker.ready;
      if (registration.active) {
        sessionStorage.setItem(RELOAD_MARK, "1");
        location.reload();
      }
    },
    (error: unknown) => console.error("mini-coi: service worker registration failed", error),
  );
}

if (typeof document === "undefined") runAsServiceWorker(globalThis as ServiceWorkerScope);
else runInPage();
