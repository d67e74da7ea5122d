import type { DiffPage } from "../page-case";

const head = `<meta charset="utf-8"><link rel="stylesheet" href="{{core.css}}"><script type="module" src="{{core.js}}"></script>`;
const html = (body: string): string => `<!doctype html><html><head>${head}</head><body>\n${body}\n</body></html>`;
const mpy = `config='{"interpreter": "{{micropython}}"}'`;
const py = `config='{"interpreter": "{{pyodide}}"}'`;

/**
 * A script in a box of its own: its terminal goes after it (ours a `.py-terminal` div, PyScript's a
 * `py-terminal` element, after the `script-py` element it adds), so `#<id> .xterm-rows` is its screen.
 */
const boxed = (id: string, attributes: string, code: string) => `<div id="${id}"><script ${attributes}>\n${code.trim()}\n</script></div>`;
const rows = (id: string) => `#${id} .xterm-rows`;
/** Where a click focuses the terminal. */
const screen = (id: string) => `#${id} .xterm-screen`;
/** The terminal once it shows `text` (typing into it before would reach nobody). */
const showing = (id: string, text: string) => `${rows(id)}:has-text(${JSON.stringify(text)})`;
/** The REPL has answered with a line showing `text` and prompts again. */
const answered = (id: string, text: string) => `${rows(id)} > :has-text(${JSON.stringify(text)}) + :has-text(">>>")`;

/**
 * `__terminal__` as people use it: a direct write between prints, a resize and its new size. Its 30 rows (the
 * two start with different heights) hold all that the page then shows.
 */
const terminalObject = `
print("printed 1")
__terminal__.write("written\\r\\n")
print("printed 2")
__terminal__.resize(50, 30)
print(__terminal__.cols, __terminal__.rows)`;

const inputScript = `
name = input("name? ")
print("hello", name)`;

/** Three lines typed into a REPL, each once the one before has been answered. */
const replSteps = (id: string) => [
  { click: screen(id), keys: "x * 2\n", until: answered(id, "42") },
  { click: screen(id), keys: "1/0\n", until: answered(id, "ZeroDivisionError") },
  { click: screen(id), keys: "print('the' + 'end')\n", until: answered(id, "theend") },
];

// PyScript mixes up worker terminals of different scripts' kinds on one page (a worker may get another one's
// terminal, or none when one calls code.interact()), so a page has one, or two alike.
export const pages: DiffPage[] = [
  {
    name: "an mpy worker terminal: print, __terminal__, input(), then code.interact(): echo, an expression's value, a traceback",
    files: {
      "index.html": html(boxed("w", `type="mpy" worker terminal ${mpy}`, `${terminalObject}${inputScript}
x = 21
import code
code.interact()`)),
    },
    done: showing("w", "name?"),
    steps: [{ click: screen("w"), keys: "Ada\n", until: showing("w", ">>>") }, ...replSteps("w")],
    compare: [],
    terminals: [rows("w")],
  },
  {
    name: "a py worker terminal: print and stderr in order, __terminal__, input(), then code.interact()",
    files: {
      "index.html": html(boxed("w", `type="py" worker terminal ${py}`, `
import sys
print("out 1")
print("err 1", file=sys.stderr)
print("out 2")${terminalObject}${inputScript}
import code
code.interact(banner="the banner", local={"x": 21}, exitmsg="")`)),
    },
    done: showing("w", "name?"),
    steps: [{ click: screen("w"), keys: "Ada\n", until: showing("w", ">>>") }, ...replSteps("w")],
    compare: [],
    terminals: [rows("w")],
  },
  {
    name: "two mpy worker terminals: each shows its own script's output and reads its own input()",
    files: {
      "index.html": html(
        ["a", "b"].map((id) => boxed(id, `type="mpy" worker terminal ${mpy}`, `print("from ${id}")\nprint("${id} got", input("${id}? "))`)).join("\n"),
      ),
    },
    done: [showing("a", "a?"), showing("b", "b?")],
    steps: [
      { click: screen("b"), keys: "two\n", until: showing("b", "got") },
      { click: screen("a"), keys: "one\n", until: showing("a", "got") },
    ],
    compare: [],
    terminals: [rows("a"), rows("b")],
  },
  {
    name: "an mpy worker terminal shows what is printed to sys.stderr, in order",
    intended: "PyScript writes each line MicroPython prints to sys.stderr in its worker terminal as the numbers of its bytes",
    files: {
      "index.html": html(boxed("w", `type="mpy" worker terminal ${mpy}`, `
import sys
print("out 1")
print("err 1", file=sys.stderr)
print("finished")`)),
    },
    done: showing("w", "finished"),
    compare: [],
    terminals: [rows("w")],
  },
  {
    name: "an mpy main-thread terminal: print and stderr, __terminal__, input(), then code.interact() on the page",
    files: {
      "index.html": html(boxed("m", `type="mpy" terminal ${mpy}`, `${terminalObject}
import sys
x = 21
print("main out")
print("main err", file=sys.stderr)
try:
    answer = input("asked? ")
    print("input gave", repr(answer))
except Exception as error:
    print(type(error).__name__)
import code
code.interact()`)),
    },
    done: showing("m", ">>>"),
    steps: replSteps("m"),
    compare: [".py-error"],
    terminals: [rows("m")],
  },
  {
    name: "a py main-thread terminal: print and stderr, __terminal__, and input() refused",
    files: {
      "index.html": html(boxed("p", `type="py" terminal ${py}`, `${terminalObject}
import sys
print("main out")
print("main err", file=sys.stderr)
try:
    input("asked? ")
except Exception as error:
    print(type(error).__name__, error)
print("main finished")`)),
    },
    done: showing("p", "finished"),
    compare: [".py-error"],
    terminals: [rows("p")],
  },
  {
    name: "two main-thread terminals on one page, of either engine",
    intended: "PyScript refuses a second main-thread terminal and runs neither script; ours gives each interpreter type its own",
    files: {
      "index.html": html(`${boxed("m", `type="mpy" terminal ${mpy}`, 'print("from mpy")')}
${boxed("p", `type="py" terminal ${py}`, 'print("from py")')}`),
    },
    done: ".py-error, #m:has(.xterm-rows:has-text('from mpy')) ~ #p .xterm-rows:has-text('from py')",
    compare: [".py-error"],
    terminals: [rows("m"), rows("p")],
  },
];
