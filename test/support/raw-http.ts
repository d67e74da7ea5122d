import { connect } from "node:net";

export type RawResponse = { status: number; text: string };

/**
 * Sends a GET request line byte for byte and returns the status and the whole answer, whoever gives it:
 * our handler or Node's HTTP parser. `fetch` and node:http normalise `..` and `%2E%2E` or refuse some
 * bytes client-side, so a test of what a hostile client can send must write the line itself.
 */
export function rawGet(port: number, host: string, target: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const text = Buffer.concat(chunks).toString("latin1");
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
    socket.end(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`, "latin1");
  });
}
