// Run as its own process by data-dir-lock.test.ts: prints `ready`, waits for the parent's `go` on stdin (sent
// to every contender at once, after all are ready), tries the lock on argv[2], prints `taken` or the
// refusal, and holds what it took until its stdin closes.
import { acquireDataDirLock } from "../../lib/server/data-dir-lock";

const dataDir = process.argv[2]!;
let lock: { release(): void } | null = null;
process.stdin.once("data", () => {
  try {
    lock = acquireDataDirLock(dataDir);
    console.log("taken");
  } catch (error) {
    console.log((error as Error).message);
  }
});
process.stdin.on("end", () => lock?.release());
console.log("ready");
