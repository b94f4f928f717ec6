"""A Neo4j Bloom perspective generated from the schema (``schemas/bloom-perspective.json``).

One category per node type, styled by the schema's ``bloom`` entry (colour, icon,
caption); types marked ``size_by_degree`` grow with ``support``, the number of papers
mentioning them, which is their MENTIONS degree (Bloom sizes by a stored property).
Every relationship type is listed, and the search phrases of
:func:`kg.neo4j.cypher.search_phrases` ask the common questions. Search phrases are
``templates`` in Bloom's export format. The output is deterministic (fixed ids and
timestamps) so the shipped file can be compared with a fresh one.

>>> p = perspective()
>>> [c["name"] for c in p["categories"]][:3]
['Paper', 'Model', 'Dataset']
>>> p["templates"][0]["text"]
'Models evaluated on $benchmark'
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from kg.neo4j import cypher
from kg.schema import Schema, load_schema, schema_dir
from kg.write.atomic import atomic_open

__all__ = ["PERSPECTIVE_FILE", "perspective", "render", "write_perspective"]

PERSPECTIVE_FILE = "bloom-perspective.json"
BLOOM_VERSION = "2.21.0"  # the Bloom release whose export format this follows
CREATED_AT = 0  # fixed, so the file only changes when the schema does
_DATA_TYPES = {"string": "string", "integer": "bigint", "float": "number", "boolean": "boolean", "string[]": "array"}
_RELATIONSHIP_COLOUR = "#A5ABB6"  # Bloom's default relationship grey
# Bloom's default palette, for categories users add themselves.
_PALETTE = ["#FFE081", "#C990C0", "#F79767", "#57C7E3", "#F16667", "#D9C8AE", "#8DCC93",
            "#ECB5C9", "#4C8EDA", "#FFC454", "#DA7194", "#569480", "#848484", "#D9D9D9"]  # fmt: skip


def _id(name: str, schema: Schema) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, schema.namespaces["kg"] + name))


def _properties(props) -> list[dict]:
    return [{"name": p.name, "exclude": False, "isGdsData": False, "dataType": _DATA_TYPES[p.type]} for p in props]


def _category(number: int, node, schema: Schema) -> dict:
    style = node.bloom
    caption = cypher.node_property(node.label, style["caption"], schema)
    rules = []
    if style.get("size_by_degree"):
        rules.append(
            {
                "id": f"rule:{node.label}:size",
                "type": "range",
                "basedOn": cypher.node_property(node.label, "support", schema),
                "dataType": "number",
                "minValue": 1,
                "maxValue": 50,
                "applyColor": False,
                "applySize": True,
                "sizes": {"min": 1, "max": 4},
                "disabled": False,
                "existingField": True,
            }
        )
    return {
        "id": number,
        "name": node.label,
        "labels": [cypher.label(node.label, schema)],
        "properties": _properties(node.properties),
        "color": style["color"],
        "size": 1,
        "icon": style["icon"],
        "captionKeys": [caption],
        "captions": [{"key": caption, "type": "property", "isCaption": True, "inTooltip": True, "styles": []}],
        "textSize": 1,
        "textAlign": "top",
        "styleRules": rules,
        "createdAt": CREATED_AT,
        "lastEditedAt": CREATED_AT,
    }


def _relationship(rel, schema: Schema) -> dict:
    name = cypher.relationship_type(rel.name, schema)
    return {
        "id": name,
        "name": name,
        "color": _RELATIONSHIP_COLOUR,
        "size": 1,
        "properties": [
            {"propertyKey": p["name"], "type": name, "dataType": p["dataType"]}
            for p in _properties(schema.relationship_properties(rel))
        ],
        "captions": [{"key": name, "type": "relationship", "isCaption": True, "inTooltip": True, "styles": []}],
        "textSize": 1,
        "textAlign": "top",
        "styleRules": [],
    }


def _template(number: int, phrase: cypher.SearchPhrase, schema: Schema) -> dict:
    suggest = schema.nodes[phrase.suggest]
    return {
        "id": f"tmpl:{number}",
        "name": phrase.phrase.split(" $", 1)[0],
        "text": phrase.phrase,
        "description": phrase.description,
        "cypher": phrase.cypher,
        "isUpdateQuery": False,
        "hasCypherErrors": False,
        "params": [
            {
                "name": f"${phrase.parameter}",
                "dataType": "String",
                "suggestionLabel": suggest.label,
                "suggestionProp": suggest.bloom["caption"],
                "suggestionBoolean": False,
                "collapsed": False,
                "cypher": None,
            }
        ],
        "createdAt": CREATED_AT,
    }


def perspective(schema: Schema | None = None) -> dict:
    """The Bloom perspective of the schema, as a JSON-ready dict."""
    schema = schema or load_schema()
    nodes = list(schema.nodes.values())
    return {
        "name": "kg: ML papers, models, datasets and results",
        "id": _id("bloom-perspective", schema),
        "version": BLOOM_VERSION,
        "type": "STANDARD_PERSPECTIVE",
        "createdAt": CREATED_AT,
        "lastEditedAt": CREATED_AT,
        "categories": [_category(number, node, schema) for number, node in enumerate(nodes, start=1)],
        "labels": {
            node.label: [{"propertyKey": p["name"], "type": node.label, "dataType": p["dataType"]} for p in _properties(node.properties)]
            for node in nodes
        },
        "relationshipTypes": [_relationship(rel, schema) for rel in schema.relationships.values()],
        "hiddenRelationshipTypes": [],
        "hiddenCategories": [],
        "hideUncategorisedData": False,
        "palette": {"colors": _PALETTE, "currentIndex": len(nodes) % len(_PALETTE)},
        "templates": [_template(n, phrase, schema) for n, phrase in enumerate(cypher.search_phrases(schema), start=1)],
        "sceneActions": [],
        "parentPerspectiveId": None,
        "metadata": {
            "pathSegments": [
                {"source": source, "relationshipType": rel.name, "target": target}
                for rel in schema.relationships.values()
                for source in rel.sources
                for target in rel.targets
            ],
            "indexes": [],
        },
    }


def render(schema: Schema | None = None) -> str:
    """The perspective as the text of ``bloom-perspective.json``."""
    return json.dumps(perspective(schema), indent=2, ensure_ascii=False) + "\n"


def write_perspective(directory: str | Path | None = None) -> Path:
    """Write ``bloom-perspective.json`` (atomically) into ``directory``, by default ``schemas/``."""
    path = Path(directory or schema_dir()) / PERSPECTIVE_FILE
    with atomic_open(path) as handle:
        handle.write(render())
    return path
