import { describe, expect, test } from "vitest";
import { embeddedPageOf, oembedDiscoveryUrl } from "./oembed-url";

const app = "http://localhost:3000";

describe("oEmbed urls", () => {
  test("a project page or an embed on the app's origin names its project", () => {
    expect(embeddedPageOf(`${app}/p/hello-1a2b3c4d`, app)).toEqual({ kind: "project", slug: "hello-1a2b3c4d", query: {} });
    expect(embeddedPageOf(`${app}/embed/hello-1a2b3c4d?view=code&v=2`, app)).toEqual({
      kind: "embed",
      slug: "hello-1a2b3c4d",
      query: { view: "code", v: "2" },
    });
  });

  test("anything else names none", () => {
    for (const url of ["not a url", "http://evil.test/p/hello-1a2b3c4d", `${app}/`, `${app}/p/Bad_Slug`, `${app}/api/projects`, `${app}/p/a/b`]) {
      expect(embeddedPageOf(url, app), url).toBeNull();
    }
  });

  test("the discovery link points at the endpoint with the page's address", () => {
    expect(oembedDiscoveryUrl(app, `${app}/p/hello-1a2b3c4d?v=2`)).toBe(
      `${app}/oembed?url=http%3A%2F%2Flocalhost%3A3000%2Fp%2Fhello-1a2b3c4d%3Fv%3D2&format=json`,
    );
  });
});
