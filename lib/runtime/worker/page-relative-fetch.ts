/**
 * The worker runs from a blob: URL (the runtime lives on another origin, see main/workers/spawn.ts), so a
 * relative URL would resolve against the blob and fail. `fetch("./data.txt")` in a worker means the same
 * file as on the page, as it does under PyScript: resolve relative URLs against the page's base URL.
 */
export function resolveFetchAgainst(baseUrl: string): void {
  const originalFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input, init) =>
    originalFetch(typeof input === "string" || input instanceof URL ? new URL(input, baseUrl) : input, init);
}
