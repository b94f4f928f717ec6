"""Named models, datasets, benchmarks and metrics, by shape, word lists and context.

Candidates come from four places: runs of name-shaped words (:mod:`kg.extract.shapes`),
the gazetteer and metric list (``PhraseMatcher``), short forms defined in the text
(``doc._.kg_aliases``) and the head of a title ("PLIP: Language-Image ...").
Measures are also found by their place: after a metric cue ("in terms of X and Y",
"measured by X", "metrics such as X, Y and Z"), listed beside a known metric or after a
word of results ("precision, recall and F1", "higher recall"), at a cut-off ("recall@10"),
or as a defined short form of a measure ("Matthews correlation coefficient (MCC)").
A candidate is then typed by the words around it: a following "dataset", "benchmark"
or "model"; a preceding "datasets such as", "named", "on"; an appositive
(", a ... benchmark"); membership in a list ("X, Y and Z datasets") whose other
members are typed, or that holds a gazetteer name); a name's own shape ("TriviaQA",
"ImageNet-1K"); "X data", "X-pretrained", "pre-trained on X", "tokens of X", "crawled from X",
"X and Y are ... datasets"; the nearest type noun before it ("a vision model (e.g. X)");
a model's name shape ("FinBERT", "T5-Base", "Mistral 7B"). Software ("the X library") is
dropped. Merely capitalised words are kept only with such support. A name that no clue
types is dropped rather than taken for a model, unless it is listed beside other names or
is a variant ("X-D") of a typed name.

Results: ``doc._.kg_entities`` holds ``[name, type, aliases, [[start, end], ...],
confidence]`` per entity (exact character offsets into the doc's text, first mention
first) and ``doc.spans["kg_entities"]`` the token-aligned mentions, labelled by type
with the entity's name as ``kb_id_``.

>>> import spacy
>>> from kg.extract import load_pipeline
>>> doc = load_pipeline()("We evaluate HiGPT on the Foo Bar dataset and report accuracy.")
>>> [(name, etype) for name, etype, *_ in doc._.kg_entities]
[('HiGPT', 'MODEL'), ('Foo Bar', 'DATASET'), ('accuracy', 'METRIC')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.extract.cues import (
    APPLIED_BEFORE, COMPARED_BY, ENUMERATOR, FIRST_PERSON, MADE_OF, NAME_GIVERS, NAMING_WORDS, NOUN_PROPOSED, OBJECT_BLOCKER,
    ONE_OF_A_KIND, OWN_WORDS, PASSIVE_PROPOSE, PROPOSE, PROPOSE_BEFORE, PROPOSED_RIGHT_BEFORE, THE_OPENING, mentions_any, words,
)
from kg.extract.lexicon import Lexicon, name_key
from kg.extract.sentences import rule_text, sentence_bounds
from kg.extract.shapes import (
    BENCHMARK_NOUNS,
    CAPITALISED_STOPWORDS,
    DATA_NOUNS,
    MODEL_NOUNS,
    PART_HEADS,
    PRODUCER_SUFFIXES,
    YEAR,
    name_words,
    shape,
    split_suffix,
    type_noun,
)
from kg.ids import MODEL_SIZE, RESOLUTION, size_family


__all__ = ["EntityRecognizer", "TASK_LIST_GAP", "title_head", "title_phrase"]

Doc.set_extension("kg_entities", default=None, force=True)

_NOUN_ALTERNATIVES = sorted((re.escape(n) for n in DATA_NOUNS + BENCHMARK_NOUNS + MODEL_NOUNS), key=len, reverse=True)
_NOUNS = "|".join(_NOUN_ALTERNATIVES)
_FUNCTION = (
    r"(?:and|or|on|in|of|for|with|to|from|by|the|a|an|as|at|is|are|was|were|that|which|we|our|its|their|"
    r"than|via|using|over|under|into|while|when|both|these|those|this|it|be|been|can|not|across|among|between|through|within)"
)
_TASK_WORDS = (
    "classification", "detection", "segmentation", "recognition", "retrieval", "captioning", "generation", "answering",
    "translation", "summarization", "summarisation", "parsing", "tagging", "estimation", "tracking", "matching",
    "reasoning", "inference", "grounding", "completion", "understanding", "super-resolution", "re-identification",
    "forecasting",
)
_TASKS = "(?:" + "|".join(_TASK_WORDS) + ")"
# ("FooNet achieves higher scores": what the name does, no word of the noun phrase)
_SCORING_VERB = r"(?:achiev|obtain|reach|attain|yield|show|get)\w*\b"
# "X dataset", "X robotic dataset", "X 60k corpus", "X (XD) benchmark", "X scores".
_AFTER = re.compile(
    r"[\s~]*(?:\([^()]{1,40}\)[\s~]*)?(?:(?:(?!" + _FUNCTION + r"\b|" + _SCORING_VERB + r")[a-z][\w\-]*|\d[\w.]*)[\s~]+){0,2}?(" + _NOUNS + r"|scores(?![\s~]+\d))\b"  # ("FooNet scores 71.3": a verb)
)
# A data noun right after a run of capitalised words: "the Visual QA dataset" names all of them.
_DATA_NOUN_RIGHT_AFTER = re.compile(r"[\s~]+(?:dataset|corpus|benchmark)\b")
# Items or splits of a data resource right after its name: "MIMIC notes", "SQuAD test set",
# "Wikipedia articles". Only adjacent: "LLaMA answers questions" is a model at work.
_DATA_ITEMS = re.compile(
    r"(?:'s)?[\s~]+(?:(?:test|training|train|dev|development|validation|held-out)[\s~]+(?:sets?|splits?|data)|"
    r"examples|samples|images|videos|questions|articles|documents|sentences|notes|pairs|dialogues|clips|splits?|subsets?|"
    r"data|dumps?|snapshots?)\b"
)
# "X, comprising 214 million images", "X, comprised of over two million videos": what a name holds.
_DATA_CONTAINED = re.compile(
    r",?[\s~]+(?:comprising|consisting[\s~]+of|containing|comprised[\s~]+of|(?:which|that)[\s~]+(?:contains|comprises|consists[\s~]+of))[\s~]+"
    r"(?:over|more[\s~]+than|about|nearly|approximately|around|some|roughly)?[\s~]*"
    r"(?:\d[\d.,]*[\s~]*(?:[KMBk]\b|thousand|million|billion)?|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|millions)[\s~]+"
    r"(?:[\w\-]+[\s~]+){0,3}?(?:images|videos|samples|examples|questions|pairs|documents|sentences|utterances|hours|clips|dialogues|"
    r"conversations|tokens|records|recordings|instances|annotations|scans|articles|texts|problems|prompts|queries|trajectories|"
    r"episodes|frames|molecules|proteins|reviews|posts|tweets|transactions|papers|photos|pages)\b"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near)[\s~]+$")  # ("collected in Southwestern Florida, consisting of ...": where, not what)
_MEASURED_ON = re.compile(r"[\s~]+on[\s~]+(?:the[\s~]+)?$")
_SCORED_ON = re.compile(r"\d(?:[\s~]*\\?%|[\s~]+(?:points?|pp)\b)?[\s~]+on[\s~]+(?:the[\s~]+)?$")
# "the validation sets of TriviaQA", "a subset of LAION", "60k hours of LibriLight": what
# precedes a data resource.
_DATA_OF = re.compile(
    r"\b(?:(?:test|training|train|dev|development|validation|evaluation)[\s~]+(?:sets?|splits?|data)|subsets?|splits?|"
    r"portions?|(?<!tuned )versions?|samples|examples|images|documents|tokens|articles|pages|texts|posts|hours|"
    r"conversations|dialogues|recordings|utterances|scans)[\s~]+(?:of|from)[\s~]+(?:the[\s~]+)?$"
)
# "X is a large multilingual corpus": what a name is said to be.
_COPULA_DATA = re.compile(
    r"[\s~]+(?:is|are|was|were)[\s~]+(?:(?:a|an|the|also|both|two|three)[\s~]+)*"
    r"(?:(?!(?:of|for|with|to|on|in|by|that|which|and)\b)[\w\-]+,?[\s~]+){0,3}?(datasets?|corpus|corpora|benchmarks?|collections?)\b"
)
# "pre-trained on X", "crawled from X": what a model learns from, or text is gathered from, is
# a data resource (GUIDELINES.md: web sources used as training data are DATASETs).
_LEARNED_FROM = re.compile(
    r"\b(?:(?:(?:pre-?|continually[\s~]+)?train(?:ed|ing)|crawled|scraped|sourced|mined)[\s~]+(?:on|from)|fine-?tuned[\s~]+on)[\s~]+(?:the[\s~]+)?"
    r"(?:(?:a|an)[\s~]+(?:[\w\-]+[\s~]+)?(?:mixture|mix|combination|blend|subset|union)[\s~]+of[\s~]+(?:the[\s~]+)?)?$"  # "trained on a mixture of X"
)
_LEARNED_HINTS = ("train", "tuned", "crawled", "scraped", "sourced", "mined")
# Measures are named after these ("in terms of BLEU", "measured by MCC", "metrics such as
# precision, recall and F1"), also measures that the metric list lacks or that are words of
# other senses ("precision" of numbers, "recall" as a verb).
_METRIC_CUE_HINTS = ("terms of", "measur", "metric")
_METRIC_CUE = re.compile(
    r"\b(?:in[\s~]+terms[\s~]+of|measur(?:ed[\s~]+(?:by|in|with|using)|es|ing)|metrics?[\s~]*(?:,?[\s~]*(?:such[\s~]+as|including|like|e\.g\.,?|"
    r"namely)|:|\(|of))[\s~]*",
    re.IGNORECASE,
)
# Head words of a measure's name: "Matthews correlation coefficient", "specificity". The
# first name a measure only with a modifier ("their correlation to X" is no measure); the
# measure words stand alone, but have other senses ("mixed precision", "we recall").
_MODIFIED_HEADS = ("score", "scores", "coefficient", "correlation", "accuracy")
_MEASURE_WORDS = ("precision", "recall", "specificity", "sensitivity")
_METRIC_HEADS = _MODIFIED_HEADS + _MEASURE_WORDS
# A word in front of a measure's head ("top-1 accuracy"; not "CLIP, which lack precision").
_ITEM_WORD = r"(?!(?:and|or|of|in|the|on|for|with|their|its|our|both|either|all|each|these|those|which|that|while)\b)[a-z][\w\-]*[\s~]+"
_METRIC_ITEM = re.compile(
    r"(?:the[\s~]+)?((?:" + _ITEM_WORD + r"){1,3}?(?:"
    + "|".join(_MODIFIED_HEADS)
    + r")|(?:" + _ITEM_WORD + r"){0,2}?(?:"
    + "|".join(_MEASURE_WORDS)
    + r")|[A-Za-z][A-Za-z0-9\-]*@(?:\d+|k)|[A-Z][A-Za-z0-9\-]{1,11})(?![\w@\-])"
)
_METRIC_SEP = re.compile(r"[\s~]*(?:,[\s~]*(?:and|or)?|and|or|/|&)[\s~]*")
# Any short lowercase noun phrase, as an item of a cued list that also names a measure of the
# usual shape: "metrics including accuracy, communication overhead, and client-side
# computational load". It must end the item: "the accuracy of the model we train" is prose.
_LOOSE_METRIC_ITEM = re.compile(
    r"(?:the[\s~]+)?((?:(?!" + _FUNCTION + r"\b)[a-z][\w\-]*[\s~]+){0,2}(?!" + _FUNCTION + r"\b)[a-z][\w\-]*)"
    r"(?=[\s~]*(?:[,;.:)/&]|(?:and|or|on|in|for|across|over|of|to|at|with)\b|$))"
)
_NOT_MEASURE = re.compile(r"\b(?:better|worse|often|also|more|less|much|higher|lower|well|even|\w+ly[\s~])")
_CONJUNCTION = re.compile(r"\b(?:and|or)\b|[/&]")
# "higher precision", "state-of-the-art recall": a word of several senses said of results.
_MEASURE_QUALITY = re.compile(
    r"\b(?:higher|better|improved|improv(?:es|ing)|boost(?:s|ed|ing)?|superior|competitive|state-of-the-art|SOTA|high|low|perfect|average|mean)[\s~]+$",
    re.IGNORECASE,
)
# ... but "high sensitivity to the choice of prompts", "the sensitivity of X to Y": a property, no measure.
_SENSITIVE_TO = re.compile(r"[\s~]+(?:to|of[\s~]+(?:the|a|an|its|their))\b")  # (not "a sensitivity of 89.3%")
_METRIC_WORD = re.compile(r"\b(" + "|".join(_MEASURE_WORDS) + r")\b", re.IGNORECASE)
# Other senses of those words: "mixed precision" (a number format), "recall the definition" (a verb).
_NUMBER_FORMAT_BEFORE = re.compile(
    r"\b(?:mixed|half|full|single|double|low|reduced|numerical|floating[\s~-]point)[\s~]+$", re.IGNORECASE
)
_VERB_OBJECT_AFTER = re.compile(r"[\s~]+(?:the|a|an|that|how|what|their|its|our)\b")
# "recall@10", "nDCG@10", "pass@k", "F1@k": a measure at a cut-off, whatever its name.
# (not a venue's year: "CVPR@2022")
_AT_K = re.compile(rf"(?<![\w@.])[A-Za-z][A-Za-z0-9\-]*@(?!{YEAR}\b)(?:\d+[kK]?|k|K)(?![\w@]|\.\d)")
# "ImageNet classification", "LVIS long-tailed object detection": a task on a dataset.
# A verb may not stand between: in "FooNet cuts inference latency" FooNet does the work
# (a participle may: "i2b2 named entity recognition", "LVIS long-tailed detection").
_AFTER_TASK = re.compile(
    r"[\s~]+(?:(?!" + _FUNCTION + r"\b|[a-z\-]*[^s]s\b)[a-z][\w\-]*[\s~]+){0,2}?" + _TASKS + r"\b"
)
# A type noun, written with words() for a fast scan (a leading \b is tried at every position).
_TYPE_NOUN_WORDS = words(*_NOUN_ALTERNATIVES, ignore_case=False)
# "datasets such as X", "a benchmark called X", "dataset (X)", "benchmarks: X".
_BEFORE = re.compile(
    "(" + _TYPE_NOUN_WORDS + ")"
    r"(?:[\s~]*\(|[\s~]+(?:" + NAME_GIVERS + r")(?:[\s~]+as)?|"
    r"[\s~]*,?[\s~]*\(?[\s~]*(?:(such as|including|like|e\.g\.,?)|i\.e\.,?|namely)|[\s~]*:)[\s~]*(?:the[\s~]+)?$"  # (2: examples)
)
# A type noun right before a name, after a determiner and a few modifiers: "our model X", "the first
# large-scale dataset X"; or set off by a comma, "we construct a new benchmark, X,", "a spoof
# detector, namely X" (not after a preposition: "On both datasets, X and Y outperform"). The noun is
# the group that matched.
_MODIFIED_NOUN = r"[\s~]+(?:[a-z][a-z\-]*[\s~]+){0,3}?(" + _TYPE_NOUN_WORDS + ")"
_NOUN_RIGHT_BEFORE = re.compile(
    r"\b(?:our|the|this|a|an|two|three|four|five|both)" + _MODIFIED_NOUN + r"[\s~]+$"
    r"|(?<![Oo]n[\s~])(?<![Ii]n[\s~])(?<!for[\s~])(?<!across[\s~])(?<!with[\s~])(?<!from[\s~])(?<!to[\s~])(?<!by[\s~])"
    r"\b(?:our|the|this|a|an)" + _MODIFIED_NOUN + r",[\s~]+(?:namely[\s~]+)?$"
    r"|\b(datasets|benchmarks|corpora)[\s~]+$"  # ("on debiased datasets X and Y")
)
# A verb of scoring with a number after it: "X achieves a win rate of 78.4%", "X reaches 71.2".
_SCORES_AFTER = re.compile(
    r"[\s~]+(?:also[\s~]+|further[\s~]+)?(?:achieves|attains|reaches|obtains|scores|yields|sets)\b[^.;,\d]{0,40}\d"
)
# "Claude 3.5 Sonnet is the best model", "X is a strong open LLM": what a name is said to be.
_COPULA_MODEL = re.compile(
    r"[\s~]+(?:is|are|was|were)[\s~]+(?:the|a|an)[\s~]+(?:(?!(?:of|for|with|to|on|in|by|that|which|and)\b)[\w\-]+[\s~]+){0,3}?"
    r"(?:models?|LLMs?|MLLMs?|VLMs?|agents?|optimizers?)\b"
)
# A naming word right before a name: "a benchmark called X", "we name our model X".
_NAMING = re.compile(
    r"\b(?:" + NAMING_WORDS + r"|name[sd]?[\s~]+(?:it|(?:our|the|this)[\s~]+[\w\-]+))[\s~]+(?:the[\s~]+)?[\"“']?$"
)
# Not "based on X", "relies on X". (Opening with its first letter, for a fast scan as with
# words(); the lookbehinds then look past that letter.)
_ON = re.compile(
    r"[Oo](?<=\b.)(?<!based .)(?<!built .)(?<!relies .)(?<!rely .)(?<!focus .)(?<!depends .)(?<!depend .)"
    r"(?<!conditioned .)n[\s~]+(?:the[\s~]+|both[\s~]+)?(?:[\w\-]+-shot[\s~]+|zero-shot[\s~]+)?$"  # ("on both X and Y")
)
# "experiments on X", "evaluated on X", "results on X", "accuracy on X", "evaluations across X".
_EVALUATED_ON = re.compile(
    words(r"evaluat\w*", r"experiments?", r"results?", "tested", "test", r"scores?", "accuracy", "performance", "state-of-the-art")
    + r"(?i:[\s~]+(?:(?:[\w\-]+[\s~]+){0,2}?(?:conducted|carried[\s~]+out|performed)[\s~]+)?(?:on|across)[\s~]+(?:the[\s~]+|both[\s~]+)?$)"
)
_GENERALISES_TO = re.compile(r"(?:generali[sz]\w*|transferred)(?:[\s~]+well)?[\s~]+to[\s~]+(?:the[\s~]+)?$")
_PROPOSE_HINTS = ("propos", "introduc", "present", "releas", "develop", "contribut", "design", "devis")
_PROPOSED_OBJECT = re.compile(
    words("we", "paper", "work")
    + r"(?i:[\s~]+(?:\w+[\s~]+)?(?:propose|introduce|present|release|develop|contribute|design|devise)[sd]?[\s~]+"
    r"(?:(?:a|an|the)[\s~]+(?:(?!(?:of|for|with|on|in|to|by|from|based|using)\b)[a-z][\w\-]*[\s~]+){0,3})?$)"
)
# "We argue that ... and propose X": the proposal's verb after "and", its subject "we" earlier.
_AND_PROPOSED_OBJECT = re.compile(
    r"\b[Ww]e\b[^.;]*\band[\s~]+(?:propose|introduce|present|develop)[sd]?[\s~]+"
    r"(?:(?:a|an|the)[\s~]+(?:(?!(?:of|for|with|on|in|to|by|from|based|using)\b)[a-z][\w\-]*[\s~]+){0,3})?$"
)
_NAMING_HINTS = ("call", "name", "term", "dub", "coin", "denot", "known", "refer")
_BEFORE_HINTS = ("(", ":", "such", "includ", "like", "e.g", "i.e", "namely")  # or a naming hint
_CONTEXT_HINTS = (
    "outperform", "surpass", "beat", "than", "ompar", "versus", "vs.", "ased", "uil", "top of", "xtend",
    "tun", "nitiali", "reez", "backbone", "like", " over", " by", "using", " with",
)  # (without the first letter where a sentence may open with the cue: "Compared with X, ...")
_SHOT = re.compile(r"\b(?:\w+-shot|zero-shot|few-shot)[\s~]+$")
# Case-insensitive, also at a sentence's start: "Compared with X, ...", "Built upon X, ...".
# (Written with words(), as are _EVALUATED_ON and _PROPOSED_OBJECT, for a fast scan.)
_MODEL_CONTEXT = re.compile(
    words(
        r"outperform(?:s|ed|ing)?", r"surpass(?:es|ed|ing)?", r"beat(?:s|ing)?", "than", r"compared[\s~]+(?:to|with)",
        "versus", r"vs\.", r"based[\s~]+on", r"buil(?:t|ds?|ding)[\s~]+(?:up)?on", r"on[\s~]+top[\s~]+of", r"extends?",
        r"fine-?tun(?:e|es|ed|ing)", r"initiali[sz](?:e|ed|ing)[\s~]+(?:from|with)", "freeze", r"backbones?",
        r"models?[\s~]+like", r"speed-?ups?[\s~]+over", r"gains?[\s~]+over", r"improvements?[\s~]+over",
        # what text, labels or masks are produced by: "segmented by SAM", "annotated using GPT-4"
        *(stem + r"\w*[\s~]+(?:by|using|with)" for stem in ("generat", "segment", "annotat", "label", "synthesi[sz]", "rewritt", "judg")),
        r"inspired[\s~]+by",  # "a pruning metric, inspired by Wanda"
    )
    # (a modifier or two between: "surpassing the recently proposed X", "beats the strong X")
    + r"(?i:[\s~]+(?:the[\s~]+|a[\s~]+)?)(?:(?!(?:and|or|on|in|of|with|for|to)[\s~])[a-z][a-z\-]+[\s~]+){0,2}$"
)
_AS_ROLE = re.compile(
    r"[\s~]+as[\s~]+(?:the|a|an|our|its|their)[\s~]+(?:[\w\-]+[\s~]+){0,2}?(?:encoder|decoder|backbone|(?:base|foundation)[\s~]+model|"
    r"teacher|student|retriever|reranker|judge|evaluator|tokenizer|classifier|policy|baseline)\b"
)
_OUTPERFORMS = re.compile(r"\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?)[\s~]+(?:the[\s~]+)?$")
# (The head is the last noun of the phrase: "an instruction tuning dataset" is a dataset.)
# ("GraphMAE—a simple graph autoencoder", "FooNet - a new framework": a dash opens one too)
_APPOSITIVE = re.compile(
    r"(?:[\s)]?[,:][\s~]+|[\s~]*[–—][\s~]*|[\s~]+-[\s~]+)(?:a|an|the|our)[\s~]+(?:(?:set|family|series|suite|collection|group|pair)[\s~]+of[\s~]+)?"
    r"(?:(?!(?:that|which|whose|where|with|for|to|on|in|of|and|by|from|as|is|are|a|an|the)\b)(?:\d+\.\d+\w*|[\w\-]+)(?:,[\s~]+(?:and[\s~]+)?|[\s~]+)){0,5}(" + _NOUNS
    + r"|[A-Z]{0,3}LMs?|resource|metric)\b"  # "BLIP-2, an impressive MLLM": a kind of language model; ("a 10.7M caption dataset")
)  # "PAQ, a very large resource of QA pairs" (only here: "low-resource languages such as X"), "GEMBA, a GPT-based metric"
# "an evaluation framework", "a public-data benchmark framework": a kind of model that evaluates.
_EVALUATION_BEFORE_NOUN = re.compile(r"\b(?:evaluation|benchmark|benchmarking)[\s~]+$", re.IGNORECASE)
_SCORER_NAME = re.compile(r"(?:Score|Evaluator|Judge|Grader)s?$")
_APPOSITIVE_OPENERS = (",", "),", " ,", ":", "—", "–", " —", " –", " - ")
# The plural of a class of models ("SciLMs", "Code LLMs").
_CLASS_PLURAL = re.compile(r"(?:LM|VLM|PLM|GNN|CNN|RNN|VAE|GAN|SSM)s$")
# An author glued to the name before a citation by HTML rendering: "SBERTReimers and Gurevych (2019)".
_CITED_AFTER = re.compile(rf"[\s~]+(?:et[\s~]+al\b|and[\s~]+[A-Z][a-z]+[\s~]*\(?{YEAR})")
_GLUED_SURNAME = re.compile(r"(?<=[A-Za-z0-9])[A-Z][a-z]+$")
# A footnote's mark as HTML renders it, thrice: before a word ("111The"), alone ("BERT 111 https://..."),
# or inside one ("data111Code", "VRIC111Available").
_FOOTNOTE_MARK = re.compile(r"(\d)\1\1")
_FOOTNOTE_INSIDE = re.compile(r"[a-z](\d)\1\1(?=[A-Z])|[A-Z](\d)\2\2(?=[A-Z][a-z])")
# A size in data units after a name: "SwallowMath (2.3 billion tokens)".
_DATA_SIZE = re.compile(
    r"[\s~]*\((?:about|over|around|nearly|~)?[\s~]*\d[\d.,]*[\s~]*(?:[KMBT]|thousand|million|billion|trillion)?[\s~]+"
    r"(?:tokens|documents|images|videos|samples|examples|pairs|hours|words|sentences|questions|problems|instances|utterances)\b"
)
# "requiring only X as pretraining data": what serves as data is a data resource.
_AS_DATA = re.compile(
    r"[\s~]+as[\s~]+(?:(?:the|our|its|their|additional|extra)[\s~]+)?(?:(?:pre-?|post-?)?training|fine-?tuning|instruction|"
    r"evaluation|seed|source)?[\s~\-]*(?:data|corpus|corpora|dataset)\b"
)
_VERSION_OF_NAME = re.compile(
    r",[\s~]+(?:a|an)[\s~]+(?:[\w\-]+[\s~]+){0,3}?(?:version|variant|subset|extension|re-?annotation)[\s~]+of[\s~]+(?:the[\s~]+)?"
)
_NOUN_TITLED = re.compile(r"[\s~]+(" + "|".join(n.title() for n in _NOUN_ALTERNATIVES if " " not in n) + r")\b")
_PLURAL_DATA_COMMA = re.compile(r"\b(datasets|corpora|benchmarks)[\s~]*,[\s~]*$")
_LIST_CLOSED = re.compile(r"[\s~]*(?:[,.;)]|$)")
# Between two names of a list; a task phrase may follow each ("COCO object detection, ...").
TASK_LIST_GAP = re.compile(
    r"^(?:[\s~]+(?:[a-z][\w\-]*[\s~]+){0,2}" + _TASKS + r")?(?:[\s~]*\([^()]{0,40}\))?"
    r"[\s~]*(?:,[\s~]*(?:and|or|&)?|and|or|&|\+)[\s~]*(?:the[\s~]+)?$"
)
_LIST_END = re.compile(r"\b(?:and|or)\b|&|\+")
# "A, B, C, and a new corpus": a list may end with an item that is not a name.
_LIST_GOES_ON = re.compile(r"[\s~]*,[\s~]*(?:and|or)\b")
_CITATION = re.compile(rf"[\s~]+et[\s~]+al\b|,[\s~]*{YEAR}\b")
_AUTHOR_YEAR = re.compile(rf"(?:[\s~]+(?:and|&)[\s~]+[A-Z][\w\-]+)?[\s~]*\({YEAR}[a-z]?\)")
# "(Peters et al., 2018a; Radford et al., 2018)": names in a citation are authors.
# (not a year a name ends with: "(miniImageNet CUB-200-2011)")
_CITATION_PARENS = re.compile(rf"\([^()]*\bet[\s~]+al\b[^()]*\)|\([^()]*\b(?<!-){YEAR}[a-z]?\)")
_CITES = re.compile(rf"\bet[\s~]+al\b|\b(?<!-){YEAR}[a-z]?\b")
# The year of a BibTeX key left by a LaTeX-to-HTML conversion, "radford2021learning...": a
# year between lowercase letters. (Opening with the year's first digit, for a fast scan; the
# letters before it are found by walking back.)
_BIBTEX_YEAR = re.compile(r"[12](?<=[a-z][12])[09]\d\d(?:[a-z]{4,}|[a-z]?)\b")
_NAME_BEFORE_KEY = re.compile(r"[A-Z][\w\-.]*[\s~]+$")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
# "BERT (Bidirectional Encoder Representations ...)": a capitalised expansion after a name.
# (Searched from the parenthesis: a pattern that may start with optional spaces is tried at
# every position of the text.)
_EXPANSION = re.compile(r"\(([A-Z][\w\-]*(?:[\s~]+[\w\-]+){1,12})\)")
# The part of a model a name stands before: "a modified Swin backbone" (see _gather_evidence).
_PART_NEXT = re.compile(r"[\s~]+(?:backbones?|encoders?|decoders?)\b")
# The name a sentence opens with, before its verb: "DL-DSG comprises three components: the
# document layout generator (DLG), ..." (see _made_of_own, which checks the verb with cues.MADE_OF).
_OPENING_NAME = re.compile(r"(?:The[\s~]+)?([A-Za-z][\w\-]*[A-Z][\w\-]*)[\s~]+(?:is[\s~]+)?")
# What makes a defined short form a field: "the Library & Information Science (LIS) domain".
_FIELD_AFTER = re.compile(r"[\s~]+(?:domains?|fields?|areas?|problems?|settings?|scenarios?)\b")
_OF_GAP = re.compile(r"[\s~]+of[\s~]+(?:the[\s~]+)?")  # ("the accuracy of MAE", see _join_metrics)
_WORD_BEFORE = re.compile(r"([\w\-]+)[\s~]*$")
_INITIAL = re.compile(r"[\s\"'“‘(\[]*(?:(?:\d+|[ivx]+)\)[\s]*)?$")
_YEAR = re.compile(rf"^{YEAR}$")
_ENDS_IN_YEAR = re.compile(rf"(?<![\d.]){YEAR}$")
# (not a score: "RoBERTa-base 0.485", "ZorbNet 93.125")
_VERSION = re.compile(r"^(?!0\.\d\d|\d+\.\d{3})\d+(?:\.\d+)*$")
_SCORE_AFTER = re.compile(r"[\s~]*[=:][\s~]*\d|[\s~]+\d")
_LONE_LABEL = re.compile(r"\d{1,2}[a-z]|[Vv]\d+(?:\.\d+)*|W\d+(?:\.\d+)?A\d+(?:\.\d+)?")
_SIZE_WORD = re.compile(r"Tiny|Small|Base|Medium|Large|X{1,2}L|Huge|Giant")  # "T5 Base, Large, and XL"
_ROMAN_VERSIONS = frozenset({"II", "III", "IV"})  # "CameraCtrl II"
_TUNED_VARIANTS = frozenset(("Instruct", "Chat", "Base", "IT"))  # after a size: "Llama 3.3 70B Instruct", "Gemma 3 27B IT"
_TRAILING_VERSION = re.compile(r"[\s~\-][vV]?\d+(?:\.\d+)*$|(?<=[a-z]{4})\d$")  # ("AlpacaEval 2", "VoxCeleb1")
_VERSION_AFTER = re.compile(rf"[\s\-](?:[vV]\d+(?:\.\d+)*|\d+\.\d+)$|[\s~]{YEAR}$")  # (or an edition's year)
# After an edition's year, the rest of a challenge's or track's name ("2017 Leaf Counting
# Challenge"; not before a numbered track: "Challenge Track 2")
_EDITION_NAMED_AFTER = re.compile(
    r"(?:[\s~]+[A-Z][\w\-]*){1,4}[\s~]+(?:Challenges?|Competition|Track|Corpus|Dataset|Benchmark)\b(?![\s~]+(?:Track|Task)\b)"
)
_SPACES_OR_TILDES = re.compile(r"[\s~]+")
_FOLDS_AFTER = re.compile(r"[\s~\-]fold\b")  # "79.2% on S3DIS 6 fold": a count of folds, no version
_GROUP_ARGUMENT = re.compile(r"\((?:\d|n)\)")  # "SE(3)", "E(n)": the argument of a symmetry group
_SHARED_TASK = re.compile(r"[\s~]*(?:Shared[\s~]+)?Task[\s~]*\d{1,2}[A-Za-z]?(?![\w\-]|\.\d)")
_LOWER_VERSION = re.compile(r" v\d+(?:\.\d+)*(?![\w\-]|\.\d)")  # after a name: "MM-Vet v2", "YOLO v8"
_SIZE = re.compile(rf"^(?:{MODEL_SIZE})$")
# Words that make a metric's name more specific: "top-1 accuracy", "zero-shot accuracy",
# "classification accuracy", "box AP" (not a number: "at 1e-5 false positive rate").
_METRIC_MODIFIER = re.compile(
    r"(?<![\w\-])((?!\d+(?:\.\d+)?e-\d)[a-z0-9]+(?:-[a-z0-9]+)+|(?i:classification|detection|segmentation|retrieval|test|testing|validation|"
    r"average|mean|median|overall|macro|micro|weighted|balanced|linear[\s~]+probing|logical[\s~]+form|denotation|execution|parsing|"
    r"box|mask|inference|task|predictive|strict|"
    r"adversarial|robust|clean|repair|query|recognition|prediction|reconstruction|ranking|answer|translation|completion|"
    r"generation|normali[sz]ed|benchmark|pairwise|aggregate|binary|training|decoding|processing|search|forecasting|reasoning|"
    r"tracking|matching|grounding|model|system|cumulative|minimax|"
    r"text|token|image|video|code|word|character|sentence|document|speech|phone|benign|[a-z]{4,}(?:tion|sion)))[\s~]+$"
)
_NOT_MODIFIERS = frozenset({
    "state-of-the-art", "fine-grained", "high-quality", "large-scale", "real-world", "end-to-end", "non-trivial",
    "long-lasting", "long-standing", "well-known", "so-called", "widely-used", "commonly-used",  # ("the long-lasting generalization gap")
})
# A way of averaging glued to a listed measure by a hyphen: "macro-AUC", "weighted-F1".
_AVERAGED_BEFORE = re.compile(r"(?<![\w\-])(?:[Mm]acro|[Mm]icro|[Ww]eighted|[Bb]alanced)-$")
# ("Qwen2 Technical Report": the report's subject heads the title too)
_EQUALS_NUMBER = re.compile(r"[ ~]*=[ ~]*\$?[\d.]*\d")
_SCORE_OF_NUMBER = re.compile(r" scores?[ ~]+(?:of|=)[ ~]*\$?[\d.]*\d")
_MEANS_PHRASE = re.compile(r"[\s~]+(?:using|via|with|through)[\s~]+")
_TITLE_HEAD = re.compile(r"^\s*([^:!?,;()]{1,40}?)\s*(?:[:!](?:\s|$)|[\s~]+(?i:technical[\s~]+report)\b)")
_TITLE_NOUNS = re.compile(r"\b(Benchmark|Dataset|Data[\s~]Set|Corpus|Corpora|Suite|Leaderboard|Evaluation|Benchmarking|Metric)s?\b", re.IGNORECASE)
_METRIC_NOUN = re.compile(r"\bMetrics?\b", re.IGNORECASE)
# An evaluation done by a method ("Automated Evaluation of ...", "QA-Based Factual Consistency Evaluation",
# "Summarization Evaluation using LLMs"), not a benchmark's ("Massively Multilingual Code Evaluation")
_EVALUATOR = re.compile(
    r"\b(?:Automatic|Automated|Reference-(?:free|based|aware)|Referenceless|[\w\-]+-[Bb]ased)\b[^:]*\bEvaluation\b|\bEvaluation[\s~]+(?:using|via)\b"
)
# "ChartMimic: Evaluating LMMs' ...", "NeedleChain: Measuring Long-Context Reasoning of LLMs": a
# title whose description opens with a verb of evaluation is a benchmark's.
_EVALUATING_AFTER_HEAD = re.compile(r"[\s~]*[:!][\s~]+(?:Evaluating|Measuring|Assessing|Probing|Testing|Quantifying|Auditing|Diagnosing)\b")
# "Next Day Wildfire Spread: A Machine Learning Data Set ...": what the title says its head is
# (a data set, benchmark or corpus) makes capitalised words a name without a strong word.
_DATA_AFTER_HEAD = re.compile(
    r"[:!][\s~]+(?:A|An)[\s~]+(?:(?!(?:of|for|on|in|with|to)\b)[\w\-]+[\s~]+){0,5}?(?i:benchmark|dataset|data[\s~]set|corpus)\b"
)  # (not "The Data Provenance Initiative: A Large Scale Audit of Dataset Licensing")
_PLAIN_WORDS = re.compile(r"[\w’'\-]+(?:[\s~]+[\w’'\-]+)*")  # (no LaTeX: "C$^{3}$Bench")
_TITLE_OPENERS = frozenset("Beyond Towards Toward Against Without When Why How What".split())
_TITLE_VERBS = frozenset("Meets Meet Beats Is Are Matters Needs Helps Loses Makes Learns Vs".split())
_TITLE_VERSION = re.compile(r"v?\d{1,2}(?:\.\d{1,2})?")
_SPACES = re.compile(r"[ ~]*")
# One word may stand between a dataset and its metric ("COCO detection AP"), but not a verb
# or a preposition: in "FooNet improves F1", "beats XGBoost in ROC-AUC" the name is measured.
_METRIC_GAP = re.compile(
    r"[\s~]+(?:(?![a-z\-]*(?:s|ed|ing)\b|(?:in|on|of|by|with|for|at|and|or|to|than|as)\b)[a-z][\w\-]*[\s~]+)?"
)
# A name's own last word or suffix says what it is: "STS Benchmark", "MMBench", "AlpacaEval",
# "Foo Corpus", "Elliptic Data Set", "SoccerNet Tracking Challenge", "SAT Competition".
_OWN_HEAD = re.compile(r"(?:[\s\-]|(?<=[a-z0-9]))(Benchmark|Bench|bench|Eval|Dataset|Data[\s~]Set|Corpus|Suite|Leaderboard|Arena|Challenge|Competition)$")
# One plain word and "Challenge" (or "Competition") is mostly the end of a longer name ("in the Wild
# Challenge", "Acoustic Scenes and Events Challenge") or a phrase ("A Reasoning Challenge"), unlike
# "BOP Challenge" or "SAT Competition".
_PLAIN_CHALLENGE = re.compile(r"[A-Z][a-z]+[\s~](?:Challenge|Competition)")
# Name shapes that GSAP-NER annotates as datasets far more often than as models: a reading
# comprehension set ("TriviaQA", "DocVQA"; not the task acronyms "VQA", "ODQA"), a count of
# thousands ("ImageNet-1K", "Flickr30k"), a numbered corpus or text ("BookCorpus2",
# "WikiText-103"), a wiki ("WikiHow").
_DATA_SHAPE = re.compile(r"[a-z]V?QA$|[A-Za-z\-]NLI$|\d[Kk]$|Corpus\d*$|[a-z]Text-?\d+$|^Wiki[A-Z]")
# Name shapes of models: a model family's stem ("FinBERT", "ClassiNet", "LayoutLMv2",
# "ARMED-CNN", "RoFormer"), a size variant ("T5-Base", "ALBERT-xxlarge", "Mistral-7B") or
# a version ("MoCo v2"), also inside a longer name ("Qwen2.5-7B-Instruct"). In GSAP-NER
# names of these shapes are models 16 times out of 17; the data resources among them
# ("ImageNet", "WordNet") are in the gazetteer, which outweighs this hint, as does any data cue.
_MODEL_SHAPE = re.compile(
    r"(?:BERT|GPT|Net|GAN|CNN|RNN|LSTM|[Ff]ormer|[a-z]LMs?|BART|ViT|Llama|LLaMA|VAE|DQN|Coder)(?:$|[\-\d\s~])|"
    r"-(?:[Bb]ase|[Ll]arge|X+L|x+l|[Ss]mall|[Tt]iny|[Mm]edium|[Hh]uge|x*large|[Mm]ini)$|[a-zA-Z][\s~\-]?v\d+$|-\d+(?:\.\d+)?[BM](?:$|-)"
)
# "at inference time": a phase of work, not the measure of the same name.
_AT_PHASE = re.compile(r"\b(?:at|during)[\s~]+$")
# Measures of cost ("training time", "FLOPs"): what they follow is what costs, not a dataset.
_COST_MEASURE = re.compile(
    r"(?:time|speed|latency|memory|cost|FLOPs|MACs|hours|consumption|usage|footprint|throughput|per second)$", re.IGNORECASE
)
# What makes a cost a measure (see EntityRecognizer._cost_measured): a number near it, an
# evaluation word before it, or another measure listed beside it.
_DIGIT = re.compile(r"\d")
_NUMBER_NEAR_AFTER = re.compile(r"[\s~]*(?:\([^()]{0,20}\)[\s~]*)?(?:[A-Za-z\-]+[\s~]+){0,3}?(?:[(:=$~][\s~]*)?\d")  # (three words at most)
_MEASURED_BEFORE = re.compile(r"\b(?:in[\s~]+terms[\s~]+of|evaluat\w*|measur\w*|metrics?|competitive)\b[^.;]*$", re.IGNORECASE)
_LIST_GLUE = re.compile(r",?[\s~]+(?:and|or|as[\s~]+well[\s~]+as)?[\s~]*(?:the[\s~]+)?|,[\s~]*|[\s~]*/[\s~]*")
# A name with a model size at its end: "LLaMA-7B", "Qwen2 72B", "OPT-1.3B".
_SIZED = re.compile(r"(.+?)[\s~\-]?\d+(?:\.\d+)?[BM]$")
# Two capitals ("NL", "KB") are more often a local abbreviation than a name: they need support.
_TWO_CAPITALS = re.compile(r"^[A-Z]{2}$")
# Accuracy named as a measure: graded, measured, listed or set against another ("higher
# accuracy", "report accuracy", "in terms of accuracy", "accuracy, F1 and recall", "accuracy on
# ImageNet", "accuracy scores").
_GRADES = (
    r"high|higher|highest|better|best|improved|superior|competitive|comparable|similar|same|equal|equivalent|strong|"
    r"stronger|good|great|greater|impressive|remarkable|excellent|reasonable|low|lower|lowest|poor|worse|"
    r"state[\s~-]of[\s~-]the[\s~-]art|sota|top|leading|baseline|average|mean|overall|test|testing|validation|final|"
    r"zero-shot|few-shot|top-\d|raw|peak|full|original"
)
_GRADE = re.compile(_GRADES, re.IGNORECASE)
_MEASURE_BEFORE = re.compile(
    r"(?:\b(?:" + _GRADES + r"|report(?:s|ed|ing)?|measur\w*|evaluat\w*|assess\w*|comput\w*)"  # graded or measured
    r"|\bterms[\s~]+of|\bsuch[\s~]+as|\bincluding|\bmetrics?[\s~]*(?:,|:|of|like)?|\busing|\bby|\bin|\bwith|\bvs\.?"  # a measure's place
    r"|,|/|\(|\band|\bor)[\s~]+$",  # listed
    re.IGNORECASE,
)
# Qualities a text lists accuracy with when it speaks of it as one ("efficiency and accuracy").
_QUALITIES = r"(?:efficiency|robustness|scalability|interpretability|explainability|stability|generali[sz]ation|reliability|flexibility|simplicity)"
_QUALITY_BEFORE = re.compile(r"\b" + _QUALITIES + r"[\s~]*(?:,[\s~]*)?(?:and|or)?[\s~]+$", re.IGNORECASE)
_MEASURES_NAMED = re.compile(r"\b(?:terms[\s~]+of|metrics?|measur\w*|report\w*)\b")  # (not "in terms of detection accuracy and efficiency")
_QUALITY_AFTER = re.compile(r"[\s~]*(?:,[\s~]*)?(?:and|or)[\s~]+(?:the[\s~]+)?" + _QUALITIES + r"\b", re.IGNORECASE)
_MEASURE_AFTER = re.compile(
    r"[\s~]*(?:,|/|\)|and\b|or\b|on[\s~]+(?:the[\s~]+)?[A-Z0-9]|across\b|over\b|scores?\b|rates?\b|metrics?\b|@)"
)
# One capitalised word ("Object", "Quetzal"): a name only if the text never writes it in lowercase.
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")
# "our model, Preserve Your Own COrrelation (PYoCo)": a model noun and a comma before a long form.
_MODEL_COMMA_BEFORE = re.compile(r"\bmodel,[\s~]+$")
# "a 14% reduction in time per output token (TPOT)", "5.4% higher mean Time-To-Accident (mTTA)",
# "improving the expression recognition rate (ExpRate) by 2.25%": what a number raises or lowers
# is a measure, whatever its words.
_CHANGED_BY_VALUE = re.compile(
    r"\d[\d.,]*[\s~]*(?:\\?%|points?|pp)?[\s~]+(?:higher|lower|better|worse|"
    r"(?:improvements?|increases?|reductions?|decreases?|drops?|gains?)[\s~]+in(?:[\s~]+terms[\s~]+of)?)[\s~]+(?:the[\s~]+)?$"
)
_RAISING_BEFORE = re.compile(r"\b(?:improv|increas|reduc|decreas|boost|rais|lower|cut)\w*[\s~]+(?:the[\s~]+|its[\s~]+|their[\s~]+)?$", re.IGNORECASE)
_BY_VALUE_AFTER = re.compile(r"[\s~]+by[\s~]+(?:up[\s~]+to[\s~]+|about[\s~]+|over[\s~]+|nearly[\s~]+|an?[\s~]+average[\s~]+of[\s~]+)?\$?\d")
# "93.8% OA on ScanObjectNN", "a 63.7% SR in": an acronym right after a percentage is what it measures.
# ("a 6.3% increase in mAPH": a change of it between)
_AFTER_PERCENTAGE = re.compile(
    r"\d[\s~]?\\?%[\s~](?:(?:absolute[\s~]+|relative[\s~]+)?(?:increase|improvement|gain|reduction|drop|boost)[\s~]+in[\s~]+)?$"
)
_MEASURE_ACRONYM = re.compile(r"(?:m|[A-Z])[A-Z][A-Za-z]{0,3}$")
_ON_SOMETHING = re.compile(r"[\s~]+(?:on|in|for|at|over|than|compared|and|while)\b|[\s~]*[,;).]")
# Lowercase letters between capitals: "CycleGAN", "BioBERT", "LoRA" (coined, not a task's initials).
_COINED = re.compile(r"[A-Z][a-z]+[A-Z]")
# "QA-pairs", "L2-normalize"; "question-SQL", "multi-GPU": a word and an acronym compounded.
_NOUN_COMPOUND = re.compile(
    r"^[A-Za-z0-9]{1,3}-(?!(?:mini|tiny|base|large|small|nano|turbo|chat|instruct|preview|medium|lite|flash|pro)$)[a-z]{4,}$"
    r"|^[a-z]{3,}-[A-Z]{2,}s?$"  # (not a model's variant: "o1-mini", "R1-base")
)
_TASK_NAME = re.compile(r"\b" + _TASKS + r"$", re.IGNORECASE)
# "the HuggingFace Transformers library": software is not a model (GUIDELINES.md).
# "8 A100 GPUs", "TPUv4 chips": hardware is not a model either.
_TOOL_AFTER = re.compile(
    r"[\s~]+(?:library|libraries|toolkit|toolkits|toolbox|package|packages|software|GPUs?|TPUs?|chips?|cards?|"
    r"accelerators?|processors?|CPUs?|licen[cs]es?|"  # ("the Apache 2.0 license": software's terms)
    # ("the Malasar language, spoken by ...": no ML entity; not "X language identification")
    r"(?:languages?|dialects?)(?=[\s~]*[,.;:)]|[\s~]+(?:spoken|and|or|with|of|in|is|are|was|were|that|which)\b))\b"
)
# The noun of a part right after a definition: "a local-global refinement (LGR) module".
_PART_NOUN_RIGHT_AFTER = re.compile(r"[\s~]+(?:modules?|blocks?|layers?|mechanisms?|branch(?:es)?)\b")
_CLASS_NOUNS = re.compile(r"[\s~]+(?:methods|techniques|approaches|systems|tasks|models|paradigms|families)\b")

# Evidence for a data resource that does not tell a dataset from a benchmark (a name's shape,
# a list it is in); it counts against MODEL but leaves that choice to other clues.
_DATA = "DATA"

# Evidence weights: how strongly a clue says what type a mention has.
_W_METRIC = 10.0  # in the metric list
_W_DEFINED = 5.0  # a short form whose long form ends in "Dataset", "Benchmark", ...
_W_NAMED = 4.5  # "a benchmark called X"
_W_AFTER = 4.0  # "X dataset", "X, a new benchmark"
_W_BEFORE = 3.5  # "datasets such as X"
_W_LEXICON = 3.5  # in the gazetteer
_W_TITLE = 3.0  # heads the title
_W_VARIANT = 3.0  # "vq-wav2vec": a listed model's name is one of its parts
_W_TASK = 3.0  # "X classification"
_W_ON = 2.0  # "evaluated on X"
_W_CONTEXT = 1.5  # "outperforms X", "X-based"
_W_SHAPE = 1.0  # "FinBERT", "T5-Base": a model's name shape


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    text: str
    strong: bool  # shaped like a name, from a word list, or defined in the text
    initial: bool = False  # first word of a sentence (so its capital means nothing)
    sentence: int = 0
    source: str = "shape"  # shape, lexicon, metric, definition, title
    evidence: dict = field(default_factory=functools.partial(defaultdict, float))
    aliases: list = field(default_factory=list)
    suffix: str | None = None
    accepted: bool = False
    list_support: bool = False  # listed beside a strong name: "ViT, Swin Transformer and ResNet"
    tool: bool = False  # named as software: "the Foo library"
    key: str = ""

    def __post_init__(self) -> None:
        self.key = name_key(self.text)


# The source that LaTeX rendered to HTML leaves after a number: "10%percent1010\%10 %",
# "1.3%similar-toabsentpercent1.3\sim 1.3\%", "(similar-to\sim0.01GB".
_RENDERED_LATEX = re.compile(r"(?:similar-to|absent|percent|times|sim|approx)+\d|(\d+(?:\.\d+)?[kKMB])\1$")  # ("62k62k": "$62k$" read twice)
# A number glued to a lowercase word is an amount, not a name: "10hours", "5shot".
_GLUED_UNIT = re.compile(r"\d[\d.]*[a-z]{3,}$")
# A unit written apart from its number is no name either: "a 24 kHz vocoder", "80 GB of memory".
_UNIT_WORD = re.compile(r"(?:[kMG]?Hz|dB|[kKMGTP]i?B)$")
# A number with a unit of compute glued to it: "30TF", "2PFLOPs".
_COMPUTE_UNIT = re.compile(r"\d[\d.]*(?:[TPGE]F|[TPGE]?FLOPS?|[TPGE]?FLOPs)(?:/s)?$")
# A capitalised suffix and a capitalised word after it: "-Free Verification".
_TITLED_SUFFIX = re.compile(r"-[A-Z][a-z]+[\s~]+[A-Z]")
_TITLED_AFTER = re.compile(r"[\s~]+[A-Z][a-z]")  # (a capitalised word next)
# A version joined to a size ("Llama 2-7B"): a size, which ends a name.
_VERSION_SIZE = re.compile(rf"\d+(?:\.\d+)*-(?:{MODEL_SIZE})$")
_RESOLUTION = re.compile(RESOLUTION)
_RESOLUTION_OF = re.compile(r"[\s~]+(?:images?|pixels?|resolution|inputs?|crops?|patches|frames|videos?)\b")


def _citation_spans(text: str) -> list[tuple[int, int]]:
    """Spans of citations in parentheses, where names are authors: "(Peters et al., 2018a;
    Radford et al., 2018)" all of it, "(GPT-2; Radford et al., 2019)" only the part after the
    name the citation is for.

    >>> text = "LMs (GPT-2; Radford et al., 2019) and ELMo (Peters et al., 2018)"
    >>> [text[s:e] for s, e in _citation_spans(text)]
    [' Radford et al., 2019)', '(Peters et al., 2018)']
    """
    spans = []
    for match in _CITATION_PARENS.finditer(text):
        at = match.start()
        for piece in match.group().split(";"):
            if _CITES.search(piece):
                spans.append((at, at + len(piece)))
            at += len(piece) + 1
    return spans


# Cached: the same words recur in every abstract, many of them stopwords ("The", "We").
@functools.lru_cache(maxsize=65536)
def _word_kind(found: str) -> tuple[str, str | None, str | None]:
    """A word :func:`name_words` found, without its suffix ("BERT-based"), the suffix, and the word's
    kind: its shape, "stopword" (weak, "The"), "version" ("2.0"), "size" ("7B"), "resolution"
    ("64x64") or None."""
    word, suffix = split_suffix(found)
    kind = shape(word)
    if _RESOLUTION.fullmatch(word):
        kind = "resolution"  # "ImageNet 64x64"
    elif _RENDERED_LATEX.match(word) or _GLUED_UNIT.match(word) or _UNIT_WORD.match(word) or _COMPUTE_UNIT.match(word):
        kind = None
    elif _VERSION_SIZE.match(word):
        kind = "size"
    elif kind == "strong" and word[0].isdigit() and _SIZE.match(word):
        kind = "size"  # "7B-A150M"
    elif kind == "weak" and word.lower() in CAPITALISED_STOPWORDS:
        kind = "stopword"
    elif kind is None:
        if (_VERSION.match(word) and not _YEAR.match(word)) or word in _ROMAN_VERSIONS:
            kind = "version"
        elif _SIZE.match(word):
            kind = "size"
    return word, suffix, kind


def title_head(text: str, title_end: int) -> tuple[int, int] | None:
    """Offsets of a name heading the title ("PLIP: ...", "Skill-it! ..."), if any.

    >>> title_head("OpenELM: An Efficient Language Model Family", 44)
    (0, 7)
    >>> title_head("Learning from Future: A Self-Training Framework", 47) is None
    True
    >>> title_head("Qwen2 Technical Report", 22)
    (0, 5)
    >>> title_head("FooLM-7B & FooLM-70B: Scaling Up", 32) is None
    True
    >>> title_head("Transformers are RNNs: Fast Attention", 37) is None
    True
    >>> title_head("Deep Speech 2: End-to-End Speech Recognition", 44)
    (0, 13)
    >>> title_head("Long Range Zorb: A Benchmark for Efficient Transformers", 56)
    (0, 15)
    """
    match = _TITLE_HEAD.match(text[:title_end])
    if not match:
        return None
    head = match.group(1)
    words = head.split()
    data_after = len(words) > 1 and bool(_DATA_AFTER_HEAD.match(text, match.end(1), title_end))
    if len(words) > (4 if data_after else 3) or not words:
        return None
    if len(words) > 1 and (
        any((w.rstrip(".").isalpha() and w.islower()) or w in _TITLE_VERBS for w in words)
        or (words[0].endswith("ing") and not words[0].isupper())
        or words[0] in _TITLE_OPENERS
    ):
        # a clause, no name: "Transformers are RNNs: ...", "LLMs for Law: ...", "Understanding R1-Zero-Like
        # Training: ...", "LLM Meets Diffusion: ...", "RLAIF vs. RLHF: ...", "Beyond RAG: ...", "When AUC Misleads: ..."
        return None
    shapes = [shape(split_suffix(w)[0]) for w in words]
    if ("&" in words or "and" in words) and sum(shape == "strong" or "-" in word for shape, word in zip(shapes, words)) > 1:
        return None  # "SaulLM-54B & SaulLM-141B: ...": two names, each found on its own
    if len(words) > 2 and words[0] == "The" and "strong" in shapes and _TITLE_NOUNS.fullmatch(words[-1]):
        # "The PV-ALE Dataset: ...", "The Zamba2 Suite: ...": the name between the article and its
        # noun (which types it, as the description's would)
        return match.start(1) + len("The "), match.end(1) - len(words[-1]) - 1
    if "strong" in shapes or (len(words) == 1 and shapes[0] == "weak" and words[0].lower() not in CAPITALISED_STOPWORDS):
        return match.start(1), match.end(1)
    if len(words) > 1 and _TITLE_VERSION.fullmatch(words[-1]) and all(
        shape == "weak" and word.lower() not in CAPITALISED_STOPWORDS for shape, word in zip(shapes, words[:-1])
    ):
        return match.start(1), match.end(1)  # "Deep Speech 2: ...", "Audio Flamingo 3: ...": capitalised words and a version
    if data_after and "weak" in shapes and _PLAIN_WORDS.fullmatch(head) and not _TASK_NAME.search(head):
        # "Next Day Wildfire Spread: A ... Data Set", "The People’s Speech: A ... Dataset" (not a task's
        # name: "Zero-Shot Stance Detection: A Dataset and Model ...")
        return match.start(1), match.end(1)
    return None


def title_phrase(text: str, title_end: int) -> str | None:
    """The words before a title's colon, whatever their shape ("Memory In Memory: ..."): no
    name on their own (:func:`title_head` says which are), but the paper's own when the text
    spells out a short form with them ("the Memory In Memory (MIM) networks").

    >>> title_phrase("Latent Consistency Models: Synthesizing Images", 46)
    'Latent Consistency Models'
    """
    match = _TITLE_HEAD.match(text[:title_end])
    return match.group(1) if match and len(match.group(1).split()) <= 5 else None


# The data noun a data set's name is written with, a few lowercase words between: "the KITTI raw dataset",
# "the MaLA corpus", "the KITTI object detection benchmark".
_DATA_NOUN_WRITTEN_AFTER = re.compile(
    r"((?:[\s~]+(?!(?:and|or|of|the|with|on|in|for|to|from|by|as|at)\b)[a-z][\w\-]*){0,3}?)[\s~]+"
    r"(?:dataset|data[\s~]+set|corpus|benchmark|leaderboard|challenge|collection)\b(?!-)"
    # ("the WMT 2019 Metrics Shared Task", "DCASE 2022 Task 4", "the ASVspoof 2021 Challenge")
    r"|((?:[\s~]+[A-Z0-9][\w\-]*){0,3}?)[\s~]+(?:Shared[\s~]+Task|Task[\s~]*\d+|Challenge|Competition|Track[\s~]*\d+)\b(?!-)"
)
# ... and the noun a measure is written with: "the LPIPS score", "F1 scores", "Elo ratings".
_MEASURE_NOUN_WRITTEN_AFTER = re.compile(r"()[\s~]+(?:scores?|rates?|values?|ratings?|distances?)\b(?!-)")
# ... and the noun a model's part is written with: "the Ghost module", "a GID block", "the PE loss".
_PART_NOUN_WRITTEN_AFTER = re.compile(r"()[\s~]+(?:module|block|loss|layer|head|unit|cell|framework|network)\b(?!-)")


def _written_with_noun_aliases(entity: list, text: str, noun_after: re.Pattern) -> None:
    """A name as the text writes it with its noun is another name of it ("KITTI raw dataset",
    "KITTI raw" for KITTI; "Elo ratings" for Elo; "Ghost module" for Ghost): texts and annotators
    name data sets, measures and parts either way."""
    for start, end in entity[3]:
        written = noun_after.match(text, end)
        if written:
            qualified = next(written.end(g) for g in range(1, noun_after.groups + 1) if written.group(g) is not None)
            # (in text order, not a set's: the same input must give the same record on every run)
            for alias in (text[start : written.end()], text[start:qualified]):
                alias = _SPACES_OR_TILDES.sub(" ", alias)
                if alias not in (entity[0], text[start:end]) and alias not in entity[2]:
                    entity[2].append(alias)


def _spelled_after_colon(after_head: str, short: str) -> str | None:
    """The capitalised words after a title's colon that spell its all-capitals head, if they do.

    >>> _spelled_after_colon(": Dynamically Expandable Representation for Class Incremental Learning", "DER")
    'Dynamically Expandable Representation'
    >>> _spelled_after_colon(": Diarization for Every Recording", "DER"), _spelled_after_colon(": a Study", "AS")
    (None, None)
    """
    words = after_head.lstrip(" ~:").split()[: len(short)]
    if short.isupper() and short.isalpha() and len(words) == len(short) and all(w[0] == letter for w, letter in zip(words, short)):
        return " ".join(words)
    return None


class _Context:
    """One doc's text with what the rules ask of a position: its sentence, whether it starts
    one, whether a URL or citation covers it, the type nouns before it."""

    def __init__(
        self,
        text: str,
        title_end: int,
        sentence_starts: list[int],
        blocked_spans: list[tuple[int, int]],
        type_nouns: list[tuple[int, int, str]],
        task_words: list[int],
    ):
        self.text = text
        self.title_end = title_end
        self.starts = sentence_starts
        self.blocked_spans = blocked_spans
        self.blocked_starts = [s for s, _ in blocked_spans]
        # Found once per doc (by the phrase matcher): a search of the few words before every
        # candidate costs more.
        self.type_nouns = type_nouns  # (start, end, noun), in text order
        self.type_noun_ends = [end for _, end, _ in type_nouns]
        self.task_words = task_words  # start offsets
        own = FIRST_PERSON.search(text, title_end)
        self.own_voice_start = own.start() if own else len(text)  # where the paper first speaks of its own work

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def sentence_start(self, pos: int) -> int:
        return self.starts[self.sentence_of(pos)] if self.starts else 0

    def sentence_end(self, pos: int) -> int:
        following = self.sentence_of(pos) + 1
        return self.starts[following] if following < len(self.starts) else len(self.text)

    def initial_at(self, pos: int) -> bool:
        """Whether only punctuation or an item number stands between a sentence's start and ``pos``."""
        return self.initial_in(self.sentence_of(pos), pos)

    def initial_in(self, sentence: int, pos: int) -> bool:
        """:meth:`initial_at` for a ``pos`` whose sentence is known."""
        return bool(self.starts) and bool(_INITIAL.match(self.text, self.starts[sentence], pos))

    def blocked(self, pos: int) -> bool:
        """Whether a URL, a citation or a spelled-out name in parentheses covers ``pos``."""
        if not self.blocked_spans:  # most abstracts
            return False
        i = bisect.bisect_right(self.blocked_starts, pos) - 1
        return i >= 0 and pos < self.blocked_spans[i][1]

    def task_word_within(self, start: int, end: int) -> bool:
        """Whether a task word ("classification", "retrieval") starts in ``text[start:end]``."""
        i = bisect.bisect_left(self.task_words, start)
        return i < len(self.task_words) and self.task_words[i] < end

    def nearest_type_noun(self, start: int, end: int) -> str | None:
        """The type announced by the last type noun within ``text[start:end]`` ("a dataset ... named")."""
        i = bisect.bisect_right(self.type_noun_ends, end) - 1
        if i >= 0 and self.type_nouns[i][0] >= start:
            return type_noun(self.type_nouns[i][2])
        return None


