"""Reported numbers: value, metric, subject and benchmark.

A value is a percentage, points, "pp", "N times"/"Nx", FPS, ms or GPU hours (with a range
or a hedge such as "up to", "more than"); a signed number ("+2.3"); a number with a change
noun ("6.54 decrease"); a bare number written right before or after a metric ("47.9 box
AP", "a perplexity of 12.3"); or a decimal after a verb of results ("achieves 78.5 on
MMLU"). Weaker forms count only when a measure is named with them: a size with a cue that
it is small ("only 45.4M trainable parameters"; "20B parameters" is a setting), a fraction
("to 1/3"), a number right after a measure's phrase ("a training cost of 2.1", "by 4.5").
A measure's phrase is a noun phrase of up to four words whose head is a measure noun
(cost, time, memory, parameters, FLOPs, score, error, ...).
Its metric is, in order: a metric named right after it ("85.3% top-1 accuracy",
"8% and 1% mIoU"); "an AP of 50.6%"; "a 2.36% improvement in accuracy";
"reduces the computational cost by 20%"; "accuracy gains of up to 7%", "MRR by 0.05",
"and recall by 2.1 points"; "56 times operations"; a unit that is a metric ("30 FPS"); else
a metric named in the same clause (not for a comparative such as "10x smaller"). A metric found this way that the metric list lacks is added to
the doc's entities ("computational cost", "pre-training tokens"). Percentages of data
("with 1% labelled data") are not results. Listed scores share the verb ("achieves 94.1
and 89.7 on SST-2 and MRPC, respectively", paired in order). The subject is the model named
before the value that no comparison cue introduces ("Compared with BERT, X ..."), else the
paper's proposed model. A dataset a result was reported on is added to
``doc._.kg_facts`` as ``evaluated_on``.

``doc._.kg_results`` holds ``[subject, metric, value, benchmark, sentence_start,
sentence_end, confidence]``.

>>> from kg.extract import load_pipeline
>>> doc = load_pipeline()("FooNet reaches 85.3% top-1 accuracy on ImageNet and saves 3 times memory.")
>>> [r[:4] for r in doc._.kg_results]
[['FooNet', 'top-1 accuracy', '85.3%', 'ImageNet'], ['FooNet', 'memory', '3 times', None]]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import cues
from kg.extract.lexicon import Lexicon
from kg.extract.sentences import rule_text, sentence_bounds
from kg.extract.shapes import type_noun
from kg.records import normalise_name

__all__ = ["ResultFinder"]

Doc.set_extension("kg_results", default=None, force=True)

_FUNCTION = r"(?:and|or|on|in|of|for|with|to|from|by|over|under|across|after|via|using|per|than|the|a|an|at|as|while|when|compared|versus|which|that)(?![\w\-])"
# A word of a measure's noun phrase: lowercase, or an acronym ("GPU hours", "pre-training FLOPs").
# (A lowercase word is kept whole, "*+": a space or a connector follows it, never a letter.)
_NP_WORD = (  # ("a 5-shot score of", "Spearman’s correlation", "a Dice score of": a measure named after its author)
    r"(?:(?!" + _FUNCTION + r")[a-z][\w\-]*+|[A-Z][A-Z0-9\-]{1,6}[a-z]?s?\b|[A-Z][a-z0-9]-[a-z]+\b|\d-shot\b|[A-Z][a-z]+[’']s\b|[A-Z][a-z]+(?:-[a-z]+)?(?=[\s~]+scores?\b))"
)
_AS_MUCH_AS = r"as[\s~]+(?:high|low|much|little|few|many)[\s~]+as"  # "a compression rate of as low as 6%"
_HEDGE = (
    r"(?:(?:about|around|approximately|nearly|over|only|just|almost|roughly|up[\s~]+to|more[\s~]+than|less[\s~]+than|at[\s~]+least|"
    + _AS_MUCH_AS
    + r")[\s~]+)?"
)
# Changes; one named after a measure named after a measure ("a perplexity decrease of 6.54"): names the measure.
_CHANGE_NOUNS = frozenset("decrease increase improvement improvements reduction gain gains drop boost".split())
_UNIT = (
    r"(?:[\s~]*\\?%|[\s~]*percent\b|[\s~]*pp\b|[\s~]+(?:percentage[\s~]+|absolute[\s~]+)?points?\b|[\s~]*times\b|"
    r"[\s~]*[x×](?![\w\\]|[\s~]*\d)|-fold\b|[\s~]+fold\b|[\s~]*(?:FPS|fps|ms|dB)\b|[\s~]+GPU[\s~\-]hours\b)"  # ("256 × 256": a resolution)
)
_UNIT_AFTER = re.compile(_UNIT)
# The hedge ("up to", "more than") is looked for before the number only once one is found.
_HEDGE_BEFORE = re.compile(
    r"\b(?:up to|about|around|approximately|nearly|over|more than|less than|almost|roughly|at least|" + _AS_MUCH_AS + r")[\s~]+$"
)
_DIGIT = re.compile(r"\d")
# Patterns that start at a number open with the digit and look behind it from there
# ("\d(?<![\w.\-]\d)" is "(?<![\w.\-])\d"): a pattern that opens with a character class
# lets the regex engine skip ahead to candidate characters, one that opens with a
# lookbehind is tried at every position.
_VALUE = re.compile(
    r"(\d(?<![\w.\-]\d)\d*(?:[.,]\d+)*)"
    # (a range with the unit after its second number only: "3 to 5 times", "2-4%")
    r"(?:(?:[\s~]+to[\s~]+|(?<!\d{5})[\-–])\d+(?:\.\d+)?(?=" + _UNIT + r"))?"
    + _UNIT + r"(?:(?:[\s~]+(?:to|-)[\s~]+|[\s~]*[\-–][\s~]*)[~+]?\d+(?:\.\d+)?" + _UNIT + r")?"  # ("70% to 91%", "6.8%–13.5%")
    r"(?:[\s~]+\((?:or|i\.e\.,?)[\s~]+[^()]{1,20}\))?"
    # "16 times fewer" keeps its comparative (it says what the number counts); "36.5
    # points higher" does not: the direction belongs to the comparison, not the value.
    r"(?:[\s~]+(?:fewer|less|more|faster|smaller|larger)\b)?"
)
# "by a factor of 2.5" or "of 6.8x"; an integer factor is mostly a setting ("anneal the learning rate by a factor of 10").
_FACTOR = re.compile(r"a[\s~]+factor[\s~]+of[\s~]+" + _HEDGE + r"(?:\d+\.\d+(?![\w%]|\.\d)|\d+(?:\.\d+)?[x×](?!\w))")
# How long something took, a result of its own: "pruning OPT-125M in 17 seconds", "trained in
# less than one day", "within 4 GPU hours" (not "in 145 hours of mixtures": an amount of data).
_TAKES_TIME = re.compile(
    r"\b(?:in|within)[\s~]+((?:(?:less[\s~]+than|under|about|approximately|only|just|around|roughly|nearly|as[\s~]+little[\s~]+as|~)[\s~]*)?"
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a[\s~]+single|a)[\s~]*"
    r"(?:(?:GPU|TPU)[\s~]+)?(?:milliseconds?|ms|seconds?|minutes?|hours?|days?))\b(?![\s~]+of\b)"
)
# Values a metric must vouch for: "45.4M trainable parameters", "+2.3", "1/3 to 2/3",
# "6.54 decrease", "by 4.5".
_MAGNITUDE = re.compile(r"(?<![\w.\-])\d+(?:\.\d+)?(?:[KkMBT]\b|[\s~]+(?:thousand|million|billion|trillion)\b)")
_SIGNED = re.compile(r"(?<![\w.\-+−])(?:\+\d+(?:\.\d+)?|[\-−]\d+\.\d+)(?![\w]|\.\d|[\s~]*\\?%)")
# A model's size or its training data ("20B parameters", "trained on 300B tokens") is a
# setting, not a result, unless the text makes it one: "with only 45.4M parameters",
# "reduced to 1.2B FLOPs", "3B fewer tokens".
_FRUGAL_BEFORE = re.compile(
    r"\b(?:only|just|merely|mere|as[\s~]+few[\s~]+as|down[\s~]+to|(?:reduc|cut|compress|shrink|decreas|lower)\w*"
    r"(?:[\s~]+[\w\-]+){0,4}?[\s~]+(?:to|by))[\s~]+$",
    re.IGNORECASE,
)
_FRUGAL_AFTER = re.compile(r"[\s~]+(?:fewer|less|more|smaller|lower)\b")
_FRACTION = re.compile(r"(?<![\w.\-/])\d+/\d+(?:[\s~]+to[\s~]+\d+/\d+)?(?![\w/])")
_CHANGE = re.compile(
    r"(?<![\w.\-])\d+(?:\.\d+)?[\s~]+(?:decrease|increase|improvement|reduction|gain|drop|boost)\b"
)
# Where a number starts (with its sign), and a plain number: the weak values are looked
# for only there, by anchored patterns. (A sign or digit first, as above; a digit follows a sign.)
_NUMBER_START = re.compile(r"[+\-−\d](?<![\w.\-+−/][+\-−\d])(?:(?<=\d)|\d)")
# "three steps: 1) base training, 2) ...": a list's item marker (outside brackets) is no value.
_ITEM_MARK = re.compile(r"\d\)")
# A bare number, not one with a unit nor one in a compound adjective ("4-bit", "6-DoF").
_PLAIN = re.compile(r"\d+(?:[.,]\d+)*(?:[\s~]*[KMBTG]\b)?(?![\w%]|-[A-Za-z]|\.\d|[\s~]*(?:\\?%|percent|points?|pp|times|fold|x\b))")
# "a training cost of 2.1", "error (3.1)", "throughput = 1200", "by 4.5": a number right
# after a measure's phrase (checked by _MEASURE_OF or _BY_METRIC).
_CONNECTOR = re.compile(r"(?:\b(?:of|to|by)[\s~]+|[=:(][\s~]*)" + _HEDGE + "$")
# A value whose following noun phrase is what it measures: "16 times fewer GPU hours".
_CHANGE_VALUE = re.compile(r"times|[x×]|fold|fewer|less|more|%|percent|\d[KkMBT]\b|illion\b|^[+\-−]|" + "|".join(sorted(_CHANGE_NOUNS)))
# Between a dataset and its value: "on ScanNet with 78.2 mIoU", "on X, reaching 71.2",
# "FUNSD (84.2", "FUNSD (78.2 → 84.2", "SQuAD (F1 of 91.2", "on Sintel Clean by 23.3%, Sintel Final by 12.8%".
_WITH_VALUE = re.compile(
    r"[\s~]*,?[\s~]*(?:with|at|reaching|achieving|of)[\s~]+(?:an?[\s~]+|the[\s~]+)?(?:(?:score|accuracy)[\s~]+of[\s~]+)?"
    r"|[\s~]+by[\s~]+"
    r"|[\s~]*\((?:[\d.,]{1,12}%?[\s~]*(?:→|->)[\s~]*|[A-Za-z][\w\-@]*(?:[\s~]+[\w\-@]+)?[\s~]*(?:of|=|:)[\s~]*)?"
)
_ON_SPLIT = re.compile(r"[\s~]+on[\s~]+(?:the[\s~]+)?(?:test|dev|validation|eval)[\w\-]*(?:[\s~]+(?:sets?|splits?))?\b")
# A score changed to another: "0.7820 → 0.8420" reports the second. (Both decimals or
# percentages: "784 → 400 → 200" is an architecture's widths, "8 → 16" a setting.)
_SCORE_NUMBER = r"\d+(?:\.\d+[\s~]*%?|[\s~]*%)"
_CHANGED_TO = re.compile(r"(?<![\w.])" + _SCORE_NUMBER + r"[\s~]*(?:→|->)[\s~]*(" + _SCORE_NUMBER + r")(?![\w%]|\.\d)")
# A score against a rival's in brackets: "AIME24 (80.3 vs. 79.8)", "(69% vs. 54%)" (not "(3 vs. 5 layers)").
_VERSUS = re.compile(r"\((\d+\.\d+|\d+(?:\.\d+)?[\s~]*%)[\s~]+(?:vs\.?|versus)[\s~]+\d+(?:\.\d+)?[\s~]*%?\)")
# "improves FID from 18.65 to 1.73": a change from an old value to the new one the paper reports
# (a verb of change before it; "varies from 10% to 60%" is a range); the old value before a new one.
_OLD_VALUE_BEFORE = re.compile(r"\bfrom[\s~]+(" + _SCORE_NUMBER + r")[\s~]+to[\s~]+$")
_FROM_TO = re.compile(  # ("from 70 to 75%": the unit after the new value only)
    r"\bfrom[\s~]+(?:" + _SCORE_NUMBER + r"|\d+(?:\.\d+)?(?=[\s~]+to[\s~]+\d+(?:\.\d+)?[\s~]*%))[\s~]+to[\s~]+("
    + _SCORE_NUMBER + r"|\d+)(?![\w%]|\.\d)"
)
# Between a value and the model it is of: "48% for OpenVLA", "92.03% by GAL"; or a bracket
# the name closes, "5.5% (CONCH)".
_FOR_MODEL = re.compile(r"[\s~]+(?:for|by)[\s~]+(?:the[\s~]+)?")
_BRACKET_OPENS = re.compile(r"[\s~]*\(")
# "6.7% DER compared to 7.8% for the best alternative", "(83.1% vs 79.6%)": the number a result
# is set against; it is a result of its own only when the model it is of is named after it.
_RIVAL_VALUE_BEFORE = re.compile(
    r"\b(?:compared[\s~]+(?:to|with)|versus|vs\.?)[\s~]+(?:(?:the|a|an|previous|prior|best|baseline)[\s~]+)*\(?$", re.IGNORECASE
)
# "surpassing manual efforts (75%)", "than human expert performance (59%)": a number in parentheses
# after something unnamed a result is set against is that thing's (a named one's is its own result).
_UNNAMED_RIVAL_BEFORE = re.compile(
    r"\b(?:outperform\w*|surpass\w*|exceed\w*|beat(?:s|ing)?|than|compared[\s~]+(?:to|with)|over)[\s~]+[^\d()\[\].;,:]{2,60}?[\s~]*\($",
    re.IGNORECASE,
)
_NEXT_RIVAL = re.compile(r"\)[\s~]*,?[\s~]*(?:and[\s~]+|or[\s~]+)?[^\d()\[\].;,:]{2,60}?[\s~]*\(")  # "... (75%) and rule-based tools (82%)"
# A number listed right before a value: "by 2.3 and 1.9 points" (not "y = 0 and 80%").
_LISTED_BEFORE = re.compile(r"(?<![\w.\-,(×=])(?<!=[\s~])(\d+(?:\.\d+)?)[\s~]*(?:,[\s~]*)?(?:and|or)[\s~]+$")
_DECIMAL_LISTED_BEFORE = re.compile(
    r"(?<![\w.\-,(×=/])(\d+\.\d+)[\s~]*(?:,[\s~]*(?:and[\s~]+)?|[\s~]*and[\s~]+)$"
    r"|(?<![\w.\-,(×=])(\d+\.\d+)/$"  # ("52.9/54.3/55.1 mAP": one measure for each of the slashed decimals)
)
_SHARED_UNIT = re.compile(r"%|points?\b|pp\b")  # units a listed number leaves out
_BARE = re.compile(r"(\d(?<![\w.\-]\d)\d*(?:\.\d+)?)(?=[\s~]+(?:[A-Za-z]|\([A-Za-z][\w\-@]*\)))")  # ("0.471 (mAP)")
# "achieves 78.5 on MMLU", "scoring 61.2", "with results of 84.3": a score without a unit after a verb of results.
_SCORE = re.compile(
    r"\b(?:achiev\w*|obtain\w*|reach\w*|scor\w*|attain\w*|yield\w*|get(?:s|ting)?|record\w*|improv\w*[\s~]+(?:\w+[\s~]+){0,3}?to|"
    r"from|(?:performance|results)[\s~]*:|results[\s~]+of)[\s~]+(?:an?[\s~]+|the[\s~]+)?(?:average[\s~]+(?:of[\s~]+)?|score[\s~]+of[\s~]+)?(\d+\.\d+)(?![\w%]|\.\d)"
)
# Every score is a decimal: a sentence without one is not searched for scores.
_DECIMAL_POINT = re.compile(r"\.(?<=\d\.)\d")
_NEXT_SCORE = re.compile(r"(?:[\s~]*,[\s~]*(?:and[\s~]+)?|[\s~]+and[\s~]+)(\d+\.\d+)(?![\w%]|\.\d|[\s~]*\\?%)")
# ... each after the data it was measured on: "3.55 on CIFAR-10 and 6.20 on ImageNet 64x64",
# or what it was measured for: "an RMSE of 0.202 for arousal and 0.268 for valence".
_NEXT_SCORE_ON = re.compile(r"[\s~]+(?:on|for)[\s~]+(?:the[\s~]+)?[^\s~,;()]+(?:[\s~]+[^\s~,;()]+)?" + _NEXT_SCORE.pattern)


# A model's possessive before a value: "surpassing GPT-4's 67.0%" is GPT-4's result.
_POSSESSIVE = re.compile(r"['’]s[\s~]+(?:score[\s~]+of[\s~]+)?")
# "surpassing KiteNet (0.866)", "better than DocTr (0.44) and DewarpNet (0.57)": a decimal alone in
# brackets right after a model's name is that model's score; so is one after its possessive,
# "outperforming Magistral Medium's 50.3" (which no other pattern reads as a value).
_SCORE_AFTER_MODEL = re.compile(r"[\s~]*\((\d+\.\d+)\)|" + _POSSESSIVE.pattern + r"(\d+\.\d+)(?![\w%]|\.\d)")


def _scores_after_models(text: str, values: list, model_ends: list[int]) -> list:
    """``values`` and the scores right after the models that end at ``model_ends``."""
    found = list(values)
    for end in model_ends:
        score = _SCORE_AFTER_MODEL.match(text, end)
        group = 1 if score and score.group(1) else 2
        if score and not any(s < score.end(group) and score.start(group) < e for s, e, *_ in found):
            found.append((score.start(group), score.end(group), score.group(group), False))
    return sorted(found) if len(found) > len(values) else values


def _listed_scores(text: str, after: int, end: int):
    """Offsets of the decimals listed after a value that ends at ``after``: ", 0.70, and 0.72",
    " on CIFAR-10 and 6.20 on ImageNet"."""
    after = _next_after_label(text, after, end)
    listed = _NEXT_SCORE.match(text, after, end) or _NEXT_SCORE_ON.match(text, after, end)
    while listed and not _UNIT_AFTER.match(text, listed.end(1)):  # ("32.6 FPS on A and 31.0 FPS on B": a value with its unit)
        yield listed.start(1), listed.end(1)
        at = _next_after_label(text, listed.end(), end)
        listed = _NEXT_SCORE.match(text, at, end) or _NEXT_SCORE_ON.match(text, at, end)


# A short label in brackets after a listed value: "Dice scores of 0.929 (WT), 0.856 (TC), and 0.821 (ET)".
_VALUE_LABEL = re.compile(r"[\s~]*\([^()\d]{1,20}\)")


def _next_after_label(text: str, at: int, end: int) -> int:
    label = _VALUE_LABEL.match(text, at, end)
    return label.end() if label else at


# "a perplexity of 12.3", "FID = 3.2", "an AP of 50.6": a number after a metric.
_NUMBER_AFTER = re.compile(  # (after a short form in brackets: "an Inception Score (IS) of 166.5")
    # ("the RMSE for Z500 to 720", "the RMSE for T2M is reduced to 2.60": what it was measured for, a verb of change)
    r"\)?[\s~]*(?:(?:scores?|values?|distances?|rates?)[\s~]+)?(?:(?:(?:on|in|for|across|over)[\s~]+(?:(?=[^\s~,;()%]*[A-Za-z])[^\s~,;()%]+[\s~]+){1,5}?)?"
    r"(?:(?:is|are|was|were)[\s~]+(?:further[\s~]+)?(?:reduc|improv|increas|decreas|lower|rais|boost)\w*[\s~]+)?(?:by|to)[\s~]|of(?:[\s~]|(?=\d))|=|:|\("
    # ("the ROC AUC values were 0.95 and 0.99", "the mAP values for flower images were 0.81")
    r"|(?<=values[\s~])(?:(?:on|in|for|across|over)[\s~]+(?:(?=[^\s~,;()%]*[A-Za-z])[^\s~,;()%]+[\s~]+){1,5}?)?(?:were|are)[\s~]"
    # ("the Dice similarity coefficient for the validation set is 0.88")
    r"|(?:(?:on|in|for)[\s~]+(?:(?=[^\s~,;()%]*[A-Za-z])[^\s~,;()%]+[\s~]+){1,5}?)?(?:is|was)[\s~]+(?=\d)"
    r"|(?<=[\s~])(?=\d+\.\d))[\s~]*" + _HEDGE  # ("AUROC 0.891 vs. 0.876": a decimal right after its measure)
    # "1,200" is one number; "the accuracy of 10-day forecasting" none (a compound adjective, as in _PLAIN)
    + r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w%/]|\.\d|-[A-Za-z])"
)
# "an AP of 50.6", "accuracy gains of up to 7%", "mean reciprocal rank by 0.05".
_OF_GAP = re.compile(
    r"[\s~]*(?:(?:gains?|improvements?|increases?|reductions?|decreases?|drops?|boosts?)[\s~]+)?(?:of|to|=|:|\(|by)[\s~]*"
    + _HEDGE
)
# "the number of trainable parameters", "the amount of compute": a count names its measure
# by what it counts.
_COUNT_OF = r"(?:(?:total[\s~]+)?(?:number|amount|count)[\s~]+of[\s~]+)?"
# "a speedup of 2.1x", "memory to 30%", "error (3.1)": a measure named before the number.
_MEASURE_OF = re.compile(
    r"(?<![\w\-])((?:" + _NP_WORD + r"[\s~]+){0,3}" + _NP_WORD + r")(?:[\s~]+(?:of|to)[\s~]+|[\s~]*[=:(<>≤≥≈][\s~]*)" + _HEDGE + "$"
)
# "10-fold cross-validation": how results were measured, no result.
_CROSS_VALIDATION = re.compile(r"[\s~]+(?:cross[\s~\-]?validat|CV\b)", re.IGNORECASE)
_OF_DATA = re.compile(
    r"[\s~]*(?:(?:or|and)[\s~]+\d+(?:\.\d+)?[\s~]*\\?%[\s~]+)?(?:of[\s~]+(?:the[\s~]+)?)?"
    r"(?:labell?ed[\s~]+|unlabell?ed[\s~]+|training[\s~]+|annotated[\s~]+)?(?:data|samples|examples|images|labels)\b"
)
# Between two values that share a metric: "50.6% on COCO and 40.0%", "8% and 1%", "20% on
# training small models and up to 51.6%".
# ("98.0% (normal), 97.5% (bag) and 92.2% (coat)": a lowercase label in brackets after each; not
# "9.8% (AUC), 23.3% (EAO)": a measure)
_COORDINATED = re.compile(
    r"^[\s~]*(?:\([a-z][a-z\s~\-]{0,29}\)[\s~]*)?(?:(?:on|in|for|when)[\s~]+[^,;%]{1,50}?)?"
    r"(?:,?[\s~]*(?:and|or)[\s~]+|,[\s~]*)$"  # ("66.2%, 58%, and 57%": a comma too)
)
# A result's measure, then the next value: "75.2 Pass@1 and 82.4 Pass@3".
_NEXT_RESULT = re.compile(r"[\s~]*(?:[\w@\-.]+[\s~]+){0,3}?(?:,?[\s~]*and|,)[\s~]+")
_AFTER_SKIP = re.compile(
    r"^(?:[\s~]+(?:(?:higher|lower|better|absolute|relative|average|improvement in|gain in|in|on)[\s~]+)?(?:the[\s~]+)?|[\s~]*\()$"
)  # ("0.471 (mAP) on AudioSet": the measure in parentheses)
# "86.4% (top-5: 98.0%)": a measure in parentheses that labels the value after it, not the one before.
_LABEL_COLON = re.compile(r"[\s~]*[:=]")
# "87.6% instance mIoU": one qualifying word between a value and a named measure.
_QUALIFIER_GAP = re.compile(r"[\s~]+(?!" + _FUNCTION + r")([a-z][a-z\-]+)[\s~]+")
# A measure the result leaves as it was is not the value's: "speeds up training by up to 2x with
# no loss in accuracy", "without sacrificing accuracy".
_KEPT_MEASURE = re.compile(
    r"\b(?:no|without(?:[\s~]+any)?)[\s~]+(?:loss|drop|degradation|decrease)[\s~]+(?:in|of)[\s~]+(?:the[\s~]+)?$"
    r"|\b(?:without[\s~]+(?:sacrificing|compromising|hurting)|while[\s~]+(?:maintaining|preserving|keeping))[\s~]+(?:the[\s~]+)?$"
)
# "better than human writers 34% of the time": how often, a value of no measure (not "of the time-series").
_HOW_OFTEN = re.compile(r"[\s~]+of[\s~]+the[\s~]+time(?![\w\-])")
_HEDGED_VALUE = re.compile(r"(?:more|less)[\s~]+than[\s~]+\d")
_AS_MUCH_AS_GAP = re.compile(r"[\s~]+" + _AS_MUCH_AS + r"[\s~]+")  # "accuracies as high as 81%"
_IN_METRIC = re.compile(
    r"^[\s~]+(?:\w+[\s~]+)?(?:improvement|reduction|gain|increase|decrease|drop|boost|speed-?up|lower|higher|better|points?)?"
    r"[\s~]*(?:in|of|on)[\s~]+(?:the[\s~]+|terms[\s~]+of[\s~]+)?$"
)
_IN_TERMS_OF = re.compile(r"\bin[\s~]+terms[\s~]+of[\s~]+(?:the[\s~]+)?$")
# The stems of verbs of change ("reduces", "lowered", "improving").
_CHANGE_STEMS = r"(?:reduc|lower|decreas|cut|improv|boost|increas|rais|enhanc)"
_UP_TO = re.compile(r"up[\s~]+to[\s~]+")
# "reduces the computational cost by", "improves the average score on VTAB by"; with a
# verb of change, "from" too: "raises the pass rate from", or "up to" alone: "reduces the
# model size up to" (group 2 is the connector, None there).
_BY_METRIC = re.compile(
    r"\b(?:(?:" + _CHANGE_STEMS + r"|sav|outperform|surpass|exceed)\w*|and)[\s~]+"
    r"(?:the[\s~]+|its[\s~]+|their[\s~]+)?" + _COUNT_OF + r"((?:" + _NP_WORD + r"[\s~]+){0,3}" + _NP_WORD + r")"
    r"(?:[\s~]+(?:on|in|of|for|over|across)[\s~]+[^,;()]{1,40}?)?[\s~]+(?:(by|from)[\s~]+" + _HEDGE + "|" + _UP_TO.pattern + ")$"
)
# ... or the passive: "the relative error is reduced by about 44%", "model size can be reduced by over 50%".
_BY_METRIC_PASSIVE = re.compile(
    r"(?<![\w\-])((?:" + _NP_WORD + r"[\s~]+){0,3}" + _NP_WORD + r")[\s~]+(?:is|are|was|were|can[\s~]+be)[\s~]+"
    r"(?:further[\s~]+|significantly[\s~]+|substantially[\s~]+)?" + _CHANGE_STEMS + r"\w*[\s~]+(by)[\s~]+"
    + _HEDGE + "$"
)
_CHANGE_VERB = re.compile(_CHANGE_STEMS, re.IGNORECASE)
# ... and other verbs that move a score "from" one value "to" another ("promotes the F1 score from
# 49.6% to 66.2%", "accuracy rises from 70% to 81%")
_MOVED_VERB = re.compile(r"\b(?:promot|push|lift|elevat|jump|ris(?:es|ing|en)\b|rose\b|grow|grew|br(?:ing|ings|ought)\b)", re.IGNORECASE)
# "decreases identity switch by 40% and fragmentation by 28%": a verb of change, its
# measure and value, then "and" (where the next measure's phrase starts).
_CHANGED_BY_BEFORE = re.compile(_CHANGE_VERB.pattern + r"\w*[\s~]+[^,;()]{1,60}?[\s~]+by[\s~]+[^\s~]+[\s~]*,?[\s~]*$", re.IGNORECASE)
_COMPARATIVE = re.compile(r"\b(?:fewer|less|more|faster|slower|smaller|larger|higher|lower)$")
_COMPARED = re.compile(
    r"\b(?:outperform\w*|surpass\w*|exceed\w*|beat(?:s|ing)?|than|compared[\s~]+(?:to|with)|versus|vs\.|over|against|relative[\s~]+to)"
    r"(?:[\s~]+(?:the|a|an|strong|previous|prior|[\w\-]+[\s~]+(?:and|or)))*[\s~]+$",
    re.IGNORECASE,
)
# A model named after a cue of building ("Built on top of X, Y achieves"): the cues of
# cues.BASED, and "using".
_BUILT_FROM = re.compile("(?:" + cues.BASED.pattern + r"|\b[Uu]sing)(?:[\s~]+(?:the|a|an|pre-?trained))*[\s~]+$")
_NP_AFTER = re.compile(
    r"[\s~]*(?:(?:fewer|less|more|higher|lower|(?:reduction|improvement|gain|increase|decrease|speed-?up)s?)[\s~]+)?"
    r"(?:(?:in(?:[\s~]+terms[\s~]+of)?|of)[\s~]+)?(?:the[\s~]+)?((?:" + _NP_WORD + r"[\s~]+){0,3}" + _NP_WORD + r")"
)  # ("34.10% and 25.93% in terms of branch coverage")
_DURATION_OF = re.compile(r"[\s~]*(?:hours|minutes|days|seconds)[\s~]+of[\s~]+(?!the\b)[A-Za-z]")
# The head nouns of measured quantities: a noun phrase ending in one of them, next to a
# reported number, names a metric ("trainable parameters", "inference time", "GLUE score").
_MEASURE_HEADS = frozenset(
    """performance cost costs requirements requirement tokens operations memory accuracy error errors loss rate
    rates index time speed throughput latency parameters params flops gflops tflops macs compute energy
    consumption footprint usage efficiency score scores similarity speedup speed-up speedups speed-ups hours perplexity steps epochs
    precision recall f1 bleu rouge auc size overhead runtime fps ratio storage bandwidth agreement correlation
    correctness success validity fidelity consistency coverage accuracies sensitivities specificities
    probability sparsity capacity specificity sensitivity relevance coherence fluency faithfulness diversity
    naturalness plausibility informativeness helpfulness readability rating ratings speeds savings saving distances gap""".split()
)
# Comparatives and determiners that open a measure's phrase but are not part of its name.
_NOT_NAME = frozenset(
    """the a an its their our lower higher better worse fewer less more reduced improved increased decreased
    significant significantly substantial substantially comparable competitive similar strong only total
    state-of-the-art sota new best thousand million billion trillion impressive notable remarkable excellent
    outstanding exceptional superior promising record published high low highest lowest good great decent
    reasonable satisfactory solid encouraging favorable favourable
    we they it which that""".split()  # ("an impressive score of 51.7%", "a record inception score"; "we achieve accuracies of")
)
# Adverbs that open the words before a number ("which respectively achieve F1 scores of"),
# by their endings: not a noun ending in -ly ("anomaly", "assembly").
_ADVERB = re.compile(r"[a-z]+(?:ive|al|ent|ant|ate|ous|ed|ing|ar|ic)ly$")
# "a score of 71.8": a bare score names no measure, but the number it introduces is a result.
_BARE_SCORES = frozenset({"score", "scores"})
_GENERIC_MEASURES = frozenset({"performance", "results", "result", "hours", "minutes", "days", "seconds"}) | _BARE_SCORES  # (units: "16.4 hours")
_NOT_QUANTITIES = frozenset(
    """further performance results examples samples images data width depth size baseline baselines state art""".split()
)
# Verbs of results that may open the words before a number ("reduces training cost by 40%").
_VERB = re.compile(
    r"(?:reduc|improv|boost|increas|decreas|sav|lower|rais|cut|enhanc|achiev|yield|obtain|reach|outperform|surpass|"
    r"exceed|deliver|attain|gain|get|show|report|use|need|require|compar|boast|maintain|preserv|retain|offer|provid|exhibit|"
    r"demonstrat|match|establish|ha(?=[sd]$|ve$))\w*$",  # ("the loss counterpart has accuracies of")
    re.IGNORECASE,
)
_MODALS = frozenset("can could may might will would should must to".split())  # ("can achieve Precision scores of")
_BASE_FORM = re.compile(r"[a-z]+(?<!s)(?<!ment)(?<!ing)(?<!ion)(?<!ed)")  # ("exhibit", "achieve"; not "gains", "improvement")
# A verb of _VERB as it follows its subject ("achieved", "yields"), not a noun ("improvements").
_CONJUGATED_VERB = re.compile(_VERB.pattern.removesuffix(r"\w*$") + r"(?:\w*ed|e?s)$", re.IGNORECASE)


class ResultFinder:
    """Finds reported numbers; see the module documentation."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        found_in_doc = doc._  # every `doc._` builds a new object: read the extensions once
        text = rule_text(doc)
        facts = found_in_doc.kg_facts
        if facts is None:
            facts = []
        bounds = sentence_bounds(doc) if len(doc) else []
        sentences = list(_sentences_with_digits(text, bounds, found_in_doc.kg_title_end or 0))
        results = self._results(doc, text, sentences, found_in_doc.kg_entities or [], facts) if sentences else []
        found_in_doc.kg_results = results
        self._facts_of_results(text, results, facts, found_in_doc.kg_entities or [])
        found_in_doc.kg_facts = facts
        return doc

    @staticmethod
    def _facts_of_results(text: str, results: list[list], facts: list, entities: list) -> None:
        """A dataset a number was reported on is one the paper evaluates on (unless a survey's);
        a model of another paper a number is reported for is one it uses ("Even the strongest
        model, GPT-4o, reaches only 41%")."""
        if not results:
            return
        proposed = [a[0] for r, a, *_ in facts if r == "proposes"]
        listed = {(r, tuple(a)) for r, a, *_ in facts}
        models = {e[0] for e in entities if e[1] == "MODEL"}
        # (the paper's own dataset a number is reported on is what it trained on: "models trained on our X")
        own_data = {e[0] for e in entities if e[1] == "DATASET" and e[0] in proposed}
        for subject, _, _, benchmark, s_start, s_end, _ in results:
            if benchmark and benchmark not in own_data and ("evaluated_on", (benchmark,)) not in listed and (subject is None or subject in proposed):
                listed.add(("evaluated_on", (benchmark,)))
                facts.append(["evaluated_on", [benchmark], s_start, s_end, 0.6])
            if subject in models and subject not in proposed and ("uses", (subject,)) not in listed and not (
                cues.BACKGROUND.search(text, s_start, s_end)  # "X has achieved 80% on Y": related work
            ):
                listed.add(("uses", (subject,)))
                facts.append(["uses", [subject], s_start, s_end, 0.5])

    def _results(self, doc: Doc, text: str, sentences: list[tuple[int, int]], entities: list, facts: list) -> list[list]:
        """The results reported in ``sentences``, the doc's sentences with a digit."""
        mentions = sorted((s, e, i) for i, ent in enumerate(entities) for s, e in ent[3])
        proposed = [a[0] for r, a, *_ in facts if r == "proposes"]
        types = {ent[0]: ent[1] for ent in entities}
        main = next((n for n in proposed if types.get(n) == "MODEL"), None)
        new_metrics: dict[str, list] = {}
        results = []
        for start, end in sentences:
            sentence = text[start:end]
            in_sentence = [m for m in mentions if start <= m[0] < end]
            metrics = [m for m in in_sentence if entities[m[2]][1] == "METRIC"]
            data = [m for m in in_sentence if entities[m[2]][1] in ("DATASET", "BENCHMARK")]
            previous_metric: str | None = None
            previous_end = -1
            found = []
            rival_end = -1  # where the last number of an unnamed rival ended
            values = self._values(text, start, end, metrics)
            if "(" in sentence or "'s " in sentence or "’s " in sentence:
                values = _scores_after_models(text, values, [e for _, e, i in in_sentence if entities[i][1] == "MODEL"])
            for value_start, value_end, value, weak in values:
                how_often = _HOW_OFTEN.match(text, value_end)
                metric = None if how_often else self._metric(text, start, value_start, value_end, metrics, data, entities, new_metrics)
                if (
                    metric is None
                    and previous_metric
                    and _COORDINATED.match(text[previous_end:value_start])
                    and _same_unit(found[-1][2], value)
                ):
                    metric = previous_metric
                if metric is None and weak:
                    continue
                if metric is None and not how_often:
                    metric = self._qualified_metric(text, value_end, metrics, entities, new_metrics)
                if metric is None and not how_often and not _COMPARATIVE.search(value):  # "10x smaller": a size, not the clause's metric
                    # (not a metric written right after a value of another unit: "67.2% on A and 45.1 BLEU")
                    others = [v[1] for v in values if v[0] != value_start and not _same_unit(v[2], value)]
                    free = [
                        m for m in metrics
                        if not any(e <= m[0] and _AFTER_SKIP.match(text[e : m[0]] or " ") for e in others)
                        and not _KEPT_MEASURE.search(text, max(start, m[0] - 30), m[0])
                    ]
                    metric = self._metric_in_clause(sentence, value_start - start, free, entities, start)
                    named = {entities[m[2]][0] for m in free}
                    if metric is None and len(named) == 1 and free[0][0] < value_start:
                        # "achieves 65.5% accuracy, surpassing X (61.7%) and Y (62.4%)": the sentence's one measure
                        metric = named.pop()
                # (looked at once the metric is found: a measure named only beside this value is still the text's)
                if _RIVAL_VALUE_BEFORE.search(text, max(start, value_start - 40), value_start) and not self._model_after(
                    in_sentence, entities, value_end, text
                ):
                    continue
                if text.startswith(")", value_end):  # (looked for only where a bracket closes the value)
                    rival = _UNNAMED_RIVAL_BEFORE.search(text, max(start, value_start - 80), value_start)
                    if rival is None and rival_end >= 0:
                        rival = _NEXT_RIVAL.fullmatch(text, rival_end, value_start)
                    if rival and not any(rival.start() < s < value_start for s, _, _ in in_sentence):
                        rival_end = value_end
                        continue
                subject = self._subject(in_sentence, entities, value_start, value_end, proposed, main, text)
                benchmark = self._benchmark(text, in_sentence, entities, value_start, value_end)
                if (
                    benchmark is None and found and _NEXT_RESULT.fullmatch(text, found[-1][8], value_start)
                    and not any(found[-1][7] <= d[0] < value_start for d in data)
                ):
                    # "on GAIA, X achieves 75.2 Pass@1 and 82.4 Pass@3": the same benchmark (not in
                    # "78.5 EM on ZorbQA and 47% SR": the benchmark named after the first value is its own)
                    benchmark = found[-1][3]
                found.append([subject, metric, value, benchmark, start, end, 0.7 if metric else 0.55, value_start, value_end])
                previous_metric, previous_end = metric, value_end
            # "about 45% and 47% computational cost": the metric named last serves both values
            # (values with different units, "67.2% on A and 45.1 BLEU on B", measure different things).
            for earlier, later in reversed(list(zip(found, found[1:]))):
                # ("10x smaller and 91.2 F1": a comparative names its own quantity, not the next metric.)
                if (
                    earlier[1] is None
                    and later[1]
                    and _COORDINATED.match(text[earlier[8] : later[7]])
                    and not _COMPARATIVE.search(earlier[2])
                    and _same_unit(earlier[2], later[2])
                ):
                    earlier[1], earlier[6] = later[1], later[6]
            # "outperforms AST by 22.2%, 4.4% and 4.7% on A, B and C in terms of the top-1 accuracy": the
            # measure the sentence closes on serves the values before it that named none
            closing = next((m for m in metrics if _IN_TERMS_OF.search(text, max(start, m[0] - 20), m[0])), None)
            if closing is not None:
                for result in found:
                    if result[1] is None and result[8] <= closing[0] and not _COMPARATIVE.search(result[2]):
                        result[1], result[6] = entities[closing[2]][0], 0.7
            respectively = "respectively" in sentence  # ("94.1 and 89.7 on SST-2 and MRPC, respectively")
            if len(metrics) > 1 and len(found) > 1:
                self._paired(text, found, metrics, in_sentence, entities, respectively)
            if respectively:
                self._respectively(found, in_sentence, entities)
            results.extend(item[:7] for item in found)
        named_as = self._add_metric_entities(doc, new_metrics)
        for result in results:
            result[1] = named_as.get(result[1], result[1])
        return results

    @staticmethod
    def _values(text: str, start: int, end: int, metrics: list) -> list[tuple[int, int, str, bool]]:
        """``(start, end, value, weak)``; a weak value is a result only if a metric is found for it."""
        found: list[tuple[int, int, str, bool]] = []
        replaced: list[tuple[int, int]] = []  # "0.7820 → 0.8420": the old number is no result

        def add(v_start: int, v_end: int, weak: bool, hedged: bool = True) -> None:
            if any(s < v_end and v_start < e for s, e, *_ in found) or any(s <= v_start < e for s, e in replaced):
                return
            if text[v_start - 1 : v_start] == "@" or any(m_start < v_start < m_end for m_start, m_end, _ in metrics):
                return  # "HR@10": a measure's cut-off, no value; "mAP50:95": part of a measure's name
            if _DURATION_OF.match(text, v_end):
                return  # "181.1 hours of footage": an amount of data, no result
            hedge = _HEDGE_BEFORE.search(text, max(start, v_start - 14), v_start) if hedged else None
            v_start = hedge.start() if hedge else v_start
            value = _SPACES.sub(" ", text[v_start:v_end].replace("\\%", "%")).strip()
            found.append((v_start, v_end, value, weak))

        if "→" in text[start:end] or "->" in text[start:end]:
            for match in _CHANGED_TO.finditer(text, start, end):  # "FUNSD (0.7820 → 0.8420)": the new value
                add(match.start(1), match.end(1), False, hedged=False)
                replaced.append((match.start(), match.start(1)))
        if "vs" in text[start:end]:
            for match in _VERSUS.finditer(text, start, end):  # "AIME24 (80.3 vs. 79.8)": a result, then a rival's
                add(match.start(1), match.end(1), False, hedged=False)
        if " from " in text[start:end]:
            for match in _FROM_TO.finditer(text, start, end):  # "improves FID from 18.65 to 1.73": the new value
                if _CHANGE_VERB.search(text, start, match.start()) or _MOVED_VERB.search(text, start, match.start()):
                    add(match.start(1), match.end(1), False, hedged=False)
                    replaced.append((match.start(), match.start(1)))
        if "factor" in text[start:end]:
            for match in _FACTOR.finditer(text, start, end):  # "reduces memory by a factor of 2.5"
                add(match.start(), match.end(), False, hedged=False)
        for match in _TAKES_TIME.finditer(text, start, end) if "in " in text[start:end] else ():  # ("in ", "within ")
            add(match.start(1), match.end(1), False, hedged=False)  # "trains ResNet-50 in one hour", "in under 72 hours"
        for match in _VALUE.finditer(text, start, end):
            if not _OF_DATA.match(text, match.end()) and not _CROSS_VALIDATION.match(text, match.end()):
                # "by 2.3 and 1.9 points": a number listed before a value shares its unit.
                listed = _LISTED_BEFORE.search(text, max(start, match.start() - 20), match.start())
                if listed and _SHARED_UNIT.search(match.group()):
                    add(listed.start(1), listed.end(1), False, hedged=False)
                add(match.start(), match.end(), False)
                if _NEXT_SCORE_ON.match(text, match.end(), end):  # "69% on MMLU and 8.38 on MT-bench": a score on the next data
                    for listed_start, listed_end in _listed_scores(text, match.end(), end):
                        add(listed_start, listed_end, False, hedged=False)
        metric_starts = {m[0] for m in metrics}
        for match in _BARE.finditer(text, start, end):
            nxt = match.end() + len(text[match.end() : match.end() + 3]) - len(text[match.end() : match.end() + 3].lstrip(" ~("))
            after = _NP_AFTER.match(text, match.end(), end) if "." in match.group(1) else None
            # "47.9 box AP" (a metric follows), "41.0 COCO AP" (a name, then a metric), "3.2 average score" (a measure follows)
            named = _NAME_THEN.match(text, match.end()) if nxt not in metric_starts and "." in match.group(1) else None
            # ("by 3.39% in SR and 9.08 in SPL", "a 2.8 absolute gain on EM": a measure the number is in)
            in_metric = "." in match.group(1) and any(
                0 < m - match.end() < 40 and _IN_METRIC.match(text[match.end() : m]) for m in metric_starts
            )
            if (
                nxt in metric_starts or (named and named.end() in metric_starts)
                or (after and _measure_span(after.group(1), True)) or in_metric
            ):
                size = _MAGNITUDE.match(text, match.start())  # "SwallowCode (16.1 billion tokens)": a size, as below
                if not size:
                    add(match.start(), match.end(), False, hedged=False)
                    # "92.19, 87.75, and 83.18 Dice Scores": the decimals listed before it name the same measure
                    at = match.start()
                    while "." in match.group(1) and (listed := _DECIMAL_LISTED_BEFORE.search(text, max(start, at - 30), at)):
                        group = listed.lastindex  # (2: slashed)
                        if group == 2 and nxt not in metric_starts:
                            break  # ("4.45/5.01/6.68 ms latency": slashed numbers with a unit after the last)
                        add(listed.start(group), listed.end(group), False, hedged=False)
                        at = listed.start(group)
                elif _FRUGAL_BEFORE.search(text, max(start, match.start() - 50), match.start()) or _FRUGAL_AFTER.match(text, size.end()):
                    add(match.start(), size.end(), False, hedged=False)  # "only 1.5 million parameters"
        for _, m_end, _ in metrics:
            match = _NUMBER_AFTER.match(text, m_end, end)
            if match:
                add(match.start(1), match.end(1), False, hedged=False)
                # "reduced R² to 0.73, 0.70, and 0.72", "an FID of 3.55 on CIFAR-10 and 6.20 on ImageNet"
                for listed_start, listed_end in _listed_scores(text, match.end(), end):
                    add(listed_start, listed_end, False, hedged=False)
        # (From start + 1: the digit before the point is in the sentence too.)
        for match in _SCORE.finditer(text, start, end) if _DECIMAL_POINT.search(text, start + 1, end) else ():
            add(match.start(1), match.end(1), False, hedged=False)
            # "achieves 94.1 and 89.7 on SST-2 and MRPC", "attains 9.1 on MT-Bench, 48.1 on Arena-Hard"
            for listed_start, listed_end in _listed_scores(text, match.end(), end):
                add(listed_start, listed_end, False, hedged=False)
        for number in _NUMBER_START.finditer(text, start, end):
            at = number.start()
            if any(s <= at < e for s, e, *_ in found):
                continue
            if _ITEM_MARK.match(text, at) and text.rfind("(", start, at) <= text.rfind(")", start, at):
                continue
            strong = _SIGNED.match(text, at) or _CHANGE.match(text, at)  # "+2.3", "more than 6.54 decrease"
            if strong:
                add(at, strong.end(), False, hedged=strong.re is _CHANGE)
                continue
            weak = _FRACTION.match(text, at)  # "reduces the latency to 1/3"
            size = _MAGNITUDE.match(text, at)  # "only 45.4M trainable parameters", not "20B parameters"
            if size and (_FRUGAL_BEFORE.search(text, max(start, at - 50), at) or _FRUGAL_AFTER.match(text, size.end())):
                weak = size
            # "at a cost of only $25": a cost's unit comes first, and the value starts with it
            value_start = at - 1 if at > start and text[at - 1] == "$" else at
            window = text[max(start, at - 80) : value_start]
            if not weak and _CONNECTOR.search(window, max(0, len(window) - 30)):
                measure = _measure_before(window) or _by_metric_before(window)
                if measure and _measure_span(measure.group(1), False):
                    weak = _PLAIN.match(text, at)
                    # "a precision of 0.344, 0.552 and 0.640": each value of the measure (a metric must vouch for them too)
                    for listed_start, listed_end in _listed_scores(text, weak.end(), end) if weak else ():
                        add(listed_start, listed_end, True, hedged=False)
                elif measure and measure.group(1).rsplit(None, 1)[-1].lower() in _BARE_SCORES:
                    plain = _PLAIN.match(text, at)
                    if plain:
                        add(at, plain.end(), False)
                        # ("F1 (macro average) scores of 0.35, 0.51 and 0.32": each)
                        for listed_start, listed_end in _listed_scores(text, plain.end(), end):
                            add(listed_start, listed_end, False, hedged=False)
                        continue
            if weak:
                add(value_start, weak.end(), True)
        # "43.6%percent43.643.6\%43.6 %": LaTeX rendered to text repeats a number; one value.
        values: list[tuple[int, int, str, bool]] = []
        for value in sorted(found):
            if (
                values
                and _RENDERED_AGAIN.fullmatch(text, values[-1][1], value[0])
                and _NUMBER.search(value[2]).group() == _NUMBER.search(values[-1][2]).group()
            ):
                # one value, as the first copy reads, spanning them all ("... 38.0 % fewer GFLOPs")
                values[-1] = (values[-1][0], value[1], values[-1][2], values[-1][3])
                continue
            values.append(value)
        return values

    @staticmethod
    def _metric(text, sentence_start, v_start, v_end, metrics, data, entities, new_metrics) -> str | None:
        for m_start, m_end, index in metrics:  # "30 FPS": the value's unit is the metric
            if v_start <= m_start and m_end <= v_end:
                return entities[index][0]
        for m_start, _, index in metrics:  # "85.3% top-1 accuracy", "an AP of 50.6%"
            if m_start < v_end:
                continue
            # "15.7% in XNLI accuracy", "+2.4% COCO AP": a dataset named before the metric is
            # where it was measured.
            gap = text[v_end:m_start]
            named = next((d for d in data if v_end <= d[0] and d[1] == m_start - 1), None)
            if named:
                gap = text[v_end : named[0]] + " "
            if (_AFTER_SKIP.match(gap or " ") or _IN_METRIC.match(gap)) and not (gap.endswith("(") and _LABEL_COLON.match(text, m_end)):
                return entities[index][0]
        for m_start, m_end, index in metrics:
            if m_end <= v_start and (
                _OF_GAP.fullmatch(text, m_end, v_start)
                # "an inference speed more than 2000 times faster": a hedged value right after its measure
                or (text[m_end:v_start] in (" ", "~") and _HEDGED_VALUE.match(text, v_start))
                or _AS_MUCH_AS_GAP.fullmatch(text, m_end, v_start)
            ):
                return entities[index][0]
        window = text[max(sentence_start, v_start - 80) : v_start]
        measure_of = _measure_before(window)
        if measure_of:
            name = _measure(measure_of.group(1), measure_of.start(1) + v_start - len(window), new_metrics)
            if name:
                return name
        name = _changed_measure(window, v_start - len(window), new_metrics)
        up_to = _UP_TO.match(text, v_start)
        if name is None and up_to:  # "reduces the model size up to 98%": the hedge, part of the value, ends the change
            name = _changed_measure(window + up_to.group(), v_start - len(window), new_metrics)
        if name:
            return name
        acronym = _ACRONYM_AFTER.match(text, v_end) if text.startswith(" ", v_end) else None
        if acronym and not any(d[0] == acronym.start(1) for d in data):
            name = acronym.group(1)  # "achieves 47% SR", "78.5 EM on X": an acronym after a value names its measure
            new_metrics.setdefault(normalise_name(name), [name, acronym.start(1), acronym.end(1)])
            return name
        after = _NP_AFTER.match(text, v_end)
        if after and (
            _CHANGE_VALUE.search(text[v_start:v_end] + text[v_end : after.start(1)])
            or _DECIMAL.fullmatch(text, v_start, v_end)
        ):
            return _measure(after.group(1), after.start(1), new_metrics, tail=True)
        old = _OLD_VALUE_BEFORE.search(text, max(sentence_start, v_start - 30), v_start) if text[v_start - 4 : v_start] == " to " else None
        if old:  # "raises the pass rate from 40% to 55%": a verb of change and its measure before the old value
            window_start = max(sentence_start, old.start(1) - 80)
            return _changed_measure(text[window_start : old.start(1)], window_start, new_metrics)
        return None

    @staticmethod
    def _qualified_metric(text, v_end, metrics, entities, new_metrics) -> str | None:
        """"87.6% instance mIoU": a named measure one qualifying word after the value, with
        the word (looked at only when nothing closer names the value's measure)."""
        for m_start, m_end, index in metrics:
            if m_start > v_end and (gap := _QUALIFIER_GAP.fullmatch(text, v_end, m_start)):
                # (a grade is no qualifier: "50% high BLEU-4" is BLEU-4)
                name = text[v_end if gap.group(1) not in _NOT_NAME else m_start : m_end].strip(" ~")
                new_metrics.setdefault(normalise_name(name), [name, m_end - len(name), m_end])
                return name
        return None

    @staticmethod
    def _metric_in_clause(sentence, offset, metrics, entities, start) -> str | None:
        bounds = [0] + [m.end() for m in _CLAUSE_END.finditer(sentence)]
        clause_start = max(b for b in bounds if b <= offset)
        later = [b for b in bounds if b > offset]
        clause_end = later[0] if later else len(sentence)
        inside = [m for m in metrics if clause_start <= m[0] - start < clause_end]
        before = [m for m in inside if m[0] - start < offset]
        chosen = before[-1] if before else (inside[0] if inside else None)  # the nearest before the value
        return entities[chosen[2]][0] if chosen else None

    @staticmethod
    def _model_after(in_sentence, entities, v_end, text) -> str | None:
        """The model a value is of, named right after it: "compared to 68.9 for Llama-2-70B", "from
        5.5% (CONCH) to 20.5% (PLIP)"."""
        return next(
            (
                entities[i][0]
                for s, e, i in in_sentence
                if entities[i][1] == "MODEL" and s > v_end
                and (_FOR_MODEL.fullmatch(text, v_end, s) or (_BRACKET_OPENS.fullmatch(text, v_end, s) and text.startswith(")", e)))
            ),
            None,
        )

    @staticmethod
    def _subject(in_sentence, entities, v_start, v_end, proposed, main, text) -> str | None:
        # A value's own model, named right after it; "GPT-4o, which scored 71.0": one a relative
        # clause says scored it.
        named = ResultFinder._model_after(in_sentence, entities, v_end, text)
        if named is not None:
            return named
        if text.startswith(")", v_end):  # "surpassing GPT-4o (0.866)": the model the parentheses follow
            opening = text.rfind("(", 0, v_start)
            for s, e, i in in_sentence:
                if entities[i][1] == "MODEL" and opening >= e and not text[e:opening].strip(" ~"):
                    return entities[i][0]
        for s, e, i in in_sentence:
            # ("GPT-4o, which scored 71.0"; "surpassing GPT-4's 67.0%": the possessive's)
            if entities[i][1] == "MODEL" and e < v_start and (
                _WHICH_SCORED.fullmatch(text, e, v_start) or _POSSESSIVE.fullmatch(text, e, v_start)
            ):
                return entities[i][0]
        # A model named after a comparison cue ("Compared with BERT, X achieves ...",
        # "outperforms Y by 4.1%") is what the result is measured against, not its subject;
        # one named after a cue of building ("Built on top of Mistral-7B, X ...") is X's base.
        before = [
            entities[i][0]
            for s, _, i in in_sentence
            if s < v_start and entities[i][1] == "MODEL" and not _COMPARED.search(text, max(0, s - 40), s)
            and not _BUILT_FROM.search(text, max(0, s - 40), s) and not _LABELS_VALUE.search(text, max(0, s - 12), s)
        ]
        for name in before:
            if name in proposed:
                return name
        if before:
            return before[0]
        return main

    @staticmethod
    def _benchmark(text, in_sentence, entities, v_start, v_end) -> str | None:
        """The dataset named after the value ("on COCO"), else the one before it in the same clause."""
        data = [(s, e, entities[i][0]) for s, e, i in in_sentence if entities[i][1] in ("DATASET", "BENCHMARK")]
        right_before = [name for _, e, name in data if e <= v_start and _WITH_VALUE.fullmatch(text, e, v_start)]
        if right_before:  # "on ScanNet with 78.2 mIoU and on S3DIS with 72.1"
            return right_before[-1]
        after = [name for s, _, name in data if s >= v_end]
        if after:
            return after[0]
        before = [(e, name) for _, e, name in data if e <= v_start]
        # ("on full LibriSpeech ... and ... 30.6% on test-other": a split of the data named before)
        if before and (not _AND.search(text[before[-1][0] : v_start]) or _ON_SPLIT.match(text, v_end)):
            return before[-1][1]
        return None

    @staticmethod
    def _paired(text: str, found: list, metrics: list, in_sentence: list, entities: list, respectively: bool) -> None:
        """"improves accuracy and F1 by 2.1% and 3.4%": coordinated values right after as many
        coordinated metrics measure them in turn; so do as many right after the values ("gains of
        18.2%, 14.8%, and 23.5% in BLEU, ROUGE, and WER"). In a ``respectively`` sentence the
        words between may say what the values were, and the items after the values may include
        one that is no measure (``in_sentence``: the sentence's mentions of any type)."""
        runs, run = [], found[:1]
        for earlier, later in zip(found, found[1:]):
            if _COORDINATED_VALUES.fullmatch(text, earlier[8], later[7]):
                run.append(later)
            else:
                runs.append(run)
                run = [later]
        runs.append(run)

        def coordinated(named: list, run: list) -> bool:
            return len(named) == len(run) and all(_COORDINATED_VALUES.fullmatch(text, a[1], b[0]) for a, b in zip(named, named[1:]))

        previous = None  # (the metrics the run before was paired with)
        for run in runs:
            if len(run) < 2:
                continue
            before = [m for m in metrics if m[1] <= run[0][7]][-len(run) :]
            after = [m for m in metrics if m[0] >= run[-1][8]][: len(run)]
            if coordinated(before, run) and (
                _METRIC_TO_VALUE.fullmatch(text, before[-1][1], run[0][7])
                or (respectively and _METRICS_WERE.fullmatch(text, before[-1][1], run[0][7]))
            ):
                named = before
            elif coordinated(after, run) and _VALUES_TO_METRIC.fullmatch(text, run[-1][8], after[0][0]):
                named = after
            elif respectively and (listed := [m for m in in_sentence if m[0] >= run[-1][8]][: len(run)]) and (
                coordinated(listed, run) and _VALUES_TO_METRIC.fullmatch(text, run[-1][8], listed[0][0])
                and sum(entities[i][1] == "METRIC" for _, _, i in listed) >= len(run) - 1
            ):
                # "12.90%, 10.87%, 6.32%, and 8.57% on BLEU, ROUGE-L, METEOR, and SBERT, respectively":
                # the n-th value is the n-th item's, and an item found as no measure names none
                named = listed
            elif after and _SPACES.fullmatch(text, run[-1][8], after[0][0]) and all(
                _same_unit(item[2], run[-1][2]) for item in run
            ):
                named = after[:1] * len(run)  # "0.95% and 2.34% accuracy drops": one measure right after them all
            elif previous and len(previous) == len(run) and _REACHING.fullmatch(text, previous[-1][1], run[0][7]):
                # "gains of 3.0%, 2.2% and 7.6% in mAP, NDS and AMOTA, achieving 46.9%, 56.1% and 49.0%":
                # the values reached are of the measures just paired with the gains
                named = previous
            else:
                continue
            previous = named
            for item, (_, _, index) in zip(run, named):
                measured = entities[index][1] == "METRIC"
                item[1], item[6] = (entities[index][0], 0.7) if measured else (None, 0.55)

    @staticmethod
    def _respectively(found: list, in_sentence: list, entities: list) -> None:
        """"94.1 and 89.7 on SST-2 and MRPC, respectively": the n-th value is the n-th dataset's."""
        data = [(s, entities[i][0]) for s, _, i in in_sentence if entities[i][1] in ("DATASET", "BENCHMARK")]
        shared = [item for item in found if item[3] is not None and item[3] == found[0][3]] if found else []
        after = [name for s, name in data if shared and s >= shared[-1][8]]
        if len(shared) > 1 and len(after) == len(shared):
            for item, name in zip(shared, after):
                item[3] = name
            return
        # "improves accuracy on VQA-RAD and SLAKE by 5.2% and 4.8%, respectively": the datasets
        # come first, the values (with or without one) after them.
        values = [item for item in found if not data or item[7] > data[-1][0]]
        before = [name for s, name in data if values and s < values[0][7]]
        if len(values) > 1 and len(before) >= len(values):
            for item, name in zip(values, before[-len(values) :]):
                item[3] = name

    def _add_metric_entities(self, doc: Doc, new_metrics: dict[str, list]) -> dict[str, str]:
        """Add the measures results named to the entities; returns the names they go by where
        another ("HOTA scores" is HOTA: :meth:`Lexicon.measure_name`)."""
        named_as: dict[str, str] = {}
        if not new_metrics:
            return named_as
        entities = doc._.kg_entities
        if "kg_entities" not in doc.spans:
            doc.spans["kg_entities"] = []
        spans = doc.spans["kg_entities"]  # appended to in place: copying a span group builds every span
        known = {normalise_name(e[0]): e for e in entities}
        for key, (name, start, end) in new_metrics.items():
            own_name = self.lexicon.measure_name(name)
            measure_entity = known.get(normalise_name(own_name)) if own_name != name else None
            if measure_entity is not None and measure_entity[1] != "METRIC":
                own_name, measure_entity = name, None  # "BLEU score" in a paper naming a data set BLEU: no data set
            if own_name != name:
                named_as[name] = own_name
            entity = known.get(key)
            if entity is None and measure_entity is not None:
                # "ROUGE-L" found inside "ROUGE-L score": the score's span is the measure's mention
                entity = measure_entity
                entity[3] = [m for m in entity[3] if not (start <= m[0] and m[1] <= end)]
                entity[2] += [name] if name not in entity[2] else []
            if entity is None:
                # "an F1 score of 91.2": the measure is also called by its name alone; "an Fl-all
                # score of 4.31%" by the measure's name, its score's the alias
                measure = self.lexicon.scored_measure(name)
                aliases = [name] if own_name != name else [measure] if measure else []
                entity = [own_name, "METRIC", aliases, [], 0.6]
                entities.append(entity)
                known[key] = entity
            if [start, end] not in entity[3]:
                entity[3].append([start, end])
                entity[3].sort()
            span = doc.char_span(start, end, label=entity[1], kb_id=entity[0], alignment_mode="expand")
            if span is not None:
                spans.append(span)
            for other in entities:  # "LC win rate", "ROUGE-L score": the listed measure inside is no mention of its own,
                if other is not entity and other[1] == "METRIC":  # but what the qualified measure is also called
                    inside = [m for m in other[3] if start <= m[0] and m[1] <= end and m != [start, end]]
                    if inside:
                        other[3] = [m for m in other[3] if m not in inside]
                        # ("semantic segmentation mIoU" over "segmentation mIoU", itself also "mIoU")
                        entity[2].extend(a for a in [other[0], *other[2]] if a not in entity[2] and name.endswith(" " + a))
        entities[:] = [e for e in entities if e[3]]
        entities.sort(key=lambda e: e[3][0][0])
        return named_as


