"""Short forms defined in the text and their long forms.

Three patterns, after Schwartz & Hearst (2003, "A simple algorithm for identifying
abbreviation definitions in biomedical text"):

* ``Long Form (SF)``: "Manipulation Centric Representation (MCR)";
* ``SF (Long Form)``: "POA (Pre-training Once for All)";
* ``Long Form, or SF for short``; ``Long Form, dubbed SF`` (or called, termed, coined);
* ``SF, Long Form,``: "DiFFPO, Diffusion Fast and Furious Policy Optimization, a framework";
* ``SF, which stands for Long Form``.

A long form is accepted when every letter of the short form occurs in it, in order, the
first one starting a word; a digit after a letter repeats it ("M3I" = M, M, M, I) or is
skipped. Where that shortest match takes a capital's letter from inside a word and word
initials spell it further back, the initials win ("LRL" below). The ``kg_aliases``
component stores ``[short, long, short_start, short_end, long_start, long_end]`` in
``doc._.kg_aliases``.

>>> long_form("MCR", "we propose Manipulation Centric Representation")
'Manipulation Centric Representation'
>>> long_form("M3I", "named Maximizing Multi-modal Mutual Information")
'Maximizing Multi-modal Mutual Information'
>>> long_form("GM3D", "a geometrically informed mask selection strategy called GeoMask3D")
'GeoMask3D'
>>> long_form("LRL", "we propose Listwise Reranker with a Large Language Model")
'Listwise Reranker with a Large Language Model'
>>> long_form("NIAH", "evaluated using the ”Needle-in-a-Haystack”")
'Needle-in-a-Haystack'
>>> long_form("ABC", "nothing matches here") is None
True
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.sentences import rule_text, sentence_bounds

__all__ = ["AcronymFinder", "long_form", "find_definitions"]

Doc.set_extension("kg_aliases", default=None, force=True)

_PARENS = re.compile(r"\(([^()\n]{1,120})\)")
# ("... Energy (or "AbeT" for short)": in brackets and quotes too)
# ("..., SR-GNN for brevity": a comma alone before it, and "for brevity" too)
_FOR_SHORT = re.compile(
    r",?\s+\(?or\s+[\"“]?([A-Za-z][\w\-]*[A-Z][\w\-]*|[A-Z][a-z][\w\-]*)[\"”]?\s+for\s+short\b"
    r"|,\s+([A-Za-z][\w\-]*[A-Z][\w\-]*)\s+for\s+(?:short|brevity)\b"
)
# The name a nickname is part of: "Llama-3-Nanda-10B-Chat, or Nanda for short".
_NAME_BEFORE = re.compile(r"(\S+),?\s*$")
# "we propose the Consistency Noise Injection, dubbed CoNo": a naming word after the long form.
_DUBBED = re.compile(r",\s+(?:dubbed|called|termed|coined|abbreviated)(?:\s+as)?\s+[\"“]?([A-Za-z][\w\-]*[A-Z][\w\-]*)")
_DUBBED_HINTS = ("dubbed", "called", "termed", "coined", "abbreviated")
# "We propose DiFFPO, Diffusion Fast and Furious Policy Optimization, a unified framework": a long
# form in title case between commas after the short form, its words' initials the short form's capitals.
_TITLED_WORD = r"(?:[A-Z][\w\-]*|and|of|for|with|the|in|on|to|via|&)"
# (The search opens with the comma, which the regex engine skips to; the short form is read back from it.)
_TITLED_LONG = re.compile(r"[A-Z][\w\-]*(?:\s+" + _TITLED_WORD + r")+")
_APPOSED_LONG = re.compile(r",\s+([A-Z][\w\-]*(?:\s+" + _TITLED_WORD + r"){1,10}),")
_SHORT_BEFORE = re.compile(r"(?<![\w\-])([A-Za-z][\w\-]*[A-Z][\w\-]*)$")
_STANDS_FOR = re.compile(r"\b([A-Za-z][\w\-]*[A-Z][\w\-]*),?\s+(?:which\s+)?(?:stands|standing)\s+for\s+((?:[\w\-]+\s+){0,12}[\w\-]+)")
_SHORT_SHAPE = re.compile(r"^(?=[^\s]*[A-Z])[A-Za-z0-9][\w\-.+]{0,14}(?: [A-Z][\w\-]{1,14})?$")
_WORD_BEFORE = re.compile(r"([A-Za-z0-9][\w\-.+]*)[\s~]*$")
_WINDOW_STOP = re.compile(r".*[()\[\];:]", re.DOTALL)
_LAST_WORD = re.compile(r"(\S+)\s+$")
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)
_WORD = re.compile(r"[A-Za-z0-9]+")
_VERSION_END = re.compile(r"(?<=[A-Za-z])[\-_]?[Vv]?\d+(?:\.\d+)?$")
# Around a long form: spaces, commas and quotes (the ”Needle-in-a-Haystack” (NIAH) test).
_TRIMMED = " ,~\"'“”‘’"


def _letters(short: str, repeat: bool) -> str:
    """The short form's characters to match, with "M3" read as "MMM" when ``repeat``."""
    if short.isascii() and short.isalpha():  # most short forms: their letters, lowercased
        return short.lower()
    out = []
    for i, ch in enumerate(short):
        if ch.isdigit() and i > 0:
            if repeat and short[i - 1].isalpha() and ch in "23456789":
                out.append(short[i - 1].lower() * (int(ch) - 1))
            continue
        if ch.isalnum():  # (a leading digit opens the long form too: "3D Gaussian Splatting (3DGS)")
            out.append(ch.lower())
    return "".join(out)


