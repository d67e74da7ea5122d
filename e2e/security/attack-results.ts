import { expect, type Frame, type Page } from "@playwright/test";
import { z } from "zod";

/** Opens one of attack-pages.ts with its query and returns what each of its attempts got. */
export async function runAttackPage(page: Page, url: string, query: Record<string, string>): Promise<Record<string, string>> {
  await page.goto(`${url}?${new URLSearchParams(query)}`);
  return attackResults(page);
}

export async function attackResults(page: Page | Frame): Promise<Record<string, string>> {
  await expect(page.locator("body")).toHaveAttribute("data-state", "done");
  return z.record(z.string(), z.string()).parse(JSON.parse((await page.locator("body").getAttribute("data-result")) ?? "{}"));
}
