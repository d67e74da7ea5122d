# Runs every differential case of the page, one after another, and writes what each did into #results as
# JSON. The same file runs on both implementations, both engines, on the main thread and in a worker.
import json
import sys

from pyscript import document

results = document.getElementById("results")


def printer(lines):
    pending = []

    def capture(*args, sep=" ", end="\n", file=None):
        text = sep.join(str(arg) for arg in args) + end
        prefix = "stderr: " if file is sys.stderr else ""
        pending.append(text)
        joined = "".join(pending)
        *done, rest = joined.split("\n")
        lines.extend(prefix + line for line in done)
        pending.clear()
        if rest:
            pending.append(rest)

    return capture, pending


def as_function(code):
    body = "\n".join("    " + line for line in code.split("\n"))
    return "async def __case__():\n" + body + "\n    pass\n"


found = []
for case in json.loads(document.getElementById("cases").textContent):
    results.setAttribute("data-current", case["name"])
    document.getElementById("stage").innerHTML = case.get("html") or ""
    lines = []
    capture, pending = printer(lines)
    scope = {"print": capture, "__name__": "__main__"}
    error = None
    try:
        exec(as_function(case["code"]), scope)
        await scope["__case__"]()  # noqa: F704 (the page runs this file with top-level await)
    except BaseException as caught:  # noqa: BLE001 (what a case raises is what is compared)
        error = type(caught).__name__ + ": " + str(caught)
    if pending:
        lines.append("".join(pending))
    stage = document.getElementById("stage")
    found.append({"name": case["name"], "printed": lines, "error": error, "stage": stage.innerHTML if stage else None})

results.textContent = json.dumps(found)
results.setAttribute("data-done", "")
