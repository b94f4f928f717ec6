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

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["SentenceSplitter", "sentence_bounds", "doc_text", "TITLE_SEPARATOR"]

# A paper is processed as "title U+2029 abstract" (PARAGRAPH SEPARATOR, which no title or
# abstract line contains): the splitter ends the title there and records where it ends.
TITLE_SEPARATOR = "\u2029"

Doc.set_extension("kg_sentences", default=None, force=True)
Doc.set_extension("kg_text", default=None, force=True)
Doc.set_extension("kg_title_end", default=0, force=True)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc: spaCy joins the tokens on every access, which
    costs more than a rule component's own work."""
    text = doc._.kg_text
    if text is None:
        text = doc._.kg_text = doc.text
    return text

# The pattern opens with one character class (the alternatives re-check it behind) so that
# the regex engine skips ahead to candidate characters instead of trying every position.
_END = re.compile(
    r"""[.!?\n\u2029](?:(?<=[.!?])[.!?]*["'”’)\]]*(?=[\s~]+["'“‘(\[]?[A-Z0-9])|(?<=[\n\u2029])\s*)"""
)
_GAP = re.compile(r"[\s~]*")
# SENT_START is -1 for a token that does not start a sentence, stored unsigned.
_NOT_START = numpy.iinfo("uint64").max
# Words after which a period is part of an abbreviation, not the end of a sentence.
_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|et al|al|vs|cf|Fig|Figs|Eq|Eqs|Sec|Tab|No|approx|resp|Dr|Mr|Ms|Prof|Inc|Ltd|Jr|"
    r"w\.r\.t|a\.k\.a|incl)|(?<![\w.])[A-Z])$"
)


class SentenceSplitter:
    """Sets ``Token.is_sent_start`` for every token of the doc, ``doc._.kg_sentences`` to
    the sentences' ``[start, end]`` character offsets and ``doc._.kg_title_end`` to the
    length of the title (0 when the text has none)."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        text = doc_text(doc)
        title_end = text.find(TITLE_SEPARATOR)
        doc._.kg_title_end = max(title_end, 0)
        starts = []
        length = len(text)
        for match in _END.finditer(text):
            first = match.start()
            if text[first] == "." and _ABBREVIATION.search(text, max(0, first - 12), first):
                continue
            end = _GAP.match(text, match.end()).end()
            if end < length and (not starts or starts[-1] != end):
                starts.append(end)
        # Token indices by bisection on a list: numpy's per-call overhead outweighs its
        # speed on a few hundred tokens and a dozen sentences.
        token_starts = doc.to_array(IDX).tolist()
        firsts = sorted({0, *(i for i in (bisect_left(token_starts, s) for s in starts) if i < len(token_starts))})
        flags = numpy.full(len(token_starts), _NOT_START, dtype="uint64")
        flags[firsts] = 1
        doc.from_array([SENT_START], flags)
        # Later components need the sentences' offsets; iterating doc.sents each time is slow.
        chars = [token_starts[i] for i in firsts]
        bounds = []
        for start, end in zip(chars, chars[1:] + [length]):
            bounds.append([start, start + len(text[start:end].rstrip())])
        doc._.kg_sentences = bounds
        return doc


@Language.factory("kg_sentences", assigns=["token.is_sent_start", "doc._.kg_sentences", "doc._.kg_title_end"])
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter()


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) character offsets of the doc's sentences, without trailing whitespace."""
    if doc._.kg_sentences is not None:
        return [(start, end) for start, end in doc._.kg_sentences]
    bounds = []
    for sent in doc.sents:
        text = sent.text
        bounds.append((sent.start_char, sent.start_char + len(text.rstrip())))
    return bounds
