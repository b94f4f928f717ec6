"""Paper-level facts from the entities and the cue phrases around them.

* proposes: the name heading the title; the name after "we propose/introduce/...",
  after a naming word ("termed X", "a benchmark called X") or in parentheses ("(X)");
  short forms defined in that clause; "X is proposed"; variants of a proposed name
  ("FST-D" of "FST"). Failing all these, a model short form the paper defines.
* uses: other models named in sentences about the paper's own work ("we", "our"), unless
  their clause sets them apart ("Unlike X, ...", "prior work such as X"); elsewhere only
  right after a use cue ("using", "based on", "than"), never after an example cue ("such
  as", "e.g.") or in a background sentence ("X has shown ..."); datasets it trains on.
* evaluated_on: datasets and benchmarks not named as training data, with an evaluation word
  in their clause ("experiments", "state of the art", "zero-shot", "reports", ...; or
  named after "on"/"across" in a sentence reporting results: "results on X and Y"), in the paper's own sentences or outside background ones; and (added by
  ``kg_results``) those a number is reported on.
* based_on: (proposed model, X) for "based on X", "built upon X", "X-based", "freeze
  the X", and for variants ("Flan-UL2" of "UL2").
* compared_to: (proposed model, X) for "outperforms X", "compared to X", "than X".

``doc._.kg_facts`` holds ``[relation, [args], sentence_start, sentence_end, confidence]``.

>>> from kg.extract import load_pipeline
>>> doc = load_pipeline()("We propose FooNet, a model based on BERT. FooNet outperforms RoBERTa on GLUE.")
>>> sorted((r, tuple(a)) for r, a, *_ in doc._.kg_facts)  # doctest: +NORMALIZE_WHITESPACE
[('based_on', ('FooNet', 'BERT')), ('compared_to', ('FooNet', 'RoBERTa')), ('evaluated_on', ('GLUE',)),
 ('proposes', ('FooNet',)), ('uses', ('BERT',)), ('uses', ('RoBERTa',))]
"""

from __future__ import annotations

import bisect
import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import cues
from kg.extract.entities import title_head
from kg.extract.lexicon import name_key
from kg.extract.sentences import doc_text, sentence_bounds
from kg.records import normalise_name

__all__ = ["FactFinder"]

Doc.set_extension("kg_facts", default=None, force=True)

_PARENTHESISED = re.compile(r"\(\s*$")
_TYPE_NOUN = re.compile(
    r"\b(?:dataset|benchmark|corpus|model|framework|method|approach|algorithm|architecture|network|module|"
    r"pipeline|paradigm|strategy|technique|system|objective|suite|metric|baseline|family|scorer|encoder|decoder|"
    r"tagger|parser|classifier|detector|generator|tokenizer|retriever|agent|policy|library|toolkit|tool)s?\b"
)
_LIST_GAP = re.compile(r"[\s~]*(?:,|and|or|&|,[\s~]*and|,[\s~]*or)?[\s~]*(?:the[\s~]+)?")
# Clause boundaries: punctuation, subordinators, and "and" before a new verb phrase.
_CLAUSE = re.compile(r"[,;]|\b(?:when|while|where|whereas|which)\b|\band(?=[\s~]+(?:is|are|was|were|has|have|then|it|we|they)\b)")
_MEASURED_ON = re.compile(r"\b(?:on|across|over)[\s~]+(?:the[\s~]+|several[\s~]+|various[\s~]+|both[\s~]+)?(?:[\w\-]+[\s~]+){0,2}$", re.IGNORECASE)
# A clause that goes on with the previous one's subject: ", and optimize ...".
_COORDINATED = re.compile(r"[\s~]*(?:and|or|then)[\s~]+(?!we\b|they\b|it\b)[a-z]+", re.IGNORECASE)
_CONTRAST = re.compile(r"\b(?:unlike|in[\s~]+contrast[\s~]+to|instead[\s~]+of|rather[\s~]+than|without|whereas)\b", re.IGNORECASE)
_OWN = re.compile(r"\b(?:our|the proposed)[\s~]+$", re.IGNORECASE)


