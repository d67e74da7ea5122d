import { expect, test, type Page } from "@playwright/test";
import { createProject } from "../support/projects";
import { pageHtml, threadModes } from "../workers/matrix";
import { engines } from "../runtime/project";
import { onDemandModules } from "../../lib/runtime/python/manifest";

/**
 * `pyscript.web` as PyScript's API reference describes it, by one Python file run on the main thread and in
 * a worker (isolated, and not: the service-worker fallback) of each engine. The file records what each call
 * gave; handlers it binds are then exercised by clicking.
 */
const webChecks = `
from pyscript import web, when, document
from pyscript.web import page, div, p, span, select, option, optgroup, datalist, button, input_, canvas, video, Element
out = []

# page
paras = page.find(".para")
out.append("find=%d" % len(paras))
out.append("by-id=%s/%s/%s" % (page["third"].textContent, page["#third"].id, page["nothing"]))
out.append("body=%s head=%s html=%s" % (page.body.tagName, page.head.tagName, page.html.tagName))
out.append("title=" + page.title)
page.title = "changed"

# ElementCollection: index, slice, iterate, by id, set on all
out.append("index=%s last=%s slice=%s" % (paras[0].textContent, paras[-1].textContent, ",".join(x.textContent for x in paras[1:])))
out.append("coll-id=" + paras["#third"].textContent)
out.append("read-all=" + ",".join(paras.textContent))
paras.style["color"] = "rgb(255, 0, 0)"
paras.classes.add("seen")
paras.title = "t"
paras.update_all(classes="all")
out.append("set-all=%s|%s|%s" % (paras[1].style["color"], paras[2].className, paras[0].title))
out.append("nested=%d" % len(page.find("#host").find("p")))

# element classes: children, keyword properties, classes and style arguments
box = div(p("first", id="first"), "<b>bold</b>", span("last"), id="box", classes=["a", "b"], style={"background-color": "blue"}, title="tip")
page.append(box)
out.append("made=" + document.getElementById("box").outerHTML)
out.append("kinds=%s,%s,%s" % (type(box).__name__, type(page["first"]).__name__, type(page.find("b")[0]).__name__))
field = input_(type="text", value="typed", id="field")
page.append(field)
out.append("input=%s:%s" % (field.tagName, page["field"].value))

# Element API
box.classes.add("c d")
box.classes.remove("a")
box.classes.discard("never")
out.append("classes=%s:%s:%d" % (",".join(sorted(box.classes)), "b" in box.classes, len(box.classes)))
box.style["margin-left"] = "3px"
del box.style["background-color"]
out.append("style=%s:%s:%s" % (box.style["margin-left"], "background-color" in box.style, box.style.get("color", "none")))
out.append("children=%d:%s:%s" % (len(box.children), box.children[0].id, box.children[0].parent == box))
out.append("item=%s/%s" % (box[0].id, box["#first"].textContent))
box.append(p("added", id="added"), "text!")
out.append("append=" + box.find("#added")[0].textContent + ":" + str(box.innerHTML.endswith("text!")))
copy = box.clone("box-copy")
page.append(copy)
out.append("clone=%s:%s" % (copy.id, len(page.find("#box-copy p"))))
copy.remove()
out.append("removed=%s" % page["box-copy"])
box.update(classes="e", style={"color": "rgb(0, 128, 0)"}, title="new tip")
out.append("update=%s:%s:%s" % ("e" in box.classes, box.style["color"], box.title))
box.innerHTML = "<i>replaced</i>"
out.append("inner=" + box.textContent)

# options of select, optgroup, datalist
menu = select(option("apple", value="a"), optgroup(option("pear", value="p"), label="more"), id="menu")
page.append(menu)
menu.options.add(value="o", html="orange", selected=True)
menu.options.add(value="first", text="first!", before=0)
out.append("options=%s:%s:%d" % (menu.options.selected.value, ",".join(o.value for o in menu.options), len(menu.options)))
menu.options.remove(1)
out.append("after-remove=" + ",".join(o.value for o in menu.options))
group = menu.find("optgroup")[0]
group.options.add(value="g")
out.append("group=" + ",".join(o.value for o in group.options))
menu.options.clear()
out.append("cleared=%d" % len(menu.options))
choices = datalist(option(value="x"), id="choices")
page.append(choices)
out.append("datalist=%d" % len(choices.options))

# canvas: draw another canvas, download
source = canvas(id="source", width=4, height=4)
page.append(source)
context = source.getContext("2d")
context.fillStyle = "rgb(0, 0, 255)"
context.fillRect(0, 0, 4, 4)
target = canvas(id="target", width=4, height=4)
page.append(target)
target.draw(source)
pixel = target.getContext("2d").getImageData(1, 1, 1, 1).data
out.append("draw=%s,%s,%s" % (pixel[0], pixel[1], pixel[2]))

# events: on_<event> and @when with an element
go = button("go", id="go")
page.append(go)
def clicked(event):
    document.body.dataset.clicked = "on_click " + event.type
go.on_click.add_listener(clicked)
@when("click", page["#go"])
def clicked_too():
    document.body.dataset.whenClicked = "when"
later = button("save", id="save", on_click=lambda event: target.download("picture.png"))
page.append(later)
snapper = button("snap", id="snap")
page.append(snapper)
@when(snapper.on_click)
def snap(event):
    shot = page["camera"].snap(to="#shot")
    data = shot.getContext("2d").getImageData(2, 2, 1, 1).data
    document.body.dataset.snapped = "%s:%s,%s,%s" % (shot.id, data[0], data[1], data[2])

document.body.dataset.results = " | ".join(out)
`;

