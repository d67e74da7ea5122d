import { describe, expect, it, vi } from "vitest";

vi.mock("./runtime-manifest", () => ({ runtimeManifest: () => ({ hash: "0123456789ab", files: [] }) }));
const { rewritePyScriptUrls } = await import("./pyscript-urls");

const origin = "http://localhost:3000";
const origins = { appOrigin: origin, previewDomain: "preview.localhost:3000" };
const base = "http://runtime.preview.localhost:3000/_runtime/0123456789ab";
const js = `${base}/core.js?app=${encodeURIComponent(origin)}`;

describe("rewritePyScriptUrls", () => {
  it("rewrites pyscript.net releases, any version, js and css", () => {
    const html = `<link rel="stylesheet" href="https://pyscript.net/releases/2024.8.1/core.css">
<script type="module" src="https://pyscript.net/releases/2025.11.1/core.js"></script>`;
    expect(rewritePyScriptUrls(html, origins)).toBe(`<link rel="stylesheet" href="${base}/core.css">
<script type="module" src="${js}"></script>`);
  });

  it("rewrites jsDelivr @pyscript/core URLs", () => {
    const html = `<script type="module" src="https://cdn.jsdelivr.net/npm/@pyscript/core@0.7.31/dist/core.js"></script>`;
    expect(rewritePyScriptUrls(html, origins)).toBe(`<script type="module" src="${js}"></script>`);
  });

  it("leaves everything else alone", () => {
    const html = `<script src="https://pyscript.net/releases/2024.8.1/core.jsx"></script>
<script src="https://cdn.jsdelivr.net/npm/other@1/dist/core.js"></script><p>https://pyscript.net/</p>`;
    expect(rewritePyScriptUrls(html, origins)).toBe(html);
  });
});
