# The bridge's Python side, on the main thread or in a worker: runs a module's code in its env's namespace
# and calls the functions it defined. Arguments come as JSON text; exceptions are answers, with their message.
import json

_pysandbox_envs = {}
_pysandbox_modules = []


def _pysandbox_failure(error):
    return {
        "ok": False,
        "type": type(error).__name__,
        "message": str(error),
        "traceback": _pysandbox_traceback(error, "bridge"),
    }


def _pysandbox_bridge_load(env, name, source, filename):
    """Runs a module's code; answers its id and the names of the functions it defined at top level."""
    if env:
        namespace = _pysandbox_envs.setdefault(env, {"__name__": name})
    else:
        namespace = {"__name__": name}
    before = dict(namespace)
    try:
        exec(compile(source, filename, "exec"), namespace)
    except BaseException as error:
        return _pysandbox_failure(error)
    names = [
        key
        for key, value in namespace.items()
        if not key.startswith("_") and before.get(key) is not value and callable(value) and not isinstance(value, type)
    ]
    _pysandbox_modules.append(namespace)
    return {"ok": True, "value": {"id": len(_pysandbox_modules) - 1, "names": names}}


async def _pysandbox_bridge_call(module, name, arguments):
    try:
        value = _pysandbox_modules[module][name](*json.loads(arguments))
        if _pysandbox_is_awaitable(value):
            value = await value
        return {"ok": True, "value": value}
    except BaseException as error:
        return _pysandbox_failure(error)


__export__ = ["_pysandbox_bridge_load", "_pysandbox_bridge_call"]