def _sentences_with_digits(text: str, bounds: list[tuple[int, int]], title_end: int) -> Iterator[tuple[int, int]]:
    """The abstract's sentences that hold a digit, the only ones that can report a number:
    one search per such sentence, which skips over the others, not one per sentence."""
    digit = None  # the first digit at or after the start of a sentence seen
    for start, end in bounds:
        if end <= title_end:
            continue
        if digit is None or digit.start() < start:
            digit = _DIGIT.search(text, start)
            if digit is None:
                return
        if digit.start() < end:
            yield start, end


def _same_unit(value: str, other: str) -> bool:
    """Whether two values are written with the same unit, what follows the first number.

    A score's points are no unit of their own: in "by 1.9 and 4.2 points" both are points.

    >>> _same_unit("about 45%", "47%"), _same_unit("67.2%", "45.1"), _same_unit("1.2", "3"), _same_unit("1.9", "4.2 points")
    (True, False, True, True)
    """
    return _POINTS.sub("", _AFTER_NUMBER.sub("", value, count=1)) == _POINTS.sub("", _AFTER_NUMBER.sub("", other, count=1))


def _measure_span(phrase: str, tail: bool, any_head: bool = False) -> tuple[int, int] | None:
    """Offsets in ``phrase`` of the measure it names, if its head is a measure noun (or,
    ``any_head``, a lowercase noun that names no kind of model or data).

    ``tail``: the phrase follows a number ("45.4M trainable parameters while ..."), so it
    is cut after its last head word; otherwise it ends at the head, less a change noun
    ("the perplexity decrease" → "perplexity"). Comparatives and determiners in front go.
    """
    words = list(_WORD.finditer(phrase))
    if tail:
        heads = [i for i, w in enumerate(words) if w.group().lower() in _MEASURE_HEADS]
        words = words[: heads[-1] + 1] if heads else []
    elif len(words) > 1 and words[-1].group().lower() in _CHANGE_NOUNS:
        words = words[:-1]
    while words and (
        words[0].group().lower() in _NOT_NAME or _VERB.match(words[0].group()) or words[0].group() == "s" or _ADVERB.match(words[0].group())
    ):
        words = words[1:]
    verbs = [
        i for i, w in enumerate(words[:-1])
        if _CONJUGATED_VERB.match(w.group()) or (i and words[i - 1].group().lower() in _MODALS and _VERB.match(w.group()))
        # ("our fastest models exhibit real-time speedups of": a plural subject's verb)
        or (i and words[i - 1].group().endswith("s") and _VERB.match(w.group()) and _BASE_FORM.fullmatch(w.group()))
    ]
    if verbs:
        words = words[verbs[-1] + 1 :]  # "the model achieved F1 scores of": the measure is after the verb
    if not words:
        return None
    head = words[-1].group()
    if head.count("-") > 1:
        head = head.rpartition("-")[2]  # ("end-point-error": a phrase hyphenated throughout ends in its head)
    if head.lower() not in _MEASURE_HEADS and not (any_head and _names_a_quantity(head)):
        return None
    if " ".join(w.group().lower() for w in words) in _GENERIC_MEASURES:
        return None
    return words[0].start(), words[-1].end()


