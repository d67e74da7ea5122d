import type { WorkbenchFile } from "./files";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** An uploaded file as the workbench keeps it: text when it is valid UTF-8, base64 otherwise (images, wasm). */
export async function readUpload(file: File, folder: string): Promise<WorkbenchFile> {
  const path = folder ? `${folder}/${file.name}` : file.name;
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return { path, content: strictUtf8.decode(bytes), encoding: "utf8" };
  } catch {
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { path, content: btoa(binary), encoding: "base64" };
  }
}
