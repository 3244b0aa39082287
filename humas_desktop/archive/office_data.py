"""The office's own data in the archive: settings, office profile, glossary, user dictionary."""

from __future__ import annotations

import builtins
import dataclasses
import json
from typing import Any

from sqlalchemy import delete, select

from humas_desktop.archive.base import ArchiveBase
from humas_desktop.archive.schema import GlossaryRow, SettingRow, UserWordRow
from humas_desktop.model.office import GlossaryEntry, GlossaryKind, OfficeProfile
from humas_desktop.model.release import ContactPerson


class OfficeData(ArchiveBase):
    # ---- office profile, glossary, user dictionary, settings -----------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        with self._reading() as session:
            value = session.scalar(select(SettingRow.value).where(SettingRow.key == key))
            return default if value is None else json.loads(value)

    def set_setting(self, key: str, value: Any) -> None:
        encoded = json.dumps(value, ensure_ascii=False)
        with self._write() as session:
            session.merge(SettingRow(key=key, value=encoded))

    def office_profile(self) -> OfficeProfile:
        data = self.setting("office_profile")
        if not data:
            return OfficeProfile()
        known = {f.name for f in dataclasses.fields(OfficeProfile)}
        fields = {k: v for k, v in data.items() if k in known}
        if isinstance(fields.get("contact"), dict):
            fields["contact"] = ContactPerson(**fields["contact"])
        return OfficeProfile(**fields)

    def save_office_profile(self, profile: OfficeProfile) -> None:
        self.set_setting("office_profile", dataclasses.asdict(profile))

    def glossary(self) -> builtins.list[GlossaryEntry]:
        with self._reading() as session:
            rows = session.scalars(select(GlossaryRow)).all()
            entries = [GlossaryEntry(r.term, GlossaryKind(r.kind), r.note) for r in rows]
        return sorted(entries, key=lambda e: e.term.casefold())

    def add_glossary_entry(self, entry: GlossaryEntry) -> None:
        """Add or replace the entry for `entry.term`."""
        with self._write() as session:
            session.merge(GlossaryRow(term=entry.term.strip(), kind=entry.kind.value,
                                      note=entry.note))

    def remove_glossary_entry(self, term: str) -> None:
        with self._write() as session:
            session.execute(delete(GlossaryRow).where(GlossaryRow.term == term.strip()))

    def user_words(self) -> builtins.list[str]:
        with self._reading() as session:
            words = builtins.list(session.scalars(select(UserWordRow.word)))
        return sorted(words, key=str.casefold)

    def add_user_word(self, word: str) -> None:
        word = word.strip()
        if not word:
            return
        with self._write() as session:
            if session.get(UserWordRow, word) is None:
                session.add(UserWordRow(word=word))

    def remove_user_word(self, word: str) -> None:
        with self._write() as session:
            session.execute(delete(UserWordRow).where(UserWordRow.word == word.strip()))
