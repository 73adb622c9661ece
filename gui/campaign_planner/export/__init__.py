"""Exports. ``csv`` is Qt-free; images and PDF go through ``qt/``."""
