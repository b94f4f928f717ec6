"""Cue phrases of scientific abstracts that signal a paper-level fact.

Each is a compiled pattern of general English usage in ML writing ("we propose",
"based on", "outperforms", "evaluated on", "pre-trained on"), shared by the entity,
fact and result components.

>>> bool(PROPOSE.search("In this paper, we propose a framework"))
True
>>> bool(SURVEY.search("A Comprehensive Survey on Pretrained Models"))
True
"""

from __future__ import annotations

import re

__all__ = [
    "mentions_any",
    "may_match",
    "PROPOSE_HINTS",
    "COMPARE_HINTS",
    "BASED_HINTS",
    "PROPOSE",
    "PROPOSE_BEFORE",
    "PASSIVE_PROPOSE",
    "NOUN_PROPOSED",
    "PURPOSE_PROPOSE",
    "AND_PROPOSE",
    "CLAUSE_BREAK",
    "NAMING",
    "NAMING_WORDS",
    "NAME_GIVERS",
    "OBJECT_BLOCKER",
    "FIRST_PERSON",
    "SURVEY",
    "SURVEY_HINTS",
    "EVALUATION",
    "TRAINING_WORD",
    "TRAINING_BEFORE",
    "TRAINING_BEFORE_HINTS",
    "TRAINING_AFTER",
    "COMPARE",
    "COMPARED_BY",
    "MADE_OF",
    "BASED",
    "USE_CUE",
    "USE_GAP",
    "USE_AFTER",
    "EXAMPLE_CUE",
    "EXAMPLE_WORDS",
    "BACKGROUND",
    "ONE_OF_A_KIND",
    "ENUMERATOR",
]

# Besides the other case, re.IGNORECASE matches these (and no other characters, see
# may_match) to ASCII letters: dotted and dotless I to "i", the Kelvin sign to "k", long s to "s".
_ALSO_FOLDED = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_FOLDED_TO_ASCII = "".join(_ALSO_FOLDED.values())


def mentions_any(lowered: str, hints: tuple[str, ...]) -> bool:
    """Whether a lowercased text contains a hint word: a cheap test before a costly pattern.

    >>> mentions_any("it is built on bert", BASED_HINTS), mentions_any("we train it", BASED_HINTS)
    (True, False)
    """
    # Substring tests beat one regex alternation of the hints here (measured 1.4-2.7x on the
    # sample's sentences): Python's re tries each alternative at each position.
    # A plain loop rather than any() over a generator: this runs for most sentences and
    # candidates, and the generator's set-up costs more than the few substring tests.
    for hint in hints:
        if hint in lowered:
            return True
    return False


def may_match(text: str, hints: tuple[str, ...]) -> bool:
    """Whether a case-insensitive cue, every match of which contains one of the (lowercase)
    hints, can match the text: a cheap test that, unlike :func:`mentions_any`, never changes
    what is found.

    >>> may_match("A Survey of Pretrained Models", SURVEY_HINTS), may_match("Scaling Laws", SURVEY_HINTS)
    (True, False)

    The only characters beyond ASCII that re.IGNORECASE matches to ASCII letters:

    >>> letter = re.compile("(?i)[a-z]")
    >>> sorted(c for c in map(chr, range(128, 0x110000)) if letter.match(c)) == sorted(_FOLDED_TO_ASCII)
    True
    """
    # re.IGNORECASE also matches a few characters to ASCII letters that lowercasing keeps apart.
    if not text.isascii():
        for char in _FOLDED_TO_ASCII:
            if char in text:
                return True
    return mentions_any(text.lower(), hints)


