# Shared by the donkey's and the bridge's worker code (prepended to each): one traceback text on both engines.
import sys


def _pysandbox_traceback(error, own_file):
    """The exception's traceback as Python prints it, without the frames of `own_file` (our glue)."""
    if hasattr(sys, "print_exception"):
        import io

        out = io.StringIO()
        sys.print_exception(error, out)
        text = out.getvalue()
    else:
        import traceback

        text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    kept = []
    skipping = False
    for line in text.rstrip("\n").split("\n"):
        if line.startswith('  File "'):
            skipping = line.startswith('  File "%s"' % own_file)
        elif not line.startswith("    "):
            skipping = False
        if not skipping:
            kept.append(line)
    return "\n".join(kept)


def _pysandbox_is_awaitable(value):
    # A coroutine on Pyodide; on MicroPython an `async def` call gives a generator.
    return hasattr(value, "__await__") or type(value).__name__ == "generator"
