"""Sentence boundaries by rule, aware of the abbreviations of scientific prose.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets) when
whitespace and a capital letter, digit or opening quote follow, and at every line
break. It does not end after abbreviations such as "e.g.", "i.e.", "et al.", "vs.",
"Fig." or a single initial, and a decimal number never ends one ("3.5" has no space).

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("kg_sentences")
>>> [s.text for s in nlp("We use e.g. ImageNet as in Smith et al. 2020. It works.").sents]
['We use e.g. ImageNet as in Smith et al. 2020.', 'It works.']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import chain

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["SentenceSplitter", "sentence_bounds", "doc_text", "rule_text", "TITLE_SEPARATOR"]

# A paper is processed as "title U+2029 abstract" (PARAGRAPH SEPARATOR, which no title or
# abstract line contains): the splitter ends the title there and records where it ends.
TITLE_SEPARATOR = "\u2029"

Doc.set_extension("kg_sentences", default=None, force=True)
Doc.set_extension("kg_text", default=None, force=True)
Doc.set_extension("kg_title_end", default=0, force=True)
Doc.set_extension("kg_rule_text", default=None, force=True)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc: spaCy joins the tokens on every access, which
    costs more than a rule component's own work."""
    text = doc._.kg_text
    if text is None:
        text = doc._.kg_text = doc.text
    return text


# A numeric citation mark after a word: "UCF-101[1], HMDB-51 [2] and Charades [3, 4]". (Opens
# with the bracket, for a fast scan; the look-behinds check the word before it.)
_CITATION_MARK = re.compile(r"\[(?:(?<=[\w)]\[)|(?<=[\w)]\s\[))\d+(?:[,–\-][\s~]?\d+)*\]")


# LaTeX markup of abstracts taken from arXiv's source (its API): text styles anywhere
# ("\textsc{KiteNet}"), and inline math with the symbols of values ("$2.5\times$ faster",
# "$\sim$90\%"). (Only inside "$...$": HTML-rendered LaTeX repeats "\times" after its
# rendered copy, "10×10\times", which the values' reader joins.)
_LATEX_STYLE = re.compile(
    r"\\(?:text(?:bf|it|sc|tt|rm|sf)?|emph|mbox)\{([^{}$]*)\}|\{\\(?:em|bf|it|sc)[\s~]+([^{}$]*)\}"
)
# ... and a style's declaration, which a rendering may glue to the next word ("\ttfamilyGPT-5").
_LATEX_DECLARATION = re.compile(r"\\(?:ttfamily|bfseries|itshape|scshape|sffamily|rmfamily|bf|it|sc|tt|em|sf|rm)(?![a-z])")
_INLINE_MATH = re.compile(r"\$([^$\n]{1,60})\$")
# What HTML-rendered LaTeX leaves after a rendered "N×": the source and more copies ("10×10\times10 ×",
# "4×\times in", "10×\times× larger"), blanked so that the value reads "10×" and its words follow.
# (Not a size's: "448×\times×448", "384×\times 384".)
_RENDERED_TIMES = re.compile(r"(?<=×)(?:\d+(?:\.\d+)?)?\\times(?:\d+(?:\.\d+)?)?(?:[\s~]?×)?(?![\s~]*×?[\s~]*\d)")
# What HTML-rendered math leaves after its readable form: "F1subscript𝐹1F_{1} score" reads "F1 score",
# "AP50subscriptAP50\text{AP}_{50}" reads "AP50"; and the markers "start_POSTSUBSCRIPT 1
# end_POSTSUBSCRIPT", "italic_L" of another rendering.
_RENDERED_MATH = re.compile(
    r"(?<=[A-Za-z0-9])(?:subscript|superscript)\S*?(?=[.,;:)]*(?:\s|$))|\b(?:start|end)_POST(?:SUB|SUPER)SCRIPT\b|\bitalic_\w+"
)
# A number in HTML-rendered math written three or four times over: "63.463.463.4" reads "63.4".
# (It opens with the digit and looks behind from there: a lookbehind first is tried at every position.)
_RENDERED_NUMBER = re.compile(r"(\d(?<![\d.]\d)\d*\.\d+)\1{2,3}(?!\d)")
_MATH_MARKUP = re.compile(r"\\(?:times|sim|approx|mathrm|mathbf|text|to|rightarrow)(?![A-Za-z])|[{}]")
_MATH_SYMBOLS = {"\\times": "×", "\\sim": "~", "\\approx": "~", "\\to": "→", "\\rightarrow": "→"}
# An en dash between two capitalised words joins two surnames into one name, as a hyphen
# does ("Buchwald–Hartwig", "Kolmogorov–Arnold Networks"); elsewhere it pairs two things
# ("DA–MSA translation", "accuracy–cost balance", "AUC–ROC") and stays.
_SURNAMES_DASH = re.compile(r"\b([A-Z][^\W\dA-Z_]+)–(?=[A-Z][^\W\dA-Z_]+\b)")
# An arrow outside math, as arXiv's HTML leaves it: "42.2%\rightarrow49.6%", "GTA5\toCityscapes".
_LATEX_ARROW = re.compile(r"\\(?:to|rightarrow)(?![a-z])")


