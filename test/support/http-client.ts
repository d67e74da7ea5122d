import { request } from "node:http";

export type HttpRequest = {
  method: string;
  /** Path and query, sent as given. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
};

export type HttpResponse = { status: number; headers: Record<string, string | string[] | undefined>; text: string };

export type SendOptions = {
  timeoutMs?: number;
  /**
   * The smallest body cap of the routes under test. A server that refuses a body over its cap answers and
   * closes before the client has written it all; the client's write then fails before node:http reads the
   * answer. So a request whose body, sent or declared, is over `bodyCap` answers `closedWhileSending` when
   * the server closes the connection; any other closed connection fails, as a handler that dropped it.
   */
  bodyCap?: number;
};

/** The status given to a request over the body cap whose connection the server closed while its body was being sent. */
export const closedWhileSending = 0;

/**
 * One request over node:http to a local app: any method, a body on any method, headers as given. `fetch`
 * refuses some of these (a GET with a body), and a fuzzer must be able to send them. One connection per
 * request, so a connection the server closes is never blamed on the next request.
 */
export function sendHttp(port: number, { method, path, headers = {}, body }: HttpRequest, { timeoutMs = 30_000, bodyCap }: SendOptions = {}): Promise<HttpResponse> {
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
      const closed = error.code === "EPIPE" || error.code === "ECONNRESET";
      if (closed && bodyCap !== undefined && Math.max(bytesOf(body), declaredLength(headers)) > bodyCap) {
        resolve({ status: closedWhileSending, headers: {}, text: "the server closed the connection while the body was being sent" });
      } else if (closed) {
        reject(new Error(`the server closed the connection (${error.code}) without answering ${method} ${path.slice(0, 200)}, a request with a body of ${bytesOf(body)} bytes`));
      } else reject(error);
    });
    outgoing.end(body);
  });
}

const bytesOf = (body: string | Buffer | undefined): number => (body === undefined ? 0 : Buffer.byteLength(body));

function declaredLength(headers: Record<string, string>): number {
  const [, value] = Object.entries(headers).find(([name]) => name.toLowerCase() === "content-length") ?? [];
  return Number(value ?? 0) || 0;
}

/** The `name=value` pairs of a response's Set-Cookie headers, ready to send back as a Cookie header. */
export function cookieOf(response: HttpResponse): string {
  const lines = response.headers["set-cookie"] ?? [];
  return (Array.isArray(lines) ? lines : [lines]).map((line) => line.split(";")[0]).join("; ");
}
