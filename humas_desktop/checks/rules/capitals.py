"""Capital letters: sentence starts, day and month names, positions (jabatan) with and without
a name.

A position is capitalised when it names the holder (Bupati Ahmad, Gubernur Jawa Barat) and in
lower case when it is only a common noun (kata bupati). Headlines are title case by habit, so
lines that look like headlines are left alone, as are lines that start list items.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from humas_desktop.checks.context import CheckContext
from humas_desktop.checks.rules.registry import Family, Hit, family
from humas_desktop.checks.tokens import Document, Kind, Token
from humas_desktop.resources import resource_path

_LIST_MARKERS = frozenset("-•*–·▪►")
_QUOTE_CLOSERS = frozenset("\"”’'")


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key, []))


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _norm(word: str) -> str:
    """A word of an official name as compared: lower case, apostrophes dropped (Qur’an)."""
    return word.lower().replace("’", "").replace("'", "")


def _name_key(name: str) -> tuple[str, ...]:
    return tuple(_norm(w) for w in name.replace(",", " ").split())


def looks_like_headline(doc: Document, paragraph: int) -> bool:
    """Title-case lines without a final full stop: headlines and subheadlines."""
    span = doc.paragraphs[paragraph]
    tokens = doc.tokens[span.first_token : span.end_token]
    words = [t for t in tokens if t.kind is Kind.WORD and len(t.text) > 3]
    if not words or tokens[-1].text in (".", "!", "?"):
        return False
    capitalised = sum(1 for t in words if t.text[:1].isupper())
    return capitalised >= 0.6 * len(words)


def is_list_item(doc: Document, paragraph: int) -> bool:
    span = doc.paragraphs[paragraph]
    first = doc.tokens[span.first_token]
    if first.text in _LIST_MARKERS:
        return True
    if first.kind is Kind.NUMBER or (len(first.text) == 1 and first.text.isalpha()):
        nxt = doc.next(span.first_token)
        return nxt is not None and nxt.text in (".", ")")
    return False


@family
class Capitals(Family):
    produces = (
        "capitals.sentence_start",
        "capitals.day_month",
        "capitals.title_alone",
        "capitals.title_name",
        "capitals.function_word",
        "capitals.unit",
        "capitals.ethnic",
        "capitals.place",
        "capitals.official_name",
        "capitals.address",
    )

    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__(data)
        self.days = {d.lower(): d for d in data.get("days", [])}
        self.months = {m.lower(): m for m in data.get("months", [])}
        self.holidays = {h.lower(): h for h in data.get("holidays", [])}
        self.office_titles = _words(data, "office_titles")
        # names of peoples and languages after suku/bahasa/masyarakat… (suku dayak → Dayak)
        self.peoples = {p.lower(): p for p in data.get("peoples", [])}
        self.people_heads = _words(data, "people_heads")
        self.titles = _words(data, "titles")
        # institutions written in capitals before their region (pemprov Sulbar → Pemprov)
        self.institutions = _words(data, "institutions")
        # words before `kecamatan Karimun` that make it a common noun (empat kecamatan …)
        self.quantifiers = _words(data, "quantifiers")
        self.units = _words(data, "units")
        # national offices usually capitalised when they mean the one holder (Presiden)
        self.titles_alone = self.titles - _words(data, "titles_capitalised_alone")
        self.honorifics = _words(data, "honorifics")
        self.ambiguous_days = _words(data, "ambiguous_days")
        self.function_words = _words(data, "function_words")
        self.honorific_heads = _words(data, "function_word_exceptions")
        # `Menurut Bupati, …`: sentence openers after which a position may still stand alone
        self.alone_openers = _words(data, "title_alone_openers")
        # abbreviations that open a person's name (Drs. H. Ujang)
        self.name_prefixes = _words(data, "name_prefixes")
        # `pemerintah Kabupaten Sigi`: heads of an official name before a region word
        self.institution_heads = _words(data, "institution_heads")
        self.region_words = _words(data, "region_words")
        # place names of one word (wilayah.txt) and the nouns that put one after them
        self.place_heads = _words(data, "place_heads")
        self.place_exceptions = _words(data, "place_exceptions")
        # `jalan provinsi Klamono–Sayosa`: a region word after these is a class, not a name
        self.class_heads = _words(data, "class_heads")
        # official names of institutions (singkatan.tsv expansions under these heads, and
        # lembaga.txt) and positions of more than one word, matched as whole phrases
        self.national_markers = _words(data, "national_markers")
        self.name_function_words = self.function_words | _words(data, "name_function_words")
        self.official_names: dict[tuple[str, ...], bool] = {}  # key → is a position
        self._load_official_names(data)
        self.name_starts = {key[0] for key in self.official_names}
        self.longest_name = max((len(k) for k in self.official_names), default=0)
        # `bapak dan ibu` addressed in a quotation or before `sekalian`: Bapak dan Ibu
        self.address_words = _words(data, "address_words")
        self.address_followers = _words(data, "address_followers")
        self.address_verbs = _words(data, "address_verbs")
        self.places: dict[str, str] = {}
        with resource_path("lexicon", "wilayah.txt").open(encoding="utf-8") as fh:
            for line in fh:
                name = line.strip()
                if name and not name.startswith("#") and " " not in name and name.isalpha():
                    self.places.setdefault(name.lower(), name)
        for lower in self.place_exceptions:
            self.places.pop(lower, None)

    def _load_official_names(self, data: Mapping[str, Any]) -> None:
        heads = _words(data, "official_name_heads")
        generic = {_name_key(n) for n in data.get("generic_official_names", [])}
        names: list[str] = []
        with resource_path("lexicon", "singkatan.tsv").open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or "\t" not in line:
                    continue
                for name in line.split("\t", 1)[1].split(" / "):
                    name = name.strip()
                    if name.split(" ", 1)[0].lower() in heads:
                        names.append(name)
        with resource_path("lexicon", "lembaga.txt").open(encoding="utf-8") as fh:
            names.extend(line.strip() for line in fh if line.strip() and line[0] != "#")
        for name in names:
            if any(ch in name for ch in "/()"):
                continue
            key = _name_key(name)
            if len(key) >= 2 and key not in generic:
                self.official_names[key] = False
        for phrase in data.get("position_phrases", []):
            self.official_names[_name_key(phrase)] = True

    def run(self, doc: Document, ctx: CheckContext, wanted: frozenset[str]) -> Iterator[Hit]:
        if "capitals.sentence_start" in wanted:
            yield from self._sentence_starts(doc)
        tokens = doc.tokens
        covered: set[int] = set()
        if "capitals.official_name" in wanted or "capitals.title_name" in wanted:
            for hit in self._official_names(doc, covered):
                if hit.check in wanted:
                    yield hit
        if "capitals.address" in wanted:
            yield from self._address_forms(doc)
        headline_cache: dict[int, bool] = {}
        for index in doc.word_indices:
            token = tokens[index]
            lower = token.text.lower()
            if index in covered and lower not in self.function_words:
                continue  # part of an official name or position matched as a whole
            if lower in self.units and not token.text.islower() and "capitals.unit" in wanted:
                prev = doc.previous(index)
                if (
                    prev is not None
                    and prev.kind is Kind.NUMBER
                    and (doc.text[prev.end : token.start] == " ")
                ):
                    yield Hit("capitals.unit", token.start, token.end, (lower,))
                continue
            if (
                "capitals.ethnic" in wanted
                and lower in self.peoples
                and token.text.islower()
                and self._after_people_head(doc, index)
            ):
                yield Hit("capitals.ethnic", token.start, token.end, (self.peoples[lower],))
                continue
            if (
                "capitals.place" in wanted
                and lower in self.places
                and token.text.islower()
                and self._lower_place(doc, index, ctx)
            ):
                yield Hit("capitals.place", token.start, token.end, (self.places[lower],))
                continue
            if "capitals.day_month" in wanted and token.text.islower():
                name = self.days.get(lower) or self.months.get(lower) or self.holidays.get(lower)
                if name and (lower not in self.ambiguous_days or self._dated(doc, index)):
                    yield Hit("capitals.day_month", token.start, token.end, (name,))
                    continue
            if lower in self.function_words and "capitals.function_word" in wanted:
                if self._needless_capital(doc, index):
                    yield Hit("capitals.function_word", token.start, token.end, (lower,))
                continue
            if (
                lower in self.institution_heads
                and token.text.islower()
                and "capitals.title_name" in wanted
                and self._head_of_official_name(doc, index)
            ):
                yield Hit("capitals.title_name", token.start, token.end, (_capitalise(lower),))
                continue
            if lower in self.institutions and token.text.islower():
                prev = doc.previous(index)
                counted = prev is not None and (
                    prev.kind is Kind.NUMBER
                    or prev.text.lower() in self.quantifiers
                    or prev.text.lower() in self.class_heads
                )
                if (
                    not counted
                    and "capitals.title_name" in wanted
                    and self._before_name(doc, index)
                ):
                    yield Hit(
                        "capitals.title_name", token.start, token.end, (_capitalise(token.text),)
                    )
                continue
            if (
                lower in self.office_titles
                and token.text.islower()
                and "capitals.title_name" in wanted
                and self._office_then_name(doc, index)
            ):
                # ketua TP PKK TTS, Yuliana Nomleni → Ketua: a position of a named office
                # followed by the holder's name
                yield Hit("capitals.title_name", token.start, token.end, (_capitalise(lower),))
                continue
            if lower not in self.titles:
                continue
            if token.paragraph not in headline_cache:
                headline_cache[token.paragraph] = looks_like_headline(doc, token.paragraph)
            if headline_cache[token.paragraph]:
                continue
            capital = token.text[:1].isupper()
            if (
                capital
                and lower in self.titles_alone
                and "capitals.title_alone" in wanted
                and self._alone(doc, index)
            ):
                yield Hit("capitals.title_alone", token.start, token.end, (lower,))
            elif (
                token.text.islower()
                and "capitals.title_name" in wanted
                and self._before_name(doc, index)
            ):
                # wakil bupati Ahmad → Wakil Bupati Ahmad: the whole position is capitalised
                prev = doc.previous(index)
                start, fixed = token.start, _capitalise(token.text)
                if (
                    prev is not None
                    and prev.text in self.honorifics
                    and doc.text[prev.end : token.start] == " "
                ):
                    start, fixed = prev.start, _capitalise(prev.text) + " " + fixed
                yield Hit("capitals.title_name", start, token.end, (fixed,))

    def _sentence_starts(self, doc: Document) -> Iterator[Hit]:
        tokens = doc.tokens
        for s_index, sentence in enumerate(doc.sentences):
            first = None
            for i in range(sentence.first_token, sentence.end_token):
                if tokens[i].kind is not Kind.PUNCT:
                    first = i
                    break
            if first is None:
                continue
            token = tokens[first]
            if token.kind is not Kind.WORD or not token.text[:1].islower():
                continue
            if any(c.isupper() for c in token.text[1:]) or token.text.startswith("e-"):
                continue  # iPhone, eKTP, e-KTP
            before = doc.previous(first)
            if before is not None and before.text == "(":
                continue  # credits and initials in brackets: (and), (yans/her)
            if is_list_item(doc, token.paragraph):
                continue
            if any(tokens[i].text in ",;:" for i in range(sentence.first_token, first)):
                continue  # `SIP., bersama`: an abbreviation's full stop ended no sentence
            if any(
                tokens[i].text in _QUOTE_CLOSERS or tokens[i].text in '“"'
                for i in range(sentence.first_token, first)
            ):
                continue  # quotation starts are the quotes pack's business
            if s_index > 0 and doc.sentences[s_index - 1].end_token - 1 >= 0:
                prev_span = doc.sentences[s_index - 1]
                if tokens[prev_span.first_token].paragraph == token.paragraph:
                    last = tokens[prev_span.end_token - 1]
                    if (
                        last.text in _QUOTE_CLOSERS
                        or last.text in ("…",)
                        or doc.text[max(0, last.start - 2) : last.end] == "..."
                    ):
                        continue  # "…?” tanya dia" and trailing ellipses
            yield Hit("capitals.sentence_start", token.start, token.end, (_capitalise(token.text),))

    def _needless_capital(self, doc: Document, index: int) -> bool:
        """`Dinas Komunikasi Dan Informatika`: a function word capitalised inside a sentence,
        names and headlines included (EYD V keeps di, ke, dari, dan, yang, untuk… lower case)."""
        token = doc.tokens[index]
        if not (token.text[:1].isupper() and token.text[1:].islower()):
            return False
        if doc.is_sentence_start(index):
            return False
        prev = doc.previous(index)
        if prev is None or prev.text in ("“", '"', "'", "‘", ":", "(", "[", "-", "–", "—", "|"):
            return False
        nxt = doc.next(index)
        if nxt is not None and nxt.text.lower() in self.honorific_heads:
            return False  # Yang Mulia, Yang Terhormat, Yang Maha Esa
        span = doc.paragraphs[token.paragraph]
        letters = doc.text[span.start : span.end]
        return not letters.isupper()

    def _dated(self, doc: Document, index: int) -> bool:
        """`minggu` is a day only next to a date: Minggu (3/12), Minggu, 3 Desember."""
        nxt = doc.next(index)
        if nxt is None:
            return False
        if nxt.text == "(":
            after = doc.next(index + 1)
            return after is not None and after.kind is Kind.NUMBER
        if nxt.text == ",":
            after = doc.next(index + 1)
            return after is not None and after.kind is Kind.NUMBER
        return False

    def _alone(self, doc: Document, index: int) -> bool:
        """`kata Bupati,`: a capitalised position with no name or region after it."""
        if doc.is_sentence_start(index):
            return False
        prev = doc.previous(index)
        if prev is None or prev.kind is not Kind.WORD:
            return False
        if prev.text.lower() in self.honorifics:
            return False  # Pj Gubernur, Bapak Bupati
        if prev.text[:1].isupper() and not (
            prev.text.lower() in self.alone_openers and doc.is_sentence_start(index - 1)
        ):
            return False  # Kantor Gubernur; but `Menurut Bupati, …` is the common noun
        nxt = doc.next(index)
        if nxt is None:
            return True
        if nxt.kind is Kind.WORD:
            # se-Kecamatan Kota Raja: a region joined by se- is a region all the same
            return (
                nxt.text[:1].islower()
                and not any(ch.isupper() for ch in nxt.text)
                and nxt.text.lower() not in self.titles
            )
        return nxt.text in (",", ".", ";", ":", ")", "!", "?")

    def _after_people_head(self, doc: Document, index: int) -> bool:
        prev = doc.previous(index)
        return (
            prev is not None
            and prev.kind is Kind.WORD
            and prev.text.lower() in self.people_heads
            and doc.text[prev.end : doc.tokens[index].start] == " "
        )

    def _office_then_name(self, doc: Document, index: int) -> bool:
        """`ketua TP PKK TTS, Yuliana Nomleni`: capitalised office words, a comma, then a name
        of at least two capitalised words."""
        tokens = doc.tokens
        j = index + 1
        run = 0
        while j < len(tokens) and tokens[j].kind is not Kind.PUNCT and tokens[j].text[:1].isupper():
            if tokens[j].text.lower() in self.function_words or self._name_starts(doc, j):
                break
            run += 1
            j += 1
        if run and self._name_starts(doc, j):
            return True  # sekretaris Daerah Kabupaten Pandeglang Drs. H. Ujang
        if run == 0 or j + 2 >= len(tokens) or tokens[j].text != ",":
            return False
        if self._name_starts(doc, j + 1):
            return True
        first, second = tokens[j + 1], tokens[j + 2]
        return all(
            t.kind is Kind.WORD and t.text[:1].isupper() and not t.text.isupper()
            for t in (first, second)
        )

    def _before_name(self, doc: Document, index: int) -> bool:
        """`bupati Ahmad`: a lower-case position right before a capitalised name."""
        nxt: Token | None = doc.next(index)
        if nxt is None or nxt.kind is not Kind.WORD or not nxt.text[:1].isupper():
            return False
        if doc.text[doc.tokens[index].end : nxt.start] != " ":
            return False
        lower = nxt.text.lower()
        if lower in self.days or lower in self.months or lower in self.titles:
            return False
        prev = doc.previous(index)
        return not (prev is not None and prev.text.lower() == "para")

    def _name_starts(self, doc: Document, index: int) -> bool:
        """A title or an initial with its full stop opens a person's name (Drs. H. Ujang)."""
        tokens = doc.tokens
        if index + 2 >= len(tokens):
            return False
        token, stop, after = tokens[index], tokens[index + 1], tokens[index + 2]
        short = token.text.lower() in self.name_prefixes or (
            len(token.text) == 1 and token.text.isupper()
        )
        return (
            token.kind is Kind.WORD
            and short
            and stop.text == "."
            and stop.start == token.end
            and after.kind is Kind.WORD
            and after.text[:1].isupper()
        )

    def _head_of_official_name(self, doc: Document, index: int) -> bool:
        """`pemerintah Kabupaten Sigi`: a lower-case head before a capitalised region word and
        its capitalised name is the start of the official name (Pemerintah Kabupaten Sigi);
        `pemerintah daerah` alone stays a common noun."""
        tokens = doc.tokens
        if index + 2 >= len(tokens):
            return False
        region, name = tokens[index + 1], tokens[index + 2]
        return (
            region.kind is Kind.WORD
            and region.text[:1].isupper()
            and region.text.lower() in self.region_words
            and doc.text[tokens[index].end : region.start] == " "
            and name.kind is Kind.WORD
            and name.text[:1].isupper()
            and doc.text[region.end : name.start] == " "
        )

    def _lower_place(self, doc: Document, index: int, ctx: CheckContext) -> bool:
        """A place name of the lexicon written in lower case: when the lower-case form is no
        dictionary word (papua, pandeglang), or after a noun of place (kota padang)."""
        token = doc.tokens[index]
        text = doc.text
        if token.start > 0 and text[token.start - 1] in "/@#._\\-":
            return False  # handles, paths and addresses (humas_papua, /papua)
        if token.end < len(text) and text[token.end] in "/@._\\-" and (
            token.end + 1 < len(text) and text[token.end + 1].isalnum()
        ):
            return False
        prev = doc.previous(index)
        if (
            prev is not None
            and prev.kind is Kind.WORD
            and prev.text.lower() in self.place_heads
            and text[prev.end : token.start] == " "
        ):
            return True
        return not ctx.in_dictionary(token.text) and not ctx.in_glossary(token.text)

    def _name_words(self, doc: Document, index: int) -> list[int]:
        """Word tokens from `index` on that may belong to one name: joined by single spaces or
        a comma (Badan Meteorologi, Klimatologi, dan Geofisika), within the paragraph."""
        tokens = doc.tokens
        found = [index]
        j = index
        while len(found) < self.longest_name:
            k = j + 1
            if k < len(tokens) and tokens[k].text == ",":
                k += 1
            if k >= len(tokens) or tokens[k].kind is not Kind.WORD:
                break
            gap = doc.text[tokens[j].end : tokens[k].start]
            if gap not in (" ", ", "):
                break
            found.append(k)
            j = k
        return found

    def _match_name(self, doc: Document, index: int) -> tuple[list[int], bool] | None:
        """The longest official name or position starting at `index`: its word tokens and
        whether it is a position."""
        if _norm(doc.tokens[index].text) not in self.name_starts:
            return None
        words = self._name_words(doc, index)
        keys = [_norm(doc.tokens[i].text) for i in words]
        for n in range(len(words), 1, -1):
            position = self.official_names.get(tuple(keys[:n]))
            if position is not None:
                return words[:n], position
        return None

    def _named_after(self, doc: Document, last: int, position: bool) -> bool:
        """Does a name, a region or the abbreviation in brackets follow the phrase ending at
        token `last`? (dinas sosial Kabupaten Ende, kantor perwakilan Bank Indonesia, balai
        pelaksanaan jalan nasional (BPJN), dinas kesehatan kabupaten Toba)"""
        tokens = doc.tokens
        k = last + 1
        if k >= len(tokens) or doc.text[tokens[last].end : tokens[k].start] != " ":
            return False
        nxt = tokens[k]
        if nxt.text == "(" and not position:
            inner = doc.next(k)
            return inner is not None and inner.kind is Kind.WORD and inner.text[:1].isupper()
        if nxt.kind is not Kind.WORD:
            return False
        lower = nxt.text.lower()
        if nxt.text[:1].isupper():
            return not (
                lower in self.name_function_words
                or lower in self.days
                or lower in self.months
            )
        if position and self._match_name(doc, k) is not None:
            return True  # kepala dinas kesehatan Kabupaten Toba
        if lower in self.region_words:
            after = doc.next(k)
            return (
                after is not None
                and after.kind is Kind.WORD
                and after.text[:1].isupper()
                and doc.text[nxt.end : after.start] == " "
            )
        return False

    def _official_names(self, doc: Document, covered: set[int]) -> Iterator[Hit]:
        """`badan pengawas pemilihan umum`, `sekretaris daerah Kabupaten Donggala`: an official
        name written in lower case. A name of three words or more, or one that names the
        nation (bank indonesia), is always a name; a shorter one (dinas sosial, kantor wilayah)
        and a position only before a name, a region or the abbreviation in brackets."""
        tokens = doc.tokens
        for index in doc.word_indices:
            if index in covered:
                continue
            match = self._match_name(doc, index)
            if match is None:
                continue
            words, position = match
            covered.update(words)
            content = [
                i for i in words if _norm(tokens[i].text) not in self.name_function_words
            ]
            lower = [i for i in content if tokens[i].text.islower()]
            if not lower:
                continue
            prev = doc.previous(index)
            if prev is not None and prev.kind is Kind.WORD and (
                prev.text.lower() in self.quantifiers or prev.text.lower() in self.class_heads
            ):
                continue  # setiap dinas sosial, para kepala dinas
            national = any(_norm(tokens[i].text) in self.national_markers for i in content)
            always = not position and (len(content) >= 3 or national)
            if not always and not self._named_after(doc, words[-1], position):
                continue
            start, end = tokens[lower[0]].start, tokens[lower[-1]].end
            fixed = list(doc.text[start:end])
            for i in lower:
                t = tokens[i]
                fixed[t.start - start] = t.text[0].upper()
            check = "capitals.title_name" if position else "capitals.official_name"
            yield Hit(check, start, end, ("".join(fixed),))

    def _address_forms(self, doc: Document) -> Iterator[Hit]:
        """`Saya minta bapak dan ibu kader …`: Bapak and Ibu addressed to the listeners are
        terms of address (EYD V) and take a capital: asked or thanked inside a quotation
        (minta, mohon, ajak, kepada…), or before `sekalian` or `semua`. In narration (`peran
        bapak dan ibu di rumah`) they stay common nouns."""
        tokens = doc.tokens
        text = doc.text
        for index in doc.word_indices:
            token = tokens[index]
            if token.text not in self.address_words:
                continue
            j = index + 1
            if j + 1 >= len(tokens) or tokens[j].text.lower() not in ("dan", "/", "serta"):
                continue
            partner = tokens[j + 1]
            if partner.kind is not Kind.WORD or partner.text not in self.address_words:
                continue
            if partner.text == token.text:
                continue
            after = doc.next(j + 1)
            addressed = after is not None and after.text.lower() in self.address_followers
            if not addressed:
                # asked or thanked inside a quotation (saya minta bapak dan ibu …): more opening
                # than closing marks before it in the paragraph, and a verb of asking just before
                para = doc.paragraphs[token.paragraph]
                before = text[tokens[para.first_token].start : token.start]
                opened = before.count("“") - before.count("”")
                quoted = opened > 0 or before.count('"') % 2 == 1
                lead = [
                    t.text.lower()
                    for t in tokens[max(para.first_token, index - 2) : index]
                    if t.kind is Kind.WORD
                ]
                addressed = quoted and any(w in self.address_verbs for w in lead)
            if not addressed:
                continue
            between = text[token.end : partner.start]
            fixed = _capitalise(token.text) + between + _capitalise(partner.text)
            yield Hit("capitals.address", token.start, partner.end, (fixed,))
