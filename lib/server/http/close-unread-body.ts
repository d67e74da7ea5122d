import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * A response that starts before its request's body has all arrived (a 413 once an upload inflates past its
 * cap, a refusal that never reads the body) says `Connection: close`, and Node ends the connection after it.
 * The rest of that body is never read, so a next request on the same kept-alive connection would wait
 * behind it until the idle timeout: a browser's next page load after a refused zip import took a minute.
 */
export function closeWhenBodyUnread(req: IncomingMessage, res: ServerResponse): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (!req.complete && !this.headersSent) this.setHeader("connection", "close");
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof res.writeHead;
}
