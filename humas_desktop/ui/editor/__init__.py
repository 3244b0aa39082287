"""The guided release editor (centre of the main window) and its Qt-side helpers."""

from humas_desktop.ui.editor.release_editor import ReleaseEditor

__all__ = ["ReleaseEditor"]
