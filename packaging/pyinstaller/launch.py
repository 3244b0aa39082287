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

import multiprocessing

# The editor's checker runs in a child process (spawn: ui/editor/underlines.py). Frozen on
# Windows that child is this same exe started with --multiprocessing-fork: freeze_support() runs
# the child's loop there and exits, before the CLI/GUI below. A no-op when not frozen.
multiprocessing.freeze_support()

from humas_desktop.cli import main  # noqa: E402 - after the stream fix and freeze_support

raise SystemExit(main())
