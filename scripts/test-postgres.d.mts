export function isListening(port: number): Promise<boolean>;
export function startThrowawayPostgres(): Promise<{ url: string; stop(): Promise<void> }>;
export function unusableReason(url: string): Promise<string | null>;
