import type { DiffCase } from "../case";

/**
 * `pyscript.web`: `on_<event>` as an `Event`, listeners added to it, and the names that are refused. In a
 * worker a DOM event reaches Python after the worker yields, so the cases wait for a listener with a deadline.
 */

const button = '<button id="button">go</button><button id="other">other</button>';
// Polls: asyncio.wait_for fails inside the runner's coroutine on PyScript's MicroPython.
const waiter = `import asyncio
fired = []
def done(event):
    fired.append(True)
async def wait():
    for _ in range(1000):
        if fired:
            return
        await asyncio.sleep(0.01)
    raise TimeoutError("no event")`;

export const cases: DiffCase[] = [
  {
    name: "web events: on_click is an Event",
    html: button,
    code: `from pyscript import web, Event
event = web.page["button"].on_click
print(type(event).__name__, isinstance(event, Event))`,
  },
  {
    name: "web events: the same Event on each read of one wrapper",
    html: button,
    code: `from pyscript import web
button = web.page["button"]
print(button.on_click is button.on_click, button.on_click is button.on_focus)`,
  },
  {
    name: "web events: a listener added to on_click gets the click",
    html: button,
    code: `${waiter}
from pyscript import web
def clicked(event):
    print("clicked", event.type, event.target.id)
    done(event)
button = web.page["button"]
button.on_click.add_listener(clicked)
button.click()
await wait()`,
  },
  {
    name: "web events: on_click= given when the element is made",
    code: `${waiter}
from pyscript import web
def clicked(event):
    print("clicked", event.type)
    done(event)
button = web.button("go", on_click=clicked)
web.page["stage"].append(button)
button.click()
await wait()`,
  },
  {
    name: "web events: assigning on_click adds a listener",
    html: button,
    code: `${waiter}
from pyscript import web
def first(event):
    print("first")
def second(event):
    print("second")
    done(event)
button = web.page["button"]
button.on_click = first
button.on_click = second
button.click()
await wait()`,
  },
  {
    name: "web events: when() on an element's Event",
    html: button,
    code: `${waiter}
from pyscript import web, when
button = web.page["button"]
@when(button.on_click)
def clicked(event):
    print("when", event.type)
    done(event)
button.click()
await wait()`,
  },
  {
    name: "web events: when() with an element as the selector",
    html: button,
    code: `${waiter}
from pyscript import web, when
button = web.page["button"]
@when("click", button)
def clicked(event):
    print("when", event.type)
    done(event)
button.click()
await wait()`,
  },
  {
    name: "web events: when() with a collection as the selector",
    html: button,
    code: `${waiter}
from pyscript import web, when
seen = []
@when("click", web.page["stage"].find("button"))
def clicked(event):
    seen.append(event.target.id)
    if len(seen) == 2:
        done(event)
web.page["button"].click()
web.page["other"].click()
await wait()
print(seen)`,
  },
  {
    name: "web events: a removed listener is not called",
    html: button,
    code: `${waiter}
from pyscript import web
def removed(event):
    print("removed")
def kept(event):
    print("kept")
    done(event)
button = web.page["button"]
button.on_click.add_listener(removed)
button.on_click.add_listener(kept)
button.on_click.remove_listener(removed)
button.click()
await wait()`,
  },
  {
    name: "web events: a listener added twice is called once",
    html: button,
    code: `${waiter}
from pyscript import web
calls = []
def clicked(event):
    calls.append(event.type)
    done(event)
button = web.page["button"]
button.on_click.add_listener(clicked)
button.on_click.add_listener(clicked)
button.click()
await wait()
print(calls)`,
  },
  {
    name: "web events: an async listener",
    html: button,
    code: `${waiter}
from pyscript import web
async def clicked(event):
    await asyncio.sleep(0)
    print("async", event.type)
    done(event)
web.page["button"].on_click.add_listener(clicked)
web.page["button"].click()
await wait()`,
  },
  {
    name: "web events: on_focus and on_submit, named after an element method",
    html: '<form id="form"><input id="field"></form>',
    code: `from pyscript import web
print(type(web.page["field"].on_focus).__name__, type(web.page["form"].on_submit).__name__)`,
  },
  {
    name: "web events: an event the element does not have raises ValueError",
    html: button,
    code: `from pyscript import web
web.page["button"].on_nothing_like_this`,
  },
  {
    name: "web events: assigning a listener to an unknown event raises ValueError",
    html: button,
    code: `from pyscript import web
web.page["button"].on_nothing_like_this = print`,
  },
  {
    name: "web events: get_event of a name without on_ raises ValueError",
    html: button,
    code: `from pyscript import web
web.page["button"].get_event("click")`,
  },
  {
    name: "web events: get_event of on_click is the element's Event",
    html: button,
    code: `from pyscript import web
button = web.page["button"]
print(button.get_event("on_click") is button.on_click)`,
  },
  {
    name: "web events: a listener that is not callable raises ValueError",
    html: button,
    code: `from pyscript import web
web.page["button"].on_click.add_listener("not a function")`,
  },
  {
    name: "web events: on_mouseover, a DOM event with no element method of its name",
    html: button,
    code: `from pyscript import web
print(type(web.page["button"].on_mouseover).__name__)`,
    intended: "on_<event> accepts any event the element has an on<event> handler for (mouseover, input, keydown…); PyScript looks for a property named after the event itself, so it refuses every event but those that share a method's name (click, focus, submit…)",
  },
];
