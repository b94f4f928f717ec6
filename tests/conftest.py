"""Shared fixtures: a real Neo4j server for tests marked ``neo4j``, and a small hand-made corpus.

The server comes from ``KG_NEO4J_URI``, ``KG_NEO4J_USER`` and ``KG_NEO4J_PASSWORD``
(``eval "$(scripts/neo4j-dev start)"`` sets the first two). Without ``KG_NEO4J_URI``
the Neo4j tests are skipped, with the reason shown by ``-ra`` - except under CI
(``CI`` set), where they fail: CI must never skip them silently.
"""

from __future__ import annotations

import os

import pytest

from kg.build import elements_of
from kg.records import Entity, Evidence, Extraction, Fact, Mention, Paper, Result, Url


@pytest.fixture(scope="session")
def neo4j_settings() -> dict:
    """Connection settings of the test server (the password is never printed)."""
    if not os.environ.get("KG_NEO4J_URI"):
        reason = "KG_NEO4J_URI is not set: start a server with `eval \"$(scripts/neo4j-dev start)\"`"
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the Neo4j tests, but {reason}")
        pytest.skip(reason)
    return {
        "uri": os.environ["KG_NEO4J_URI"],
        "user": os.environ.get("KG_NEO4J_USER", "neo4j"),
        "password": os.environ.get("KG_NEO4J_PASSWORD", "kg-dev-password"),
    }


@pytest.fixture(scope="session")
def _neo4j_connection(neo4j_settings):
    from kg.neo4j.loader import connect

    conn = connect(**neo4j_settings)
    yield conn
    conn.close()


@pytest.fixture
def neo4j(_neo4j_connection):
    """A connection to the test server, with kg's data wiped before the test."""
    from kg.neo4j.loader import clear

    clear(_neo4j_connection)
    return _neo4j_connection


@pytest.fixture
def graph_elements():
    """``elements_of(extractions)``: the graph elements of a list of extractions."""
    return elements_of


class _Abstract:
    """Builds one paper's extraction with evidence offsets taken from its abstract."""

    def __init__(self, pid: str, title: str, sentences: list[str]):
        self.abstract = " ".join(sentences)
        self.paper = Paper(pid, title, self.abstract)
        self.entities: dict[str, Entity] = {}
        self.facts, self.results, self.urls = [], [], []

    def evidence(self, needle: str) -> Evidence:
        at = self.abstract.index(needle)
        start = self.abstract.rfind(". ", 0, at) + 2 if ". " in self.abstract[:at] else 0
        end = self.abstract.find(". ", at)
        end = len(self.abstract) if end < 0 else end + 1
        return Evidence(start, end, self.abstract[start:end], 0.9)

    def entity(self, name: str, entity_type: str, *aliases: str) -> _Abstract:
        at = self.abstract.index(name)
        mention = Mention(name, at, at + len(name), 0.9)
        self.entities[name] = Entity(name, entity_type, list(aliases), [mention], self.evidence(name))
        return self

    def fact(self, relation: str, *args: str) -> _Abstract:
        self.facts.append(Fact(relation, tuple(args), self.evidence(args[-1])))
        return self

    def result(self, subject: str, metric: str, value: str, benchmark: str) -> _Abstract:
        self.results.append(Result(subject, metric, value, benchmark, self.evidence(value)))
        return self

    def url(self, url: str, kind: str) -> _Abstract:
        at = self.abstract.index(url)
        self.urls.append(Url(url, kind, at, at + len(url), self.evidence(url)))
        return self

    def extraction(self) -> Extraction:
        return Extraction(self.paper, list(self.entities.values()), self.urls, self.facts, self.results)


P1 = "AlphaNet: Pretraining for Everything"
P2 = "BetaNet: Scaling AlphaNet"
P3 = "Gamma: A Vision and Reasoning Study"
P4 = "Delta: Reusing SQuAD and GLUE"