PROPOSE_HINTS = (
    "propos", "introduc", "present", "develop", "design", "construct", "releas", "build", "creat", "devis",
    "nam", "curat", "collect", "contribut", "open-sourc", "produc", "put forward", "establish", "compil", "assembl", "describ",
    "consolidat", "publish",
)
COMPARE_HINTS = (
    "outperform", "surpass", "beat", "better than", "superior", "compar", "versus", "vs.", "against",
    "competitive", "compete", "on par", "improv", "than", "match", "rival", "exceed", "relative to", " over",
)
BASED_HINTS = ("based on", "built", "build", "top of", "extend", "initiali", "freez", "incorporat", "leverag", "adapt",
               "inherit", "distill", "derived", "tuned", "adopt", "integrat", "inspired", "combin", "expand", "replac",
               "employ", "utili", "compris", "consist", "composed", "equipped", "powered", "grounded", "relies", "relying")


def initials(alternatives: tuple[str, ...], ignore_case: bool = True) -> str:
    """The characters that can start one of the alternatives (each opens with a letter), for a
    character class.

    >>> initials(("we", "this", "the", "our"))
    'wWtToO'
    """
    letters = dict.fromkeys(alternative[0].lower() if ignore_case else alternative[0] for alternative in alternatives)
    if not ignore_case:
        return "".join(letters)
    return "".join(letter + letter.upper() + _ALSO_FOLDED.get(letter, "") for letter in letters)


