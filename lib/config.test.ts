import { describe, expect, it } from "vitest";
import { loadConfig } from "./config";

describe("the preview domain is kept apart from the app's", () => {
  const load = (env: Record<string, string>) => () => loadConfig(env as NodeJS.ProcessEnv);

  it("refuses a preview domain under the app's own domain, naming the fix", () => {
    expect(load({ APP_ORIGIN: "https://pysandbox.example", PREVIEW_DOMAIN: "preview.pysandbox.example" })).toThrow(
      /PREVIEW_DOMAIN preview\.pysandbox\.example is under the app's own domain \(pysandbox\.example\).*separate registrable domain/,
    );
    expect(load({ APP_ORIGIN: "https://app.pysandbox.example", PREVIEW_DOMAIN: "usercontent.pysandbox.example:8443" })).toThrow(/under the app's own domain/);
    expect(load({ APP_ORIGIN: "https://pysandbox.example", PREVIEW_DOMAIN: "pysandbox.example" })).toThrow(/under the app's own domain/);
  });

  it("accepts a separate registrable domain, the local default, and an explicit override", () => {
    expect(load({ APP_ORIGIN: "https://pysandbox.example", PREVIEW_DOMAIN: "pysandbox-usercontent.example" })).not.toThrow();
    expect(load({})).not.toThrow();
    expect(load({ APP_ORIGIN: "http://127.0.0.1:3000", PREVIEW_DOMAIN: "preview.localhost:3000" })).not.toThrow();
    expect(load({ APP_ORIGIN: "http://dev.test:3000", PREVIEW_DOMAIN: "preview.dev.test:3000", ALLOW_PREVIEW_UNDER_APP_DOMAIN: "1" })).not.toThrow();
  });
});
