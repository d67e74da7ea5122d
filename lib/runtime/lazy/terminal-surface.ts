/** What the page's terminal (main/terminal.ts) needs from the xterm chunk (lazy/xterm.ts), loaded by URL. */
export type TerminalSurface = {
  write(text: string): void;
  onData(handler: (data: string) => void): void;
  focus(): void;
  clear(): void;
  reset(): void;
};

export type XtermChunk = { mountXterm(host: HTMLElement): TerminalSurface };
