/**
 * `config-parser.js` beside core.js: the config reader (TOML, validation) for workers, which need it only for a
 * remote package config, so worker.js does not carry it.
 */
export { parseConfig } from "../main/config";
export type ConfigParserChunk = { parseConfig: typeof import("../main/config").parseConfig };
