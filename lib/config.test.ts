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
    expect(load({ APP_ORIGIN: "https://dev.test:3000", PREVIEW_DOMAIN: "preview.dev.test:3000", ALLOW_PREVIEW_UNDER_APP_DOMAIN: "1" })).not.toThrow();
  });
});

describe("auth cookies are Secure wherever a browser keeps them", () => {
  const secureCookies = (APP_ORIGIN: string, allow?: "1") => {
    const env: Record<string, string> = allow ? { APP_ORIGIN, ALLOW_INSECURE_COOKIES: allow } : { APP_ORIGIN };
    return loadConfig(env as NodeJS.ProcessEnv).secureCookies;
  };

  it("on https and on loopback hosts over plain http, even when insecure cookies are allowed", () => {
    for (const origin of ["https://pysandbox.example", "http://localhost:3000", "http://app.localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000"]) {
      expect(secureCookies(origin), origin).toBe(true);
      expect(secureCookies(origin, "1"), origin).toBe(true);
    }
    expect(loadConfig({} as NodeJS.ProcessEnv).secureCookies).toBe(true);
  });

  it("refuses to start over plain http on any other name, naming the fix, unless insecure cookies are allowed", () => {
    for (const origin of ["http://pysandbox.lan:3000", "http://192.168.1.20:3000", "http://localhost.example.com"]) {
      expect(() => secureCookies(origin), origin).toThrow(/APP_ORIGIN http:.* is plain http .*Serve the app over https.*ALLOW_INSECURE_COOKIES=1/);
      expect(secureCookies(origin, "1"), origin).toBe(false);
    }
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
