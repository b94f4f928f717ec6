"""The read stage on real files: the sample page, JSON Lines, an arXiv Atom feed, stdin and bad input."""

from __future__ import annotations

import io
import json
import sys
import tracemalloc
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ids import derive_paper_id
from kg.read import FORMATS, ReadStats, detect_format, read_papers
from kg.records import Paper

ROOT = Path(__file__).parents[1]
SAMPLE_PAGE = ROOT / "examples" / "hf-papers-pretraining-dev.txt"
SAMPLE_ATOM = Path(__file__).parent / "data" / "arxiv-sample.atom"
HEADER = ["new", "Get trending papers in your email inbox!", "Subscribe", "byAK and the research community", "Mar 11"]


def abstract(n: int) -> str:
    return f"We present method number {n}." + " It improves results on many benchmarks by a clear margin." * 6


def page(*lines: str, header: list[str] = HEADER) -> str:
    """Page text: header and then the given lines, blank lines between, as the site's dump has them."""
    return "\n\n".join([*header, *lines]) + "\n"


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def jsonl(*records: dict | str) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def good(n: int) -> dict:
    return {"id": f"p{n}", "title": f"Title {n}", "abstract": abstract(n)}


def error_of(path, **options) -> InputError:
    with pytest.raises(InputError) as caught:
        list(read_papers(path, **options))
    return caught.value


def line_of(path: Path, text: str) -> int:
    """1-based number of the first line of a file containing ``text``."""
    lines = path.read_bytes().decode("utf-8", "replace").splitlines()
    return next(i for i, line in enumerate(lines, 1) if text in line)


# --- the sample page ---------------------------------------------------------


def test_sample_page_gives_its_60_papers_in_order():
    lines = [line for line in SAMPLE_PAGE.read_text().splitlines() if line.strip()]
    stats = ReadStats()
    papers = list(read_papers(SAMPLE_PAGE, stats=stats))
    assert len(papers) == 60 and stats == ReadStats(papers=60)
    assert papers[0].title == "PLIP: Language-Image Pre-training for Person Representation Learning"
    assert [p.title for p in papers] == lines[5::2]
    assert [p.abstract for p in papers] == lines[6::2]
    assert papers[0].source == f"{SAMPLE_PAGE}:11" and papers[1].source == f"{SAMPLE_PAGE}:15"
    assert papers[0].id == derive_paper_id(papers[0].title)
    assert len({p.id for p in papers}) == 60


def test_page_with_crlf_and_bom_reads_the_same(tmp_path):
    path = write(tmp_path, "page.txt", b"\xef\xbb\xbf" + SAMPLE_PAGE.read_bytes().replace(b"\n", b"\r\n"))
    papers = list(read_papers(path))
    expected = list(read_papers(SAMPLE_PAGE))
    assert [(p.title, p.abstract) for p in papers] == [(p.title, p.abstract) for p in expected]
    assert papers[-1].source == f"{path}:247"


def test_page_without_known_header_takes_what_precedes_the_first_pair_as_header(tmp_path):
    path = write(tmp_path, "page.txt", page("Title A", abstract(1), "Title B", abstract(2), header=["Papers", "Page 1"]))
    assert [p.title for p in read_papers(path)] == ["Title A", "Title B"]
    bare = write(tmp_path, "bare.txt", page("Title A", abstract(1), header=[]))
    assert [(p.title, p.source) for p in read_papers(bare)] == [("Title A", f"{bare}:1")]


def test_page_short_abstract_is_kept_when_the_next_line_is_a_title(tmp_path):
    path = write(tmp_path, "page.txt", page("Title A", "This paper has been withdrawn.", "Title B", abstract(2)))
    papers = list(read_papers(path))
    assert [(p.title, p.abstract) for p in papers] == [("Title A", "This paper has been withdrawn."), ("Title B", abstract(2))]


def test_page_header_only_is_an_error(tmp_path):
    path = write(tmp_path, "page.txt", page())
    error = error_of(path, on_error="skip")
    assert str(error) == f"{path}: no papers found"
    assert error.line is None


def test_page_whose_abstracts_are_all_short(tmp_path):
    path = write(tmp_path, "page.txt", page("Title A", "We propose A.", "Title B", "We test B on C."))
    assert [(p.title, p.abstract) for p in read_papers(path)] == [("Title A", "We propose A."), ("Title B", "We test B on C.")]
    bare = write(tmp_path, "bare.txt", page("Title A", "We propose A.", "Title B", header=[]))
    assert str(error_of(bare)) == f'{bare}:5: title "Title B" has no abstract (end of file)'


