/** The page side of workers, as the scanner and the `_pyscript_js` module use it (see /work/runtime-seams.md). */
export { startWorkerScript } from "./script";
export { mainWorkersApi } from "./python-api";
