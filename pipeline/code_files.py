"""The code and data a result is made by, read from the imports of this package's source: what a cache key's code
list (pipeline.cache.code_digest) must cover, so a result made by other code is not reused.

    imported_code(names) -> the files `names` and every module and data file they use, directly or through each
                            other (paths below pipeline/, sorted)
    code_of(names)       -> the same without MACHINERY: the code list of a cached result

Imports are read from the source (at any depth: one inside a function counts), not run. `from pipeline.x import y`
(or its relative form) counts x/y.py when y is a module, else x.py or x/__init__.py; a package's __init__.py that
runs only because one of its modules is imported does not count (pipeline/__init__.py sets thread limits, the others
gather names). A file of pipeline/data counts when a module that counts names it (its file name in the source).
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent
# Not part of what a cached result says: the cache's own machinery, this reader, how idle threads wait, and
# onnxruntime's telemetry switched off.
MACHINERY = ("cache.py", "code_files.py", "telemetry.py", "threads.py")


def imported_code(names: tuple[str, ...]) -> tuple[str, ...]:
    """The files `names` (paths below pipeline/) and every module of this package they import, directly or through
    each other, with the files of pipeline/data those modules name: paths below pipeline/, sorted."""
    found, todo = set(), list(names)
    while todo:
        name = todo.pop()
        if name in found:
            continue
        found.add(name)
        if name.endswith(".py"):
            todo += _uses(name)
    return tuple(sorted(found))


@lru_cache(maxsize=None)
def code_of(names: tuple[str, ...]) -> tuple[str, ...]:
    """imported_code(names) without MACHINERY: the code and data list of a result made by `names`."""
    return tuple(name for name in imported_code(names) if name not in MACHINERY)


@lru_cache(maxsize=None)
def _uses(name: str) -> tuple[str, ...]:
    """The modules (paths below pipeline/) one module imports anywhere in it, and the data files it names."""
    source = (ROOT / name).read_text(encoding="utf-8")
    used = [f"data/{data}" for data in _data_files() if data in source]
    package = [ROOT.name, *name.removesuffix(".py").split("/")[:-1]]
    for node in _statements(ast.parse(source, filename=name).body):
        if isinstance(node, ast.Import):
            used += [f for alias in node.names if (f := _module_file(alias.name))]
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package[:len(package) - node.level + 1]) if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            inner = [f for alias in node.names if (f := _module_file(f"{module}.{alias.name}"))]
            outer = _module_file(module)
            used += inner + ([outer] if outer and len(inner) < len(node.names) else [])
    return tuple(used)


@lru_cache(maxsize=1)
def _data_files() -> tuple[str, ...]:
    """The names of the data files in pipeline/data (sorted; .py files are not data)."""
    return tuple(data.name for data in sorted((ROOT / "data").iterdir()) if data.is_file() and data.suffix != ".py")


def _statements(body: list):
    """Every statement in `body`, at any depth (in functions, classes, branches, loops, try and match blocks):
    where an import can stand, without walking each expression as ast.walk does."""
    for node in body:
        yield node
        for _, value in ast.iter_fields(node):
            if isinstance(value, list) and value and isinstance(value[0], (ast.stmt, ast.excepthandler,
                                                                          ast.match_case)):
                yield from _statements(value)


def _module_file(module: str) -> str | None:
    """The file of a module of this package (pipeline.a.b -> "a/b.py" or "a/b/__init__.py"), or None."""
    parts = module.split(".")
    if parts[0] != ROOT.name or len(parts) == 1:
        return None
    for candidate in ("/".join(parts[1:]) + ".py", "/".join(parts[1:]) + "/__init__.py"):
        if (ROOT / candidate).is_file():
            return candidate
    return None
