"use client";
import { FileArchive, Upload, X } from "lucide-react";
import { useRef } from "react";
import { Button } from "../ui/Button";
import type { ZipImport } from "./use-zip-import";
import styles from "./dashboard.module.css";

/** The Import zip button with its hidden file picker. */
export function ImportZipButton({ zip }: { zip: ZipImport }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button onClick={() => input.current?.click()} disabled={zip.importing !== null} title="Import a .zip as a new project (or drop it on the page)">
        <Upload size={16} aria-hidden /> {zip.importing ? "Importing…" : "Import zip"}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".zip,application/zip"
        aria-label="Zip file to import"
        hidden
        onChange={(event) => {
          if (event.target.files) zip.importFiles(event.target.files);
          event.target.value = "";
        }}
      />
    </>
  );
}

/** What the person sees of an import: progress, the server's reason when it fails, the drop target. */
export function ZipImportStatus({ zip }: { zip: ZipImport }) {
  return (
    <>
      {zip.importing && (
        <p className={styles.notice} role="status">
          Importing “{zip.importing}”…
        </p>
      )}
      {zip.error && (
        <div className={styles.importError} role="alert" data-testid="import-error">
          <p>{zip.error}</p>
          <Button variant="icon" aria-label="Dismiss" onClick={zip.dismissError}>
            <X size={16} aria-hidden />
          </Button>
        </div>
      )}
      {zip.dragging && (
        <div className={styles.dropTarget} data-testid="zip-drop-target" aria-hidden>
          <FileArchive size={40} aria-hidden />
          <p>Drop a .zip to import it as a new project</p>
        </div>
      )}
    </>
  );
}
