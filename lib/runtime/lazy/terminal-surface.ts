/** What the page's terminal (main/terminal.ts) needs from the xterm chunk (lazy/xterm.ts), loaded by URL. */
export type TerminalSurface = {
  /** The xterm.js Terminal itself: Python's `__terminal__`, as PyScript documents it. */
  terminal: object;
  write(text: string): void;
  onData(handler: (data: string) => void): void;
  focus(): void;
  clear(): void;
  reset(): void;
};

export type XtermChunk = { mountXterm(host: HTMLElement): TerminalSurface };
