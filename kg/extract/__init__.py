"""Extraction stage: papers in, :class:`~kg.records.Extraction` records out.

A blank spaCy English pipeline with rule components only (no statistical model,
nothing downloaded):

``kg_sentences`` → ``kg_urls`` → ``kg_aliases`` → ``kg_entities`` → ``kg_facts`` →
``kg_results``

Each is a registered factory; word lists come from ``kg.lexicon.v1`` and URL
handling from ``kg.url_cleaner.v1`` / ``kg.url_classifier.v1``.
"""

from kg.extract.pipeline import PIPELINE, extract, load_pipeline, to_extraction
from kg.extract.urls import clean_url, url_kind

__all__ = ["PIPELINE", "extract", "load_pipeline", "to_extraction", "clean_url", "url_kind"]
