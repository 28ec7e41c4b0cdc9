"""The house rules of DESIGN.md and docs/ARCHITECTURE.md, read from the source (ast), so a breach fails here
with the modules named: layers point down, no import cycle, Qt only in app/ui, no other area's private helpers,
no database session opened by a widget, changes described by the services, settings keys in one registry."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"

# Lower number = lower layer. A module may import its own layer or lower ones.
LAYERS = {
    "app": 0, "app.config": 0, "app.core": 0,
    "app.models": 1,
    "app.db": 2, "app.dbfile": 2, "app.migrations": 2,
    "app.importers": 3, "app.printing": 3,
    "app.services": 4,
    "app.ui": 5,
    "app.cli": 6, "app.__main__": 6,
}
AREA_ROOTS = ("app.services", "app.ui", "app.importers", "app.printing", "app.cli")


@dataclass
class Module:
    name: str
    path: Path
    tree: ast.Module
    imports: list[tuple[str, int, bool]] = field(default_factory=list)  # (module, line, only for type checking)
    names: list[tuple[str, str, int]] = field(default_factory=list)  # (module, imported name, line)


def _type_checking_lines(tree: ast.Module) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def modules() -> dict[str, Module]:
    found: dict[str, Module] = {}
    for path in sorted(APP.rglob("*.py")):
        rel = path.relative_to(APP.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        if "versions" in parts:  # alembic revisions are loaded by file, not imported
            continue
        found[".".join(parts)] = Module(".".join(parts), path, ast.parse(path.read_text(encoding="utf-8")))
    for mod in found.values():
        typing_only = _type_checking_lines(mod.tree)
        package = mod.name if mod.path.name == "__init__.py" else mod.name.rpartition(".")[0]
        for node in ast.walk(mod.tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.split(".")[0] == "app":
                        mod.imports.append((alias.name, node.lineno, node.lineno in typing_only))
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + [base])
                if base.split(".")[0] != "app":
                    continue
                for alias in node.names:
                    target = f"{base}.{alias.name}"
                    target = target if target in found else base
                    mod.imports.append((target, node.lineno, node.lineno in typing_only))
                    mod.names.append((base, alias.name, node.lineno))
    return found


def layer(name: str) -> int:
    best = max((key for key in LAYERS if name == key or name.startswith(key + ".")), key=len)
    return LAYERS[best]


def area(name: str) -> str | None:
    for root in AREA_ROOTS:
        if name.startswith(root + "."):
            rest = name[len(root) + 1:].split(".")
            return f"{root}.{rest[0]}"
    return None


MODULES = modules()


def test_layers_point_down():
    upward = [f"{m.name}:{line} imports {target} (a higher layer)"
              for m in MODULES.values() for target, line, _ in m.imports if layer(target) > layer(m.name)]
    assert not upward, "\n".join(upward)


def test_core_imports_nothing_of_the_app_above_it():
    above = [f"{m.name}:{line} imports {target}" for m in MODULES.values() if m.name.startswith("app.core")
             for target, line, _ in m.imports if not target.startswith("app.core")]
    assert not above, "\n".join(above)


def test_no_import_cycle_between_modules():
    graph = {m.name: {t for t, _, _ in m.imports if t in MODULES and t != m.name}
             for m in MODULES.values()}
    # A package's __init__ imported as a parent of a module is not an edge; only named imports are.
    cycles: list[list[str]] = []
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    counter = [0]

    def strongconnect(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            strongconnect(v)
    assert not cycles, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_qt_only_in_the_ui():
    qt = [f"{m.name}:{line}" for m in MODULES.values() if not m.name.startswith("app.ui")
          for node in ast.walk(m.tree) if isinstance(node, (ast.Import, ast.ImportFrom))
          for line in [node.lineno]
          if any(n.split(".")[0] in ("PySide6", "shiboken6")
                 for n in ([a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]))]
    assert not qt, "PySide6 imported outside app/ui:\n" + "\n".join(qt)


def test_no_area_imports_another_areas_private_helpers():
    private = [f"{m.name}:{line} imports {name} from {base}"
               for m in MODULES.values() for base, name, line in m.names
               if ((name.startswith("_") and not name.startswith("__")) or any(p.startswith("_") for p in base.split(".")))
               and area(base) != area(m.name)]
    assert not private, "\n".join(private)


def _calls(mod: Module, attr: str) -> list[int]:
    return [node.lineno for node in ast.walk(mod.tree) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute) and node.func.attr == attr]


def test_widgets_never_open_a_database_session():
    """Only the one background helper (AppContext.run/read) opens a session, in its worker."""
    opened = [f"{m.name}:{line}" for m in MODULES.values()
              if m.name.startswith("app.ui") and m.name != "app.ui.kit.context" for line in _calls(m, "session")]
    assert not opened, "a session opened in the UI:\n" + "\n".join(opened)


def test_changes_are_described_by_the_services():
    built = [f"{m.name}:{node.lineno}" for m in MODULES.values() if m.name.startswith("app.ui")
             for node in ast.walk(m.tree) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Name) and node.func.id == "Changes"]
    assert not built, "Changes built in the UI (the service that changed it returns them):\n" + "\n".join(built)


def test_window_settings_keys_live_in_one_registry():
    """QSettings keys are entries of the one registry (app.config.Settings), not string literals spread over the widgets."""
    literal = [f"{m.name}:{node.lineno}" for m in MODULES.values()
               if m.name.startswith("app.ui") and m.name != "app.ui.kit.settings"
               for node in ast.walk(m.tree) if isinstance(node, ast.Call)
               and isinstance(node.func, ast.Attribute) and node.func.attr in ("value", "setValue")
               and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)]
    assert not literal, "QSettings keys as string literals:\n" + "\n".join(literal)