def _names_a_quantity(word: str) -> bool:
    """Whether a lowercase noun may name what a number measures ("toxicity"): not an adverb
    ("further"), a kind of model or data ("methods", "examples") or a generic word."""
    if not (word.isalpha() and word.islower()) or word.endswith("ly") or word in _NOT_QUANTITIES:
        return False
    return not (type_noun(word) or type_noun(word.removesuffix("s")))


def _measure(phrase: str, start: int, new_metrics: dict[str, list], tail: bool = False, any_head: bool = False) -> str | None:
    """A noun phrase (at ``start`` in the text) as a metric name when its head is a measure
    ("computational cost"); the name is remembered in ``new_metrics``.

    >>> found = {}
    >>> _measure("trainable parameters while", 6, found, tail=True), found
    ('trainable parameters', {'trainableparameters': ['trainable parameters', 6, 26]})
    >>> _measure("the perplexity decrease", 0, {})
    'perplexity'
    """
    span = _measure_span(phrase, tail, any_head)
    if span is None or phrase[: span[1]].lower().endswith("performance"):
        # ("average performance improvements of 38.65%", "the human performance of 78.24%": a
        # performance is what a measure measures, the result names none)
        return None
    name = _SPACES.sub(" ", phrase[span[0] : span[1]])
    new_metrics.setdefault(normalise_name(name), [name, start + span[0], start + span[1]])
    return name


