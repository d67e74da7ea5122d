import { request } from "node:http";

export type HttpRequest = {
  method: string;
  /** Path and query, sent as given. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
};

export type HttpResponse = { status: number; headers: Record<string, string | string[] | undefined>; text: string };

/**
 * One request over node:http to a local app: any method, a body on any method, headers as given. `fetch`
 * refuses some of these (a GET with a body), and a fuzzer must be able to send them. One connection per
 * request, so a connection the server closes is never blamed on the next request.
 */
/** The status given to a request whose connection the server closed while its body was being sent. */
export const closedWhileSending = 0;

export function sendHttp(
  port: number,
  { method, path, headers = {}, body }: HttpRequest,
  timeoutMs = 30_000,
  /** Called once the whole request, body included, has been handed to the connection. */
  onSent?: () => void,
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    // node:http frames a GET's or DELETE's body with no length at all unless told: the server would read it as the next request.
    const framing = body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) };
    const outgoing = request({ host: "127.0.0.1", port, method, path, headers: { ...framing, ...headers }, agent: false, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    outgoing.on("timeout", () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms: ${method} ${path}`)));
    outgoing.on("error", (error: NodeJS.ErrnoException) => {
      // A server that refuses a large body answers and closes before the client has written it all; the
      // client's write then fails before node:http reads the answer. That is a refusal, not a failure.
      if (error.code === "EPIPE" || error.code === "ECONNRESET") {
        resolve({ status: closedWhileSending, headers: {}, text: "the server closed the connection while the body was being sent" });
      } else reject(error);
    });
    if (onSent) outgoing.on("finish", onSent);
    outgoing.end(body);
  });
}

/** The `name=value` pairs of a response's Set-Cookie headers, ready to send back as a Cookie header. */
export function cookieOf(response: HttpResponse): string {
  const lines = response.headers["set-cookie"] ?? [];
  return (Array.isArray(lines) ? lines : [lines]).map((line) => line.split(";")[0]).join("; ");
}
