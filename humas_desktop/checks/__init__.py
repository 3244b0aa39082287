"""Spelling and style checking of Indonesian government writing (no Qt here).

Layers: tokens (segmentation with offsets) → spelling (Hunspell id_ID + lexicon + morphology +
glossary + user words) → style rule packs (checks/rules/, data in resources/rules/) → engine
(loads everything once, checks per paragraph with a cache). See docs/checker.md.
"""
