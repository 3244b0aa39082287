"""The office's checker settings as the archive keeps them.

One reading for the editor, its checker process, the Settings dialog and `humas-desktop check`,
so a rule switched off or a LanguageTool server set in the program applies everywhere.
"""

from __future__ import annotations

from typing import Any

DISABLED_RULES_KEY = "checks.disabled_rules"  # list of rule ids
LANGUAGETOOL_URL_KEY = "checks.languagetool_url"  # "" or a server URL

Settings = dict[str, list[str]]


def disabled_rules(archive: Any) -> list[str]:
    return list(archive.setting(DISABLED_RULES_KEY, []) or [])


def office_settings(archive: Any) -> Settings:
    """Glossary terms, user words and switched-off rules, as `Checker(...)` takes them."""
    if archive is None:
        return {"glossary": [], "user_words": [], "disabled": []}
    return {"glossary": [entry.term for entry in archive.glossary()],
            "user_words": list(archive.user_words()),
            "disabled": disabled_rules(archive)}


def languagetool_url(archive: Any) -> str:
    return str(archive.setting(LANGUAGETOOL_URL_KEY, "") or "").strip()
