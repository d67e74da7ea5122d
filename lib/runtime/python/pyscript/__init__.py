"""The `pyscript` package: one source for Pyodide and MicroPython, main thread and workers.

`_pyscript_js` is a JS module the runtime registers before any user code runs (main/js-module.ts on the
main thread, the workers side in a worker); everything that differs between those places comes from it.
"""
import json

import _pyscript_js as _js

RUNNING_IN_WORKER = bool(_js.RUNNING_IN_WORKER)
window = _js.window
document = _js.document
sync = _js.sync
# Parsed from JSON so both engines get plain dicts and lists, not JS proxies.
config = json.loads(_js.config_json)


def current_target():
    """The id of the element `display()` writes to by default: the running script's output element."""
    return _js.current_target()


from pyscript.ffi import create_proxy, to_js  # noqa: E402
from pyscript.display import HTML, display  # noqa: E402
from pyscript.events import when  # noqa: E402
from pyscript.fetch import fetch  # noqa: E402
from pyscript.workers import PyWorker, workers  # noqa: E402
