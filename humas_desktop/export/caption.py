"""Social-media caption from headline and lead, within each platform's length limit.

Instagram and Facebook take up to 2,200 characters here (Instagram's limit; Facebook shows
no more before "See more" anyway), X takes 280. Hashtags come from the release's tags; when
text must be cut, the lead is shortened at a word boundary first, then hashtags are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from humas_desktop.export.cleaning import clean_object
from humas_desktop.export.errors import ExportError
from humas_desktop.export.output import ExportResult
from humas_desktop.export.text import write_text
from humas_desktop.i18n import tr
from humas_desktop.model.release import Release

ELLIPSIS = "\u2026"
# `BENTENG – `, `SUKABUMI, bipol.co – `: a dateline means nothing in a social post.
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{1,40}(?:,[^–—-]{1,40})?\s*[–—-]\s+")


class Platform(StrEnum):
    INSTAGRAM = "instagram"
    FACEBOOK = "facebook"
    X = "x"


@dataclass(frozen=True)
class PlatformRule:
    limit: int
    max_hashtags: int


RULES = {
    Platform.INSTAGRAM: PlatformRule(2200, 30),
    Platform.FACEBOOK: PlatformRule(2200, 10),
    Platform.X: PlatformRule(280, 3),
}


def parse_platform(value: str) -> Platform:
    try:
        return Platform(value.lower())
    except ValueError:
        raise ExportError(tr("export.unknown_platform", value=value,
                             allowed=", ".join(p.value for p in Platform))) from None


def hashtag(tag: str) -> str:
    """`Kepulauan Selayar` → `#KepulauanSelayar`; `hari-jadi ke-418` → `#HariJadiKe418`."""
    words = re.findall(r"[^\W_]+", unicodedata.normalize("NFC", tag))
    if not words:
        return ""
    if len(words) == 1 and not words[0].islower():
        return "#" + words[0]  # keep the writer's own casing: #PemkabSelayar, #SulSel
    return "#" + "".join(w[:1].upper() + w[1:] for w in words)


def hashtags(tags: tuple[str, ...]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for tag in tags:
        tag_text = hashtag(tag)
        if tag_text and tag_text.lower() not in seen:
            seen.add(tag_text.lower())
            out.append(tag_text)
    return out


def _lead(release: Release) -> str:
    for block in release.body:
        if block.text.strip():
            return _DATELINE.sub("", " ".join(block.text.split()), count=1)
    return ""


def _shorten(text: str, room: int) -> str:
    """`text` cut at a word boundary to at most `room` characters, ending in an ellipsis."""
    if len(text) <= room:
        return text
    if room <= 1:
        return ""
    cut = text[: room - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + ELLIPSIS


def _assemble(title: str, lead: str, tags: list[str]) -> str:
    parts = [p for p in (title, lead, " ".join(tags)) if p]
    return "\n\n".join(parts)


def social_caption(release: Release, platform: Platform | str = Platform.INSTAGRAM,
                   warnings: list[str] | None = None) -> str:
    """The caption for `platform`, never longer than its limit."""
    platform = parse_platform(platform) if isinstance(platform, str) else platform
    rule = RULES[platform]
    title = " ".join(release.title.split())
    lead = _lead(release)
    tags = hashtags(release.tags)[: rule.max_hashtags]
    text = _assemble(title, lead, tags)
    if len(text) <= rule.limit:
        return text
    if warnings is not None:
        warnings.append(tr("export.caption_trimmed", platform=platform.value, limit=rule.limit))
    while True:
        fixed = len(_assemble(title, "", tags)) + (2 if lead else 0)
        room = rule.limit - fixed
        if room >= 40 or not tags:  # keep a readable piece of the lead before dropping tags
            break
        tags = tags[:-1]
    if room >= 2:
        return _assemble(title, _shorten(lead, room), tags)
    return _shorten(_assemble(title, "", tags), rule.limit)


def export_caption(release: Release, out: Path, platform: Platform | str = Platform.INSTAGRAM,
                   *, force: bool = False) -> ExportResult:
    warnings: list[str] = []
    release = clean_object(release, tr("export.where_release"), warnings)
    write_text(social_caption(release, platform, warnings) + "\n", out, force=force)
    return ExportResult(out, tuple(warnings))
