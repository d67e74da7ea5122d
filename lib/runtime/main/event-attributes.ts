import { pythonTraceback, type EngineType } from "../interpreters/engine";
import type { RuntimeContext } from "./context";
import { errorsOnPage, errorText, showError } from "./errors";
import { interpreterFor, type Interpreter } from "./interpreter";

const prefixes: [string, EngineType][] = [
  ["mpy-", "micropython"],
  ["py-", "pyodide"],
];
const bound = new WeakMap<Element, Set<string>>();

/**
 * `py-click="handler"` (any `py-<event>` / `mpy-<event>`): calls the global `handler` of that interpreter's
 * `__main__` with the event. The name is looked up at event time, so the function may be defined by a
 * script that runs after the element was found.
 */
export function bindEventAttributes(root: Element, context: RuntimeContext): void {
  for (const element of [root, ...root.querySelectorAll("*")]) {
    for (const attribute of element.attributes) {
      const match = prefixes.find(([prefix]) => attribute.name.startsWith(prefix));
      if (!match) continue;
      const [prefix, type] = match;
      const event = attribute.name.slice(prefix.length);
      const names = bound.get(element) ?? new Set();
      if (names.has(attribute.name)) continue;
      bound.set(element, names.add(attribute.name));
      element.addEventListener(event, (e) => void callHandler(element, attribute.value, type, e, context));
    }
  }
}

async function callHandler(element: Element, name: string, type: EngineType, event: Event, context: RuntimeContext): Promise<void> {
  let interpreter: Interpreter | null = null;
  try {
    interpreter = await interpreterFor(type, context);
    const handler = interpreter.engine.getGlobal(name.trim());
    if (typeof handler !== "function") throw new Error(`${element.localName}[${type === "micropython" ? "mpy" : "py"}-${event.type}]: no Python function named '${name}'`);
    await handler(event);
  } catch (error) {
    showError(element, pythonTraceback(error) ?? errorText(error), context, interpreter ? errorsOnPage(interpreter.config) : true);
  }
}
