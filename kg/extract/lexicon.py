"""The word lists extraction relies on, shipped in ``kg/extract/data`` (see its README).

* ``gazetteer.tsv``: well-known model and dataset names mined from GSAP-NER;
* ``metrics.txt``: names of evaluation measures;
* ``generic.txt``: name-like terms that are not entities (generic acronyms, tools,
  organisations, ...);
* ``suites.txt`` (optional): evaluation suites and leaderboards, typed BENCHMARK over the
  gazetteer's type;
* ``well-known.tsv`` (optional): widely used datasets, benchmarks and models the gazetteer
  lacks, typed by hand;
* ``catalogue.tsv`` (optional): more named models, data sets and benchmarks, typed by hand,
  that a paper may still introduce (the proposal rules treat the names of the other lists as
  well known).

A :class:`Lexicon` is built by the registered function ``kg.lexicon.v1`` so a pipeline
config can point at other files.

>>> lexicon = load_lexicon()
>>> lexicon.is_generic("LLMs"), lexicon.is_generic("BLIP-2")
(True, False)
>>> lexicon.known_type("imagenet"), lexicon.known_type("GLUE")
('DATASET', 'BENCHMARK')
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from spacy.util import registry

from kg.errors import InputError
from kg.extract.shapes import scored_measure
from kg.records import ENTITY_TYPES, distinct_name

__all__ = ["Lexicon", "load_lexicon", "name_key", "metric_names", "generic_terms", "DATA_DIR"]

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Lexicon:
    """Gazetteer names with their types, metric names and generic terms."""

    names: tuple[tuple[str, str], ...] = ()  # (name, type)
    metrics: tuple[str, ...] = ()
    generic: frozenset[str] = frozenset()  # see _generic_key
    catalogued: frozenset[str] = frozenset()  # normalised names from catalogue.tsv
    _types: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for name, etype in self.names:
            self._types.setdefault(name_key(name), etype)
        for name in self.metrics:
            self._types.setdefault(name_key(name), "METRIC")

    def is_generic(self, name: str) -> bool:
        """Whether a name is a generic term (its plural counts too: "GNNs"), or generic words joined."""
        key = _generic_key(name)
        if key in self.generic or (key.endswith("s") and key[:-1] in self.generic):
            return True
        # "English-German", "LLM/VLM": generic words joined (not acronyms joined by a hyphen, "MT-DNN",
        # "BiLSTM-CRF": the name of one model)
        if "-" not in name and "/" not in name:
            return False
        parts = [part for part in _JOINED.split(name) if part]
        return (
            len(parts) > 1 and ("/" in name or all(_generic_key(part) == part.casefold() for part in parts))
            and all(self.is_generic(part) for part in parts)
        )

    def scored_measure(self, name: str) -> str | None:
        """The measure a score is called by alone (:func:`kg.extract.shapes.scored_measure`), or a
        listed lowercase one: "rank-1 scores" is rank-1, "average score" names none.

        >>> [load_lexicon().scored_measure(n) for n in ["FID score", "rank-1 scores", "average score"]]
        ['FID', 'rank-1', None]
        """
        named, _, score = name.rpartition(" ")
        if score in ("score", "scores") and named.islower() and self.known_type(named) == "METRIC":
            return named
        return scored_measure(name)

    def measure_name(self, name: str) -> str:
        """The name a measure's score goes by: the measure's own, unless the score's name is
        listed ("F1 score", "Dice scores", "CLIP score") or the measure's is another thing's
        ("GLUE score": GLUE is a benchmark).

        >>> [load_lexicon().measure_name(n) for n in ["HOTA scores", "Dice scores", "GLUE score", "average score"]]
        ['HOTA', 'Dice scores', 'GLUE score', 'average score']
        """
        measure = self.scored_measure(name)
        if (
            measure is None
            or self.known_type(measure) not in (None, "METRIC")
            or "METRIC" in (self.known_type(name), self.known_type(name.removesuffix("s")))
        ):
            return name
        return measure

    def known_type(self, name: str) -> str | None:
        """The type the gazetteer or the metric list gives a name, if any."""
        return self._types.get(name_key(name))

    def well_known(self) -> frozenset[str]:
        """Normalised names so widely used that a paper naming one is taken not to introduce it
        (unless it says what it is): every listed name but the catalogue's."""
        return frozenset(name_key(name) for name, _ in self.names) - self.catalogued


# The same few names recur in every abstract, and each candidate's key is looked up several
# times (its type, its group, its aliases): the keys are worth remembering.
name_key = functools.lru_cache(maxsize=16384)(distinct_name)


@functools.lru_cache(maxsize=16384)  # the same few names recur in every abstract
def _generic_key(name: str) -> str:
    """Acronyms keep their case ("MOT", a task, is not "MoT", a method); words do not."""
    key = "".join(ch for ch in unicodedata.normalize("NFKC", name) if ch.isalnum())
    return key if sum(ch.isupper() for ch in key) >= 2 else key.casefold()


_JOINED = re.compile(r"[-/]")


def _lines(path: Path) -> list[tuple[int, str]]:
    """(line number, text) of the lines that are not blank or comments."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot read word list: {error.strerror}", file=str(path)) from None
    lines = ((number, line.split("#", 1)[0].rstrip()) for number, line in enumerate(text.splitlines(), 1))
    return [(number, line) for number, line in lines if line.strip()]


@registry.misc("kg.lexicon.v1")
def load_lexicon(path: str | None = None) -> Lexicon:
    """Read the word lists from ``path`` (a folder; default: the shipped data)."""
    folder = Path(path) if path else DATA_DIR
    suites = folder / "suites.txt"
    names = [(line.strip(), "BENCHMARK") for _, line in (_lines(suites) if suites.exists() else [])]
    well_known = folder / "well-known.tsv"
    names += _typed_names(well_known) if well_known.exists() else []
    # A name listed twice keeps its first type: suites, then hand-made, then mined, then catalogued names.
    names += _unlisted(names, _typed_names(folder / "gazetteer.tsv"))
    catalogue = folder / "catalogue.tsv"
    catalogued = _unlisted(names, _typed_names(catalogue) if catalogue.exists() else [])
    names += catalogued
    return Lexicon(tuple(names), metric_names(folder), generic_terms(folder), frozenset(name_key(name) for name, _ in catalogued))


def _unlisted(names: list[tuple[str, str]], more: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (name, type) pairs of ``more`` whose name ``names`` does not list yet."""
    seen = {name_key(name) for name, _ in names}
    return [(name, etype) for name, etype in more if name_key(name) not in seen]


def _typed_names(path: Path) -> list[tuple[str, str]]:
    """The (name, type) lines of a ``name<TAB>type[<TAB>count]`` file."""
    names = []
    for number, line in _lines(path):
        parts = line.split("\t")
        if len(parts) < 2 or parts[1] not in ENTITY_TYPES:
            raise InputError("expected 'name<TAB>type[<TAB>count]'", file=str(path), line=number)
        names.append((parts[0].strip(), parts[1]))
    return names


def metric_names(folder: Path = DATA_DIR) -> tuple[str, ...]:
    """The metric list of a data folder."""
    return tuple(line.strip() for _, line in _lines(folder / "metrics.txt"))


def generic_terms(folder: Path = DATA_DIR) -> frozenset[str]:
    """The generic-term list of a data folder, as keys for :meth:`Lexicon.is_generic`."""
    return frozenset(_generic_key(line) for _, line in _lines(folder / "generic.txt"))