def fixture_corpus() -> list[Extraction]:
    """Four papers whose every query answer is worked out by hand in test_neo4j_queries.py."""
    p1 = (
        _Abstract(
            "p1",
            P1,
            [
                "We propose AlphaNet, a model built on BERT.",
                "AlphaNet is evaluated on GLUE and SQuAD and outperforms RoBERTa.",
                "It reaches 91.2 accuracy on GLUE, while RoBERTa reaches 88.5 there.",
                "Code: https://github.com/alpha/alphanet and weights: https://huggingface.co/alpha/alphanet-base today.",
            ],
        )
        .entity("AlphaNet", "MODEL")
        .entity("BERT", "MODEL")
        .entity("GLUE", "BENCHMARK")
        .entity("SQuAD", "DATASET", "Stanford Question Answering Dataset")
        .entity("RoBERTa", "MODEL")
        .entity("accuracy", "METRIC")
        .fact("proposes", "AlphaNet")
        .fact("uses", "BERT")
        .fact("evaluated_on", "GLUE")
        .fact("evaluated_on", "SQuAD")
        .fact("based_on", "AlphaNet", "BERT")
        .fact("compared_to", "AlphaNet", "RoBERTa")
        .result("AlphaNet", "accuracy", "91.2", "GLUE")
        .result("RoBERTa", "accuracy", "88.5", "GLUE")
        .url("https://github.com/alpha/alphanet", "code")
        .url("https://huggingface.co/alpha/alphanet-base", "model")
    )
    p2 = (
        _Abstract(
            "p2",
            P2,
            [
                "We present BetaNet, which extends AlphaNet to more data.",
                "Trained with SQuAD and evaluated on GLUE, BetaNet beats RoBERTa.",
                "BetaNet reaches 92.0% accuracy on GLUE where AlphaNet is second best, and 80.1 F1 on SQuAD.",
                "See https://github.com/beta/betanet and https://gitlab.com/beta/tools for code.",
            ],
        )
        .entity("BetaNet", "MODEL")
        .entity("AlphaNet", "MODEL")
        .entity("SQuAD", "DATASET")
        .entity("GLUE", "BENCHMARK")
        .entity("RoBERTa", "MODEL")
        .entity("accuracy", "METRIC")
        .entity("F1", "METRIC")
        .fact("proposes", "BetaNet")
        .fact("uses", "SQuAD")
        .fact("evaluated_on", "GLUE")
        .fact("based_on", "BetaNet", "AlphaNet")
        .fact("compared_to", "BetaNet", "RoBERTa")
        .result("BetaNet", "accuracy", "92.0%", "GLUE")
        .result("AlphaNet", "accuracy", "second best", "GLUE")
        .result("BetaNet", "F1", "80.1", "SQuAD")
        .url("https://github.com/beta/betanet", "code")
        .url("https://gitlab.com/beta/tools", "code")
    )
    p3 = (
        _Abstract(
            "p3",
            P3,
            [
                "We introduce Ünïcødé-Net, trained on ImageNet with RoBERTa as the text encoder.",
                "On MMLU it is compared with RoBERTa alone.",
                "Data: https://huggingface.co/datasets/gamma/images and the project page https://gamma.github.io/ online.",
            ],
        )
        .entity("Ünïcødé-Net", "MODEL")
        .entity("ImageNet", "DATASET")
        .entity("RoBERTa", "MODEL")
        .entity("MMLU", "BENCHMARK")
        .fact("proposes", "Ünïcødé-Net")
        .fact("uses", "ImageNet")
        .fact("uses", "RoBERTa")
        .fact("evaluated_on", "MMLU")
        .fact("compared_to", "Ünïcødé-Net", "RoBERTa")
        .url("https://huggingface.co/datasets/gamma/images", "data")
        .url("https://gamma.github.io/", "project")
    )
    p4 = (
        _Abstract(
            "p4",
            P4,
            [
                "We reuse GLUE and SQuAD with a BERT encoder.",
                "Code is at https://github.com/delta/delta for all.",
            ],
        )
        .entity("GLUE", "DATASET")
        .entity("SQuAD", "DATASET")
        .entity("BERT", "MODEL")
        .fact("uses", "GLUE")
        .fact("uses", "SQuAD")
        .fact("uses", "BERT")
        .url("https://github.com/delta/delta", "code")
    )
    return [p.extraction() for p in (p1, p2, p3, p4)]


@pytest.fixture
def corpus() -> list[Extraction]:
    """The four-paper fixture corpus (see :func:`fixture_corpus`)."""
    return fixture_corpus()
