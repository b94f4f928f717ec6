"""Web addresses: found, cleaned of punctuation and LaTeX debris, and classified.

The cleaner and the classifier are pluggable registered functions
(``kg.url_cleaner.v1``, ``kg.url_classifier.v1``); the ``kg_urls`` component stores
``[url, kind, start, end]`` lists in ``doc._.kg_urls`` (offsets of the URL in the doc's
text: the cleaned URL itself, or the address as written where a space broke it).

>>> clean_url("at~https://github.com/x/y.")
'https://github.com/x/y'
>>> clean_url("https://github.com/a/b{https://github.com/a/b}.")
'https://github.com/a/b'
>>> url_kind("https://huggingface.co/datasets/org/data")
'data'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from kg.extract.sentences import doc_text

__all__ = ["UrlFinder", "clean_url", "url_kind"]

Doc.set_extension("kg_urls", default=None, force=True)

# Top-level domains a bare address ("aka.ms/x", "bit.ly/y", "klue-benchmark.com/") may end its
# host with: without a scheme, only a host with one of these and a path counts as a URL (or the
# host alone where the words before offer an address, below).
_BARE_TLDS = "com|org|net|edu|gov|io|ai|co|ms|ly|me|dev|app|info|cn|uk|de|fr|es|nl|ca|eu|kr|ru|jp|ml|ch|xyz|group|science"
# A URL with a scheme or "www.", or a bare address: a host name with a well-known top-level
# domain, then a path ("github.com/o/r", "g.co/brainresidency").
_URL = re.compile(
    r"(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ff][Tt][Pp]://|[Ww][Ww][Ww]\.|"
    rf"(?<![\w.@\-])(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+(?i:{_BARE_TLDS})/)"
    r"[^\s<>\"`|\\]+"
    # ... or a project page's bare host alone, "Project page: tapip3d.github.io", or any host
    # alone right after "at", a colon or "visit": "available at erasing.baulab.info"
    r"|(?<![\w.@\-/])(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+(?i:github|gitlab)\.io(?![\w\-/])"
    rf"|(?:(?<=\bat[ ~])|(?<=:[ ~])|(?<=[Vv]isit[ ~]))(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+(?i:{_BARE_TLDS})(?![\w\-/])"
)
# Cheap test first: most texts have one URL or none. Every match of _URL holds "://" within
# its first _SCHEME_REACH characters, or a dot that opens "www." or a top-level domain, with
# only host-name characters before it back to the match's start. The hints are
# looked for by patterns that open with one literal character, which the regex engine finds
# far faster than a character of a set.
_SCHEME_HINT = re.compile("://")
_SCHEME_REACH = len("https")
_DOT_HINT = re.compile(rf"\.(?:(?<=[Ww][Ww][Ww]\.)|(?i:{_BARE_TLDS})(?![\w\-]))")
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
# A URL broken at a space: a scheme before it ("https: //"), a path after a bare host ("aka.ms /x").
_SPLIT_SCHEME = re.compile(r"\b((?:https?|ftp):)[\s~]//$", re.IGNORECASE)
_SPLIT_PATH = re.compile(r" (/[^\s<>\"`|\\]+)")
# ... or the rest of a path after a break following a "/" ("github.com/\nZNLP/TokAlign",
# "github.com/deepmind/ deepmind-research/tree/master"), or a hyphen opening the next line ("...-of\n-Document").
_PATH_AFTER_BREAK = re.compile(r"[ \n]{1,2}([\w\-.~%]+/[^\s<>\"`|\\]*)")
_HYPHEN_AFTER_BREAK = re.compile(r"\n(-[^\s<>\"`|\\]+)")
# A Markdown escape ("[https://x.io/a\\_b](https://x.io/a_b)"): the link's target after it is the URL.
_MARKDOWN_ESCAPE = re.compile(r"\\+_[^\s\]]*\]\(")
# A footnote mark rendered from HTML superscripts ("111", "222") glued to the end of a URL,
# and a scheme glued after a comma or such a mark: the start of the next URL ("?u=https://"
# in a query is not).
_FOOTNOTE_MARK = re.compile(r"[,;]?(\d)\1\1$")
_GLUED_SCHEME = re.compile(r"(?<=[,;\d])(?:https?|ftp)://", re.IGNORECASE)
_SCHEME_START = re.compile(r"(?:https?|ftp)://|www\.", re.IGNORECASE)
_TRAILING = re.compile(r"[.,;:!?'\"’”*~†‡✢§¶]+$")
# A footnote's mark rendered thrice ("111", "222") glued between an address and a word: before a
# bare address ("generalizability.111imageomics.github.io/x", "here111github.com/o/r") or after
# one ("github.com/o/r111We", "github.com/o/r.222CleanSTL-10").
_MARK_BEFORE = re.compile(r"^[^/]*?[A-Za-z.](\d)\1\1(?=[A-Za-z])")
_MARK_AFTER = re.compile(r"\.?(\d)\1\1[A-Za-z][\w\-]*$")
_BRACE = re.compile(r"[{}\\]")
_ANY_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)
# What the words before a site's address say it holds, for a site its host does not classify
# ("our model and code are available at https://aka.ms/x"), in this order of precedence.
_SAID_KIND = (
    ("project", re.compile(r"\b(?:project|home)[\s~-]?pages?\b|\bwebsites?\b|\bdemos?\b", re.IGNORECASE)),
    ("code", re.compile(r"\b(?:code|codes|source|implementations?|codebase|repository)\b", re.IGNORECASE)),
    ("data", re.compile(r"\b(?:data|datasets?|corpus|corpora|benchmarks?|annotations)\b", re.IGNORECASE)),
)
# What the sentence may offer besides data to make a repository its code or a page its project's
# (results, experiments and evaluation may come with a data set). A footnote's mark glues to the
# next word: "baselines111Code and data are at ...".
_DATA_SAID = re.compile(r"(?<![A-Za-z])(?:data|datasets?|corpus|corpora)\b", re.IGNORECASE)
_MORE_THAN_DATA = re.compile(
    r"(?<![A-Za-z])(?:codebase|codes?|source|implementations?|scripts?|models?|methods?|benchmarks?|evaluator|"
    r"package|library|toolkit|tools?|prompts?|environments?|guidelines|algorithms?|framework|pipeline|"
    r"checkpoints?|weights|resources|materials|project|home[\s~-]?pages?|websites?|demos?)\b",
    re.IGNORECASE,
)
# (a footnote's mark after a full stop starts the footnote's own sentence: "... and models.111Dataset at")
_SENTENCE_END = re.compile(r".*(?:[.!?](?:[\s~]+|(\d)\1\1(?=[A-Z]))|\n)", re.DOTALL)
_CLOSERS = {")": "(", "]": "[", "}": "{", ">": "<"}

_CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "gitee.com", "codeberg.org", "sourceforge.net", "anonymous.4open.science")
# Link shorteners: what is behind one is only what the sentence says.
_SHORTENERS = ("aka.ms", "git.io", "goo.gl", "bit.ly", "tinyurl.com", "shorturl.at", "t.ly", "is.gd", "rb.gy", "t.co")
_DATA_HOSTS = ("zenodo.org", "figshare.com", "dataverse.harvard.edu", "physionet.org", "data.mendeley.com")
_OTHER_HOSTS = (
    "arxiv.org", "doi.org", "dx.doi.org", "youtube.com", "youtu.be", "twitter.com", "x.com",
    "wikipedia.org", "drive.google.com", "dropbox.com", "openreview.net", "aclanthology.org",
    "paperswithcode.com", "linkedin.com", "medium.com", "colab.research.google.com",
)
_PROJECT_HOSTS = ("github.io", "sites.google.com", "gitlab.io", "netlify.app", "vercel.app", "readthedocs.io")
_DATA_DOI_PREFIXES = ("/10.5281/zenodo", "/10.6084/m9.figshare", "/10.5061/dryad", "/10.21227/")
_ARCHIVE = re.compile(r"\.(?:zip|tar|gz|tgz|bz2|xz|7z|rar|json|jsonl|csv|tsv|parquet|h5|npz)$", re.IGNORECASE)


@registry.misc("kg.url_cleaner.v1")
def make_url_cleaner() -> Callable[[str], str]:
    return clean_url


@registry.misc("kg.url_classifier.v1")
def make_url_classifier() -> Callable[[str], str]:
    return url_kind


def clean_url(raw: str) -> str:
    """A URL as written, without leading LaTeX debris, duplicated ``{...}`` copies and
    trailing punctuation or unbalanced brackets.

    >>> clean_url("(see https://example.org/a_(b)).")
    'https://example.org/a_(b)'
    >>> clean_url("https://github.com/x/y\\\\")
    'https://github.com/x/y'
    >>> clean_url("[https://github.com/x/y](https://github.com/x/y).")
    'https://github.com/x/y'
    >>> [clean_url(u) for u in ("here111github.com/o/r", "https://github.com/o/r111We", "https://github.com/o/r.222CleanSTL-10", "https://github.com/o/r.††✢")]
    ['github.com/o/r', 'https://github.com/o/r', 'https://github.com/o/r', 'https://github.com/o/r']
    """
    start = _SCHEME_START.search(raw)
    url = raw[start.start():] if start else _MARK_BEFORE.sub("", raw, count=1)
    # LaTeX \href{...}{...} and \url{...} debris: the address never contains a brace; nor a
    # Markdown link's "](" that repeats it ("[https://a](https://a)").
    url = _BRACE.split(url, maxsplit=1)[0].split("](", 1)[0]
    if "/" in url.split("//", 1)[-1]:
        url = _MARK_AFTER.sub("", url, count=1)
    while url:
        stripped = _TRAILING.sub("", url)
        last = stripped[-1:] if stripped else ""
        if last in _CLOSERS and stripped.count(last) > stripped.count(_CLOSERS[last]):
            stripped = stripped[:-1]
        if stripped == url:
            break
        url = stripped
    return url


def _host_path(url: str) -> tuple[str, str]:
    if not _ANY_SCHEME.match(url):
        url = "http://" + url
    try:
        parts = urlsplit(url)
    except ValueError:  # a bracket that opens no IPv6 address ("x.org]/a"), or a
        return "", ""  # character that NFKC turns into a delimiter: no host to go by
    host = (parts.hostname or "").lower()
    return (host[4:] if host.startswith("www.") else host), parts.path


def _on(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def url_kind(url: str) -> str:
    """What a URL points to: code, project, model, data or other.

    >>> [url_kind(u) for u in ["https://github.com/a/b", "https://huggingface.co/org/m",
    ...     "https://a.github.io/p/", "http://lab.example.ai/", "https://arxiv.org/abs/1",
    ...     "https://doi.org/10.5281/zenodo.1234"]]
    ['code', 'model', 'project', 'project', 'other', 'data']
    """
    host, path = _host_path(url)
    segments = [s for s in path.split("/") if s]
    if _on(host, ("huggingface.co", "hf.co")):
        if segments[:1] == ["datasets"]:
            return "data"
        if segments[:1] == ["spaces"]:
            return "project"
        if segments[:1] in (["papers"], ["blog"], ["docs"]):
            return "other"
        return "model" if segments else "other"
    if _on(host, _PROJECT_HOSTS):
        return "project"
    if _on(host, _CODE_HOSTS) or host.startswith("gitlab."):  # (an institution's own GitLab: "gitlab.inria.fr")
        return "code"
    if _on(host, _DATA_HOSTS) or (_on(host, ("kaggle.com",)) and segments[:1] == ["datasets"]):
        return "data"
    if _on(host, ("modelscope.cn", "tfhub.dev")) or (_on(host, ("kaggle.com",)) and segments[:1] == ["models"]):
        return "model"
    if _on(host, ("doi.org",)) and path.lower().startswith(_DATA_DOI_PREFIXES):
        return "data"  # a DOI of a data repository: Zenodo, figshare, Dryad, IEEE DataPort
    if _on(host, _OTHER_HOSTS) or path.lower().endswith(".pdf"):
        return "other"
    if _ARCHIVE.search(path):
        return "data"
    # Any other site named in an abstract is, in practice, the project's or paper's page.
    return "project"


def _unnamed_site(url: str) -> bool:
    """Whether nothing in the URL says it is a project page: neither a project host
    ("x.github.io") nor a path with "project" in it ("seohong.me/projects/hilp")."""
    host, path = _host_path(url)
    return not _on(host, _PROJECT_HOSTS) and "project" not in path.lower()


def _said_kind(text: str, start: int) -> str | None:
    """The kind of resource the sentence says is at the URL starting at ``start``, if any.

    >>> text = "See our paper. Our model and code are available at https://aka.ms/x."
    >>> _said_kind(text, text.index("https")), _said_kind(text, text.index("Our"))
    ('code', None)
    """
    window = _sentence_before(text, start)
    return next((kind for kind, words in _SAID_KIND if words.search(window)), None)


def _sentence_before(text: str, start: int) -> str:
    """The words of the sentence before ``start`` (at most 120 characters)."""
    window = text[max(0, start - 120) : start]
    sentence_start = _SENTENCE_END.match(window)
    return window[sentence_start.end() :] if sentence_start else window


def _said_data_only(text: str, start: int) -> bool:
    """Whether the sentence before a URL offers data and nothing else there: "The dataset is
    available at https://github.com/org/x" (a repository that holds a data set; or a page of its
    own, "at https://org.github.io/x"), not "our code and data are at ...".

    >>> text = "The dataset is available at https://github.com/o/x. Code and data at https://github.com/o/y."
    >>> _said_data_only(text, text.index("https://github.com/o/x")), _said_data_only(text, text.index("https://github.com/o/y"))
    (True, False)
    """
    window = _sentence_before(text, start)
    return bool(_DATA_SAID.search(window)) and not _MORE_THAN_DATA.search(window)


class UrlFinder:
    """Finds URLs in the text; stores ``[url, kind, start, end]`` in ``doc._.kg_urls``."""

    def __init__(self, cleaner: Callable[[str], str], classifier: Callable[[str], str]):
        self.cleaner = cleaner
        self.classifier = classifier

    def __call__(self, doc: Doc) -> Doc:
        found = []
        text = doc_text(doc)
        hints = []
        scheme = _SCHEME_HINT.search(text)
        if scheme:
            hints.append(max(0, scheme.start() - _SCHEME_REACH))
        dot = _DOT_HINT.search(text)
        if dot:  # the host name it ends starts at the first character no host name has
            start = dot.start()
            while start and text[start - 1] in _HOST_CHARS:
                start -= 1
            hints.append(start)
        pos = min(hints) if hints else len(text)
        while match := _URL.search(text, pos):
            pos = match.end()
            raw = match.group()
            inner = _GLUED_SCHEME.search(raw, 1)
            if inner:  # "https://a.org/x,222https://b.org/y": two URLs, a footnote mark between
                pos = match.start() + inner.start()
                raw = _FOOTNOTE_MARK.sub("", raw[: inner.start()])
            url = self.cleaner(raw)
            if "." not in url.split("//", 1)[-1].split("/", 1)[0]:
                continue  # no host name, e.g. "http://" alone
            start = text.find(url, match.start())
            end = start + len(url)
            # Text extracted from PDFs breaks URLs at a space: "https: //host/p", "https://host /p".
            # The offsets then span the address as written, the URL is without the space.
            scheme = _SPLIT_SCHEME.search(text, max(0, start - 9), start) if text[start - 1 : start] == "/" else None
            if scheme and not _ANY_SCHEME.match(url):
                start, url = scheme.start(), scheme.group(1) + "//" + url
            if _MARKDOWN_ESCAPE.match(text, end):
                continue  # the escaped link text; its target, read next, is the address
            path = _SPLIT_PATH.match(text, end) if "/" not in url.split("//", 1)[-1] else None
            if path is None and text[end : end + 1] in (" ", "\n"):
                path = (_PATH_AFTER_BREAK.match(text, end) if url.endswith("/") else None) or _HYPHEN_AFTER_BREAK.match(text, end)
            if path:
                rest = self.cleaner(path.group(1))
                url, end = url + rest, path.start(1) + len(rest)
            kind = self.classifier(url)
            if kind in ("code", "project") and _said_data_only(text, start):
                kind = "data"  # "The dataset is available at https://github.com/...": a repository of data
            if kind == "project" and _unnamed_site(url):
                # (a site of its own is the project's page even where the sentence offers code
                # there: "code and data at https://webarena.dev"; a shortened link is what it says)
                said = _said_kind(text, start)
                kind = said if said and (said != "code" or _on(_host_path(url)[0], _SHORTENERS)) else kind
            found.append([url, kind, start, end])
        doc._.kg_urls = found
        return doc


@Language.factory(
    "kg_urls",
    assigns=["doc._.kg_urls"],
    default_config={"cleaner": {"@misc": "kg.url_cleaner.v1"}, "classifier": {"@misc": "kg.url_classifier.v1"}},
)
def make_url_finder(nlp: Language, name: str, cleaner: Callable, classifier: Callable) -> UrlFinder:
    return UrlFinder(cleaner, classifier)
