import { describe, expect, it } from "vitest";
import type { DomRequest } from "../../protocol/dom-channel";
import { pageReferenceModule } from "./page-references";

describe("pageReferenceModule.gather", () => {
  it("sends the paths as a list in one request and answers the values as JSON text, a failure as its text", () => {
    const requests: DomRequest[] = [];
    const answers: unknown[] = [["t", null, { r: 4, f: 0 }], 'AttributeError: path "nope" stops at "nope": no such property'];
    const module = pageReferenceModule("pyodide", (...request) => (requests.push(request), answers.shift()), () => {});
    expect(module.gather(3, '["title", "missing", "document.body"]')).toBe('["t",null,{"r":4,"f":0}]');
    expect(requests).toEqual([["gather", 3, ["title", "missing", "document.body"], null, null]]);
    expect(module.gather(0, '["nope"]')).toBe('AttributeError: path "nope" stops at "nope": no such property');
  });
});
