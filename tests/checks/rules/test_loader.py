"""Every rule of every pack: well formed, and its own examples behave (wrong → right)."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.checks.finding import CATEGORIES, HARD_CATEGORIES
from humas_desktop.checks.rules import RulePackError, load_rules
from humas_desktop.checks.rules.loader import pack_paths, read_pack
from humas_desktop.checks.tokens import tokenize

from .conftest import Run, apply

ALL_RULES = [rule for path in pack_paths() for rule in read_pack(path)[0]]
EXAMPLES = [
    pytest.param(rule, example, id=f"{rule.id}:{n}")
    for rule in ALL_RULES
    for n, example in enumerate(rule.examples)
]
ACCEPTED = [
    pytest.param(rule, text, id=f"{rule.id}:ok{n}")
    for rule in ALL_RULES
    for n, text in enumerate(rule.accept)
]


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_wrong_example_is_found_and_fixed(run: Run, rule, example) -> None:
    found = run(example.wrong, rule.id)
    assert found, f"{rule.id} misses its example {example.wrong!r}"
    with_suggestion = [f for f in found if f.suggestions]
    if with_suggestion:
        results = [apply(example.wrong, f) for f in with_suggestion]
        assert example.right in results, f"{rule.id}: {results} != {example.right!r}"
    assert all(f.category == rule.category and f.severity == rule.severity for f in found)


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_right_example_is_left_alone(run: Run, rule, example) -> None:
    assert run(example.right, rule.id) == []


@pytest.mark.parametrize(("rule", "text"), ACCEPTED)
def test_accepted_text_is_left_alone(run: Run, rule, text) -> None:
    assert run(text, rule.id) == []


def test_packs_cover_the_required_ground(rules) -> None:
    assert len(rules.rules) >= 22
    categories = {r.category for r in rules.rules}
    assert HARD_CATEGORIES - {"typo"} <= categories
    assert categories <= set(CATEGORIES)
    assert all(r.reference and r.message_id and r.message_en for r in rules.rules)
    assert len({r.id for r in rules.rules}) == len(rules.rules)


def test_kata_baku_has_at_least_300_pairs() -> None:
    _, data = read_pack(next(p for p in pack_paths() if p.stem == "kata_baku"))
    pairs = {**data["stems"], **data["words"]}
    assert len(pairs) >= 300
    assert all(wrong.lower() != right.lower() for wrong, right in pairs.items())


def test_foreign_has_at_least_80_terms() -> None:
    _, data = read_pack(next(p for p in pack_paths() if p.stem == "foreign"))
    assert len(data["terms"]) >= 80


def test_disabled_rule_is_listed_but_silent(ctx) -> None:
    text = "Dinas merubah jadwal."
    on = load_rules()
    off = load_rules(disabled=frozenset({"baku.kata"}))
    assert [f.rule for f in on.check(tokenize(text), ctx)] == ["baku.kata"]
    assert off.check(tokenize(text), ctx) == []
    assert "baku.kata" in {r.id for r in off.rules}
    assert not off.is_enabled("baku.kata") and on.is_enabled("baku.kata")
    assert "merubah" in on.nonstandard_words()
    assert "merubah" not in off.nonstandard_words()


def test_messages_in_both_languages(rules, ctx) -> None:
    from dataclasses import replace

    doc = tokenize("Dinas merubah jadwal.")
    (indonesian,) = rules.check(doc, ctx)
    (english,) = rules.check(doc, replace(ctx, lang="en"))
    assert indonesian.message == "Bentuk tidak baku: tulis mengubah."
    assert english.message == "Non-standard form: write mengubah."


def test_nonstandard_words_are_lower_case_single_words(rules) -> None:
    words = rules.nonstandard_words()
    assert {"aktifitas", "himbauan", "menghimbau", "dirubah", "tanggungjawab", "workshop"} <= words
    assert "perubahan" not in words and "mengubah" not in words
    assert all(w == w.lower() and " " not in w for w in words)


def _write_pack(folder: Path, body: str) -> None:
    (folder / "bad.toml").write_text(body, encoding="utf-8")


GOOD_RULE = """
[[rules]]
id = "uji.contoh"
category = "punct"
severity = "error"
pattern = 'xx'
replace = 'x'
reference = "EYD V"
message.id = "pesan"
message.en = "message"
examples = [{ wrong = "axx", right = "ax" }]
"""


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (('category = "punct"', 'category = "grammar"'), "unknown category"),
        (('severity = "error"', 'severity = "fatal"'), "unknown severity"),
        (('examples = [{ wrong = "axx", right = "ax" }]', "examples = []"), "example"),
        (("pattern = 'xx'", "pattern = '(x'"), "bad pattern"),
        (("pattern = 'xx'", 'check = "no.such"'), "unknown named check"),
        (('message.en = "message"', ""), "'en'"),
        (('id = "uji.contoh"', 'id = "Uji Contoh"'), "id must look like"),
    ],
)
def test_bad_pack_fails_loudly(tmp_path: Path, change, complaint) -> None:
    _write_pack(tmp_path, GOOD_RULE.replace(*change))
    with pytest.raises(RulePackError, match=complaint):
        load_rules(folder=tmp_path)


def test_good_custom_pack_loads(tmp_path: Path, ctx) -> None:
    _write_pack(tmp_path, GOOD_RULE)
    (finding,) = load_rules(folder=tmp_path).check(tokenize("axx"), ctx)
    assert (finding.start, finding.end, finding.suggestions) == (1, 3, ("x",))


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    _write_pack(tmp_path, GOOD_RULE + GOOD_RULE)
    with pytest.raises(RulePackError, match="used twice"):
        load_rules(folder=tmp_path)


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    _write_pack(tmp_path, "[[rules]\nid=")
    with pytest.raises(RulePackError, match=r"bad\.toml"):
        load_rules(folder=tmp_path)


def test_rules_describe_themselves_for_the_settings_list(rules) -> None:
    rule = rules.rule("baku.kata")
    assert rule.description("id") == "Bentuk tidak baku: tulis …."
    assert rule.description("en") == "Non-standard form: write …."
    assert all("{" not in r.description(lang) for r in rules.rules for lang in ("id", "en"))


def test_safe_fixes_are_marked_and_have_suggestions(rules) -> None:
    safe = [r for r in rules.rules if r.safe_fix]
    assert {"spasi.ganda", "baku.kata", "angka.rupiah"} <= {r.id for r in safe}
    assert all(r.gives_suggestions and r.category != "foreign" for r in safe)
    assert not rules.rule("kapital.jabatan-sendiri").safe_fix
