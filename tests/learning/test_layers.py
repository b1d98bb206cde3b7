"""The learning app's imports run one way: pages → access → records. Nothing below the pages imports them."""

import ast
from pathlib import Path

import pytest

LEARNING = Path(__file__).resolve().parents[2] / "learning"
RECORDS = ["access_codes", "locked_files", "locked_text", "membership", "progress", "sample"]


def imported_modules(path):
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)


def test_access_rule_reads_records_not_pages():
    imports = set(imported_modules(LEARNING / "access.py"))
    assert "learning.models.pages" not in imports
    assert not any(name.startswith("learning.models.Learning") for name in imports)


@pytest.mark.parametrize("record", RECORDS)
def test_records_import_neither_pages_nor_the_access_rule(record):
    imports = set(imported_modules(LEARNING / "models" / f"{record}.py"))
    assert not {"learning.access", "learning.models.pages", "learning.module_actions"} & imports
    assert not {"learning.models.LearningModulePage", "learning.models.LearningIndexPage"} & imports


def test_no_import_hides_inside_a_function():
    """Function-level imports papered over the old cycle; only AppConfig.ready may import late."""
    for path in [LEARNING / "access.py", LEARNING / "module_actions.py", *(LEARNING / "models").glob("*.py")]:
        tree = ast.parse(path.read_text())
        for function in (node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)):
            late = [n for n in ast.walk(function) if isinstance(n, ast.Import | ast.ImportFrom)]
            assert not late, f"{path.name}:{function.name} imports inside the function"
