"""Work around pyqtgraph's SVG export with PySide6 >= 6.11 (pyqtgraph issue #3495).

Qt's SVG generator now closes paths with a ``Z`` token; pyqtgraph 0.14.0 splits every
token of a path as ``x,y`` and fails ("not enough values to unpack"). Dropping the
closing tokens before pyqtgraph reads the path fixes it (a fill is closed implicitly in
SVG). Fixed upstream by pyqtgraph PR #3458: remove this module, and its call in
exports.py, once a pyqtgraph release with that fix is the lower bound in pyproject.toml
(tests/qt/test_exports.py keeps checking that SVG export works).
"""

from __future__ import annotations

import re

_CLOSE = re.compile(r"\s*[Zz](?=\s|$)")
_installed = False


def strip_close_path_tokens(d: str) -> str:
    """'M1,2 L3,4 Z M5,6 L7,8 Z' -> 'M1,2 L3,4 M5,6 L7,8'"""
    return " ".join(_CLOSE.sub(" ", d).split())


def install() -> None:
    global _installed
    if _installed:
        return
    import importlib
    module = importlib.import_module("pyqtgraph.exporters.SVGExporter")  # the module, not the class
    original = module.correctCoordinates

    def correct_coordinates(node, defs, item, options):
        for path in node.getElementsByTagName("path"):
            d = path.getAttribute("d")
            if "Z" in d or "z" in d:
                path.setAttribute("d", strip_close_path_tokens(d))
        return original(node, defs, item, options)

    module.correctCoordinates = correct_coordinates
    _installed = True
