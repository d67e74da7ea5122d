// Run as its own process by data-dir-lock.test.ts: waits for a common start time (argv[3], ms since the
// epoch) so every contender races, tries the lock on argv[2], prints `taken` or the refusal, and holds
// what it took until its stdin closes.
import { acquireDataDirLock } from "../../lib/server/data-dir-lock";

const [dataDir, startAt] = process.argv.slice(2);
while (Date.now() < Number(startAt)) {
  // spin: a sleep would let the contenders drift apart
}
try {
  const lock = acquireDataDirLock(dataDir!);
  console.log("taken");
  process.stdin.resume().on("end", () => lock.release());
} catch (error) {
  console.log((error as Error).message);
}
