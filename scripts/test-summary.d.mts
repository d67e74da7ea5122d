export type Counts = { passed: number; failed: number; skipped: number };
export function vitestCounts(report: unknown, status: number): Counts;
export function playwrightCounts(report: unknown, status: number): Counts;
export function summaryLine(...counts: Counts[]): string;
