/** A config that cannot be used as written; the message names the offending entry. */
export class ConfigError extends Error {
  override name = "ConfigError";
}
