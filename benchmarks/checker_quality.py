"""Quality of the checker on a corpus folder laid out like shared/corpus/dev.

The folder holds DOC.txt files, gold.jsonl (one real error per line: doc, start, end, wrong,
right, category; offsets are Python string indices) and must_accept.jsonl (doc, token, kind:
correct tokens a checker must leave alone). Printed, per category and overall:
  - recall of gold errors in the hard categories (found = a finding of a hard category, or of
    the gold category, overlaps the gold span);
  - false alarms per 1,000 words (hard-category findings overlapping no gold span at all);
  - must-accept tokens flagged (a false alarm overlaps any occurrence of the token);
  - for found errors of the spelling categories, how often the first suggestion is the gold
    correction exactly.
`--baseline hunspell` scores plain `hunspell -d id_ID -a` the same way in the same run.
`--synthetic N` also makes N one-edit slips (drop, insert, change, swap a letter) of common
words of six letters or more and prints how many the speller catches and how often its first
suggestion is the original word: a figure for typos the corpus has never seen.

Usage: python benchmarks/checker_quality.py [CORPUS] [--baseline hunspell] [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from humas_desktop.checks.finding import HARD_CATEGORIES, SPELLING_CATEGORIES, Finding
from humas_desktop.resources import resource_path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
HARD_ORDER = ("typo", "nonstandard", "di_ke", "compound", "capital", "punct")
TARGETS = {"recall": 0.95, "false_alarms": 3.0, "must_accept": 0.03, "first_suggestion": 0.85}


@dataclass
class Gold:
    doc: str
    start: int
    end: int
    wrong: str
    right: str
    category: str


def load_corpus(folder: Path) -> tuple[dict[str, str], list[Gold], list[dict[str, str]]]:
    docs = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
    gold = []
    with (folder / "gold.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                raw = json.loads(line)
                gold.append(
                    Gold(raw["doc"], raw["start"], raw["end"], raw["wrong"], raw["right"],
                         raw["category"])
                )
    accept = []
    path = folder / "must_accept.jsonl"
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            accept = [json.loads(line) for line in fh if line.strip()]
    return docs, gold, accept


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score(
    name: str,
    docs: dict[str, str],
    gold: list[Gold],
    accept: list[dict[str, str]],
    findings: dict[str, list[Finding]],
    show: bool = False,
) -> dict[str, float]:
    words = sum(len(text.split()) for text in docs.values())
    per_cat_total: dict[str, int] = defaultdict(int)
    per_cat_found: dict[str, int] = defaultdict(int)
    sugg_total = sugg_right = 0
    missed: list[Gold] = []
    wrong_first: list[tuple[Gold, tuple[str, ...]]] = []
    for g in gold:
        per_cat_total[g.category] += 1
        hits = [
            f
            for f in findings.get(g.doc, [])
            if _overlaps(f.start, f.end, g.start, g.end)
            and (f.category in HARD_CATEGORIES or f.category == g.category)
        ]
        if not hits:
            missed.append(g)
            continue
        per_cat_found[g.category] += 1
        if g.category in SPELLING_CATEGORIES:
            sugg_total += 1
            best = sorted(
                hits,
                key=lambda f: (
                    f.category != g.category,
                    abs(f.start - g.start) + abs(f.end - g.end),
                ),
            )[0]
            if best.suggestions and best.suggestions[0] == g.right:
                sugg_right += 1
            else:
                wrong_first.append((g, best.suggestions))
    false_alarms = []
    for doc, found in findings.items():
        spans = [(g.start, g.end) for g in gold if g.doc == doc]
        for f in found:
            if f.category in HARD_CATEGORIES and not any(
                _overlaps(f.start, f.end, s, e) for s, e in spans
            ):
                false_alarms.append((doc, f))
    # A must-accept token is flagged when a false alarm (a hard-category finding overlapping no
    # gold error) covers any of its occurrences; a finding of a real error that happens to
    # overlap the token (" Tandasnya" in '” Tandasnya') is not held against it.
    alarm_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for doc, f in false_alarms:
        alarm_spans[doc].append((f.start, f.end))
    flagged = []
    for entry in accept:
        text = docs.get(entry["doc"], "")
        token = entry["token"]
        pattern = re.compile(r"(?<![\w-])" + re.escape(token) + r"(?![\w-])")
        spans = [m.span() for m in pattern.finditer(text)]
        if any(
            _overlaps(a, b, s, e) for a, b in alarm_spans[entry["doc"]] for s, e in spans
        ):
            flagged.append(entry)

    hard_total = sum(per_cat_total[c] for c in HARD_ORDER)
    hard_found = sum(per_cat_found[c] for c in HARD_ORDER)
    recall = hard_found / hard_total if hard_total else 1.0
    fa_rate = 1000 * len(false_alarms) / words if words else 0.0
    accept_rate = len(flagged) / len(accept) if accept else 0.0
    first = sugg_right / sugg_total if sugg_total else 0.0

    print(f"\n== {name} ==")
    print(f"documents {len(docs)}, words {words}, gold errors {len(gold)} ({hard_total} hard)")
    print(f"{'category':<12} {'found':>7} {'recall':>7}")
    for cat in [*HARD_ORDER, *sorted(set(per_cat_total) - set(HARD_ORDER))]:
        total = per_cat_total.get(cat, 0)
        if total:
            found = per_cat_found[cat]
            print(f"{cat:<12} {found:>3}/{total:<3} {found / total:>7.2f}")
    print(f"recall (hard categories)        {recall:6.3f}   target >= {TARGETS['recall']}")
    print(
        f"false alarms per 1,000 words    {fa_rate:6.2f}   ({len(false_alarms)} findings)"
        f"   target <= {TARGETS['false_alarms']}"
    )
    print(
        f"must-accept tokens flagged      {accept_rate:6.1%}   ({len(flagged)}/{len(accept)})"
        f"   target <= {TARGETS['must_accept']:.0%}"
    )
    print(
        f"right first suggestion          {first:6.1%}   ({sugg_right}/{sugg_total})"
        f"   target >= {TARGETS['first_suggestion']:.0%}"
    )
    if show:
        for g in missed:
            where = f"{g.doc} {g.start}-{g.end} {g.category}"
            print(f"  missed      {where}: {g.wrong!r} -> {g.right!r}")
        for g, sugg in wrong_first:
            print(f"  suggestion  {g.doc} {g.wrong!r} -> {g.right!r}, got {list(sugg[:3])}")
        for doc, f in false_alarms:
            text = docs[doc][f.start : f.end]
            print(f"  false alarm {doc} {f.start}-{f.end} {f.category} {f.rule}: {text!r}")
        for entry in flagged:
            print(f"  flagged     {entry['doc']} {entry['token']!r} ({entry.get('kind', '')})")
    return {
        "recall": recall,
        "false_alarms_per_1000": fa_rate,
        "must_accept_flagged": accept_rate,
        "first_suggestion": first,
    }


def hunspell_findings(text: str) -> list[Finding]:
    """Plain `hunspell -d id_ID -a` (the shipped dictionary) as findings of category typo."""
    dictionary = str(resource_path("dictionaries", "id_ID"))
    lines = text.splitlines(keepends=True)
    # '^' keeps a line from being read as an ispell command
    feed = "".join("^" + line.rstrip("\r\n") + "\n" for line in lines)
    out = subprocess.run(
        ["hunspell", "-d", dictionary, "-a", "-i", "utf-8"],
        input=feed.encode("utf-8"),
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8", errors="replace")
    rows = out.split("\n")[1:]  # the first line is the version banner
    findings: list[Finding] = []
    base = 0
    r = 0
    for line in lines:
        content = line.rstrip("\r\n")
        cursor = 0
        # one result row per rejected or accepted word, then an empty line ends the input line
        while r < len(rows) and rows[r] != "":
            row = rows[r]
            r += 1
            if row[:1] not in ("&", "#"):
                continue
            head, _, tail = row.partition(":")
            word = head.split()[1]
            suggestions = tuple(s.strip() for s in tail.split(",")) if row[0] == "&" else ()
            pos = content.find(word, cursor)
            if pos < 0:
                continue
            cursor = pos + len(word)
            findings.append(
                Finding(base + pos, base + pos + len(word), "typo", "hunspell", word, suggestions,
                        "error")
            )
        r += 1
        base += len(line)
    return findings


def synthetic(checker: object, count: int, seed: int = 7) -> dict[str, float]:
    """Catch rate and first-suggestion accuracy on random one-edit slips of common words."""
    import random

    from humas_desktop.checks.spelling import Status

    speller = checker.speller  # type: ignore[attr-defined]
    nonstandard = checker.rules.nonstandard_words()  # type: ignore[attr-defined]
    freq = speller.lexicon.frequency
    words = sorted(
        w for w, z in freq.items()
        if 4.0 <= z <= 6.5 and len(w) >= 6 and w not in speller.lexicon.accepted
    )
    rng = random.Random(seed)
    letters = "abcdefghijklmnoprstuwy"
    made = caught = right = 0
    for word in rng.sample(words, min(count, len(words))):
        i = rng.randrange(len(word) - 1)
        kind = rng.choice("disw")
        slip = {
            "d": word[:i] + word[i + 1 :],
            "i": word[:i] + rng.choice(letters) + word[i:],
            "s": word[:i] + rng.choice(letters) + word[i + 1 :],
            "w": word[:i] + word[i + 1] + word[i] + word[i + 2 :],
        }[kind]
        if slip == word or slip in freq or slip in nonstandard:
            continue  # the slip is itself a word: not a spelling test
        made += 1
        status = speller.status(slip)
        # a lower-case unknown word is reported as a typo only when the slip is clear
        if status is Status.NAME or (
            status is Status.UNKNOWN and speller.confident_slip(slip)
        ):
            caught += 1
            suggestions = speller.suggest(slip)
            right += bool(suggestions) and suggestions[0] == word
    print(f"\n== Synthetic one-edit slips of common words (seed {seed}) ==")
    print(f"slips {made}, caught {caught / made:.1%}, right first suggestion {right / caught:.1%}")
    return {"caught": caught / made, "first_suggestion": right / caught}


def run(corpus: Path, baseline: str | None, show: bool, synthetic_count: int = 0
        ) -> dict[str, dict[str, float]]:
    from humas_desktop.checks.engine import Checker

    docs, gold, accept = load_corpus(corpus)
    started = time.perf_counter()
    checker = Checker()
    loaded = time.perf_counter()
    ours: dict[str, list[Finding]] = {
        name: checker.check(text, lang="id") for name, text in docs.items()
    }
    done = time.perf_counter()
    print(f"corpus {corpus}")
    print(f"checker load {1000 * (loaded - started):.0f} ms, check {1000 * (done - loaded):.0f} ms")
    results = {"humas-desktop": score("Humas Desktop checker", docs, gold, accept, ours, show)}
    if synthetic_count:
        results["synthetic"] = synthetic(checker, synthetic_count)
    if baseline == "hunspell":
        theirs = {name: hunspell_findings(text) for name, text in docs.items()}
        results["hunspell"] = score(
            "Baseline: hunspell -d id_ID", docs, gold, accept, theirs, show
        )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--baseline", choices=["hunspell"])
    parser.add_argument("--show", action="store_true", help="list misses and false alarms")
    parser.add_argument("--synthetic", type=int, default=0, metavar="N",
                        help="also score N random one-edit slips of common words")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    if not (args.corpus / "gold.jsonl").exists() and not list(args.corpus.glob("*.txt")):
        print(f"no corpus at {args.corpus} (DOC.txt files, gold.jsonl): nothing measured")
        return 0 if args.corpus == DEFAULT_CORPUS else 2
    results = run(args.corpus, args.baseline, args.show, args.synthetic)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
