"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { importProjectZip, isZipFile } from "./import-zip";

export type ZipImport = {
  /** Whether files are being dragged over the page (the drop target shows). */
  dragging: boolean;
  /** The name of the zip being imported. */
  importing: string | null;
  error: string | null;
  importFiles(files: FileList | File[]): void;
  dismissError(): void;
};

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;

/**
 * Imports a zip chosen with the button or dropped anywhere on the page, then opens the new project.
 * The drop target follows the drag over the whole window: dragenter/dragleave fire for every element
 * crossed, so a counter tells when the drag has really left.
 */
export function useZipImport(): ZipImport {
  const [dragging, setDragging] = useState(false);
  const [importing, setImporting] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const depth = useRef(0);

  const importFiles = useCallback((list: FileList | File[]) => {
    const files = Array.from(list);
    const [file] = files;
    if (!file) return;
    if (files.length > 1) return setError("Drop one .zip file at a time.");
    if (!isZipFile(file)) return setError(`Only .zip files can be imported; “${file.name}” is not one.`);
    setError(null);
    setImporting(file.name);
    void importProjectZip(file).then((result) => {
      if (result.ok) {
        // A full navigation: the editor's document needs its own COOP/COEP headers to frame an isolated preview.
        window.location.assign(`/p/${result.slug}`);
        return;
      }
      setImporting(null);
      setError(`“${file.name}” could not be imported: ${result.message}`);
    });
  }, []);

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      if (event.dataTransfer) importFiles(event.dataTransfer.files);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragleave", leave);
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, [importFiles]);

  return { dragging, importing, error, importFiles, dismissError: useCallback(() => setError(null), []) };
}
