import { describe, expect, it } from "vitest";
import { limits } from "../../config";
import { AppError } from "../../errors";
import { createFileListGuard } from "./file-list-guard";

/** Feeds a body to a fresh guard in chunks of `size` bytes; returns how many bytes it took before refusing. */
function feed(body: string, size = 64 * 1024): { accepted: number; error: AppError | null } {
  const guard = createFileListGuard();
  const bytes = Buffer.from(body);
  for (let at = 0; at < bytes.byteLength; at += size) {
    try {
      guard.write(bytes.subarray(at, at + size));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return { accepted: at, error };
    }
  }
  return { accepted: bytes.byteLength, error: null };
}

const body = (files: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ revision: 1, ...extra, files });
const file = (content: string, encoding?: string) => ({ path: "a.txt", content, ...(encoding ? { encoding } : {}) });

describe("the streaming file-list guard", () => {
  it("lets files at the caps through: plain text, escaped control characters, multi-byte text, base64", () => {
    const cases = [
      "x".repeat(limits.fileBytes),
      "\u0001".repeat(limits.fileBytes), // sent as \u0001: six bytes on the wire for each byte of the file
      "é".repeat(limits.fileBytes / 2),
      "\n\"".repeat(limits.fileBytes / 2),
    ];
    for (const content of cases) expect(feed(body([file(content)])).error).toBeNull();
    expect(feed(body([file(Buffer.alloc(limits.fileBytes, 7).toString("base64"), "base64")])).error).toBeNull();
  });

  it("stops a file that even base64 cannot bring under the cap, long before the body ends", () => {
    const content = "x".repeat(limits.fileBytes * 4);
    const { accepted, error } = feed(body([file("small"), file(content)]));
    expect(error?.code).toBe("payload_too_large");
    expect(error?.message).toContain(`larger than ${limits.fileBytes} bytes`);
    expect(accepted).toBeLessThan((limits.fileBytes * 4) / 3 + 128 * 1024);
  });

  it("stops the file after the last one allowed, even fed one byte at a time", () => {
    const many = Array.from({ length: limits.projectFiles + 50 }, () => file(""));
    const { accepted, error } = feed(body(many), 1);
    expect(error?.message).toBe(`A project has at most ${limits.projectFiles} files.`);
    const upToLimit = body(many.slice(0, limits.projectFiles)).length;
    expect(accepted).toBeLessThanOrEqual(upToLimit + 2);
    expect(feed(body(many.slice(0, limits.projectFiles)), 1).error).toBeNull();
  });

  it("watches a merging save's upserts and deletes as it watches files", () => {
    const save = (extra: Record<string, unknown>) => JSON.stringify({ baseRevision: 1, upserts: [], deletes: [], ...extra });
    const tooBig = feed(save({ upserts: [file("x".repeat(limits.fileBytes * 4))] }));
    expect(tooBig.error?.message).toContain(`larger than ${limits.fileBytes} bytes`);
    expect(tooBig.accepted).toBeLessThan((limits.fileBytes * 4) / 3 + 128 * 1024);
    const paths = Array.from({ length: limits.projectFiles + 1 }, (_, i) => `f${i}.py`);
    expect(feed(save({ deletes: paths })).error?.message).toBe(`A project has at most ${limits.projectFiles} files.`);
    expect(feed(save({ deletes: paths.slice(1), upserts: [file("x".repeat(1000))] })).error).toBeNull();
  });

  it("watches only the top-level files list and its content strings", () => {
    const big = "x".repeat(limits.fileBytes * 2);
    const many = Array.from({ length: limits.projectFiles + 1 }, () => 1);
    expect(feed(JSON.stringify({ notes: big, other: { files: many, content: big } })).error).toBeNull();
    expect(feed(body([{ path: big, content: "" }])).error).toBeNull();
  });
});
