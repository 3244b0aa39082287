"""Indonesian wording for argparse's own messages (usage, missing arguments, bad choices).

argparse looks its texts up through a module-level gettext function; Python ships no Indonesian
catalogue for it, so without this the one-line error for a mistyped command would be English.
"""

from __future__ import annotations

import argparse

_INDONESIAN = {
    "usage: ": "pemakaian: ",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "expected one argument": "perlu satu nilai",
    "expected at least one argument": "perlu sedikitnya satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "ambiguous option: %(option)s could match %(matches)s":
        "opsi ambigu: %(option)s bisa berarti %(matches)s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "can't open '%(filename)s': %(error)s": "tidak dapat membuka '%(filename)s': %(error)s",
    "ignored explicit argument %r": "argumen %r diabaikan",
}


def _indonesian(message: str) -> str:
    return _INDONESIAN.get(message, message)


def use_language(lang: str) -> None:
    """Make argparse speak `lang` ('id' or 'en') for the rest of the process."""
    argparse._ = _indonesian if lang == "id" else (lambda message: message)  # type: ignore[attr-defined]
