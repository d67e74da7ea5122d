"""Exceptions raised where no script is waiting for them (event handlers, tasks) still reach the page."""
import sys

import _pyscript_js as _js


def format_exception(error):
    if sys.implementation.name == "micropython":
        import io

        buffer = io.StringIO()
        sys.print_exception(error, buffer)
        return buffer.getvalue()
    import traceback

    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


def report(error):
    """Shows the traceback as a `py-error` block, in console.error and on the editor's console channel."""
    _js.report_error(format_exception(error))
