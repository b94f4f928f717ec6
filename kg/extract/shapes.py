"""Word shapes and cue words shared by the extraction components.

A *strong* word looks like a name by its shape alone: a capital letter after the first
character ("HiGPT", "nuScenes", "BERT"), letters mixed with digits ("T5", "wav2vec"),
or a single capital joined by a hyphen to a capitalised word ("Q-Former"). A *weak*
word is merely capitalised ("Prithvi", "Transformer"), which in running text is a hint
and in a title means nothing. Sizes and quantities ("20B", "3D", "10x") are neither.

>>> [shape(w) for w in ["HiGPT", "T5", "Q-Former", "Prithvi", "20B", "pre-training", "ImageNet-1K"]]
['strong', 'strong', 'strong', 'weak', None, None, 'strong']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

__all__ = [
    "NAME_WORD",
    "name_words",
    "shape",
    "split_suffix",
    "CAPITALISED_STOPWORDS",
    "DATA_NOUNS",
    "BENCHMARK_NOUNS",
    "MODEL_NOUNS",
    "type_noun",
    "scored_measure",
    "PART_HEADS",
    "PRODUCER_SUFFIXES",
]

# A word that contains a capital letter or a digit (or any non-ASCII letter, for "Ćirilica";
# shape() sorts them out); parts joined by "-", "_" or "+", or by "&" between two words
# ("Tanks&Temples", "Drive&Act"; not "Q&A", "AT&T"),
# a closing "+" or "++" ("DeepLabv3+", "PointNet++", "Learn++"); a closing year "'14" ("WMT'14", "THUMOS’14");
# "." and "/" only between digits ("wav2vec 2.0", "C4.5", "CIFAR-10/100", and "×": "Mixtral-8×7B") or "/" after a size of
# one or two letters or a word ("ViT-L/14", "DiT-XL/2", "ViT-g/14", "ViT-Huge/14"). Possessive
# "'s" is left out.
# Possessive quantifiers: the lookahead skips the lowercase prefix and each part is taken
# whole, so a failing position costs no backtracking.
NAME_WORD = re.compile(
    r"(?<![\w\-.@/])(?=[a-z_\-+./]*+[^\W_a-z])[^\W_]++(?:(?:[_\-+]|(?<=\d)[./×](?=\d)|(?<=[a-z]{2})&(?=[A-Z][a-z]{2})|(?=/\d)(?:(?<=-[A-Za-z])|(?<=-[A-Z]{2})|(?<=-Huge|-Base|-Tiny)|(?<=-Large|-Small|-Giant))/)[^\W_]++)*+(?:\+\+?(?![\w+]))?(?:['’]\d\d(?![\w'’]))?"
)

# What NAME_WORD's lookahead lets stand before the capital, digit or non-ASCII letter that
# every match needs ("wav2vec", "nuScenes"), and a superset of that letter's class whose
# plain ranges let Python's re skip ahead (NAME_WORD itself opens with a lookbehind, so it
# is tried at every position of a text).
_BEFORE_RARE = frozenset("abcdefghijklmnopqrstuvwxyz_-+./")
_RARE = re.compile(r"[A-Z0-9\x80-\U0010ffff]")


def name_words(text: str) -> Iterator[re.Match]:
    """``NAME_WORD.finditer(text)``, at half the cost: NAME_WORD is tried only from the start
    of the lowercase prefix before each capital, digit or non-ASCII character (no match can
    start earlier, as its lookahead must reach such a character over the prefix's characters).

    >>> text = "We tune wav2vec 2.0, ViT-L/14 and Ćirilica-7 on x.Y and A.b+C."
    >>> [m.group() for m in name_words(text)]
    ['We', 'wav2vec', '2.0', 'ViT-L/14', 'Ćirilica-7', 'x', 'A', 'C']
    >>> [m.span() for m in name_words(text)] == [m.span() for m in NAME_WORD.finditer(text)]
    True
    """
    pos = 0
    while True:
        rare = _RARE.search(text, pos)
        if rare is None:
            return
        at = rare.start()
        start = at
        while start > pos and text[start - 1] in _BEFORE_RARE:
            start -= 1
        for start in range(start, at + 1):
            match = NAME_WORD.match(text, start)  # its lookbehind still sees text[start - 1]
            if match:
                yield match
                pos = match.end()
                break
        else:
            pos = at + 1


# A year of the last century or this one: in citations, editions' names and quantities ("2019a").
YEAR = r"(?:19|20)\d\d"
_QUANTITY = re.compile(
    r"^(?:\d+(?:[.,]\d+)*(?:[kKmMbBtT]|[xX×]|pp|p|[dD]|st|nd|rd|th|s|times|fold|GB|TB|MB|KB|kB|GiB|B|K|M|L|"
    rf"[kMG]?Hz|dB|ms|h|g|e[\-+]?\d*)?|\d+[xX×]\d+|{YEAR}[a-z]|[IVX]+|[ivx]+)$"  # ("128x128": a resolution)
)
_SUFFIX = re.compile(
    r"-(based|like|style|specific|free|aware|only|level|wise|guided|driven|initialized|initialised|pretrained|"
    r"centric|agnostic|scale|sized|size|powered|enhanced|inspired|type|related|generated|augmented|fine-tuned|finetuned|tuned|"
    r"trained|structured|friendly|series|alike|family|compatible|styled|oriented|derived|adapted|curated|aligned|assisted|conditioned|extracted|families|"
    r"exported|compiled|quantized|quantised|distilled|implemented|accelerated|optimized|optimised|"
    r"predicted|produced|labeled|labelled|annotated|supervised|synthesized|synthesised|simulated|estimated|equipped|enabled|"
    r"empowered|backed|integrated|embedded|encoded|translated|rendered|filtered|refined|judged|scored|evaluated|selected|sampled)$",
    re.IGNORECASE,
)
# Suffixes that make a name the maker of what follows: "GPT-4-generated data", "AlphaFold2-predicted
# structures", "WebWorld-synthesized trajectories" (a model, not the data it made).
PRODUCER_SUFFIXES = frozenset(
    "generated predicted produced labeled labelled annotated synthesized synthesised simulated estimated "
    "translated rendered filtered judged scored selected sampled".split()
)

# Heads of capitalised names of a model's parts: "Context Enhancement Module", "Aux Block".
PART_HEADS = frozenset(("Module", "Modules", "Block", "Blocks"))

# Capitalised words that start sentences or clauses and never name anything.
CAPITALISED_STOPWORDS = frozenset(
    """a an the this that these those there their they it its we our us i in on at for from of to by with
    as and or but if when while although though since because however moreover furthermore finally first
    second third then thus hence therefore specifically notably remarkably interestingly additionally
    meanwhile overall further also both each every all many most some several such other another our
    unlike despite given using based through via towards toward beyond without within across among
    recent recently existing previous prior current extensive experimental experiments results code
    project website here lastly last next new novel one two three table figure fig section appendix
    step phase stage task level version chapter part round day year experiment setting case scenario
    lemma theorem algorithm definition eq equation example type group class category epoch corollary
    proposition figures tables types supplemental materials note footnote remark assumption property claim
    hypothesis observation rule position perspective tutorial editorial
    is are was were be been can could may might will would should must do does did has have had not no
    yes what which who whom whose why how where""".split()
)

DATA_NOUNS = (
    "dataset", "datasets", "data set", "data sets", "corpus", "corpora", "collection", "treebank", "tasks", "database",
    "databases",
)
BENCHMARK_NOUNS = (
    "benchmark dataset", "benchmark datasets", "benchmark", "benchmarks", "evaluation set", "evaluation sets", "leaderboard",
    "leaderboards", "leader board", "suite", "challenge", "competition", "testbed", "test bed", "environment", "environments",
)
MODEL_NOUNS = (
    "model", "models", "architecture", "architectures", "backbone", "backbones", "network", "networks",
    "encoder", "decoder", "framework", "method", "approach", "algorithm", "module", "baseline", "baselines",
    "checkpoint", "checkpoints", "family", "variant", "variants", "pipeline", "paradigm", "strategy",
    "mechanism", "technique", "objective", "system", "tokenizer", "classifier", "detector", "agent", "policy",
    "transformer", "transformers", "layer", "block", "loss", "scorer", "adapter", "tuning", "optimizer", "optimizers",
)
_NOUN_TYPE = {**{n: "DATASET" for n in DATA_NOUNS}, **{n: "BENCHMARK" for n in BENCHMARK_NOUNS}}
_NOUN_TYPE.update({n: "MODEL" for n in MODEL_NOUNS})
_NOUN_TYPE.update({"metric": "METRIC", "measure": "METRIC", "score": "METRIC", "bench": "BENCHMARK", "eval": "BENCHMARK",
                  "arena": "BENCHMARK", "resource": "DATASET"})


def type_noun(word: str) -> str | None:
    """The entity type a head noun announces ("dataset" → DATASET), if any."""
    return _NOUN_TYPE.get(word.lower())


# Cached: the same words recur in every abstract and each is looked at several times.
@functools.lru_cache(maxsize=65536)
def split_suffix(word: str) -> tuple[str, str | None]:
    """("BERT-based", ) → ("BERT", "based"): a name with a descriptive suffix."""
    match = _SUFFIX.search(word)
    if match and match.start() > 0:
        return word[: match.start()], match.group(1).lower()
    if word.endswith("based") and len(word) > 7 and word[0].isupper():
        return word[:-5], "based"  # "Transformerbased": a hyphen lost at a line break of a PDF's text
    return word, None


# Within one part of a word (parts are joined by "-", "_", "+"): a capital after a letter or
# digit ("HiGPT", "BERT", "nuScenes"), or a letter next to a digit ("T5", "wav2vec"); or a
# single capital standing as a part beside a capitalised one ("Q-Former", "Swin-B").
_STRONG = re.compile(r"(?<=[^\W_])[A-Z]|(?<=[a-z]&)[A-Z]|[A-Za-z]\d|\d[A-Za-z]")  # ("Tag&Tab": a capital after "&" too)
_SINGLE_CAPITAL = re.compile(r"(?:^|-)[A-Z](?:-|$)")
_LETTER_PREFIX = re.compile(r"[a-z]-")  # "p-Meta", "x-Former": one lowercase letter before a hyphen
_CAPITALISED_PART = re.compile(r"(?:^|-)[A-Z][a-z]")
_PART_SPLIT = re.compile(r"[-_+]")
_NUMBERED = re.compile(r"-\d+(?:\.\d+)*$")
_NUMBERED_PART = re.compile(r"-\d+(?:\.\d+)*-[A-Za-z]")


@functools.lru_cache(maxsize=65536)  # as split_suffix: words recur across candidates and abstracts
def shape(word: str) -> str | None:
    """'strong', 'weak' or None (lowercase word, number, size or single letter)."""
    if len(word) < 2 or _QUANTITY.match(word) or (len(word) == 2 and word[0].islower()):
        return None  # sizes, units, and variables such as "u1"
    if _STRONG.search(word):
        if not word[0].isdigit():
            return "strong"
        # "3B-parameter", "20B": a size, unless a later part is a name ("10-Split-CIFAR-100").
        if any(_STRONG.search(p) and not _QUANTITY.match(p) for p in _PART_SPLIT.split(word)):
            return "strong"
        return None
    if "-" in word and (_SINGLE_CAPITAL.search(word) or _LETTER_PREFIX.match(word)) and _CAPITALISED_PART.search(word):
        return "strong"  # "Q-Former", "p-Meta"
    if word[0].isupper() and (_NUMBERED.search(word) or _NUMBERED_PART.search(word) or (word.endswith("++") and len(word) > 4)):
        return "strong"  # "Eagle-2", "Llama-3.1", "Gemini-2.5-Flash", "Learn++"
    if word[0].isupper() and "_" not in word:
        return "weak"  # ("C_Phi" is a formula's variable)
    return None


def scored_measure(name: str) -> str | None:
    """The measure a named measure's score is called by alone ("FID score" is "FID", "Fl-all
    scores" "Fl-all"); None for a score that names no measure ("average score", "0-shot score").

    >>> [scored_measure(n) for n in ["FID score", "Fl-all scores", "average score", "F1"]]
    ['FID', 'Fl-all', None, None]
    """
    named, _, score = name.rpartition(" ")
    return named if score in ("score", "scores") and len(named) > 1 and " " not in named and not named.islower() else None
