"""PySide6 + pyqtgraph views of the core."""
