import type { EngineType } from "../../interpreters/engine";
import type { WorkerHandle } from "../../main/workers/spawn";
import type { EditorHost } from "./host";

export type CellCode = { code: string; filename: string };
/** Where one run of a cell writes: printed lines, `display()` and errors go to `output`. */
export type CellOutput = { output: HTMLElement };

/**
 * One editor environment: the cells of one type that share an `env` name (a cell without one is alone),
 * their `setup` cells, and the worker they all run in. As under PyScript, the worker starts at the first Run
 * (a page of editors loads no interpreter until someone runs one), or when the page loads for an env with
 * a setup cell, whose code runs then. Runs are queued: one setup or cell at a time.
 */
export type EditorEnvironment = {
  readonly type: EngineType;
  /** Scripts of the env (cells and setups) in document order; the first with a `config` gives the env's. */
  readonly scripts: Element[];
  /** Resolves with null once the cell has run, or with the error it showed under the cell. */
  run(cell: CellCode, where: CellOutput): Promise<string | null>;
  /** A setup cell: run now, before any cell of the env; if it raises, its error shows after `script`. */
  setup(code: CellCode, script: Element): void;
};

/** A setup cell raised: its traceback is already on the page. */
class SetupFailure extends Error {}

/** Where a run reports: in `output` (a cell's), if any, else errors after `anchor`. */
type Reporting = { anchor: Element; output: HTMLElement | null };

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
  /**
   * A cell's error is part of its output, as under PyScript, so it is cleared with it and shows even with
   * `plugins = ["!error"]`; a setup's error goes after its script.
   */
  const report = ({ anchor, output }: Reporting, text: string): void => {
    if (!output) return showError(anchor, text, context);
    output.append(host.errorBlock(text));
    showError(null, text, context, false);
  };
  let worker: Promise<WorkerHandle> | null = null;
  const setups: CellCode[] = [];
  /** How many of `setups` have run in the current worker. */
  let setupsRun = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let printTo: HTMLElement | null = null;

  const runIn = async (handle: WorkerHandle, cell: CellCode, output: HTMLElement | null): Promise<string | null> => {
    printTo = output;
    return (await handle.call(handle.proxy[host.runCell]!, [cell.code, cell.filename, output?.id ?? ""])) as string | null;
  };

  const start = async ({ anchor, output }: Reporting): Promise<WorkerHandle> => {
    const configured = environment.scripts.find((script) => script.hasAttribute("config"));
    const config = configured ? await host.parseConfig(configured.getAttribute("config")!, document.baseURI) : await context.config(type);
    const handle = host.spawnWorker({
      type,
      code: "",
      filename: "",
      target: output?.id ?? "",
      config,
      serviceWorker: host.serviceWorkerFor(null, [...environment.scripts].map((s) => s.textContent).join("\n"), config),
      errorAnchor: anchor,
      context,
      printed: (line) => printTo?.append(`${line}\n`),
      cells: true,
    });
    host.registerWorker(handle, null);
    return handle.ready.then(
      () => handle,
      (error: unknown) => {
        handle.terminate();
        throw error;
      },
    );
  };

  /** The env's worker, started if need be, with every setup cell known so far run in it, once each, in order. */
  const ready = async (where: Reporting): Promise<WorkerHandle> => {
    worker ??= start(where);
    const handle = await worker;
    while (setupsRun < setups.length) {
      const traceback = await runIn(handle, setups[setupsRun]!, where.output);
      if (traceback !== null) {
        report(where, traceback);
        handle.terminate();
        throw new SetupFailure(traceback);
      }
      setupsRun++;
    }
    return handle;
  };

  /** Runs `work` after what is queued; a worker that could not start (config, packages, setup) has shown why, and the next run tries again. */
  const queued = (where: Reporting, work: (handle: WorkerHandle) => Promise<string | null>): Promise<string | null> => {
    const result = queue.then(async () => {
      try {
        return await work(await ready(where));
      } catch (error) {
        worker = null;
        setupsRun = 0;
        if (error instanceof SetupFailure || host.isShownFailure(error)) return (error as Error).message;
        report(where, errorText(error));
        return errorText(error);
      }
    });
    queue = result;
    return result;
  };

  const environment: EditorEnvironment = {
    type,
    scripts: [],
    run(cell, { output }) {
      return queued({ anchor: output, output }, async (handle) => {
        const traceback = await runIn(handle, cell, output);
        if (traceback !== null) report({ anchor: output, output }, traceback);
        return traceback;
      });
    },
    setup(code, script) {
      setups.push(code);
      void queued({ anchor: script, output: null }, async () => null);
    },
  };
  return environment;
}
