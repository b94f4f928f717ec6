"""Stable node ids and IRIs, minted safely from any string.

An id is ``<iri_path>/<key>``; the same name gives the same id on every run and
machine. An IRI is the resource namespace plus the id, percent-encoded, so quotes,
spaces, ``<>``, ``{}`` and any unicode are safe in Turtle, N-Triples and SPARQL.

>>> entity_id("MODEL", "BLIP-2") == entity_id("MODEL", "BLIP2")
True
>>> entity_id("BENCHMARK", "MS COCO")
'dataset/mscoco'
>>> iri('model/a"b <c>')
'https://w3id.org/kg-ml/id/model/a%22b%20%3Cc%3E'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from kg.records import distinct_name, normalise_name
from kg.schema import load_schema

__all__ = [
    "entity_key",
    "singular",
    "MODEL_SIZE",
    "RESOLUTION",
    "size_family",
    "qualifies",
    "entity_id",
    "paper_id",
    "derive_paper_id",
    "link_id",
    "url_key",
    "result_id",
    "statement_id",
    "STATEMENT_PATH",
    "iri",
]

# Id space of RDF evidence statements (one per fact edge); they are not graph nodes.
STATEMENT_PATH = "statement"


_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_TRAILING = re.compile(r"[/.,;:!?)\]}>'\"]+$")


def _digest(text: str, length: int = 16) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def entity_key(name: str) -> str:
    """The matching key of a name (:func:`~kg.records.distinct_name`: a "+" counts); names with
    no letter or digit get a hash.

    >>> entity_key("BLIP-2") == entity_key("blip2"), entity_key("PointNet++")
    (True, 'pointnetplusplus')
    """
    folded = unicodedata.normalize("NFKC", name)
    return distinct_name(folded) or "h" + _digest(folded)


# A model's size written after its name: "7B", "1.5B", "8x7B" (experts), "7B-A150M" (total and active).
MODEL_SIZE = r"\d+(?:\.\d+)?[BMKT](?:-A\d+(?:\.\d+)?[BMK])?|\d+[x×]\d+[BM]"
# An image resolution written after a data set's name: "ImageNet 64x64", "LSUN 256x256".
RESOLUTION = r"\d{2,4}[x×]\d{2,4}"
_SIZED_NAME = re.compile(rf"(.+?)[\s~]+(?:{MODEL_SIZE}|{RESOLUTION})")


def size_family(name: str) -> str | None:
    """The name without the model size or image resolution it ends with, if any: the family
    that texts also call it by. Not the same node: "Llama 3.1 8B" and "Llama 3.1 70B" differ,
    and so do "ImageNet 64x64" and ImageNet.

    >>> size_family("Llama 3.1 8B"), size_family("Mixtral 8x7B"), size_family("LLaMA-7B")
    ('Llama 3.1', 'Mixtral', None)
    >>> size_family("ImageNet 64x64")
    'ImageNet'
    """
    sized = _SIZED_NAME.fullmatch(name)
    return sized.group(1) if sized else None


def qualifies(name: str, alias: str) -> bool:
    """Whether a measure's ``name`` qualifies the general measure ``alias`` names: its last
    words, or the name less "score". Texts call the qualified measure by the general one, but
    it is not the same node: "fine-tuning top-1 accuracy" is one kind of top-1 accuracy.

    >>> qualifies("fine-tuning top-1 accuracy", "top-1 accuracy"), qualifies("ANLS score", "ANLS")
    (True, True)
    >>> qualifies("WER", "word error rate"), qualifies("error rates", "error rate")
    (False, False)
    """
    return name != alias and (name.endswith(" " + alias) or name in (alias + " score", alias + " scores"))


def singular(name: str) -> str:
    """The name with a plural last word made singular, for measures: "error rates" and
    "error rate" are one metric.

    >>> [singular(n) for n in ["error rates", "accuracies", "losses", "FLOPs", "loss", "F1", "mAPs"]]
    ['error rate', 'accuracy', 'loss', 'FLOP', 'loss', 'F1', 'mAP']
    """
    stem, space, word = name.rpartition(" ")
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return name
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "ches", "shes")):
        word = word[:-2]
    else:
        word = word[:-1]
    return stem + space + word


def entity_id(entity_type: str, name: str) -> str:
    """Id of the entity node for a name. DATASET and BENCHMARK share one id space."""
    schema = load_schema()
    node = schema.nodes[schema.label_of_entity_type(entity_type)]
    return f"{node.iri_path}/{entity_key(name)}"


def paper_id(raw_id: str) -> str:
    """Id of the Paper node for an input paper id."""
    return f"{load_schema().nodes['Paper'].iri_path}/{raw_id}"


def derive_paper_id(title: str) -> str:
    """A paper id for inputs that give none, stable under case and punctuation changes."""
    return "t" + _digest(normalise_name(title))


def url_key(url: str) -> str:
    """A URL as the guidelines compare it: no scheme, ``www.``, trailing slash or punctuation; case-folded.

    >>> url_key("HTTPS://www.GitHub.com/a/b/).")
    'github.com/a/b'
    """
    key = _SCHEME.sub("", url.strip())
    if key[:4].casefold() == "www.":
        key = key[4:]
    return _TRAILING.sub("", key).casefold()


def link_id(url: str) -> str:
    return f"{load_schema().nodes['Link'].iri_path}/{url_key(url)}"


def result_id(paper: str, subject: str | None, metric: str | None, value: str, benchmark: str | None) -> str:
    parts = [paper, subject or "", metric or "", value, benchmark or ""]
    return f"{load_schema().nodes['Result'].iri_path}/{_digest(chr(31).join(parts))}"


def statement_id(edge_type: str, source: str, target: str, key: str) -> str:
    """Id of the RDF statement node that carries one edge's evidence.

    >>> statement_id("USES", "paper/p1", "model/bert", "USES|paper/p1")
    'statement/f0b8d1a5fad34d2a'
    """
    return f"{STATEMENT_PATH}/{_digest(chr(31).join((edge_type, source, target, key)))}"


def iri(node_id: str) -> str:
    """The IRI of a node id: every character outside ``A-Za-z0-9-._~/`` is percent-encoded."""
    return load_schema().namespaces["resource"] + quote(node_id, safe="/")
