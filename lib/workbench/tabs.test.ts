import { expect, test } from "vitest";
import { closeTab, openTab, retargetTabs } from "./tabs";

test("opening adds a tab once; closing the shown tab shows its neighbour", () => {
  let tabs = openTab(openTab(openTab({ open: [], active: null }, "a"), "b"), "c");
  tabs = openTab(tabs, "b");
  expect(tabs).toEqual({ open: ["a", "b", "c"], active: "b" });
  expect(closeTab(tabs, "b")).toEqual({ open: ["a", "c"], active: "c" });
  expect(closeTab({ open: ["a", "c"], active: "c" }, "c")).toEqual({ open: ["a"], active: "a" });
});

test("tabs follow a rename and drop deleted files", () => {
  const tabs = { open: ["a.py", "b.py"], active: "a.py" };
  const exists = (p: string) => p !== "b.py";
  expect(retargetTabs(tabs, new Map([["a.py", "z.py"]]), exists)).toEqual({ open: ["z.py"], active: "z.py" });
});
