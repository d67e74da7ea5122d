# The donkey's worker: runs what the page sends, each call in fresh globals unless the donkey is persistent.
# A Python exception is an answer (its traceback, also printed), never a failure of the worker.
_pysandbox_kept = {"__name__": "__main__"}


def _pysandbox_namespace(persistent):
    return _pysandbox_kept if persistent else {"__name__": "__main__"}


async def _pysandbox_donkey(mode, code, persistent):
    namespace = _pysandbox_namespace(persistent)
    try:
        if mode == "evaluate":
            value = eval(compile(code, "<donkey>", "eval"), namespace)
        else:
            value = None
            try:
                # `process` is typed input: an expression's value is echoed, as a REPL does.
                expression = compile(code, "<donkey>", "eval") if mode == "process" else None
            except SyntaxError:
                expression = None
            if expression is None:
                exec(compile(code, "<donkey>", "exec"), namespace)
            else:
                shown = eval(expression, namespace)
                if _pysandbox_is_awaitable(shown):
                    shown = await shown
                if shown is not None:
                    print(repr(shown))
        if _pysandbox_is_awaitable(value):
            value = await value
        return {"ok": True, "value": value}
    except BaseException as error:
        traceback = _pysandbox_traceback(error, "donkey")
        print(traceback, file=sys.stderr)
        return {"ok": False, "error": traceback}


__export__ = ["_pysandbox_donkey"]
