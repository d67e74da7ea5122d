"""Stub owned by the workers side (issue 4), which replaces this file: see /work/runtime-seams.md (b)."""
import _pyscript_js as _js

workers = _js.workers
PyWorker = _js.PyWorker
