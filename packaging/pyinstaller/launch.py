"""Entry script of both frozen executables: the same `humas_desktop.cli:main` as the pip script.

The windowed Windows exe has no console, so sys.stdout/sys.stderr are None there; anything that
writes to them (argparse, a logging handler) would raise. Pointing them at the null device keeps
the GUI alive; real errors still reach the log file in the user's data folder.
"""

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives for the process
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives for the process

from humas_desktop.cli import main  # imported after the stream fix on purpose

raise SystemExit(main())
