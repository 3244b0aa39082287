"""Optional LanguageTool backend for English passages (LanguageTool has no Indonesian).

Used only when the office configures a LanguageTool server URL (settings; later the province
server offers one). Nothing here touches the network until a paragraph that looks English is
checked; an unreachable server becomes a one-line notice and the other checks still run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from humas_desktop.checks.finding import Finding
from humas_desktop.errors import HumasError
from humas_desktop.i18n import tr

if TYPE_CHECKING:
    from humas_desktop.checks.tokens import Document

# English words that never occur in Indonesian running text: the signal of an English passage.
ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the", "and", "of", "to", "is", "are", "was", "were", "be", "been", "for", "with",
        "that", "this", "these", "those", "from", "by", "on", "at", "as", "it", "its", "an",
        "or", "not", "but", "which", "who", "whom", "will", "would", "can", "could",
        "should", "has", "have", "had", "do", "does", "did", "our", "their", "his", "her",
        "they", "we", "you", "i", "he", "she", "there", "here", "what", "when", "where",
        "why", "how", "into", "than", "also", "about", "more", "most", "all", "any", "each",
        "other", "such", "only"
    ]
)
# LanguageTool rule categories → our finding categories and severities.
_CATEGORY = {
    "TYPOS": ("typo", "error"),
    "PUNCTUATION": ("punct", "warning"),
    "TYPOGRAPHY": ("punct", "warning"),
    "CASING": ("capital", "warning"),
    "GRAMMAR": ("style", "warning"),
    "CONFUSED_WORDS": ("style", "warning"),
    "COLLOCATIONS": ("style", "warning"),
    "REDUNDANCY": ("style", "info"),
    "STYLE": ("style", "info"),
    "PLAIN_ENGLISH": ("readability", "info"),
}
REQUEST_TIMEOUT = 15  # seconds; the library's default (300 s) would freeze an office PC


class LanguageToolUnavailable(HumasError):
    """The configured LanguageTool server could not be reached or answered nonsense."""


def looks_english(doc: Document) -> bool:
    """At least four words and a third of them English function words."""
    words = [w.text.lower() for w in doc.words]
    if len(words) < 4:
        return False
    hits = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS)
    return hits >= 2 and hits * 3 >= len(words)


class LanguageToolBackend:
    """Checks English paragraphs on a LanguageTool server through language-tool-python."""

    def __init__(self, server_url: str, language: str = "en-US") -> None:
        if not server_url.strip():
            raise ValueError("a LanguageTool server URL is required")
        self.server_url = server_url.strip()
        self.language = language
        self._tool: Any = None

    def _connect(self, lang: str | None) -> Any:
        if self._tool is None:
            import language_tool_python

            try:
                tool = language_tool_python.LanguageTool(
                    self.language, remote_server=self.server_url
                )
            except Exception as exc:  # the library raises several kinds; all mean "not there"
                raise LanguageToolUnavailable(
                    tr("check.languagetool.unreachable", lang=lang, url=self.server_url)
                ) from exc
            tool._TIMEOUT = REQUEST_TIMEOUT  # type: ignore[assignment]
            self._tool = tool
        return self._tool

    def check(self, text: str, lang: str | None = None) -> list[Finding]:
        """Findings for `text` (offsets are indices into `text`)."""
        tool = self._connect(lang)
        try:
            matches = tool.check(text)
        except Exception as exc:
            raise LanguageToolUnavailable(
                tr("check.languagetool.unreachable", lang=lang, url=self.server_url)
            ) from exc
        findings = []
        for match in matches:
            start = int(match.offset)
            end = min(len(text), start + int(match.error_length))
            if not 0 <= start < end:
                continue
            category, severity = _CATEGORY.get(str(match.category), ("style", "info"))
            if str(match.rule_issue_type) == "misspelling":
                category, severity = "typo", "error"
            findings.append(
                Finding(
                    start,
                    end,
                    category,
                    f"languagetool.{match.rule_id}",
                    tr("check.languagetool.message", lang=lang, message=match.message),
                    tuple(str(r) for r in match.replacements[:5]),
                    severity,
                )
            )
        return findings

    def close(self) -> None:
        if self._tool is not None:
            self._tool.close()
            self._tool = None
