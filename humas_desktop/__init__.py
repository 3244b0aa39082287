"""Humas Desktop: write, check, archive and export Indonesian government press releases."""

__version__ = "0.1.0"
