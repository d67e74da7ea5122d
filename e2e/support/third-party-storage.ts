import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type BrowserContextOptions, type LaunchOptions } from "@playwright/test";

/**
 * A browser as people browse: a regular profile that lets a framed page of another site keep storage and
 * register a service worker. Playwright's default context is an off-the-record one, which blocks third-party
 * storage, and Chromium blocks third-party cookies (and with them a frame's service workers) unless told not to.
 */
export async function openThirdPartyStorageContext(
  launchOptions: LaunchOptions & BrowserContextOptions,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "pysandbox-profile-"));
  mkdirSync(join(profile, "Default"));
  writeFileSync(join(profile, "Default", "Preferences"), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  const context = await chromium.launchPersistentContext(profile, launchOptions);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
