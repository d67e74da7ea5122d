import { describe, expect, it } from "vitest";
import { z } from "zod";
import { apiRoute } from "./api-route";
import { maxBodyBytes } from "./read-body";

describe("apiRoute", () => {
  it("answers 413 to a declared body over the cap before anything else, reading none of it", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    }, { highWaterMark: 0 });
    const route = apiRoute({ access: "signed-in", body: z.unknown() }, async () => new Response("handled"));
    // From a foreign origin and signed out: the size is refused before the origin or the session is looked at.
    const request = new Request("http://localhost/api/projects", {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": "application/json", "content-length": String(maxBodyBytes + 1), origin: "https://evil.example" },
    } as RequestInit);
    const response = await route(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toBe(`The request body is larger than ${maxBodyBytes} bytes.`);
    expect(pulled).toBe(0);
  });
});
