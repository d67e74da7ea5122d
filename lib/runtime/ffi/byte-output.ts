/**
 * MicroPython hands its output over byte by byte. Scripts want it a line at a time (a console line per
 * `print`); the REPL wants it as it comes (the `>>> ` prompt has no newline). One decoder serves both, so a
 * character split across bytes is never broken.
 */
export function createByteOutput(emitLine: (line: string) => void) {
  const decoder = new TextDecoder();
  let line = "";
  let raw: ((text: string) => void) | null = null;
  let pending = "";
  return {
    push(bytes: Uint8Array): void {
      const text = decoder.decode(bytes, { stream: true });
      if (raw) {
        pending += text;
        return;
      }
      line += text;
      for (let end = line.indexOf("\n"); end >= 0; end = line.indexOf("\n")) {
        emitLine(line.slice(0, end));
        line = line.slice(end + 1);
      }
    },
    /** From now on text goes to `write` unbuffered, in chunks the caller releases with `flush`. */
    switchToRaw(write: (text: string) => void): void {
      raw = write;
      pending = line;
      line = "";
    },
    flush(): void {
      if (!raw || !pending) return;
      raw(pending);
      pending = "";
    },
  };
}
