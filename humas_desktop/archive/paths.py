"""Where the archive lives on disk.

One folder holds everything a user would copy to a new PC: the SQLite file, the photo store and
the daily backups. It is the per-user data folder unless `--data-dir` or HUMAS_DATA_DIR says
otherwise (a shared drive, a USB stick, a test's temporary folder).
"""

from __future__ import annotations

import os
from pathlib import Path

DB_NAME = "arsip.sqlite"
PHOTOS_DIR = "photos"
BACKUPS_DIR = "backups"
ENV_DATA_DIR = "HUMAS_DATA_DIR"
# Left by a background check that found damage: the next open checks fully and recovers.
CHECK_MARKER = "arsip.sqlite.perlu-diperiksa"


def default_data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("HumasDesktop", appauthor=False))


def resolve_data_dir(data_dir: Path | str | None) -> Path:
    return Path(data_dir).expanduser() if data_dir else default_data_dir()