def _padded(kept: str, at: int, length: int) -> str:
    return " " * at + kept + " " * (length - at - len(kept))


def _plain_style(markup: re.Match) -> str:
    """"\textsc{KiteNet}" as "        KiteNet ": the styled text stays where it was written."""
    group = 1 if markup.group(1) is not None else 2
    return _padded(markup.group(group), markup.start(group) - markup.start(), len(markup.group()))


def _plain_math(math: re.Match) -> str:
    """"$2.5\times$" as " 2.5×      ": the delimiters and commands blanked, symbols kept."""
    inner = _MATH_MARKUP.sub(lambda m: _padded(_MATH_SYMBOLS.get(m.group(), ""), 0, len(m.group())), math.group(1))
    return " " + inner + " "


def rule_text(doc: Doc) -> str:
    """The text the extraction rules read: ``doc_text`` with numeric citation marks blanked
    out, LaTeX markup read as plain text and two surnames joined by an en dash hyphenated,
    so that "Charades [3] dataset" reads as "Charades dataset", "$2.5\\times$ faster" as "2.5×
    faster" and "Buchwald–Hartwig" as "Buchwald-Hartwig" to every pattern. The length is
    kept: offsets, and the quotes cut from ``doc_text`` with them, stay true."""
    text = doc._.kg_rule_text
    if text is None:
        text = doc_text(doc)
        if "[" in text:
            text = _CITATION_MARK.sub(lambda mark: " " * len(mark.group()), text)
        if "\\" in text:
            text = _LATEX_STYLE.sub(_plain_style, text)
            text = _LATEX_DECLARATION.sub(lambda declaration: " " * len(declaration.group()), text)
            text = _LATEX_ARROW.sub(lambda arrow: _padded("→", 0, len(arrow.group())), text)
        if "$" in text:
            text = _INLINE_MATH.sub(_plain_math, text)
        if "\\times" in text:
            text = _RENDERED_TIMES.sub(lambda debris: " " * len(debris.group()), text)
        if "script" in text or "italic_" in text:
            text = _RENDERED_MATH.sub(lambda debris: " " * len(debris.group()), text)
        if "–" in text:
            text = _SURNAMES_DASH.sub(r"\1-", text)
        text = _RENDERED_NUMBER.sub(lambda copies: _padded(copies.group(1), 0, len(copies.group())), text)
        doc._.kg_rule_text = text
    return text

# Words after which a period is part of an abbreviation, not the end of a sentence.
_ABBREVIATIONS = (
    "e.g", "i.e", "et al", "al", "vs", "cf", "Fig", "Figs", "Eq", "Eqs", "Sec", "Tab", "No", "approx", "resp",
    "Dr", "Mr", "Ms", "Prof", "Inc", "Ltd", "Jr", "w.r.t", "a.k.a", "incl",
)


def _after_abbreviation() -> str:
    """A pattern that matches, empty, right after a period that ends an abbreviation: a
    word of _ABBREVIATIONS or a single capital ("J. Smith"), with or without one line
    break before the period. A lookbehind has a fixed width: one per length."""
    by_length: dict[int, list[str]] = {}
    for word in _ABBREVIATIONS:
        by_length.setdefault(len(word), []).append(re.escape(word))
    words = [r"\b(?:" + "|".join(same) + ")" for same in by_length.values()] + [r"(?<![\w.])[A-Z]"]
    return "|".join(f"(?<={word}{gap}\\.)" for word in words for gap in ("", r"\n"))


