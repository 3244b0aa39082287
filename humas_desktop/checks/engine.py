"""The checker: spelling stack and style rule packs, loaded once, run per paragraph.

Findings of a paragraph depend only on its text (and the release year and message language), so
they are cached by that key: after a one-character edit only the edited paragraph is checked
again. Offices switch rules off by id (`disabled`); the spelling layer's own ids are
`spelling.typo` and `spelling.unknown_name`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from humas_desktop.checks.context import CheckContext, field_kind
from humas_desktop.checks.finding import Finding
from humas_desktop.checks.languagetool import LanguageToolUnavailable, looks_english
from humas_desktop.checks.spelling import Lexicon, Speller
from humas_desktop.checks.tokens import paragraph_spans, tokenize
from humas_desktop.i18n import current_language

if TYPE_CHECKING:
    from humas_desktop.checks.languagetool import LanguageToolBackend
    from humas_desktop.model.release import Release

CACHE_SIZE = 4096  # paragraphs
NAME_RULE = "spelling.unknown_name"
TYPO_RULE = "spelling.typo"
UNKNOWN_WORD_RULE = "spelling.unknown_word"
ONCE_RULES = (NAME_RULE, UNKNOWN_WORD_RULE)


class Checker:
    """Load once (≈0.1 s), then `check(text)` as often as the text changes."""

    def __init__(
        self,
        *,
        glossary: Iterable[str] = (),
        user_words: Iterable[str] = (),
        disabled: Iterable[str] = (),
        languagetool: LanguageToolBackend | None = None,
    ) -> None:
        from humas_desktop.checks.rules import load_rules

        self.disabled = frozenset(disabled)
        self.rules = load_rules(disabled=self.disabled)
        self.speller = Speller(
            lexicon=Lexicon.load(),
            glossary=glossary,
            user_words=user_words,
            nonstandard=self.rules.nonstandard_words(),
        )
        self.languagetool = languagetool
        self.notices: list[str] = []  # user-facing notes of the last check (backend down...)
        self._cache: OrderedDict[
            tuple[str, int | None, str, str], tuple[Finding, ...]
        ] = OrderedDict()
        # Hunspell and the caches are not safe for two threads at once (the editor checks in a
        # worker thread while F7 may start a full check): one check at a time.
        self._lock = threading.RLock()

    # ----------------------------------------------------------------- knowledge for rules

    def context(
        self, year: int | None = None, lang: str | None = None, field: str | None = None
    ) -> CheckContext:
        sp = self.speller
        return CheckContext(
            is_word=sp.is_word,
            knows_stem=sp.knows_stem,
            in_dictionary=sp.in_dictionary,
            in_glossary=sp.in_glossary,
            frequency=sp.frequency,
            standard_form=self.rules.standard_form,
            nonstandard_variants=self.rules.nonstandard_variants,
            year=year,
            lang=lang or current_language(),
            field=field_kind(field),
        )

    def expansion(self, word: str) -> str | None:
        """What an official abbreviation stands for (Pemprov → Pemerintah Provinsi), for the
        editor's tooltip; None when the lexicon does not list it."""
        return self.speller.lexicon.expansion(word)

    def add_glossary(self, terms: Iterable[str]) -> None:
        with self._lock:
            self.speller.add_glossary(terms)
            self._cache.clear()

    def add_user_words(self, words: Iterable[str]) -> None:
        with self._lock:
            self.speller.add_user_words(words)
            self._cache.clear()

    # ----------------------------------------------------------------- checking

    def check_paragraph(
        self,
        paragraph: str,
        *,
        year: int | None = None,
        lang: str | None = None,
        field: str | None = None,
    ) -> tuple[Finding, ...]:
        """Findings of one paragraph (offsets within it), from the cache when unchanged.

        `field` is the editor's field the paragraph comes from (`body`, `title`, `quotes:2`,
        `photos:0`…, see `context.field_kind`): a quote's text gets no "full stop missing"."""
        with self._lock:
            return self._check_paragraph(
                paragraph, year, lang or current_language(), field_kind(field)
            )

    def _check_paragraph(
        self, paragraph: str, year: int | None, lang: str, field: str = "body"
    ) -> tuple[Finding, ...]:
        key = (paragraph, year, lang, field)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        doc = tokenize(paragraph)
        english = looks_english(doc)
        # an English passage is not held to the Indonesian dictionary (LanguageTool, if set up,
        # checks it instead)
        found = [] if english else self.speller.check(doc, lang)
        found += self.rules.check(doc, self.context(year, lang, field))
        cacheable = True
        if self.languagetool is not None and english:
            try:
                found += self.languagetool.check(paragraph, lang)
            except LanguageToolUnavailable as exc:
                cacheable = False  # try again on the next check
                if str(exc) not in self.notices:
                    self.notices.append(str(exc))
        found = [f for f in found if f.rule not in self.disabled and 0 <= f.start < f.end]
        found = _drop_spelling_inside_foreign(found)
        found = _fold_into_joining_fixes(paragraph, found)
        result = tuple(sorted(_merge_word_findings(found), key=Finding.sort_key))
        if not cacheable:
            return result
        self._cache[key] = result
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return result

    def check(
        self,
        text: str,
        *,
        year: int | None = None,
        release: Release | None = None,
        lang: str | None = None,
        field: str | None = None,
    ) -> list[Finding]:
        """Every finding in `text`, sorted by position (offsets are indices into `text`).

        `release` supplies the year for news dates (`Selasa (28/11)`) when `year` is not given.
        `field` is the kind of field the whole text comes from (see `check_paragraph`).
        """
        if year is None and release is not None and release.release_date is not None:
            year = release.release_date.year
        with self._lock:
            return self._check(text, year, lang, [(0, len(text), field_kind(field))])

    def _check(
        self,
        text: str,
        year: int | None,
        lang: str | None,
        fields: list[tuple[int, int, str]],
    ) -> list[Finding]:
        """`fields`: (start, end, field kind) of the parts of `text`; a paragraph takes the
        kind of the part it starts in (body when none)."""
        self.notices = []
        findings: list[Finding] = []
        seen: set[tuple[str, str]] = set()
        for start, end in paragraph_spans(text):
            kind = next((k for s, e, k in fields if s <= start < e), "body")
            found = self.check_paragraph(text[start:end], year=year, lang=lang, field=kind)
            for finding in found:
                if finding.rule in ONCE_RULES or finding.category == "foreign":
                    # one hint per unknown name or term and per foreign word, at its first
                    # appearance: advice repeated 15 times in a release is noise
                    word = text[start + finding.start : start + finding.end].lower()
                    if (finding.rule, word) in seen:
                        continue
                    seen.add((finding.rule, word))
                findings.append(finding.shifted(start))
        findings = _writers_apostrophe(text, findings)
        findings.sort(key=Finding.sort_key)
        return findings

    def check_release(self, release: Release, *, lang: str | None = None) -> list[Finding]:
        """Findings over `release.full_text()` (title, subtitle, body, quotes).

        Words the writer set in italics are foreign or regional terms by EYD convention: they
        are not reported as typos or unknown names.
        """
        text = release.full_text()
        year = release.release_date.year if release.release_date is not None else None
        with self._lock:
            findings = self._check(text, year, lang, release_fields(release, text))
        italic = italic_spans(release, text)
        if not italic:
            return findings
        return [
            f
            for f in findings
            if not (
                f.rule in (TYPO_RULE, *ONCE_RULES)
                and any(s <= f.start and f.end <= e for s, e in italic)
            )
        ]

    def clear_cache(self, *, words: bool = False) -> None:
        """Forget checked paragraphs (and, with `words`, the speller's per-word memory)."""
        self._cache.clear()
        if words:
            self.speller.clear_caches()


