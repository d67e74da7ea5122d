/** A config `files` or `packages` entry that could not be applied; the message names the entry. */
export class PackageError extends Error {
  override name = "PackageError";
}
