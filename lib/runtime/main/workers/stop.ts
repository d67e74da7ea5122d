import type { RuntimeContext } from "../context";
import { liveWorkers } from "./registry";

const listening = new WeakSet<RuntimeContext>();

/**
 * The editor's Stop: a Pyodide worker on an isolated page gets KeyboardInterrupt through its interrupt
 * buffer; any other worker (MicroPython has no interrupt buffer) is terminated and reported stopped.
 */
export function listenForStop(context: RuntimeContext): void {
  if (listening.has(context)) return;
  listening.add(context);
  context.channel.onCommand((command) => {
    if (command.type !== "stop") return;
    for (const worker of liveWorkers()) if (!worker.terminated) worker.stop();
  });
}
