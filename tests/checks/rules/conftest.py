"""Fixtures for the rule-pack tests: the real rule packs and the real spelling stack."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from humas_desktop.checks.context import CheckContext
from humas_desktop.checks.engine import default_checker
from humas_desktop.checks.finding import Finding
from humas_desktop.checks.rules import RuleSet, load_rules
from humas_desktop.checks.tokens import tokenize

Run = Callable[..., list[Finding]]


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    return load_rules()


@pytest.fixture(scope="session")
def ctx() -> CheckContext:
    return default_checker().context(year=2023, lang="id")


@pytest.fixture(scope="session")
def run(rules: RuleSet, ctx: CheckContext) -> Run:
    """Findings of the rule packs alone for `text`, optionally only those of rule `rule`."""

    def _run(text: str, rule: str | None = None) -> list[Finding]:
        found = rules.check(tokenize(text), ctx)
        return [f for f in found if rule is None or f.rule == rule]

    return _run


def apply(text: str, finding: Finding) -> str:
    """`text` with the finding's first suggestion put in place."""
    return text[: finding.start] + finding.suggestions[0] + text[finding.end :]


def fixed(run: Run, text: str, rule: str) -> list[str]:
    """Every text that results from applying one finding of `rule`."""
    return [apply(text, f) for f in run(text, rule) if f.suggestions]
