"""Spelling layer: Hunspell id_ID plus the lexicon, morphology, glossary and user words."""

from humas_desktop.checks.spelling.lexicon import Lexicon
from humas_desktop.checks.spelling.speller import Speller, Status

__all__ = ["Lexicon", "Speller", "Status"]
