import type { EngineType } from "../../interpreters/engine";
import type { WorkerHandle } from "../../main/workers/spawn";
import type { EditorHost } from "./host";

export type CellCode = { code: string; filename: string };
/** Where one run of a cell writes: printed lines and `display()` go to `output`, errors right after it. */
export type CellOutput = { output: HTMLElement };

/**
 * One editor environment: the cells of one type that share an `env` name (a cell without one is alone),
 * their `setup` cells, and the worker they all run in, started at the first Run (as PyScript does: a page
 * of editors loads no interpreter until someone runs one). Runs are queued: one cell at a time.
 */
export type EditorEnvironment = {
  readonly type: EngineType;
  readonly setups: CellCode[];
  /** Scripts of the env (cells and setups) in document order; the first with a `config` gives the env's. */
  readonly scripts: Element[];
  /** Resolves with null once the cell has run, or with the error it showed under the cell. */
  run(cell: CellCode, where: CellOutput): Promise<string | null>;
};

/** A setup cell raised: its traceback is already under the first cell run. */
class SetupFailure extends Error {}

const environments = new Map<string, EditorEnvironment>();
let unnamed = 0;

export function environmentFor(type: EngineType, name: string | null, host: EditorHost): EditorEnvironment {
  const key = name === null ? `\0${++unnamed}` : `${type}\0${name}`;
  let environment = environments.get(key);
  if (!environment) environments.set(key, (environment = createEnvironment(type, host)));
  return environment;
}

function createEnvironment(type: EngineType, host: EditorHost): EditorEnvironment {
  const { context, showError, errorText } = host;
  let worker: Promise<WorkerHandle> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let printTo: HTMLElement | null = null;

  const runIn = async (handle: WorkerHandle, cell: CellCode, output: HTMLElement): Promise<string | null> => {
    printTo = output;
    return (await handle.call(handle.proxy[host.runCell]!, [cell.code, cell.filename, output.id])) as string | null;
  };

  const start = async (first: CellOutput): Promise<WorkerHandle> => {
    const configured = environment.scripts.find((script) => script.hasAttribute("config"));
    const config = configured ? await host.parseConfig(configured.getAttribute("config")!, document.baseURI) : await context.config(type);
    const allCode = environment.setups.map((setup) => setup.code).join("\n");
    const handle = host.spawnWorker({
      type,
      code: "",
      filename: "",
      target: first.output.id,
      config,
      serviceWorker: host.serviceWorkerFor(null, `${allCode}\n${[...environment.scripts].map((s) => s.textContent).join("\n")}`, config),
      errorAnchor: first.output,
      context,
      printed: (line) => printTo?.append(`${line}\n`),
      cells: true,
    });
    host.registerWorker(handle, null);
    try {
      await handle.ready;
      // PyScript: an env's setup code runs before any of its cells, once, out of sight.
      for (const setup of environment.setups) {
        const traceback = await runIn(handle, setup, first.output);
        if (traceback === null) continue;
        showError(first.output, traceback, context);
        throw new SetupFailure(traceback);
      }
    } catch (error) {
      handle.terminate();
      throw error;
    }
    return handle;
  };

  const environment: EditorEnvironment = {
    type,
    setups: [],
    scripts: [],
    run(cell, where) {
      const result = queue.then(async () => {
        try {
          worker ??= start(where);
          const traceback = await runIn(await worker, cell, where.output);
          if (traceback !== null) showError(where.output, traceback, context);
          return traceback;
        } catch (error) {
          // A worker that could not start (config, packages, setup) has shown why; a later Run tries again.
          worker = null;
          if (error instanceof SetupFailure || host.isShownFailure(error)) return (error as Error).message;
          showError(where.output, errorText(error), context);
          return errorText(error);
        }
      });
      queue = result;
      return result;
    },
  };
  return environment;
}
