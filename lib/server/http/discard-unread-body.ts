import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";

/** How much of a body nobody read the server still takes off the wire after answering, before it hangs up. */
export type DiscardBounds = { maxBytes: number; maxMs: number };

/**
 * Watches a request that says a body follows (Content-Length other than 0, or Transfer-Encoding): only such a
 * request can leave one unread behind its answer, so the others (every preview GET) cost nothing here.
 */
export function discardUnreadBodyAfterAnswer(request: IncomingMessage, response: ServerResponse, bounds: DiscardBounds): void {
  const carriesBody = request.headers["transfer-encoding"] !== undefined || (request.headers["content-length"] ?? "0") !== "0";
  if (!carriesBody) return;
  const socket = request.socket;
  response.once("finish", () => discardUnreadBody(request, socket, bounds));
}

/**
 * After an answer sent before its request's body ended (a 413 part-way through an upload, say), reads the
 * rest of that body and drops it, so that the client's next request on the same kept-alive connection is
 * read at once. Without this the connection stalls: the route stopped reading the body, Node stops reading
 * the socket, and the next request waits behind the unread bytes until the idle timeout (a minute).
 *
 * A client that sends more than `bounds.maxBytes` after its answer gets a lingering close: the server ends
 * its side of the connection, so the client reads its answer and then the end, and the server goes on
 * dropping what still comes until the client hangs up too. Hanging up at once instead would lose the answer:
 * closing a socket with unread input makes the kernel reset the connection, and a client still sending its
 * body may get the reset before it reads the answer. After `bounds.maxMs` the connection goes, in any case.
 *
 * Runs once the response has finished (see discardUnreadBodyAfterAnswer).
 */
function discardUnreadBody(request: IncomingMessage, socket: Socket, bounds: DiscardBounds): void {
  if (request.complete || socket.destroyed) return;
  let discarded = 0;
  const stop = (): void => {
    clearTimeout(deadline);
    socket.off("data", onData);
    socket.off("close", stop);
  };
  const onData = (chunk: Buffer): void => {
    discarded += chunk.byteLength;
    if (request.complete) stop();
    else if (discarded > bounds.maxBytes && !socket.writableEnded) socket.end();
  };
  const deadline = setTimeout(() => {
    stop();
    socket.destroy();
  }, bounds.maxMs);
  socket.on("data", onData);
  socket.on("close", stop);
  // `_dump` is how Node itself drops a body no handler read: its parser then discards the body's bytes
  // instead of queueing them for the request, which the route's reader has already let go of.
  (request as IncomingMessage & { _dump(): void })._dump();
  socket.resume();
}
