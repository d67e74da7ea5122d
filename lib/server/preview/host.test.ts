import { describe, expect, it } from "vitest";
import { previewSlugFromHost } from "./host";

const domain = "preview.localhost:3000";

describe("previewSlugFromHost", () => {
  it("returns the slug of <slug>.<previewDomain>", () => {
    expect(previewSlugFromHost("hello.preview.localhost:3000", domain)).toBe("hello");
    expect(previewSlugFromHost("my-app-2.preview.localhost:3000", domain)).toBe("my-app-2");
  });

  it("matches case-insensitively and returns the slug lowercased", () => {
    expect(previewSlugFromHost("Hello.PREVIEW.localhost:3000", domain)).toBe("hello");
    expect(previewSlugFromHost("hello.preview.localhost:3000", "Preview.Localhost:3000")).toBe("hello");
  });

  it.each([
    ["no host", undefined],
    ["the app origin", "localhost:3000"],
    ["the preview domain itself", "preview.localhost:3000"],
    ["an empty label", ".preview.localhost:3000"],
    ["another port", "hello.preview.localhost:3001"],
    ["no port", "hello.preview.localhost"],
    ["a nested label", "a.b.preview.localhost:3000"],
    ["a suffix lookalike", "hellopreview.localhost:3000"],
    ["a trailing dot", "hello.preview.localhost.:3000"],
    ["a leading hyphen", "-hello.preview.localhost:3000"],
    ["a trailing hyphen", "hello-.preview.localhost:3000"],
    ["an underscore", "he_llo.preview.localhost:3000"],
    ["a label over 63 characters", `${"a".repeat(64)}.preview.localhost:3000`],
    ["the domain elsewhere in the host", "hello.preview.localhost:3000.evil.test"],
  ])("returns null for %s", (_, host) => {
    expect(previewSlugFromHost(host, domain)).toBeNull();
  });

  it("accepts a 63-character label", () => {
    const slug = "a".repeat(63);
    expect(previewSlugFromHost(`${slug}.preview.localhost:3000`, domain)).toBe(slug);
  });

  it("works with a production domain without a port", () => {
    expect(previewSlugFromHost("demo.pysandbox-apps.com", "pysandbox-apps.com")).toBe("demo");
    expect(previewSlugFromHost("pysandbox-apps.com", "pysandbox-apps.com")).toBeNull();
  });
});
