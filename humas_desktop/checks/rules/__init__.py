"""Style rule packs: data in resources/rules/*.toml, named checks in the modules beside this one.

`load_rules(disabled)` reads and validates every pack and returns a RuleSet; `RuleSet.check(doc,
ctx)` gives the findings, `RuleSet.rules` lists every rule (for the UI's on/off switches) and
`RuleSet.nonstandard_words()` tells the spelling layer which words the rules report themselves.
"""

from humas_desktop.checks.rules.loader import Rule, RulePackError, RuleSet, load_rules

__all__ = ["Rule", "RulePackError", "RuleSet", "load_rules"]
