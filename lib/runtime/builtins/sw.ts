/**
 * The built-in `/sw.js`: the sabayon fallback service worker for `service-worker="./sw.js"`.
 * It must speak the protocol of the sabayon copy inside `coincident` (which our workers use), so it is
 * coincident's own service-worker entry rather than the standalone `sabayon` package's one, whose
 * message format differs. Served at the origin root so its scope covers every page.
 */
import "coincident/sw";
