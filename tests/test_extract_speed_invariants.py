"""What extraction's shortcuts for speed must not change: the text handed to the
components, sentence offsets, URLs found after skipping ahead, and the parallel path's
order, results and streaming."""

from __future__ import annotations

import pytest

from kg.extract import extract, load_pipeline, to_extraction, url_kind
from kg.extract.pipeline import paper_text
from kg.records import Paper

TRICKY = [
    Paper("a", "Ünïcødé-Net:\tA  Model", "We propose Ünïcødé-Net\u00a0(UN). It beats BERT by 3.5 points.\u2029Next  para."),
    Paper("b", "", "  Leading space. Trailing space  \n\n e.g. Fig. 2 vs. ResNet-50 on ImageNet. Done!  "),
    Paper("c", "Title only", ""),
    Paper("d", "Tabs\tand\r\nbreaks", "Code: https://github.com/a/b. Data: huggingface.co/datasets/x/y)."),
]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_records_equal_those_of_docs_that_compute_their_own_text(nlp):
    # extract() hands the components the text it tokenised instead of spaCy's doc.text.
    for paper, extraction in zip(TRICKY, extract(TRICKY, nlp=nlp)):
        doc = nlp(paper_text(paper))
        assert doc.text == paper_text(paper)
        assert extraction == to_extraction(doc, paper)


@pytest.mark.parametrize(
    "text",
    [
        "One. Two! Three? “Four.” (Five.) e.g. six. Smith et al. 2020. 3.5 points.",
        "Title\u2029First line\nSecond line.\n\n  Third   after blank lines.  ",
        "No end at all",
        "   ",
        "Ends with a break.\n",
    ],
)
def test_sentence_offsets_agree_with_token_sentence_starts(nlp, text):
    doc = nlp(text)
    by_tokens = [[s.start_char, s.start_char + len(s.text.rstrip())] for s in doc.sents] if len(doc) else None
    assert doc._.kg_sentences == by_tokens


@pytest.mark.parametrize(
    "url",
    [
        "https://github.com/org/repo",
        "HTTP://Example.ORG/x",
        "ftp://files.example.net/a.tgz",
        "www.example.org/page",
        "WWW.EXAMPLE.COM",
        "github.com/org/repo",
        "gitlab.com/org/repo",
        "bitbucket.org/org/repo",
        "huggingface.co/org/model",
        "aka.ms/x",
        "a-very-long-host-name.example-lab.org/x/y",
    ],
)
@pytest.mark.parametrize("before", ["", "x ", "see a.com/ and also ", "at~", "Visit: www or http: "])
def test_urls_are_found_wherever_they_start(nlp, url, before):
    # The finder skips to the first hint ("://", "www.", ".com/", ...) before trying the
    # full URL pattern; no URL may start too far before its hint to be found.
    text = f"{before}{url}. More text follows."
    found = nlp(text)._.kg_urls
    assert [u[0] for u in found][-1:] == [url]
    start = found[-1][2]
    assert text[start : start + len(url)] == url


@pytest.mark.parametrize("url", ["www.x.org]/a", "https://exa\uff0fmple.com/a", "http://[::1/x"])
def test_malformed_hosts_do_not_crash(nlp, url):
    assert url_kind(url) in ("project", "other", "code", "model", "data")
    nlp(f"Code at {url} here.")


def test_two_processes_keep_order_papers_and_records(nlp):
    papers = [Paper(f"{p.id}-{i}", p.title, p.abstract) for i in range(4) for p in TRICKY]
    one = list(extract(papers, nlp=nlp))
    two = list(extract(iter(papers), nlp=nlp, n_process=2, batch_size=3))
    assert [e.to_record() for e in two] == [e.to_record() for e in one]
    # The parent's papers are attached, not copies that went through the workers.
    assert all(e.paper is p for e, p in zip(two, papers))


def test_two_processes_stream_a_bounded_number_of_batches(nlp):
    pulled = 0

    def many():
        nonlocal pulled
        for i in range(1000):
            pulled += 1
            yield Paper(str(i), "FooNet", "We propose FooNet.")

    results = extract(many(), nlp=nlp, n_process=2, batch_size=5)
    first = next(results)
    assert first.paper.id == "0"
    # Two batches per worker in flight, plus the one being read.
    assert pulled <= 5 * (2 * 2 + 1)
    results.close()  # stops the workers


@pytest.fixture(scope="module")
def poisoned_nlp():
    """The pipeline with one more component, which raises on a text that says POISON."""
    from spacy.language import Language

    from kg.extract import load_pipeline

    @Language.component("test_fails_on_poison")
    def fails_on_poison(doc):
        if "POISON" in doc.text:
            raise ValueError("boom")
        return doc

    nlp = load_pipeline()
    nlp.add_pipe("test_fails_on_poison")
    return nlp


def test_a_component_crash_names_the_paper_that_caused_it(poisoned_nlp):
    from kg.errors import ExtractionError
    from kg.extract import extract
    from kg.records import Paper

    papers = [Paper(f"p{i}", "T", "A fine abstract.", source=f"in.jsonl:{i}") for i in range(1, 4)]
    papers[1] = Paper("p2", "T", "A POISON abstract.", source="in.jsonl:2")
    for processes in (1, 2):  # the error crosses from a worker process intact
        with pytest.raises(ExtractionError, match=r"^in\.jsonl:2: extraction failed on paper 'p2' \(ValueError: boom\)"):
            list(extract(papers, nlp=poisoned_nlp, n_process=processes))
        # With a callback the failure is handed over and the other papers of its batch go on.
        failures = []
        kept = [e.paper.id for e in extract(papers, nlp=poisoned_nlp, n_process=processes, on_failure=failures.append)]
        assert kept == ["p1", "p3"]
        assert [str(f) for f in failures] == ["in.jsonl:2: extraction failed on paper 'p2' (ValueError: boom); this is a bug in kg"]


def test_skip_counts_a_paper_kg_fails_on_with_the_bad_records(tmp_path, monkeypatch, poisoned_nlp):
    from kg.build import extract_file
    from kg.extract import pipeline

    monkeypatch.setattr(pipeline, "load_pipeline", lambda: poisoned_nlp)
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": "a", "title": "T", "abstract": "A fine abstract."}\n'
        '{"id": "b", "title": "T", "abstract": "A POISON abstract."}\n'
        '{"id": "c", "title": "T", "abstract": "Another fine one."}\n'
    )
    summary = extract_file(source, tmp_path / "records.jsonl", on_error="skip")
    assert (summary.papers, summary.skipped) == (2, 1)
    assert "in.jsonl:2: extraction failed on paper 'b'" in summary.skipped_messages[0]
    assert [line.count('"id"') for line in (tmp_path / "records.jsonl").read_text().splitlines()] == [1, 1]


def test_per_word_work_is_cached_and_per_text_work_is_not():
    # A cache keyed by whole abstracts would grow with the corpus (and hit nothing); one keyed
    # by words is what keeps the candidate scan fast.
    from kg.extract import entities

    assert hasattr(entities._word_kind, "cache_info")
    assert not hasattr(entities._citation_spans, "cache_info")