def _apostrophes(name: str) -> list[str]:
    """A listed name and, if it has an apostrophe, its spelling with a typographic one
    ("Cohen's kappa", "Krippendorff’s alpha")."""
    return [name, name.replace("'", "’")] if "'" in name else [name]


class EntityRecognizer:
    """Finds and types entity mentions; see the module documentation."""

    def __init__(self, nlp: Language, lexicon: Lexicon):
        self.lexicon = lexicon
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_type = defaultdict(list)
        for name, etype in lexicon.names:
            by_type[etype] += _apostrophes(name)
        for etype, names in by_type.items():
            self.matcher.add(etype, list(nlp.tokenizer.pipe(names)))
        metrics = [spelling for m in lexicon.metrics for spelling in _apostrophes(m)]
        exact = [m for m in metrics if m != m.lower()]
        exact += [m.title() for m in exact if m.isalpha() and m.isupper() and len(m) >= 4]  # "Bleu", "Rouge"
        # ("AUCs", "WERs": an acronym's plural; "Dice Similarity Coefficient": a name's words capitalised)
        exact += [m + "s" for m in exact if m.isalpha() and m.isupper() and len(m) >= 3 and m + "s" not in lexicon.metrics]
        exact += [titled for m in exact if " " in m and (titled := " ".join(w[:1].upper() + w[1:] for w in m.split())) != m]
        # ("Matthews correlation coefficients", "Inception Scores": a named measure's plural; not
        # "F1 scores", annotated as the measure "F1")
        exact += [
            m + "s" for m in exact
            if " " in m and m.replace(" ", "").isalpha() and m.lower().endswith(_COUNTED_MEASURES) and m + "s" not in lexicon.metrics
        ]
        lower = [m for m in metrics if m == m.lower()]
        # ("win rates", "F1 scores": a listed measure's plural names it too)
        lower += [m + "s" for m in lower if m.endswith(_COUNTED_MEASURES) and m + "s" not in lexicon.metrics]
        # ("F1-scores", "win-rates": so does a hyphenated one's)
        exact += [m + "s" for m in exact if m.lower().endswith(_HYPHENATED_COUNTED) and m + "s" not in lexicon.metrics]
        lower += [m + "s" for m in lower if m.endswith(_HYPHENATED_COUNTED) and m + "s" not in lexicon.metrics]
        self.matcher.add("METRIC", list(nlp.tokenizer.pipe(exact)))
        self.lower_matcher.add("METRIC", list(nlp.tokenizer.pipe(lower)))
        # Measures whose case tells them from a word: "mAP" is no "Map" ("Self-organizing Map (SOM)")
        self.cased_metrics = {name_key(m): m for m in exact if re.search(r"[a-z][A-Z]", m)}
        self.metric_spellings = {name_key(m): m for m in lexicon.metrics}
        # Listed models spelled only in capitals ("BLOOM", "CHESS"): a capitalised word is no such name.
        spelled_otherwise = {name_key(n) for n, _ in lexicon.names if not n.isupper()}
        self.capitals_only = {name_key(n) for n, t in lexicon.names if t == "MODEL" and n.isupper() and n.isalpha()} - spelled_otherwise
        # Words the typing rules look for around candidates, found in the same pass.
        self.type_noun_label = nlp.vocab.strings.add("kg_type_noun")
        self.task_label = nlp.vocab.strings.add("kg_task_word")
        self.matcher.add("kg_type_noun", list(nlp.tokenizer.pipe(DATA_NOUNS + BENCHMARK_NOUNS + MODEL_NOUNS)))
        self.matcher.add("kg_task_word", list(nlp.tokenizer.pipe(_TASK_WORDS)))

    # -- candidates ------------------------------------------------------------
    def _runs(self, context: _Context) -> list[_Mention]:
        """Runs of adjacent name-shaped words ("LM Evaluation Harness", "wav2vec 2.0")."""
        text, title_end = context.text, context.title_end
        sentence_of, initial_in, blocked = context.sentence_of, context.initial_in, context.blocked
        blocked_spans = context.blocked_spans
        runs: list[list] = []
        sized: set[int] = set()  # runs followed by a model size: "Mistral 7B"
        previous_end = size_end = -10
        for match in name_words(text):
            word, suffix, kind = _word_kind(match.group())
            start = match.start()
            if kind == "stopword" or (kind == "weak" and start < title_end):
                # (skipped at once, as below: most words are stopwords or a title's capitalised words)
                continue
            if suffix and kind == "weak" and start >= title_end and _TITLED_SUFFIX.match(text, match.end() - len(suffix) - 1):
                # "Language-Prior-Free Verification": a capitalised "suffix" of a capitalised word, with a
                # capitalised word after it, is a word of the name (in the abstract: a title capitalises
                # every word, "A Prior-Based Approach"; and not "LLaMA2-7B-Based": a name with a suffix)
                word, suffix, kind = match.group(), None, shape(match.group())
            elif suffix and kind == "weak" and start >= title_end and _TITLED_AFTER.match(text, match.end()):
                # "a Frequency-aware Attention mechanism": before another capitalised word of a name,
                # such an adjective is one of its words
                word, suffix, kind = match.group(), None, shape(match.group())
            elif suffix and kind == "weak" and (match.group()[-len(suffix)].isupper() or suffix != "based") and self.lexicon.known_type(word) is None:
                # "an Object-Centric query-BEV detector", "a novel Relation-aware framework": a capitalised adjective,
                # no name with a suffix (but "a Zorbformer-based model" names one)
                continue
            if kind == "strong" and word[0].isdigit() and _FOOTNOTE_MARK.match(word) and word[3:4].isascii() and word[3:4].isalpha():
                start += 3  # "GraphMAE 111The code is ...": a footnote's mark, rendered thrice, glued to a word
                word, suffix, kind = _word_kind(word[3:])
            elif kind == "strong" and (inside := _FOOTNOTE_INSIDE.search(word)):
                word, suffix, kind = _word_kind(word[: inside.start() + 1])  # "new data111Code is ..."
            elif kind == "version" and _FOOTNOTE_MARK.fullmatch(word):
                continue  # "Multitask-Clinical BERT 111 https://...": a footnote's mark, no version
            elif kind == "strong" and text.startswith((" et", " and"), match.end()) and _CITED_AFTER.match(text, match.end()):
                surname = _GLUED_SURNAME.search(word)  # "SBERTReimers and Gurevych (2019)": an author glued to a name
                if surname:
                    word, suffix, kind = _word_kind(word[: surname.start()])
            if kind is None and runs and previous_end == start - 1 and _YEAR.match(word) and self._year_of_data(text, runs[-1], start + 4):
                kind = "version"  # "KITTI 2015 benchmarks", "ILPC 2022, a novel open challenge": a data set's edition
            if kind is None or kind == "stopword":
                continue
            if text.startswith("(", match.end()) and _GROUP_ARGUMENT.match(text, match.end()) and word.isupper() and len(word) <= 3:
                continue  # "SE(3)-equivariant", "E(n) GNNs": a symmetry group's notation, no name
            if word[-3:-2] in ("'", "’") and self.lexicon.is_generic(word[:-3]):
                continue  # "ICCV’17 PoseTrack Dataset": a venue's year (but "WMT'14", "THUMOS’14" name data)
            # (most abstracts have no URL or citation; "111https://...": a footnote mark glued to a URL)
            if blocked_spans and (blocked(start) or blocked(match.end() - 1)):
                continue
            in_title = start < title_end
            if kind == "version" or kind == "size":
                adjacent = runs and previous_end == start - 1 and text[start - 1] in " ~" and not runs[-1][-1][4]
                if kind == "version" and adjacent and not in_title and not _FOLDS_AFTER.match(text, start + len(word)):
                    runs[-1].append((start, start + len(word), word, "version", suffix))
                    # (an edition's year ends the name, but for the words of a challenge or track after it:
                    # "CVPPP 2017 Leaf Counting Challenge", "TREC 2022 Clinical Trial Track")
                    ends = _YEAR.match(word) and not _EDITION_NAMED_AFTER.match(text, start + len(word))
                    previous_end = start + len(word) if not ends else -10
                elif kind == "size" and adjacent:
                    sized.add(len(runs) - 1)
                    if not in_title:  # "Llama 3.1 8B", "Mixtral 8x7B": the size is part of the name as written
                        runs[-1].append((start, start + len(word), word, "size", suffix))  # (and ends it,
                        size_end = start + len(word)  # but for a tuned variant's word: "Llama 3.3 70B Instruct")
                continue
            if word in _TUNED_VARIANTS and suffix is None and size_end == start - 1 and text[start - 1] in " ~":
                runs[-1].append((start, start + len(word), word, "variant", suffix))
                continue
            if kind == "resolution":
                adjacent = runs and previous_end == start - 1 and text[start - 1] in " ~" and not runs[-1][-1][4]
                # (and ends the name; not a resolution of what follows: "ZorbNet 128x128 images")
                if adjacent and not in_title and not _RESOLUTION_OF.match(text, start + len(word)):
                    runs[-1].append((start, start + len(word), word, kind, suffix))
                continue
            if kind == "weak" and in_title:
                continue
            item = (start, start + len(word), word, kind, suffix)
            adjacent = (
                runs
                and previous_end == start - 1
                and text[start - 1] in " ~"
                and runs[-1][-1][4] is None
                and sentence_of(start) == sentence_of(previous_end - 1)
            )
            if adjacent:
                runs[-1].append(item)
            else:
                runs.append([item])
            previous_end = start + len(word)
        mentions = []
        for number, run in enumerate(runs):
            while run and run[-1][3] == "version" and len(run) > 1 and run[-2][3] == "version":
                run.pop()
            # A capitalised word with a version or a size is a model's name: "Llama 2", "Mistral 7B".
            # ("Claude 3.5 Sonnet": a version inside the name counts too)
            versioned = number in sized or (len(run) > 1 and any(item[3] == "version" for item in run[1:]))
            named = len(run) > 1 and bool(_NAMING.search(text, max(0, run[0][0] - 30), run[0][0]))
            # ("the Visual QA dataset": a data noun right after the run names all of it)
            named = named or (len(run) > 1 and run[-2][3] != "stopword" and bool(_DATA_NOUN_RIGHT_AFTER.match(text, run[-1][1])))
            if len(run) > 1 and self.lexicon.is_generic(" ".join(item[2] for item in run)):
                continue  # "Safe RL", "Offline RL": a generic term of several words, not a name and a generic word
            while len(run) > 1 and self.lexicon.is_generic(run[-1][2]) and not (run[-1][3] == "weak" and "-" in run[-1][2]) and not named:
                # "Adaptor PET", "WMT English": a generic word is not part of the name (but "IU X-ray" is one,
                # and so is what the text names: "an EBM ..., which we call the Hat EBM")
                run.pop()
            if len(run) > 1 and _SCORE_AFTER.match(text, run[-1][1]) and self.metric_spellings.get(name_key(run[-1][2])) == run[-1][2]:
                run.pop()  # "Mental-RoBERTa F1=0.643": a measure and its score after a name are no part of it
            if len(run) == 2 and run[1][3] == "strong" and run[0][2].removesuffix("s").isupper() and self.lexicon.is_generic(run[0][2]):
                run = run[1:]  # "the typical SSL XLSR model", "LLMs GPT-4o-mini": nor before it (but "Chinese BERT" is a name)
            elif len(run) > 1 and run[0][2] == "URL":
                run = run[1:]  # "this https URL Schedule-Free AdamW": arXiv's stand-in for a link
            if len(run) > 1 and run[-1][3] == "version" and self.lexicon.is_generic(" ".join(i[2] for i in run[:-1])):
                continue  # "PyTorch 1.7", "YouTube 9": a tool's version, a footnote
            if len(run) == 1 and _NOUN_COMPOUND.match(run[0][2]) and self.lexicon.known_type(run[0][2]) is None:
                continue  # an acronym qualifying a noun, or a word one: not a name (but "MT-bench" is listed)
            if len(run) == 1 and _LONE_LABEL.fullmatch(run[0][2]):
                continue  # "Figures 3a and 3c", "data sets V2", "SQuAD: V1.1 and V2.0", "W4A8": a panel, a version or bit widths alone
            start = run[0][0]
            sentence = sentence_of(start)
            initial = initial_in(sentence, start)
            if run[0][3] == "weak" and initial and run[0][2].endswith(("ing", "ed")):
                run = run[1:]  # "Evaluating 25 models", "Trained FooNet": a verb opening the sentence
                if not run or run[0][3] == "version":
                    continue
                start = run[0][0]
                sentence = sentence_of(start)
                initial = initial_in(sentence, start)
            if run[0][3] == "weak" and initial and len(run) > 1 and run[1][3] != "version" and not self._listed(text[start : run[-1][1]]):
                run = run[1:]  # "Recently BERT ...": the first word's capital is the sentence's (not "Vision Transformers ...")
                start = run[0][0]
                sentence = sentence_of(start)
                initial = initial_in(sentence, start)
            if run[0][3] == "version" or (_CITATION.match(text, run[-1][1]) and not _ENDS_IN_YEAR.search(run[-1][2])):
                # ("PASCAL VOC 2007, 2012, and MS COCO", "the CoNLL-2008, 2009 benchmarks": editions, after the name's own year)
                continue  # "Huang et al., 2024" cites a person
            kinds = [item[3] for item in run]
            if kinds.count("weak") == len(kinds) and _AUTHOR_YEAR.match(text, run[-1][1]):
                continue  # "Kingma and LeCun (2010) proposed": authors, not names of models
            strong = "strong" in kinds
            if not strong and (
                _TASK_NAME.search(run[-1][2]) or (len(run) == 1 and _AFTER_TASK.match(text, run[-1][1]) and not self._listed(run[-1][2]))
            ) and not self._proposed_object(context, start):
                # "Named Entity Recognition" is a task (but not "we propose Visual Context Summarization"),
                # and so is "Dependency parsing", "Glioma segmentation": one capitalised word opening a task's name
                continue
            if run[-1][2] in ("License", "Licence"):
                continue  # "the Llama 3.3 Community License": terms of use
            end = run[-1][1]
            if text.startswith(" v", end) and run[-1][4] is None:
                lower_version = _LOWER_VERSION.match(text, end)
                end = lower_version.end() if lower_version else end  # "MM-Vet v2"
            # "SemEval-2020 Task 12", "NLPCC 2019 Shared Task 2": a numbered task of an edition is one
            # benchmark (the year ends a run, so the task is added here)
            shared_task = _SHARED_TASK.match(text, end) if _ENDS_IN_YEAR.search(run[-1][2]) and run[-1][4] is None else None
            end = shared_task.end() if shared_task else end
            mention = _Mention(
                start,
                end,
                text[start:end],
                strong=versioned or strong,
                initial=initial,
                sentence=sentence,
                suffix=run[-1][4],
            )
            if shared_task:
                mention.evidence["BENCHMARK"] += _W_AFTER
            elif number in sized:
                mention.evidence["MODEL"] += _W_SHAPE  # "UL2 20B": a size is a model's
            elif run[-1][3] == "version" and _YEAR.match(run[-1][2]):
                mention.evidence["BENCHMARK"] += _W_SHAPE  # "DCASE 2017": an edition's year is a data set's or a challenge's
            elif len(run) > 1 and run[-1][2] in PART_HEADS and not initial:
                mention.accepted = True  # "we design a novel Depth Refinement Module": a named part of a model
                mention.evidence["MODEL"] += _W_SHAPE
            mentions.append(mention)
        return mentions

    @staticmethod
    def _proposed_object(context: _Context, start: int) -> bool:
        """Whether the words before ``start`` are a proposal's, ending with its verb: "we propose"."""
        sentence_start = context.sentence_start(start)
        window = context.text[max(sentence_start, start - 50) : start]
        if not mentions_any(window, _PROPOSE_HINTS):
            return False
        return bool(_PROPOSED_OBJECT.search(window)) or (
            "and" in window and bool(_AND_PROPOSED_OBJECT.search(context.text, sentence_start, start))
        )

    def _year_of_data(self, text: str, run: list, year_end: int) -> bool:
        """Whether a year after ``run`` names an edition of a data set or benchmark: a listed one, or
        one a data noun follows (so "Llama 2 2023" and "In ICLR 2024" keep no year)."""
        if text[year_end : year_end + 1].isalnum() or run[-1][4] is not None:
            return False
        after = _AFTER.match(text, year_end) or _APPOSITIVE.match(text, year_end)
        noun = type_noun(after.group(1)) if after else None
        name = text[run[0][0] : run[-1][1]]
        listed = self.lexicon.known_type(name)
        if noun in ("DATASET", "BENCHMARK") or (noun is None and listed in ("DATASET", "BENCHMARK")):
            return True
        if len(run) > 1 and type_noun(run[-1][2]) in ("DATASET", "BENCHMARK"):
            return True  # "SoccerNet Tracking Challenge 2023": a name that ends in a data noun, and its edition
        # "the audio tagging task of DCASE 2017": an acronym of data with its year (a venue, "In ICLR
        # 2024", is a generic word; a model is seldom given a year)
        return noun is None and listed is None and len(run) == 1 and run[0][3] == "strong" and name.isupper() and not self.lexicon.is_generic(name)

    def _listed(self, name: str) -> bool:
        """Whether a name, or the singular of a plural one, is in the word lists."""
        return self.lexicon.known_type(name) is not None or (name.endswith("s") and self.lexicon.known_type(name[:-1]) == "MODEL")

    def _phrases(self, doc: Doc, text: str) -> tuple[list, list[tuple[int, int, str]], list[int]]:
        """One pass of the phrase matchers: gazetteer and metric matches (label, start token,
        end token), type nouns (start, end, noun) and where task words start."""
        lexicon_matches, type_nouns, task_words = [], [], []
        for label, start, end in self.matcher(doc):
            if label == self.type_noun_label:
                # Sliced from the text: a Span's text, joined from its tokens, costs more.
                first, last = doc[start], doc[end - 1]
                noun_end = last.idx + len(last)
                type_nouns.append((first.idx, noun_end, text[first.idx : noun_end]))
            elif label == self.task_label:
                task_words.append(doc[start].idx)
            else:
                lexicon_matches.append((label, start, end))
        if len(type_nouns) > 1:  # "benchmark dataset" is one noun, not also "dataset": a noun inside another goes
            outer, reach = [], -1
            for noun in sorted(type_nouns, key=lambda n: (n[0], -n[1])):
                if noun[1] > reach:
                    outer.append(noun)
                    reach = noun[1]
            type_nouns = outer
        type_nouns.sort()
        task_words.sort()
        return lexicon_matches + self.lower_matcher(doc), type_nouns, task_words

    def _lexicon_mentions(self, doc: Doc, context: _Context, matches: list) -> list[_Mention]:
        text, title_end, initial_at = context.text, context.title_end, context.initial_at
        found = []
        for label, start, end in matches:
            first, last = doc[start], doc[end - 1]  # cheaper than a Span's offsets
            s, e = first.idx, last.idx + len(last)
            etype = doc.vocab.strings[label]
            if etype == "METRIC" and (averaged := _AVERAGED_BEFORE.search(text, max(0, s - 9), s)):
                s = averaged.start()  # "macro-AUC": the measure averaged one way
            space = text.find(" ", e)
            suffix = split_suffix(text[s : space if space >= 0 else len(text)])[1]
            if context.blocked(s) or (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-_")) or (
                e < len(text) and (text[e].isalnum() or text[e] in "-_") and suffix in (None, "like")
            ):
                continue  # part of a longer word: "full-precision", "GPT-like" (not "BERT-based")
            if etype == "METRIC" and suffix is not None:
                continue  # "perplexity-based filtering" uses a measure, it reports none
            if shape(text[s:e]) != "strong" and (s < title_end or (initial_at(s) and " " not in text[s:e])) and etype != "METRIC":
                # A capital from title case or the sentence start means nothing; a listed name
                # of several capitalised words ("Stable Diffusion generates ...") still counts.
                continue
            if etype == "METRIC":
                if text.endswith("time", s, e) and _AT_PHASE.search(text, max(0, s - 4), s):
                    continue  # "extrapolation at inference time": when, not a measure
                for _ in range(2):  # "average query latency"
                    modifier = _METRIC_MODIFIER.search(text, max(0, s - 30), s)
                    if not modifier or modifier.group(1) in _NOT_MODIFIERS:
                        break
                    s = modifier.start(1)
            if etype != "METRIC" and _LICENSE_AFTER.match(text, e):
                continue  # "released under the Llama 3.3 Community License": terms of use
            if etype == "MODEL":
                maker = _MAKER_BEFORE.search(text, max(0, s - 12), s)
                s = maker.start() if maker and maker.group(1) in _MAKERS else s  # "OpenAI o1": the name as written
                size = _SIZE_AFTER.match(text, e) if s >= title_end else None
                e = size.end() if size else e  # "Code Llama 34B": the size is part of the name as written, as in a run
            source = "metric" if etype == "METRIC" else "lexicon"
            mention = _Mention(s, e, text[s:e], True, initial_at(s), context.sentence_of(s), source)
            # (a listed model stays one in a list a data noun announces: "the AlpacaEval 2.0
            # leaderboard, including Claude 2, Gemini Pro and GPT-4")
            weight = _W_METRIC if etype == "METRIC" else _W_LEXICON * (2 if etype == "MODEL" else 1)
            mention.evidence[_DATA if etype == "DATASET" else etype] += weight
            found.append(mention)
        # (a cost or an accuracy is a measure only where the text names it as one: "memory usage by
        # 40%", not "reduces memory consumption"; "accuracy and F1", not "the accuracy of doctors")
        found = [
            m for m in found
            if (not _COST_MEASURE.search(m.text) or self._cost_measured(context, m, found)) and not _accuracy_as_quality(m, context) and not _measure_in_passing(m, context)
        ]
        found += self._cued_metrics(context, found)
        return self._join_metrics(text, found)

    @staticmethod
    def _cost_measured(context: _Context, cost: _Mention, found: list[_Mention]) -> bool:
        """Whether a cost ("memory usage", "inference time") is named as a measure: with a number
        ("20x faster inference speed", "memory usage by 40%"), as what is evaluated ("in terms of
        latency") or in a list of measures ("convergence speed and final accuracy"); not as a
        problem ("suffers from high computational cost", "reduces memory consumption")."""
        text, start, end = context.text, cost.start, cost.end
        sentence_start = context.starts[cost.sentence] if context.starts else 0
        before = text[max(sentence_start, start - 50) : start]
        if _DIGIT.search(before[-35:]) or _NUMBER_NEAR_AFTER.match(text, end):
            return True
        if _MEASURED_BEFORE.search(before):
            return True
        return any(
            other is not cost and other.sentence == cost.sentence and _LIST_GLUE.fullmatch(
                text, min(other.end, end), max(other.start, start)
            )
            for other in found
            if other.evidence.get("METRIC")
        )

    def _cued_metrics(self, context: _Context, found: list[_Mention]) -> list[_Mention]:
        """Measures named by their place: after a metric cue ("in terms of X and Y"), beside a
        listed metric ("precision, recall and F1"), or at a cut-off ("recall@10")."""
        text, title_end = context.text, context.title_end
        spans: list[tuple[int, int]] = []
        lowered = text.lower()
        if mentions_any(lowered, _METRIC_CUE_HINTS):
            for hint in _METRIC_CUE_HINTS:
                at = lowered.find(hint, title_end)
                while at >= 0:
                    cue = _METRIC_CUE.search(text, max(title_end, at - 12), at + len(hint) + 20)
                    if cue and cue.start() <= at:
                        spans += self._cued_list(text, cue.end(), alone=cue.group().lower().startswith("measured"))
                    at = lowered.find(hint, at + len(hint))
        metrics = [m for m in found if m.source == "metric"]
        if mentions_any(lowered, _MEASURE_WORDS):
            for m in metrics:  # "precision, recall and F1", "F1, precision and recall"
                spans += [s for s in self._metric_list(text, m.start, backwards=True) if text[s[0] : s[1]].lower() in _MEASURE_WORDS]
                gap = _METRIC_SEP.match(text, m.end)
                if gap and gap.end() > m.end:
                    spans += [s for s in self._metric_list(text, gap.end()) if text[s[0] : s[1]].lower() in _MEASURE_WORDS]
            for word in _MEASURE_WORDS:  # "higher precision and recall"; "both precision and recall"
                at = lowered.find(word, title_end)
                while at >= 0:
                    listed = self._metric_list(text, at)
                    if _MEASURE_QUALITY.search(text, max(title_end, at - 25), at):
                        if not _SENSITIVE_TO.match(text, at + len(word)):
                            spans += listed
                    else:  # (two such words name each other measures: "precision and recall")
                        words = [s for s in listed if text[s[0] : s[1]].lower() in _MEASURE_WORDS]
                        if len(words) > 1 and not (
                            _NUMBER_FORMAT_BEFORE.search(text, max(0, at - 12), at) or _VERB_OBJECT_AFTER.match(text, words[-1][1])
                        ):
                            spans += words
                    at = lowered.find(word, at + len(word))
        if "@" in text:
            spans += [m.span() for m in _AT_K.finditer(text, title_end)]
        known = {(m.start, m.end) for m in found}
        out = []
        for start, end in spans:
            name = text[start:end]
            if (start, end) in known or context.blocked(start) or self.lexicon.is_generic(name):
                continue
            if self.lexicon.known_type(name) not in (None, "METRIC"):
                continue  # "in terms of COCO": a dataset's name is not a measure
            known.add((start, end))
            mention = _Mention(start, end, name, True, context.initial_at(start), context.sentence_of(start), "metric")
            mention.evidence["METRIC"] += _W_METRIC
            out.append(mention)
        return out

    def _measure_alias(self, entity: list) -> None:
        """A qualified measure is also called by the listed measure it qualifies: "fine-tuning
        top-1 accuracy" by "top-1 accuracy", "DERs" by "DER" (an alias;
        the graph keeps them apart, see kg.resolve)."""
        words = entity[0].split()
        if self.lexicon.known_type(entity[0]) == "METRIC":
            return  # (a listed measure is a measure of its own: "top-1 accuracy" is not "accuracy")
        if words[-1].endswith("s") and self.lexicon.known_type(words[-1][:-1]) == "METRIC":
            # the plural of a listed measure is that measure: "DERs", "test AUCs" (also "AUCs")
            plural = words[-1]
            for alias in ([plural] if len(words) > 1 else []) + [plural[:-1]]:
                if alias not in entity[2]:
                    entity[2].append(alias)
            return
        if len(words) < 2:
            return
        less_score = " ".join(words[:-1]) if words[-1].lower() in ("score", "scores") else None
        base = less_score if less_score and self.lexicon.known_type(less_score) == "METRIC" else self._listed_tail(words, 1)
        if base and base not in entity[2]:
            entity[2].append(base)

    def _listed_tail(self, words: list[str], first: int = 0) -> str | None:
        """The longest run of the last words, from ``words[first]`` on, that is a listed metric."""
        tails = (" ".join(words[i:]) for i in range(first, len(words)))
        return next((tail for tail in tails if self.lexicon.known_type(tail) == "METRIC" and not self._miscased(tail)), None)

    def _miscased(self, word: str) -> bool:
        """Whether ``word`` is an English word spelled like a cased measure ("Map" or "attention map", not "mAP")."""
        cased = self.cased_metrics.get(name_key(word))
        return cased is not None and word != cased and word[1:].islower()

    def _capitalised_measure(self, word: str) -> bool:
        """Whether ``word`` spells a listed measure with capitals added only ("MinDCF" for
        "minDCF"), which the case-sensitive phrase matcher misses; not with capitals dropped:
        "FiD" (Fusion-in-Decoder) is no "FID"."""
        listed = self.metric_spellings.get(name_key(word), word)
        if listed == word:
            return False  # (as listed, the phrase matcher found it and the words around it decided: "the accuracy of MAE")
        letters, listed_letters = [c for c in word if c.isalpha()], [c for c in listed if c.isalpha()]
        return len(letters) == len(listed_letters) and not any(
            c.islower() and l.isupper() for c, l in zip(letters, listed_letters)
        )

    def _names_metric(self, long: str) -> bool:
        """Whether a long form is a listed metric or ends in one ("attack success rate")."""
        return self._listed_tail(long.replace("~", " ").split()) is not None

    def _cued_list(self, text: str, at: int, alone: bool = False) -> list[tuple[int, int]]:
        """The measures listed after a metric cue: items of the usual shape, and the other
        short noun phrases of the list when one item at least is of that shape or listed;
        ``alone``, also a single phrase that ends the sentence ("as measured by bits-per-byte.")."""
        if alone:
            item = _LOOSE_METRIC_ITEM.match(text, at)
            if item and text.startswith((".", ";"), item.end()) and not _NOT_MEASURE.search(item.group(1)):
                if not item.group(1).endswith(("metric", "metrics", "measures")):  # ("by different evaluation metrics.")
                    return [item.span(1)]
        listed, shaped, closed = [], False, False
        for _ in range(6):
            item = _METRIC_ITEM.match(text, at)
            if item:  # a capitalised item may be a name ("In terms of X, FooNet and ...")
                shaped = shaped or item.group(1).islower() or self.lexicon.known_type(item.group(1)) == "METRIC"
            else:
                item = _LOOSE_METRIC_ITEM.match(text, at)
                if not item or _NOT_MEASURE.search(item.group(1)):
                    break
                shaped = shaped or self.lexicon.known_type(item.group(1)) == "METRIC"
            listed.append((item.span(1), item.re is _METRIC_ITEM))
            gap = _METRIC_SEP.match(text, item.end())
            if closed or not gap or gap.end() == item.end():
                break
            # the item after a conjunction is the last ("A, B and C, establishing ...")
            closed = bool(_CONJUNCTION.search(gap.group()))
            at = gap.end()
        if shaped and closed:  # a list without its conjunction may be a clause ("In terms of X, Y ...")
            return [span for span, _ in listed]
        usual = list(itertools.takewhile(lambda item: item[1], listed))
        return [span for span, _ in usual]

    @staticmethod
    def _metric_list(text: str, at: int, backwards: bool = False) -> list[tuple[int, int]]:
        """The measures listed from ``at`` on ("BLEU, ROUGE-L and METEOR"), or, ``backwards``,
        those listed right before it."""
        if backwards:
            window = text[max(0, at - 60) : at]
            items = [(at - len(window) + m.start(1), at - len(window) + m.end(1)) for m in _METRIC_WORD.finditer(window)]
            listed: list[tuple[int, int]] = []
            end = at
            for start, stop in reversed(items):
                if not _METRIC_SEP.fullmatch(text, stop, end):
                    break
                listed.append((start, stop))
                end = start
            return listed
        listed = []
        for _ in range(6):
            item = _METRIC_ITEM.match(text, at)
            if not item:
                break
            listed.append(item.span(1))
            gap = _METRIC_SEP.match(text, item.end())
            if not gap or gap.end() == item.end():
                break
            at = gap.end()
        return listed

    @staticmethod
    def _join_metrics(text: str, found: list[_Mention]) -> list[_Mention]:
        """Adjacent metric names are one compound measure: "ROUGE-L F1", "BLEU score"."""
        metrics = sorted((m for m in found if m.source == "metric"), key=lambda m: (m.start, -m.end))
        if len(metrics) < 2:
            return found
        joined: list[_Mention] = []
        paired = False  # whether joined[-1] already joins two: a third measure in a row is a table's heading
        for m in metrics:
            last = joined[-1] if joined else None
            if (
                last
                and last.end < m.start
                and m.start - last.end <= 2
                and text[last.end : m.start].strip(" ~") == ""
                and not paired
                and not ("@" in last.text and "@" in m.text)  # ("Recall@5 NDCG@5": each is whole)
            ):
                paired = True
                last.end, last.text = m.end, text[last.start : m.end]
                last.key = name_key(last.text)
            elif last and m.text.isupper() and _OF_GAP.fullmatch(text, last.end, m.start):
                continue  # "the linear probing accuracy of MAE": what is measured, not a measure
            elif not (last and last.start <= m.start and m.end <= last.end):
                joined.append(m)
                paired = False
        return [m for m in found if m.source != "metric"] + joined

    # -- the component ---------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = rule_text(doc)
        # Each ``doc._`` access builds a new accessor object: the extensions are read once.
        found = doc._
        title_end = found.kg_title_end or 0
        aliases = found.kg_aliases or []
        bounds = sentence_bounds(doc) if len(doc) else []
        blocked = sorted(
            [(u[2], u[3]) for u in (found.kg_urls or [])]
            + _citation_spans(text)
            + _bibtex_keys(text)
            + [m.span(1) for m in _EXPANSION.finditer(text) if self._expands(text, m.start(), m.group(1))]
        )
        lexicon_matches, type_nouns, task_words = self._phrases(doc, text)
        context = _Context(text, title_end, [s for s, _ in bounds], blocked, type_nouns, task_words)
        mentions = self._runs(context)
        mentions += self._lexicon_mentions(doc, context, lexicon_matches)
        local_generic: set[str] = set()
        redefined: dict[str, tuple[str, ...]] = {}  # listed names the text defines as something else: the listed types to drop
        head = title_head(text, title_end)
        title_name = text[head[0] : head[1]] if head else None
        defined = self._definitions(context, aliases, local_generic, redefined, title_name, title_phrase(text, title_end))
        mentions += defined
        # "the Success Rate (SR) ... by 3.39% in SR": a generic short form the text defines as a name
        # names it wherever the text writes it
        defined_names = {m.key for m in defined} - local_generic
        if head and self.lexicon.known_type(title_name) == "METRIC":
            # "DER: Dynamically Expandable Representation for ...": the letters of a listed measure spelling out the paper's method
            spelled = _spelled_after_colon(text[head[1] : title_end], title_name)
            # (not "SPICE: Semantic Propositional Image Caption Evaluation", a measure's own paper)
            if spelled and not self._names_metric(spelled) and spelled.split()[-1].lower() not in _METRIC_HEADS + ("evaluation",):
                redefined[name_key(title_name)] = ("METRIC",)
        if head:
            m = _Mention(head[0], head[1], text[head[0] : head[1]], True, False, 0, "title")
            nouns = _TITLE_NOUNS.search(text, head[1], title_end)
            noun = nouns.group(1).lower() if nouns else ("evaluation" if _EVALUATING_AFTER_HEAD.match(text, head[1]) else None)
            if noun == "evaluation":
                if _METRIC_NOUN.search(text, nouns.end() if nouns else head[1], title_end):
                    noun = "metric"  # ("KAD: An Effective and Efficient Evaluation Metric for ...")
                elif _EVALUATOR.search(text[head[1] : title_end]):
                    noun = None  # ("Ragas: Automated Evaluation of ...", "FineSurE: Fine-grained Summarization Evaluation using LLMs": a method)
            # ("Evaluation": a benchmark's; "Semantic-WER: A Unified Metric for ...": a metric's)
            m.evidence["METRIC" if noun == "metric" else (type_noun(noun) or "BENCHMARK") if noun else "MODEL"] += _W_TITLE
            mentions.append(m)
        mentions = self._resolve_overlaps(mentions, aliases)
        self._known_by_key(mentions)
        for m in mentions:
            for listed in redefined.get(m.key, ()):  # "Grouped Query Attention (GQA)" is no longer the GQA dataset
                m.evidence.pop(listed, None)
        mentions = [
            m for m in mentions
            if m.source in ("metric", "lexicon", "definition") or m.key in defined_names or not self._generic(m, local_generic)
        ]
        self._gather_evidence(context, mentions)
        for m in mentions if defined_names else ():
            if m.source == "shape" and m.key in defined_names and self.lexicon.is_generic(m.text):
                m.evidence.clear()  # (its definition types it: elsewhere the words around it may be about the generic sense)
        if head:
            self._title_stem(mentions, text[head[0] : head[1]])
        self._accept(mentions, title_end, text)
        self._alias_without_maker([m for m in mentions if m.accepted])
        entities = _editions(self._entities([m for m in mentions if m.accepted]), text)
        _called_by_words(entities, context)
        _models_called_otherwise(entities, text)
        for entity in entities:
            if entity[1] == "METRIC":
                self._measure_alias(entity)
                _written_with_noun_aliases(entity, text, _MEASURE_NOUN_WRITTEN_AFTER)
            elif entity[1] in ("DATASET", "BENCHMARK"):
                _written_with_noun_aliases(entity, text, _DATA_NOUN_WRITTEN_AFTER)
            else:
                _written_with_noun_aliases(entity, text, _PART_NOUN_WRITTEN_AFTER)
        found.kg_entities = entities
        spans = []
        for name, etype, _aliases, offsets, _conf in entities:
            for start, end in offsets:
                span = doc.char_span(start, end, label=etype, kb_id=name, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.spans["kg_entities"] = spans
        return doc

    @staticmethod
    def _alias_without_maker(mentions: list[_Mention]) -> None:
        """"OpenAI o4-mini", "Meta Llama 3": a model's name after its maker's is the name as
        most texts write it, an alias that links them."""
        for m in mentions:
            maker, space, rest = m.text.replace("~", " ").partition(" ")
            if space and maker in _MAKERS and (shape(rest.split()[0]) == "strong" or any(c.isdigit() for c in rest)):
                m.aliases.append(rest)

    @staticmethod
    def _expands(text: str, paren: int, expansion: str) -> bool:
        """Whether parentheses at ``paren`` spell out the name before them (same first letter)."""
        start = paren
        while start and (text[start - 1] == "~" or text[start - 1].isspace()):
            start -= 1
        word = _WORD_BEFORE.search(text, max(0, start - 40), start)
        return bool(word) and shape(word.group(1)) == "strong" and word.group(1)[0].lower() == expansion[0].lower()

    @staticmethod
    def _title_stem(mentions: list[_Mention], head: str) -> None:
        """"CodeFuse-13B: ...", then "CodeFuse achieves ...": the stem of the model heading the
        title, written alone, is another name of that model."""
        stem, hyphen, _ = head.partition("-")
        if not hyphen or len(stem) < 3:
            return
        stem_key, head_key = name_key(stem), name_key(head)
        title_type = next((m.evidence for m in mentions if m.source == "title"), {})
        if max(title_type, key=title_type.get, default=None) != "MODEL":
            return
        stems = [m for m in mentions if m.key == stem_key]
        if stems and all(m.source == "shape" and not m.evidence for m in stems):
            for m in stems:
                m.evidence["MODEL"] += _W_CONTEXT
                m.key = head_key

    def _generic(self, mention: _Mention, local_generic: set[str]) -> bool:
        key = mention.key
        singular = key[:-1] if key.endswith("s") else key
        # ("General Models (GMs)" makes "GM" generic too)
        if self.lexicon.is_generic(mention.text) or key in local_generic or singular in local_generic or key + "s" in local_generic:
            return True
        if mention.suffix and self.lexicon.known_type(mention.text) == "METRIC":
            return True  # "FID-based selection": a measure qualifying a method, no model
        mapping = _MAPPING.fullmatch(mention.text)
        if mapping and any(_MAPPED_KIND.fullmatch(part) or self.lexicon.is_generic(part) for part in mapping.groups()):
            # "Text-to-SQL", "code-to-NL", "Spanish-to-English": what a task maps, no name (but "the Room-to-Room benchmark")
            return True
        # "SOTA ASV" after "speaker verification (ASV)": generic words make no name together
        words = mention.text.replace("~", " ").split()
        return len(words) > 1 and all(self.lexicon.is_generic(w) or name_key(w) in local_generic for w in words)

    # -- definitions -----------------------------------------------------------
    def _definitions(
        self, context: _Context, aliases: list, local_generic: set[str], redefined: dict[str, tuple[str, ...]], title_name: str | None,
        title_words: str | None,
    ) -> list[_Mention]:
        """Short forms defined in the text, as mentions; generic ones go to ``local_generic``,
        listed names of data or measures the text spells out as something else to ``redefined``."""
        text = context.text
        out = []
        for short, long, s_start, s_end, l_start, l_end in aliases:
            key = name_key(short)
            # a listed name spelled out: "Natural Questions (NQ)" (not "m-BERT (MB)", a table's abbreviation)
            # (not a generic term as written, whatever name shares its letters: "MIMO" is no MiMo)
            known = None if self.lexicon.is_generic(short) else self.lexicon.known_type(short)
            known = known or (self.lexicon.known_type(long) if " " in long else None)
            if known is None and short.endswith("s") and self.lexicon.known_type(short[:-1]) == "MODEL":
                known = "MODEL"  # "denoising diffusion probabilistic models (DDPMs)": the plural of a listed model
            start_of_sentence = context.sentence_start(s_start)
            before = text[start_of_sentence : min(s_start, l_start)]
            proposing = bool(PROPOSE_BEFORE.search(before)) or bool(
                PASSIVE_PROPOSE.match(text, max(s_end, l_end) + 1) or NOUN_PROPOSED.match(text, max(s_end, l_end))
            )
            long_words = [w for w in long.split() if w[0].isalpha()]
            if not long_words:
                continue  # ("(1) 2 (OT)": no word spells it out)
            lowercase_long = all(w[0].islower() for w in long_words[1:]) and (
                long_words[0][0].islower() or l_start == start_of_sentence or len(long_words) == 1
            )
            # Whether a preposition stands between the proposal's verb and the definition: "a model
            # for programming language (PL)" is about the definition, not proposing it.
            verb = PROPOSE.search(before) if proposing else None
            object_blocked = bool(verb and OBJECT_BLOCKER.search(before, verb.end()))
            if proposing and (long[0].islower() or _TASK_NAME.search(long)) and l_start < s_start and not _OWN_BEFORE.search(before):
                # "we present X, a model for programming language (PL)": a lowercase concept
                # after "for", "of", ... is what the proposal is about, not what it proposes.
                proposing = not object_blocked
            # ("scientific LMs (SciLMs)", "Code LLMs": the plural of a class of models is a class)
            # (but not what the text proposes under a Title Case name: "we propose Phased Consistency Models (PCMs)";
            # not "an algorithm for a team of Unmanned Aerial Vehicles (UAVs)")
            proposed_plural = proposing and not lowercase_long and verb is not None and not object_blocked
            plural = short.endswith("s") and not proposed_plural and (short[:-1].isupper() or bool(_CLASS_PLURAL.search(short)))
            after_paren = max(s_end, l_end) + (1 if text[max(s_end, l_end) : max(s_end, l_end) + 1] == ")" else 0)
            after = _AFTER.match(text, after_paren) or _NOUN_TITLED.match(text, after_paren)  # ("Foo (FP) Dataset")
            # (the head stands before a phrase of means: "Token Reduction using CLIP Metric (TRIM)" is a reduction)
            core = _MEANS_PHRASE.split(long, 1)[0]
            head = re.split(r"[-\s]", core)[-1].lower()
            # "the proposed PVPM includes two key components: 1) pose-guided attention (PGA) ...": a
            # part the paper names for its own model (GUIDELINES.md: a module it defines is a MODEL); so
            # is the name heading the title, whatever its long form ("SNF: Filter Pruning via ...",
            # defined as "searching the proper number of filters (SNF)")
            # ("Memory In Memory: ...", then "the Memory In Memory (MIM) networks": the title's head spelled out)
            title_long = bool(title_words) and name_key(long) == name_key(title_words)
            own_part = short == title_name or title_long or (
                # ... or right after "our": "Our consistency regularized GAN (CR-GAN)" (a long form with an
                # article in it is a clause the letters happen to spell: "our method improves the ... (X)")
                (self._called_own(text, short, s_end) or (l_start < s_start and _OWN_BEFORE.search(before) and not _ARTICLE.search(long)))
                and not _TASK_NAME.search(long)
            ) or (
                bool(MADE_OF.search(before))
                # (of a named model, a part named like one: "generator", "decorator", not "multiple choice (MC)")
                and bool(FIRST_PERSON.search(before) or ((head in _MODEL_HEADS or head.endswith("or")) and self._made_of_own(context, before, start_of_sentence)))
                and not _TASK_NAME.search(long)
            )
            m = _Mention(s_start, s_end, short, True, False, context.sentence_of(s_start), "definition")
            m.aliases.append(long)
            # (every naming match holds a hint: most sentences have none)
            named = mentions_any(before, _NAMING_HINTS) and bool(_NAMING.search(text, start_of_sentence, min(s_start, l_start)))
            noun = context.nearest_type_noun(start_of_sentence, min(s_start, l_start))
            # ... or "The proposed framework, i.e., Detection ConvNet (DECO)": a model named by apposition
            named = named or (noun == "MODEL" and ("i.e" in before or "namely" in before) and bool(_BEFORE.search(before)))
            # ... or "Our method, Self-organizing Map for Anomaly Detection (SOMAD)": the paper's own, by apposition
            named = named or (noun is not None and bool(_OWN_APPOSED.search(before)))
            if named:  # "a benchmark called X (Y)"
                m.evidence[noun or "MODEL"] += _W_NAMED
            model_head = head in _MODEL_HEADS or head.startswith("autoencoder")
            if known in ("DATASET", "BENCHMARK", "METRIC") and model_head and not _CLASS_NOUNS.match(text, after_paren):
                redefined[key] = ("DATASET", "BENCHMARK", _DATA, "METRIC")  # "Grouped Query Attention (GQA)", "Masked Autoencoders (MAE)": no data set, no measure
                m.evidence["MODEL"] += _W_DEFINED
            elif known == "METRIC" and (proposing or head in _DATA_HEADS) and not (head in _METRIC_HEADS or self._names_metric(core)):
                # "We propose Deep Scan Context (DSC)", "the Meme Context Corpus (MCC)": a listed measure's
                # letters spelling out something else the paper names
                redefined[key] = ("METRIC",)
                m.evidence["MODEL" if head not in _DATA_HEADS else "DATASET"] += _W_CONTEXT
            elif known and known != "METRIC":
                m.evidence[known] += _W_LEXICON
            elif (head in _METRIC_HEADS or self._names_metric(core) or (short.endswith("s") and self._names_metric(core[:-1]))) and not (
                self.lexicon.is_generic(long)  # ("signal-to-noise ratio (SNR)": a quantity of signals, no measure of results)
            ):
                # ("diarization error rates (DERs)": a plural measure is still one)
                appositive = _APPOSITIVE.match(text, after_paren)
                if _MODEL_COMMA_BEFORE.search(text, max(0, l_start - 12), l_start) or (
                    appositive and type_noun(appositive.group(1)) == "MODEL"
                ):
                    # "our model, Preserve Your Own COrrelation (PYoCo)", "the Multi-dimensional
                    # Preference Score (MPS), the first preference scoring model": a model named after a measure
                    m.evidence["MODEL"] += _W_CONTEXT
                else:
                    # "Matthews correlation coefficient (MCC)", "exact match (EM)", "attack success rate (ASR)"
                    m.evidence["METRIC"] += _W_METRIC
            elif (
                _CHANGED_BY_VALUE.search(before) or (_RAISING_BEFORE.search(before) and _BY_VALUE_AFTER.match(text, after_paren))
            ) and head not in _MODEL_HEADS | _DATA_HEADS:
                m.evidence["METRIC"] += _W_METRIC
            elif (
                self.lexicon.is_generic(short)
                and (head not in _DATA_HEADS or lowercase_long)
                and short != title_name
                and not (title_long and title_name)  # (a generic "NAS" of "Neural Architecture Search: ..." stays one)
                and not (proposing and not lowercase_long and PROPOSED_RIGHT_BEFORE.search(before))
            ) or plural or _FIELD_AFTER.match(text, after_paren):  # ("the Library & Information Science (LIS) domain": a field)
                # (a generic short form still names a titled benchmark: "Retrieval-Augmented Generation Benchmark (RGB)",
                # the paper's own method heading the title: "AMD: Adaptive Masked Distillation for ...", "Memory In
                # Memory: ..." defining "MIM", or the object of its proposal: "we introduce the technique of
                # Confusion Training (CT)")
                local_generic.add(key)
                continue
            elif named:
                pass  # typed by the noun before the naming word, above
            elif proposing:
                m.evidence["MODEL"] += _W_CONTEXT
            elif after and type_noun(after.group(1)) in ("DATASET", "BENCHMARK") and not (
                (lowercase_long or after.group(1).lower() in ("task", "tasks")) and len(long_words) > 1 and _TASK_NAME.search(long)
            ):
                # typed by the following noun below (not "single-image super-resolution (SISR) benchmarks",
                # "Data-to-Text Generation (DTG) tasks": a task's)
                pass
            elif _TASK_NAME.search(long) and not any(w.lower() in _MODEL_HEADS for w in long.split()):
                # a task: "Document Visual Question Answering (Document VQA)" (not "Bayesian Convolutional
                # Neural Network with Variational Inference (Bayesian CNN)")
                local_generic.add(key)
                continue
            elif after and _after_type(after.group(1)) == "MODEL" and not lowercase_long and (
                ONE_OF_A_KIND.search(before) or _OWN_BEFORE.search(before) or THE_OPENING.fullmatch(before)
            ):
                # "an Attention Influence Modeling (AIM) objective", "Our ATLOP (Adaptive Thresholding
                # and Localized cOntext Pooling) model": one named thing; so is the subject of a
                # sentence, "The Cross Feature Consistency (CFC) module fortifies ..."
                m.evidence["MODEL"] += _W_CONTEXT
            elif lowercase_long and len(long_words) > 1 and _PART_NOUN_RIGHT_AFTER.match(text, after_paren):
                # "an inter-image collaborative feature exploration (CFE) module": a part the text
                # names with a short form of its own (GUIDELINES.md: a module it defines is a MODEL)
                m.evidence["MODEL"] += _W_CONTEXT
            elif head in _DATA_HEADS:
                pass  # typed by its head word below
            elif head in _MODEL_HEADS or any(c.islower() for c in short.rstrip("s")):
                # "generative adversarial networks (CycleGAN)": a short form with a word of its
                # own in it is a coined name, whatever its long form.
                # ("a plug-and-play subject-aware spatial attention module (SA-SAM)": one named part)
                one_part = head in _MODEL_HEADS and not short.endswith("s") and ONE_OF_A_KIND.search(before)
                if (_CLASS_NOUNS.match(text, after_paren) or lowercase_long) and not own_part and not (
                    (_COINED.search(short.rstrip("s")) or one_part) and not _TASK_NAME.search(long)
                ):
                    local_generic.add(key)
                    continue
                m.evidence["MODEL"] += _W_CONTEXT
            elif own_part or _ENUMERATED.search(before):
                # ("X employs a two-stage design: (1) a Kinematic-Dynamic-based Quantization Stage (KDQS), ...":
                # an enumerated item defined with a short form is one of the parts a text names)
                m.evidence["MODEL"] += _W_CONTEXT
            elif not lowercase_long and head not in _INPUT_HEADS and APPLIED_BEFORE.search(before):
                # "PAN employs the Generative Latent Prediction (GLP)", "we extend the Recurrent Inertial
                # Graph-based Estimator (RING)": a titled technique a text applies is a named method
                m.evidence["MODEL"] += _W_CONTEXT
            else:
                local_generic.add(key)  # a defined concept, task or field: "Continual Learning (CL)"
                continue
            if head in _DATA_HEADS:
                m.evidence["BENCHMARK" if head in BENCHMARK_NOUNS else "DATASET"] += _W_DEFINED
            if after:
                m.evidence[_after_type(after.group(1))] += _W_AFTER
            out.append(m)
        return out

    @staticmethod
    def _called_own(text: str, short: str, after: int) -> bool:
        """Whether the text, after a definition, calls its short form its own: "a ... tree-structured
        solver (SAU-Solver) is proposed ..., Our SAU-Solver generates ..."."""
        # Each occurrence is checked with two precompiled patterns: building one pattern per short
        # form made the regex cache recompile for most papers (8% of extraction time).
        at = text.find(short, after)
        while at >= 0:
            end = at + len(short)
            if _OWN_BEFORE.search(text, max(after, at - 30), at) and not _NOT_OWN_AFTER.match(text, end):
                return True
            at = text.find(short, end)
        return False

    @staticmethod
    def _made_of_own(context: _Context, before: str, sentence_start: int) -> bool:
        """Whether a sentence opens with a name made of parts (``before``: the sentence up to a
        long form) that an earlier sentence proposes: "we propose ... DL-DSG ...", then "DL-DSG
        comprises three components: the document layout generator (DLG), ..."."""
        made_of = _OPENING_NAME.match(before)
        if not made_of or not MADE_OF.match(before, made_of.end()):
            return False
        text, name = context.text, made_of.group(1)
        at = text.find(name)
        while 0 <= at < sentence_start:
            if PROPOSE_BEFORE.search(text, context.sentence_start(at), at):
                return True
            at = text.find(name, at + 1)
        return False

    # -- overlaps ----------------------------------------------------------------
    @staticmethod
    def _listed_side_by_side(m: _Mention, listed: list[tuple[int, int]]) -> bool:
        """Whether the words of ``m`` are two or more listed names, one space apart."""
        inside = sorted((s, e) for s, e in listed if m.start <= s and e <= m.end)
        return (
            len(inside) > 1 and inside[0][0] == m.start and inside[-1][1] == m.end
            and all(b[0] - a[1] == 1 for a, b in zip(inside, inside[1:]))
        )

    @staticmethod
    def _resolve_overlaps(mentions: list[_Mention], definitions: list) -> list[_Mention]:
        """Keep one mention per stretch of text: a definition's short form, then the longest."""
        long_spans = [(d[4], d[5], d[2]) for d in definitions]
        rank = {"definition": 0, "title": 1, "metric": 2}
        # A run of capitals that is nothing but listed names side by side is those names:
        # "(miniImageNet CUB-200-2011)", "WikiText103 ALiBi" (not "Band-Split RoPE Transformer").
        listed = [(m.start, m.end) for m in mentions if m.source == "lexicon"]
        if len(listed) > 1:
            mentions = [m for m in mentions if m.source != "shape" or not EntityRecognizer._listed_side_by_side(m, listed)]
        mentions.sort(key=lambda m: (rank.get(m.source, 3), -(m.end - m.start), m.start))
        # Kept mentions never overlap, so in start order their ends increase too: the ones a
        # new mention overlaps sit right before the first that starts after its end.
        kept: list[_Mention] = []
        kept_starts: list[int] = []
        for m in mentions:
            if long_spans and m.source != "definition" and any(
                (ls <= m.start or (m.source == "shape" and m.start < ls < m.end)) and m.end <= le and m.start != ss
                for ls, le, ss in long_spans
            ):
                # inside a long form that a short form stands for, or a run of capitals that
                # reaches into one ("propose Optimizing Question Semantic Space for ... (Q-DREAM)")
                continue
            i = bisect.bisect_left(kept_starts, m.end)
            j = i - 1
            clashes = False
            while j >= 0 and kept[j].end > m.start:
                clashes = True
                k = kept[j]
                if k.start == m.start and k.end == m.end:
                    for etype, weight in m.evidence.items():
                        k.evidence[etype] += weight
                    k.strong = k.strong or m.strong
                    if k.source == "shape":
                        k.source = m.source
                j -= 1
            if not clashes:
                kept.insert(i, m)
                kept_starts.insert(i, m.start)
        return kept

    def _known_by_key(self, mentions: list[_Mention]) -> None:
        """A gazetteer name written another way ("CommonCrawl" for "Common Crawl", which the
        token matcher misses) is still that name: its normalised key finds it. A size of a
        listed model ("LLaMA-7B", "Qwen2 72B") is that model's."""
        for m in mentions:
            if m.source == "shape":
                known = self.lexicon.known_type(m.text)
                if known == "MODEL" and m.text.istitle() and name_key(m.text) in self.capitals_only:
                    continue  # "Bloom filters", "Bloom's taxonomy": a word, not BLOOM
                if known and self.lexicon.is_generic(m.text):
                    continue  # "MIMO channels" (generic as written), not the listed model MiMo
                if known and known != "METRIC":
                    m.evidence[_DATA if known == "DATASET" else known] += _W_LEXICON
                    # ("a 1B-parameter Llama model": a listed name in another case is still listed)
                    m.source, m.strong = "lexicon", m.strong or not m.initial
                elif known == "METRIC" and shape(m.text) == "strong" and self._capitalised_measure(m.text):
                    m.evidence["METRIC"] += _W_METRIC  # "MinDCF" for "minDCF", "MIoU" for "mIoU"
                elif known is None:
                    sized = self._listed_family_type(m.text)
                    version = _TRAILING_VERSION.search(m.text) if not _SIZED.match(m.text) else None
                    listed = self.lexicon.known_type(m.text[: version.start()]) if version else None
                    if sized:
                        m.evidence[_DATA if sized == "DATASET" else sized] += _W_LEXICON
                    elif listed and listed != "METRIC":
                        m.evidence[_DATA if listed == "DATASET" else listed] += _W_LEXICON  # "AlpacaEval 2": a listed benchmark's version
                    elif listed and m.text[version.start()] == "-":
                        m.evidence["METRIC"] += _W_METRIC  # "BLEU-1": a listed measure's order
                    elif " " in m.text and self._listed(m.text):
                        m.evidence["MODEL"] += _W_LEXICON  # "Vision Transformers": the class of a listed model
                        m.source, m.strong = "lexicon", True
                    elif "-" in m.text and any(
                        len(part) > 3 and self.lexicon.known_type(part) == "MODEL" for part in m.text.split("-")
                    ):
                        m.evidence["MODEL"] += _W_VARIANT  # "vq-wav2vec", "Sheared-LLaMA": a variant of a listed model
                    elif " " not in m.text and any(
                        m.text[i].isupper() and m.text[i - 1].islower() and self.lexicon.known_type(m.text[i:]) == "MODEL"
                        for i in range(2, len(m.text) - 1)
                    ):
                        m.evidence["MODEL"] += _W_VARIANT  # "ByT5", "TinyLlama": a listed model's name after a prefix

    # -- context -------------------------------------------------------------------
    @staticmethod
    def _metric_follows(text: str, end: int, metric_starts: set[int]) -> bool:
        """Whether a metric is named right after (one word between at most)."""
        gap = _METRIC_GAP.match(text, end)
        return _SPACES.match(text, end).end() in metric_starts or (bool(gap) and gap.end() in metric_starts)

    def _gather_evidence(self, context: _Context, mentions: list[_Mention]) -> None:
        """Add type evidence from the words around each mention, shared along lists."""
        text = context.text
        # "COCO AP": a name right before a measure is where it was measured; not so before a
        # measure of cost ("FooNet training time" is FooNet's).
        metric_starts = {m.start for m in mentions if m.source == "metric" and not _COST_MEASURE.search(m.text)}
        metric_ends = {m.end for m in mentions if m.source == "metric"}
        last_metric_start = max(metric_starts, default=-1)
        lists: list[list[_Mention]] = []
        # "A (58.7% LC win rate) and B": a measure's qualifier in brackets breaks no list.
        qualifiers: list[list[_Mention]] = []
        for m in mentions:
            if m.source == "metric":
                continue
            if (
                m.source == "shape" and _SPACES.match(text, m.end).end() in metric_starts
                and text.rfind("(", 0, m.start) > text.rfind(")", 0, m.start)
            ):
                qualifiers.append([m])
                continue
            if lists and lists[-1][-1].sentence == m.sentence and TASK_LIST_GAP.match(text[lists[-1][-1].end : m.start]):
                lists[-1].append(m)
            else:
                lists.append([m])
        # "On MMLU, UL2 outperforms": a comma alone does not make a list; "A, B and C" does.
        # A list ends with a conjunction before its last member ("A, B and C") or after it
        # ("A, B, C, and a new corpus"); names after that ("On A and B, C outperforms") are not in it.
        checked = []
        for members in lists + qualifiers:
            if len(members) > 1 and not _LIST_GOES_ON.match(text, members[-1].end):
                joined = [i for i in range(1, len(members)) if _LIST_END.search(text[members[i - 1].end : members[i].start])]
                # ("(e.g., PPO, SAC)": parentheses close a list of two as a conjunction would)
                closed = text.startswith(")", members[-1].end) and "(" in text[max(0, members[0].start - 8) : members[0].start]
                end = joined[-1] + 1 if joined else (len(members) if len(members) > 2 or closed else 0)
                if end < len(members):
                    checked.extend([m] for m in members[end:])
                    members = members[:end]
            if members:
                checked.append(members)
        for members in checked:
            first, last = members[0], members[-1]
            shared: dict[str, float] = defaultdict(float)
            start_of_sentence = context.sentence_start(first.start)
            # Each cue is looked for in the few words before the list, and only when a
            # word it needs is there: most names have none of them in front.
            window = text[max(start_of_sentence, first.start - 50) : first.start]
            naming_hint = mentions_any(window, _NAMING_HINTS)
            if naming_hint and _NAMING.search(window):
                noun = context.nearest_type_noun(start_of_sentence, first.start)
                shared[noun or "MODEL"] += _W_NAMED
                for m in members:
                    m.accepted = True
            if self._proposed_object(context, first.start):
                for m in members:  # "we propose Heron": what a paper introduces is a name
                    m.accepted = True
                shared["MODEL"] += _W_SHAPE  # and, unless a noun says otherwise, a method
            if naming_hint or mentions_any(window, _BEFORE_HINTS):
                before = _BEFORE.search(window)
                if before:
                    shared[type_noun(before.group(1)) or "MODEL"] += _W_BEFORE
                    if before.group(1).endswith("s") and before.group(2):
                        for m in members:  # "optimizers such as Muon and Soap": examples of a kind are named
                            m.accepted = m.accepted or " " not in m.text  # (not "models such as Random Forests")
            if len(members) > 1 and "," in window[-3:] and _PLURAL_DATA_COMMA.search(window) and _LIST_CLOSED.match(text, last.end):
                # "two segmentation datasets, SA-Med2D-20M and IMed-361M." (not "On both datasets, A and B outperform")
                shared[type_noun(_PLURAL_DATA_COMMA.search(window).group(1))] += _W_BEFORE
            near = window[-30:]
            # "a vision model (e.g. DeiT)", "a generic framework W2PGNN", "baselines
            # including StackBERT": the nearest type noun before a name, a weak hint.
            noun = context.nearest_type_noun(first.start - len(window), first.start)
            if noun and noun != "METRIC":
                shared[noun] += _W_SHAPE
            right_before = _NOUN_RIGHT_BEFORE.search(window) if " " in near else None
            if right_before:  # "our model X", "the benchmark X", "the large-scale palmprint datasets X": the noun is the name's
                shared[type_noun(right_before.group(right_before.lastindex)) or "MODEL"] += _W_BEFORE
            # "results on Zorblax", "experiments across Zorblax and Quux": what a paper reports
            # results on is a name ("on" alone is a weaker hint; "across" alone none).
            on = ("on" in near or "On" in near) and _ON.search(near)
            if on or ("cross" in near and _EVALUATED_ON.search(near)):
                shared["DATASET"] += _W_ON
                if _EVALUATED_ON.search(near):
                    for m in members:
                        m.accepted = True
            if "to" in near and _GENERALISES_TO.search(near):
                shared["DATASET"] += _W_ON  # "generalizes to X", "when transferred to X": data
            if "shot" in near and _SHOT.search(near):
                shared["BENCHMARK"] += _W_ON
            if mentions_any(window, _CONTEXT_HINTS) and _MODEL_CONTEXT.search(window):
                shared["MODEL"] += _W_CONTEXT
                if _OUTPERFORMS.search(window):
                    for m in members:  # "outperforms Vicuna": what a paper's model beats is named
                        m.accepted = True
            after = _AFTER.match(text, last.end) or _NOUN_TITLED.match(text, last.end)  # ("the CaseHOLD Dataset")
            if after:
                noun_type = _after_type(after.group(1))
                if noun_type != "MODEL" or self.lexicon.known_type(last.text) not in ("DATASET", "BENCHMARK"):
                    shared[noun_type] += _W_AFTER  # (but "an ImageNet classifier" is one trained on the data set)
            elif text.startswith((" is ", " are ", " was ", " were "), last.end):
                copula = _COPULA_DATA.match(text, last.end)  # "mC4 and CC-100 are larger, multilingual datasets"
                if copula:
                    shared[type_noun(copula.group(1)) or "DATASET"] += _W_AFTER
                elif _COPULA_MODEL.match(text, last.end):  # "Claude 3.5 Sonnet is the best model"
                    shared["MODEL"] += _W_AFTER
            if text.startswith(" score", last.end) and not text.startswith(" scores", last.end) and self.lexicon.known_type(last.text) == "BENCHMARK":
                shared["BENCHMARK"] += _W_AFTER  # "the baseline MMLU score": a score on a listed benchmark
            if text.startswith((" challenges", "~challenges"), last.end):
                shared["BENCHMARK"] += _W_AFTER  # "On both A and B challenges" (not "X faces challenges")
            if text.startswith(" to benchmark", last.end):
                shared["BENCHMARK"] += _W_AFTER  # "Using MM-Vet v2 to benchmark large multimodal models"
            if " as " in text[last.end : last.end + 12] and _AS_DATA.match(text, last.end):  # (after a blanked citation too)
                shared["DATASET"] += _W_AFTER
            if text.startswith(" (", last.end) and _DATA_SIZE.match(text, last.end):
                shared["DATASET"] += _W_AFTER  # "SwallowMath (2.3 billion tokens)": what holds tokens is data
            if text.startswith(" as ", last.end) and _AS_ROLE.match(text, last.end):
                shared["MODEL"] += _W_AFTER  # "uses Donut as the visual encoder": a model in a role
                for m in members:  # (so a capitalised word is a name: "utilizing Mistral as its foundation model")
                    m.accepted = True
                for m in members:
                    m.accepted = True
            if (
                len(members) == 1 and _AFTER_PERCENTAGE.search(text, max(0, first.start - 40), first.start)
                and _MEASURE_ACRONYM.match(first.text) and not self.lexicon.known_type(first.text)
                and _ON_SOMETHING.match(text, last.end)
            ):
                first.evidence["METRIC"] += _W_METRIC
            if (
                len(members) == 1 and first.text[0].isalpha()
                and text.startswith("=", _SPACES.match(text, last.end).end()) and _EQUALS_NUMBER.match(text, last.end)
            ):
                first.evidence["METRIC"] += _W_AFTER  # "SRCC = 0.957", "(F1=99.7%)": what equals a score is its measure
            if len(members) == 1 and first.strong and text.startswith(" score", last.end) and _SCORE_OF_NUMBER.match(text, last.end):
                first.evidence["METRIC"] += _W_AFTER  # "a TypeSim score of 0.89": the name of a score with a value
                first.accepted = True
            if len(members) == 1 and first.strong and _SCORES_AFTER.match(text, last.end):
                first.evidence["MODEL"] += _W_CONTEXT  # "KiteChat achieves a win rate of 78.4%": what scores is a model
                first.accepted = True
            elif first.strong and COMPARED_BY.match(text, last.end):
                for m in members:  # "LLaVA-1.5 surpasses InstructBLIP": what outperforms is a model
                    m.evidence["MODEL"] += _W_CONTEXT
            # (an appositive opens with its comma: most names are followed by a space)
            # (" ,": the brace of "\textbf{X}," read as a space)
            appositive = _APPOSITIVE.match(text, last.end) if text.startswith(_APPOSITIVE_OPENERS, last.end) else None
            if appositive and len(members) == 1:
                kind = type_noun(appositive.group(1)) or "MODEL"
                if (
                    kind == "MODEL" and _EVALUATION_BEFORE_NOUN.search(text, appositive.start(), appositive.start(1))
                    and not _SCORER_NAME.search(first.text)
                ):  # "AgentDojo, an evaluation framework": a benchmark, whatever it is built as (not "X-Evaluator", a scorer)
                    kind = "BENCHMARK"
                shared[kind] += _W_AFTER
            if last.suffix == "based":
                shared["MODEL"] += _W_CONTEXT
            elif _PART_NEXT.match(text, last.end) and not last.initial:
                last.accepted = True  # "a modified Swin backbone": one capitalised word names the part's model
                last.evidence["MODEL"] += _W_CONTEXT
            elif last.suffix == "pretrained":
                shared["DATASET"] += _W_ON  # "ImageNet-pretrained": what a model was trained on
            said_kinds = set()  # what the members' own names say they are
            for m in members:
                said = _name_says(m.text)
                if said:
                    m.evidence[said[0]] += said[1]
                    said_kinds.add("MODEL" if said[0] == "MODEL" else _DATA)
            measured = _MEASURED_ON.search(window) if "on" in window else None
            if measured and measured.start() + first.start - len(window) in metric_ends:
                for m in members:  # "81.5% accuracy on Larkset": what a metric was measured on is a name
                    m.accepted = True
            elif "on" in near and _SCORED_ON.search(near):
                for m in members:  # "reaches 67.2% on Larkset": so is what a score was reached on
                    m.accepted = True
                    if not m.evidence:
                        m.evidence[_DATA] += _W_ON
            if (
                _DATA_ITEMS.match(text, last.end) or (_DATA_OF.search(near) if "of" in near or "from" in near else False)
                or (_DATA_CONTAINED.match(text, last.end) and not _PLACE_BEFORE.search(text, max(0, first.start - 6), first.start))
            ):
                shared["DATASET"] += _W_AFTER
            elif mentions_any(near, _LEARNED_HINTS) and _LEARNED_FROM.search(near):
                shared["DATASET"] += _W_AFTER
            if context.task_word_within(first.end, last.end + 120) and (
                _AFTER_TASK.match(text, last.end) or any(_AFTER_TASK.match(text, m.end) for m in members)
            ):
                shared["DATASET"] += _W_TASK
            # (a metric after a name starts at or after its end: none follows a list that starts after the last one)
            if (
                first.end <= last_metric_start
                and any(self._metric_follows(text, m.end, metric_starts) for m in members)
                and not (len(members) == 1 and _TWO_CAPITALS.match(first.text))
            ):
                shared["DATASET"] += _W_TASK  # "the TabFact accuracy", "COCO AP" (not "LC win rate": a qualifier)
            if _TOOL_AFTER.match(text, last.end):
                for m in members:
                    m.tool = True
            if len(members) > 1:
                self._share_known_type(members)
            # A list without a conjunction ("A, B, C, and a new corpus") says what kind of
            # things it names only through a clue; "A, B and C" names things of one kind.
            conjoined = bool(_LIST_END.search(text[members[-2].end : last.start])) if len(members) > 1 else False
            if conjoined and len(said_kinds) == 1 and not any(self.lexicon.known_type(m.text) for m in members):
                # "ZorbQA and Larkset": the members a name says nothing about are of the same kind
                # (a well-known member types the others instead, see _share_known_type)
                kind = said_kinds.pop()
                for m in members:
                    if not _name_says(m.text):
                        m.evidence[kind] += _W_SHAPE / 2  # less than any clue of the context
            if last.suffix in PRODUCER_SUFFIXES:
                # "trained on WebWorld-synthesized trajectories": the cues around name the data, the name its maker
                shared = {"MODEL": _W_CONTEXT}
            support = len(members) > 1 and any(m.strong for m in members) and (conjoined or bool(shared) or any(m.evidence for m in members))
            for m in members:
                for etype, weight in shared.items():
                    m.evidence[etype] += weight
                m.list_support = support
        # "ModelNet-R, a refined version of ModelNet40": a version of a thing is a thing of its kind.
        by_start = {m.start: m for m in mentions}
        for m in mentions:
            version = _VERSION_OF_NAME.match(text, m.end) if text.startswith(",", m.end) else None
            other = by_start.get(version.end()) if version else None
            if other is not None and other.evidence and other.key != m.key:
                m.evidence[max(other.evidence, key=other.evidence.get)] += _W_AFTER

    def _listed_family_type(self, text: str) -> str | None:
        """The type of the listed name a size or resolution follows: "MODEL" for a size of a
        listed model ("LLaMA3-8B", "Qwen2 72B"), the data set's type for a resolution of a listed
        one ("ImageNet 64x64"), else None."""
        sized = _SIZED.match(text)
        if sized and self.lexicon.known_type(sized.group(1)) == "MODEL":
            return "MODEL"
        family = size_family(text)
        known = self.lexicon.known_type(family) if family and _RESOLUTION.search(text) else None
        return known if known in ("DATASET", "BENCHMARK") else None

    def _share_known_type(self, members: list[_Mention]) -> None:
        """In "LM1B, SQuAD and FooBooks" one kind of thing is listed: a well-known member
        (gazetteer) types the names beside it, when the known members agree."""
        known = [self.lexicon.known_type(m.text) or self._listed_family_type(m.text) for m in members]
        kinds = {"DATASET" if k == "BENCHMARK" else k for k in known if k and k != "METRIC"}
        if len(kinds) != 1:
            return
        kind = _DATA if kinds == {"DATASET"} else "MODEL"
        for m, k in zip(members, known):
            if k is None:
                m.evidence[kind] += _W_ON

    @staticmethod
    def _accept(mentions: list[_Mention], title_end: int, text: str) -> None:
        """Strong mentions stand on their own; capitalised words need support (and one
        capitalised word the abstract also writes in lowercase is a word: "Object", "Patch")."""
        strong_keys = {m.key for m in mentions if m.strong and m.source != "metric"}
        abstract_keys = {m.key for m in mentions if m.start >= title_end}
        counts: dict[str, int] = defaultdict(int)
        for m in mentions:
            if not m.initial:
                counts[m.key] += 1
        named_keys: set[str] = set()  # names accepted inside a sentence
        # (mentions inside sentences first: a sentence's first word is a name if it is one elsewhere)
        for m in sorted(mentions, key=lambda m: m.initial):
            # A following "model" or "framework" types a name but does not make one of a phrase
            # ("a Cross-modal Contrastive Learning framework"); "dataset" and "benchmark" do.
            cue = max(m.evidence.get("DATASET", 0.0), m.evidence.get("BENCHMARK", 0.0))
            if (m.strong and not (m.source == "shape" and _TWO_CAPITALS.match(m.text))) or m.accepted:
                m.accepted = True
            elif m.initial:
                # "Large datasets ...": one capitalised word at a sentence start is no name (but
                # "We propose Heron. Heron outperforms ...": one the text names inside a sentence is)
                m.accepted = m.key in strong_keys or m.key in named_keys or (cue >= _W_AFTER and " " in m.text)
            else:
                supported = cue >= _W_BEFORE or m.list_support or (counts[m.key] >= 2 and len(m.text) >= 4 and not m.text.endswith("s"))
                # ("KiteNet, Larkspur and Object ... each object": a word the text also writes in lowercase)
                a_word = m.source == "shape" and _CAPITALISED_WORD.fullmatch(m.text) and _in_lowercase(m.text, text, title_end)
                m.accepted = m.key in strong_keys or (supported and not a_word)
            if m.suffix == "like" or ((m.tool or m.suffix in ("level", "wise", "free")) and m.source != "lexicon"):
                # "GPT-like models" names a kind, not GPT; "Foo library" is software; "at WSI-level" a
                # unit (but "GPT-4-level performance" names GPT-4); "the Exemplar-Free setting" is without one
                m.accepted = False
            if m.start < title_end and m.source == "shape" and m.key not in abstract_keys:
                # Title case capitalises words ("DeepFake"); only an acronym-like name counts.
                m.accepted = m.accepted and not any(ch.islower() for ch in m.text)
            if m.accepted and not m.initial:
                named_keys.add(m.key)

    def _entities(self, mentions: list[_Mention]) -> list[list]:
        """One entity per normalised name (short forms and their long forms unioned)."""
        groups: dict[str, list[_Mention]] = {}
        alias_of: dict[str, str] = {}
        order: list[str] = []
        order_by_length: dict[int, list[str]] = defaultdict(list)  # a typo keeps the length: the only keys to compare
        keys = {m.key for m in mentions}
        for m in mentions:  # (a long form may come first: "Chinese Tiny LLM: ..." heads the title of "CT-LLM")
            if m.source == "definition":
                for alias in m.aliases:
                    alias_of.setdefault(name_key(alias), m.key)
        for m in mentions:
            key = alias_of.get(m.key, m.key)
            if key not in groups and m.text.endswith("s") and not m.text.endswith("-s") and key[:-1] in keys:
                key = alias_of.get(key[:-1], key[:-1])  # "BiPFTs" is a mention of "BiPFT"
            family = size_family(m.text) if key not in groups else None
            if family and name_key(family) in keys:
                key = alias_of.get(name_key(family), name_key(family))  # "UL2 20B" is a mention of the paper's "UL2"
            if key not in groups and m.strong:
                key = next((k for k in order_by_length[len(key)] if _swapped(k, key)), key)  # "BILP-2", a typo of "BLIP-2"
            if key not in groups:
                groups[key] = []
                order.append(key)
                order_by_length[len(key)].append(key)
            groups[key].append(m)
            for alias in m.aliases:
                alias_of.setdefault(name_key(alias), key)
        scores_of: dict[str, dict[str, float]] = {}
        for key in order:
            scores_of[key] = scores = defaultdict(float)
            for m in groups[key]:
                for etype, weight in m.evidence.items():
                    scores[etype] += weight
        entities = []
        for key in order:
            group = sorted(groups[key], key=lambda m: m.start)
            scores = scores_of[key]
            if not scores:
                # "FST-D" and "FST-W" beside "the FST framework": a variant has its parent's type.
                parent = scores_of.get(name_key(group[0].text.rpartition("-")[0])) if "-" in group[0].text else None
                if parent:
                    scores = parent
                elif not any(m.list_support for m in group):
                    # No word in the text says what this name is (GUIDELINES.md: be conservative).
                    # A name listed beside other names is kept: a list names things of one kind.
                    continue
            if _SIZE_WORD.fullmatch(group[0].text):
                continue  # a size alone names no model (but the list it ends says what the others are)
            etype = _decide_type(scores)
            # The short form a text defines is the name (GUIDELINES.md), wherever its long form came first.
            name = next((m for m in group if m.source == "definition"), group[0]).text.replace("~", " ")
            aliases: list[str] = []
            family = size_family(name)
            if family:
                aliases.append(family)  # "Flan-UL2 20B" is "Flan-UL2" to many texts, "LSUN 256x256" "LSUN"
            measure = self.lexicon.scored_measure(name) if etype == "METRIC" else None
            if measure and self.lexicon.measure_name(name) == measure:
                name, measure = measure, name  # "HOTA scores of 66.4" measure HOTA, as most texts call it
            if measure:
                aliases.append(measure)  # "F1 score" is "F1" to many texts (the graph keeps them apart: kg.ids.qualifies)
            for m in group:
                for alias in [*m.aliases, m.text.replace("~", " ")]:
                    if alias != name and alias not in aliases:
                        aliases.append(alias)
            best = max(scores.values(), default=0.0)
            confidence = 0.5 + 0.4 * min(1.0, best / _W_DEFINED) + (0.05 if any(m.strong for m in group) else 0.0)
            entities.append([name, etype, aliases, [[m.start, m.end] for m in group], round(min(confidence, 0.95), 3)])
        return _merged(entities)


def _called_by_words(entities: list[list], context: _Context) -> None:
    """Types each data resource by what its sentences call it (GUIDELINES.md: a benchmark when the
    text calls it one, else a dataset): "... on POJ-104 (a clone detection benchmark)", "X, a
    dataset of ...". A word in or right after a name, or naming one ("a dataset called X"), is that
    name's ("on the RedPajama dataset ... on the LM Evaluation Harness": the dataset is
    RedPajama), any other its sentence's; words of both kinds, or of neither, leave the type as
    it is, unless the title calls the name "A ... Benchmark". A name right before "benchmark
    dataset" is a benchmark, whatever else is said of it."""
    data = [(start, end, entity) for entity in entities if entity[1] in ("DATASET", "BENCHMARK") for start, end in entity[3]]
    if not data:
        return
    said: dict[int, set[str]] = defaultdict(set)
    for sentence in {context.sentence_of(start) for start, _, _ in data}:
        start = context.starts[sentence] if context.starts else 0
        end = context.sentence_end(start)
        lowered = context.text[start:end].lower()
        in_sentence = [d for d in data if start <= d[0] < end]
        for kind, words in (("BENCHMARK", _BENCHMARK_WORD), ("DATASET", _DATASET_WORD)):
            for word in words.finditer(lowered):
                at = start + word.start()
                after = start + word.end()
                named = [d for d in in_sentence if d[1] <= at and not context.text[d[1] : at].strip(" ~") or d[0] <= at < d[1]] or [
                    d for d in in_sentence if d[0] >= after and _NAMING_GAP.fullmatch(context.text, after, d[0])
                ]
                if not named:
                    counted = _COUNTED_BEFORE.search(lowered, max(0, word.start() - 40), word.start())
                    named = [d for d in in_sentence if d[0] > at] if counted else in_sentence
                for d in named:
                    said[id(d[2])].add(kind)
    titled = _TITLED_BENCHMARK.match(context.text, 0, context.title_end)  # (outweighs the abstract's "dataset")
    for entity in entities:
        kinds = said.get(id(entity))
        if any(_BENCHMARK_DATA_AFTER.match(context.text, end) for _, end in entity[3]):
            entity[1] = "BENCHMARK"  # "the VehicleID benchmark dataset": a benchmark, in most texts' gold
        elif kinds and len(kinds) == 1:
            entity[1] = next(iter(kinds))
        elif kinds and titled and name_key(titled.group(1)) in {name_key(name) for name in (entity[0], *entity[2])}:
            entity[1] = "BENCHMARK"


def _models_called_otherwise(entities: list[list], text: str) -> None:
    """A name the text calls a metric is one, whatever else it is listed as: "the Central Point
    Validation (CPV) metric", "a new metric called D-SARI", "three popular metrics, BERTScore,
    Prism, and COMET", "GEMBA-MQM, a GPT-based evaluation metric"; so is one an apposition calls
    a dataset or benchmark: "QuALITY, a multiple-choice QA dataset"."""
    says_metric = "metric" in text
    for entity in entities:
        if entity[1] == "METRIC":
            continue
        for start, end in entity[3]:
            if says_metric and (_METRIC_WORD_AFTER.match(text, end) or _METRIC_WORD_BEFORE.search(text, max(0, start - 80), start)):
                entity[1] = "METRIC"
                break
            apposed = _DATA_WORD_APPOSED.match(text, end) if entity[1] == "MODEL" else None
            if apposed:
                entity[1] = "DATASET" if apposed.group(1) in ("dataset", "corpus") else "BENCHMARK"
                break


def _merged(entities: list[list]) -> list[list]:
    """One entity per name and type: "HOTA" and "HOTA scores", named alike, are one measure."""
    first: dict[tuple[str, str], list] = {}
    kept = []
    for entity in entities:
        same = first.setdefault((entity[0], entity[1]), entity)
        if same is entity:
            kept.append(entity)
            continue
        same[2].extend(a for a in entity[2] if a not in same[2] and a != same[0])
        same[3] = sorted(same[3] + entity[3])
        same[4] = max(same[4], entity[4])
    return kept


def _editions(entities: list[list], text: str) -> list[list]:
    """A data set's name followed by a list of its editions' years names one data set per
    edition ("CROHME 2014/2016/2019", "LivDet 2011, 2013 and 2015", "DCASE 2017 and 2018"),
    each mentioned from the name to its year; a name left without a mention goes."""
    if not any(_EDITION_LISTED.match(text, end) for entity in entities for _, end in entity[3]):
        return entities  # (most texts list no editions: one match at each mention's end)
    by_name = {(entity[0], entity[1]): entity for entity in entities}
    for entity in list(entities):
        if entity[1] not in ("DATASET", "BENCHMARK"):
            continue
        for start, end in list(entity[3]):
            written = text[start:end]
            year = _YEAR_ENDING.search(written)
            listed = _EDITION_LISTED.match(text, end)
            if listed is None:
                continue
            years = [] if year else [m for m in _EDITION_YEAR.finditer(text, end, listed.end(1))]
            years += list(_EDITION_YEAR.finditer(text, listed.end(1), listed.end()))
            if not year and len(years) < 2:
                continue  # ("KITTI 2015" alone: a name's own year, already in the name)
            base = written[: year.start()] if year else written
            if not year:
                entity[3].remove([start, end])
            for edition in years:
                key = (f"{base} {edition.group()}".replace("~", " "), entity[1])
                if key not in by_name:
                    by_name[key] = [key[0], entity[1], [], [], entity[4]]
                    entities.append(by_name[key])
                by_name[key][3].append([start, edition.end()])
    kept = [entity for entity in entities if entity[3]]
    for entity in kept:
        entity[3].sort()
    return sorted(kept, key=lambda entity: entity[3][0][0])


def _accuracy_as_quality(m: _Mention, context: _Context) -> bool:
    """"improves the accuracy of text detection", "diagnostic accuracy": the quality of being
    correct, not a measure "named in the text as a measure of results" (GUIDELINES.md). It is
    one where its sentence reports a number, or where the text grades, lists or places it
    ("higher accuracy", "accuracy and F1", "accuracy on X")."""
    words = m.text.replace("~", " ").lower().split()
    # (accuracy alone, or with the word it is the accuracy of: "diagnostic accuracy", not "test accuracy")
    if m.source != "metric" or words[-1] != "accuracy" or len(words) > 2 or (len(words) == 2 and _GRADE.fullmatch(words[0])):
        return False
    text = context.text
    start, end = context.sentence_start(m.start), context.sentence_end(m.start)
    if _DIGIT.search(text, start, end):
        return False
    if (_QUALITY_BEFORE.search(text, max(start, m.start - 40), m.start) or _QUALITY_AFTER.match(text, m.end)) and not (
        _MEASURES_NAMED.search(text, max(start, m.start - 60), m.start)
    ):
        return True  # ("a better trade-off between efficiency and accuracy": listed with qualities, a quality)
    return not (_MEASURE_BEFORE.search(text, max(start, m.start - 40), m.start) or _MEASURE_AFTER.match(text, m.end))


def _measure_in_passing(m: _Mention, context: _Context) -> bool:
    """"Recognition systems must balance latency and robustness", "improving the accuracy of ...
    remains hard": a measure written in lowercase, named before the paper speaks of its own
    work in a sentence with no number, is a quality the field cares about, not one the paper
    reports (on development, 9 of 76 such "accuracy" and 18 of 79 other ones are gold measures;
    written with capitals, "BLEU", 29 of 34)."""
    if m.source != "metric" or m.text != m.text.lower() or not context.title_end <= m.start < context.own_voice_start:
        return False
    return not _DIGIT.search(context.text, context.sentence_start(m.start), context.sentence_end(m.start))


def _in_lowercase(word: str, text: str, start: int) -> bool:
    """Whether ``text`` from ``start`` writes ``word`` in lowercase as a word of its own (not
    in a URL or a hyphenated compound: "github.com/x/quetzal", "patch-level")."""
    lower = word.lower()
    at = text.find(lower, start)
    while at >= 0:
        end = at + len(lower)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "/.-_") and not (after.isalnum() or after in "/-_"):
            return True
        at = text.find(lower, end)
    return False


