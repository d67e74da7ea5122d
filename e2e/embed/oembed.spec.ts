import { expect, test } from "@playwright/test";
import { e2eServer } from "../server-config";
import { embedUrl, helloProject, setVisibility } from "./embed-projects";

const app = e2eServer.appOrigin;
const oembed = (url: string, extra = "") => `${app}/oembed?url=${encodeURIComponent(url)}&format=json${extra}`;

test("oEmbed answers a rich embed for a shared project's page or embed URL", async ({ request }) => {
  const project = await helloProject(request);
  const response = await request.get(oembed(`${app}/p/${project.slug}`));
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = await response.json();
  expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: "PySandbox", width: 800, height: 450, author_name: "E2E Tester" });
  expect(body.title).toMatch(/^e2e /);
  expect(body.html).toContain(`<iframe src="${embedUrl(project.slug)}"`);

  const fromEmbed = await (await request.get(oembed(embedUrl(project.slug, "?view=code&theme=dark"), "&maxwidth=500&maxheight=300"))).json();
  expect(fromEmbed.html).toContain(`src="${embedUrl(project.slug, "?view=code&amp;theme=dark")}"`);
  expect([fromEmbed.width, fromEmbed.height]).toEqual([500, 300]);
});

test("oEmbed refuses what it cannot embed: private 404, a bad url 400, xml 501", async ({ request }) => {
  const project = await helloProject(request);
  await setVisibility(request, project, "private");
  expect((await request.get(oembed(`${app}/p/${project.slug}`))).status()).toBe(404);
  expect((await request.get(oembed(`${app}/p/no-such-project-12345678`))).status()).toBe(404);
  for (const url of ["not a url", "http://elsewhere.test/p/abc", `${app}/account`]) {
    const bad = await request.get(oembed(url));
    expect(bad.status(), url).toBe(400);
    expect((await bad.json()).error.message).toContain("/p/<slug>");
  }
  expect((await request.get(`${app}/oembed?format=json`)).status()).toBe(400);
  expect((await request.get(`${app}/oembed?url=${encodeURIComponent(`${app}/p/${project.slug}`)}&format=xml`)).status()).toBe(501);
});

test("the read-only view of a shared project carries the oEmbed discovery link; its owner's editor does not", async ({ page, browser }) => {
  const project = await helloProject(page.request);
  await page.goto(`/p/${project.slug}`);
  await expect(page.locator('link[type="application/json+oembed"]')).toHaveCount(0);

  const reader = await browser.newPage();
  try {
    await reader.goto(`${app}/p/${project.slug}`);
    const link = reader.locator('link[rel="alternate"][type="application/json+oembed"]');
    await expect(link).toHaveAttribute("href", oembed(`${app}/p/${project.slug}`));
    const discovered = await reader.request.get((await link.getAttribute("href"))!);
    expect((await discovered.json()).html).toContain(`src="${embedUrl(project.slug)}"`);
  } finally {
    await reader.close();
  }
});
