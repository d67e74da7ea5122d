import "server-only";
import { AppError } from "../../errors";
import type { FileBytes } from "../projects/file-content";
import { createProjectZipReader } from "../projects/zip";
import { readCapped } from "./body-reader";
import { largeBodySlots, maxBodyBytes } from "./read-body";

const zipTypes = /^application\/(zip|x-zip-compressed)\s*(;|$)/i;

/**
 * A zip body, unpacked as it arrives (lib/server/projects/zip.ts) under the same total cap, deadlines and
 * slots for large bodies (in `owner`'s share) as a JSON body: the caps on what it inflates stop a zip bomb
 * early, and the cap on the body stops a zip that is simply large. apiRoute has already refused a declared
 * length over the cap.
 */
export async function readZipBody(request: Request, owner: string): Promise<FileBytes[]> {
  if (!zipTypes.test(request.headers.get("content-type") ?? "")) {
    throw new AppError("unsupported_media_type", "Send the zip file as application/zip.");
  }
  const release = await largeBodySlots.acquire(owner);
  try {
    const zip = createProjectZipReader();
    if (request.body) await readCapped(request.body, maxBodyBytes, (chunk) => zip.write(chunk), { subject: "zip file" });
    return zip.finish();
  } finally {
    release();
  }
}
