import type { DiffCase } from "../case";

/** `pyscript.web.Element`: properties, items, children, append, clone, find, update, equality. */

const list = '<ul id="list"><li id="one">1</li><li id="two">2</li><li id="three"><b id="deep">3</b></li></ul>';

// PyScript's MicroPython loses the whole script when JavaScript throws inside a coroutine (the runner's), so
// cases that raise a JavaScript exception run on Pyodide only.
const pyodideOnly = ["pyodide"] as const;

export const cases: DiffCase[] = [
  {
    name: "web.Element: reads and writes DOM properties as attributes",
    html: '<p id="para" title="old">text</p>',
    code: `from pyscript import web
para = web.page["para"]
print(para.title, para.textContent, para.tagName)
para.title = "new"
para.innerHTML = "<b>bold</b>"
print(para.title, para.innerHTML)`,
  },
  {
    name: "web.Element: calls DOM methods",
    html: '<p id="para" data-x="1"></p>',
    code: `from pyscript import web
para = web.page["para"]
para.setAttribute("data-y", "2")
print(para.getAttribute("data-x"), para.getAttribute("data-y"), para.hasAttribute("data-z"))
para.removeAttribute("data-x")`,
  },
  {
    name: "web.Element: a private attribute stays on the Python object",
    html: '<p id="para"></p>',
    code: `from pyscript import web
para = web.page["para"]
para._note = "mine"
print(para._note, para.getAttribute("_note"))`,
  },
  {
    name: "web.Element: an integer item is a child",
    html: list,
    code: `from pyscript import web
items = web.page["list"]
print(items[0].id, items[2].id, items[-1].id)`,
  },
  {
    name: "web.Element: a child index out of range raises IndexError",
    html: list,
    code: `from pyscript import web
web.page["list"][3]`,
  },
  {
    name: "web.Element: a slice is a collection of children",
    html: list,
    code: `from pyscript import web
part = web.page["list"][1:]
print(type(part).__name__, len(part), [item.id for item in part])`,
  },
  {
    name: "web.Element: a string item is a descendant by id, with or without #",
    html: list,
    code: `from pyscript import web
items = web.page["list"]
print(items["two"].textContent, items["#deep"].tagName, items["missing"])`,
  },
  {
    name: "web.Element: an item of another type raises TypeError",
    html: list,
    code: `from pyscript import web
web.page["list"][1.5]`,
  },
  {
    name: "web.Element: children is a collection of the element's elements",
    html: '<div id="box">text<p>a</p><!-- note --><p>b</p></div>',
    code: `from pyscript import web
children = web.page["box"].children
print(type(children).__name__, len(children), [child.textContent for child in children])`,
  },
  {
    name: "web.Element: iterating a container gives its children",
    html: list,
    code: `from pyscript import web
print([item.id for item in web.page["list"]])`,
  },
  {
    name: "web.Element: parent, and None above the root",
    html: list,
    code: `from pyscript import web
item = web.page["deep"]
print(item.parent.id, item.parent.parent.id)
print(web.div().parent, web.page.html.parent)`,
  },
  {
    name: "web.Element: equal wrappers of one DOM element",
    html: list,
    code: `from pyscript import web
print(web.page["one"] == web.page["#one"], web.page["one"] == web.page["two"], web.page["one"] == "one")`,
  },
  {
    name: "web.Element.find: descendants matching a selector",
    html: list,
    code: `from pyscript import web
found = web.page["list"].find("li")
print(type(found).__name__, len(found), [item.id for item in found])
print(len(web.page["list"].find(".nothing")))`,
  },
  {
    name: "web.Element.find: an empty selector raises the browser's SyntaxError",
    engines: pyodideOnly,
    html: list,
    code: `from pyscript import web
web.page["list"].find("")`,
  },
  {
    name: "web.Element.find: a malformed selector raises the browser's SyntaxError",
    engines: pyodideOnly,
    html: list,
    code: `from pyscript import web
web.page["list"].find("##")`,
  },
  {
    name: "web.Element.append: an element, then several at once",
    html: '<div id="box"></div>',
    code: `from pyscript import web
box = web.page["box"]
box.append(web.p("a"))
box.append(web.p("b"), web.p("c"))
print(len(box.children))`,
  },
  {
    name: "web.Element.append: a collection, a list and a tuple",
    html: '<div id="box"></div><div id="from"><i>1</i><i>2</i></div>',
    code: `from pyscript import web
box = web.page["box"]
box.append(web.page["from"].find("i"))
box.append([web.b("3"), web.b("4")])
box.append((web.u("5"),))`,
  },
  {
    name: "web.Element.append: a DOM element",
    html: '<div id="box"></div>',
    code: `from pyscript import web, document
node = document.createElement("span")
node.textContent = "raw"
web.page["box"].append(node)`,
  },
  {
    name: "web.Element.append: a JS NodeList",
    html: '<div id="box"></div><div id="from"><i>1</i><i>2</i><i>3</i></div>',
    code: `from pyscript import web, document
web.page["box"].append(document.querySelectorAll("#from i"))
print(len(web.page["box"].children), len(web.page["from"].children))`,
  },
  {
    name: "web.Element.append: a string is text, not HTML",
    html: '<div id="box"></div>',
    code: `from pyscript import web
box = web.page["box"]
box.append("<b>not bold</b>")
print(len(box.children), box.textContent)`,
  },
  {
    name: "web.Element.append: numbers and booleans as JavaScript writes them",
    html: '<div id="box"></div>',
    code: `from pyscript import web
web.page["box"].append(1, 2.5, 3.0, True, False)`,
  },
  {
    name: "web.Element.append: None raises TypeError",
    html: '<div id="box"></div>',
    code: `from pyscript import web
web.page["box"].append(None)`,
  },
  {
    name: "web.Element.append: a dict raises TypeError",
    html: '<div id="box"></div>',
    code: `from pyscript import web
web.page["box"].append({"a": 1})`,
  },
  {
    name: "web.Element.clone: a deep copy with a new id",
    html: list,
    code: `from pyscript import web
copy = web.page["list"].clone(clone_id="copy")
print(copy.id, len(copy.children), copy == web.page["list"])
web.page["stage"].append(copy)`,
  },
  {
    name: "web.Element.clone: without an id, the copy keeps the original's",
    html: '<p id="para" class="x">text</p>',
    code: `from pyscript import web
web.page["stage"].append(web.page["para"].clone())`,
    intended: "clone() without clone_id keeps the original's id; PyScript sets it to None, so the copy's id becomes \"undefined\" (Pyodide) or \"null\" (MicroPython)",
  },
  {
    name: "web.Element.update: classes, style and properties at once",
    html: '<p id="para"></p>',
    code: `from pyscript import web
web.page["para"].update(classes=["a", "b"], style={"color": "red"}, title="tip", textContent="text")`,
  },
  {
    name: "web.Element.update: a string of classes",
    html: '<p id="para"></p>',
    code: `from pyscript import web
web.page["para"].update(classes="a b")`,
  },
  {
    name: "web.Element.update: nothing at all changes nothing",
    html: '<p id="para" class="x">text</p>',
    code: `from pyscript import web
web.page["para"].update()`,
  },
  {
    name: "web.Element: classes and style given when made",
    code: `from pyscript import web
web.page["stage"].append(web.p("x", classes=["one", "two"], style={"font-weight": "bold", "color": "blue"}))`,
  },
  {
    name: "web.Element: a single class string given when made",
    code: `from pyscript import web
web.page["stage"].append(web.p("x", classes="solo"))`,
  },
  {
    name: "web.Element.show_me: scrolls without error",
    html: '<p id="para"></p>',
    code: `from pyscript import web
print(web.page["para"].show_me())`,
  },
  {
    name: "web.Element: a DOM property that does not exist raises AttributeError",
    html: '<p id="para"></p>',
    code: `from pyscript import web
print(web.page["para"].no_such_property)`,
  },
  {
    name: "web.Element: a keyword with a dash sets an attribute",
    code: `from pyscript import web
web.page["stage"].append(web.div(**{"data-x": "1", "aria-label": "box"}))`,
    intended: "a keyword whose name has a dash (data-…, aria-…) sets that HTML attribute; PyScript sets a JavaScript property of that name, which the page never sees",
  },
];