const expected = [
  "find=3",
  "by-id=three/third/None",
  "body=BODY head=HEAD html=HTML",
  "title=web test",
  "index=one last=three slice=two,three",
  "coll-id=three",
  "read-all=one,two,three",
  "set-all=rgb(255, 0, 0)|para seen all|t",
  "nested=3",
  'made=<div class="a b" id="box" title="tip" style="background-color: blue;"><p id="first">first</p><b>bold</b><span>last</span></div>',
  "kinds=div,p,b",
  "input=INPUT:typed",
  "classes=b,c,d:True:3",
  "style=3px:False:none",
  "children=3:first:True",
  "item=first/first",
  "append=added:True",
  "clone=box-copy:2",
  "removed=None",
  "update=True:rgb(0, 128, 0):new tip",
  "inner=replaced",
  "options=o:first,a,p,o:4",
  "after-remove=first,p,o",
  "group=p,g",
  "cleared=0",
  "datalist=1",
  "draw=0,0,255",
].join(" | ");

/** A playing video of a green canvas, for `video.snap()` (made by the test: it is page setup, not Python). */
async function addPlayingVideo(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const paint = document.createElement("canvas");
    paint.width = 8;
    paint.height = 8;
    const context = paint.getContext("2d")!;
    context.fillStyle = "rgb(0, 255, 0)";
    context.fillRect(0, 0, 8, 8);
    const camera = document.createElement("video");
    camera.id = "camera";
    camera.muted = true;
    camera.srcObject = paint.captureStream();
    const shot = Object.assign(document.createElement("canvas"), { id: "shot" });
    document.body.append(camera, shot);
    await camera.play();
  });
}

const body = (worker: boolean, type: string) =>
  `<div id="host"><p class="para">one</p><p class="para">two</p><p class="para" id="third">three</p></div>
<script type="${type}"${worker ? " worker" : ""} src="./checks.py"></script>`;

for (const engine of engines) {
  for (const mode of threadModes) {
    test(`pyscript.web on ${engine.name}, ${mode.name}`, async ({ page, request }) => {
      const html = pageHtml(body(mode.worker, engine.type)).replace("<head>", "<head>\n    <title>web test</title>");
      const { url } = await createProject(request, [{ path: "index.html", content: html }, { path: "checks.py", content: webChecks }], {
        isolated: mode.isolated,
      });
      await page.goto(url);
      await expect(page.locator("body")).toHaveAttribute("data-results", expected, { timeout: 60_000 });
      await expect(page).toHaveTitle("changed");

      await page.click("#go");
      await expect(page.locator("body")).toHaveAttribute("data-clicked", "on_click click");
      await expect(page.locator("body")).toHaveAttribute("data-when-clicked", "when");

      const download = page.waitForEvent("download");
      await page.click("#save");
      expect((await download).suggestedFilename()).toBe("picture.png");

      await addPlayingVideo(page);
      await page.click("#snap");
      await expect(page.locator("body")).toHaveAttribute("data-snapped", "shot:0,255,0");
      await expect(page.locator(".py-error")).toHaveCount(0);
    });
  }
}

test("pyscript.web is fetched only by pages that import it, each of its modules once, and core.js does not carry it", async ({ page, request }) => {
  const requested: string[] = [];
  page.on("request", (sent) => requested.push(new URL(sent.url()).pathname));
  const webModules = (paths: string[]) => paths.flatMap((path) => /(?:^|\/)(pyscript\/web\/[^/]+\.py)$/.exec(path)?.[1] ?? []).sort();
  const plain = await createProject(request, [{ path: "index.html", content: pageHtml(`<script type="mpy">
from pyscript import document
document.body.dataset.done = "yes"
</script>`) }]);
  await page.goto(plain.url);
  await expect(page.locator("body")).toHaveAttribute("data-done", "yes");
  expect(webModules(requested)).toEqual([]);
  const coreText = await page.evaluate(async () => {
    const core = performance.getEntriesByType("resource").find((entry) => new URL(entry.name).pathname.endsWith("/core.js"))!;
    return (await fetch(core.name)).text();
  });
  expect(coreText).not.toContain("class ElementCollection");

  const user = await createProject(request, [{ path: "index.html", content: pageHtml(`<script type="mpy">
from pyscript.web import page
import pyscript.web
from pyscript import web
page.body.dataset.done = str(web.page is page)
</script>`) }]);
  await page.goto(user.url);
  await expect(page.locator("body")).toHaveAttribute("data-done", "True");
  expect(webModules(requested)).toEqual(webModules([...onDemandModules]));
});
