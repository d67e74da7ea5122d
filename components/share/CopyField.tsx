"use client";
import { Check, Copy } from "lucide-react";
import { useId, useRef, useState } from "react";
import { Button } from "../ui/Button";
import styles from "./share.module.css";

type Props = { label: string; value: string; multiline?: boolean; copyLabel: string };

/** A read-only value with a Copy button; "Copied" is announced to screen readers. */
export function CopyField({ label, value, multiline = false, copyLabel }: Props) {
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      // The clipboard can be refused (permissions, an unfocused page): leave the text selected to copy by hand.
      field.current?.select();
      setCopied("failed");
    }
  };

  return (
    <div className={styles.copyField}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <div className={styles.copyRow}>
        {multiline ? (
          <textarea id={id} ref={field} className={styles.code} value={value} readOnly rows={5} spellCheck={false} onFocus={(e) => e.target.select()} />
        ) : (
          <input id={id} ref={field} className={styles.linkInput} value={value} readOnly onFocus={(e) => e.target.select()} />
        )}
        <Button onClick={() => void copy()} aria-label={copyLabel} title={copyLabel}>
          {copied === "yes" ? <Check size={14} aria-hidden /> : <Copy size={14} aria-hidden />} {copied === "yes" ? "Copied" : "Copy"}
        </Button>
      </div>
      <span className={styles.copyStatus} role="status">
        {copied === "yes" ? `${label} copied.` : copied === "failed" ? "Copying was refused: the text is selected, press Ctrl/Cmd+C." : ""}
      </span>
    </div>
  );
}
