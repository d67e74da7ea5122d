import { expect, test } from "@playwright/test";
import { zipOf } from "../../test/support/zip-files";
import { e2eServer } from "../server-config";
import { signUp } from "../support/auth";

/**
 * An account at its project limit, as the dashboard shows it: New project and Import zip say how many projects
 * it has and what the limit is, and make nothing. The account is filled to the e2e server's limit through the
 * API first: blank projects, a few at a time.
 */
test("at the project limit, New project and Import zip say the count and the limit, and make nothing", async ({ page }) => {
  await signUp(page);
  const limit = Number(e2eServer.env.USER_PROJECT_LIMIT);
  for (let made = 0; made < limit; made += 10) {
    const batch = Array.from({ length: Math.min(10, limit - made) }, (_, i) => page.request.post("/api/projects", { data: { title: `Filler ${made + i}` } }));
    for (const response of await Promise.all(batch)) expect(response.status()).toBe(201);
  }
  const message = `You have ${limit} projects, the limit is ${limit}: delete one to create another.`;

  await page.goto("/");
  await page.getByRole("button", { name: "New project" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New project" });
  await dialog.getByRole("button", { name: "Create project" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(message);

  await dialog.getByRole("button", { name: "Cancel" }).click();
  await page.getByLabel("Zip file to import").setInputFiles({ name: "app.zip", mimeType: "application/zip", buffer: Buffer.from(zipOf([{ name: "main.py", content: "x = 1" }])) });
  await expect(page.getByTestId("import-error")).toHaveText(`“app.zip” could not be imported: ${message}`);

  const { projects } = (await (await page.request.get("/api/projects")).json()) as { projects: unknown[] };
  expect(projects).toHaveLength(limit);
});
