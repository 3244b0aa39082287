"""Read the rule packs (resources/rules/*.toml), validate every rule, and run them.

A pack is data: each `[[rules]]` entry has an id, a category, a severity, either a `pattern`
(a regular expression, with an optional `replace` template for the suggestion) or a `check`
(a named check from a family module), a message in Indonesian and English, examples written
wrong → right, and a reference (EYD V section or KBBI). `safe_fix = true` marks rules whose
first suggestion may be applied without a look (the editor's "Perbaiki semua"). A pack's
`[data]` table feeds the named checks of that pack (word lists, pairs). A pattern rule may list
`requires`: strings of which the text must hold at least one before the pattern is tried (speed
only; a rule whose `requires` is too narrow fails its own examples). Bad packs fail loudly at
load time, naming the file and the rule, so a broken edit never silently switches checking off.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from humas_desktop.checks.context import CheckContext
from humas_desktop.checks.finding import CATEGORIES, SEVERITIES, Finding
from humas_desktop.checks.rules.families import register_all
from humas_desktop.checks.rules.registry import FAMILIES, Family, Hit
from humas_desktop.checks.tokens import Document
from humas_desktop.resources import resource_path

_ID_RE = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z0-9][a-z0-9_-]*)+$")
_FLAG_BITS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}


class RulePackError(ValueError):
    """A rule pack that cannot be used (programming/data error, not a user error)."""


@dataclass(frozen=True)
class Example:
    wrong: str
    right: str


@dataclass(frozen=True)
class Rule:
    id: str
    pack: str
    category: str
    severity: str
    message_id: str
    message_en: str
    reference: str
    examples: tuple[Example, ...]
    check: str = ""  # named check, or "" for a pattern rule
    pattern: re.Pattern[str] | None = None
    replace: str | None = None  # suggestion template for pattern rules (re expand syntax)
    accept: tuple[str, ...] = ()  # texts the rule must leave alone (tested like examples)
    requires: tuple[str, ...] = ()  # pattern rules: run only if the text holds one of these
    safe_fix: bool = False  # the first suggestion can be applied unseen ("Perbaiki semua")

    def message(self, lang: str = "id", **fields: str) -> str:
        text = self.message_en if lang == "en" else self.message_id
        return text.format_map(_Fields(fields)) if fields else text

    def description(self, lang: str = "id") -> str:
        """The message without its placeholders, for the list of rules in the settings."""
        return self.message(lang, found="…", suggestion="…")

    @property
    def gives_suggestions(self) -> bool:
        return self.pattern is None or self.replace is not None


class _Fields(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class _PatternCheck:
    """One regular-expression rule: every match is a hit; `replace` builds the suggestion."""

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.requires = (
            re.compile("|".join(re.escape(r) for r in rule.requires)) if rule.requires else None
        )

    def run(self, doc: Document) -> Iterable[Hit]:
        assert self.rule.pattern is not None
        if self.requires is not None and self.requires.search(doc.text) is None:
            return  # cheap pre-test: most paragraphs hold no Rp, %, ke 2…
        for match in self.rule.pattern.finditer(doc.text):
            if match.end() == match.start():
                continue
            start, end = match.span()
            if "span" in match.re.groupindex and match.start("span") >= 0:
                start, end = match.span("span")
            suggestions = (
                (match.expand(self.rule.replace),) if self.rule.replace is not None else ()
            )
            yield Hit(self.rule.check, start, end, suggestions)


@dataclass
class RuleSet:
    """Every enabled rule, ready to run over a Document."""

    rules: tuple[Rule, ...]  # every rule of every pack, enabled or not (for the UI)
    disabled: frozenset[str]  # ids switched off
    _families: list[tuple[Family, frozenset[str]]] = field(default_factory=list)
    _patterns: list[_PatternCheck] = field(default_factory=list)
    _by_check: dict[str, Rule] = field(default_factory=dict)
    _handled: frozenset[str] = frozenset()
    _standard: dict[str, str] = field(default_factory=dict)
    _variants: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        variants: dict[str, list[str]] = {}
        for wrong, right in self._standard.items():
            variants.setdefault(right, []).append(wrong)
        self._variants = {right: tuple(wrongs) for right, wrongs in variants.items()}

    def check(self, doc: Document, ctx: CheckContext) -> list[Finding]:
        """All findings of the enabled rules, sorted by position; at most one per rule and span."""
        hits: list[Hit] = []
        for fam, wanted in self._families:
            hits.extend(fam.run(doc, ctx, wanted))
        for pattern in self._patterns:
            hits.extend(pattern.run(doc))
        findings: dict[tuple[int, int, str], Finding] = {}
        for hit in hits:
            rule = self._by_check.get(hit.check)
            if rule is None or hit.start >= hit.end:
                continue
            key = (hit.start, hit.end, rule.id)
            if key in findings:
                continue
            found = doc.text[hit.start : hit.end]
            first = hit.suggestions[0] if hit.suggestions else ""
            findings[key] = Finding(
                start=hit.start,
                end=hit.end,
                category=rule.category,
                rule=rule.id,
                message=rule.message(ctx.lang, found=found.strip(), suggestion=first.strip()),
                suggestions=tuple(dict.fromkeys(s for s in hit.suggestions if s != found)),
                severity=rule.severity,
            )
        return sorted(findings.values(), key=Finding.sort_key)

    def nonstandard_words(self) -> set[str]:
        """Lower-case single words that these rules report as not standard (kata baku pairs and
        their affixed forms, compounds written joined, foreign words with an Indonesian
        equivalent), so the spelling layer can leave them to the rule with the better message."""
        return set(self._handled)

    def standard_form(self, word: str) -> str | None:
        """The standard spelling (lower case) of a word the enabled rules correct with
        certainty (dihimbau → diimbau), or None."""
        return self._standard.get(word.lower())

    def nonstandard_variants(self, word: str) -> tuple[str, ...]:
        """The non-standard spellings the enabled rules correct to `word` (diimbau →
        dihimbau)."""
        return self._variants.get(word.lower(), ())

    def is_enabled(self, rule_id: str) -> bool:
        return rule_id not in self.disabled

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def _text(table: Mapping[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RulePackError(f"{where}: '{key}' must be a non-empty string")
    return value


def _parse_rule(raw: Mapping[str, Any], pack: str, where: str) -> Rule:
    rule_id = _text(raw, "id", where)
    where = f"{where} rule {rule_id}"
    if not _ID_RE.match(rule_id):
        raise RulePackError(f"{where}: id must look like 'family.name' in lower case")
    category = _text(raw, "category", where)
    if category not in CATEGORIES:
        raise RulePackError(f"{where}: unknown category {category!r}")
    severity = _text(raw, "severity", where)
    if severity not in SEVERITIES:
        raise RulePackError(f"{where}: unknown severity {severity!r}")
    message = raw.get("message")
    if not isinstance(message, Mapping):
        raise RulePackError(f"{where}: 'message' must be a table with 'id' and 'en'")
    message_id = _text(message, "id", where + " message")
    message_en = _text(message, "en", where + " message")
    reference = _text(raw, "reference", where)
    examples_raw = raw.get("examples")
    if not isinstance(examples_raw, list) or not examples_raw:
        raise RulePackError(f"{where}: needs at least one example (wrong → right)")
    examples = []
    for ex in examples_raw:
        if not isinstance(ex, Mapping) or "wrong" not in ex or "right" not in ex:
            raise RulePackError(f"{where}: each example needs 'wrong' and 'right'")
        if ex["wrong"] == ex["right"]:
            raise RulePackError(f"{where}: example wrong and right are the same")
        examples.append(Example(str(ex["wrong"]), str(ex["right"])))
    accept = raw.get("accept", [])
    if not isinstance(accept, list) or not all(isinstance(a, str) for a in accept):
        raise RulePackError(f"{where}: 'accept' must be a list of strings")
    safe_fix = raw.get("safe_fix", False)
    if not isinstance(safe_fix, bool):
        raise RulePackError(f"{where}: 'safe_fix' must be true or false")
    requires = raw.get("requires", [])
    if not isinstance(requires, list) or not all(isinstance(r, str) and r for r in requires):
        raise RulePackError(f"{where}: 'requires' must be a list of non-empty strings")
    check = raw.get("check")
    pattern_src = raw.get("pattern")
    if (check is None) == (pattern_src is None):
        raise RulePackError(f"{where}: give exactly one of 'check' or 'pattern'")
    pattern = None
    replace = None
    if pattern_src is not None:
        flags = 0
        for letter in str(raw.get("flags", "")):
            if letter not in _FLAG_BITS:
                raise RulePackError(f"{where}: unknown regex flag {letter!r}")
            flags |= _FLAG_BITS[letter]
        try:
            pattern = re.compile(str(pattern_src), flags)
        except re.error as exc:
            raise RulePackError(f"{where}: bad pattern: {exc}") from exc
        replace = raw.get("replace")
        if replace is not None and not isinstance(replace, str):
            raise RulePackError(f"{where}: 'replace' must be a string")
        check = "pattern:" + rule_id
    else:
        if not isinstance(check, str) or check not in FAMILIES:
            raise RulePackError(f"{where}: unknown named check {check!r}")
    return Rule(
        id=rule_id,
        pack=pack,
        category=category,
        severity=severity,
        message_id=message_id,
        message_en=message_en,
        reference=reference,
        examples=tuple(examples),
        check=str(check),
        pattern=pattern,
        replace=replace,
        accept=tuple(accept),
        requires=tuple(requires),
        safe_fix=safe_fix,
    )


def read_pack(path: Path) -> tuple[list[Rule], dict[str, Any]]:
    """The rules and the `[data]` table of one pack file."""
    register_all()
    try:
        with path.open("rb") as fh:
            raw = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RulePackError(f"{path.name}: {exc}") from exc
    pack = path.stem
    rules_raw = raw.get("rules")
    if not isinstance(rules_raw, list) or not rules_raw:
        raise RulePackError(f"{path.name}: no [[rules]]")
    rules = [_parse_rule(r, pack, path.name) for r in rules_raw]
    data = raw.get("data", {})
    if not isinstance(data, dict):
        raise RulePackError(f"{path.name}: [data] must be a table")
    return rules, data


def pack_paths(folder: Path | None = None) -> list[Path]:
    folder = folder or resource_path("rules")
    return sorted(folder.glob("*.toml"))


def load_rules(disabled: frozenset[str] = frozenset(), folder: Path | None = None) -> RuleSet:
    """Every rule of every pack, with the rules whose ids are in `disabled` switched off."""
    register_all()
    all_rules: list[Rule] = []
    data_by_pack: dict[str, dict[str, Any]] = {}
    for path in pack_paths(folder):
        rules, data = read_pack(path)
        all_rules.extend(rules)
        data_by_pack[path.stem] = data
    seen_ids: set[str] = set()
    by_check: dict[str, Rule] = {}
    for rule in all_rules:
        if rule.id in seen_ids:
            raise RulePackError(f"{rule.pack}: rule id {rule.id} used twice")
        seen_ids.add(rule.id)
        if rule.check in by_check:
            raise RulePackError(
                f"{rule.pack}: rules {by_check[rule.check].id} and {rule.id} share {rule.check}"
            )
        by_check[rule.check] = rule
    # one instance per family, fed with the data of the pack that uses it
    family_pack: dict[type[Family], str] = {}
    for rule in all_rules:
        if rule.pattern is None:
            cls = FAMILIES[rule.check]
            other = family_pack.setdefault(cls, rule.pack)
            if other != rule.pack:
                raise RulePackError(f"{rule.id}: {cls.__name__} is used from {other} already")
    instances = {cls: cls(data_by_pack[pack]) for cls, pack in family_pack.items()}
    enabled = tuple(r for r in all_rules if r.id not in disabled)
    wanted: dict[type[Family], set[str]] = {}
    patterns = []
    for rule in enabled:
        if rule.pattern is not None:
            patterns.append(_PatternCheck(rule))
        else:
            wanted.setdefault(FAMILIES[rule.check], set()).add(rule.check)
    handled: set[str] = set()
    standard: dict[str, str] = {}
    for cls, names in wanted.items():
        handled.update(instances[cls].handled_words(frozenset(names)))
        standard.update(instances[cls].standard_forms(frozenset(names)))
    return RuleSet(
        rules=tuple(all_rules),
        disabled=frozenset(disabled),
        _families=[(instances[cls], frozenset(names)) for cls, names in wanted.items()],
        _patterns=patterns,
        _by_check={r.check: r for r in enabled},
        _handled=frozenset(handled),
        _standard=standard,
    )