def _swapped(a: str, b: str) -> bool:
    """Whether two keys differ by two neighbouring letters swapped ("blip2" / "bilp2")."""
    if len(a) != len(b) or len(a) < 4 or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _bibtex_keys(text: str) -> list[tuple[int, int]]:
    """Spans of BibTeX keys in the text ("radford2021learningtransferable"; a short one,
    "claude2024", only right after a name: "newstest2014" is a dataset)."""
    spans = []
    for match in _BIBTEX_YEAR.finditer(text):
        start = match.start()
        while start and text[start - 1] in _LOWER:
            start -= 1
        if start and text[start - 1].isalnum():
            continue
        titled = match.end() - match.start() > 5  # the year, then a title word
        if titled or _NAME_BEFORE_KEY.search(text, max(0, start - 30), start):
            spans.append((start, match.end()))
    return spans


# Cached: the same names recur in every abstract.
@functools.lru_cache(maxsize=16384)
def _name_says(name: str) -> tuple[str, float] | None:
    """The type, and its weight, that a name's own head or shape gives it ("MMBench", "TriviaQA", "FinBERT",
    "PointNet++": "++" marks an improved method)."""
    if name.endswith("++"):
        return _name_says(name[:-2]) or ("MODEL", _W_SHAPE)
    version = _VERSION_AFTER.search(name)
    if version and version.start():  # "MMBench v2", "KiteEval-2.0", "Foo Challenge 2023": the name before speaks
        said = _name_says(name[: version.start()])
        if said:
            return said
    own = _OWN_HEAD.search(name)
    if own and not _PLAIN_CHALLENGE.fullmatch(name):
        return type_noun(own.group(1).lower()) or "BENCHMARK", _W_AFTER
    if _DATA_SHAPE.search(name):
        return _DATA, _W_ON
    if _MODEL_SHAPE.search(name):
        return "MODEL", _W_SHAPE
    return None


