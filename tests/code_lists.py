"""The pipeline modules a module imports, directly or through others, and the files of pipeline/data they name:
what a cache key's code list must cover."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "pipeline"


def _imported(name: str) -> set[str]:
    """Modules (paths below pipeline/) that module `name` imports anywhere in it (inside functions too), and the
    files of pipeline/data it names."""
    source = (ROOT / name).read_text(encoding="utf-8")
    found = {f"data/{data.name}" for data in (ROOT / "data").iterdir() if data.is_file() and data.suffix != ".py"
             and data.name in source}
    package = ["pipeline", *name.removesuffix(".py").split("/")[:-1]]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            base = ".".join(package[:len(package) - node.level + 1]) if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            targets = [f"{module}.{alias.name}" for alias in node.names] + [module]
        elif isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            continue
        for target in targets:
            if not target.startswith("pipeline."):
                continue
            path = target.removeprefix("pipeline.").replace(".", "/")
            for candidate in (f"{path}.py", f"{path}/__init__.py"):
                if (ROOT / candidate).exists():
                    found.add(candidate)
                    break
    return found


def imported_code(*names: str) -> set[str]:
    """`names` and every pipeline module they import, directly or through one another."""
    todo, used = list(names), set()
    while todo:
        name = todo.pop()
        if name not in used and name.endswith(".py"):
            used.add(name)
            used.update(found for found in _imported(name) if found.startswith("data/"))
            todo += sorted(_imported(name))
    return used