def test_page_title_at_end_without_abstract(tmp_path):
    path = write(tmp_path, "page.txt", page("Title A", abstract(1), "Title B"))
    error = error_of(path)
    assert str(error) == f'{path}:{line_of(path, "Title B")}: title "Title B" has no abstract (end of file)'


def test_page_two_titles_in_a_row(tmp_path):
    path = write(tmp_path, "page.txt", page("Title A", abstract(1), "Title B", "Title C", abstract(3)))
    error = error_of(path)
    assert error.line == line_of(path, "Title B")
    assert error.message == f'title "Title B" has no abstract (line {line_of(path, "Title C")} is the next title)'
    stats = ReadStats()
    assert [p.title for p in read_papers(path, on_error="skip", stats=stats)] == ["Title A", "Title C"]
    assert (stats.papers, stats.skipped) == (2, 1) and stats.errors == [str(error)]


def test_page_title_with_no_abstract_right_after_the_header(tmp_path):
    path = write(tmp_path, "page.txt", page("Title A", "Title B", abstract(2)))
    assert error_of(path).line == line_of(path, "Title A")


def test_page_abstract_without_title(tmp_path):
    path = write(tmp_path, "page.txt", page(abstract(0), "Title A", abstract(1)))
    error = error_of(path)
    assert error.line == line_of(path, "method number 0")
    assert "line where a title was expected" in error.message
    assert [p.title for p in read_papers(path, on_error="skip")] == ["Title A"]


def test_page_invalid_utf8_names_line_and_byte(tmp_path):
    data = page("Title A", abstract(1), "Caf\udce9 Title", abstract(2), "Title C", abstract(3))
    path = write(tmp_path, "page.txt", data.encode("utf-8", "surrogateescape"))
    error = error_of(path)
    assert str(error) == f"{path}:{line_of(path, 'Title C') - 4}: invalid UTF-8 at byte 4 of the line (0xe9)"
    stats = ReadStats()
    assert [p.title for p in read_papers(path, on_error="skip", stats=stats)] == ["Title A", "Title C"]
    assert stats.skipped == 1


def test_page_five_megabyte_abstract_is_read_whole(tmp_path):
    long_abstract = "Words of a very long abstract. " * 170_000
    path = write(tmp_path, "page.txt", page("Title A", long_abstract, "Title B", abstract(2)))
    papers = list(read_papers(path))
    assert len(papers[0].abstract) == len(long_abstract.strip()) > 5_000_000
    assert papers[1].title == "Title B"


# --- JSON Lines -----------------------------------------------------------------


