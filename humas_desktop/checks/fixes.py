"""Which findings may be fixed without a look ("Perbaiki semua"), and applying them to a text.

Safe is a checker decision, so it lives here and not in the GUI. A finding's first suggestion
is applied unseen only when all of these hold:

* its rule says so in its rule pack (`safe_fix = true`, resources/rules/*.toml). That flag is
  the per-rule switch: a rule whose fix proves risky is opted out there, never by an id list in
  code. The spelling layer's own findings (`spelling.typo`, unknown words and names) come from
  no pack: a typo's first suggestion is a ranked guess the engine does not mark as certain, so
  it is never applied unseen;
* it is an error or warning of the written form — non-standard word, di/ke, compound,
  punctuation and spacing — never advice (foreign words, style, readability, structure);
* for capitals the flag is set only on rules whose word lists make the case certain (day and
  month names, ethnic groups and languages, units: senin → Senin, dayak → Dayak, 20 Kg → 20 kg);
  rules that must judge whether a word is a title or a proper noun (jabatan, lembaga, sentence
  start after an abbreviation) leave the fix to the writer;
* it has a suggestion, and its span does not overlap an earlier safe fix (fixing one would
  move the other; the rest is fixed on the next run);
* its span overlaps no finding that is left to the writer (any category but the sentence-wide
  readability and structure notes). Fixing part of a finding the writer has not seen can hide
  it: `di himbau` fixed to `di imbau` by the non-standard rule alone left a di/ke error the
  checker no longer recognised. (The engine also folds such a word into the larger fix:
  `di himbau` → `diimbau`.)
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from humas_desktop.checks.finding import Finding

# Categories whose fixes change the written form in a way a rule can be certain about.
FIXABLE_CATEGORIES: frozenset[str] = frozenset(
    {"nonstandard", "di_ke", "compound", "punct", "capital"}
)
FIXABLE_SEVERITIES: frozenset[str] = frozenset({"error", "warning"})
# Notes on a whole sentence or paragraph: they overlap every fix inside it and block none.
NON_BLOCKING_CATEGORIES: frozenset[str] = frozenset({"readability", "structure"})


@cache
def safe_rule_ids(folder: Path | None = None) -> frozenset[str]:
    """Ids of the rules whose packs mark them `safe_fix = true` (read once per folder)."""
    from humas_desktop.checks.rules.loader import pack_paths, read_pack

    return frozenset(
        rule.id for path in pack_paths(folder) for rule in read_pack(path)[0] if rule.safe_fix
    )


def safe_fix(finding: Finding, safe_rules: frozenset[str] | None = None) -> str | None:
    """The replacement "Perbaiki semua" may write for `finding`, or None to leave it to the
    writer. `safe_rules` defaults to the flags of the installed rule packs."""
    rules = safe_rule_ids() if safe_rules is None else safe_rules
    if finding.rule not in rules:
        return None
    if finding.category not in FIXABLE_CATEGORIES or finding.severity not in FIXABLE_SEVERITIES:
        return None
    if not finding.suggestions:
        return None
    return finding.suggestions[0]  # the rule's own suggestion comes first (engine merge order)


def safe_findings(
    findings: Iterable[Finding], safe_rules: frozenset[str] | None = None
) -> list[Finding]:
    """The findings with a safe fix, in text order, none overlapping another.

    Of two overlapping safe findings the earlier (then the longer) is kept; checking the fixed
    text again brings the other back if it still applies. A safe finding that overlaps a
    finding left to the writer is not applied.
    """
    findings = list(findings)
    chosen: list[Finding] = []
    safe = [f for f in findings if safe_fix(f, safe_rules) is not None]
    safe_ids = {id(f) for f in safe}
    held = [
        f
        for f in findings
        if id(f) not in safe_ids and f.category not in NON_BLOCKING_CATEGORIES and f.end > f.start
    ]
    for finding in sorted(safe, key=lambda f: (f.start, -f.end, f.rule)):
        if chosen and finding.start < chosen[-1].end:
            continue
        if any(finding.start < h.end and h.start < finding.end for h in held):
            continue
        chosen.append(finding)
    return chosen


def safe_fixes(
    text: str, findings: Iterable[Finding], safe_rules: frozenset[str] | None = None
) -> tuple[str, int]:
    """`text` with every safe fix applied, and how many were applied.

    Offsets of `findings` are indices into `text`; fixes are written from the end of the text
    backwards so the offsets of the ones still to come stay right.
    """
    chosen = safe_findings(findings, safe_rules)
    for finding in reversed(chosen):
        fix = safe_fix(finding, safe_rules)
        assert fix is not None
        text = text[: finding.start] + fix + text[finding.end :]
    return text, len(chosen)
