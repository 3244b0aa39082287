"""Run-time hook replacing PyInstaller's pyi_rth_pyside6 so the CLI does not load Qt.

PyInstaller's own hook imports PySide6.QtCore at start-up (to register an embedded qt.conf),
which costs every `humas-desktop check ...` about a tenth of a second although only the GUI
uses Qt. This hook sets the same environment at once and registers qt.conf the moment
PySide6.QtCore is first imported, with PyInstaller's own helper.
"""


def _install() -> None:
    import importlib.util
    import os
    import sys
    from importlib.abc import MetaPathFinder

    meipass = sys._MEIPASS  # type: ignore[attr-defined]
    windows = sys.platform.startswith("win")
    qt_dir = os.path.join(meipass, "PySide6") if windows else os.path.join(meipass, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_dir, "plugins")
    if windows:
        os.environ["PATH"] = meipass + os.pathsep + os.environ.get("PATH", "")

    class QtConfOnFirstImport(MetaPathFinder):
        def find_spec(self, name, path, target=None):  # type: ignore[no-untyped-def]
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                return spec
            loader = spec.loader
            plain_exec = loader.exec_module

            def exec_module(module):  # type: ignore[no-untyped-def]
                plain_exec(module)
                from _pyi_rth_utils import qt as qt_rth_utils

                qt_rth_utils.create_embedded_qt_conf("PySide6", qt_dir)

            loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, QtConfOnFirstImport())


_install()
del _install
