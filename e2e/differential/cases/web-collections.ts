import type { DiffCase } from "../case";

/** `pyscript.web.ElementCollection` (what `find` gives) and `pyscript.web.page`. */

const items =
  '<div id="a" class="item">A<span id="a-inner" class="sub">a</span></div>' +
  '<div id="b" class="item">B</div><div id="c" class="item">C<span class="sub">c</span></div>';

// PyScript's MicroPython loses the whole script when JavaScript throws inside a coroutine (the runner's), so
// cases that raise a JavaScript exception run on Pyodide only.
const pyodideOnly = ["pyodide"] as const;

export const cases: DiffCase[] = [
  {
    name: "web collection: length, iteration and elements",
    html: items,
    code: `from pyscript import web
found = web.page["stage"].find(".item")
print(len(found), [item.id for item in found], type(found.elements).__name__, len(found.elements))`,
  },
  {
    name: "web collection: an integer item, negative too",
    html: items,
    code: `from pyscript import web
found = web.page["stage"].find(".item")
print(found[0].id, found[-1].id, type(found[1]).__name__)`,
  },
  {
    name: "web collection: an integer item out of range raises IndexError",
    html: items,
    code: `from pyscript import web
web.page["stage"].find(".item")[3]`,
  },
  {
    name: "web collection: a slice is a collection",
    html: items,
    code: `from pyscript import web
part = web.page["stage"].find(".item")[1:]
print(type(part).__name__, [item.id for item in part])`,
  },
  {
    name: "web collection: an item by id, with or without #",
    html: items,
    code: `from pyscript import web
found = web.page["stage"].find(".item")
print(found["b"].textContent, found["#c"].textContent)`,
  },
  {
    name: "web collection: an item by id below one of its elements",
    html: items,
    code: `from pyscript import web
found = web.page["stage"].find(".item")
print(found["a-inner"].textContent, found["#a-inner"].tagName)`,
  },
  {
    name: "web collection: an id that is not there gives None",
    html: items,
    code: `from pyscript import web
print(web.page["stage"].find(".item")["missing"])`,
  },
  {
    name: "web collection: an item of another type raises TypeError",
    html: items,
    code: `from pyscript import web
web.page["stage"].find(".item")[None]`,
  },
  {
    name: "web collection: find inside each element",
    html: items,
    code: `from pyscript import web
found = web.page["stage"].find(".item").find(".sub")
print(len(found), [item.textContent for item in found])`,
  },
  {
    name: "web collection: update_all sets properties, classes and style on each",
    html: items,
    code: `from pyscript import web
web.page["stage"].find(".item").update_all(classes="done", style={"color": "red"}, title="t")`,
  },
  {
    name: "web collection: update_all with innerHTML",
    html: items,
    code: `from pyscript import web
web.page["stage"].find(".item").update_all(innerHTML="<i>x</i>")`,
  },
  {
    name: "web collection: empty when nothing matches",
    html: items,
    code: `from pyscript import web
found = web.page["stage"].find(".nothing")
print(len(found), list(found), found["a"])
found.update_all(title="nobody")`,
  },
  {
    name: "web collection: equal when made of the same elements",
    html: items,
    code: `from pyscript import web
print(web.page["stage"].find(".item") == web.page["stage"].find("div.item"), web.page["stage"].find(".item") == web.page["stage"].find("#a"))`,
  },
  {
    name: "web collection: made from a list of elements",
    html: items,
    code: `from pyscript import web
made = web.ElementCollection([web.page["a"], web.page["c"]])
print(len(made), [item.id for item in made])`,
  },
  {
    name: "web collection: wrap_dom_elements of a NodeList",
    html: items,
    code: `from pyscript import web, document
made = web.ElementCollection.wrap_dom_elements(document.querySelectorAll("#stage .item"))
print(len(made), [type(item).__name__ for item in made])`,
  },
  {
    name: "web collection: an attribute set on the collection reaches each element",
    html: items,
    code: `from pyscript import web
web.page["stage"].find(".item").title = "all"`,
    intended: "setting a property on a collection sets it on each element (as PyScript's earlier pyscript.web did); PyScript 0.7.31 stores it on the Python object and the page never sees it",
  },
  {
    name: "web page: an element by id, with or without #",
    html: items,
    code: `from pyscript import web
print(web.page["a"].textContent, web.page["#b"].textContent, type(web.page["c"]).__name__)`,
  },
  {
    name: "web page: an id that is not there gives None",
    code: `from pyscript import web
print(web.page["missing"], web.page["#missing"])`,
    notIsolated: true,
  },
  {
    name: "web page: an element by #id",
    html: '<p id="para">text</p>',
    code: `from pyscript import web
print(web.page["#para"].textContent)`,
    notIsolated: true,
  },
  {
    name: "web page: an id that is not a CSS name is found as an id",
    html: '<p id="a.b">dotted</p><p id="a" class="b">classed</p>',
    code: `from pyscript import web
print(web.page["a.b"].textContent)`,
    intended: "page[\"id\"] looks the id up as an id; PyScript pastes it into a CSS selector (\"#a.b\"), so an id with a dot finds another element, and one starting with a digit raises a SyntaxError",
  },
  {
    name: "web page: find across the page",
    html: items,
    code: `from pyscript import web
print(len(web.page.find("#stage .item")), len(web.page.find("#stage .nothing")))`,
  },
  {
    name: "web page: find with an empty selector raises the browser's SyntaxError",
    engines: pyodideOnly,
    code: `from pyscript import web
web.page.find("")`,
  },
  {
    name: "web page: html, head and body",
    code: `from pyscript import web
print(web.page.html.tagName, web.page.head.tagName, web.page.body.tagName, type(web.page.body).__name__)`,
  },
  {
    name: "web page: title, read and written",
    code: `from pyscript import web
old = web.page.title
web.page.title = "Changed"
print(web.page.title)
web.page.title = old`,
  },
  {
    name: "web page: append adds to the body",
    code: `from pyscript import web
web.page.append(web.p("appended", id="appended"))
print(web.page.body.children[-1].id)
web.page["appended"].remove()`,
  },
];
