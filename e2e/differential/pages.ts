import type { APIRequestContext, Dialog, Page } from "@playwright/test";
import { createProject } from "../support/projects";
import type { Engine } from "./case";
import type { DiffPage, PageStep } from "./page-case";
import { coreUrls, implementationFiles, interpreterUrl, type Implementation } from "./reference";

/**
 * What a page showed on one implementation: the text of each compared selector, the lines of each compared
 * terminal, the matching console lines, and the dialogs it opened (each dismissed, as by Cancel).
 */
export type PageResult = { texts: Record<string, string[]>; terminals: Record<string, string[][]>; console: string[]; dialogs: string[] };

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
  const dialogs: string[] = [];
  const dismiss = (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  };
  page.on("dialog", dismiss);
  try {
    await page.goto(new URL(one.open ?? "", url).href);
    for (const done of typeof one.done === "string" ? [one.done] : one.done) {
      await page.locator(done).first().waitFor({ state: "attached", timeout: 120_000 }).catch(() => {
        throw new Error(`${implementation}: "${done}" never appeared`);
      });
    }
    for (const step of one.steps ?? []) await perform(page, step, implementation);
    const texts: Record<string, string[]> = {};
    for (const selector of one.compare) texts[selector] = (await page.locator(selector).allTextContents()).map((text) => text.trim());
    const terminals: Record<string, string[][]> = {};
    for (const selector of one.terminals ?? []) terminals[selector] = await page.locator(selector).evaluateAll(terminalLines);
    return { texts, terminals, console: lines, dialogs };
  } finally {
    page.off("console", listen);
    page.off("dialog", dismiss);
  }
}

async function perform(page: Page, step: PageStep, implementation: Implementation): Promise<void> {
  await page.locator(step.click).first().click({ timeout: 30_000 }).catch(() => {
    throw new Error(`${implementation}: nothing to click at "${step.click}"`);
  });
  if (step.keys !== undefined) {
    const [first = "", ...rest] = step.keys.split("\n");
    await page.keyboard.type(first);
    for (const line of rest) {
      await page.keyboard.press("Enter");
      await page.keyboard.type(line);
    }
  }
  const after = step.keys === undefined ? `clicking "${step.click}"` : `typing ${JSON.stringify(step.keys)}`;
  await page.locator(step.until).first().waitFor({ state: "attached", timeout: 120_000 }).catch(() => {
    throw new Error(`${implementation}: after ${after}, "${step.until}" never appeared`);
  });
}

/** Runs in the page: each row's text (xterm draws blanks as no-break spaces), without the blank screen below. */
function terminalLines(rowGroups: Element[]): string[][] {
  return rowGroups.map((rows) => {
    const lines = [...rows.children].map((row) => (row.textContent ?? "").replaceAll("\u00a0", " ").trimEnd());
    while (lines.length > 0 && lines.at(-1) === "") lines.pop();
    return lines;
  });
}

export const samePage = (a: PageResult, b: PageResult): boolean => JSON.stringify(a) === JSON.stringify(b);