def test_jsonl_fields_ids_and_blank_lines(tmp_path):
    records = jsonl(
        {
            "id": " p1 ",
            "title": " T1 ",
            "abstract": "A1.",
            "url": "https://x.org/1",
            "date": "2024-03-11",
            "authors": [" Ann ", "Bo"],
        },
        "",
        {"id": 7, "title": "T2", "abstract": "A2.", "arxiv_id": "arXiv:2301.00001v2"},
        "   ",
        {"title": "T3", "abstract": "A3.", "arxiv_id": "https://arxiv.org/abs/2302.00002v1", "extra": {"ignored": True}},
        {"title": "T4", "abstract": "A4.", "url": None, "authors": None},
    )
    path = write(tmp_path, "papers.jsonl", records)
    papers = list(read_papers(path))
    assert papers[0] == Paper("p1", "T1", "A1.", "https://x.org/1", None, "2024-03-11", ("Ann", "Bo"), f"{path}:1")
    assert (papers[1].id, papers[1].arxiv_id, papers[1].source) == ("7", "2301.00001", f"{path}:3")
    assert (papers[2].id, papers[2].arxiv_id) == ("2302.00002", "2302.00002")
    assert (papers[3].id, papers[3].url, papers[3].authors, papers[3].source) == (derive_paper_id("T4"), None, (), f"{path}:6")


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"id": "p2", "title": "T"', "invalid JSON: Expecting ',' delimiter (column 26)"),
        ("[1, 2]", "expected a JSON object, not an array"),
        ('"a title"', "expected a JSON object, not a string"),
        ('{"id": "p2", "abstract": "A."}', "missing required field 'title'"),
        ('{"id": "p2", "title": null, "abstract": "A."}', "missing required field 'title'"),
        ('{"id": "p2", "title": "T"}', "missing required field 'abstract'"),
        ('{"id": "p2", "title": "T", "abstract": " \\n "}', "empty or missing abstract"),
        ('{"id": "p2", "title": 5, "abstract": "A."}', "field 'title' must be a string, not a number"),
        ('{"id": ["p2"], "title": "T", "abstract": "A."}', "field 'id' must be a string, not an array"),
        ('{"id": true, "title": "T", "abstract": "A."}', "field 'id' must be a string, not a boolean"),
        ('{"id": "p2", "title": "T", "abstract": "A.", "authors": "Ann"}', "field 'authors' must be a list of strings, not a string"),
        ('{"id": "p2", "title": "T", "abstract": "A.", "authors": ["Ann", 1]}', "field 'authors' must be a list of strings"),
        ('{"id": "p2", "title": "T", "abstract": "A.", "url": {}}', "field 'url' must be a string, not an object"),
        ('{"id": "p2", "title": "\\ud800", "abstract": "A."}', "field 'title' has an unpaired surrogate escape"),
        ("[" * 100_000, "invalid JSON"),
    ],
)
def test_jsonl_bad_record_names_file_and_line(tmp_path, line, message):
    path = write(tmp_path, "papers.jsonl", jsonl(good(1), line, good(3)))
    error = error_of(path)
    assert str(error).startswith(f"{path}:2: {message}")
    assert (error.file, error.line) == (str(path), 2)
    stats = ReadStats()
    assert [p.id for p in read_papers(path, on_error="skip", stats=stats)] == ["p1", "p3"]
    assert (stats.papers, stats.skipped) == (2, 1) and stats.errors[0].startswith(f"{path}:2: {message}")


def test_jsonl_invalid_utf8_names_line_and_byte(tmp_path):
    path = write(tmp_path, "papers.jsonl", jsonl(good(1)).encode() + b'{"title": "caf\xe9"}\n')
    assert str(error_of(path)) == f"{path}:2: invalid UTF-8 at byte 15 of the line (0xe9)"


def test_jsonl_five_megabyte_line_is_a_valid_record(tmp_path):
    record = {"id": "big", "title": "Big", "abstract": "x" * 5_000_000}
    path = write(tmp_path, "papers.jsonl", jsonl(good(1), record))
    papers = list(read_papers(path))
    assert papers[1].id == "big" and len(papers[1].abstract) == 5_000_000


def test_absurdly_long_line_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("kg.read._input.MAX_RECORD_BYTES", 10_000)  # the real limit is 64 MiB
    path = write(tmp_path, "papers.jsonl", jsonl(good(1), {"id": "big", "title": "Big", "abstract": "x" * 20_000}))
    assert str(error_of(path, on_error="skip")) == f"{path}:2: line longer than 10,000 bytes; not a paper record"


def test_duplicate_ids_name_both_lines_and_skip_keeps_the_first(tmp_path):
    path = write(tmp_path, "papers.jsonl", jsonl(good(1), good(2), {**good(1), "title": "Again"}))
    assert str(error_of(path)) == f"{path}:3: duplicate paper id 'p1' (first at line 1)"
    stats = ReadStats()
    papers = list(read_papers(path, on_error="skip", stats=stats))
    assert [(p.id, p.title) for p in papers] == [("p1", "Title 1"), ("p2", "Title 2")]
    assert stats.skipped == 1


def test_skip_mode_counts_every_bad_record_but_keeps_twenty_messages(tmp_path):
    path = write(tmp_path, "papers.jsonl", jsonl(good(0), *["[]"] * 25))
    stats = ReadStats()
    assert len(list(read_papers(path, on_error="skip", stats=stats))) == 1
    assert (stats.papers, stats.skipped, len(stats.errors)) == (1, 25, 20)
    assert stats.errors[-1].startswith(f"{path}:21: ")


# --- errors shared by all formats ------------------------------------------------


@pytest.mark.parametrize("name", ["empty.txt", "empty.jsonl", "empty.atom"])
@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf \r\n\n\t\n"])
@pytest.mark.parametrize("on_error", ["fail", "skip"])
def test_empty_input_is_an_error_in_both_modes(tmp_path, name, data, on_error):
    path = write(tmp_path, name, data)
    assert str(error_of(path, on_error=on_error)) == f"{path}: no papers found (the input is empty)"


