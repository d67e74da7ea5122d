const NOTICE_ID = "pysandbox-sw-notice";

const texts = {
  slower:
    "This page is not cross-origin isolated, so a Python worker reaches window/document through a service " +
    "worker, which is slower. Turn on the isolation headers or add <script src=\"/mini-coi.js\"> for full speed.",
  blocked:
    "This page is not cross-origin isolated and the browser allows it no service worker here (a frame of " +
    "another site that blocks third-party storage, or a page that is not a secure context), so a Python " +
    "worker cannot use window/document. Open the page in a tab of its own to run it fully.",
} as const;

/**
 * The small dismissible notice saying why a worker's page access is slow, or impossible here. A "blocked"
 * notice replaces a "slower" one: the page learns that service workers are refused only after asking.
 */
export function showFallbackNotice(kind: keyof typeof texts): void {
  const existing = document.getElementById(NOTICE_ID);
  if (existing?.dataset.kind === kind || (existing && kind === "slower")) return;
  existing?.remove();
  const notice = document.createElement("div");
  notice.id = NOTICE_ID;
  notice.dataset.kind = kind;
  notice.setAttribute("role", kind === "blocked" ? "alert" : "status");
  notice.style.cssText =
    "position:fixed;bottom:8px;right:8px;max-width:26rem;z-index:2147483647;padding:8px 32px 8px 12px;" +
    "font:13px/1.4 system-ui,sans-serif;background:#fff8db;color:#3d3200;border:1px solid #e6d48a;border-radius:6px";
  notice.textContent = texts[kind];
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
