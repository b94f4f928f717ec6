"""Paper-level facts from the entities and the cue phrases around them.

* proposes: the name heading the title; the name after "we propose/introduce/...",
  after a naming word ("termed X", "a benchmark called X") or in parentheses ("(X)");
  short forms defined in that clause; "X is proposed"; variants of a proposed name
  ("FST-D" of "FST"); modules and blocks under new names in the paper's own sentences ("our
  model involves a Temporal Alignment Block"). Failing all these, a model short form the
  paper defines.
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
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import cues
from kg.extract.entities import TASK_LIST_GAP, title_head, title_phrase
from kg.extract.lexicon import name_key
from kg.extract.shapes import PART_HEADS, shape
from kg.extract.sentences import rule_text, sentence_bounds

__all__ = ["FactFinder"]

Doc.set_extension("kg_facts", default=None, force=True)

# A part the paper takes from elsewhere: "using the X Module", "CLIP's Y Block", "based on X
# Module", "two well-known attention modules, X Block and ...".
_PART_USED_BEFORE = re.compile(
    r"\b(?:us(?:e|es|ed|ing)|adopt\w*|employ\w*|borrow\w*|based[\s~]+on|built[\s~]+(?:up)?on|'s)[\s~]+(?:the[\s~]+|an?[\s~]+)?[^\s~]*[\s~]*$"
    r"|\b(?:well-known|popular|classic(?:al)?|existing|conventional|standard|original|off-the-shelf)\b[^.;:]*$",
    re.IGNORECASE,
)
_PARENTHESISED = re.compile(r"\((?:\s*(?:i\.e\.,?|namely))?\s*$")  # ("a corpus of 70B tokens (i.e., X)")
_TYPE_NOUN = re.compile(
    r"\b(?:dataset|benchmark|corpus|model|framework|method|approach|algorithm|architecture|network|module|"
    r"pipeline|paradigm|strategy|technique|system|objective|suite|metric|baseline|family|scorer|encoder|decoder|"
    r"tagger|parser|classifier|detector|generator|tokenizer|retriever|agent|policy|library|toolkit|tool)s?\b"
)
# (after "LLaMA-7B/13B": the other sizes of a sized name)
_LIST_GAP = re.compile(r"(?:/\d[\w.]*)*[\s~]*(?:,|and|or|&|,[\s~]*and|,[\s~]*or)?[\s~]*(?:the[\s~]+)?")
# Clause boundaries: punctuation, subordinators, and "and" before a new verb phrase.
_SUBORDINATORS = (
    r"when\b", r"while\b", r"where\b", r"whereas\b", r"which\b", r"and(?=[\s~]+(?:is|are|was|were|has|have|then|it|we|they)\b)"
)
_CLAUSE = re.compile(  # opening with the characters a boundary starts with, for a fast scan (cues.words)
    rf"[,;{cues.initials(_SUBORDINATORS, ignore_case=False)}]"
    # (not before examples or an apposition: "using datasets for driving, namely X and Y" is one clause)
    rf"(?:(?<=[,;])(?![\s~]+(?:namely|including|such[\s~]+as|i\.e\.|e\.g\.)[\s~,])|(?<=\b.){cues.by_initial(_SUBORDINATORS, ignore_case=False)})"
)
_EVALUATED_AGAINST = re.compile(
    r"\b(?:is|are|was|were)[\s~]+(?:\w+ly[\s~]+)?(?:evaluated|tested|benchmarked|assessed)[\s~]+(?:on|against|using|across)[\s~]+"
    r"(?:(?:the|several|multiple|various|\w+)[\s~]+)?(?:benchmarks?|datasets?|tasks?)?[\s~]*[,:]?[\s~]*(?:(?:including|such[\s~]+as|like|e\.g\.,?)[\s~]+)?"
    r"(?:the[\s~]+)?(?:[^.;]{0,40}?(?:,|\band)[\s~]+)?$"
)
# "the T02 team's system for the Singing Voice Conversion Challenge 2023 (SVCC2023)", "our
# submission to the X shared task": a competition the paper's system took part in is where it
# was evaluated.
_COMPETED_IN = re.compile(
    r"\b(?:system|submission|entry|solution|participation)s?[\s~]+(?:for|to|in|at)[\s~]+(?:the[\s~]+)?(?:[^.;()]{0,60}[\s~]\()?$"
)
_MEASURED_ON = re.compile(
    cues.words("on", "across", "over")
    + r"(?i:[\s~]+(?:the[\s~]+|several[\s~]+|various[\s~]+|both[\s~]+)?(?:[\w\-]+[\s~]+){0,2}$"
    # ("experiments on two public multimodal datasets, X and Y": the data nouns' apposition, or
    # examples in parentheses: "on multiple molecular benchmarks (e.g., X, Y)")
    + r"|[\s~]+(?:[\w\-]+[\s~]+){0,4}(?:datasets|benchmarks|corpora)(?:[,:][\s~]+(?:including[\s~]+|such[\s~]+as[\s~]+|namely,?[\s~]+)?"
    + r"|[\s~]*\((?:e\.g\.|i\.e\.|including|such[\s~]+as)?,?[\s~]*)$)"
)
# "trained and evaluated on X", "we train and test KiteNet on X": training data evaluated on too.
_TRAINED_AND_TESTED = re.compile(
    r"train(?:ed|s|ing)?[\s~]+and[\s~]+(?:evaluat|test|validat)\w*(?:[\s~]+[\w\-]+){0,3}?[\s~]+on[\s~]+(?:the[\s~]+)?$"
)
# "MMInstruct could significantly improve the performance of VLLMs": data that improves a
# model is trained on, not evaluated on.
_DATA_AS_AGENT = re.compile(
    r"[\s~]+(?:(?:could|can|may|will|consistently|significantly|substantially|further|also|greatly)[\s~]+){0,3}"
    r"(?:improv|boost|enhanc|help|benefit)\w*"
)
# A trained model right after data: "ImageNet-initialized models", "an ImageNet classifier", "SQuAD2.0 fine-tuned".
_TRAINED_MODEL_AFTER = re.compile(
    r"(?:-|[\s~]+)(?:initiali[sz]ed|pre-?trained|trained|fine-?tuned)\b|[\s~]+(?:classifiers?|checkpoints?|weights|features)\b"
)
# Words of a paper that runs models on its data: "we evaluate", "experiments", "baselines".
_MODELS_RUN = re.compile(
    r"\b(?:[Ww]e[\s~]+(?:evaluate|benchmark|test)|[Ee]xperiments|[Ee]valuations?|[Bb]aselines?|"
    r"state-of-the-art[\s~]+(?:models|methods)|challenging[\s~]+for)\b"
)
# Words that make a paper's own data training data: "an instruction-tuning dataset", "a pre-training corpus".
_FOR_TRAINING = re.compile(r"\b(?:training|tuning|instruction|pre-?training|fine-?tuning|corpus|corpora)\b", re.IGNORECASE)
# "we propose to use X (Y)", "an approach building on X (Y)": a model the paper works with, not its own
# (see _built_on_before for when "based on" and the like do not apply).
_BUILT_ON_BEFORE = re.compile(
    r"\b(?:to[\s~]+(?:use|employ|adopt|apply|leverage|utili[sz]e|exploit)|using|building[\s~]+(?:up)?on|based[\s~]+on|"
    r"built[\s~]+(?:up)?on|inspired[\s~]+by|leveraging|employing|adopting|utili[sz]ing|via|through)\b"
)
# Words before a defined short form that make it something the paper compares, evaluates or
# names as an example, not its own: "we evaluate multiple models, including ... (ToInLegalBERT)".
_STUDIED_BEFORE = re.compile(
    r"\b(?:compar\w*|versus|against|than|including|such[\s~]+as|e\.g\.|evaluat\w*|benchmark\w*|investigat\w*|explor\w*|examin\w*|stud(?:y|ies|ied))\b",
    re.IGNORECASE,
)
# "obtained by fine-tuning X", "trained from X", "uses a modified X algorithm": the model fine-tuned,
# trained from or modified is a base (so is a model "tuned on": "InvestLM, tuned on LLaMA-65B").
_TUNED_BEFORE = re.compile(
    r"\b(?:fine-?tun(?:e|es|ed|ing)|(?:trained|pre-?trained|distilled)[\s~]+from|(?:fine-?|instruction-?)?tuned[\s~]+(?:up)?on|"
    r"(?:a|an|the)[\s~]+(?:(?:novel|new|simple|lightweight|improved)[\s~]+)?(?:modified|adapted|customi[sz]ed|tailored|enhanced|redesigned|revised))[\s~]+(?:(?:the|a|an|pre-?trained)[\s~]+)*$"
)
# A clause that goes on with the previous one's subject: ", and optimize ...".
_COORDINATED = re.compile(r"[\s~]*(?:and|or|then)[\s~]+(?!we\b|they\b|it\b)[a-z]+", re.IGNORECASE)
_CONTRAST = re.compile(
    cues.words("unlike", r"in[\s~]+contrast[\s~]+to", r"instead[\s~]+of", r"rather[\s~]+than", "without", "whereas") + r"\b"
)
_DATA_TYPES = ("DATASET", "BENCHMARK")
# What sets a variant apart after its base's name: "-D", "-FM", "-α" ("FST-D", "CABS-FM"), a size.
_VARIANT_MARK = re.compile(
    r"-\w{1,2}|-(?:Tiny|Small|Base|Medium|Large|Huge|Short|Long|Lite|Mini|Plus|Pro)"  # ("PuYun-Short", "BEVDet-Tiny")
)
# The types of names a sentence's facts are about.
_READ = ("MODEL", "DATASET", "BENCHMARK")
_BASED_OR_EXAMPLE_BEFORE = re.compile(r"\b(?:based[\s~]+(?:on|upon)|built[\s~]+(?:up)?on|" + cues.EXAMPLE_WORDS + r")[\s~]+(?:the[\s~]+)?$")
# "incorporating the X": a cue of building right before a name.
_BASED_RIGHT_BEFORE = re.compile("(?:" + cues.BASED.pattern + r")[\s~]+(?:(?:the|a|an|pre-?trained)[\s~]+)?$")
_NAME_PART_BREAK = re.compile(r"[-_\s]")
# One capitalised word before another model's name in a proposed one: "Fast F5-TTS", "Multi-band
# MelGAN" (not "The AI Scientist": an article; nor "Adaptive Logarithm AdaLog": a long form).
_QUALIFYING_WORD = re.compile(r"(?!The\b)[A-Z][a-z]+(?:-[A-Za-z][a-z]+)? ")
# "The model integrates an AFPN ...", "It introduces a pre-trained backbone CLIP": in a paper that
# proposes a model, a sentence opening on "the model" or "it" speaks of that model.
_OWN_OPENING = re.compile(
    r"(?:(?:The|This)[\s~]+(?:proposed[\s~]+|new[\s~]+|resulting[\s~]+)?(?:model|framework|method|system|network|architecture|approach|pipeline)"
    r"|It(?=[\s~]+[a-z]+s\b))[\s~]"
)
# "Specifically, it achieves ...": a sentence whose subject is the paper's model, by pronoun.
_IT_SCORES = re.compile(
    r"(?:[A-Z][^,.;]{0,50},[\s~]+)?[Ii]t[\s~]+(?:also[\s~]+|further[\s~]+|consistently[\s~]+|significantly[\s~]+)?"
    r"(?:achieves|outperforms|surpasses|improves|reaches|obtains|attains|beats|exceeds|sets|yields|delivers|matches|rivals|"
    r"is[\s~]+(?:comparable|competitive|on[\s~]+par))\b"  # ("It is comparable with FCOS3D, but ...")
    # ("Its performance in narrative consistency is on par with GPT-4o")
    r"|(?:[A-Z][^,.;]{0,50},[\s~]+)?[Ii]ts[\s~]+(?:[\w\-]+[\s~]+){0,2}?(?:performance|results?|accuracy|scores?)\b"
)
# "it improves ...": the pronoun as a clause's subject, before a verb.
_IT_BEFORE = re.compile(r"(?<![\w\-])[Ii]t[\s~]+(?:[a-z]+ly[\s~]+|also[\s~]+|further[\s~]+)?[a-z]+s[\s~]+")
# "We leverage X and Y to build Z": a verb of use right before data the paper uses ("We
# translate FineWeb-Edu ... into nine languages": what the paper reworks it uses), a modifier or
# two between ("we extend the weakly labelled X dataset").
_USE_VERB_BEFORE = re.compile(
    r"\b(?:(?:leverag|utili[sz]|employ|adopt|us|translat|refin)(?:e|es|ed|ing)|(?:filter|augment|extend)(?:s|ed|ing)?)[\s~]+"
    r"(?:the[\s~]+)?(?:(?!(?:on|in|of|for|to|with|and|or)\b)[a-z][\w\-]*[\s~]+){0,2}$"
)
# What a text calls a new measure (see FactFinder._new_metric).
_METRIC_NOUN = re.compile(r"\b(?:[Mm]etric|[Mm]easure)s?\b")  # ("KiteScore: A Unified Metric for ...")
# "a dataset derived from FSD50K": data drawn from another dataset uses it.
_SOURCE_BEFORE = re.compile(
    r"\b(?:(?:derived|built|constructed|sourced|collected|extracted|curated|sampled|drawn|mined)[\s~]+from"
    r"|(?:version|variant|subset|extension)[\s~]+of"  # ("a refined version of ModelNet40")
    r"|(?:datasets?|benchmarks?|corpus|corpora)[\s~]+(?:based|built)[\s~]+(?:up)?on)[\s~]+(?:the[\s~]+)?$"  # ("datasets based on Wikidata")
)
# ("code from large code training corpus, Stack-V2,": the corpus named after a comma)
_FROM_BEFORE = re.compile(
    r"\bfrom[\s~]+(?:the[\s~]+)?(?:(?:a|an|our)?[\s~]*(?:[\w\-]+[\s~]+){0,4}?(?:corpus|corpora|dataset|datasets|collection),[\s~]+)?$"
)
_AMOUNT_OF = re.compile(
    r"\b(?:using|on|from)[\s~]+(?:(?:more|less)[\s~]+than[\s~]+|over[\s~]+|about[\s~]+|nearly[\s~]+)?"
    r"(?:\d[\d.,]*[KMBT]?|one|two|three|four|five|ten|hundreds|thousands|millions|billions)[\s~]+(?:[a-z]+[\s~]+)?"
    r"(?:tokens|terabytes|gigabytes|TB|GB|hours|images|documents|words|sentences|samples|examples|pairs|videos)[\s~]+of[\s~]+"
    r"(?:[\w\-]+[\s~]+){0,2}$"
)
# "X, a fine-tuned Y", "X, a version of Y" (see FactFinder._apposed_bases).
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)[\s~]+$", re.IGNORECASE)
_VERSION_OF = re.compile(
    r"\)?,[\s~]+(?:a|an)[\s~]+(?:(?:pruned|distilled|fine-?tuned|instruction-tuned|smaller|compressed|quantized)[\s~]+)?"
    r"(?:(?:version|variant)[\s~]+of[\s~]+(?:the[\s~]+)?)?"
    # "LSHBloom, an extension to MinhashLSH", "MrT5 (MergeT5), a more efficient variant of ByT5"
    r"|\)?,[\s~]+(?:a|an)[\s~]+(?:[\w\-]+[\s~]+){0,3}?(?:version|variant|extension|adaptation)[\s~]+(?:of|to)[\s~]+(?:the[\s~]+)?"
)
# Where the noun phrase of a title's description ends: its first preposition or conjunction.
_TITLE_PHRASE_END = re.compile(r"[\s~]*(?:\b(?:for|with|via|in|on|to|by|from|using|through|and|at|towards?|under|without)\b|[,;:?!.(]|$)")
# The words and hyphen parts of a long form ("Mixture-of-LoRAs"; see FactFinder._long_form_bases).
_LONG_FORM_PART = re.compile(r"[^\s\-]+")
# "Building on TTS-Llama, we further propose ...": a cue of building right before a name.
_BUILDING_ON = re.compile(r"\b(?:[Bb]uil(?:t|ding)[\s~]+(?:up)?on|[Bb]ased[\s~]+on|[Ee]xtending)[\s~]+(?:(?:the|our)[\s~]+)?$")
# "U-ViT, a pure self-attention based DiT model": a model said to be one of another's kind.
_KIND_OF = re.compile(
    r"\)?,[\s~]+(?:a|an)[\s~]+(?:(?!(?:of|for|with|to|on|in|by|from|as|like|and|or|than|that|which|such)\b)[\w\-]+[\s~]+){1,3}"
)
_MODEL_NOUN_AFTER = re.compile(r"[\s~]+(?:model|variant|architecture)\b")
# ... or "SegFormer3D, a hierarchical Transformer that ...": the kind's name ends the apposition.
_KIND_ENDS = re.compile(r"[\s~]+(?:that|which|with|for)\b|[\s~]*[,.;]")
# "surpasses X on LLaMA2-7B": what a comparison runs on, or is judged by ("outperforms X as
# evaluated by GPT-4"), is no rival (see FactFinder._sentence_facts).
_SETTING_ON = re.compile(r"\b(?:on|across|training|(?:evaluated|judged|rated|assessed|scored|graded)[\s~]+by)[\s~]+(?:the[\s~]+)?(?:(?!(?:par|with|than|to|over|of|top)\b)[a-z\-]+[\s~]+){0,3}$")  # ("on fine-tuning LLaMA", "on the more challenging X", "when training ResNet18"; not "on par with X")
# "EVA is a vanilla ViT pre-trained to ...": what a model is said to be, or to come from, it is built as.
_IS_A = re.compile(
    r"[\s~]+(?:is|was)[\s~]+(?:a|an)[\s~]+(?:[\w\-]+[\s~]+){0,2}?"
    r"|[\s~]+(?:is|was|are|were)[\s~]+(?:derived|adapted|extended)[\s~]+from[\s~]+(?:the[\s~]+)?"  # ("TD3 is derived from DPG")
)
# "CompCoder (based on PolyCoder)": the name before the parenthesis builds on the one in it.
_BASED_IN_PARENS = re.compile(
    r"[\s~]*\([\s~]*(?:based[\s~]+on|built[\s~]+(?:up)?on|initiali[sz]ed[\s~]+(?:from|with)|fine-?tuned[\s~]+from)[\s~]+(?:the[\s~]+)?"
)
# "uses Mistral 7B as the base model", "with ViT as its backbone", "(PVT) as the encoder": what
# the paper builds on, or is made of.
_AS_BASE = re.compile(
    r"\)?[\s~]+as[\s~]+(?:the|our|its|a|an)[\s~]+(?:(?:shared|frozen|pre-?trained|visual|vision|image|text|audio|speech)[\s~]+)?"
    r"(?:base|backbone|foundation|initiali[sz]ation|starting[\s~]+point|encoder|decoder|feature[\s~]+extractor)\b"
)
# "a SigLIP encoder", "the Qwen2-7B language model": a model the paper's model is made of.
_PART_AFTER = re.compile(
    r"[\s~]+(?:(?:vision|visual|image|text|speech|audio)[\s~]+)?(?:backbone|encoder|decoder|language[\s~]+model|LLM|tokeni[sz]er|base[\s~]+model)\b(?!-)"
)  # (not "Flan-T5 encoder-decoder models": a kind of model, not a part)
# What says what a name is: "X, a new dataset", "X (its long form), which is a model".
_APPOSITION = re.compile(r"\)?(?:[\s~]*\([^()]{1,120}\))?[\s~]*,[\s~]+(?:which[\s~]+is[\s~]+)?(?:a|an)[\s~]")
# ... or the object of a proposing verb before it: "we build a reading comprehension dataset, X",
# "a novel method for keyphrase generation, X" (what it is for, without a name, may follow the noun).
_APPOSED_TO = re.compile(_TYPE_NOUN.pattern + r"(?:[\s~]+(?:for|of)[\s~]+[^,;:()]{1,60}?)?,[\s~]+$")
# ("a family of compact networks called X": the family, not its members, is named)
_MEMBERS_OF = re.compile(r"\b(?:famil(?:y|ies)|series|suite|collection|set|class|configurations?|variants?)[\s~]+of\b")
# A data set's noun in "Our first benchmark, X" (the paper's own data, even if well known).
_DATA_NOUN = re.compile(r"\b(?:dataset|benchmark|corpus|suite)s?\b", re.IGNORECASE)
_NEW_OWN = re.compile(r"proposed|novel|new")
# Up to four words between "new" and its noun, none that makes "new" say something else ("the new
# state-of-the-art on benchmarks (X)", "new results on X").
_NEW_QUALIFIERS = r"(?:(?!(?:state|SOTA|records?|results?|on|in|of|for|with|across|to|at|from|and)\b)[\w\-]+[\s~]+){0,4}?"
# "a new animal faces dataset (X)", "a new benchmark, X,", "two new benchmarks: X and Y", "two new
# benchmark datasets, i.e., X and Y" (not "the new state-of-the-art on benchmarks (X)"; see
# FactFinder._new_data); or after the name: "X, a large new multilingual dataset".
_NEW_DATA_BEFORE = re.compile(
    r"(?<!recently[\s~])(?<!newly[\s~])\b(?:new|novel)[\s~]+" + _NEW_QUALIFIERS
    + r"(?:datasets?|benchmarks?|corpus|corpora)"
    r"[\s~]*[(,:]?[\s~]*(?:(?:i\.e\.,?|namely|called|named|dubbed)[\s~]+)?[“\"]?$"
)
# ... and so is a method: "a novel Offline Group Relative Policy Optimization (O-GRPO)", "two novel
# paradigms to utilize LLMs, i.e., X and Y", "a new search algorithm, X" (not "newly", "recently",
# nor the words describing a name just given: "TESSERA, a novel Remote Sensing Foundation Model (RSFM)").
_NEW_METHOD_BEFORE = re.compile(
    r"(?<!recently[\s~])(?<!newly[\s~])(?<![\w)],[\s~])\b(?:a|an|two|three|several|our)[\s~]+(?:[\w\-]+[\s~]+)?(?:new|novel)[\s~]+"
    r"(?:" + _NEW_QUALIFIERS + r"(?:method|approach|framework|algorithm|architecture|model|network|paradigm|technique|strategy|objective|module|mechanism|loss)s?"
    r"(?:[\s~]+(?:to|for)[\s~]+(?:[\w\-]+[\s~]+){0,3}?[\w\-]+[\s~]*[,:]|[\s~]*[(,:]?)"  # (after "a novel framework for X" only by apposition)
    r"[\s~]*(?:(?:i\.e\.,?|namely|called|named|dubbed|termed)[\s~]+)?)?[“\"]?$"
)
# "X, a large new multilingual dataset", "X, a novel lightweight framework for ...": a name said to be new right after it.
_NEW_APPOSED = r"[”\"]?\)?,[\s~]+(?:a|an)[\s~]+(?:[\w\-]+[\s~]+){0,2}?(?:new|novel)[\s~]+(?:[\w\-]+[\s~]+){0,3}?"
_NEW_METHOD_AFTER = re.compile(  # (not "a novel architecture introduced in ...")
    _NEW_APPOSED
    + r"(?:method|approach|framework|algorithm|architecture|model|network|paradigm|technique|strategy|system|pipeline)\b(?![^,.;]{0,30}\b(?:recent|recently|proposed|introduced|developed|presented|released)\b)"
)
_NEW_DATA_AFTER = re.compile(_NEW_APPOSED + r"(?:dataset|benchmark|corpus)\b")
_EVALUATED_PASSIVE = re.compile(r"\b(?:are|were)[\s~]+(?:\w+ly[\s~]+)?(?:evaluated|compared|benchmarked|tested|assessed)\b")
_RELEASED = re.compile(
    r"\b(?:is|are|will[\s~]+be|has[\s~]+been|have[\s~]+been)[\s~]+(?:now[\s~]+)?(?:made[\s~]+)?"
    r"(?:publicly[\s~]+|freely[\s~]+|openly[\s~]+)?(?:released|available)\b(?![\s~]+under\b)"  # (not a licence's terms)
)
# Between a name and "is available": another clause's subject ("X, which is available", "we use X and Y is available")
_NOT_RELEASER = re.compile(r"\b(?i:which|that|whose|where|while|we|our|from|on|using|with)\b|[.;:]")
_OWN = re.compile(cues.words(*cues.OWN_WORDS) + r"[\s~]+(?:(?:models?|methods?|networks?|approach)[\s~]*\([\s~]*)?$")  # ("our models (BigGANs)")
# "experiments using X", "evaluated ... using X": data an evaluation uses.
_EVALUATION_USING = re.compile(r"\b(?:experiments?|evaluat(?:e|es|ed|ions?)|tests?|tested)[\s~]+(?:[\w\-]+[\s~]+){0,6}?using[\s~]+(?:the[\s~]+)?$")
# "Using the MIMIC-IV dataset, we ... compare three recurrent architectures", "experiments on five
# models ... using the ImageNet dataset" (see FactFinder._evaluated_using).
_USING_RIGHT_BEFORE = re.compile(r"\b(?:using|utili[sz]ing|leveraging)[\s~]+(?:the[\s~]+)?$", re.IGNORECASE)
_COMPARING_WORD = re.compile(r"\b(?:compar\w*|benchmarked)\b", re.IGNORECASE)
# Up to four words, each after a space, then "benchmark(s)": "... and LongBench benchmarks",
# "X as a testbed".
_BENCHMARKS_AFTER = re.compile(r"(?:,?[\s~]+[\w\-]+){0,4}?[\s~]+(?:benchmarks?|testbeds?)\b")
# "our model FooNet", "our new benchmark, ZorbBench,", "our approach, named CoPE,": what the
# paper calls its own thing.
_OWN_NOUNS = (
    r"(?:model|method|framework|approach|system|architecture|algorithm|network|pipeline|benchmark|dataset|corpus|suite|"
    r"agent|technique|toolkit|tool|library|bot|chatbot|assistant|solver|planner|policy|classifier|detector|optimizer)s?"
)
# "a novel graphical model, called FSPN", "an online tool called DeepBeat": the name a text gives
# right there is the paper's coinage, unless the words before it make it someone else's ("a recent
# MLLM called LLaVA-NeXT", "a state-of-the-art SAT solver called Kissat", "also called UNet", "a
# framework based on a family of networks called X").
_GIVING_A_NAME = r"(?:(?:" + cues.NAME_GIVERS + r")[\s~]+(?:as[\s~]+)?|referred[\s~]+to[\s~]+as[\s~]+)[\"“']?$"  # ("called", "named as", "dubbed “", "referred to as")
_GIVEN_NAME = re.compile(r"(?<![\w\-])" + _GIVING_A_NAME)
# ... and not a task, setting or effect the text names ("a new task called ST-HOID", "a failure mode, termed X")
_NAMED_NON_THING = re.compile(
    r"\b(?:tasks?|settings?|problems?|phenomen(?:on|a)|observations?|modes?|issues?|process(?:es)?|scenarios?|paradigms?|"
    r"behaviou?rs?|effects?),?[\s~]+" + _GIVING_A_NAME
)
_SOMEONE_ELSES = re.compile(
    r"\b(?:recent(?:ly)?|existing|popular|widely|well-known|state-of-the-art|emerging|previous|prior|original|standard|"
    r"commonly|conventional|also|so|known|baseline|classic|famous|their|its|his|her|based[\s~]+on|built[\s~]+(?:up)?on|top[\s~]+of)\b",
    re.IGNORECASE,
)
# "a novel Transformer architecture termed AirFormer", "a GPT-4-based pipeline named X": the named model is of that kind
_KIND_NAMED = re.compile(
    r"(?:-based)?(?:[\s~]+[a-z][\w\-]*){0,2}?[\s~]+(?:model|network|architecture|backbone|variant|framework|pipeline)s?"
    r"(?:[\s~]+[a-z][\w\-]*){0,4}?,?[\s~]+(?:"
    + cues.NAME_GIVERS + r")[\s~]+(?:as[\s~]+)?"
)
# (see _built_on_before: a name past these is not the cue's object, "... based on the distance; i.e., NMC";
# the new thing a naming word or "new" introduces is the paper's own)
_APART = re.compile(r"[;:]|\bi\.e\.")
_NEW_OR_NAMED = re.compile(r"\b(?:new|novel|" + cues.NAME_GIVERS + r")\b")
# ("our detector, named ViTDet": any noun of the paper's own with a naming word after it, group 1)
_OWN_NAMED = re.compile(
    cues.words("our", "the proposed", "this", "the resultant", "the resulting") + r"[\s~]+(?:[\w\-]+[\s~]+){0,2}?"
    + r"(?:" + _OWN_NOUNS + r"(?:[\s~]+(?:for|of)[\s~]+[^,;:()]{1,60}?(?=,))?|[\w\-]+(?=,?[\s~]+(?:" + cues.NAME_GIVERS + r")\b)),?[\s~]+"
    r"(?:(" + cues.NAME_GIVERS + r")[\s~]+|namely[\s~]+)?$"
)
# "our curated large-scale text pair dataset (called CCPairs)": a longer description, with the naming word.
_OWN_CALLED = re.compile(
    cues.words("our", "the proposed") + r"[\s~]+(?:[\w\-]+[\s~]+){0,5}?(?:" + _OWN_NOUNS + r"),?[\s~]+\(?(" + cues.NAME_GIVERS + r")[\s~]+$"
)
# "a new attention mechanism we call Transient Global (TGlobal)": what a paper names as new is its own.
_NEW_WE_CALL = re.compile(
    r"\b(?:a|an)[\s~]+(?:new|novel)[\s~]+(?:[\w\-]+[\s~]+){0,3}?(?:" + _OWN_NOUNS + r"|mechanism|loss|objective)[\s~]+"
    r"(?:that[\s~]+|which[\s~]+)?(we[\s~]+(?:call|term|dub|name))[\s~]+$"
)
# "a 1.7-trillion-token dataset, which we call TransWebEdu", "a method we term AIEV-Instruct": what the
# paper names, unless well known.
_WE_CALL = re.compile(r"\bwe[\s~]+(?:call|term|dub|name|coin)[\s~]+(?:it[\s~]+|this[\s~]+|them[\s~]+|the[\s~]+)?$")
# "we pretrain a 1.3B-parameter model, TransWebLLM, from scratch": the model the paper trains
# (not "a state-of-the-art model, X": one that exists).
_TRAINED_NAMED = re.compile(
    r"\b(?:pre-?)?train(?:ed)?[\s~]+(?:a|an)[\s~]+(?!(?:state-of-the-art|existing|popular|well-known|widely)\b)(?:[\w\-.]+[\s~]+){0,3}?(?:model|LLM|language[\s~]+model|network),[\s~]+$"
)
_TRAINED_RIGHT_BEFORE = re.compile(r"\b(?:pre-?)?train(?:ed)?[\s~]+$")
# "MATT introduces an Attention Influence Modeling (AIM) objective": one named part of the
# paper's own method, by the article before its long form (cues.ONE_OF_A_KIND) and the noun
# after its short form.
_PART_NOUNS = r"(?:" + _OWN_NOUNS + r"|objective|module|mechanism|loss|strategy)"
_PART_NOUN_AFTER = re.compile(r"\)?[\s~]+" + _PART_NOUNS + r"\b")
_PART_NOUN_ENDS = re.compile(r"\b" + _PART_NOUNS + r"[\s~]*\($")  # ("a Shape-to-Scene strategy (S2SS)": ending the long form)
# "three main components: ... (2) A benchmark dataset called Mind2Web-Live": a part named as it is listed.
_NAMED_RIGHT_BEFORE = re.compile(r"\b(?:" + cues.NAMING_WORDS + r")[\s~]+$")
# Knowledge bases and encyclopaedias: resources a paper draws on (see _sources_used); on
# development, 11 of the 16 the evaluation rules placed are gold uses, 4 gold evaluation data.
_KNOWLEDGE_SOURCES = frozenset(name_key(n) for n in ("Wikipedia", "Wikidata", "Freebase", "DBpedia", "ConceptNet", "YAGO", "WordNet", "UMLS"))
# Words naming a part of a model (see FactFinder._defined_parts).
_PART_WORD = re.compile(r"\b(?:module|block|component|mechanism|strategy|loss|layer|unit|network|branch|head|encoder|decoder)s?\b", re.IGNORECASE)
# A part's noun after its name: "The Cross Feature Consistency (CFC) module" (not "benchmark",
# which a background sentence may open with).
_MODULE_AFTER = re.compile(r"\)?[\s~]+(?:module|block|layer|component|branch|unit|head|mechanism)s?\b")
# The mark of an enumerated item before a defined part: "(1) a Kinematic-Dynamic-based ... (KDQS)".
_ENUMERATOR = re.compile(cues.ENUMERATOR)
# The verb after a model that lists its parts: "KAnoCLIP includes ...".
_INCLUDES = re.compile(r"[\s~]+(?:includes|contains)\b")
_OUR_RIGHT_BEFORE = re.compile(r"\b[Oo]ur[\s~]+$")
_OWN_NOUN_AFTER = re.compile(r"\)?[\s~]+(?i:" + _OWN_NOUNS + r")\b")
# "Our first contribution is DataConcept, a collection of ...": what the paper contributes.
# (group 1, as in _OWN_NAMED: the name is the paper's even if well known)
_CONTRIBUTION_IS = re.compile(
    r"\b[Oo]ur[\s~]+(?:[\w\-]+[\s~]+)?((?:contributions?|solution|answer|proposal)[\s~]+(?:is|are|includes?))[\s~]+(?:the[\s~]+)?$"
)
_OWN_REFERRED = re.compile(r"\b(refer(?:s|red)?[\s~]+to[\s~]+(?:our|the[\s~]+proposed)[\s~]+(?:[\w\-]+[\s~]+){1,3}?as)[\s~]+$")
_NAMED_OPENING = re.compile(r"[\s~]*(?:" + cues.NAME_GIVERS.title() + r")[\s~]+")  # ("Dubbed X, our method")
_THE_NOUN_NAMED_OPENING = re.compile(
    r"[\s~]*The[\s~]+(?:[a-z][\w\-]*[\s~]+){0,2}?" + _OWN_NOUNS + r",?[\s~]+(?:" + cues.NAME_GIVERS + r")[\s~]+"
)
_OWN_AFTER_NAME = re.compile(r"[\s~]*,[\s~]+(?:our|the[\s~]+proposed)\b")
_OWN_HINTS = ("our", "proposed", "this", "resultant", "resulting")  # one is in every match of _OWN_NAMED, _OWN_CALLED, _OWN_REFERRED, _CONTRIBUTION_IS
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|for|on|in|under|with|from|by|via|using|within|through|into|upon)[\s~]+(?:(?:the|a|an|this|these|its|their)[\s~]+)?$"
)
# "a smaller language model, called X" (see FactFinder._proposes).
# (or only the comma: "... a framework that performs X with Y, utilizing video data, termed as STP")
# (", which is called PuncAttack" too)
_COMMA_NAMED = re.compile(
    r"(?:" + _TYPE_NOUN.pattern + r")?,[\s~]+(?:which[\s~]+(?:is|are|we)[\s~]+)?(?:" + cues.NAME_GIVERS + r")(?:[\s~]+as)?[\s~]+$"
)
# A proposing verb's object that is results: "We present results on", "we introduce extensive experiments".
_RESULTS_OBJECT = re.compile(
    r"[\s~]+(?:(?:the|our|extensive|experimental|empirical|comprehensive|preliminary|new|strong)[\s~]+)*"
    r"(?:results?|experiments?|evaluations?|findings|ablations?)\b(?![\s~]+of\b)"  # (not "the results of the X shared task")
)
# "... (MoE) into the decoder": a method applied to something, not introduced.
_APPLIED_TO = re.compile(r"\)?[\s~]+(?:into|to|in)\b")
# A score before a comparison cue: "2.51 absolute improvement against X", "a 5% gain over X".
_GAIN_NUMBER = re.compile(r"\d(?<![\w.]\d)\d*(?:\.\d+)?[\s~]*%?[\s~]+(?:[a-z]+[\s~]+)?(?:improvements?|gains?|boosts?|increases?)\b")
# A sentence opening on what the experiments show: "Results demonstrate significant improvements over
# X" reports the paper's own results (5 development comparisons, all gold).
_RESULTS_OPENING = re.compile(
    r"[\s~]*(?:(?:Extensive|Comprehensive|Experimental|Empirical|Quantitative|Qualitative|Numerical|Further)[\s~]+)?"
    r"(?i:experiments|experimental[\s~]+results|results|evaluations?|analyses|comparisons)\b[^,;]{0,80}?\b"
    r"(?:show|demonstrate|indicate|reveal|confirm|verify|suggest|prove|illustrate|highlight)\b"
)
# A proposal of several parts, then a colon: "we present three key innovations:", "We propose two modules:".
# (or any plural noun after a count: "we propose two novel pre-training objectives:")
_PARTS_COLON = re.compile(
    r"[\s~]+(?:(?:two|three|four|five|several|\d)[\s~]+)?(?:[\w\-]+[\s~]+){0,2}?"
    r"(?:modules|components|blocks|innovations|parts|mechanisms)[\s~]*:"
    r"|[\s~]+(?:two|three|four|five)[\s~]+(?:[\w\-]+[\s~]+){0,3}?[a-z\-]+s[\s~]*:"
)
# Where an item of such a list starts: "(i) X", "1) X", ": the X", "; and the X", ", and the X", "and X".
_ITEM_START = re.compile(r"(?:\(\w{1,4}\)|\b\d\)|[:;]|,?[\s~]+and)[\s~]*(?:the[\s~]+)?$")
# "We introduce a dataset, X, and a baseline model, Y": more things the same verb introduces.
_ALSO_INTRODUCED = re.compile(r",?[\s~]+and[\s~]+(?:a|an)[\s~]+(?:[\w\-]+[\s~]+){0,3}?" + _OWN_NOUNS + r",?[\s~]+$")


class _Doc:
    """The entities of one doc, indexed by sentence, with the sentence bounds."""

    def __init__(self, doc: Doc):
        self.extensions = extensions = doc._  # spaCy builds a new one on each ``doc._``
        self.text = rule_text(doc)
        self.title_end = extensions.kg_title_end or 0
        self.title_head = title_head(self.text, self.title_end)  # (read by the proposals, families and title bases)
        self.entities = extensions.kg_entities or []
        # kg_sentences as they are: sentence_bounds() would copy them.
        bounds = extensions.kg_sentences
        if bounds is None:
            bounds = sentence_bounds(doc) if len(doc) else []
        self.sentences = bounds
        self.starts = [start for start, _ in self.sentences]
        # The mentions of each sentence that has any, in sentence order.
        self.by_sentence: dict[int, list[tuple[int, int, int]]] = {}
        if self.sentences:
            for mention in sorted((s, e, index) for index, entity in enumerate(self.entities) for s, e in entity[3]):
                self.by_sentence.setdefault(self.sentence_of(mention[0]), []).append(mention)
        # Short forms defined in the text, with where their first definition starts.
        self.defined: dict[str, int] = {}
        for short, _, s_start, _, l_start, _ in extensions.kg_aliases or []:
            self.defined.setdefault(name_key(short), min(s_start, l_start))
        self._survey: bool | None = None
        self.parts: set[int] = set()  # proposed modules and blocks of the paper's model (FactFinder._own_parts)

    def is_survey(self) -> bool:
        """Whether the title or the first sentence calls the paper a survey (or a review, ...)."""
        if self._survey is None:
            opening = self.text[: self.sentences[1][1]] if len(self.sentences) > 1 else self.text
            self._survey = cues.may_match(opening, cues.SURVEY_HINTS) and bool(cues.SURVEY.search(opening))
        return self._survey

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def name(self, index: int) -> str:
        return self.entities[index][0]

    def type(self, index: int) -> str:
        return self.entities[index][1]


# A comparison in a participle clause after a comma ("..., slightly outperforming X").
_PARTICIPLE = re.compile(r"(?:outperforming|surpassing|beating|exceeding)\b", re.IGNORECASE)
_CLAUSE_BEFORE = re.compile(r",[\s~]+(?:\w+ly[\s~]+)?$")
# ("..., reaching performance comparable to GPT-4o": a comparison inside a participle clause)
_PARTICIPLE_CLAUSE = re.compile(r",[\s~]+(?:\w+ly[\s~]+)?(?:reaching|achieving|attaining|delivering|yielding|showing|performing)[\s~]+(?:[\w\-]+[\s~]+){0,3}$")
# What may stand before a clause's subject, and a verb right after it ("while Griffin matches ...").
_CLAUSE_OPENING = re.compile(r"[\s~]*(?:(?i:while|whereas|and|but|the|\w+ly,?)[\s~]+)*")
_VERB_AFTER_SUBJECT = re.compile(r"[\s~]+(?:(?:also|still|even|further|\w+ly)[\s~]+)?[a-z]+(?:s|ed)\b(?<!ss)")


def _list_head(d: _Doc, mentions: list, m_start: int) -> int:
    """Where the list a mention ends starts ("ViT, Swin Transformer and ResNet")."""
    head = m_start
    for other_start, other_end, _ in reversed(mentions):
        if other_end > m_start:
            continue  # not before the mention
        # ("On ImageNet classification, COCO object detection, and ADE20k ...": a task phrase after each)
        if _LIST_GAP.fullmatch(d.text, other_end, head) or TASK_LIST_GAP.match(d.text[other_end:head]):
            head = other_start
        else:
            break
    return head


def _named_at(d: _Doc, mentions: list, start: int, m_start: int, m_end: int) -> int:
    """Where the words before a mention that may call it new end: the start of the list it ends, or
    of the long form the sentence spells it out with ("a new ... dataset, Zorbic Kite Corpus (ZKC)")."""
    head = _list_head(d, mentions, m_start)
    at = d.defined.get(name_key(d.text[m_start:m_end]), head)
    return at if start <= at < head else head


class _Sentence:
    """One sentence with mentions: its text, and the cues read from it, each looked for once
    and only when a mention needs it (offsets are the doc's, except in ``text``)."""

    def __init__(self, d: _Doc, number: int, mentions: list[tuple[int, int, int]]):
        self.d = d
        self.number = number
        self.start, self.end = d.sentences[number]
        self.text = d.text[self.start : self.end]
        self.mentions = mentions
        self._uses: list[tuple[int, bool]] | None = None  # where each use cue ends; whether it names examples
        self._compares: list[int] | None = None
        self._compare_subjects: dict[int, list[int]] = {}
        self._baseds: list[int] | None = None
        self._background: bool | None = None
        self._evaluation: bool | None = None
        self._evaluated_at: int | None = None
        self._clause_marks: list[int] | None = None

    def use_cue_before(self, text: str, head: int, examples: bool = True) -> bool:
        """Whether a use cue stands right before the doc offset ``head`` of ``text`` (the doc's),
        only a few modifiers between; an example cue ("such as") counts unless ``examples`` is
        False."""
        if self._uses is None:
            self._uses = [
                (self.start + m.end(), bool(cues.EXAMPLE_CUE.search(m.group()))) for m in cues.USE_CUE.finditer(self.text)
            ]
        for end, example in self._uses:
            if (examples or not example) and end <= head and cues.USE_GAP.fullmatch(text, end, head):
                return True
        return False

    def compares(self) -> list[int]:
        """Where each comparison cue ends (looked for only when a hint word is there)."""
        if self._compares is None:
            found = cues.mentions_any(self.text.lower(), cues.COMPARE_HINTS)
            matches = list(cues.COMPARE.finditer(self.text)) if found else []
            self._compares = [self.start + m.end() for m in matches]
            # "GPT-4o outperforms Gemini": a verb of comparison right after a model makes it
            # the comparison's subject, whoever the paper's own model is; so are the models
            # listed with it ("X and Y consistently outperform Z").
            self._compare_subjects = {}
            for m in matches:
                end = self.start + m.end()
                before = [s for s, e, i in self.mentions if e <= self.start + m.start() and self.d.type(i) == "MODEL"
                          and (verb := cues.COMPARED_BY.match(self.d.text, e)) and verb.end() == end]
                if before:
                    head = _list_head(self.d, self.mentions, before[-1])
                    self._compare_subjects[end] = [
                        i for s, _, i in self.mentions if head <= s <= before[-1] and self.d.type(i) == "MODEL"
                    ]
                elif (_PARTICIPLE.match(m.group()) and _CLAUSE_BEFORE.search(self.text, max(0, m.start() - 40), m.start())) or (
                    _PARTICIPLE_CLAUSE.search(self.text, max(0, m.start() - 40), m.start())
                ):
                    # "Claude 3.5 Sonnet is the best model with 71.8, slightly outperforming GPT-4o": the
                    # participle's subject is the clause's, the sentence's first model
                    first = next(((e, i) for s, e, i in self.mentions if s < self.start + m.start() and self.d.type(i) == "MODEL"), None)
                    # (not past the paper's own subject: "when FCOS is the teacher, our method improves
                    # ..., outperforming MGD"; nor after "it": "it improves Qwen2.5 ..., surpassing o1")
                    if (
                        first is not None and not cues.FIRST_PERSON.search(self.d.text, first[0], self.start + m.start())
                        and not _IT_BEFORE.search(self.d.text, self.start, first[0])
                    ):
                        self._compare_subjects[end] = [first[1]]
                elif (opener := self._clause_opener(self.start + m.start())) is not None:
                    self._compare_subjects[end] = [opener]
        return self._compares

    def _clause_opener(self, cue_start: int) -> int | None:
        """The model that opens the clause of a comparison cue and is followed by its verb,
        with no other model before the cue: "while Griffin matches the performance of Llama-2",
        "GPT-4 demonstrates superior F1 scores compared to GPT-3.5"."""
        clause_start = self.start + self.clause_bounds(cue_start)[0]
        models = [(s, e, i) for s, e, i in self.mentions if clause_start <= s < cue_start and self.d.type(i) == "MODEL"]
        if len(models) != 1:
            return None
        start, end, index = models[0]
        if _CLAUSE_OPENING.fullmatch(self.d.text, clause_start, start) and _VERB_AFTER_SUBJECT.match(self.d.text, end):
            return index
        return None

    def compare_subjects(self, cue_end: int) -> list[int]:
        """The models right before the comparison verb that ends at ``cue_end``, or the one opening
        its clause, if any."""
        self.compares()
        return self._compare_subjects.get(cue_end, [])

    def baseds(self) -> list[int]:
        """Where each "based on" cue ends (looked for only when a hint word is there)."""
        if self._baseds is None:
            found = cues.mentions_any(self.text.lower(), cues.BASED_HINTS)
            self._baseds = [self.start + m.end() for m in cues.BASED.finditer(self.text)] if found else []
        return self._baseds

    def background(self) -> bool:
        """Whether the sentence is a background or related-work statement."""
        if self._background is None:
            self._background = bool(cues.BACKGROUND.search(self.text))
        return self._background

    def evaluated_at(self) -> int | None:
        """The doc offset of a passive evaluation in the sentence ("... are systematically
        evaluated", "... are compared"), if any: what stands before it is what was evaluated."""
        if self._evaluated_at is None:
            found = _EVALUATED_PASSIVE.search(self.text)
            self._evaluated_at = self.start + found.start() if found else -1
        return None if self._evaluated_at < 0 else self._evaluated_at

    def evaluation(self) -> bool:
        """Whether the sentence has an evaluation word."""
        if self._evaluation is None:
            self._evaluation = bool(cues.EVALUATION.search(self.text))
        return self._evaluation

    def clause_bounds(self, offset: int) -> tuple[int, int]:
        """Where the clause around a doc offset starts and ends in ``text`` (split at commas
        and subordinators)."""
        if self._clause_marks is None:
            self._clause_marks = [m.end() for m in _CLAUSE.finditer(self.text)]
        marks = self._clause_marks
        after = bisect.bisect_right(marks, offset - self.start)
        return marks[after - 1] if after else 0, marks[after] if after < len(marks) else len(self.text)

    def clause(self, offset: int) -> str:
        """The clause around a doc offset."""
        start, end = self.clause_bounds(offset)
        return self.text[start:end]


class FactFinder:
    """Finds proposes/uses/evaluated_on/based_on/compared_to; see the module documentation."""

    def __init__(
        self, known_names: frozenset[str] = frozenset(), known_metrics: frozenset[str] = frozenset(), listed_names: frozenset[str] = frozenset()
    ):
        self.known = known_names  # normalised names from the gazetteer: well-known, so never proposed
        self.listed = listed_names  # normalised names of every word list (the catalogue's too: models a paper may introduce)
        self.known_metrics = known_metrics  # normalised names of the metric list

    def _well_known(self, d: _Doc, index: int) -> bool:
        """Whether an entity is well known by its name or an alias ("Segment Anything Model (SAM)":
        the short form is the name, the long form the listed one), or by its plural ("residual
        networks (ResNets)": the class of a listed model)."""
        keys = [name_key(name) for name in (d.name(index), *d.entities[index][2])]
        return any(key in self.known or (key.endswith("s") and key[:-1] in self.known) for key in keys)

    def __call__(self, doc: Doc) -> Doc:
        d = _Doc(doc)
        facts: dict[tuple, list] = {}

        def add(relation: str, args: tuple[str, ...], sentence: int, confidence: float) -> None:
            if (relation, args) not in facts:  # the first finding of a fact is kept
                start, end = d.sentences[sentence] if d.sentences else (0, 0)
                facts[relation, args] = [relation, list(args), start, end, confidence]

        proposed = self._proposes(d, add)
        self._variants(d, proposed, add)
        self._long_form_bases(d, proposed, add)
        self._title_bases(d, proposed, add)
        self._family(d, proposed, add)
        self._own_parts(d, proposed, add)
        main = next((i for i in proposed if d.type(i) == "MODEL" and i not in d.parts), None)
        own_metric = next((i for i in proposed if d.type(i) == "METRIC"), None)
        # Names of the title, proposed models and metrics yield no fact here: a sentence
        # without other names is not read at all.
        for number, mentions in d.by_sentence.items():
            candidates = [
                m for m in mentions
                if m[0] >= d.title_end and d.type(m[2]) in _READ and not (m[2] in proposed and d.type(m[2]) == "MODEL")
            ]
            if candidates:
                self._sentence_facts(d, _Sentence(d, number, mentions), candidates, proposed, main, add)
            if own_metric is not None and not d.is_survey():
                self._rival_metrics(d, _Sentence(d, number, mentions), own_metric, add)
            self._apposed_bases(d, number, mentions, add)
            self._own_bases(d, number, mentions, proposed, add)
        # A data set the paper introduces and then runs models on is one it is evaluated on, as a
        # benchmark is: "We present a new QA dataset, X ... Experiments show X is challenging" (in a
        # paper that introduces no model of its own; on development 64 of 113 such data sets are gold).
        data_paper = main is None and bool(_MODELS_RUN.search(d.text, d.title_end))
        for index in proposed:
            if d.type(index) == "BENCHMARK" or (data_paper and d.type(index) == "DATASET" and not self._training_data(d, index)):
                add("evaluated_on", (d.name(index),), self._first_sentence(d, index), 0.6 if d.type(index) == "BENCHMARK" else 0.5)
        if not d.is_survey():
            # "LLaMA-XR: ... Report Generation using LLaMA", "CLIPS: An Enhanced CLIP Framework": a
            # model the title names and the paper does not introduce is one it works with.
            for index, entity in enumerate(d.entities):
                if entity[1] == "MODEL" and index not in proposed and entity[3][0][0] < d.title_end:
                    add("uses", (entity[0],), 0, 0.5)
            if any(d.type(i) == "MODEL" for i in proposed):
                self._defined_parts(d, proposed, facts, add)
            _sources_used(facts)
            self._unplaced_entities(d, proposed, facts, add)
        for _, args in [key for key in facts if key[0] == "proposes"]:
            facts.pop(("uses", args), None)  # what the paper introduces it does not also use (a rule that placed it first)
        d.extensions.kg_facts = list(facts.values())
        return doc

    def _sentence_facts(self, d: _Doc, s: _Sentence, candidates: list, proposed: list[int], main: int | None,
                        add) -> None:
        """uses, evaluated_on, compared_to and based_on of the candidate mentions of one sentence."""
        own = any(i in proposed for _, _, i in s.mentions) or bool(cues.FIRST_PERSON.search(s.text) or _IT_SCORES.match(s.text))
        # ("The model integrates an AFPN ...": the paper's model, but the modules the sentence
        # defines are its own parts, no bases: "The framework comprises a Dual Transformer Block (DTB)")
        opening_only = not own and main is not None and bool(_OWN_OPENING.match(s.text))
        own = own or opening_only
        if not own and main is not None and s.compares() and not s.background():
            # "Particularly, 2.51 absolute improvement against BART", "Experiments show gains over BART": a
            # gain no model is named for is the paper's
            first = s.compares()[0]
            own = bool(_GAIN_NUMBER.search(d.text, s.start, first) or _RESULTS_OPENING.match(s.text)) and not any(e <= first and d.type(i) == "MODEL" for _, e, i in s.mentions)
        # (the whole the paper proposes, not one of its parts: "based on CLIP, our model involves a X Block")
        subject = next((i for _, _, i in s.mentions if i in proposed and d.type(i) == "MODEL" and i not in d.parts), None)
        subject = subject if subject is not None else (main if own else None)
        for m_start, m_end, index in candidates:
            after = d.text[m_end : min(s.end, m_end + 60)]
            head = _list_head(d, s.mentions, m_start)
            if head == m_start and d.text[m_start - 1 : m_start] == "(":
                # "imagery from the Harmonized Landsat-Sentinel 2 (HLS) dataset": the cues stand before the long form
                defined = d.defined.get(name_key(d.name(index)), m_start)
                head = defined if s.start <= defined < m_start else m_start
            if d.type(index) == "MODEL":
                if not d.is_survey() and not after.startswith(("-style", "-like")):  # ("a GPT-style model": a kind)
                    confidence = self._use(d, s, head, after, own)
                    if confidence:
                        add("uses", (d.name(index),), s.number, confidence)
                before = [e for e in s.compares() if e <= m_start]  # ends of the comparison cues before it
                compare = before[0] if before else None
                # "surpasses X on LLaMA-7B and LLaMA2-7B": the models it runs on are no rivals
                rival = bool(before) and not _SETTING_ON.search(d.text, max(s.start, head - 30), head)
                local = [i for i in s.compare_subjects(before[-1]) if i != index] if rival else []  # "GPT-4o outperforms X"
                if local and all(self._between(d, s.mentions, before[-1], m_start, i) for i in local):
                    for i in local:
                        add("compared_to", (d.name(i), d.name(index)), s.number, 0.7)
                elif subject is not None and subject != index and rival and self._between(
                    d, s.mentions, before[-1], m_start, subject
                ):  # (the nearest cue: "compared with baselines, our X outperforms models such as Y")
                    # ("Building on X, we develop Y, which outperforms Z": the paper's model named last before the cue)
                    nearest = next(
                        (
                            i for st, _, i in reversed(s.mentions)
                            if st < before[-1] and i in proposed and d.type(i) == "MODEL" and i not in d.parts
                        ),
                        subject,
                    )
                    add("compared_to", (d.name(nearest if nearest != index else subject), d.name(index)), s.number, 0.7)
                own_parent = "(" in d.text[max(s.start, m_start - 40) : m_start] and any(
                    e <= m_start and _BASED_IN_PARENS.fullmatch(d.text, e, m_start) for _, e, _ in s.mentions
                )
                if subject is not None and subject != index and not own_parent:  # ("X (based on Y)": Y is X's, above)
                    cue_end = max((e for e in s.baseds() if head - 90 <= e <= head), default=None)
                    # (not a part listed after the cue as well: "the network consists of two modules: a
                    # backward module (BRM) and a forward module (FRM)" builds neither on the other)
                    listed_after = cue_end is not None and any(i == subject and cue_end <= st < m_start for st, _, i in s.mentions)
                    based = compare is None and (
                        (cue_end is not None and not listed_after)
                        or bool(_AS_BASE.match(after) or _PART_AFTER.match(after))
                        or bool(_TUNED_BEFORE.search(d.text, max(s.start, m_start - 40), m_start))
                    )
                    defined_here = opening_only and s.start <= d.defined.get(name_key(d.name(index)), -1) < s.end
                    if (based or d.text[m_end : m_end + 6] == "-based") and not defined_here:
                        add("based_on", (d.name(subject), d.name(index)), s.number, 0.7)
                        add("uses", (d.name(index),), s.number, 0.6)  # (a base the paper builds on is one it uses)
                continue
            if d.is_survey():
                continue
            compared = [e for e in s.compares() if e <= m_start]
            if compared and index not in proposed and not _SETTING_ON.search(d.text, max(s.start, head - 30), head):
                # "SwallowCode boosts pass@1 ... compared to Stack-Edu": the paper's data against other data
                own_data = next((i for start, _, i in s.mentions if start < compared[-1] and i in proposed and d.type(i) in _DATA_TYPES), None)
                if own_data is not None:
                    add("compared_to", (d.name(own_data), d.name(index)), s.number, 0.6)
            if own and self._evaluated_using(d, s, head):
                add("evaluated_on", (d.name(index),), s.number, 0.6)  # (not used: "experiments using X" below)
            elif self._training(d, s, head, after, d.type(index)):
                # Training data is used, not evaluated on, even in a sentence about results.
                if own and index not in proposed:
                    add("uses", (d.name(index),), s.number, 0.6)
            elif _TRAINED_MODEL_AFTER.match(after):
                # "an ImageNet-initialized ViT", "a SQuAD2.0 fine-tuned model", "an ImageNet classifier": what a model was trained on
                if own and index not in proposed:
                    add("uses", (d.name(index),), s.number, 0.6)
            elif not _DATA_AS_AGENT.match(after) and self._evaluated(d, s, head, own):
                add("evaluated_on", (d.name(index),), s.number, 0.7)
                if own and index not in proposed and _TRAINED_AND_TESTED.search(d.text, max(s.start, head - 80), head):
                    add("uses", (d.name(index),), s.number, 0.6)  # "trained and evaluated on X": both

    @staticmethod
    def _training_data(d: _Doc, index: int) -> bool:
        """Whether the paper's own data set is one to train with: "X, an instruction-tuning dataset",
        "X could significantly improve ..." """
        start, end = d.sentences[FactFinder._first_sentence(d, index)] if d.sentences else (0, len(d.text))
        return bool(_FOR_TRAINING.search(d.text, start, end)) or any(
            _DATA_AS_AGENT.match(d.text, m_end) for _, m_end in d.entities[index][3]
        )

    @staticmethod
    def _unplaced_entities(d: _Doc, proposed: list[int], facts: dict, add) -> None:
        """A model the abstract names and no rule placed (or placed only as a base) is one the
        paper works with ("We fine-tune and test several models: SWIN, VOLO ..."), and a
        benchmark one it is evaluated on, unless it is named only where the text sets it apart:
        before the paper first speaks of its own work ("Recent works such as T5 and GPT-3 have
        shown ... Particularly, the GPT-3 model ..."), in background sentences, in a contrast
        ("Unlike X, we ...") or as a kind ("a GPT-style model"). A data set is evaluated on in a
        sentence of evaluation that names no training and not as a source, and used in a
        sentence of training or as a source. (On the arXiv development half, 0.6 of these models
        are gold uses, 0.6 of these data sets gold evaluation data and 0.55 gold used data; of
        the other data sets, a third are either.) A paper that introduces data and no model of
        its own names other data sets and benchmarks to set its own apart ("existing benchmarks
        (e.g., HumanEval, MBPP) are no longer sufficient"): it is evaluated on none of them by
        this rule (2 of 28 such on development were gold)."""
        named = {name for fact in facts.values() for name in (fact[1][:1] if fact[0] == "based_on" else fact[1])}
        data_paper = not any(d.type(i) == "MODEL" for i in proposed) and any(d.type(i) in _DATA_TYPES for i in proposed)
        body = [n for n, (start, _) in enumerate(d.sentences) if start >= d.title_end]
        scene_ends = next(
            (n for n in body if cues.FIRST_PERSON.search(d.text, *d.sentences[n]) or any(i in proposed for _, _, i in d.by_sentence.get(n, ()))),
            len(d.sentences),  # (an abstract that never speaks of its own work is all scene)
        )

        def in_use(start: int, end: int) -> bool:
            s = _Sentence(d, d.sentence_of(start), ())
            return (
                s.number >= scene_ends and not s.background() and not d.text.startswith(("-style", "-like"), end)
                and not _CONTRAST.search(s.clause(start))
            )

        for index, entity in enumerate(d.entities):
            if entity[1] == "METRIC" or index in proposed or entity[0] in named:
                continue
            mentions = [(start, end) for start, end in entity[3] if start >= d.title_end and in_use(start, end)]
            if entity[1] == "DATASET":
                roles = [(_data_role(d, start, end), start) for start, end in mentions]
            else:
                roles = [("uses" if entity[1] == "MODEL" else "evaluated_on", start) for start, _ in mentions[:1]]
            for relation in ("evaluated_on", "uses"):  # (a data set evaluated on anywhere is not counted as used)
                if relation == "evaluated_on" and data_paper:
                    continue
                where = next((start for role, start in roles if role == relation), None)
                if where is not None:
                    add(relation, (entity[0],), d.sentence_of(where), 0.4)
                    break

    @staticmethod
    def _rival_metrics(d: _Doc, s: _Sentence, own_metric: int, add) -> None:
        """A paper's own measure against the named measures a comparison sets it beside: "SemBleu
        is more robust than Smatch", "F-CLIPScore outperforms CLIPScore" (not "accuracy")."""
        for m_start, _, index in s.mentions:
            if (
                d.type(index) == "METRIC" and index != own_metric and m_start >= d.title_end
                and not d.name(index).islower() and any(e <= m_start for e in s.compares())
            ):
                add("compared_to", (d.name(own_metric), d.name(index)), s.number, 0.6)

    @staticmethod
    def _evaluated_using(d: _Doc, s: _Sentence, head: int) -> bool:
        """Whether a dataset named at ``head`` right after "using" is what the sentence's results
        or comparisons ran on: a sentence with no word of training."""
        return bool(
            _USING_RIGHT_BEFORE.search(d.text, max(s.start, head - 20), head)
            and (s.evaluation() or _COMPARING_WORD.search(s.text))
            and not cues.TRAINING_WORD.search(s.text)
        )

    @staticmethod
    def _training(d: _Doc, s: _Sentence, head: int, after: str, etype: str) -> bool:
        """Whether a dataset named at ``head`` is named as training data."""
        before = d.text[max(s.start, head - 90) : head]
        if cues.may_match(before, cues.TRAINING_BEFORE_HINTS):
            cue = cues.TRAINING_BEFORE.search(before)
            # "using the RULER and LongBench benchmarks", "experiments using X": what an
            # evaluation uses is evaluated on.
            if cue and not (
                cue.group()[:1] in "uU" and (etype == "BENCHMARK" or _BENCHMARKS_AFTER.match(after) or _EVALUATION_USING.search(before))
            ) and not (etype == "BENCHMARK" and s.evaluation()):
                # ("outperforms standard fine-tuning on SuperGLUE": a benchmark in a sentence about results is evaluated on)
                return True
        if cues.TRAINING_AFTER.match(after) or _SOURCE_BEFORE.search(before):
            return True
        if etype == "DATASET" and _FROM_BEFORE.search(before) and not s.evaluation():
            return True  # "14.7B tokens of mathematical webpages from Common Crawl": a source
        if " of " in before and _AMOUNT_OF.search(before):
            return True  # "using more than two terabytes of filtered CommonCrawl data": an amount of data
        # "We leverage X and Y to build Z": data the paper's own sentence uses, not to evaluate.
        return bool(_USE_VERB_BEFORE.search(before)) and cues.FIRST_PERSON.search(s.text) is not None and not s.evaluation()

    @staticmethod
    def _evaluated(d: _Doc, s: _Sentence, head: int, own: bool) -> bool:
        """Whether a dataset named at ``head`` (not as training data) is evaluated on."""
        if own and _COMPETED_IN.search(d.text, max(s.start, head - 90), head):
            return True
        if not s.evaluation() or (not own and s.background()):
            return False  # "X has become a standard benchmark": related work, not this paper's
        # "achieves 80% on X", "results on X and Y": "on" a dataset in a sentence about results
        # is where they were measured, whoever the subject is; other datasets of the paper's own
        # sentences need the evaluation word in their clause.
        measured_on = bool(_MEASURED_ON.search(d.text, max(s.start, head - 70), head))
        if own and measured_on:
            return True
        if _EVALUATED_AGAINST.search(d.text, max(s.start, head - 60), head):
            return True  # "X is rigorously evaluated against benchmarks, including A and B": whoever X is
        if (own or measured_on) and cues.EVALUATION.search(s.clause(head)):
            return True
        # A sentence that opens with its evaluation: "Experiments on X show", "Comparative experiments across A, B and C"
        return bool(cues.EVALUATION.search(s.text[:32]))

    @staticmethod
    def _long_form_bases(d: _Doc, proposed: list[int], add) -> None:
        """"Mixture-of-LoRAs (MoA)": a proposed model whose long form names another model
        builds on it."""
        models = {d.name(i): i for i in range(len(d.entities)) if d.type(i) == "MODEL"}
        for index in proposed:
            if d.type(index) != "MODEL":
                continue
            for long in d.entities[index][2]:
                for part in _LONG_FORM_PART.findall(long):
                    base = models.get(part)
                    if base is None and part.endswith("s"):
                        base = models.get(part[:-1])  # ("LoRAs")
                    if base is not None and base != index and base not in proposed:
                        add("based_on", (d.name(index), d.name(base)), FactFinder._first_sentence(d, index), 0.6)

    def _title_bases(self, d: _Doc, proposed: list[int], add) -> None:
        """"Reformer: The Efficient Transformer", "DINO: DETR with Improved ...", "Q8BERT: Quantized
        8Bit BERT": the model the title's description is a kind of (its noun phrase, up to the
        first preposition, ends in the name) is the base of the proposed model heading the title."""
        head = d.title_head
        colon = d.text.find(":", head[1], d.title_end) if head else -1
        if colon < 0:
            return
        built = next((i for i in proposed if d.type(i) == "MODEL" and name_key(d.name(i)) == name_key(d.text[head[0] : head[1]])), None)
        if built is None:
            return
        phrase_end = _TITLE_PHRASE_END.search(d.text, colon + 1, d.title_end).start()  # (it matches at the title's end)
        phrase = " " + d.text[colon + 1 : phrase_end].strip(" ~")
        for index, entity in enumerate(d.entities):
            name = entity[0]
            # (by its words: a well-known name in a title is no mention, "Transformers" names "Transformer";
            # a merely capitalised name, "Stable", "Auxiliary Range Expansion", is none)
            if entity[1] == "MODEL" and index not in proposed and phrase.endswith((" " + name, " " + name + "s")) and (
                name_key(name) in self.known or shape(name) == "strong"
            ):
                add("based_on", (d.name(built), name), 0, 0.6)

    @staticmethod
    def _own_bases(d: _Doc, number: int, mentions: list, proposed: list[int], add) -> None:
        """"Building on TTS-Llama, we further propose MoLE-Llama": one of the paper's models
        named after a cue of building is the base of the next it proposes."""
        own = [(start, end, i) for start, end, i in mentions if i in proposed and d.type(i) == "MODEL"]
        for (start, _, base), (_, _, built) in zip(own, own[1:]):
            if base != built and _BUILDING_ON.search(d.text, max(0, start - 20), start):
                add("based_on", (d.name(built), d.name(base)), number, 0.6)

    @staticmethod
    def _apposed_bases(d: _Doc, number: int, mentions: list, add) -> None:
        """"Sheared-LLaMA-1.3B, a LLaMA-7B with 80% pruning", "Vicuna, a fine-tuned LLaMA",
        "CompCoder (based on PolyCoder)", "EVA is a vanilla ViT", "U-ViT, a pure self-attention based
        DiT model": a model said to be a version or of the kind of another builds on it."""
        for (first, end, index), (start, other_end, other) in zip(mentions, mentions[1:]):
            if d.type(index) == d.type(other) == "MODEL" and index != other:
                apposed = _VERSION_OF.fullmatch(d.text, end, start) or (
                    _KIND_OF.fullmatch(d.text, end, start)
                    and (_MODEL_NOUN_AFTER.match(d.text, other_end) or _KIND_ENDS.match(d.text, other_end))
                )
                if _BASED_IN_PARENS.fullmatch(d.text, end, start) or _IS_A.fullmatch(d.text, end, start) or (
                    apposed and not _ARTICLE_BEFORE.search(d.text, max(0, first - 4), first)  # "a ViT-B/32, a ViT-B/16": a list
                ):
                    add("based_on", (d.name(index), d.name(other)), number, 0.6)
                elif _KIND_NAMED.fullmatch(d.text, end, start) and cues.ONE_OF_A_KIND.search(d.text, max(0, first - 40), first):
                    add("based_on", (d.name(other), d.name(index)), number, 0.6)  # "a novel Transformer architecture termed AirFormer"

    # -- proposes ----------------------------------------------------------------
    def _proposes(self, d: _Doc, add) -> list[int]:
        proposed: list[int] = []

        def proposable(index: int) -> bool:
            return index not in proposed and (d.type(index) != "METRIC" or self._new_metric(d, index))

        def propose(index: int, sentence: int, confidence: float) -> None:
            if proposable(index):
                proposed.append(index)
                add("proposes", (d.name(index),), sentence, confidence)

        head = d.title_head
        if head:
            key = name_key(d.text[head[0] : head[1]])
            for index, entity in enumerate(d.entities):
                if name_key(entity[0]) == key or any(name_key(alias) == key for alias in entity[2]):
                    propose(index, self._first_sentence(d, index), 0.8)  # (or its short form: "LOBSTER")
        elif words := title_phrase(d.text, d.title_end):
            # "Unmasked Teacher: ...", then "the UnMasked Teacher (UMT)": the short form the text gives
            # the title's words names the paper's own
            key = name_key(words)
            for index, entity in enumerate(d.entities):
                if any(name_key(alias) == key for alias in entity[2]) and name_key(entity[0]) in d.defined:
                    propose(index, self._first_sentence(d, index), 0.8)
        for number, mentions in d.by_sentence.items():
            start, end = d.sentences[number]
            # "The TableCellQA dataset ... will be publicly released", "The TempQA-WD dataset is available
            # at": what a paper makes available is its own (not "the implementation based on Megatron-LM
            # is available"; a substring test first: most sentences say neither)
            sentence = d.text[start:end]
            released = _RELEASED.search(sentence) if "availab" in sentence or "releas" in sentence else None
            # Metrics and names already proposed are not proposed: cues are looked for only
            # around the other names.
            for m_start, m_end, index in mentions:
                if not proposable(index):
                    continue
                if (
                    released and start + released.start() - 60 <= m_end <= start + released.start() and d.type(index) != "METRIC"
                    and not self._well_known(d, index)
                    and not _NOT_RELEASER.search(d.text, m_end, start + released.start())
                    and not _PREPOSITION_BEFORE.search(d.text, max(start, m_start - 30), m_start)
                ):
                    propose(index, number, 0.6)
                    continue
                passive = cues.PASSIVE_PROPOSE.match(d.text, m_end + (d.text[m_end : m_end + 1] == ")")) or (
                    d.defined.get(name_key(d.name(index)), m_end) < m_start and cues.NOUN_PROPOSED.match(d.text, m_end)
                )  # ("a ... Retrieving-to-Answer (R2A) framework is proposed": a name defined there, then its noun)
                if passive:
                    # ("architectures based on ECAPA-TDNN are proposed": the object of a preposition is no subject)
                    plural = passive.group().lstrip(" ~").startswith(("are", "were"))
                    head = _list_head(d, mentions, m_start) if plural else m_start
                    if not _PREPOSITION_BEFORE.search(d.text, max(start, head - 30), head):
                        # ("two tricks named A and B are proposed": the whole list)
                        for other_start, _, other in mentions:
                            if head <= other_start <= m_start:
                                propose(other, number, 0.7)
                elif d.type(index) in _DATA_TYPES and self._new_data(d, mentions, start, m_start, m_end) and not self._well_known(d, index):
                    propose(index, number, 0.6)
                elif d.type(index) == "MODEL" and self._new_method(d, mentions, start, m_start, m_end) and not self._well_known(d, index):
                    propose(index, number, 0.55)
                elif (own := _OWN.search(d.text, max(start, m_start - 20), m_start)) and d.text[m_end : m_end + 1] != "-":
                    # ("our ZorbNet"; data only when new: "our proposed PlannerArena", not "our ImageNet runs")
                    new = d.type(index) == "MODEL" or _NEW_OWN.search(own.group())
                    if not self._well_known(d, index) and new:
                        propose(index, number, 0.6)
                else:
                    # "our model FooNet"; "Our model, dubbed XLM-R," names it even if well known;
                    # "we refer to our architecture as Neural Density Evolution (NDE)": its long form.
                    at = d.defined.get(name_key(d.name(index)), m_start)
                    at = at if start <= at < m_start else m_start
                    # (one substring test for the first four cues: a match of each has "our", "proposed" or "this")
                    own_named = (
                        cues.may_match(d.text[max(start, at - 80) : at], _OWN_HINTS) and (
                            _OWN_NAMED.search(d.text, max(start, at - 60), at)
                            or _OWN_CALLED.search(d.text, max(start, at - 80), at)
                            or _OWN_REFERRED.search(d.text, max(start, at - 60), at)
                            or _CONTRIBUTION_IS.search(d.text, max(start, at - 40), at)
                        )
                    ) or ("we " in d.text[max(start, at - 12) : at] and _NEW_WE_CALL.search(d.text, max(start, at - 80), at))
                    # "Dubbed SSDR-AL, our method groups ...": named at the sentence's opening, then called the paper's own
                    # ... or "The method, called Binoculars, achieves ...": the sentence opens on the thing it names
                    named_opening = bool(
                        (_NAMED_OPENING.fullmatch(d.text, start, at) and _OWN_AFTER_NAME.match(d.text, m_end))
                        or _THE_NOUN_NAMED_OPENING.fullmatch(d.text, start, at)
                    )
                    we_call = "we " in d.text[max(start, at - 16) : at] and _WE_CALL.search(d.text, max(start, at - 30), at)
                    given = (
                        bool(_GIVEN_NAME.search(d.text, max(start, at - 16), at))
                        and not _SOMEONE_ELSES.search(d.text, max(start, at - 70), at)
                        and not _NAMED_NON_THING.search(d.text, max(start, at - 30), at)
                    )
                    trained = d.text.find("train", max(start, at - 80), at) >= 0 and cues.FIRST_PERSON.search(d.text, start, at) and (
                        _TRAINED_NAMED.search(d.text, max(start, at - 80), at)
                        # "we train RECNet, a deep learning model for ...": named, then said what it is
                        or (_TRAINED_RIGHT_BEFORE.search(d.text, max(start, at - 16), at) and _APPOSITION.match(d.text, m_end))
                    )
                    # "our Multi-dimensional Human Preference (MHP) Dataset": named by its long form
                    our_defined = (
                        at < m_start and _OUR_RIGHT_BEFORE.search(d.text, max(start, at - 6), at) and _OWN_NOUN_AFTER.match(d.text, m_end)
                    )
                    own_part = (
                        at < m_start
                        and d.text[at].isupper()  # (not "a vision-language-action (VLA) model": a kind)
                        and (
                            (
                                cues.ONE_OF_A_KIND.search(d.text, max(start, at - 30), at)
                                and (_PART_NOUN_AFTER.match(d.text, m_end) or _PART_NOUN_ENDS.search(d.text, at, m_start))
                                and (cues.FIRST_PERSON.search(d.text, start, at) or any(i in proposed for other, _, i in mentions if other < at))
                            )
                            # "We propose the MICD framework with three modules. The Cross Feature
                            # Consistency (CFC) module ...": a part the sentence opens with, after a proposal
                            or (
                                cues.THE_OPENING.fullmatch(d.text, start, at)
                                and _MODULE_AFTER.match(d.text, m_end)
                                and any(d.type(i) == "MODEL" for i in proposed)
                            )
                        )
                    )
                    own_component = (
                        (at < m_start or _NAMED_RIGHT_BEFORE.search(d.text, max(start, m_start - 30), m_start))
                        and cues.MADE_OF.search(d.text, start, at)
                        and (
                            # (a benchmark the paper builds has parts too: "WebCanvas contains three components: ...")
                            any(i in proposed and d.type(i) in ("MODEL", "BENCHMARK") for other, _, i in mentions if other < at)
                            or cues.PROPOSE.search(d.text, start, at)  # ("This paper introduces X, ... through two key components: ...")
                        )
                    ) or (
                        # "KAnoCLIP includes the CLIP visual encoder with V-V attention (CLIP-VV), ...": what
                        # the paper's model, opening the sentence, includes
                        at < m_start
                        and mentions[0][0] == start
                        and mentions[0][2] in proposed
                        and d.type(mentions[0][2]) == "MODEL"
                        and _INCLUDES.match(d.text, mentions[0][1])
                    )
                    # "our Retrieval-Enhanced Transformer (RETRO)": a name the paper spells out as its own, even if well known
                    own_defined = at < m_start and _OWN.search(d.text, max(start, at - 20), at)
                    # ("Our first benchmark, ImageNet-C, ...": the paper that named its data set, even if well known)
                    own_data = own_named and d.type(index) in _DATA_TYPES and _DATA_NOUN.search(own_named.group())
                    if (own_named and own_named.group(1)) or own_data or own_defined or (
                        (own_named or we_call or our_defined or trained or own_part or own_component or named_opening or given)
                        and not self._well_known(d, index)
                    ):
                        propose(index, number, 0.7)
            if not any(proposable(i) for _, _, i in mentions):
                continue
            sentence = d.text[start:end]
            verb = cues.PROPOSE.search(sentence) if cues.mentions_any(sentence.lower(), cues.PROPOSE_HINTS) else None
            if not verb:
                continue
            brk = cues.CLAUSE_BREAK.search(sentence, verb.end())
            first_region_end = start + (brk.start() if brk else len(sentence))
            self._propose_object(d, number, mentions, start + verb.end(), first_region_end, propose)
            # "We collected dialogues from Reddit to build X": a purpose clause proposes too.
            while brk:
                purpose = cues.PURPOSE_PROPOSE.match(sentence, brk.start())
                if not purpose:
                    break
                brk = cues.CLAUSE_BREAK.search(sentence, purpose.end())
                self._propose_object(d, number, mentions, start + purpose.end(), start + (brk.start() if brk else len(sentence)), propose)
            # "We propose using scribbles to annotate point clouds and release X": a later
            # proposing verb of the same subject.
            also = cues.AND_PROPOSE.search(sentence, verb.end())
            if also:
                also_end = cues.CLAUSE_BREAK.search(sentence, also.end())
                self._propose_object(d, number, mentions, start + also.end(), start + (also_end.start() if also_end else len(sentence)), propose)
            # "We propose two modules: the X Module, which ..., and the Y Module": the parts listed
            # after the proposal's colon, each heading its item.
            parts = _PARTS_COLON.match(sentence, verb.end()) if brk and sentence[brk.start()] == ":" else None
            if parts:
                for m_start, _, index in mentions:
                    at = d.defined.get(name_key(d.name(index)), m_start)  # (an item spelled out: "Masked Header Prediction (MHP)")
                    at = at if start + parts.end() <= at < m_start else m_start
                    if (
                        at > start + parts.end()
                        and d.type(index) == "MODEL"
                        and not self._well_known(d, index)
                        and _ITEM_START.search(d.text, max(start, at - 12), at)
                    ):
                        propose(index, number, 0.7)
            # "we propose a method to pre-train a smaller model, called X": the proposing
            # clause names what it makes, even past where its object ended.
            for m_start, _, index in mentions:
                if m_start >= first_region_end and _COMMA_NAMED.search(d.text, max(first_region_end, m_start - 40), m_start):
                    propose(index, number, 0.7)
        if not any(d.type(i) == "MODEL" for i in proposed):
            for index, entity in enumerate(d.entities):
                key = name_key(entity[0])
                if entity[1] == "MODEL" and key in d.defined and not self._well_known(d, index):
                    # The paper's own sentence defines it, and not as what it compares or studies ("this
                    # article conducts a comparative analysis of ... (FedLLM) frameworks", "we evaluate ... (X)").
                    sentence = self._first_sentence(d, index)
                    start, end = d.sentences[sentence] if d.sentences else (0, len(d.text))
                    if (
                        cues.FIRST_PERSON.search(d.text, start, end) and not _STUDIED_BEFORE.search(d.text, start, d.defined[key])
                        and not _built_on_before(d.text, start, d.defined[key])
                        and not cues.APPLIED_BEFORE.search(d.text, start, d.defined[key])  # ("we employ the ... (X)")
                    ):
                        propose(index, sentence, 0.5)
                    break
        return proposed

    @staticmethod
    def _new_data(d: _Doc, mentions: list, start: int, m_start: int, m_end: int) -> bool:
        """"a new animal faces dataset (AFHQ)", "two new benchmarks: X and Y", "X, a large new
        multilingual dataset": data the text calls new or novel where it names them is the paper's."""
        at = _named_at(d, mentions, start, m_start, m_end)
        return bool(_NEW_DATA_BEFORE.search(d.text, max(start, at - 90), at) or _NEW_DATA_AFTER.match(d.text, m_end))

    @staticmethod
    def _new_method(d: _Doc, mentions: list, start: int, m_start: int, m_end: int) -> bool:
        """"a novel Offline Group Relative Policy Optimization (O-GRPO)", "two novel paradigms ..., i.e.,
        X and Y", "a novel approach to self-supervised pretraining, X": a method the text calls new
        where it names it is the paper's."""
        if d.text[m_end : m_end + 1] == "-":
            return False  # ("a novel RSSI-based method": what the method is based on)
        at = _named_at(d, mentions, start, m_start, m_end)
        return bool(_NEW_METHOD_BEFORE.search(d.text, max(start, at - 90), at) or _NEW_METHOD_AFTER.match(d.text, m_end))

    def _defined_parts(self, d: _Doc, proposed: list[int], facts: dict, add) -> None:
        """"We propose a detector, ZorbDet ... A pyramid enhancement network (PEN) decomposes ...":
        in a paper that proposes a model, a model it spells out in a sentence naming a part
        (module, block, loss, encoder ...) is more often its own part than one it uses: on
        development 24 of 32 such names no word list knows are gold proposals (1 of 11 listed
        ones). A guess, so it is proposed with low confidence and not counted as the paper's own
        by the other rules. Not a base or a rival the rules found, nor one named beside a model
        the paper does not propose ("ZorbNet includes a ... encoder (ZE)"). So is a defined model
        that is an enumerated item in a sentence about the paper's own model, whatever verb lists
        it ("MatchDance employs a two-stage design: (1) a ... Quantization Stage (KDQS)")."""
        taken = {args[-1] for (relation, args) in facts if relation in ("based_on", "compared_to")}

        def candidate(index: int) -> bool:
            entity = d.entities[index]
            return (
                entity[1] == "MODEL" and index not in proposed and name_key(entity[0]) in d.defined
                and not any(name_key(name) in self.listed for name in (entity[0], *entity[2]))
            )

        for index, entity in enumerate(d.entities):
            if not candidate(index):
                continue
            number = self._first_sentence(d, index)
            start, end = d.sentences[number] if d.sentences else (0, len(d.text))
            first = min(s for s, _ in entity[3] if s >= start)
            if _ENUMERATOR.search(d.text, start, first) and (
                cues.FIRST_PERSON.search(d.text, start, end) or any(i in proposed for _, _, i in d.by_sentence.get(number, []))
            ):
                add("proposes", (entity[0],), number, 0.45)
                continue
            # (parts spelled out side by side are no others: "components include a proposal sub-network
            # (CPNet) and a scale estimation sub-network (ScaleNet)")
            others = any(
                d.type(i) == "MODEL" and i != index and i not in proposed and not (candidate(i) and self._first_sentence(d, i) == number)
                for _, _, i in d.by_sentence.get(number, [])
            )
            if entity[0] not in taken and not others and _PART_WORD.search(d.text, start, end):
                add("proposes", (entity[0],), number, 0.45)

    def _propose_object(self, d: _Doc, number: int, mentions: list, region_start: int, region_end: int, propose) -> None:
        """Propose the names of a proposing verb's object, ``text[region_start:region_end]``."""
        if _RESULTS_OBJECT.match(d.text, region_start):
            return  # "We present results on ..., Lip Reading Sentences 2 (LRS2)": results, not a new thing
        # "a Transformer-based model, named X": a name that qualifies the object is not it.
        in_region = [m for m in mentions if region_start <= m[0] < region_end and not d.text.startswith("-based", m[1])]
        # "we propose a novel KR model, ZorbJudge, which ...": a new name set off after the
        # object's noun names the object; the names inside the object only qualify it.
        for position, (m_start, m_end, index) in enumerate(in_region):
            apposed = _APPOSED_TO.search(d.text, region_start, m_start)
            if apposed:
                if (
                    "," not in d.text[region_start : apposed.start()]
                    and not _blocks_object(d.text[region_start : apposed.start()])
                    and all(other < apposed.start() for other, _, _ in in_region[:position])
                    and not self._well_known(d, index)
                ):
                    propose(index, number, 0.71)
                    in_region = in_region[position:]
                break
        for position, (m_start, m_end, index) in enumerate(in_region):
            between = d.text[region_start:m_start]
            key = name_key(d.name(index))
            naming = list(cues.NAMING.finditer(between))
            if naming:
                owner = between[: naming[-1].start()]
                nouns = list(_TYPE_NOUN.finditer(owner))
                # "a framework based on a model called BERT": the name is the model's.
                head = nouns[-1].start() if nouns else owner.rstrip().rfind(" ")
                long_at = d.defined.get(key, m_start) - region_start
                limit = long_at if 0 <= long_at < head else head  # (not in "a Word in Context dataset, called WiC")
                # ("a Transformer-based model called X": "-based" qualifies the noun, no object;
                # "a system powered by a Llama model, named X": a name after a comma is the object's)
                # ("a family of compact networks called X": the family is the object)
                if head > 0 and _blocks_object(_MEMBERS_OF.sub("", owner[:limit])):
                    # (", termed Pseudo-Raw Convolution (PRConv)": the naming word precedes the long form)
                    at = d.defined.get(key, m_start)
                    named_at = at if region_start <= at < m_start else m_start
                    if _COMMA_NAMED.search(d.text, region_start, named_at) and not self._well_known(d, index):
                        propose(index, number, 0.7)
                    break
                if between[naming[-1].end() :].strip(" ~\"“'") == "":
                    propose(index, number, 0.8)
                    self._propose_listed(d, in_region[position:], number, propose)  # "two variants, called X and Y"
                    break
            # A well-known name is proposed only by the paper that introduces it, which says
            # what it is: "We present SQuAD, a new reading comprehension dataset", "We
            # introduce Gemma, a family of open models".
            new = not self._well_known(d, index) or bool(
                _APPOSITION.match(d.text, m_end)
                or _APPOSED_TO.search(between)
                # "We present Momentum Contrast (MoCo) for ...": spelled out as the verb's very object (not
                # "we introduce Mixture-of-Experts (MoE) into ...": applied to something)
                or (
                    region_start <= d.defined.get(key, -1) < m_start
                    and d.text[region_start : d.defined[key]].strip(" ~") in ("", "the")  # ("introduces the Multi-Genre ... (MultiNLI) corpus")
                    and not _APPLIED_TO.match(d.text, m_end)
                )
            )
            if key in d.defined and _PREPOSITION_BEFORE.search(d.text, max(region_start, d.defined[key] - 30), d.defined[key]):
                continue  # the object of a preposition: "under the Adversarial Variational Bayes (AVB) framework"
            # (defined before the proposal, a name is proposed only as its object: not in "we propose
            # adapting the SAM encoder" after "Segment anything model (SAM)")
            if key in d.defined and new and (d.defined[key] >= region_start or not cues.OBJECT_BLOCKER.search(between)):
                # (not what the proposal builds on: "a novel architecture incorporating Kolmogorov-Arnold Network (KAN) layers")
                if not _BASED_RIGHT_BEFORE.search(d.text, max(region_start, d.defined[key] - 50), d.defined[key]):
                    propose(index, number, 0.75)
                    self._propose_listed(d, in_region[position:], number, propose)
                continue
            if _PARENTHESISED.search(between) and new:
                propose(index, number, 0.7)
                continue
            # ("by introducing two transformer-based models, X and Y": the object, as above)
            if position == 0 and not naming and not _blocks_object(between):
                if new:
                    propose(index, number, 0.75)
                    self._propose_listed(d, in_region, number, propose)
                    break
                # (a well-known name only qualifies the object a naming word after it names: "a novel
                # Transformer architecture termed AirFormer"; the next name is looked at)
                if len(in_region) == 1 or not cues.NAMING.search(d.text, m_end, in_region[1][0]):
                    break
        for m_start, _, index in in_region:
            if _ALSO_INTRODUCED.search(d.text, max(region_start, m_start - 60), m_start):
                if not self._well_known(d, index):
                    propose(index, number, 0.7)

    def _own_parts(self, d: _Doc, proposed: list[int], add) -> None:
        """"DA-Font integrates a Dual-Attention Hybrid Module (DAHM)", "our model involves a Temporal
        Alignment Block": a module or block under a new name, first named in a sentence about the
        paper's own work, is a part of what the paper proposes (not "Swin Transformer Blocks", "two
        well-known modules, SE Block and ...", "based on Dual-Path Module": known, or taken)."""
        if d.is_survey():
            return
        for index, entity in enumerate(d.entities):
            if entity[1] != "MODEL" or index in proposed or self._well_known(d, index):
                continue
            part = next((name for name in (entity[0], *entity[2]) if name.rsplit(None, 1)[-1] in PART_HEADS and " " in name), None)
            if part is None or name_key(part.rsplit(None, 1)[0]) in self.known:
                continue
            number = self._first_sentence(d, index)
            start, end = d.sentences[number]
            first = min(s for s, _ in entity[3] if s >= start)
            own = cues.FIRST_PERSON.search(d.text, start, end) or any(i in proposed for _, _, i in d.by_sentence.get(number, []))
            head = _list_head(d, d.by_sentence[number], first)  # ("well-known modules, X Module and Y Block")
            if own and not _PART_USED_BEFORE.search(d.text, max(start, head - 60), head):
                proposed.append(index)
                d.parts.add(index)
                add("proposes", (entity[0],), number, 0.6)

    def _propose_listed(self, d: _Doc, listed: list, number: int, propose) -> None:
        """"we introduce FooLM-54B and FooLM-141B, two ...": the names listed right after the
        proposed ``listed[0]``, in a proposing verb's object, are proposed too."""
        index = listed[0][2]
        for (_, end, _), (start, _, other) in zip(listed, listed[1:]):
            gap = _LIST_GAP.fullmatch(d.text, end, start)
            if not gap or " or " in gap.group() or d.type(other) != d.type(index):
                break  # ("a method, LoRA Silver Bullet or LoRA-SB,": one thing by two names)
            words = d.name(other).split()
            if "strong" not in map(shape, words) and words[-1] not in PART_HEADS:
                break  # ("a novel Extrapolating and Decoupling framework": one name; not "X Module and Y Module")
            if not self._well_known(d, other):
                propose(other, number, 0.7)

    def _new_metric(self, d: _Doc, index: int) -> bool:
        """Whether a metric may be the paper's own: not a listed measure, and said to be a
        metric where it is first named ("a simple yet effective evaluation metric") or spelled
        out as the proposal's very object. A listed measure heading the title is the paper's own
        ("CLIPScore: A Reference-free Evaluation Metric ...", "BLEURT: ...": 7 of 7 on development)."""
        key = name_key(d.name(index))
        if d.title_head and tuple(d.title_head) in {tuple(m) for m in d.entities[index][3]}:
            return True
        if key in self.known_metrics:
            return False
        start, end = d.entities[index][3][0]
        # ("we propose the CPM-sensitive AUC (csAUC)": its long form the verb's very object)
        defined = d.defined.get(key, -1)
        return bool(_METRIC_NOUN.search(d.text, max(0, start - 60), end + 60)) or (
            defined >= 0 and bool(cues.PROPOSED_RIGHT_BEFORE.search(d.text, max(0, defined - 40), defined))
        )

    @staticmethod
    def _variants(d: _Doc, proposed: list[int], add) -> None:
        """A proposed name that extends another name of the paper ("FST-D", "Flan-UL2", "BioBERT"),
        and a name that extends a proposed one ("Fox-1-1.6B" of "Fox-1")."""
        if not proposed:
            return  # neither a variant nor its base is proposed
        names = {name_key(e[0]): i for i, e in enumerate(d.entities) if e[1] == "MODEL"}
        own_models = {name_key(d.name(i)) for i in proposed if d.type(i) == "MODEL"}
        for index, entity in enumerate(d.entities):
            if entity[1] != "MODEL":
                continue
            # "Fox-1-1.6B" opens with the name of the paper's "Fox-1": one of its own models
            breaks = [b.start() for b in _NAME_PART_BREAK.finditer(entity[0])][1:] if own_models else []  # (first part: below)
            own_prefix = any(name_key(entity[0][:b]) in own_models for b in breaks)
            if own_prefix and index not in proposed:
                proposed.append(index)
                add("proposes", (entity[0],), FactFinder._first_sentence(d, index), 0.6)
            for part in _NAME_PART_BREAK.split(entity[0]):
                # (a proposed "I-PINN" builds on "PINNs"; a plural proposes no variant of it)
                base = names.get(name_key(part), names.get(name_key(part) + "s") if index in proposed else None)
                if base is None or base == index or name_key(part) == name_key(entity[0]):
                    continue
                if base in proposed or index in proposed:
                    sentence = FactFinder._first_sentence(d, index)
                    if index not in proposed:
                        proposed.append(index)
                        add("proposes", (entity[0],), sentence, 0.6)
                    # "BERT-CoQAC" builds on BERT; "FST-D", a variant of the paper's FST, on FST (a
                    # part with a longer name of its own, "EzAudio-DiT", is no variant)
                    if base not in proposed or _VARIANT_MARK.fullmatch(entity[0], len(d.name(base))):
                        add("based_on", (entity[0], d.name(base)), sentence, 0.6)
            if index in proposed:
                # "BioBERT", "DistilBERT", "MedSAM", "Fast F5-TTS": a proposed name that ends in
                # another model's name builds on it; so does one that opens with another's ("ViTDet",
                # "BERT4ETH", "EquiformerV2").
                for base in names.values():
                    name = d.name(base)
                    if base == index or len(name) < 3 or len(entity[0]) <= len(name):
                        continue
                    head = entity[0][: -len(name)]
                    if (entity[0].endswith(name) and (head[-1].isalpha() or (_QUALIFYING_WORD.fullmatch(head) and name[0].isalpha()))) or (
                        entity[0].startswith(name) and base not in proposed
                    ):
                        add("based_on", (entity[0], name), FactFinder._first_sentence(d, index), 0.6)

    def _family(self, d: _Doc, proposed: list[int], add) -> None:
        """Names that open with the coined stem of the name heading the title are the paper's
        too: "Xwin-LM: ...", then "Xwin-RM", "Xwin-Set" and "Xwin-LM-SFT" are its parts; "KLUE:
        ...", "KLUE-BERT". (Not a well-known stem: "LLaMA-Adapter: ..." does not make "LLaMA-7B"
        the paper's.)"""
        head = d.title_head
        if not head:
            return
        head_name = d.text[head[0] : head[1]]
        stem = name_key(head_name.split("-")[0])
        if len(stem) < 3 or stem in self.known:
            return
        for index, entity in enumerate(d.entities):
            own_stem, hyphen, _ = entity[0].partition("-")
            if hyphen and index not in proposed and entity[1] != "METRIC" and name_key(own_stem) == stem:
                parts = entity[0].split("-")
                if not entity[0].startswith(head_name) and any(name_key("-".join(parts[:n])) in self.known for n in range(2, len(parts))):
                    continue  # "Phi-4-Mini-Reasoning: ...", then "Phi-4-Mini": a member of a well-known family (Phi-4)
                # (not an earlier model of the family the text builds on or gives as an example:
                # "mPLUG-DocOwl: ...", "we propose mPLUG-DocOwl based on mPLUG-Owl")
                earlier = any(
                    _BASED_OR_EXAMPLE_BEFORE.search(d.text, max(0, start - 30), start) for start, _ in entity[3] if start >= d.title_end
                )
                if not self._well_known(d, index) and not earlier:
                    proposed.append(index)
                    add("proposes", (entity[0],), self._first_sentence(d, index), 0.6)

    # -- helpers -----------------------------------------------------------------
    @staticmethod
    def _first_sentence(d: _Doc, index: int) -> int:
        """The sentence of the entity's first abstract mention (else its first one)."""
        offsets = d.entities[index][3]
        return d.sentence_of(next((s for s, _ in offsets if s >= d.title_end), offsets[0][0]))

    @staticmethod
    def _use(d: _Doc, s: _Sentence, head: int, after: str, own: bool) -> float:
        """Confidence that a model named at ``head`` is used by the paper, 0 when it is not.

        Outside the paper's own sentences only a use cue right before the name counts, not an
        example cue ("models such as X have ..."), and nothing in a background sentence. In
        its own sentences a name is used unless its clause, without a first person or a use
        cue, sets it apart: a contrast ("Unlike X, we ...") or related work ("prior work such
        as X").
        """
        if not own:
            if s.background():
                return 0.0
            # ("Several GNN architectures, including GraphSAGE and APPNP, are systematically evaluated")
            evaluated = s.evaluated_at()
            if FactFinder._after_cue(after) or s.use_cue_before(d.text, head, examples=False) or (evaluated is not None and head < evaluated):
                return 0.6
            return 0.0
        c_start, c_end = s.clause_bounds(head)
        if c_start and _COORDINATED.match(s.text, c_start):
            c_start = 0  # "we freeze X, an MLLM, and tune Y": the subject comes first
        clause = s.text[c_start:c_end]
        # Another clause of the paper's sentence: "Unlike X, we ...", "while prior work such as
        # X ..., we ..." name X in passing; other clauses ("..., as well as on ResNet-50") do not.
        if not (_CONTRAST.search(clause) or cues.BACKGROUND.search(clause)):
            return 0.7
        if FactFinder._after_cue(after) or cues.FIRST_PERSON.search(clause) or s.use_cue_before(d.text, head):
            return 0.7
        return 0.0

    @staticmethod
    def _after_cue(after: str) -> bool:
        """"X-based", "X backbone": the name qualifies what the paper builds."""
        return after.startswith("-based") or bool(cues.USE_AFTER.match(after))

    @staticmethod
    def _between(d: _Doc, mentions: list, cue_end: int, m_start: int, subject: int) -> bool:
        """The cue precedes the mention, and the subject is not named after the cue."""
        if cue_end > m_start:
            return False
        return not any(cue_end <= s < m_start and i == subject for s, _, i in mentions)


# "61.3 AP on the X dataset": a score measured on the data set named next.
_SCORED_ON = re.compile(r"\d[^\s~]*(?:[\s~]+[\w@\-]+){0,2}?[\s~]+on[\s~]+(?:the[\s~]+)?$")


def _built_on_before(text: str, start: int, at: int) -> bool:
    """Whether the proposing clause of ``text[start:at]`` works with what is named at ``at`` ("we propose
    to use X", "an approach building on X"; not "based on X, we propose", "by using a new technique
    called X", nor "a new method based on X, or Y for short")."""
    verb = cues.PROPOSE.search(text, start, at)
    cue = _BUILT_ON_BEFORE.search(text, verb.end() if verb else start, at)
    if cue is None or _NEW_OR_NAMED.search(text, cue.end(), at) or _APART.search(text, cue.end(), at):
        return False
    # ("a new supervised pre-training method based on Leave-One-Out K-Nearest-Neighbor, or LOOK for
    # short": what a new method is based on may be spelled out as its own name)
    return not (cue.group().startswith("based") and _NEW_OR_NAMED.search(text, verb.end() if verb else start, cue.start()))


def _sources_used(facts: dict) -> None:
    """A knowledge source the paper works on ("questions over Freebase", "grounded in
    Wikipedia") is used, not evaluated on, wherever the evaluation rules placed it."""
    for key in [key for key in facts if key[0] == "evaluated_on" and name_key(key[1][0]) in _KNOWLEDGE_SOURCES]:
        fact = facts.pop(key)
        if ("uses", key[1]) not in facts:
            facts["uses", key[1]] = ["uses", *fact[1:]]


def _data_role(d: _Doc, start: int, end: int) -> str | None:
    """What the sentence of one mention says a data set no rule placed is to the paper: used,
    where it is named as a source ("captions from X") or in a sentence of training with no
    score measured on it; evaluated on, in a sentence of evaluation that names no training, or
    right after "using" in a sentence of experiments or comparison."""
    s = _Sentence(d, d.sentence_of(start), ())
    window = max(s.start, start - 90)
    if _FROM_BEFORE.search(d.text, window, start) or name_key(d.text[start:end]) in _KNOWLEDGE_SOURCES:
        return "uses"
    if cues.TRAINING_WORD.search(s.text):
        return None if _SCORED_ON.search(d.text, window, start) else "uses"
    if s.evaluation() and not FactFinder._training(d, s, start, d.text[end : min(s.end, end + 60)], "DATASET"):
        return "evaluated_on"
    if FactFinder._evaluated_using(d, s, start):
        return "evaluated_on"  # ("Experiments were conducted using the X dataset": no "we" needed)
    return None


def _blocks_object(words: str) -> bool:
    """Whether a proposal's object ends in ``words`` before a name ("a model based on X", "a
    framework using X"); "-based" only qualifies a noun ("a Transformer-based model, X")."""
    return any(b.group() != "-based" for b in cues.OBJECT_BLOCKER.finditer(words))


@Language.factory(
    "kg_facts",
    assigns=["doc._.kg_facts"],
    requires=["doc._.kg_entities"],
    default_config={"lexicon": {"@misc": "kg.lexicon.v1"}},
)
def make_fact_finder(nlp: Language, name: str, lexicon) -> FactFinder:
    return FactFinder(lexicon.well_known(), frozenset(name_key(m) for m in lexicon.metrics), frozenset(name_key(n) for n, _ in lexicon.names))
