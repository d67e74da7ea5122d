import { describe, expect, it } from "vitest";
import { parsePlain } from "./plain-data";

describe("parsePlain", () => {
  it("gives plain objects and arrays, and Uint8Arrays where bytes were marked", () => {
    const value = parsePlain('{"a": [1, null, "x"], "b": {"\\u0000bytes": [0, 7, 255]}, "c": [{"\\u0000bytes": []}]}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value.a).toEqual([1, null, "x"]);
    expect(value.b).toEqual(new Uint8Array([0, 7, 255]));
    expect(value.c).toEqual([new Uint8Array([])]);
  });
});
