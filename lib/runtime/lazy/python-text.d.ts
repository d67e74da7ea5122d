/** Python source a chunk sends to a worker, bundled as text (scripts/build-runtime.mjs: loader ".py": "text"). */
declare module "*.py" {
  const source: string;
  export default source;
}
