import type { DiffCase } from "../../case";

const out = '<div id="out"></div>';
const shown = (name: string, code: string, extra: Partial<DiffCase> = {}): DiffCase => ({
  name: `display: ${name}`,
  html: out,
  code: `from pyscript import display, HTML\n${code}`,
  ...extra,
});
const classes = `class Html:
    def _repr_html_(self): return "<em>h</em>"
class Svg:
    def _repr_svg_(self): return "<svg><circle r='1'></circle></svg>"
class Png:
    def _repr_png_(self): return "iVBORw0KGgo="
class Jpeg:
    def _repr_jpeg_(self): return "/9j/4AAQ"
class Json:
    def _repr_json_(self): return '{"a": 1}'
class Markdown:
    def _repr_markdown_(self): return "# title"
    def __repr__(self): return "Markdown()"
class Js:
    def _repr_javascript_(self): return "document.getElementById('out').dataset.ran = 'yes'"
class Bundle:
    def _repr_mimebundle_(self): return {"text/html": "<s>b</s>"}
class BundleMeta:
    def _repr_mimebundle_(self): return ({"image/png": "iVBORw0KGgo="}, {"image/png": {"width": "3"}})
class Both:
    def _repr_html_(self): return "<b>html</b>"
    def _repr_png_(self): return "iVBORw0KGgo="
class Plain:
    def __repr__(self): return "Plain<&>"
class NoneHtml:
    def _repr_html_(self): return None
    def __repr__(self): return "NoneHtml()"`;

const rich = ["Html", "Svg", "Png", "Jpeg", "Json", "Markdown", "Bundle", "BundleMeta", "Both", "Plain", "NoneHtml"];

export const cases: DiffCase[] = [
  shown("a string is escaped text", "display('<b>&amp;</b>', target='out')"),
  shown("a string with quotes", `display("it's \\"q\\"", target='out')`),
  shown("an int", "display(42, target='out')"),
  shown("a float", "display(1.5, target='out')"),
  shown("a list", "display([1, 'a'], target='out')"),
  shown("a dict", "display({'k': 1}, target='out')"),
  shown("None", "display(None, target='out')"),
  shown("True", "display(True, target='out')"),
  shown("an empty string adds nothing", "display('', target='out')"),
  shown("a blank string adds nothing", "display('   ', target='out')"),
  shown("HTML", "display(HTML('<b>bold</b>'), target='out')"),
  shown("HTML of an empty string adds nothing", "display(HTML(''), target='out')"),
  shown("HTML with a script runs it", "display(HTML(\"<script>document.getElementById('out').dataset.s = '1'</script>\"), target='out')"),
  shown("several values, each in its own div", "display('a', HTML('<i>b</i>'), 3, target='out')"),
  shown("no values adds nothing", "display(target='out')"),
  shown("twice appends", "display('a', target='out')\ndisplay('b', target='out')"),
  shown("append=False replaces what was there", "display('a', target='out')\ndisplay('b', target='out', append=False)"),
  shown("append=False with HTML", "display(HTML('<p>x</p>'), target='out', append=False)"),
  shown("append=False with no values empties the target", "display('a', target='out')\ndisplay(target='out', append=False)"),
  shown("a target with #", "display('hash', target='#out')"),
  shown("an empty target raises ValueError", "display('x', target='')"),
  shown("a missing id raises ValueError", "display('x', target='missing')"),
  shown("'##x' raises ValueError", "display('x', target='##out')"),
  shown("'#' alone raises ValueError", "display('x', target='#')"),
  shown("a CSS selector is not an id", "display('x', target='.cls')"),
  shown("a target with spaces raises ValueError", "display('x', target='o u t')"),
  shown("a target on an element of another kind", "display('in span', target='sp')", { html: '<span id="sp"></span>' }),
  shown("into a nested target", "display('deep', target='inner')", { html: '<div id="outer"><p id="inner"></p></div>' }),
  shown("keeps what the target had", "display('more', target='out')", { html: '<div id="out"><i>old</i></div>' }),
  shown("the second positional argument is another value", "display('a', 'out')"),
  shown("a bad keyword is a TypeError", "display('a', target='out', nope=1)"),
  shown("a value without a representation uses repr", "class X:\n    def __repr__(self): return 'X!'\ndisplay(X(), target='out')"),
  ...rich.map((name) => shown(`an object with ${name} representation`, `${classes}\ndisplay(${name}(), target='out')`)),
  shown("an object with _repr_javascript_ runs it", `${classes}\ndisplay(Js(), target='out')`, {
    intended: "PyScript closes the script with an escaped tag (<\\/script>), so its script is a syntax error and never runs",
  }),
  shown("a list of objects is shown by its repr", `${classes}\ndisplay([Plain()], target='out')`),
  shown("an element as target", "from pyscript import document\ndisplay('el', target=document.getElementById('out'))", {
    intended: "ours accepts the element itself as target; PyScript looks it up as an id and raises ValueError",
  }),
  shown("current_target() is a str", "from pyscript import current_target\nprint(type(current_target()).__name__)"),
  shown("current_target() names an element of the page", "from pyscript import current_target, document\nprint(document.getElementById(current_target()) is not None)"),
  shown("HTML keeps its markup", "print(HTML('<b>x</b>')._repr_html_())"),
  shown("HTML of a number", "display(HTML(5), target='out')"),
  shown("from a worker to the page when not isolated", "display('far', target='out')", { notIsolated: true }),
  shown("an HTML list from a worker when not isolated", "display(HTML('<li>1</li>'), 'two', target='out')", { notIsolated: true }),
  shown("a missing id from a worker when not isolated", "display('x', target='gone')", { notIsolated: true }),
];