def test_only_bad_records_in_skip_mode_is_an_error(tmp_path):
    path = write(tmp_path, "papers.jsonl", jsonl("[]", "{}"))
    error = error_of(path, on_error="skip")
    assert str(error) == f"{path}: no papers found; 2 bad records skipped, the first: {path}:1: expected a JSON object, not an array"


def test_missing_file_and_directory(tmp_path):
    assert str(error_of(tmp_path / "nope.txt")) == f"{tmp_path / 'nope.txt'}: no such file"
    assert str(error_of(tmp_path)) == f"{tmp_path}: is a directory, not a file"


@pytest.mark.parametrize("name", ["garbage.bin", "garbage.jsonl", "garbage.atom"])
def test_binary_garbage_is_not_a_text_file(tmp_path, name):
    path = write(tmp_path, name, b"\x1f\x8b\x08\x00" + bytes(range(256)) * 8)
    assert str(error_of(path)) == f"{path}: not a text file (NUL byte at byte 4)"


def test_nul_byte_after_the_start_names_the_line(tmp_path):
    path = write(tmp_path, "papers.jsonl", jsonl(*[good(n) for n in range(30)]).encode() + b'{"id": "\x00"}\n')
    assert str(error_of(path, on_error="skip")) == f"{path}:31: not a text file (NUL byte at byte 9 of the line)"


def test_unknown_format_and_on_error_are_refused_at_call():
    with pytest.raises(ValueError, match="unknown input format 'csv'"):
        read_papers("x.csv", format="csv")
    with pytest.raises(ValueError, match="on_error must be one of fail, skip"):
        read_papers("x.csv", on_error="ignore")


# --- arXiv Atom -------------------------------------------------------------------


def test_atom_sample_feed():
    papers = list(read_papers(SAMPLE_ATOM))
    assert [p.id for p in papers] == ["2303.11866", "2105.01601", "hep-th/9901001"]
    first = papers[0]
    assert first.title == "Contrastive Alignment of Vision to Language Through Parameter-Efficient Transfer Learning"
    assert first.abstract.startswith("Contrastive vision-language models (e.g. CLIP) are typically created by updating all")
    assert "parameter updates (<7%) can" in first.abstract and "\n" not in first.abstract
    assert (first.arxiv_id, first.url, first.date) == ("2303.11866", "http://arxiv.org/abs/2303.11866v2", "2023-03-21")
    assert first.authors == ("Zaid Khan", "Yun Fu")
    assert papers[2].authors == ("A. N. Author",)
    entry_lines = [n for n, line in enumerate(SAMPLE_ATOM.read_text().splitlines(), 1) if line.strip() == "<entry>"]
    assert [p.source for p in papers] == [f"{SAMPLE_ATOM}:{n}" for n in entry_lines]


FEED = '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n{}\n</feed>\n'


def entry(n: int, title: str = "A Title", summary: str = "We study things.") -> str:
    return f"<entry>\n<id>http://arxiv.org/abs/2301.0000{n}v1</id>\n<title>{title}</title>\n<summary>{summary}</summary>\n</entry>"


def test_atom_malformed_xml_names_the_parser_line(tmp_path):
    path = write(tmp_path, "feed.atom", FEED.format(entry(1) + "\n<entry><title>Broken</summary></entry>"))
    assert str(error_of(path, on_error="skip")) == f"{path}:8: malformed XML: mismatched tag (column 23)"


def test_atom_invalid_utf8_is_malformed_xml_with_its_line(tmp_path):
    path = write(tmp_path, "feed.atom", FEED.format(entry(1, title="Caf\udce9")).encode("utf-8", "surrogateescape"))
    assert str(error_of(path)) == f"{path}:5: malformed XML: not well-formed (invalid token) (column 11)"


def test_atom_doctype_is_refused_before_any_entity_expands(tmp_path):
    laughs = '<!DOCTYPE feed [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    feed = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&b;</title></entry></feed>'
    path = write(tmp_path, "feed.xml", f'<?xml version="1.0"?>\n{laughs}\n{feed}')
    error = error_of(path)
    assert str(error) == f"{path}:2: XML with a DOCTYPE declaration is refused (its entities can expand without limit)"


