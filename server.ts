/**
 * One Node server answers all three origins (docs/architecture.md): preview hosts are served straight from the
 * database by lib/server/preview, everything else goes to Next.js. Routing on Host here, before Next,
 * keeps user files off the app's code paths entirely and keeps preview serving fast.
 */
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import next from "next";
import { loadConfig } from "./lib/config";
import { stampClientAddress } from "./lib/server/auth/client-address";
import { appPageHeaders, projectPageOf } from "./lib/server/http/app-page-headers";
import { newScriptNonce, previewFrameSource } from "./lib/server/http/content-security-policy";
import { discardUnreadBodyAfterAnswer } from "./lib/server/http/discard-unread-body";
import { editorPreloadLinks } from "./lib/server/http/editor-preload";
import { projectPageIsolation } from "./lib/server/http/page-isolation";
import { maxBodyBytes } from "./lib/server/http/read-body";
import { prepareDatabase } from "./lib/server/startup";
import { previewSlugFromHost } from "./lib/server/preview/host";
import { servePreview } from "./lib/server/preview/serve";

async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  const config = loadConfig();
  if (!config.secureCookies) {
    console.warn(
      `Warning: ALLOW_INSECURE_COOKIES=1 and APP_ORIGIN ${config.appOrigin} is plain http: session cookies go without Secure and ` +
        "without the __Host- prefix, so anyone on the network path can read them. Serve the app over https.",
    );
  }
  const database = await prepareDatabase(config);

  const app = next({ dev, dir: process.cwd(), port: config.port, hostname: "localhost" });
  await app.prepare();
  const handleApp = app.getRequestHandler();
  const previewFrames = previewFrameSource(config.appOrigin, config.previewDomain);

  /**
   * App responses get their framing and isolation headers here, before Next writes anything: the isolation
   * of a project page depends on the project, which Next's static `headers()` cannot know. Next takes the
   * nonce for its inline scripts from the request's own Content-Security-Policy header, so the policy goes
   * there too (replacing anything a client sent under that name).
   */
  const serveApp = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    stampClientAddress(req, config.trustedProxyHops);
    const pathname = new URL(req.url ?? "/", "http://app").pathname;
    const page = req.method === "GET" || req.method === "HEAD" ? projectPageOf(pathname) : null;
    const isolated = page ? await projectPageIsolation(page, req.headers) : null;
    const headers = appPageHeaders(pathname, isolated, { nonce: newScriptNonce(), previewFrames, dev });
    req.headers["content-security-policy"] = headers["content-security-policy"] as string;
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value!);
    const preloads = page?.kind === "editor" ? editorPreloadLinks() : null;
    if (preloads) {
      // A 103 Early Hint before the page renders, so Monaco downloads meanwhile; it carries the page's
      // isolation policy, so that an isolated page may use what was fetched under it.
      const coep = headers["cross-origin-embedder-policy"];
      res.writeEarlyHints({ link: preloads, ...(typeof coep === "string" ? { "cross-origin-embedder-policy": coep } : {}) });
      res.setHeader("link", preloads.join(", "));
    }
    await handleApp(req, res);
  };

  const server = createServer((req, res) => {
    discardUnreadBodyAfterAnswer(req, res, { maxBytes: maxBodyBytes, maxMs: 10_000 });
    const slug = previewSlugFromHost(req.headers.host, config.previewDomain);
    const handling = slug === null ? serveApp(req, res) : servePreview(req, res, slug, config);
    handling.catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal error");
    });
  });

  // Node closes a connection after 5 s idle, while clients that keep connections (API clients, test runners)
  // may reuse it at that very moment and get ECONNRESET. Idle connections stay open a minute instead: a client
  // closes its own idle connections first, or reuses them long before the server gives up on them.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  const shutdown = (): void => {
    server.close();
    void database.close().finally(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);

  server.listen(config.port, () => {
    console.log(`App:     ${config.appOrigin}`);
    console.log(`Preview: http://<slug>.${config.previewDomain}/`);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