# Where a sentence ends, up to the next one's start (the whitespace in between is taken in),
# after its first character. An abbreviation's period is matched too, without the
# whitespace, and tells by the group "abbreviation" that it ends no sentence (taking in its
# punctuation keeps the next search from starting inside it). What follows a period is
# looked at before the abbreviations are looked for behind it: most periods fail there.
_AFTER_END = (
    r"""(?:(?<=[.!?])(?=[.!?]*["'”’)\]]*[\s~]+["'“‘(\[]?[A-Z0-9])(?P<abbreviation>""" + _after_abbreviation() + r""")?"""
    r"""[.!?]*["'”’)\]]*(?(abbreviation)|[\s~]*)|(?<=[\n\u2029])[\s~]*)"""
)
# The pattern opens with one character class (the alternatives re-check it behind) so that
# the regex engine skips ahead to candidate characters instead of trying every position.
_END = re.compile(r"[.!?\n\u2029]" + _AFTER_END)
# A pattern that opens with one literal character is searched several times faster still:
# a text without "!", "?" or line breaks (most) is searched for its periods and its title
# separator apart (see _sentence_starts).
_PERIOD_END = re.compile(r"\." + _AFTER_END)
_SEPARATOR_END = re.compile(TITLE_SEPARATOR + _AFTER_END)
# SENT_START is -1 for a token that does not start a sentence, stored unsigned.
_NOT_START = numpy.iinfo("uint64").max


class SentenceSplitter:
    """Sets ``Token.is_sent_start`` for every token of the doc, ``doc._.kg_sentences`` to
    the sentences' ``[start, end]`` character offsets and ``doc._.kg_title_end`` to the
    length of the title (0 when the text has none)."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        found = doc._  # every `doc._` builds a new object
        text = doc_text(doc)
        found.kg_title_end = max(text.find(TITLE_SEPARATOR), 0)
        starts = _sentence_starts(text)
        length = len(text)
        # Token indices by bisection on a list: numpy's per-call overhead outweighs its
        # speed on a few hundred tokens and a dozen sentences. The starts ascend: so do
        # their first tokens.
        token_starts = doc.to_array(IDX).tolist()
        firsts = [0]
        for start in starts:
            first = bisect_left(token_starts, start, firsts[-1])
            if first == len(token_starts):  # the text ends there
                break
            if first != firsts[-1]:
                firsts.append(first)
        flags = numpy.full(len(token_starts), _NOT_START, dtype="uint64")
        flags[firsts] = 1
        doc.from_array([SENT_START], flags)
        # Later components need the sentences' offsets; iterating doc.sents each time is slow.
        chars = [token_starts[i] for i in firsts]
        chars.append(length)
        found.kg_sentences = [[start, _end_of_words(text, start, end)] for start, end in zip(chars, chars[1:])]
        return doc


def _end_of_words(text: str, start: int, end: int) -> int:
    """``start + len(text[start:end].rstrip())``, without copying the sentence."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _sentence_starts(text: str) -> list[int]:
    """Where sentences start (or the text ends), ascending: the ends of _END's matches
    but for abbreviations'. Periods and separators looked for apart find the same: the
    match of one never takes in a character that the other's starts at, but for a
    separator in the spaces after a period, and both matches end where the spaces do."""
    if "!" in text or "?" in text or "\n" in text:
        matches = _END.finditer(text)
    else:
        matches = chain(_PERIOD_END.finditer(text), _SEPARATOR_END.finditer(text))
    return sorted({match.end() for match in matches if match.group("abbreviation") is None})


@Language.factory("kg_sentences", assigns=["token.is_sent_start", "doc._.kg_sentences", "doc._.kg_title_end"])
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter()


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) character offsets of the doc's sentences, without trailing whitespace."""
    stored = doc._.kg_sentences
    if stored is not None:
        return [(start, end) for start, end in stored]
    bounds = []
    for sent in doc.sents:
        text = sent.text
        bounds.append((sent.start_char, sent.start_char + len(text.rstrip())))
    return bounds
