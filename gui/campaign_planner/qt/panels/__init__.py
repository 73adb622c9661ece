"""Docked panels: palette, inspector, problems."""
