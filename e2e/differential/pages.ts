import type { APIRequestContext, Page } from "@playwright/test";
import { createProject } from "../support/projects";
import type { Engine } from "./case";
import type { DiffPage } from "./page-case";
import { coreUrls, implementationFiles, interpreterUrl, type Implementation } from "./reference";

/** What a page showed on one implementation: the text of each compared selector, and the matching console lines. */
export type PageResult = { texts: Record<string, string[]>; console: string[] };

function filled(text: string, implementation: Implementation): string {
  const core = coreUrls[implementation];
  const engines: Engine[] = ["pyodide", "micropython"];
  let result = text
    .replaceAll("{{core.js}}", core.js)
    .replaceAll("{{core.css}}", core.css)
    .replaceAll("{{storage.js}}", core.js.replace(/core\.js$/, "storage.js"));
  for (const engine of engines) result = result.replaceAll(`{{${engine}}}`, interpreterUrl(engine));
  return result;
}

export async function runPage(page: Page, request: APIRequestContext, one: DiffPage, implementation: Implementation): Promise<PageResult> {
  const files = Object.entries(one.files).map(([path, content]) => ({ path, content: filled(content, implementation) }));
  const { url } = await createProject(request, [...implementationFiles(implementation), ...files], { isolated: one.isolated ?? true });
  const lines: string[] = [];
  const listen = (message: { type(): string; text(): string }) => {
    const line = `${message.type()}: ${message.text()}`;
    if (one.console?.test(line)) lines.push(line);
  };
  page.on("console", listen);
  try {
    await page.goto(new URL(one.open ?? "", url).href);
    await page.locator(one.done).first().waitFor({ state: "attached", timeout: 120_000 }).catch(() => {
      throw new Error(`${implementation}: "${one.done}" never appeared`);
    });
    for (const { click, until } of one.clicks ?? []) {
      await page.locator(click).first().click({ timeout: 30_000 }).catch(() => {
        throw new Error(`${implementation}: nothing to click at "${click}"`);
      });
      await page.locator(until).first().waitFor({ state: "attached", timeout: 120_000 }).catch(() => {
        throw new Error(`${implementation}: "${until}" never appeared after clicking "${click}"`);
      });
    }
    const texts: Record<string, string[]> = {};
    for (const selector of one.compare) texts[selector] = (await page.locator(selector).allTextContents()).map((text) => text.trim());
    return { texts, console: lines };
  } finally {
    page.off("console", listen);
  }
}

export const samePage = (a: PageResult, b: PageResult): boolean => JSON.stringify(a) === JSON.stringify(b);
