// The end-to-end tests drive Debian's Chromium (playwright.config.ts): install it when we can, else say how.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { userInfo } from "node:os";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const installCommand = "apt-get install -y chromium";

/** Returns null when Chromium is there (or was just installed), else what the user must do. */
export function ensureChromium() {
  if (existsSync(chromiumPath)) return null;
  const canInstall = userInfo().uid === 0 && spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
  if (!canInstall) {
    return `Chromium is missing at ${chromiumPath}. Install it with \`sudo ${installCommand}\`, or set CHROMIUM_PATH to a Chromium binary.`;
  }
  console.log(`npm test: Chromium is missing at ${chromiumPath}; running \`apt-get update && ${installCommand}\``);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const installed =
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env }).status === 0 &&
    spawnSync("apt-get", installCommand.split(" ").slice(1), { stdio: "inherit", env }).status === 0;
  if (installed && existsSync(chromiumPath)) return null;
  return `Installing Chromium failed; run \`${installCommand}\` and look at its errors (or set CHROMIUM_PATH).`;
}
