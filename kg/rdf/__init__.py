"""RDF output: the ontology and SHACL shapes derived from the schema (:mod:`kg.rdf.ontology`),
a streaming pyoxigraph writer for Turtle, N-Triples and JSON-LD (:mod:`kg.rdf.writer`) and
SHACL validation with pyshacl (:mod:`kg.rdf.shacl`). Terms and prefixes: :mod:`kg.rdf.vocab`."""

from kg.rdf.ontology import write_schema_files
from kg.rdf.shacl import validate
from kg.rdf.writer import FORMATS, RdfStats, write_rdf

__all__ = ["FORMATS", "RdfStats", "validate", "write_rdf", "write_schema_files"]