def _decide_type(scores: dict[str, float]) -> str:
    if scores.get("METRIC", 0.0) >= _W_METRIC:
        return "METRIC"
    data = scores.get("DATASET", 0.0) + scores.get("BENCHMARK", 0.0) + scores.get(_DATA, 0.0)
    model = scores.get("MODEL", 0.0)
    if data > model:
        # A text that calls a name a benchmark as often as it uses it as data makes it one
        # (GUIDELINES.md); with no word either way, a data resource is a dataset.
        benchmark = scores.get("BENCHMARK", 0.0)
        return "BENCHMARK" if benchmark and benchmark >= scores.get("DATASET", 0.0) else "DATASET"
    if scores.get("METRIC", 0.0) > max(data, model):
        return "METRIC"
    return "MODEL"


def _after_type(noun: str) -> str:
    """The type a noun after a name gives it: "X dataset", "X model", "X scores" (a benchmark's)."""
    return "BENCHMARK" if noun == "scores" else type_noun(noun) or "MODEL"


_MAPPING = re.compile(r"([^\W_]+)-to-([^\W_]+)")
# A kind of data a task maps from or to: a lowercase word, an acronym ("SQL", "NL"), a word
# with a digit ("3D") or a modality.
_MAPPED_KIND = re.compile(r"[a-z]\w*|\w*[A-Z]\w*[A-Z]\w*|\w*\d\w*|Text|Image|Video|Speech|Audio|Code|Motion|Music")

