import type { DiffCase } from "../case";

/**
 * `pyscript.web`: every element class PyScript defines, made with an id and a title (and, for elements that
 * hold others, HTML children), then added to the stage. Each class is its own case, so a missing or
 * misnamed class is reported by name.
 */

// `script` gets no children: added to the page, they would run as JavaScript.
const containers = [
  "a", "abbr", "address", "article", "aside", "audio", "b", "blockquote", "body", "button", "canvas", "caption",
  "cite", "code", "colgroup", "data", "datalist", "dd", "del_", "details", "dialog", "div", "dl", "dt", "em",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
  "hgroup", "html", "i", "iframe", "ins", "kbd", "label", "legend", "li", "main", "map_", "mark", "menu", "meta",
  "meter", "nav", "object_", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q",
  "s", "section", "select", "small", "span", "strong", "style", "sub", "summary", "sup", "table", "tbody", "td",
  "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "u", "ul", "var", "video", "wbr",
];
const voids = ["area", "base", "br", "col", "embed", "hr", "img", "input_", "link", "source", "track"];

const made = (name: string, children: string): DiffCase => ({
  name: `web.${name}: made with ${children ? "HTML children and " : ""}keyword properties`,
  code: `from pyscript import web
element = web.${name}(${children}id="made", title="tip")
print(type(element).__name__, element.tagName, element.id, element.title)
web.page["stage"].append(element)`,
});

export const cases: DiffCase[] = [
  ...containers.map((name) => made(name, '"<i>one</i>", "two", ')),
  made("script", ""),
  ...voids.map((name) => made(name, "")),
  {
    name: "web.div: children given by keyword and by position, in order",
    code: `from pyscript import web
web.page["stage"].append(web.div(web.span("a"), "<b>b</b>", children=[web.em("c"), "<i>d</i>"]))`,
  },
  {
    name: "web.div: a number child is HTML text",
    code: `from pyscript import web
web.page["stage"].append(web.div(1, 2.5))`,
  },
  {
    name: "web.input_: a boolean property and a value",
    code: `from pyscript import web
box = web.input_(type="checkbox", checked=True, value="yes")
web.page["stage"].append(box)
print(box.checked, box.value, box.type)`,
  },
  {
    name: "web.label: for_ sets htmlFor",
    code: `from pyscript import web
label = web.label("Name", for_="name")
web.page["stage"].append(label)
print(label.htmlFor, label.for_)`,
  },
  {
    name: "web.div: class_ sets className",
    code: `from pyscript import web
box = web.div(class_="one two")
web.page["stage"].append(box)
print(box.className, box.class_)`,
  },
  {
    name: "web.a: href and target",
    code: `from pyscript import web
link = web.a("go", href="https://example.com/", target="_blank")
web.page["stage"].append(link)
print(link.href, link.target)`,
  },
  {
    name: "web.Element: wraps a DOM element given as dom_element",
    html: '<p id="para">text</p>',
    code: `from pyscript import web, document
element = web.Element(dom_element=document.getElementById("para"))
print(element.tagName, element.textContent)`,
  },
  {
    name: "web.Element.wrap_dom_element: the class of the element's tag",
    html: '<p id="para"></p><custom-tag id="custom"></custom-tag><input id="field">',
    code: `from pyscript import web, document
for id in ("para", "custom", "field"):
    print(type(web.Element.wrap_dom_element(document.getElementById(id))).__name__)`,
  },
  {
    name: "web.ContainerElement: subclasses of Element",
    code: `from pyscript import web
print(issubclass(web.ContainerElement, web.Element), issubclass(web.div, web.ContainerElement), issubclass(web.br, web.ContainerElement))
print(issubclass(web.select, web.ContainerElement), issubclass(web.canvas, web.ContainerElement))`,
  },
  {
    name: "web.ElementCollection and web.page are importable by name",
    code: `from pyscript.web import ElementCollection, Element, page, div
print(type(page).__name__, ElementCollection.__name__, Element.__name__, div.__name__)`,
  },
];
