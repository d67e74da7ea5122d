import { workerBootSchema, type WorkerBoot } from "../../protocol/worker";
import { workerScope } from "./scope";

/**
 * Resolves with the page's boot message. Must be called at module evaluation, after coincident is imported:
 * coincident's (and sabayon's) handshake listeners are registered first and stop the messages they consume,
 * so the first message this listener sees is ours.
 */
export function receiveBoot(): Promise<WorkerBoot> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent): void => {
      const parsed = workerBootSchema().safeParse(event.data);
      if (!parsed.success) return;
      workerScope.removeEventListener("message", onMessage);
      resolve(parsed.data);
    };
    workerScope.addEventListener("message", onMessage);
  });
}
