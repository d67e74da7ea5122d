/**
 * Path rules for a name being written, beyond the shape checks (relative, `/` only, no `.`/`..`/empty
 * segments): drive letters and device names, which no Windows machine can unpack a project's zip into
 * (characters Windows refuses, such as `<>:"|?*`, unzip tools replace, so they stay allowed), and characters
 * that make a name read as something else than it is. Shared by the API's path schema and the editor's
 * new-file check.
 */
const driveLetter = /^[a-z]:/i;
// Windows refuses these as file or folder names, with any extension (`nul.txt`).
const deviceName = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// Bidirectional controls reorder what a person sees: `evil\u202etxt.py` shows as `evilyp.txt`.
const bidiControl = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export function unportablePathProblem(path: string): string | null {
  if (driveLetter.test(path)) return "a file path cannot start with a drive letter";
  const segments = path.split("/");
  if (segments.some((segment) => deviceName.test(segment.split(".")[0]!.trimEnd()))) {
    return "a file or folder cannot be named after a device (CON, PRN, AUX, NUL, COM1, LPT1…)";
  }
  if (bidiControl.test(path)) return "a file path cannot contain bidirectional control characters";
  // Fullwidth and compatibility forms (`．．`, `／`, `＼`) become `..`, `/` and `\` under NFKC normalisation.
  const normalised = path.normalize("NFKC").split("/");
  if (normalised.length !== segments.length || normalised.some((segment) => segment === "." || segment === ".." || segment.includes("\\"))) {
    return "a file path cannot contain look-alikes of /, \\ or .. (fullwidth or compatibility characters)";
  }
  return null;
}
