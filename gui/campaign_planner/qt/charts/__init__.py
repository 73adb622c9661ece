"""pyqtgraph charts of the projection. Import this package only after the window has painted:
pyqtgraph takes most of a second to import."""
