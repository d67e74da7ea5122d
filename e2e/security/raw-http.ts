import { connect, type Socket } from "node:net";
import { e2eServer } from "../server-config";

export type RawResponse = { status: number; head: string; body: string };

/**
 * One HTTP/1.1 exchange over a plain socket, for what a browser or fetch would never send: malformed request
 * lines, forged headers, a declared body that never comes. `localAddress` picks the loopback address the
 * request comes from (127.0.0.0/8 is all loopback), so per-address limits count it apart from other tests.
 */
export function rawRequest(head: string, { localAddress }: { localAddress?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port: e2eServer.port, localAddress });
    collectResponse(socket).then(resolve, reject);
    socket.on("connect", () => socket.write(head));
  });
}

/** GET `url` on the app's port with its host as Host: Node's resolver, unlike Chromium's, finds no `*.localhost`. */
export function rawGet(url: string): Promise<RawResponse> {
  const { host, pathname, search } = new URL(url);
  return rawRequest(`GET ${pathname}${search} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
}

/**
 * Sends `head` with `Content-Length: declaredBytes` (or chunked when null) and then body bytes only as the
 * server keeps reading, in 64 KB steps up to `sendAtMost` bytes; stops as soon as an answer arrives. Returns
 * the answer and how many body bytes had been written by then.
 */
export function requestWithLargeBody(
  head: string,
  { declaredBytes, sendAtMost }: { declaredBytes: number | null; sendAtMost: number },
): Promise<RawResponse & { sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port: e2eServer.port });
    let answered = false;
    let sentBytes = 0;
    collectResponse(socket, { stopAtHead: true, onFirstBytes: () => (answered = true) }).then((response) => resolve({ ...response, sentBytes }), reject);
    const framing = declaredBytes === null ? "Transfer-Encoding: chunked\r\n" : `Content-Length: ${declaredBytes}\r\n`;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!answered && !socket.destroyed && sentBytes < sendAtMost) {
        const frame = declaredBytes === null ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]) : chunk;
        sentBytes += chunk.length;
        if (!socket.write(frame)) return void socket.once("drain", pump);
      }
    };
    socket.on("connect", () => {
      socket.write(`${head}${framing}\r\n`);
      pump();
    });
  });
}

function collectResponse(socket: Socket, { stopAtHead = false, onFirstBytes = () => {} } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const done = () => {
      const text = Buffer.concat(chunks).toString("latin1");
      const split = text.indexOf("\r\n\r\n");
      const head = split < 0 ? text : text.slice(0, split);
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1]);
      if (!Number.isFinite(status)) reject(new Error(`no HTTP response: ${JSON.stringify(text.slice(0, 200))}`));
      else resolve({ status, head, body: split < 0 ? "" : text.slice(split + 4) });
    };
    socket.on("data", (data: Buffer) => {
      if (chunks.length === 0) onFirstBytes();
      chunks.push(data);
      // Enough to judge the answer: the rest of a large refused upload is not worth waiting for.
      if (stopAtHead && Buffer.concat(chunks).includes("\r\n\r\n")) socket.destroy();
    });
    socket.on("end", done);
    socket.on("close", done);
    socket.on("error", (error) => (chunks.length > 0 ? done() : reject(error)));
  });
}
