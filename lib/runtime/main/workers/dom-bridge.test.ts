import { describe, expect, it } from "vitest";
import { DOM_CALLBACK } from "../../../protocol/worker";
import { createDomBridge } from "./dom-bridge";

type Ref = { r: number; f: number };

describe("createDomBridge", () => {
  const setup = () => {
    const calls: unknown[][] = [];
    const proxy = { [DOM_CALLBACK]: (...args: unknown[]) => void calls.push(args) };
    const dom = createDomBridge(proxy);
    return { bridge: dom.call, dom, calls };
  };

  it("returns primitives as values and objects as stable references", () => {
    const { bridge } = setup();
    (globalThis as Record<string, unknown>).bridgeFixture = { title: "t", nested: { n: 1 } };
    const fixture = bridge("get", 0, "bridgeFixture", null) as Ref;
    expect(fixture).toEqual({ r: expect.any(Number), f: 0 });
    expect(bridge("get", fixture.r, "title", null)).toBe("t");
    const nested = bridge("get", fixture.r, "nested", null) as Ref;
    expect(bridge("get", fixture.r, "nested", null)).toEqual(nested);
    expect(bridge("get", nested.r, "n", null)).toBe(1);
    delete (globalThis as Record<string, unknown>).bridgeFixture;
  });

  it("answers a read of a property the object lacks as missing, unlike one whose value is undefined", () => {
    const { bridge } = setup();
    (globalThis as Record<string, unknown>).bridgeFixture = { unset: undefined, empty: null };
    const fixture = (bridge("get", 0, "bridgeFixture", null) as Ref).r;
    expect(bridge("get", fixture, "absent", null)).toEqual({ m: 1 });
    expect(bridge("get", fixture, "unset", null)).toBeUndefined();
    expect(bridge("get", fixture, "empty", null)).toBeNull();
    expect(bridge("get", fixture, "toString", null)).toEqual({ r: expect.any(Number), f: 1 });
    delete (globalThis as Record<string, unknown>).bridgeFixture;
  });

  it("calls methods with their object as this, constructs, sets, iterates", () => {
    const { bridge } = setup();
    const target = { items: [1, 2], add(this: { items: number[] }, value: number) { this.items.push(value); return this.items.length; } };
    (globalThis as Record<string, unknown>).bridgeTarget = target;
    const ref = (bridge("get", 0, "bridgeTarget", null) as Ref).r;
    const add = bridge("get", ref, "add", null) as Ref;
    expect(add.f).toBe(1);
    expect(bridge("apply", add.r, ref, [3])).toBe(3);
    const items = (bridge("get", ref, "items", null) as Ref).r;
    expect(bridge("iter", items, null, null)).toEqual([1, 2, 3]);
    expect(bridge("len", items, null, null)).toBe(3);
    bridge("set", ref, "label", [{ a: [1, { r: items }] }]);
    expect((target as unknown as { label: unknown[] }).label).toEqual([1, target.items]);
    const date = bridge("new", (bridge("get", 0, "Date", null) as Ref).r, null, [0]) as Ref;
    expect(bridge("str", date.r, null, null)).toBe(String(new Date(0)));
    delete (globalThis as Record<string, unknown>).bridgeTarget;
  });

  it("turns a Python callable into one function that calls the worker back with references", () => {
    const { bridge, calls } = setup();
    const holder: { listener?: (event: object) => void; again?: unknown } = {};
    (globalThis as Record<string, unknown>).bridgeHolder = holder;
    const ref = (bridge("get", 0, "bridgeHolder", null) as Ref).r;
    bridge("set", ref, "listener", [{ c: 7 }]);
    bridge("set", ref, "again", [{ c: 7 }]);
    expect(holder.again).toBe(holder.listener);
    holder.listener!({ type: "click" });
    expect(calls).toEqual([[7, [{ r: expect.any(Number), f: 0 }]]]);
    delete (globalThis as Record<string, unknown>).bridgeHolder;
  });

  it("forgets an object once the worker released every reference it was handed", () => {
    const { bridge, dom } = setup();
    (globalThis as Record<string, unknown>).bridgeHeld = {};
    const first = bridge("get", 0, "bridgeHeld", null) as Ref;
    const second = bridge("get", 0, "bridgeHeld", null) as Ref;
    expect(second.r).toBe(first.r);
    const size = dom.size;
    dom.release([first.r, 0]);
    expect(dom.size).toBe(size);
    expect(bridge("get", second.r, "missing", null)).toEqual({ m: 1 });
    dom.release([second.r]);
    expect(dom.size).toBe(size - 1);
    expect((bridge("get", 0, "bridgeHeld", null) as Ref).r).not.toBe(first.r);
    delete (globalThis as Record<string, unknown>).bridgeHeld;
  });

  it("gathers several paths in one call: primitives as values, objects as references, in order", () => {
    const { bridge } = setup();
    const target = { title: "t", nested: { items: [{ value: 5 }] }, run() {} };
    (globalThis as Record<string, unknown>).bridgeGathered = target;
    const ref = (bridge("get", 0, "bridgeGathered", null) as Ref).r;
    const [title, value, nested, run] = bridge("gather", ref, ["title", 'nested["items"][0].value', "nested", "run"], null) as Ref[];
    expect([title, value]).toEqual(["t", 5]);
    expect(nested).toEqual({ r: expect.any(Number), f: 0 });
    expect(bridge("get", ref, "nested", null)).toEqual(nested);
    expect(run).toEqual({ r: expect.any(Number), f: 1 });
    expect(bridge("gather", 0, ["bridgeGathered.nested.items.length"], null)).toEqual([1]);
    delete (globalThis as Record<string, unknown>).bridgeGathered;
  });

  it("answers a path that does not resolve with its message, handing out no reference", () => {
    const { bridge, dom } = setup();
    const size = dom.size;
    expect(bridge("gather", 0, ["Array", "nope.x"], null)).toBe('AttributeError: path "nope.x" stops at "nope": no such property');
    expect(bridge("gather", 0, ["a..b"], null)).toMatch(/^ValueError: invalid path "a\.\.b"/);
    expect(dom.size).toBe(size);
  });

  it("turns bytes from the worker into a Uint8Array and dicts into plain objects", () => {
    const { bridge } = setup();
    const holder: { value?: unknown } = {};
    (globalThis as Record<string, unknown>).bridgeBytes = holder;
    const ref = (bridge("get", 0, "bridgeBytes", null) as Ref).r;
    bridge("set", ref, "value", [{ o: { data: { b: [1, 2, 255] }, n: 1 } }]);
    const value = holder.value as { data: Uint8Array; n: number };
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value.data).toEqual(new Uint8Array([1, 2, 255]));
    delete (globalThis as Record<string, unknown>).bridgeBytes;
  });

  it("lets go of every page object when its worker is terminated", () => {
    const { bridge, dom } = setup();
    (globalThis as Record<string, unknown>).bridgeDisposed = { child: {} };
    const held = bridge("get", 0, "bridgeDisposed", null) as Ref;
    bridge("get", held.r, "child", null);
    expect(dom.size).toBeGreaterThan(2);
    dom.dispose();
    expect(dom.size).toBe(0);
    delete (globalThis as Record<string, unknown>).bridgeDisposed;
  });
});
