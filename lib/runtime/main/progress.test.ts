import { describe, expect, it } from "vitest";
import type { PreviewToEditorMessage } from "../../protocol/console";
import type { ConsoleChannel } from "./channel";
import { progressOnChannel } from "./progress";

describe("progressOnChannel", () => {
  const setup = () => {
    const posted: PreviewToEditorMessage[] = [];
    const channel: ConsoleChannel = { post: (message) => void posted.push(message), onCommand() {} };
    return { reporterFor: progressOnChannel(channel), posted };
  };

  it("sums the interpreters loading at once into one series per stage", () => {
    const { reporterFor, posted } = setup();
    const page = reporterFor({});
    const worker = reporterFor({});
    page("interpreter", 100, 500);
    worker("interpreter", 1000, 4000);
    page("interpreter", 500, 500);
    expect(posted).toEqual([
      { type: "progress", stage: "interpreter", loaded: 100, total: 500 },
      { type: "progress", stage: "interpreter", loaded: 1100, total: 4500 },
      { type: "progress", stage: "interpreter", loaded: 1500, total: 4500 },
    ]);
  });

  it("gives no total while any part's total is unknown, and keeps stages apart", () => {
    const { reporterFor, posted } = setup();
    const page = reporterFor({});
    const worker = reporterFor({});
    page("files", 10);
    worker("files", 20, 20);
    page("packages", 1, 2);
    page("files", 30, 30);
    expect(posted).toEqual([
      { type: "progress", stage: "files", loaded: 10 },
      { type: "progress", stage: "files", loaded: 30 },
      { type: "progress", stage: "packages", loaded: 1, total: 2 },
      { type: "progress", stage: "files", loaded: 50, total: 50 },
    ]);
  });
});
