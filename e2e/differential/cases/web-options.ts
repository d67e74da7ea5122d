import type { DiffCase } from "../case";

/** `pyscript.web`: the `options` of a `select` (and of `datalist`/`optgroup`), and `canvas`/`video` helpers. */

const menu = '<select id="menu"><option value="a">A</option><option value="b" selected>B</option><option value="c">C</option></select>';
const values = `print([option.value for option in menu.options], len(menu.options))`;

export const cases: DiffCase[] = [
  {
    name: "web options: the options of a select from the markup",
    html: menu,
    code: `from pyscript import web
menu = web.page["menu"]
${values}
print(menu.options[0].textContent, type(menu.options[0]).__name__, menu.options.selected.value)`,
  },
  {
    name: "web options: add an option to a select",
    html: '<select id="menu"></select>',
    code: `from pyscript import web
menu = web.page["menu"]
menu.options.add(value="1", html="<b>One</b>")
menu.options.add(value="2", text="Two")
${values}`,
  },
  {
    name: "web options: add an option to a select made in Python",
    code: `from pyscript import web
menu = web.select(id="made")
menu.options.add(value="x", html="X")
web.page["stage"].append(menu)
${values}`,
  },
  {
    name: "web options: add a selected option",
    html: menu,
    code: `from pyscript import web
menu = web.page["menu"]
menu.options.add(value="d", html="D", selected=True)
print(menu.options.selected.value, menu.value)`,
  },
  {
    name: "web options: add before an index",
    html: menu,
    code: `from pyscript import web
menu = web.page["menu"]
menu.options.add(value="new", html="New", before=2)
${values}`,
  },
  {
    name: "web options: add before an option element",
    html: menu,
    code: `from pyscript import web
menu = web.page["menu"]
menu.options.add(value="new", html="New", before=menu.options[1])
${values}`,
  },
  {
    name: "web options: add before an index with no option appends",
    html: menu,
    code: `from pyscript import web
menu = web.page["menu"]
menu.options.add(value="new", html="New", before=10)
${values}`,
  },
  {
    name: "web options: add before index 0 inserts first",
    html: menu,
    code: `from pyscript import web
menu = web.page["menu"]
menu.options.add(value="new", html="New", before=0)
${values}`,
  },
  {
    name: "web options: remove by index",
    html: menu,
    code: `from pyscript import web
menu = web.page["menu"]
menu.options.remove(0)
${values}`,
  },
  {
    name: "web options: remove an index with no option removes nothing",
    html: menu,
    code: `from pyscript import web
menu = web.page["menu"]
menu.options.remove(7)
${values}`,
  },
  {
    name: "web options: clear",
    html: menu,
    code: `from pyscript import web
menu = web.page["menu"]
menu.options.clear()
${values}`,
  },
  {
    name: "web options: the selected option follows the select's value",
    html: menu,
    code: `from pyscript import web
menu = web.page["menu"]
menu.value = "c"
print(menu.options.selected.value, menu.options.selected.textContent)`,
  },
  {
    name: "web options: a select's options include those in optgroups",
    html: '<select id="menu"><optgroup label="g"><option value="1">1</option></optgroup><option value="2">2</option></select>',
    code: `from pyscript import web
menu = web.page["menu"]
${values}`,
  },
  {
    name: "web options: an item out of range raises IndexError",
    html: menu,
    code: `from pyscript import web
web.page["menu"].options[5]`,
  },
  {
    name: "web options: selected of an empty select",
    html: '<select id="menu"></select>',
    code: `from pyscript import web
print(web.page["menu"].options.selected)`,
    intended: "options.selected is None when no option is selected; PyScript reads options[selectedIndex], so an empty select raises IndexError (and a multiple select with nothing selected gives its last option)",
  },
  {
    name: "web options: the options of a datalist",
    html: '<datalist id="list"><option value="x"></option></datalist>',
    code: `from pyscript import web
choices = web.page["list"]
choices.options.add(value="y")
print([option.value for option in choices.options])`,
    intended: "options.add works on a datalist and an optgroup too; PyScript calls HTMLSelectElement.add, which only a select has",
  },
  {
    name: "web canvas: made with a size",
    code: `from pyscript import web
picture = web.canvas(id="picture", width=4, height=3)
web.page["stage"].append(picture)
print(picture.width, picture.height, type(picture).__name__)`,
  },
  {
    name: "web canvas: draw another canvas, then read a pixel",
    html: '<canvas id="source" width="2" height="2"></canvas><canvas id="target" width="2" height="2"></canvas>',
    code: `from pyscript import web
source = web.page["source"]
context = source.getContext("2d")
context.fillStyle = "rgb(10, 20, 30)"
context.fillRect(0, 0, 2, 2)
target = web.page["target"]
target.draw(source)
data = target.getContext("2d").getImageData(0, 0, 1, 1).data
print(data[0], data[1], data[2], data[3])`,
  },
  {
    name: "web canvas: draw a DOM canvas, scaled",
    html: '<canvas id="source" width="1" height="1"></canvas><canvas id="target" width="4" height="4"></canvas>',
    code: `from pyscript import web, document
source = document.getElementById("source")
context = source.getContext("2d")
context.fillStyle = "rgb(200, 0, 0)"
context.fillRect(0, 0, 1, 1)
target = web.page["target"]
target.draw(source, 4, 4)
data = target.getContext("2d").getImageData(3, 3, 1, 1).data
print(data[0], data[1], data[2], data[3])`,
  },
  {
    name: "web canvas: download adds a link to the picture and clicks it",
    html: '<canvas id="picture" width="1" height="1"></canvas>',
    code: `from pyscript import web
web.page["picture"].download("picture.png")`,
  },
  {
    name: "web video: snap without a target makes a canvas the video's size",
    html: '<video id="camera"></video>',
    code: `from pyscript import web
shot = web.page["camera"].snap()
print(type(shot).__name__, shot.width, shot.height)`,
  },
  {
    name: "web video: snap to a canvas found by selector, with a size",
    html: '<video id="camera"></video><canvas id="shot"></canvas>',
    code: `from pyscript import web
shot = web.page["camera"].snap(to="#shot", width=3, height=2)
print(type(shot).__name__, shot.id)`,
  },
  {
    name: "web video: snap to a DOM canvas",
    html: '<video id="camera"></video><canvas id="shot"></canvas>',
    code: `from pyscript import web, document
shot = web.page["camera"].snap(to=document.getElementById("shot"))
print(type(shot).__name__, shot.id)`,
  },
  {
    name: "web video: snap to a selector that matches nothing raises TypeError",
    html: '<video id="camera"></video>',
    code: `from pyscript import web
web.page["camera"].snap(to="#missing")`,
  },
  {
    name: "web video: snap to an element that is not a canvas raises TypeError",
    html: '<video id="camera"></video><div id="box"></div>',
    code: `from pyscript import web
web.page["camera"].snap(to="#box")`,
  },
  {
    name: "web video: snap to a canvas element of pyscript.web",
    html: '<video id="camera"></video><canvas id="shot"></canvas>',
    code: `from pyscript import web
shot = web.page["camera"].snap(to=web.page["shot"])
print(shot.id)`,
    intended: "snap(to=canvas_element) draws on it; PyScript reads `to.tag`, which no element has, so it raises AttributeError",
  },
];
