import { describe, expect, it } from "vitest";
import { PreviewFileCache } from "./file-cache";
import type { PreviewEntry } from "./file-cache";

const entry = (projectId: string, text: string): PreviewEntry => ({
  projectId,
  isolated: true,
  file: { body: Buffer.from(text), contentType: "text/plain; charset=utf-8", hash: text, link: null },
});

/** A load the test finishes by hand, to interleave it with notifications. */
function deferredLoad(): { load: () => Promise<PreviewEntry | null>; finish(value: PreviewEntry | null): void; calls: () => number } {
  let calls = 0;
  let resolve: (value: PreviewEntry | null) => void = () => undefined;
  const promise = new Promise<PreviewEntry | null>((r) => (resolve = r));
  return { load: () => (calls++, promise), finish: (value) => resolve(value), calls: () => calls };
}

const counting = (value: PreviewEntry | null) => {
  let calls = 0;
  return { load: async () => (calls++, value), calls: () => calls };
};

describe("PreviewFileCache", () => {
  it("stores nothing until the change feed is live", async () => {
    const cache = new PreviewFileCache(1 << 20);
    const source = counting(entry("p1", "a"));
    await cache.get("s", "a.txt", source.load);
    await cache.get("s", "a.txt", source.load);
    expect(source.calls()).toBe(2);
  });

  it("serves a stored entry until its project changes", async () => {
    const cache = new PreviewFileCache(1 << 20);
    cache.start();
    const first = counting(entry("p1", "v1"));
    await cache.get("s", "a.txt", first.load);
    expect(await cache.get("s", "a.txt", first.load)).toMatchObject({ file: { hash: "v1" } });
    expect(first.calls()).toBe(1);
    cache.invalidateProject("p2");
    await cache.get("s", "a.txt", first.load);
    expect(first.calls()).toBe(1);
    cache.invalidateProject("p1");
    const second = counting(entry("p1", "v2"));
    expect(await cache.get("s", "a.txt", second.load)).toMatchObject({ file: { hash: "v2" } });
  });

  it("does not store a load that overlapped a change, and later requests do not join it", async () => {
    const cache = new PreviewFileCache(1 << 20);
    cache.start();
    const slow = deferredLoad();
    const stale = cache.get("s", "a.txt", slow.load);
    cache.invalidateProject("p1");
    const fresh = counting(entry("p1", "v2"));
    const after = cache.get("s", "a.txt", fresh.load);
    slow.finish(entry("p1", "v1"));
    expect(await stale).toMatchObject({ file: { hash: "v1" } });
    expect(await after).toMatchObject({ file: { hash: "v2" } });
    expect(await cache.get("s", "a.txt", fresh.load)).toMatchObject({ file: { hash: "v2" } });
    expect(fresh.calls()).toBe(1);
  });

  it("shares one load between concurrent misses", async () => {
    const cache = new PreviewFileCache(1 << 20);
    cache.start();
    const slow = deferredLoad();
    const both = Promise.all([cache.get("s", "a.txt", slow.load), cache.get("s", "a.txt", slow.load)]);
    slow.finish(entry("p1", "v1"));
    await both;
    expect(slow.calls()).toBe(1);
  });

  it("never caches an unknown project", async () => {
    const cache = new PreviewFileCache(1 << 20);
    cache.start();
    const missing = counting(null);
    await cache.get("s", "a.txt", missing.load);
    await cache.get("s", "a.txt", missing.load);
    expect(missing.calls()).toBe(2);
  });

  it("forgets everything when the feed is lost", async () => {
    const cache = new PreviewFileCache(1 << 20);
    cache.start();
    const source = counting(entry("p1", "v1"));
    await cache.get("s", "a.txt", source.load);
    cache.stop();
    expect(cache.size.entries).toBe(0);
    await cache.get("s", "a.txt", source.load);
    expect(source.calls()).toBe(2);
  });

  it("evicts the least recently used entries beyond its byte cap", async () => {
    const cache = new PreviewFileCache(3 * 1300);
    cache.start();
    const big = (name: string) => counting(entry("p1", name.repeat(1000)));
    const a = big("a");
    await cache.get("s", "a", a.load);
    await cache.get("s", "b", big("b").load);
    await cache.get("s", "a", a.load);
    await cache.get("s", "c", big("c").load);
    await cache.get("s", "d", big("d").load);
    expect(cache.size.entries).toBe(3);
    expect(cache.size.bytes).toBeLessThanOrEqual(3 * 1300);
    await cache.get("s", "a", a.load);
    expect(a.calls()).toBe(1);
  });
});
