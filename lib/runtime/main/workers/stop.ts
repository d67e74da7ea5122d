import { liveWorkers } from "./registry";
import type { StopOutcome } from "./spawn";

/** The editor's Stop for every worker of the page at once; idle workers are left alone and not reported. */
export async function stopWorkers(): Promise<StopOutcome[]> {
  const outcomes = await Promise.all(liveWorkers().map((worker) => worker.stop()));
  return outcomes.filter((outcome): outcome is StopOutcome => outcome !== null);
}