_WORD = re.compile(r"[^\s~]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ACRONYM_AFTER = re.compile(
    r"[\s~]+(?!(?:GB|MB|TB|KB|PB|GPUs?|CPUs?|TPUs?|USD|FPS)\b)([A-Z]{2,5})"
    r"(?=[\s~]*(?:[,.;:)]|$)|[\s~]+(?:on|in|and|or|for|with|while|across|over|than|compared|[a-z]+ing)\b)"
)
_WHICH_SCORED = re.compile(
    r"[\s~]*,?[\s~]+(?:which|that|who)[\s~]+(?:only[\s~]+|also[\s~]+)?(?:scor|achiev|reach|obtain|attain|get)\w*[\s~]+(?:an?[\s~]+|only[\s~]+)?" + _HEDGE
)
# "0.929 (WT), 0.856 (TC)": a name in brackets right after a value labels that value, no subject of the next.
_LABELS_VALUE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?%?[\s~]*\($")
_NAME_THEN = re.compile(r"[\s~]+[A-Z][\w\-]*[\s~]+")  # "41.0 COCO AP"
_COORDINATED_VALUES = re.compile(r"[\s~]*(?:,[\s~]*)?(?:and[\s~]+)?")  # "A and B", "A, B, and C"
# "35% and 16.2% improvement on A and B", "6.7% and 7.4% increase in token-level precision and recall"
_VALUES_TO_METRIC = re.compile(
    r"[\s~]+(?:[\w\-]+[\s~]+){0,2}?(?:in|on|of|for)[\s~]+(?:\w+-[\w\-]+[\s~]+)?(?:the[\s~]+|both[\s~]+|terms[\s~]+of[\s~]+)?"
)
# ", achieving 46.9%, 56.1% and 49.0%": the values a change reached, right after it (see _paired)
_REACHING = re.compile(r",?[\s~]+(?:achieving|reaching|attaining|yielding|resulting[\s~]+in|to)[\s~]+")
_METRIC_TO_VALUE = re.compile(r"[\s~]+(?:by|of|to|at)[\s~]+")  # "accuracy and F1 by 2.1% and 3.4%"
# "the SSIM, pMAE, and mAP values for flower images were 0.938, 13.7%, and 0.81, respectively"
_METRICS_WERE = re.compile(
    r"[\s~]+(?:(?:scores?|values?|rates?)[\s~]+)?(?:[\w\-]+[\s~]+){0,5}?(?:were|are|was|is|of|reach(?:es|ed)?|achieved?|attained?)[\s~]+"
    r"(?:(?:about|approximately|around|up[\s~]+to)[\s~]+)?"
)
_RENDERED_AGAIN = re.compile(r"[\s~]*(?:percent|times)?[\d.\\%{}\s~]{0,30}")  # what LaTeX debris leaves between copies
_SPACES = re.compile(r"[\s~]+")
_DECIMAL = re.compile(r"\d+\.\d+")
_POINTS = re.compile(r"^(?:points?|pts?)$")
_AFTER_NUMBER = re.compile(r"^\D*[\d.,]+[\s~]*")  # what is left is the value's unit
# Where a clause ends: "[,;]|\b(?:while|whereas|which)\b", opening with one character class
# (see _VALUE) and checking the word boundary before the "w" once it is read.
_CLAUSE_END = re.compile(r"[,;w](?:(?<=[,;])|(?<!\ww)(?:hile|hereas|hich)\b)")
_AND = re.compile(r"\band\b|;")
# The last word of each hedge of _HEDGE ("about", "up to", "more than"). A window that
# _MEASURE_OF matches ends (less spaces and an = : or ( ) with one of them or its connector,
# one that _BY_METRIC matches with one of them or "by".
_HEDGE_ENDS = frozenset("about around approximately nearly over only just almost roughly to than least as".split())
_MEASURE_OF_ENDS = _HEDGE_ENDS | {"of", "to"}
_BY_METRIC_ENDS = _HEDGE_ENDS | {"by", "from"}
_MEASURE_RUNS = 8  # runs of non-space characters in a _MEASURE_OF match, at most: 4 words, connector, 3 hedge words


def _measure_before(window: str) -> re.Match | None:
    """``_MEASURE_OF.search(window)``, sooner. The search is tried at every position of
    the window, so it is skipped when the window's last word cannot end a match, and
    starts at the furthest run of non-space characters back that a match can start in.

    >>> _measure_before("reduces the training cost of about ").group(1)
    'training cost'
    >>> _measure_before("reaches a training cost ") is None
    True
    """
    runs = window.replace("~", " ").rsplit(None, _MEASURE_RUNS)  # runs split at [\s~]: str.split's and \s's spaces agree
    if not runs:
        return None
    last = runs[-1]
    after_symbol = last[max(last.rfind(symbol) for symbol in "=:(<>≤≥≈") + 1 :]
    if after_symbol and after_symbol not in _MEASURE_OF_ENDS:
        return None
    return _MEASURE_OF.search(window, len(runs[0]) if len(runs) > _MEASURE_RUNS else 0)


def _changed_measure(window: str, window_start: int, new_metrics: dict[str, list]) -> str | None:
    """The measure a verb of change before a value changes, named in ``window`` (which ends
    right before the value and starts at ``window_start`` in the text).

    "reduces toxicity by 20%": what a verb of change changes by a number is measured, whatever
    its head noun (not "improves the baseline by 2%"). "From" follows a measure only after
    such a verb ("raises the pass rate from 40%", not "varies the dropout rate from 10%"), and
    then the measure's head must say it is one. A measure after "and" shares the verb of the
    measure and value before it:

    >>> _changed_measure("decreases identity switch by 40% and fragmentation by ", 0, {})
    'fragmentation'
    """
    by = _by_metric_before(window)
    if not by:
        return None
    passive = by.re is _BY_METRIC_PASSIVE  # (its subject must be a measure by its head: not "... of prior work is reduced by")
    change = passive or bool(
        _CHANGE_VERB.match(window, by.start())
        or _CHANGE_VERB.match(window, by.start(1))
        or (window.startswith("and", by.start()) and _CHANGED_BY_BEFORE.search(window, 0, by.start()))
    )
    if by.group(2) != "by" and not change:
        return None
    return _measure(by.group(1), window_start + by.start(1), new_metrics, any_head=change and by.group(2) == "by" and not passive)


def _by_metric_before(window: str) -> re.Match | None:
    """``_BY_METRIC.search(window)`` (or, failing it, the passive's), skipped when the window's
    last word cannot end a match.

    >>> _by_metric_before("reduces the training cost by up to ").group(1)
    'training cost'
    >>> _by_metric_before("reduces the training cost ") is None
    True
    >>> _by_metric_before("the relative error is reduced by about ").group(1)
    'relative error'
    """
    runs = window.replace("~", " ").rsplit(None, 1)
    if not runs or runs[-1] not in _BY_METRIC_ENDS:
        return None
    # ("reduces the space consumption by 95% and time consumption by": the measure after the
    # last "and" is the value's, not the first one the search would find)
    last_and = window.rfind(" and ")
    found = _BY_METRIC.search(window, last_and + 1) if last_and >= 0 else None
    return found or _BY_METRIC.search(window) or (_BY_METRIC_PASSIVE.search(window) if " by" in window else None)


@Language.factory(
    "kg_results",
    assigns=["doc._.kg_results", "doc._.kg_facts"],
    requires=["doc._.kg_entities", "doc._.kg_facts"],
    default_config={"lexicon": {"@misc": "kg.lexicon.v1"}},
)
def make_result_finder(nlp: Language, name: str, lexicon: Lexicon) -> ResultFinder:
    return ResultFinder(lexicon)