def _match(letters: str, text: str) -> int | None:
    """Start offset of the shortest suffix of ``text`` that spells ``letters``, or None."""
    s, i = len(letters) - 1, len(text) - 1
    lowered = text.lower()
    while s >= 0:
        ch = letters[s]
        while i >= 0 and (lowered[i] != ch or (s == 0 and i > 0 and text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    space = _LAST_SPACE.search(text, 0, i + 1)
    return space.end() if space else 0


def _initials_match(short: str, window: str) -> int | None:
    """Where a long form starts whose word initials spell an all-capitals short form, when the
    shortest match (:func:`_match`) takes a letter from inside a word: "Listwise Reranker with a
    Large Language Model (LRL)", not "Large Language Model"."""
    letters = short.rstrip("s") if short[:-1].isupper() else short
    if not (letters.isascii() and letters.isalpha() and letters.isupper()):
        return None
    letters = letters.lower()
    start = _match(letters, window)
    if start is None:
        return None
    words = list(_WORD.finditer(window))
    shortest_initials = [w.group()[0].lower() for w in words if w.start() >= start]
    if shortest_initials == list(letters):
        return None  # the shortest match is already one of initials
    first_allowed = len(words) - len(letters) - 4  # a long form has at most four words more than letters
    at = len(words)
    for letter in reversed(letters):
        at = next((i for i in range(at - 1, max(-1, first_allowed - 1), -1) if words[i].group()[0].lower() == letter), -1)
        if at < 0:
            return None
    return words[at].start()


def long_form(short: str, before: str) -> str | None:
    """The long form of ``short`` at the end of ``before`` (the words preceding it), as
    written there."""
    short = short[:-1] if short.endswith("s") and short[:-1].isupper() else short  # "LLMs"
    letters = _letters(short, repeat=True)
    if len(letters) < 2:
        return None
    max_words = min(len(letters) + 5, len(letters) * 2)
    # The last max_words words (runs of non-spaces); rsplit leaves what precedes them first.
    parts = before.rsplit(None, max_words)
    if not parts:
        return None
    window = (before[len(parts[0]) :] if len(parts) > max_words else before).strip()
    plain = _letters(short, repeat=False)
    if plain != letters:
        # "GeoMask3D (GM3D)": one word that writes the short form's digit as a digit is the
        # long form, not the longer run the repeated letters would reach back to.
        start = _match(plain, window)
        found = window[start:].strip(_TRIMMED) if start is not None else ""
        if len(found) > len(short) and " " not in found and any(c.isdigit() and c in found for c in short):
            return found
    initials = _initials_match(short, before)
    if initials is not None:
        return before[initials:].strip(_TRIMMED)
    # "Medical Vision Transformer (MedViTV2)": a version after the letters is no word of the long form
    unversioned = _letters(_VERSION_END.sub("", short), repeat=False)
    candidates = [letters, plain] + ([unversioned] if len(unversioned) > 1 else [])
    if letters[0].isdigit():  # ("Zero-shot text classification (0SHOT-TC)": a digit the long form spells out)
        candidates.append(letters.lstrip("0123456789"))
    for candidate in candidates:
        start = _match(candidate, window)
        if start is not None:
            found = window[start:].strip(_TRIMMED)
            if len(found) > len(short) and short.lower() not in found.lower().split():
                return _extend(window, start, short)
    return None


def _capitals(text: str) -> str:
    return "".join(c for c in text if c.isupper())


def _extend(window: str, start: int, short: str) -> str:
    """Take in a capitalised word before the long form that the short form's first letter
    names too: "Maximizing Multi-modal Mutual Information" for "M3I", where the letters
    alone stop at "Multi-modal"."""
    found = window[start:].strip(_TRIMMED)
    runs = window[:start].rsplit(None, 1)  # a match is the last run of non-spaces: look from there
    previous = _LAST_WORD.search(window, len(runs[0]) if len(runs) == 2 else 0, start)
    if previous and previous.group(1)[:1].isupper() and previous.group(1)[:1].lower() == found[:1].lower() == short[:1].lower():
        if len(_letters(short, repeat=True)) > sum(w[:1].isupper() for w in re.split(r"[\s\-]", found)):
            return window[previous.start(1) :].strip(_TRIMMED)
    return found


def _words_before(sentence: str, at: int) -> tuple[int, str]:
    """The words before ``at``, back to the previous bracket or colon, and where they start."""
    stop = _WINDOW_STOP.match(sentence, 0, at)
    cut = stop.end() if stop else 0
    return cut, sentence[cut:at]


def _word_before(before: str) -> re.Match | None:
    """``_WORD_BEFORE.search(before)``, sooner: a match lies in the last run of characters
    other than spaces and "~", so the search starts there instead of at every position."""
    runs = before.replace("~", " ").rsplit(None, 1)
    return _WORD_BEFORE.search(before, len(runs[0]) if len(runs) == 2 else 0)


def find_definitions(text: str, sentences: list[tuple[int, int]]) -> list[list]:
    """``[short, long, short_start, short_end, long_start, long_end]`` for each definition."""
    found = []
    stands_for = "stands for" in text or "standing for" in text
    for_short = "for short" in text or "for brevity" in text
    dubbed = any(hint in text for hint in _DUBBED_HINTS)
    apposed = list(_APPOSED_LONG.finditer(text))
    for start, end in sentences:
        if text.find("(", start, end) < 0 and not stands_for and not for_short and not dubbed and not apposed:
            continue
        sentence = text[start:end]
        for match in _PARENS.finditer(sentence):
            inner = match.group(1).strip(" ~")
            if not inner:
                continue  # "( )", "(~)"
            inner_start = start + match.start(1) + match.group(1).index(inner[0])
            cut, before = _words_before(sentence, match.start())
            if _SHORT_SHAPE.match(inner):
                long = long_form(inner, before.rstrip(" ~"))
                if long:
                    long_start = start + cut + before.rstrip(" ~").rindex(long)
                    found.append([inner, long, inner_start, inner_start + len(inner), long_start, long_start + len(long)])
                    continue
            if len(inner.split()) < 2:  # a long form in brackets has two words or more
                continue
            word = _word_before(before)
            if word and _SHORT_SHAPE.match(word.group(1)):
                long = long_form(word.group(1), inner)
                capitals = _capitals(inner)
                if long != inner and len(capitals) >= 3 and capitals == _capitals(word.group(1)) and word.group(1) not in inner:
                    long = inner  # "PILOT (inPainting vIa Latent OpTimization)": its capitals spell it
                if long and long == inner:
                    short_start = start + cut + word.start(1)
                    found.append([word.group(1), long, short_start, short_start + len(word.group(1)), inner_start, inner_start + len(inner)])
        for match in _STANDS_FOR.finditer(sentence) if stands_for and "stand" in sentence else ():  # "BERT, which stands for ..."
            long = long_form(match.group(1), match.group(2))
            if long:
                long_start = start + match.start(2) + match.group(2).rindex(long)
                if long_start == start + match.start(2):
                    found.append([match.group(1), long, start + match.start(1), start + match.end(1), long_start, long_start + len(long)])
        for match in _FOR_SHORT.finditer(sentence) if for_short else ():
            group = 1 if match.group(1) else 2
            short = match.group(group)
            cut, before = _words_before(sentence, match.start())
            long = long_form(short, before)
            if not long:
                name = _NAME_BEFORE.search(before)
                if name and short in re.split(r"[-_]", name.group(1)):
                    long = name.group(1)  # a nickname from a part of the name: "Llama-3-Nanda-10B-Chat, or Nanda"
            if long and (group == 1 or _TITLED_LONG.fullmatch(long)):  # (", CMAE-V for short" after "our CMAE for action recognition")
                long_start = start + cut + before.rindex(long)
                found.append([short, long, start + match.start(group), start + match.end(group), long_start, long_start + len(long)])
        for match in (m for m in apposed if start <= m.start() and m.end() <= end):
            before = _SHORT_BEFORE.search(text, max(start, match.start() - 40), match.start())
            if not before:
                continue
            short, long = before.group(1), match.group(1)
            initials = "".join(word[0] for word in long.split() if word[0].isupper())
            if _capitals(short) == initials and long_form(short, long) == long and long.split()[-1][0].isupper():
                found.append([short, long, before.start(1), before.end(1), match.start(1), match.end(1)])
        for match in _DUBBED.finditer(sentence) if dubbed else ():
            cut, before = _words_before(sentence, match.start())
            long = long_form(match.group(1), before)
            if long and " " in long and len(long) > len(match.group(1)):
                long_start = start + cut + before.rindex(long)
                found.append([match.group(1), long, start + match.start(1), start + match.end(1), long_start, long_start + len(long)])
    return found


class AcronymFinder:
    """Stores the doc's short-form definitions in ``doc._.kg_aliases``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_aliases = find_definitions(rule_text(doc), sentence_bounds(doc)) if len(doc) else []
        return doc


@Language.factory("kg_aliases", assigns=["doc._.kg_aliases"], requires=["token.is_sent_start"])
def make_acronym_finder(nlp: Language, name: str) -> AcronymFinder:
    return AcronymFinder()