def by_initial(alternatives: tuple[str, ...], ignore_case: bool = True) -> str:
    """``(?:alternatives)`` to match where their first letter has just been matched.

    Only the alternatives of that letter are tried, in their order: the others cannot match
    there, so the match is the one ``(?:alternatives)`` finds.

    >>> by_initial(("we", "this", "the", "our"))
    '(?i:(?<=w)(?:e)|(?<=t)(?:his|he)|(?<=o)(?:ur))'
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        letter = alternative[0].lower() if ignore_case else alternative[0]
        groups.setdefault(letter, []).append(alternative[1:])
    branches = "|".join(f"(?<={letter})(?:{'|'.join(rests)})" for letter, rests in groups.items())
    return f"(?i:{branches})" if ignore_case else f"(?:{branches})"


def words(*alternatives: str, ignore_case: bool = True) -> str:
    r"""``\b(?:alternatives)`` (case-insensitive unless told), each opening with a letter,
    written for a fast scan.

    Python's re skips ahead to the characters that can start a match only when a pattern opens
    with a plain character class; a leading ``\b`` or case-insensitive letter makes it try a
    match at every position. So the pattern opens with the alternatives' first letters, checks
    the word boundary behind them and goes on with :func:`by_initial`. It finds the same matches.

    >>> words("we", "our", r"this (?:paper|work)")
    '[wWoOtT](?<=\\b.)(?i:(?<=w)(?:e)|(?<=o)(?:ur)|(?<=t)(?:his (?:paper|work)))'
    """
    return f"[{initials(alternatives, ignore_case)}](?<=\\b.){by_initial(alternatives, ignore_case)}"


_SUBJECT = words("we", r"th(?:is|e) (?:paper|work|study|article|report)", r"our (?:paper|work|study)") + r"\b"
_VERBS = (  # ("propos-ing": verbs ending in "e" drop it before "-ing")
    # (not the participle of others' work: "DocRED, a recently released dataset")
    r"(?<!recently )(?<!newly )(?<!previously )(?:(?:propos|introduc|releas|creat|devis|nam|curat|contribut|open-sourc|produc|"
    r"compil|assembl|consolidat|describ)(?:e[sd]?|ing)\b|"
    r"(?:present|develop|design|construct|build|collect)(?:s|ed|ing)?\b(?![\s~]+(?:up)?on\b)|put(?:s|ting)?[\s~]+forward\b|"
    r"establish(?:es)?\b|publish(?:es|ing)?\b)"  # (not "established": an adjective as often as a verb, "well established tasks")
)
# "we propose", "This paper introduces", "We have utilized this framework to create".
PROPOSE = re.compile(_SUBJECT + r"(?i:[^.;]*?\b" + _VERBS + ")")
# A purpose clause after a proposing clause, at its break: "(we collected data) to build X".
PURPOSE_PROPOSE = re.compile(r"[\s~]*,?[\s~]*(?:in[\s~]+order[\s~]+)?to[\s~]+" + _VERBS)
# A second proposing verb the same subject goes on with: "(we annotate ...) and release X".
AND_PROPOSE = re.compile(r",?[\s~]+and[\s~]+(?:also[\s~]+|then[\s~]+|further[\s~]+)?" + _VERBS)
# The same, ending where a definition starts, and still in the proposing clause.
PROPOSE_BEFORE = re.compile(
    _SUBJECT + r"(?i:[^.;]*?\b" + _VERBS + r"(?:(?!\b(?:which|that|where|while|to)\b)[^;])*$)"
)
# The proposing verb right before a long form, "the" and a kind's "of" between at most (not "a
# new Self-Supervised Learning (SSL) approach": one of a kind the acronym names).
PROPOSED_RIGHT_BEFORE = re.compile(
    r"\b(?:propose|introduce|present)[sd]?[\s~]+(?:(?:the|our)[\s~]+)?(?:[a-z]+[\s~]+of[\s~]+)?$"
)
PASSIVE_PROPOSE = re.compile(
    r"[\s~]*(?:is|are|was|were)[\s~]+(?:then[\s~]+|further[\s~]+|also[\s~]+)?(?:proposed|introduced|presented|designed|developed)\b"
)
# "a simple yet effective Retrieving-to-Answer (R2A) framework is proposed": a kind's noun, then the
# passive (not "Task-oriented dialogue (TOD) system is designed to ...").
NOUN_PROPOSED = re.compile(
    r"[\s~]*\)?[\s~]+(?:framework|method|approach|model|architecture|network|module|algorithm|system|benchmark|dataset)"
    r"[\s~]+(?:is|are|was|were)[\s~]+(?:then[\s~]+|further[\s~]+|also[\s~]+)?(?:proposed|introduced|presented)\b"
)
# Where the object of "we propose ..." ends.
_BREAKING_WORD = r"(?:which|that|where|whereas|while|to|so that)\b"
# ", which", " to", ";", ": ", ". " (opening with the characters they can start with, for a
# fast scan; not the period of "i.e." or "e.g.": "a novel method, i.e. X").
CLAUSE_BREAK = re.compile(
    rf"[,\s;:.](?:(?<=,)\s+(?:{_BREAKING_WORD}|[a-z]+ing\b)|(?<=\s)\s*{_BREAKING_WORD}|(?<=;)|(?<=:)\s|(?<=\.)(?<!i\.e\.|e\.g\.)\s)"
)
# The participles that give a name to what precedes them: "a model called X", "named as X".
NAME_GIVERS = r"called|named|termed|dubbed|coined"
# ... and other words that do: "known as X", "we call it X", "we refer to this method as X".
NAMING_WORDS = (
    r"(?:" + NAME_GIVERS + r"|denoted|known[\s~]+as)(?:[\s~]+as)?\b|(?:[Ww]e|which)[\s~]+call(?:[\s~]+(?:it|this|them))?\b|"
    r"refer(?:s|red)?[\s~]+to[\s~]+(?:[\w\-]+[\s~]+){0,4}?as\b"
)
NAMING = re.compile(r"\b(?:" + NAMING_WORDS + ")")
# Between "we propose" and a name, these mean the name is not what is proposed.
OBJECT_BLOCKER = re.compile(
    r"\b(?:based[\s~]+(?:on|upon)|built|using|uses|with|from|of|on|upon|via|over|than|such as|e\.g\.|including|like|in|by|into|"
    r"under|within|through|across|without|beyond|"
    r"leveraging|extending|improving|adapting|applying|fine-?tuning|combining|enhancing|for|altering|modifying|revisiting|building|"
    r"inspired|to[\s~]+(?:use|employ|adopt|apply|leverage|utili[sz]e|exploit|incorporate|integrate))\b|-based\b"
)
# "Q-DREAM consists of three key modules: (1) the Question Decomposition Module (QDM), ...":
# the named parts the paper's own model is made of.
MADE_OF = re.compile(
    r"\b(?:consists?|consisting|comprises?|comprising|composed)[\s~]+of\b|\b(?:comprises?|comprising)\b"
    r"|\b(?:innovations|components|modules|contributions)[\s~]*:"  # "through two key innovations: A (a) and B (b)"
    r"|\b(?:contains?|containing|includes?|including)[\s~]+(?:[\w\-]+[\s~]+){0,3}?(?:components|modules|parts)\b"  # "contains three main components"
)
# An indefinite article (and up to two words) right before a long form: "an Attention
# Influence Modeling (AIM) objective" names one thing, not a field.
ONE_OF_A_KIND = re.compile(r"\b(?:a|an)[\s~]+(?:(?:[a-z][\w\-]*|[\w\-]+-based)[\s~]+){0,2}$")  # ("a Transformer-based")
# A sentence opening with the definite article alone: "The Cross Feature Consistency (CFC) module ...".
THE_OPENING = re.compile(r"[\s~]*The[\s~]+")
# The words by which a text calls a name its own: "our X", "our proposed X", "the proposed X".
OWN_WORDS = (r"our(?:[\s~]+(?:proposed|novel|new))?", r"the[\s~]+proposed")
FIRST_PERSON = re.compile(words("we", "our", "us", r"this (?:paper|work|study|article|report)", r"this is an? (?:[\w\-]+ )?(?:study|analysis|paper|work)", "the proposed") + r"\b")
# A review or a book only as what the paper is: "A Comprehensive Review", "this book", "we review"
# (not "Code Review", "the peer review process", "online review platforms", "open book QA").
SURVEY = re.compile(
    words("survey", "overview", "tutorial", "primer") + r"\b|"
    + words("a", "an", "this", "our") + r"[\s~]+(?:[\w\-]+[\s~]+){0,2}?(?<![pP]eer[\s~])(?<![cC]ode[\s~])(?i:review|book)\b|"
    + words("we") + r"[\s~]+(?:briefly[\s~]+|systematically[\s~]+)?(?i:review)\b"
)
SURVEY_HINTS = ("survey", "review", "overview", "book", "tutorial", "primer")  # one is in every SURVEY match
_EVALUATION_WORDS = (
    r"evaluat\w*", r"experiment\w*", "results?", r"achiev\w*", r"obtain\w*", r"outperform\w*", r"surpass\w*",
    "accuracy", "scores?", "perform(?:s|ed|ing|ance)?", r"state[\s~\-]+of[\s~\-]+the[\s~\-]+art", "SOTA",
    "benchmarks?", "leader ?board", "tests?", "tested", r"validat\w*", r"improv\w*", "competitive", r"reduc\w*",
    r"report\w*", "zero-shot", "few-shot", "one-shot", "gains?", "testbeds?", r"new[\s~]+records?", r"generali[sz]\w*",
    r"demonstrat\w*", r"effectiveness", r"efficacy", r"transferred[\s~]+to", r"empirical(?:ly|[\s~]+(?:stud(?:y|ies)|analys[ie]s|comparisons?|investigations?))", r"rank(?:s|ed)?[\s~]+(?:first|top|second|third|1st|2nd|3rd)",
)
# Evaluation words, "16-shot", "3.5%" or "2 \%", and "points" (also ending a word: "checkpoints").
EVALUATION = re.compile(
    rf"[{initials(_EVALUATION_WORDS)}pP\d](?i:(?<=\b.){by_initial(_EVALUATION_WORDS)}\b|(?<=\b\d)\d*-shot\b|"
    r"(?<=\d)\s?\\?%|(?<=p)oints?\b)"
)
_TRAINING_WORDS = (r"pre-?train\w*", r"train\w*", r"fine-?tun\w*", r"finetun\w*", r"learn\w* from", r"distill\w* from")
# Any word of training in a text ("we fine-tune", "pre-training", "learns from").
TRAINING_WORD = re.compile(r"\b(?:" + "|".join(_TRAINING_WORDS) + r")", re.IGNORECASE)
# A participle before a model noun is an adjective, not training: "pre-trained models on X" are
# models compared on X, "pre-trained on X" names training data; so is a gerund before a noun of
# method ("a pre-training approach").
TRAINING_BEFORE = re.compile(
    rf"[{initials(_TRAINING_WORDS + ('using',))}](?<=\b.)(?:{by_initial(_TRAINING_WORDS)}\b(?i:"
    r"(?:(?<!ed)|(?![\s~]+(?:[\w\-]+[\s~]+)?(?:models?|LMs?|LLMs?|encoders?|networks?|baselines?|checkpoints?|weights)\b))"
    # ("our pre-training approach for retrieval on X": a noun, not training on X)
    # ("better training efficiency on X", "its supervised pre-training counterpart ... on X": what training is, not its data)
    r"(?![\s~]+(?:approach|method|framework|objective|strategy|paradigm|scheme|recipe|stage|phase|technique|counterpart|"
    r"efficiency|cost|time|speed|stability|overhead|budget|throughput|dynamics)s?\b)"
    r"(?:(?!\b(?:evaluat|test|benchmark|achiev|obtain|attain|report|outperform|surpass|compar|result|perform|improv|accura|match|rival)\w*)(?:[^.;]|(?<=\d)\.(?=\d)))*?\b(?:on|from|using|with)"  # ("training 1.4B models on")
    r"(?:[\s~]+(?:the|a|an|our|recent|large|public|\w+-scale))*[\s~]*(?:[\w\-]+[\s~]+){0,3}"
    r"(?:(?!benchmark|test)[\w\-]+,?[\s~]*(?:including|such[\s~]+as|e\.g\.,?)[\s~]+|"  # "on 10 datasets, including X"
    r"(?:[\w\-]+[\s~]+){0,5}?(?:datasets|corpora),[\s~]*)?(?:\([\s~]*)?$)|"  # "on two of the largest segmentation datasets, X"; "on a general corpus (X"
    r"(?<=[uU])(?i:sing[\s~]+(?:the[\s~]+)?$))"
)
TRAINING_BEFORE_HINTS = ("train", "tun", "learn", "distill", "using")  # one is in every TRAINING_BEFORE match
TRAINING_AFTER = re.compile(
    r"^(?:[\s~-]pre-?train(?:ing|ed)\b|"  # "using only ImageNet-1K pre-training": data trained on
    r"[\s~]*(?:\([^()]*\)[\s~]*)?(?:[\w\-]+[\s~]+){0,3}?(?:to[\s~]+(?:continually[\s~]+|further[\s~]+)?(?:pre-?)?train|"
    r"as[\s~]+(?:the[\s~]+|our[\s~]+)?(?:\w+[\s~]+)?(?:training|pre-?training|unsupervised|fine-?tuning)[\s~]+(?:data|corpus|set)|"
    r"(?:is|are|was|were)[\s~]+used[\s~]+(?:for[\s~]+(?:pre-?)?training|to[\s~]+(?:pre-?)?train|for[\s~]+fine-?tuning))|"
    # "We use X for training and Y for evaluation" (not "X for training and testing": both)
    r"[\s~]+for[\s~]+(?:(?:pre-?)?training|fine-?tuning)\b(?![\s~]+and[\s~]+(?:test|evaluat|validat)))",
    re.IGNORECASE,
)
COMPARE = re.compile(
    words(
        r"outperform\w*", r"surpass\w*", "beat(?:s|ing)?", "better than", r"superior (?:\w+ ){0,2}?to", "superiority (?:over|to)",
        "compared (?:to|with)",
        "comparison (?:to|with)", "versus", r"vs\.", "against", r"competitive (?:\w+ )?(?:to|with)", "on par with",
        # ("improves the generalization capability over X": a quality of two words at most between)
        r"improv\w* (?:(?:the|its|their) )?(?:[\w\-]+ ){0,2}?(?:over|upon)",
        "than", r"compar\w* [^,.;]{1,40}? (?:with|to|against)", "match(?:es|ed|ing)?",
        r"rival\w*", r"exceed\w*", "comparabl[ey] (?:to|with)", "relative to",
        "gains? over", "improvements? over", "advantages? over", r"advancements? over", r"speed-?ups? over",
        # "of 22.5% over X", "of 10% on the Sintel dataset and 5% on the KITTI dataset over X"
        r"gains? of (?:[^,.;]|(?<=\d)\.(?=\d)){1,60}? over", r"improvements? of (?:[^,.;]|(?<=\d)\.(?=\d)){1,60}? over",
        # "reduces the error by up to 60% over X", "by 24x over the X algorithm"
        r"by (?:up to |about |nearly |more than |over )?\d(?:[^,.;]|(?<=\d)\.(?=\d)){0,30}? over",
        "preferred (?:over|to)",  # "X is preferred over DALL-E 2 and Stable Diffusion" (by human raters)
        r"compet(?:e|es|ing) (?:favou?rably |well )?(?:with|against)",  # "ConvNeXts compete favorably with Transformers"
    )
    + r"\b"
)
# A verb of comparison right after a name, a few adverbs between: "GPT-4o significantly
# outperforms X", "Y lags behind", "X alone surpasses", "X and Y consistently and significantly
# outperform", "X does not outperform": the name is the comparison's subject, and a model.
# (The plural form was once left out, as a name before it may end a longer subject, "models
# trained on PAQ outperform ..."; with it, compared_to gained on development and held-out text.)
# A kind's noun may stand between: "Expert Choice routers generally outperform Token Choice routers".
COMPARED_BY = re.compile(
    r"(?:[\s~]+(?:models?|routers?|variants?|agents?|policies|polic(?:y|ies)|networks?|methods?|baselines?|architectures?))?"
    r"[\s~]+(?:(?:also|further|still|alone|even|not|does|do|did|can|could|and|\w+ly)[\s~]+){0,4}?"
    r"(?:(?:outperform|exceed|rival|trail|underperform)(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beats?|lags?[\s~]+behind)\b"
)
BASED = re.compile(
    words(
        "based on", "built (?:up)?on", r"build(?:s|ing)? (?:up)?on", "on top of", "extends?", "extending", "initiali[sz]ed (?:from|with)",
        r"initiali[sz]e\w* [^,.;]{1,40}? (?:from|with)", r"fine-?tuned (?:from|version of)",
        r"freez\w*", r"incorporat\w*", r"leverag\w*", "adapts?", r"inherit\w*", r"distill\w* from", "derived from",
        r"adopt(?:s|ed|ing)?", r"integrat\w* [^,.;]{1,40}? into", r"integrat(?:es|ing)",
        "adaptations? of", "extensions? of", "modifications? of", "inspired by",
        r"combin(?:es|ing) (?:the (?:strengths?|advantages?|benefits?) of )?",
        r"expand(?:s|ing)", "built from", r"replac\w* [^,.;]{1,40}? with",
        r"employ(?:s|ing)", r"utili[sz](?:es|ing)", r"compris(?:es|ing)", r"consist(?:s|ing) of", "composed of", "equipped with",
        "powered by", r"grounded (?:in|on)", r"built (?:with|using)", r"rel(?:ies|ying) (?:up)?on", "adapting",
    )
    + r"\b"
)
# A model named right after these is used by the paper ("using ViT", "than BERT"); only a few
# modifiers may stand between the cue and the name (USE_GAP).
USE_CUE = re.compile(
    words(
        "using", "use", "uses", "used", r"adopt(?:s|ed|ing)?", r"employ\w*", r"leverag\w*", r"apply\w*", "appl(?:y|ies|ied)",
        r"incorporat\w*", r"extend(?:s|ed|ing)?", r"freez\w*", r"fine-?tun\w*", r"initiali[sz]\w*", "based on", "built (?:up)?on",
        "on top of", r"outperform\w*", r"surpass\w*", "than", "compared (?:to|with)", "versus", r"vs\.",
        "baselines?", "backbones?", "competitive (?:to|with)", "including", "such as", r"e\.g\.,?",
        # what a paper evaluates: "is then tested on state-of-the-art MLLMs like GPT-4o"
        "evaluat(?:e|es|ed|ing)", "test(?:ed|ing)? on", "benchmark(?:ed|ing)",
        r"experiments?[\s~]+(?:with|on)",  # "experiments with the Llama-3 and Qwen-2.5 series models"
        r"added[\s~]+to",  # "blocks are added to the RoBERTa network"
    )
)
# A technique named right after these is one the text applies, not one it defines or proposes:
# "PAN employs the ...", "we extend the ...", "which leverages ..." (see _definitions).
APPLIED_BEFORE = re.compile(
    r"\b(?:leverag|employ|integrat|incorporat|adopt|adapt|combin|utili[sz]|appl(?:y|ies|ied|ying)|uses?\b|using|extend|modif)\w*"
    r"[\s~]+(?:(?!data\b)[\w\-]+[\s~]+){0,3}?(?:(?:the|an?|our|its|their)[\s~]+)?$",  # (not "uses data from the ...")
    re.IGNORECASE,
)
# The mark of an enumerated item: "(2)", "(ii)", "2)", "iii)".
ENUMERATOR = r"(?:\([\s~]*(?:\d|[ivx]+)[\s~]*\)|(?<![(\w])(?:\d|[ivx]+)\))"
# Cues that name examples: in a sentence not about the paper's own work ("models such as
# BERT have ..."), what follows is named in passing, not used (GUIDELINES.md).
EXAMPLE_WORDS = r"(?:including|such as|e\.g\.,?|like)"
EXAMPLE_CUE = re.compile(r"\b" + EXAMPLE_WORDS + "$", re.IGNORECASE)
_HAS = (
    r"(?:been|seen|shown|achieved|demonstrated|become|emerged|gained|attracted|improved|revolutioni[sz]ed|made|led|"
    r"enabled|proven|exhibited|driven|advanced|transformed|dominated)"
)
_WORK = r"[\s~]+(?:works?|studies|research|literature)"
# Background and related-work statements: what the field "has shown", "recent" or "prior"
# work. Models and datasets named there are mentioned in passing, not used by the paper.
BACKGROUND = re.compile(
    words(
        rf"ha(?:ve|s)[\s~]+(?:\w+[\s~]+)?{_HAS}", r"recent(?:ly|(?![\s~]+(?:(?:state-of-the-art|open-source|proprietary|large|pre-?trained)[\s~]+){0,2}(?:methods|approaches|baselines|models|works|techniques|systems|derivatives|variants|versions|counterparts|competitors|alternatives|algorithms|frameworks|architectures|(?:M|V)?LLMs|LMs)\b))", r"in[\s~]+the[\s~]+past",
        *(verb + r"[\s~]+(?:widely|commonly)[\s~]+(?:used|employed|adopted|applied)" for verb in ("is", "are")),  # "X are widely employed"
        *(word + _WORK for word in ("prior", "previous", "existing", "earlier", "related")),
    )
    + r"\b"
)
# ("using three deep architectures (VGG19, ResNet50 and ...)": the names in brackets after the modifiers)
USE_GAP = re.compile(r"(?:[\s~,]+(?:the|a|an|our|strong|existing|published|recent|other|competitive|popular|pre-?trained|[\w\-]+)){0,4}[\s~,]*(?:\([\s~]*)?")
USE_AFTER = re.compile(
    r"^[\s~]*(?:(?:[\w\-]+[\s~]+)?(?:backbones?|baselines?|encoders?|teachers?)|"
    r"(?:is|are|was|were)[\s~]+(?:then[\s~]+|first[\s~]+)?(?:used|employed|adopted|utili[sz]ed|leveraged|chosen|applied)[\s~]+(?:as|to|for))\b",  # "X is used as the backbone", "X is applied to ..."
    re.IGNORECASE,
)