# Rule categories that explain an unknown word better than "possible typo" (kepihak → ke pihak).
_WORD_RULE_CATEGORIES = frozenset({"di_ke", "compound", "nonstandard"})
_SPELLING_WORD_RULES = frozenset({TYPO_RULE, UNKNOWN_WORD_RULE})


def _writers_apostrophe(text: str, found: list[Finding]) -> list[Finding]:
    """Suggestions follow the writer's apostrophe: a release typed with the typographic one
    (Qur’an) gets `Al-Qur’an`, not `Al-Qur'an`."""
    if "’" not in text or "'" in text:
        return found
    return [
        replace(f, suggestions=tuple(s.replace("'", "’") for s in f.suggestions))
        if any("'" in s for s in f.suggestions)
        else f
        for f in found
    ]


def _drop_spelling_inside_foreign(found: list[Finding]) -> list[Finding]:
    """A word inside a recognised foreign phrase (door *to* door) is English, not a slip."""
    foreign = [(f.start, f.end) for f in found if f.category == "foreign"]
    if not foreign:
        return found
    return [
        f
        for f in found
        if not (
            f.rule in (*_SPELLING_WORD_RULES, NAME_RULE)
            and any(s <= f.start and f.end <= e for s, e in foreign)
        )
    ]


_JOINING_CATEGORIES = frozenset({"di_ke", "compound", "punct"})