def test_atom_feed_with_no_entries(tmp_path):
    path = write(tmp_path, "feed.atom", FEED.format("<title>ArXiv Query</title>"))
    assert str(error_of(path)) == f"{path}: no papers found"


def test_atom_root_must_be_a_feed(tmp_path):
    path = write(tmp_path, "feed.xml", '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>')
    assert str(error_of(path)) == f"{path}:2: not an Atom feed: the root element is <rss>, not <feed>"


def test_atom_bad_entries_name_their_start_line_and_can_be_skipped(tmp_path):
    api_error = (
        "<entry><id>http://arxiv.org/api/errors#incorrect_id_format</id>"
        "<title>Error</title><summary>incorrect id format for 1234</summary></entry>"
    )
    path = write(tmp_path, "feed.atom", FEED.format("\n".join([entry(1), entry(2, summary=" "), api_error, entry(3)])))
    assert str(error_of(path)) == f"{path}:8: empty or missing abstract"
    stats = ReadStats()
    assert [p.id for p in read_papers(path, on_error="skip", stats=stats)] == ["2301.00001", "2301.00003"]
    assert stats.errors == [f"{path}:8: empty or missing abstract", f"{path}:13: arXiv API error: incorrect id format for 1234"]


def test_atom_absurd_entry_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("kg.read.arxiv_atom.MAX_RECORD_BYTES", 10_000)  # the real limit is 64 MiB
    path = write(tmp_path, "feed.atom", FEED.format(entry(1) + "\n" + entry(2, summary="x" * 20_000)))
    assert str(error_of(path, on_error="skip")) == f"{path}:8: entry longer than 10,000 characters; not a paper record"


# --- streaming --------------------------------------------------------------------


def peak_bytes_while_reading(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_papers(path))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("name", ["big.jsonl", "big.atom"])
def test_memory_stays_flat_on_a_big_input(tmp_path, name):
    text = "Scaling pre-training further improves results. " * 60  # ~3 KB an abstract
    if name.endswith(".jsonl"):
        data = jsonl(*[{"id": f"p{n}", "title": f"Paper {n}", "abstract": text} for n in range(4000)])
    else:
        entries = (entry(n, title=f"Paper {n}", summary=text).replace("2301.0000", "2301.") for n in range(10000, 14000))
        data = FEED.format("\n".join(entries))
    path = write(tmp_path, name, data)
    assert path.stat().st_size > 11_000_000
    count, peak = peak_bytes_while_reading(path)
    assert count == 4000
    assert peak < 2_000_000  # a reader that held the file would need > 11 MB


# --- detection and stdin ------------------------------------------------------------


def test_detect_format_by_extension_then_content(tmp_path):
    by_name = [detect_format(f"x{ext}") for ext in (".jsonl", ".NDJSON", ".xml", ".atom")]
    assert by_name == ["jsonl", "jsonl", "arxiv-atom", "arxiv-atom"]
    assert detect_format(write(tmp_path, "a.txt", b"\xef\xbb\xbf\r\n  " + jsonl(good(1)).encode())) == "jsonl"
    assert detect_format(write(tmp_path, "b", SAMPLE_ATOM.read_bytes())) == "arxiv-atom"
    assert detect_format(SAMPLE_PAGE) == "hf-page"
    assert set(FORMATS) == {"hf-page", "jsonl", "arxiv-atom"}
    with pytest.raises(InputError, match="no such file"):
        detect_format(tmp_path / "missing")


def test_given_format_overrides_detection(tmp_path):
    path = write(tmp_path, "papers.xml", jsonl(good(1)))
    assert [p.id for p in read_papers(path, format="jsonl")] == ["p1"]
    assert "malformed XML" in str(error_of(path))


def stdin_of(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_is_read_as_bytes_and_its_format_sniffed(monkeypatch):
    stdin_of(monkeypatch, SAMPLE_ATOM.read_bytes())
    assert [(p.id, p.source) for p in read_papers("-")][:1] == [("2303.11866", "<stdin>:10")]
    stdin_of(monkeypatch, jsonl(good(1), "[]").encode())
    assert str(error_of("-")) == "<stdin>:2: expected a JSON object, not an array"
    stdin_of(monkeypatch, SAMPLE_PAGE.read_bytes())
    assert len(list(read_papers("-", format="hf-page"))) == 60
