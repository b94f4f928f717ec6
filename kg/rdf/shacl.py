"""SHACL validation of kg's RDF against the shipped shapes and ontology (pyshacl).

Inference is off. Every node the writer makes states its class, so the shapes check
exactly what was written; RDFS inference would add classes from ``rdfs:domain`` and
``rdfs:range`` (making an untyped node look typed) and costs time on large files.
The ontology is still passed, so ``sh:class`` and ``sh:targetClass`` see its
``rdfs:subClassOf`` links.

>>> import tempfile, pathlib
>>> from kg.graph import Node
>>> from kg.rdf.writer import write_rdf
>>> out = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
>>> _ = write_rdf([Node("Model", "model/bert", {"id": "model/bert", "name": "BERT", "support": 2})], out)
>>> validate(out)[0]
True
>>> _ = write_rdf([Node("Model", "model/bert", {"id": "model/bert", "support": 2})], out)
>>> conforms, report = validate(out)
>>> conforms, "Less than 1 values on model:bert->schema:name" in report
(False, True)
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pyshacl
from rdflib import Graph
from rdflib.util import guess_format

from kg.errors import InputError, SchemaError
from kg.rdf.ontology import ONTOLOGY_FILE, SHAPES_FILE
from kg.rdf.vocab import DATA_PREFIXES, bind_prefixes
from kg.schema import schema_dir

__all__ = ["validate"]


@functools.cache
def _shipped(name: str) -> Graph:
    path = schema_dir() / name
    if not path.is_file():
        raise SchemaError(f"{path} is missing; run `kg schema --write` to generate it")
    return Graph().parse(path, format="turtle")


def _parse(path: Path) -> Graph:
    if not path.is_file():
        raise InputError("no such file", file=str(path))
    rdf_format = guess_format(str(path)) or "turtle"
    graph = bind_prefixes(Graph(), DATA_PREFIXES)  # so reports say model:bert, not the full IRI
    try:
        return graph.parse(path, format=rdf_format)
    except Exception as error:  # rdflib's parsers raise many types (BadSyntax, ValueError, JSON errors)
        raise InputError(f"not valid {rdf_format}: {error}", file=str(path)) from None


def validate(source: str | os.PathLike | Graph) -> tuple[bool, str]:
    """Check RDF (a file, format from its suffix, or an rdflib graph) against kg's shapes.

    Returns whether it conforms and pyshacl's report text.
    """
    graph = source if isinstance(source, Graph) else _parse(Path(source))
    conforms, _, report = pyshacl.validate(
        graph,
        shacl_graph=_shipped(SHAPES_FILE),
        ont_graph=_shipped(ONTOLOGY_FILE),
        inference="none",
    )
    return bool(conforms), report
