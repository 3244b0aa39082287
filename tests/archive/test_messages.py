import re
import tomllib
from pathlib import Path

from humas_desktop.resources import resource_path

SOURCES = [*Path("humas_desktop/archive").rglob("*.py"), Path("humas_desktop/cli/archive_cmds.py"),
           Path("humas_desktop/cli/common.py")]


def _catalogue(lang: str) -> dict[str, str]:
    with resource_path("messages", f"{lang}.toml").open("rb") as fh:
        return tomllib.load(fh)


def test_every_archive_message_key_exists_in_both_languages_with_the_same_fields() -> None:
    root = Path(__file__).resolve().parents[2]
    used = set()
    for source in SOURCES:
        used |= set(re.findall(r'tr\(\s*"([a-z_.]+)"', (root / source).read_text("utf-8")))
    used |= {f"cli.{name}.help" for name in ("import", "list", "search", "show", "history",
                                              "restore", "delete", "backup", "check_db")}
    indonesian, english = _catalogue("id"), _catalogue("en")
    assert used - {k for k in used if k.startswith("status.")} <= indonesian.keys()
    for key in used:
        if key in indonesian:
            fields = set(re.findall(r"\{(\w+)\}", indonesian[key]))
            assert fields == set(re.findall(r"\{(\w+)\}", english[key])), key
