/** `toml.js` beside core.js: the TOML reader, downloaded only by pages whose config is TOML (lazy/load-toml.ts). */
export { parse } from "smol-toml";
