import * as z from "zod/mini";

const createdSchema = z.object({ project: z.object({ slug: z.string() }) });
const errorSchema = z.object({ error: z.object({ message: z.string() }) });

export type ImportResult = { ok: true; slug: string } | { ok: false; message: string };

/** A title from the zip's file name: `my-app-main.zip` → `my-app-main`. */
export function titleFromZipName(name: string): string {
  return name.replace(/\.zip$/i, "").trim().slice(0, 120) || "Imported project";
}

export const isZipFile = (file: File) => /\.zip$/i.test(file.name) || file.type === "application/zip" || file.type === "application/x-zip-compressed";

/** Sends the zip as the body of POST /api/projects/import; the server unpacks it within the project caps. */
export async function importProjectZip(file: File): Promise<ImportResult> {
  let response: Response;
  try {
    response = await fetch(`/api/projects/import?title=${encodeURIComponent(titleFromZipName(file.name))}`, {
      method: "POST",
      headers: { "content-type": "application/zip" },
      body: file,
    });
  } catch {
    return { ok: false, message: "The server could not be reached. Check your connection and try again." };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const created = createdSchema.safeParse(body);
    return created.success ? { ok: true, slug: created.data.project.slug } : { ok: false, message: "The server's answer was not understood." };
  }
  const error = errorSchema.safeParse(body);
  return { ok: false, message: error.success ? error.data.error.message : `The import failed (HTTP ${response.status}).` };
}
