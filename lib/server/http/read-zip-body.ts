import "server-only";
import { AppError } from "../../errors";
import type { FileBytes } from "../projects/file-content";
import { createProjectZipReader } from "../projects/zip";
import { readChunk } from "./body-reader";
import { largeBodySlots, maxBodyBytes } from "./read-body";

const zipTypes = /^application\/(zip|x-zip-compressed)\s*(;|$)/i;

/**
 * A zip body, unpacked as it arrives (lib/server/projects/zip.ts) under the same total cap, idle deadline and
 * slots for large bodies (in `owner`'s share) as a JSON body: the caps on what it inflates stop a zip bomb
 * early, and the cap on the body stops a zip that is simply large.
 */
export async function readZipBody(request: Request, owner: string): Promise<FileBytes[]> {
  if (!zipTypes.test(request.headers.get("content-type") ?? "")) {
    throw new AppError("unsupported_media_type", "Send the zip file as application/zip.");
  }
  const declared = request.headers.get("content-length") ?? "";
  if (/^\d{1,15}$/.test(declared) && Number(declared) > maxBodyBytes) throw tooLarge();
  const release = await largeBodySlots.acquire(owner);
  try {
    return await unzipBody(request);
  } finally {
    release();
  }
}

async function unzipBody(request: Request): Promise<FileBytes[]> {
  const reader = createProjectZipReader();
  if (!request.body) return reader.finish();
  const body = request.body.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await readChunk(body);
      if (done) break;
      total += value.byteLength;
      if (total > maxBodyBytes) throw tooLarge();
      reader.write(value);
    }
  } catch (error) {
    // Not awaited: a pending read holds the cancel until the client sends again, which a stalled one never does.
    void body.cancel().catch(() => {});
    throw error;
  }
  return reader.finish();
}

const tooLarge = () => new AppError("payload_too_large", `The zip file is larger than ${maxBodyBytes} bytes.`);