def _fold_into_joining_fixes(text: str, found: list[Finding]) -> list[Finding]:
    """A fix that writes several words as one (di himbau → diimbau, bersama sama →
    bersama-sama, kupu kupu → kupu-kupu) speaks for the words inside it: a typo or unknown
    word reported on one of them is dropped, and so is a non-standard word whose standard form
    the fix already writes (himbau → imbau inside diimbau). Otherwise "Perbaiki semua" could
    fix the inner word alone and leave `di imbau`."""
    joining = [
        f
        for f in found
        if f.category in _JOINING_CATEGORIES
        and f.suggestions
        and " " in text[f.start : f.end].strip()
        and not any(c.isspace() for c in f.suggestions[0])
    ]
    if not joining:
        return found

    def folded(g: Finding) -> bool:
        for f in joining:
            if g is f or not (f.start <= g.start and g.end <= f.end):
                continue
            if g.rule in (*_SPELLING_WORD_RULES, NAME_RULE):
                return True
            if (
                g.category == "nonstandard"
                and g.suggestions
                and g.suggestions[0].lower() in f.suggestions[0].lower()
            ):
                return True
        return False

    return [g for g in found if not folded(g)]


def _merge_word_findings(found: list[Finding]) -> list[Finding]:
    """One finding per misspelt word: when a word rule and the typo check flag the same span,
    the rule's finding stays and the typo's suggestions follow its own."""
    by_span = {
        (f.start, f.end): f
        for f in found
        if f.category in _WORD_RULE_CATEGORIES and f.rule not in _SPELLING_WORD_RULES
    }
    if not by_span:
        return found
    merged: dict[tuple[int, int], Finding] = {}
    result = []
    for f in found:
        if f.rule in _SPELLING_WORD_RULES and (f.start, f.end) in by_span:
            rule_finding = merged.get((f.start, f.end), by_span[(f.start, f.end)])
            # the speller knows how a term is written (ke posyandu → ke Posyandu)
            cased = {s.lower(): s for s in f.suggestions}
            own = tuple(cased.get(s.lower(), s) for s in rule_finding.suggestions)
            merged[(f.start, f.end)] = replace(
                rule_finding,
                suggestions=tuple(dict.fromkeys(own + f.suggestions))[:5],
            )
    for f in found:
        span = (f.start, f.end)
        if f.rule in _SPELLING_WORD_RULES and span in by_span:
            continue
        result.append(merged.get(span, f) if f is by_span.get(span) else f)
    return result


def release_fields(release: Release, text: str) -> list[tuple[int, int, str]]:
    """(start, end, field kind) of the parts of `release.full_text()`: title, subtitle, body
    and each quote's text, in the order full_text() joins them."""
    parts = [("title", release.title), ("subtitle", release.subtitle)]
    parts += [("body", release.body_text)]
    parts += [("quote", quote.text) for quote in release.quotes]
    fields = []
    offset = 0
    for kind, part in parts:
        if not part:
            continue
        if text[offset : offset + len(part)] != part:
            return [(0, len(text), "body")]  # not composed as expected: all body text
        fields.append((offset, offset + len(part), kind))
        offset += len(part) + 2
    return fields


def italic_spans(release: Release, text: str) -> list[tuple[int, int]]:
    """(start, end) in `text` (the release's full text) of every italic run of the body."""
    parts = [release.title, release.subtitle, release.body_text]
    parts += [quote.text for quote in release.quotes]
    offset = 0
    spans: list[tuple[int, int, str]] = []
    for index, part in enumerate(parts):
        if not part:
            continue
        if index == 2:
            pos = offset
            for b, block in enumerate(release.body):
                if b:
                    pos += 2  # the blank line between blocks
                for run in block.runs:
                    if run.italic and run.text.strip():
                        spans.append((pos, pos + len(run.text), run.text))
                    pos += len(run.text)
        offset += len(part) + 2
    # trust the spans only if they line up with the text as the model composes it
    if any(text[s:e] != run for s, e, run in spans):
        return []
    return [(s, e) for s, e, _ in spans]


_default: Checker | None = None


def default_checker() -> Checker:
    """A shared Checker with no office glossary (tests, the CLI's one-shot runs)."""
    global _default
    if _default is None:
        _default = Checker()
    return _default
