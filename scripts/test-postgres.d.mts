export function isListening(port: number): Promise<boolean>;
export function startThrowawayPostgres(): Promise<{ url: string; stop(): Promise<void> }>;
