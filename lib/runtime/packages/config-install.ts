/**
 * `config-install.js` beside core.js: putting config `files`/`fetch` and `packages` into an interpreter
 * (archives, wheels, remote package configs, version constraints, the local package index). Pages whose
 * config names none of them never download it; packages/apply-config.ts loads it.
 */
export { installConfig, loadIndexedPackages } from "./install-config";
export type ConfigInstallChunk = typeof import("./install-config");
