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

describe("rewritePyScriptUrls: the JavaScript APIs' modules", () => {
  const bridge = `${base}/bridge.js?app=${encodeURIComponent(origin)}`;

  it("rewrites storage.js from pyscript.net releases, snapshots and jsDelivr, without the app query", () => {
    const js = `import storage from 'https://pyscript.net/releases/2026.7.1/storage.js';
import s2 from "https://pyscript.net/snapshots/2025.1.1/storage.js";
import s3 from "https://cdn.jsdelivr.net/npm/@pyscript/core@0.7.31/dist/storage.js";`;
    expect(rewritePyScriptUrls(js, origins)).toBe(`import storage from '${base}/storage.js';
import s2 from "${base}/storage.js";
import s3 from "${base}/storage.js";`);
  });

  it("rewrites the bridge from esm.run and jsDelivr, any version and file path, with the app query core.js has", () => {
    const js = [
      `import bridge from 'https://esm.run/@pyscript/bridge';`,
      `import b2 from "https://esm.run/@pyscript/bridge@0.2.2";`,
      `import b3 from "https://cdn.jsdelivr.net/npm/@pyscript/bridge";`,
      `import b4 from "https://cdn.jsdelivr.net/npm/@pyscript/bridge@0.2.2/+esm";`,
      `import b5 from "https://cdn.jsdelivr.net/npm/@pyscript/bridge/dist/index.js";`,
    ].join("\n");
    expect(rewritePyScriptUrls(js, origins)).toBe(
      [
        `import bridge from '${bridge}';`,
        `import b2 from "${bridge}";`,
        `import b3 from "${bridge}";`,
        `import b4 from "${bridge}";`,
        `import b5 from "${bridge}";`,
      ].join("\n"),
    );
  });

  it("leaves other packages and files alone", () => {
    const js = `import a from "https://esm.run/@pyscript/bridges";
import b from "https://esm.run/@pyscript/core";
import c from "https://pyscript.net/releases/2026.7.1/storage.jsx";`;
    expect(rewritePyScriptUrls(js, origins)).toBe(js);
  });
});
