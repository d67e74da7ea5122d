/** The page side of workers, as the scanner, the `_pyscript_js` module and the editor's commands use it. */
export { startWorkerScript } from "./script";
export { mainWorkersApi } from "./python-api";
export { stopWorkers } from "./stop";
