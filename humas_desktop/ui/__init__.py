"""The PySide6 desktop GUI: the only layer that imports Qt.

Widgets here hold no business logic; they call the Qt-free layers (model, archive, checks,
export) that the command line and the tests drive directly. Every user-visible string goes
through Qt's translation system with Indonesian as the source language.
"""
