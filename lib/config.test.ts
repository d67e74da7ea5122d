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

describe("the per-account quotas", () => {
  const quota = (env: Record<string, string>) => loadConfig(env as NodeJS.ProcessEnv).userQuota;

  it("default to 200 projects and 100 MB", () => {
    expect(quota({})).toEqual({ projects: 200, storageBytes: 100 * 1024 * 1024 });
  });

  it("read a size with or without a unit, in powers of 1024", () => {
    expect(quota({ USER_STORAGE_LIMIT: "4096" }).storageBytes).toBe(4096);
    expect(quota({ USER_STORAGE_LIMIT: "512KB" }).storageBytes).toBe(512 * 1024);
    expect(quota({ USER_STORAGE_LIMIT: "2 gb", USER_PROJECT_LIMIT: "1000" })).toEqual({ projects: 1000, storageBytes: 2 * 1024 ** 3 });
  });

  it("refuse what is not a size or a count, saying how to write one", () => {
    expect(() => quota({ USER_STORAGE_LIMIT: "100 megabytes" })).toThrow(/e\.g\. 100MB, 512KB or 4096/);
    expect(() => quota({ USER_STORAGE_LIMIT: "-1MB" })).toThrow(/a size is a whole number/);
    expect(() => quota({ USER_PROJECT_LIMIT: "lots" })).toThrow();
  });
});
