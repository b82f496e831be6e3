"""pipeline.code_files reads a module's imports wherever they stand."""

import ast

from pipeline.code_files import _statements


def test_imports_are_found_in_functions_classes_branches_and_handlers():
    source = """
import os
class A:
    def f(self):
        if self:
            from pipeline import errors
        else:
            for x in ():
                import pipeline.cache
    try:
        pass
    except ImportError:
        from pipeline.schema import FINDINGS
    finally:
        import json
match 1:
    case 1:
        with open('x') as f:
            import pipeline.display
x = [__import__('sys') for _ in ()]
"""
    found = [node for node in _statements(ast.parse(source).body) if isinstance(node, (ast.Import, ast.ImportFrom))]
    walked = [node for node in ast.walk(ast.parse(source)) if isinstance(node, (ast.Import, ast.ImportFrom))]
    assert len(found) == len(walked) == 6
    assert {ast.dump(node) for node in found} == {ast.dump(node) for node in walked}
