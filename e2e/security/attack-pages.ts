import type { ProjectFile } from "../support/projects";

/**
 * The stranger's project: hostile pages served from its own preview origin, as any user's code is. Each page
 * takes what it attacks from its query string (or its fragment, where a query cannot be used), runs every
 * attempt, writes what happened to `body[data-result]` as JSON ("refused: <error>", or what it got), and then
 * sets `body[data-state=done]`.
 */
const attackBody = (script: string, body = "") => `${body}<script>
const q = new URLSearchParams(location.search || location.hash.slice(1));
const results = {};
const finish = () => { document.body.dataset.result = JSON.stringify(results); document.body.dataset.state = "done"; };
const attempt = async (name, run) => { try { results[name] = await run(); } catch (error) { results[name] = "refused: " + error.name; } };
${script}
</script>`;

const whole = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>attack</title></head><body>${body}</body></html>`;
const page = (script: string, body = "") => whole(attackBody(script, body));

/**
 * Reads cookies from the preview origin, then sets cookies named like the app's session cookie (`name` in the
 * query, and the same name without its `__Host-` prefix): host-only and on every parent domain the browser
 * might accept, with and without Secure. None may reach the app or shadow its session.
 */
const cookies = page(`
results.visible = document.cookie;
const name = q.get("name");
for (const candidate of [name, name.replace(/^__Host-/, "")]) {
  for (const domain of ["", "; domain=localhost", "; domain=.localhost", "; domain=preview.localhost"]) {
    for (const secure of ["", "; secure"]) document.cookie = candidate + "=tossed" + domain + secure + "; path=/";
  }
}
finish();
`);

/**
 * The app's API with the visitor's cookies, read (CORS) and written (simple requests, preflighted ones, a
 * form). Also served by another site (security/from-preview.spec.ts).
 */
export const credentialedFetchBody = attackBody(
  `
const app = q.get("app"), secret = q.get("secret"), shared = q.get("shared");
const read = async (response) => response.type === "opaque" ? "opaque" : "read " + response.status + ": " + (await response.text()).slice(0, 120);
const send = (path, init) => fetch(app + path, { credentials: "include", ...init }).then(read);
const json = { "content-type": "application/json" };
(async () => {
  await attempt("read the session", () => send("/api/auth/get-session"));
  await attempt("list the projects", () => send("/api/projects"));
  await attempt("read the private project", () => send("/api/projects/" + secret));
  await attempt("publish, simple POST", () => send("/api/projects/" + shared + "/versions", { method: "POST", mode: "no-cors", body: "{}" }));
  await attempt("rename, preflighted PATCH", () => send("/api/projects/" + secret, { method: "PATCH", headers: json, body: '{"title":"owned"}' }));
  await attempt("delete, preflighted DELETE", () => send("/api/projects/" + secret, { method: "DELETE" }));
  await attempt("sign out, simple POST", () => send("/api/auth/sign-out", { method: "POST", mode: "no-cors", body: "{}" }));
  const form = document.getElementById("form");
  form.action = app + "/api/projects/" + shared + "/versions";
  const sent = new Promise((resolve) => document.getElementById("sink").addEventListener("load", resolve, { once: true }));
  form.submit();
  await sent;
  results["publish, form POST"] = "sent";
  finish();
})();
`,
  `<form id="form" method="post" enctype="text/plain" target="sink"><input name='{"message":"' value='csrf"}'></form><iframe name="sink" id="sink"></iframe>`,
);

/**
 * Frames the app pages named in `paths` (comma-separated); done once every frame fired its load, whether the
 * browser showed the page or refused it. Also served by another site (security/framing.spec.ts).
 */
export const framingBody = attackBody(
  `
const app = q.get("app");
let loaded = 0;
for (const path of (q.get("paths") ?? "").split(",")) {
  const frame = document.createElement("iframe");
  frame.dataset.path = path;
  frame.onload = () => { if (++loaded === q.get("paths").split(",").length) finish(); };
  frame.src = app + path;
  document.body.append(frame);
}
`,
);

/**
 * The read-only view of this project frames this page: it tries to take the visitor's tab elsewhere, itself
 * and, on the click, from a popup it opens (popup.html), which a sandbox the popup escaped would let through.
 */
const topNavigation = page(
  `
const away = () => { top.location.href = "http://evil.example/phish"; return "navigated"; };
attempt("navigate top on load", away).then(() => {
  document.getElementById("go").onclick = () => {
    try { results["navigate top on a click"] = away(); } catch (error) { results["navigate top on a click"] = "refused: " + error.name; }
    results["open a popup"] = window.open("popup.html", "_blank") ? "opened" : "blocked";
    finish();
  };
  document.body.dataset.state = "armed";
});
`,
  `<button id="go" style="position:fixed;inset:0;width:100%;height:100%">Play</button>`,
);

/** Opened by index.html on a click: tries to navigate the tab its opener is framed in. */
const popupNavigation = page(`
attempt("navigate the opener's tab from a popup", () => {
  if (!opener) return "no opener";
  opener.top.location.href = "http://evil.example/phish";
  return "navigated";
}).then(finish);
`);

/** Opens the visitor's editor of another project and floods it with console messages in the channel's format. */
const consoleSpoof = page(`
const victim = window.open(q.get("editor"), "victim");
let sent = 0;
const timer = setInterval(() => {
  victim.postMessage({ channel: "pysandbox:console", message: { type: "stdout", text: "SPOOFED by another window" } }, "*");
  victim.postMessage({ channel: "pysandbox:console", message: { type: "error", message: "SPOOFED error", traceback: "SPOOFED" } }, "*");
  if (++sent === 600) clearInterval(timer);
}, 50);
finish();
`);

/** Service workers that would change what another origin, or this project's published version, serves. */
const serviceWorkers = page(`
(async () => {
  const register = (url, options) => navigator.serviceWorker.register(url, options).then((r) => "registered " + new URL(r.scope).href);
  await attempt("own root script, scope /", () => register("/evil-sw.js", { scope: "/" }));
  await attempt("own root script, scope /v/1/", () => register("/evil-sw.js", { scope: "/v/1/" }));
  await attempt("folder script widened to /v/1/", () => register("/app/evil-sw.js", { scope: "/v/1/" }));
  await attempt("another project's /sw.js", () => register(q.get("other") + "/sw.js", { scope: q.get("other") + "/" }));
  await attempt("the runtime host", () => register(q.get("runtime") + "/_runtime/sw.js"));
  await attempt("the app origin", () => register(q.get("app") + "/sw.js"));
  await attempt("control: folder script, scope /app/", () => register("/app/evil-sw.js", { scope: "/app/" }));
  finish();
})();
`);

/** Answers every request in its scope with a page of its own. */
const rewritingWorker = `
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("fetch", (event) => {
  event.respondWith(new Response("<h1>rewritten by the attacker</h1>", { headers: { "content-type": "text/html" } }));
});
`;

export const attackPages: ProjectFile[] = [
  { path: "index.html", content: topNavigation },
  { path: "popup.html", content: popupNavigation },
  { path: "cookies.html", content: cookies },
  { path: "fetch.html", content: whole(credentialedFetchBody) },
  { path: "framing.html", content: whole(framingBody) },
  { path: "spoof.html", content: consoleSpoof },
  { path: "service-workers.html", content: serviceWorkers },
  { path: "evil-sw.js", content: rewritingWorker },
  { path: "app/evil-sw.js", content: rewritingWorker },
  { path: "app/index.html", content: "<h1>app page</h1>" },
  { path: "published.html", content: "<h1>published bytes</h1>" },
];