# Organisations that put their name before their models' ("Google Gemma 2"); not languages
# or other qualifiers ("Chinese BERT" is a model of its own).
_MAKERS = frozenset(
    "OpenAI Google Meta Microsoft Anthropic DeepMind NVIDIA Nvidia Alibaba Apple Amazon IBM Baidu Tencent xAI".split()
)
_MAKER_BEFORE = re.compile(r"\b(\w+)[ ~]$")
# A model size after a listed name, written apart: "Code Llama 34B" (a run of capitalised words
# takes its size along, but "Code" stops runs).
_SIZE_AFTER = re.compile(r"[ ~]\d+(?:\.\d+)?[BM](?![\w\-])")
_LICENSE_AFTER = re.compile(r"[ ~]+(?:Community[ ~]+)?Licen[cs]e\b")
# Last words of measures that texts also write in the plural.
_COUNTED_MEASURES = (" rate", " score", " error", " ratio", " coefficient", " distance", " gap")
_HYPHENATED_COUNTED = tuple("-" + word.lstrip() for word in _COUNTED_MEASURES)
# An article inside a would-be long form: a clause, not a name spelled out (see _definitions).
_ARTICLE = re.compile(r"\b(?:the|a|an)\b", re.IGNORECASE)
# Editions' years listed after a data set's name (see _editions): the first one after the name
# (absent where the name ends in a year; the empty group 1 marks where it ends), then the others
# ("/2016/2019", ", 2013, and 2015").
_EDITION_YEAR = re.compile(YEAR)
_EDITION_LISTED = re.compile(
    rf"(?:[ ~]{YEAR})?((?=(?:/|,[ ~]|,?[ ~](?:and|&)[ ~]){YEAR}(?!\w|\.\d)))"
    rf"(?:(?:/|,[ ~]|,?[ ~](?:and|&)[ ~]){YEAR}(?!\w|\.\d))+"
)
_YEAR_ENDING = re.compile(rf"[ ~]{YEAR}$")
_ENUMERATED = re.compile(ENUMERATOR + r"[\s~]*(?:(?:an?|the)[\s~]+)?(?:(?:novel|new|proposed)[\s~]+)?$")
_OWN_BEFORE = re.compile(r"\b(?:" + "|".join(OWN_WORDS) + r")[\s~]+$", re.IGNORECASE)
_NOT_OWN_AFTER = re.compile(r"[\w\-]|[\s~]+baselines?\b", re.IGNORECASE)  # "our MCSD baseline": what the paper improves on
_OWN_APPOSED = re.compile(r"\b(?:our|the[\s~]+proposed)[\s~]+(?:[\w\-]+[\s~]+){0,2}?[\w\-]+,[\s~]+$", re.IGNORECASE)
_MODEL_HEADS = frozenset(
    """network networks net encoder encoders decoder decoders transformer transformers model classifier module fusion integration
    representation attention machine former learner framework architecture pipeline adapter adaptation tuning
    pre-training pretraining optimizer optimization algorithm mechanism layer block regressor detector generator
    tokenizer embedding embeddings distillation denoisers ensemble strategy search sampling
    regularization normalization augmentation weighting loss decoding encoding intervention operator branch mapping
    matching descent prior bottleneck injection calibration extractor aggregator synthesizer mixer
    vae vaes gan gans cnn cnns rnn rnns lstm lstms gnn gnns mlp mlps""".split()
)
# What a method takes in, not a method: "integrates Scene Graph Knowledge (SGK)".
_INPUT_HEADS = frozenset("knowledge information data feature features signal signals image images text texts label labels".split())
# Words that call a data resource one kind or the other (see _called_by_words); "three
# benchmark datasets: ..." calls them datasets.
_DATASET_WORDS = r"(?:datasets?|data[\s~]+sets?|corpus|corpora)"
_BENCHMARK_WORD = re.compile(r"\b(?:benchmarks?(?![\s~]+" + _DATASET_WORDS + r"\b)|leaderboards?|evaluation suites?)\b")
_DATASET_WORD = re.compile(r"\b" + _DATASET_WORDS + r"\b")
_BENCHMARK_DATA_AFTER = re.compile(r"\)?[\s~]+benchmark[\s~]+(?:datasets?|data[\s~]+sets?)\b")
# "R3: A Reading Comprehension Benchmark ...": a title calling its head a benchmark (not "A ... Benchmark Dataset").
_TITLED_BENCHMARK = re.compile(
    r"\s*([^:!?]{1,40}?)\s*[:!][\s~]+(?:(?:A|An|The)[\s~]+)?(?:(?!(?:of|for|on|in|with|to|and)\b)[\w\-]+[\s~]+){0,6}?Benchmark\b(?![\s~]+(?:[Dd]ata|[Cc]orpus))"
)
# A metric word said of the name after it or before it (see _models_called_otherwise).
_METRIC_WORD_AFTER = re.compile(r"\)?[\s~]+(?:evaluation[\s~]+)?metrics?\b|,[\s~]+(?:an?|the)[\s~]+(?:[\w\-]+[\s~]+){0,5}?metric\b")
_METRIC_WORD_BEFORE = re.compile(
    r"\bmetrics?(?:,?[\s~]+(?:" + NAME_GIVERS + r")|[\s~]*(?:–|:|,|like|such[\s~]+as|including))[\s~]+"
    r"(?:[\w\-]+(?:[\s~]+\([^()]*\))?,[\s~]+)*(?:and[\s~]+)?\"?$"
)
# ("QuALITY, a multiple-choice QA dataset"; not "X, a pre-training approach whose corpus ...")
_DATA_WORD_APPOSED = re.compile(
    r",[\s~]+(?:an?|the)[\s~]+(?:(?!(?:of|for|with|to|from|by|on|in|at|as|that|which|whose|is|are|was|were|we|our|its|their|"
    r"approach|model|framework|method|network|architecture|system)\b)[\w\-]+[\s~]+){0,6}?"
    r"(dataset|benchmark|corpus|evaluation[\s~]+suite)\b"
)
_NAMING_GAP = re.compile(r"[\s~]*(?:" + NAME_GIVERS + r")[\s~]+")  # "a dataset called X"
# "across various benchmarks", "on 12 datasets": a count of unnamed ones; it names only what follows it.
_COUNTED_BEFORE = re.compile(r"\b(?:various|several|multiple|diverse|different|many|numerous|\d+|two|three|four|five|six|seven|eight|nine|ten)[\s~]+(?:[\w\-]+[\s~]+)?$")
_DATA_HEADS = frozenset("dataset datasets corpus corpora benchmark benchmarks suite collection treebank bank database databases".split())


@Language.factory(
    "kg_entities",
    assigns=["doc._.kg_entities", "doc.spans"],
    requires=["token.is_sent_start", "doc._.kg_urls", "doc._.kg_aliases"],
    default_config={"lexicon": {"@misc": "kg.lexicon.v1"}},
)
def make_entity_recognizer(nlp: Language, name: str, lexicon: Lexicon) -> EntityRecognizer:
    return EntityRecognizer(nlp, lexicon)
