import type { DiffCase } from "../case";

/** `pyscript.web`: an element's `classes` (a set) and `style` (a dict), changes reaching the DOM. */

const para = '<p id="para" class="a b">text</p>';
const plain = '<p id="para">text</p>';

export const cases: DiffCase[] = [
  {
    name: "web classes: the element's classes, as a set",
    html: para,
    code: `from pyscript import web
classes = web.page["para"].classes
print(sorted(classes), len(classes), "a" in classes, "z" in classes)`,
  },
  {
    name: "web classes: equal to a set of the same names",
    html: para,
    code: `from pyscript import web
print(web.page["para"].classes == {"a", "b"}, web.page["para"].classes == {"a"})`,
  },
  {
    name: "web classes: add one",
    html: para,
    code: `from pyscript import web
element = web.page["para"]
element.classes.add("c")
print(sorted(element.classes))`,
  },
  {
    name: "web classes: add several in one string",
    html: plain,
    code: `from pyscript import web
element = web.page["para"]
element.classes.add("x  y")
print(sorted(element.classes))`,
  },
  {
    name: "web classes: add one that is there already",
    html: para,
    code: `from pyscript import web
element = web.page["para"]
element.classes.add("a")
print(sorted(element.classes), len(element.classes))`,
  },
  {
    name: "web classes: remove one",
    html: para,
    code: `from pyscript import web
element = web.page["para"]
element.classes.remove("a")
print(sorted(element.classes))`,
  },
  {
    name: "web classes: remove one the element does not have is not an error",
    html: para,
    code: `from pyscript import web
element = web.page["para"]
element.classes.remove("missing")
print(sorted(element.classes))`,
  },
  {
    name: "web classes: remove several in one string",
    html: '<p id="para" class="a b c">text</p>',
    code: `from pyscript import web
element = web.page["para"]
element.classes.remove("a c")
print(sorted(element.classes))`,
  },
  {
    name: "web classes: discard one",
    html: para,
    code: `from pyscript import web
element = web.page["para"]
element.classes.discard("b")
print(sorted(element.classes))`,
  },
  {
    name: "web classes: discard one the element does not have is not an error",
    html: para,
    code: `from pyscript import web
element = web.page["para"]
element.classes.discard("missing")
print(sorted(element.classes))`,
  },
  {
    name: "web classes: clear",
    html: para,
    code: `from pyscript import web
element = web.page["para"]
element.classes.clear()
print(len(element.classes), sorted(element.classes))`,
  },
  {
    name: "web classes: an element without classes",
    html: plain,
    code: `from pyscript import web
print(len(web.page["para"].classes), list(web.page["para"].classes))`,
  },
  {
    name: "web classes: of a new element",
    code: `from pyscript import web
element = web.span()
element.classes.add("new")
print(sorted(element.classes), element.className)`,
  },
  {
    name: "web style: set a property, read it back",
    html: plain,
    code: `from pyscript import web
element = web.page["para"]
element.style["color"] = "red"
element.style["font-size"] = "12px"
print(element.style["color"], element.style["font-size"], "color" in element.style, "margin" in element.style)`,
  },
  {
    name: "web style: a number value is written as text",
    html: plain,
    code: `from pyscript import web
element = web.page["para"]
element.style["z-index"] = 5
element.style["opacity"] = 0.5`,
  },
  {
    name: "web style: delete a property",
    html: plain,
    code: `from pyscript import web
element = web.page["para"]
element.style["color"] = "red"
element.style["margin-left"] = "1px"
del element.style["color"]
print("color" in element.style)`,
  },
  {
    name: "web style: deleting a property that was never set raises KeyError",
    html: plain,
    code: `from pyscript import web
del web.page["para"].style["color"]`,
  },
  {
    name: "web style: reading a property that was never set raises KeyError",
    html: plain,
    code: `from pyscript import web
web.page["para"].style["color"]`,
  },
  {
    name: "web style: get with a default",
    html: plain,
    code: `from pyscript import web
element = web.page["para"]
element.style["color"] = "red"
print(element.style.get("color"), element.style.get("margin"), element.style.get("margin", "none"))`,
  },
  {
    name: "web style: keys, values and items of what was set",
    html: plain,
    code: `from pyscript import web
element = web.page["para"]
element.style["color"] = "red"
element.style["display"] = "none"
print(sorted(element.style.keys()), sorted(element.style.values()), sorted(element.style.items()), len(element.style))`,
  },
  {
    name: "web style: a property of the markup can be read",
    html: '<p id="para" style="color: red">text</p>',
    code: `from pyscript import web
print(web.page["para"].style["color"])`,
    intended: "style reads the element's own inline style; PyScript's only knows what was set through the same Python object, so it raises KeyError for the markup's",
  },
  {
    name: "web style: a value reads back as the browser keeps it",
    html: plain,
    code: `from pyscript import web
element = web.page["para"]
element.style["color"] = "#FF0000"
print(element.style["color"])`,
    intended: "style reads back what the element has (the browser writes #FF0000 as rgb(255, 0, 0)); PyScript gives back what was set",
  },
  {
    name: "web style: update() sets each property on the element",
    html: plain,
    code: `from pyscript import web
web.page["para"].style.update({"color": "red", "margin-left": "2px"})`,
    intended: "style.update(dict) sets each property on the element; PyScript's Style is a dict whose update() changes only the dict, not the page",
  },
];