class _Doc:
    """The entities of one doc, indexed by sentence, with the sentence texts."""

    def __init__(self, doc: Doc):
        self.text = doc_text(doc)
        self.title_end = doc._.kg_title_end or 0
        self.entities = doc._.kg_entities or []
        self.sentences = sentence_bounds(doc) if len(doc) else []
        starts = [s for s, _ in self.sentences]
        self.by_sentence: list[list[tuple[int, int, int]]] = [[] for _ in self.sentences]
        for index, entity in enumerate(self.entities):
            for start, end in entity[3]:
                slot = max(0, bisect.bisect_right(starts, start) - 1)
                if self.sentences:
                    self.by_sentence[slot].append((start, end, index))
        for mentions in self.by_sentence:
            mentions.sort()
        self.defined = {name_key(d[0]) for d in (doc._.kg_aliases or [])}

    def name(self, index: int) -> str:
        return self.entities[index][0]

    def type(self, index: int) -> str:
        return self.entities[index][1]


class FactFinder:
    """Finds proposes/uses/evaluated_on/based_on/compared_to; see the module documentation."""

    def __init__(self, known_names: frozenset[str] = frozenset()):
        self.known = known_names  # normalised names from the gazetteer: well-known, so never proposed

    def __call__(self, doc: Doc) -> Doc:
        d = _Doc(doc)
        facts: dict[tuple, list] = {}

        def add(relation: str, args: tuple[str, ...], sentence: int, confidence: float) -> None:
            start, end = d.sentences[sentence] if d.sentences else (0, 0)
            facts.setdefault((relation, args), [relation, list(args), start, end, confidence])

        proposed = self._proposes(d, add)
        self._variants(d, proposed, add)
        main = next((i for i in proposed if d.type(i) == "MODEL"), None)
        survey = bool(cues.SURVEY.search(d.text[: d.sentences[1][1]] if len(d.sentences) > 1 else d.text))
        for number, mentions in enumerate(d.by_sentence):
            start, end = d.sentences[number]
            sentence = d.text[start:end]
            own = bool(cues.FIRST_PERSON.search(sentence)) or any(i in proposed for _, _, i in mentions)
            subject = next((i for _, _, i in mentions if i in proposed and d.type(i) == "MODEL"), None)
            subject = subject if subject is not None else (main if own else None)
            # Cue positions, found once per sentence (and only looked for when a hint is there).
            lowered = sentence.lower()
            compares = baseds = []
            if subject is not None and cues.mentions_any(lowered, cues.COMPARE_HINTS):
                compares = [start + m.end() for m in cues.COMPARE.finditer(sentence)]
            if subject is not None and cues.mentions_any(lowered, cues.BASED_HINTS):
                baseds = [start + m.end() for m in cues.BASED.finditer(sentence)]
            uses = None
            evaluation = None
            background = None
            for m_start, m_end, index in mentions:
                etype = d.type(index)
                if m_start < d.title_end or (index in proposed and etype == "MODEL"):
                    continue
                after = d.text[m_end : min(end, m_end + 60)]
                head = self._list_head(d, mentions, m_start)
                if etype == "MODEL":
                    if not survey:
                        if uses is None:
                            uses = [(start + m.end(), bool(cues.EXAMPLE_CUE.search(m.group()))) for m in cues.USE_CUE.finditer(sentence)]
                        if background is None:
                            background = bool(cues.BACKGROUND.search(sentence))
                        confidence = self._use(d, sentence, start, head, after, uses, own, background)
                        if confidence:
                            add("uses", (d.name(index),), number, confidence)
                    if subject is not None and subject != index:
                        compare = [e for e in compares if e <= m_start]
                        if compare and self._between(d, mentions, compare[0], m_start, subject):
                            add("compared_to", (d.name(subject), d.name(index)), number, 0.7)
                        based = any(head - 90 <= e <= head for e in baseds)
                        if (based and not compare) or d.text[m_end : m_end + 6] == "-based":
                            add("based_on", (d.name(subject), d.name(index)), number, 0.7)
                elif etype in ("DATASET", "BENCHMARK") and not survey:
                    head_before = d.text[max(start, head - 90) : head]
                    training = bool(cues.TRAINING_BEFORE.search(head_before) or cues.TRAINING_AFTER.match(after))
                    if training:
                        # Training data is used, not evaluated on, even in a sentence about results.
                        if own and index not in proposed:
                            add("uses", (d.name(index),), number, 0.6)
                        continue
                    if evaluation is None:
                        evaluation = bool(cues.EVALUATION.search(sentence))
                    if background is None:
                        background = bool(cues.BACKGROUND.search(sentence))
                    if not evaluation or (background and not own):
                        continue  # "X has become a standard benchmark": related work, not this paper's
                    clause = self._clause(sentence, head - start)
                    # "achieves 80% on X", "results on X and Y": "on" a dataset in a sentence
                    # about results is where they were measured, whoever the subject is; other
                    # datasets of the paper's own sentences need the evaluation word in their clause.
                    measured_on = bool(_MEASURED_ON.search(d.text, max(start, head - 40), head))
                    in_clause = bool(cues.EVALUATION.search(clause))
                    if (in_clause and (own or measured_on)) or (measured_on and own) or cues.EVALUATION.search(sentence[:20]):
                        add("evaluated_on", (d.name(index),), number, 0.7)
        for index in proposed:
            if d.type(index) == "BENCHMARK":
                add("evaluated_on", (d.name(index),), self._first_sentence(d, index), 0.6)
        doc._.kg_facts = list(facts.values())
        return doc

    # -- proposes ----------------------------------------------------------------
    def _proposes(self, d: _Doc, add) -> list[int]:
        proposed: list[int] = []

        def propose(index: int, sentence: int, confidence: float) -> None:
            if index not in proposed and d.type(index) != "METRIC":
                proposed.append(index)
                add("proposes", (d.name(index),), sentence, confidence)

        head = title_head(d.text, d.title_end)
        if head:
            key = name_key(d.text[head[0] : head[1]])
            for index, entity in enumerate(d.entities):
                if name_key(entity[0]) == key:
                    propose(index, self._first_sentence(d, index), 0.8)
        for number, mentions in enumerate(d.by_sentence):
            start, end = d.sentences[number]
            sentence = d.text[start:end]
            for m_start, m_end, index in mentions:
                if cues.PASSIVE_PROPOSE.match(d.text, m_end + (d.text[m_end : m_end + 1] == ")")):
                    propose(index, number, 0.7)
                elif _OWN.search(d.text, max(start, m_start - 20), m_start) and d.text[m_end : m_end + 1] != "-":
                    if name_key(d.name(index)) not in self.known and d.type(index) == "MODEL":
                        propose(index, number, 0.6)
            verb = cues.PROPOSE.search(sentence) if cues.mentions_any(sentence.lower(), cues.PROPOSE_HINTS) else None
            if not verb:
                continue
            brk = cues.CLAUSE_BREAK.search(sentence, verb.end())
            region_end = start + (brk.start() if brk else len(sentence))
            region_start = start + verb.end()
            in_region = [m for m in mentions if region_start <= m[0] < region_end]
            for position, (m_start, _, index) in enumerate(in_region):
                between = d.text[region_start:m_start]
                key = name_key(d.name(index))
                naming = list(cues.NAMING.finditer(between))
                if naming:
                    owner = between[: naming[-1].start()]
                    nouns = list(_TYPE_NOUN.finditer(owner))
                    # "a framework based on a model called BERT": the name is the model's.
                    head = nouns[-1].start() if nouns else owner.rstrip().rfind(" ")
                    if head > 0 and cues.OBJECT_BLOCKER.search(owner[:head]):
                        break
                    if between[naming[-1].end() :].strip(" ~\"“'") == "":
                        propose(index, number, 0.8)
                        break
                if key in d.defined and key not in self.known:
                    propose(index, number, 0.75)
                    continue
                if _PARENTHESISED.search(between) and key not in self.known:
                    propose(index, number, 0.7)
                    continue
                if position == 0 and not naming and not cues.OBJECT_BLOCKER.search(between):
                    if key not in self.known:
                        propose(index, number, 0.75)
                    break
        if not any(d.type(i) == "MODEL" for i in proposed):
            for index, entity in enumerate(d.entities):
                key = name_key(entity[0])
                if entity[1] == "MODEL" and key in d.defined and key not in self.known:
                    propose(index, self._first_sentence(d, index), 0.5)
                    break
        return proposed

    @staticmethod
    def _variants(d: _Doc, proposed: list[int], add) -> None:
        """A proposed name that extends another name of the paper ("FST-D", "Flan-UL2")."""
        names = {name_key(e[0]): i for i, e in enumerate(d.entities) if e[1] == "MODEL"}
        for index, entity in enumerate(d.entities):
            if entity[1] != "MODEL":
                continue
            for part in re.split(r"[-_\s]", entity[0]):
                base = names.get(name_key(part))
                if base is None or base == index or name_key(part) == name_key(entity[0]):
                    continue
                if base in proposed or index in proposed:
                    sentence = FactFinder._first_sentence(d, index)
                    if index not in proposed:
                        proposed.append(index)
                        add("proposes", (entity[0],), sentence, 0.6)
                    add("based_on", (entity[0], d.name(base)), sentence, 0.6)

    # -- helpers -----------------------------------------------------------------
    @staticmethod
    def _first_sentence(d: _Doc, index: int) -> int:
        """The sentence of the entity's first abstract mention (else its first one)."""
        starts = [s for s, _ in d.sentences]
        offsets = d.entities[index][3]
        chosen = next((s for s, _ in offsets if s >= d.title_end), offsets[0][0])
        return max(0, bisect.bisect_right(starts, chosen) - 1)

    @staticmethod
    def _list_head(d: _Doc, mentions: list, m_start: int) -> int:
        """Where the list a mention ends starts ("ViT, Swin Transformer and ResNet")."""
        head = m_start
        for other_start, other_end, _ in reversed([m for m in mentions if m[1] <= m_start]):
            if _LIST_GAP.fullmatch(d.text, other_end, head):
                head = other_start
            else:
                break
        return head

    def _use(self, d: _Doc, sentence: str, start: int, head: int, after: str, uses: list, own: bool,
             background: bool) -> float:
        """Confidence that a model named at ``head`` is used by the paper, 0 when it is not.

        Outside the paper's own sentences only a use cue right before the name counts, not an
        example cue ("models such as X have ..."), and nothing in a background sentence. In
        its own sentences a name is used unless its clause, without a first person or a use
        cue, sets it apart: a contrast ("Unlike X, we ...") or related work ("prior work such
        as X").
        """
        direct = [example for e, example in uses if e <= head and cues.USE_GAP.fullmatch(d.text, e, head)]
        # "X-based", "X backbone": the name qualifies what the paper builds.
        after_cue = after.startswith("-based") or bool(cues.USE_AFTER.match(after))
        if not own:
            cue = any(not example for example in direct) or after_cue
            return 0.6 if cue and not background else 0.0
        c_start, c_end = self._clause_bounds(sentence, head - start)
        if c_start and _COORDINATED.match(sentence, c_start):
            c_start = 0  # "we freeze X, an MLLM, and tune Y": the subject comes first
        clause = sentence[c_start:c_end]
        if cues.FIRST_PERSON.search(clause) or direct or after_cue:
            return 0.7
        # Another clause of the paper's sentence: "Unlike X, we ...", "while prior work such as
        # X ..., we ..." name X in passing; other clauses ("..., as well as on ResNet-50") do not.
        if _CONTRAST.search(clause) or cues.BACKGROUND.search(clause):
            return 0.0
        return 0.7

    @staticmethod
    def _between(d: _Doc, mentions: list, cue_end: int, m_start: int, subject: int) -> bool:
        """The cue precedes the mention, and the subject is not named after the cue."""
        if cue_end > m_start:
            return False
        return not any(cue_end <= s < m_start and i == subject for s, _, i in mentions)

    @staticmethod
    def _clause_bounds(sentence: str, offset: int) -> tuple[int, int]:
        """Where the clause around an offset starts and ends (split at commas and subordinators)."""
        bounds = _clause_marks(sentence)
        start = max([0] + [b for b in bounds if b <= offset])
        return start, min([len(sentence)] + [b for b in bounds if b > offset])

    @staticmethod
    def _clause(sentence: str, offset: int) -> str:
        """The clause of a sentence around an offset."""
        start, end = FactFinder._clause_bounds(sentence, offset)
        return sentence[start:end]


# Several names of one sentence ask for their clause in turn: the sentence's clause
# boundaries are found once (only the last few sentences are kept).
@functools.lru_cache(maxsize=64)
def _clause_marks(sentence: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _CLAUSE.finditer(sentence))


@Language.factory(
    "kg_facts",
    assigns=["doc._.kg_facts"],
    requires=["doc._.kg_entities"],
    default_config={"lexicon": {"@misc": "kg.lexicon.v1"}},
)
def make_fact_finder(nlp: Language, name: str, lexicon) -> FactFinder:
    return FactFinder(frozenset(normalise_name(n) for n, _ in lexicon.names))
