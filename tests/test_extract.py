"""The extraction components on a real blank spaCy pipeline, with made-up sentences."""

from __future__ import annotations

import pickle
import random
from collections import Counter

import pytest
import spacy

from kg.extract import clean_url, extract, load_pipeline, url_kind
from kg.extract.acronyms import find_definitions, long_form
from kg.extract.lexicon import DATA_DIR, load_lexicon
from kg.extract.shapes import shape
from kg.records import Extraction, Paper


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def entities(doc) -> dict[str, str]:
    return {name: etype for name, etype, *_ in doc._.kg_entities}


def typed_with_aliases(doc) -> dict[str, tuple[str, list[str]]]:
    return {name: (etype, aliases) for name, etype, aliases, *_ in doc._.kg_entities}


def facts(doc, relation: str) -> list:
    return [tuple(args) if len(args) > 1 else args[0] for rel, args, *_ in doc._.kg_facts if rel == relation]


# -- sentences ---------------------------------------------------------------------


def test_sentences_respect_abbreviations_decimals_and_urls(nlp):
    text = (
        "Models such as ZetaNet, e.g. the base one, reach 93.5 points (cf. Fig. 2) vs. baselines, i.e. "
        "Smith et al. 2021. See https://zeta.example.org/v1.2/index.html for more. Done!\nNext line"
    )
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences == [
        "Models such as ZetaNet, e.g. the base one, reach 93.5 points (cf. Fig. 2) vs. baselines, i.e. Smith et al. 2021.",
        "See https://zeta.example.org/v1.2/index.html for more.",
        "Done!",
        "Next line",
    ]
    assert nlp("Two. Sentences.")._.kg_sentences == [[0, 4], [5, 15]]


def test_empty_and_whitespace_texts(nlp):
    for text in ("", "   ", "\n\n"):
        doc = nlp(text)
        assert doc._.kg_entities == [] and doc._.kg_urls == [] and doc._.kg_results == []


# -- URLs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("https://github.com/org/repo.", "https://github.com/org/repo"),
        ("at~https://github.com/org/repo", "https://github.com/org/repo"),
        ("https://org.github.io/site{https://org.github.io/site}.", "https://org.github.io/site"),
        ("https://example.org/a_(b)),", "https://example.org/a_(b)"),
        ("(https://example.org/x)", "https://example.org/x"),
        ("https://example.org/x\\\\", "https://example.org/x"),
        ("www.example.org/page;", "www.example.org/page"),
        ("[https://example.org/x](https://example.org/x).", "https://example.org/x"),  # a Markdown link
    ],
)
def test_clean_url(raw, clean):
    assert clean_url(raw) == clean


@pytest.mark.parametrize(
    "url, kind",
    [
        ("https://github.com/org/repo", "code"),
        ("https://gitlab.com/org/repo", "code"),
        ("https://gitlab.inria.fr/team/repo", "code"),
        ("https://bitbucket.org/org/repo", "code"),
        ("https://huggingface.co/org/model-7b", "model"),
        ("https://huggingface.co/datasets/org/corpus", "data"),
        ("https://org.github.io/project/", "project"),
        ("https://sites.google.com/view/thing", "project"),
        ("http://lab.example.ai/", "project"),
        ("https://zenodo.org/record/123", "data"),
        ("https://arxiv.org/abs/2401.00001", "other"),
        ("https://www.youtube.com/watch?v=x", "other"),
    ],
)
def test_url_kind(url, kind):
    assert url_kind(url) == kind


def test_url_component_offsets_and_kinds(nlp):
    text = "Code: https://github.com/o/r. Weights at~https://huggingface.co/o/m, data (https://huggingface.co/datasets/o/d)."
    doc = nlp(text)
    assert [(u, k) for u, k, _, _ in doc._.kg_urls] == [
        ("https://github.com/o/r", "code"),
        ("https://huggingface.co/o/m", "model"),
        ("https://huggingface.co/datasets/o/d", "data"),
    ]
    assert all(text[s:e] == u for u, _, s, e in doc._.kg_urls)


def test_a_code_host_the_sentence_offers_only_data_at_holds_data(nlp):
    text = (
        "The GullSet dataset is available at https://github.com/o/gullset. Code and data are at https://github.com/o/gull. "
        "Our data and evaluation scripts: https://github.com/o/eval. It beats all rivals.111Datasets are at https://github.com/o/d."
    )
    assert [(u, k) for u, k, _, _ in nlp(text)._.kg_urls] == [
        ("https://github.com/o/gullset", "data"),
        ("https://github.com/o/gull", "code"),
        ("https://github.com/o/eval", "code"),
        ("https://github.com/o/d", "data"),
    ]
    # ... and so does a page of its own, unless the sentence calls it the project's page
    text = "The GullSet dataset has been released at https://o.github.io/gullset. Data and project page: https://o.github.io/gull."
    assert [k for _, k, _, _ in nlp(text)._.kg_urls] == ["data", "project"]
    # (a footnote's mark after a full stop opens the footnote's own sentence)
    text = "We release our dataset, code, and models.111Dataset available at https://github.com/o/slms."
    assert [k for _, k, _, _ in nlp(text)._.kg_urls] == ["data"]
    # (results and experiments come with a data set; code does not)
    text = "The dataset and our experiments are at https://github.com/o/jq. The dataset and our code are at https://github.com/o/jc."
    assert [k for _, k, _, _ in nlp(text)._.kg_urls] == ["data", "code"]


def test_footnote_marks_glued_to_addresses_and_bare_project_pages(nlp):
    text = (
        "It generalizes.111gullnet.github.io/demo We release it open-source222github.com/o/gull. "
        "Code: https://github.com/o/kite111We thank all. Data: https://github.com/o/lark.222CleanSet-10 Project page: zorb3d.github.io."
    )
    doc = nlp(text)
    assert [u for u, *_ in doc._.kg_urls] == [
        "gullnet.github.io/demo", "github.com/o/gull", "https://github.com/o/kite", "https://github.com/o/lark", "zorb3d.github.io",
    ]
    assert all(text[s:e] == u for u, _, s, e in doc._.kg_urls)
    # a host alone counts right after "at", a colon or "visit", not where a site is named as a source
    text = "Models are at KiteHub.ml. Results: gull.lab.info. We crawl Zorbshop.com and data from KiteTrials.gov."
    assert [u for u, *_ in nlp(text)._.kg_urls] == ["KiteHub.ml", "gull.lab.info"]


def test_addresses_broken_at_a_line_or_escaped_in_markdown_are_whole(nlp):
    text = (
        "Code at https://github.com/\nzorb/KiteAlign and https://github.com/o/ kite-research/tree/master/gull . "
        "Link: https://github.com/o/Enhance-Detection-of\n-Document-Level.git\n. Page is "
        "[https://o.github.io/Kite\\\\_web](https://o.github.io/Kite_web). See https://o.github.io/ for details."
    )
    assert [u for u, *_ in nlp(text)._.kg_urls] == [
        "https://github.com/zorb/KiteAlign",
        "https://github.com/o/kite-research/tree/master/gull",
        "https://github.com/o/Enhance-Detection-of-Document-Level.git",
        "https://o.github.io/Kite_web",
        "https://o.github.io/",  # (a word after a break is no path)
    ]


def test_bare_addresses_and_what_the_sentence_says_is_there(nlp):
    text = (
        "Our model and code are available at aka.ms/gullnet. The dataset is at https://gull-data.net. "
        "Videos and code: https://lab.example.org/projects/gull/. Related: e.g./i.e. and a.com/ alone."
    )
    doc = nlp(text)
    assert [(u, k) for u, k, _, _ in doc._.kg_urls] == [
        ("aka.ms/gullnet", "code"),  # a site its host does not classify: the sentence says what it holds
        ("https://gull-data.net", "data"),
        ("https://lab.example.org/projects/gull/", "project"),  # its path says it is a project page
    ]
    assert "r" not in entities(doc)  # nothing inside a URL is a name
    # a site of its own stays the project's page where the sentence offers code there; a
    # shortened link or an anonymous code mirror holds the code
    doc = nlp("Code and data are at https://gullarena.dev. Code: https://git.io/gull and https://anonymous.4open.science/r/Gull.")
    assert [(u, k) for u, k, _, _ in doc._.kg_urls] == [
        ("https://gullarena.dev", "project"), ("https://git.io/gull", "code"), ("https://anonymous.4open.science/r/Gull", "code")
    ]
    # (a country's or a newer top-level domain: "gitlab.ensta.fr/...", "mias.group/...")
    doc = nlp("Code is at gitlab.gull.fr/lab/gullnet. A demo is at gull.group/GullNet.")
    assert [(u, k) for u, k, _, _ in doc._.kg_urls] == [("gitlab.gull.fr/lab/gullnet", "code"), ("gull.group/GullNet", "project")]


# -- short forms ---------------------------------------------------------------------


def test_long_forms():
    assert long_form("GNR", "we build a Graph Neural Router") == "Graph Neural Router"
    assert long_form("MoX", "the Mixture-of-Xperts") == "Mixture-of-Xperts"
    assert long_form("LLMs", "large language models") == "large language models"
    assert long_form("Q3A", "three Question Question Question Answerers") == "Question Question Question Answerers"
    assert long_form("XYZ", "nothing of the kind") is None


def test_definitions_in_every_form():
    text = (
        "We use Sparse Token Routing (STR) here. "
        "KITE (Knowledge Injection Through Embeddings) helps. "
        "We apply Layer-Wise Scaling, or LWS for short. "
        "ZAP, which stands for Zero-shot Adaptive Prompting, is old. "
        "Results (2021) and (i) are not definitions."
    )
    found = [(d[0], d[1]) for d in find_definitions(text, [(0, len(text))])]
    assert found == [
        ("STR", "Sparse Token Routing"),
        ("KITE", "Knowledge Injection Through Embeddings"),
        ("ZAP", "Zero-shot Adaptive Prompting"),
        ("LWS", "Layer-Wise Scaling"),
    ]
    for short, long, s_start, s_end, l_start, l_end in find_definitions(text, [(0, len(text))]):
        assert text[s_start:s_end] == short and text[l_start:l_end] == long


# -- entities ------------------------------------------------------------------------


def test_word_shapes():
    assert [shape(w) for w in ("GeoFormer", "x2Net", "K-Means", "Orion", "13B", "3D", "self-supervised")] == [
        "strong", "strong", "strong", "weak", None, None, None,
    ]


def test_defined_model_is_named_by_short_form_with_long_form_alias(nlp):
    doc = nlp("We propose Sparse Token Routing (STR), a routing module. STR is fast.")
    (name, etype, aliases, offsets, confidence), = doc._.kg_entities
    assert (name, etype, aliases) == ("STR", "MODEL", ["Sparse Token Routing"])
    assert len(offsets) == 2 and 0 < confidence <= 1


def test_generic_acronyms_and_concepts_are_not_entities(nlp):
    doc = nlp(
        "Large language models (LLMs) and graph neural networks (GNNs) are popular in NLP. "
        "We study Continual Learning (CL) with an MLP and a GAN, trained with PyTorch on GPUs."
    )
    assert entities(doc) == {}
    # model classes, techniques and settings the arXiv dev gold never types (Seq2Seq 0 of 3 papers, TDNN 0 of 2, ...)
    doc = nlp("Seq2Seq and TDNN baselines with BoN sampling, an NT-Xent loss and LLM-as-a-Judge scoring, in Sim2Real transfer.")
    assert entities(doc) == {}
    # (BO 0 of 7, CAD 0 of 6, CRNN 0 of 4; DCASE, a challenge series whose editions and tasks are the benchmarks, 0 of 8)
    doc = nlp("Bayesian optimization (BO) tunes a CRNN for CAD models; BO is sample-efficient. "
              "In the audio tagging task of DCASE, it ranks third.")
    assert entities(doc) == {}
    # (MPNN: 0 of 8 development texts; its spelled-out plural is the class, not Gilmer et al.'s model)
    doc = nlp("Message Passing Neural Networks (MPNNs) are widely used for learning on graphs, but their reach is limited.")
    assert entities(doc) == {}
    # database systems are software, XAI a field, DDoS an attack (none in the dev gold)
    doc = nlp("Our optimizer beats PostgreSQL and SparkSQL on OLAP workloads, with XAI tools explaining DDoS alerts.")
    assert entities(doc) == {}
    # a search task, mixture models, distance fields, queues and molecules (none in the dev gold)
    doc = nlp("Approximate Nearest Neighbor Search (ANNS) is key. We fit a Gaussian Mixture Model (GMM) to SDF values "
              "held in a FIFO queue of VQ codes, as for DNA.")
    assert entities(doc) == {}
    # imaging terms and devices: dynamic ranges, a colour space, an event sensor, a display
    assert entities(nlp("We fuse LDR frames from a DVS into HDR images in YUV space shown on an LCD.")) == {}
    # MRI sequences and colour spaces (typed as models or data sets 11 times in the dev texts, never in its gold)
    assert entities(nlp("We segment lesions on T1, T2, DWI and rs-fMRI scans in HSV and YCbCr colour spaces.")) == {}
    # parallel programming interfaces are software
    assert entities(nlp("We translate the kernels between OpenMP, OpenACC and MPI.")) == {}
    # a generic term as written is no listed name of another case ("MIMO" is not Xiaomi's MiMo)
    doc = nlp("We send images over multiple-input multiple-output (MIMO) channels, called KiteJSCC. KiteJSCC suits MIMO systems.")
    assert entities(doc) == {"KiteJSCC": "MODEL"}
    assert entities(nlp("We introduce a scheme for MIMO systems and MIMO channels.")) == {}
    # a camera's field of view (typed 4 times in the dev texts, never in its gold)
    assert entities(nlp("Our KiteCam model handles the large field of view (FoV) of 360 images.")) == {"KiteCam": "MODEL"}
    # Earth-observation satellites are instruments (typed 17 times in the dev texts, never where its gold does)
    assert entities(nlp("We map floods from Sentinel-1 and Sentinel-2B images of the KiteFlood dataset.")) == {"KiteFlood": "DATASET"}


def test_no_listed_name_is_also_a_generic_term():
    # (a name in both lists is typed on sight as a definition's long form, whatever generic.txt says)
    lexicon = load_lexicon()
    assert [name for name, _ in lexicon.names if lexicon.is_generic(name)] == []


def test_what_a_name_holds_makes_it_data(nlp):
    # "X, comprising 214 million images": a data set by its contents (not a place the data come from)
    doc = nlp("We first curate ZorbLife-200M, comprising 214 million images of living organisms.")
    assert entities(doc) == {"ZorbLife-200M": "DATASET"}
    doc = nlp("We provide ZorbVid-2M, comprised of over two million videos. ZorbVid-2M helps KiteNet.")
    assert entities(doc)["ZorbVid-2M"] == "DATASET"
    doc = nlp("We collect camera trap images in Southern Kiteland, consisting of 104,495 images of species.")
    assert entities(doc) == {}


def test_a_type_noun_a_few_modifiers_back_types_the_name(nlp):
    # (the determiner may stand more than 30 characters before the name)
    doc = nlp("We carry out experiments on the large-scale touchless palmprint datasets ZUHK-v1 and KiteJi, with gains.")
    assert entities(doc) == {"ZUHK-v1": "DATASET", "KiteJi": "DATASET"}
    # ... and with no determiner, a plural data noun right before it
    doc = nlp("Extensive testing on standard datasets and debiased datasets KiteNet-CD and Zorbades-CD shows gains.")
    assert entities(doc) == {"KiteNet-CD": "DATASET", "Zorbades-CD": "DATASET"}


def test_a_name_right_before_benchmark_dataset_is_a_benchmark(nlp):
    # (on development 16 of 21 such names are gold benchmarks; "benchmark datasets X" stays data)
    doc = nlp("ZorbNet outperforms KiteNet on the ZorbID benchmark dataset and on the KiteSet dataset.")
    assert entities(doc) == {"ZorbNet": "MODEL", "KiteNet": "MODEL", "ZorbID": "BENCHMARK", "KiteSet": "DATASET"}


def test_what_experiments_run_on_both_of_is_data(nlp):
    assert entities(nlp("We ran experiments on both ZorbSet and KiteSet.")) == {"ZorbSet": "DATASET", "KiteSet": "DATASET"}
    # (not what a method relies on)
    assert entities(nlp("ZorbNet relies on both ZorbTok and KiteNet."))["ZorbTok"] == "MODEL"


def test_a_database_spelled_out_is_data(nlp):
    doc = nlp("The model uses structural events present in the Weimar Kite Database (WKD) for inducing structure.")
    assert entities(doc) == {"WKD": "DATASET"}


def test_an_apposition_with_listed_adjectives_types_the_name(nlp):
    doc = nlp("To this end, we propose ZorbInstruct, a large-scale, comprehensive, and high-quality dataset for kites.")
    assert entities(doc) == {"ZorbInstruct": "DATASET"}
    doc = nlp("We use ZorbNet, a model, and a KiteSet corpus.")
    assert entities(doc) == {"ZorbNet": "MODEL", "KiteSet": "DATASET"}


def test_dataset_and_benchmark_cues_type_capitalised_names(nlp):
    doc = nlp(
        "We pre-train KiteLM on the Ocean Reviews corpus and test it on the Harbor Bench benchmark, "
        "reporting results on MarsQA, VenusQA and Lunar Dialogs datasets."
    )
    assert entities(doc) == {
        "KiteLM": "MODEL",
        "Ocean Reviews": "DATASET",
        "Harbor Bench": "BENCHMARK",
        "MarsQA": "DATASET",
        "VenusQA": "DATASET",
        "Lunar Dialogs": "DATASET",
    }
    # a listed data set before a model noun names the model's training data: "an ImageNet classifier"
    assert entities(nlp("We attack an ImageNet classifier and a KiteLM classifier.")) == {"ImageNet": "DATASET", "KiteLM": "MODEL"}


def test_capitalised_words_need_support(nlp):
    doc = nlp(
        "However, Sunflower uses a Transformer encoder, unlike transformers in general. "
        "Our Gradient Harmonizer framework helps, and Peters et al. (2020) agree. "
        "Baselines include Falcon, Owl and HawkNet."
    )
    found = entities(doc)
    assert found.get("Transformer") == "MODEL"  # the capitalised architecture name
    assert "transformers" not in found and "Sunflower" not in found and "However" not in found
    assert "Gradient Harmonizer" not in found  # "framework" types a name, it does not make one
    assert "Peters" not in found  # a citation
    assert {"Falcon", "Owl", "HawkNet"} <= set(found)  # listed beside a name-shaped word


def test_names_with_versions_sizes_and_suffixes(nlp):
    doc = nlp("We fine-tune Orion 2 and Vega 7B, a Vega-based variant, unlike GPT-like models and wav2vec~2.0.")
    found = entities(doc)
    assert found.get("Orion 2") == "MODEL" and found.get("Vega 7B") == "MODEL"  # ("Vega-based" is a mention of it)
    assert found.get("wav2vec 2.0") == "MODEL"
    assert "GPT" not in found and "GPT-like" not in found
    # a version joined to a size ends the name; compute with its unit is no name
    sized = entities(nlp("On Zorb 2-7B pretraining, it reaches 40 TFlops/GPU against 30TF for QuuxNet."))
    assert "Zorb 2-7B" in sized and "30TF" not in sized
    # (a participle or a kind after the hyphen is no part of the name either)
    tuned = entities(nlp("We study a Stable Diffusion model Zorb-finetuned on ArtBench and Quux-series models."))
    assert "Zorb-finetuned" not in tuned and "Quux-series" not in tuned
    # a capitalised adjective is no name with a suffix (a listed name is: "Transformer-Based")
    doc = nlp("In this paper, we propose an Object-Centric query-BEV detector KiteBEV, using a Transformer-Based encoder.")
    assert entities(doc) == {"KiteBEV": "MODEL", "Transformer": "MODEL"}
    # a score after a name is no version, nor is a measure with its score part of the name
    scored = entities(nlp("Domain models won (ZorbNet F1=0.643 vs. KiteLM-base 0.485), as did QuuxLM 0.5."))
    assert {"ZorbNet", "KiteLM-base", "QuuxLM 0.5"} <= set(scored) and "F1" in scored


def test_plurals_and_typos_are_mentions_of_the_same_entity(nlp):
    doc = nlp("We train OrcaNet and several OrcaNets. OrcaNet keeps what OcraNet learned.")
    (name, etype, aliases, offsets, _), = doc._.kg_entities
    assert (name, etype, len(offsets)) == ("OrcaNet", "MODEL", 4)
    assert aliases == ["OrcaNets", "OcraNet"]


def test_title_head_is_an_entity_without_abstract_offsets():
    paper = Paper("t1", "Quokka: Scaling Marsupial Models", "This paper studies scaling.")
    extraction = next(extract([paper]))
    (entity,) = extraction.entities
    assert (entity.name, entity.type, entity.mentions) == ("Quokka", "MODEL", [])
    assert entity.evidence.sentence == paper.title and entity.evidence.start == entity.evidence.end == 0
    assert extraction.names("proposes") == ["Quokka"]


def test_metrics_with_modifiers(nlp):
    doc = nlp("It improves top-5 accuracy and zero-shot accuracy, lowers WER, and keeps full-precision weights.")
    assert entities(doc) == {"top-5 accuracy": "METRIC", "zero-shot accuracy": "METRIC", "WER": "METRIC"}
    # a noun of an action before the measure names what it measures ("recommendation accuracy")
    tasks = nlp("ZorbRec improves recommendation accuracy by 25% and localization accuracy, and improves accuracy.")
    assert {"recommendation accuracy", "localization accuracy", "accuracy"} <= set(entities(tasks))
    # a way of averaging glued to the measure with a hyphen is part of its name ("macro-AUC")
    doc = nlp("ZorbRec reaches a macro-AUC of 89.4% and a weighted-F1 of 0.81 on KiteSet.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("macro-AUC", "89.4%"), ("weighted-F1", "0.81")]


def test_unicode_names(nlp):
    doc = nlp("We propose Ünïcødé-Net, which outperforms Größe-7 on the Ćirilica dataset.")
    found = entities(doc)
    assert found == {"Ünïcødé-Net": "MODEL", "Größe-7": "MODEL", "Ćirilica": "DATASET"}


# -- facts ---------------------------------------------------------------------------


def test_proposes_uses_based_on_compared_to_evaluated_on(nlp):
    doc = nlp(
        "We introduce a retrieval framework termed SeekNet, built upon LinkBERT. "
        "SeekNet outperforms DenseX on the PortQA benchmark and is trained on the Delta Logs dataset."
    )
    assert facts(doc, "proposes") == ["SeekNet"]
    assert facts(doc, "based_on") == [("SeekNet", "LinkBERT")]
    assert facts(doc, "compared_to") == [("SeekNet", "DenseX")]
    assert facts(doc, "evaluated_on") == ["PortQA"]
    assert set(facts(doc, "uses")) == {"LinkBERT", "DenseX", "Delta Logs"}


def test_named_object_of_another_noun_is_not_proposed(nlp):
    doc = nlp("We present a tagger based on a pre-trained encoder called RoBERTa.")
    assert facts(doc, "proposes") == []
    assert facts(doc, "uses") == ["RoBERTa"]


def test_variants_of_a_proposed_model(nlp):
    doc = nlp("We propose Heron. We also release Heron-S and Tiny-Heron.")
    assert facts(doc, "proposes") == ["Heron", "Heron-S", "Tiny-Heron"]
    # a variant of the paper's own model builds on it, as the sample's gold has it ("FST-D" on "FST")
    assert facts(doc, "based_on") == [("Heron-S", "Heron")]
    # a variant of another paper's model builds on it
    doc = nlp("We start from HeronNet, a strong open model. We propose HeronNet-QA for conversational questions.")
    assert facts(doc, "proposes") == ["HeronNet-QA"] and facts(doc, "based_on") == [("HeronNet-QA", "HeronNet")]
    # a proposed name that ends in another model's name builds on it; one that only contains it does not
    doc = nlp("We present MedHeron, a model for X-rays. MedHeron outperforms Heron and HeronX.")
    assert facts(doc, "based_on") == [("MedHeron", "Heron")]
    # (and one that puts a capitalised word before it: "Fast F5-TTS"; not an article, "The AI Scientist")
    doc = nlp("TTS models such as ZorbTTS-2 are slow. We introduce Fast ZorbTTS-2, a training-free approach to speed them up.")
    assert facts(doc, "based_on") == [("Fast ZorbTTS-2", "ZorbTTS-2")]
    # so does one that opens with another's, unless that one is proposed too; the base is used
    doc = nlp("We present KiteLMDet for documents. Pages are read by KiteLM first.")
    assert facts(doc, "based_on") == [("KiteLMDet", "KiteLM")] and facts(doc, "uses") == ["KiteLM"]
    doc = nlp("We present KiteLMDet, a detector. We also propose KiteLM, an encoder.")
    assert facts(doc, "based_on") == []
    # a proposed variant of a class the text names in the plural builds on it; a plural proposes no variant
    doc = nlp("Kite networks such as KiteNets are popular models, but KiteNets face stiffness. This paper presents an improved KiteNet (I-KiteNet).")
    assert facts(doc, "based_on") == [("I-KiteNet", "KiteNets")]


def test_a_name_given_with_a_comma_after_the_proposed_object_is_proposed(nlp):
    doc = nlp("We propose a method to pre-train a smaller language model, called TinyHeron, which is faster.")
    assert facts(doc, "proposes") == ["TinyHeron"]


def test_surveys_use_nothing(nlp):
    doc = nlp("This survey reviews BERT, T5 and CLIP. We discuss how BERT is used.")
    assert facts(doc, "uses") == []
    doc = nlp("A Comprehensive Review of Kite Models. We discuss how ZorbLM is used.")
    assert facts(doc, "uses") == []


def test_a_review_or_book_the_paper_is_about_is_no_survey(nlp):
    for opening in ["We study open book question answering.", "Code review is costly.", "The peer review process is slow."]:
        doc = nlp(opening + " We fine-tune ZorbLM and KiteLM on our data.")
        assert facts(doc, "uses") == ["ZorbLM", "KiteLM"], opening


# -- results -------------------------------------------------------------------------


def results(doc) -> list[tuple]:
    return [(metric, value) for _, metric, value, *_ in doc._.kg_results]


def test_a_dataset_right_before_by_and_a_value_is_where_the_value_was_measured(nlp):
    doc = nlp("KiteNet improves over previous results on ZorbQA by 2.5 ROUGE-L and on LarkQA by 9.4 ROUGE-L.")
    assert [tuple(r[1:4]) for r in doc._.kg_results] == [("ROUGE-L", "2.5", "ZorbQA"), ("ROUGE-L", "9.4", "LarkQA")]


def test_praise_before_a_measure_is_no_part_of_its_name(nlp):
    doc = nlp("KiteNet achieves exceptional overall accuracies of 99.28% and 98.63% on both sets.")
    assert results(doc) == [("overall accuracies", "99.28%"), ("overall accuracies", "98.63%")]


def test_the_plural_of_a_hyphenated_listed_measure_names_it(nlp):
    doc = nlp("ZorbNet achieves F1-scores of 0.912 on ZorbSet and 0.955 on KiteSet, with higher win-rates than KiteNet.")
    assert entities(doc)["F1-scores"] == "METRIC" and entities(doc)["win-rates"] == "METRIC"
    assert results(doc) == [("F1-scores", "0.912"), ("F1-scores", "0.955")]


def test_an_adverb_before_the_verb_of_a_result_is_no_part_of_its_metric(nlp):
    doc = nlp("We test KiteNet and FooNet, which respectively achieve F1 scores of 76.99 and 69.90 on the task.")
    assert results(doc) == [("F1 scores", "76.99"), ("F1 scores", "69.90")]


def test_result_values_and_metrics(nlp):
    doc = nlp(
        "PikeNet reaches 71.2% top-1 accuracy on ImageNet and an AP of 48.1\\% on COCO and 39.5\\% on LVIS. "
        "It reduces the training cost by about 35% and saves 4 times memory with 3x fewer FLOPs. "
        "Trained with 10% labelled data, it still gains 2.5 points."
    )
    assert results(doc) == [
        ("top-1 accuracy", "71.2%"),
        ("AP", "48.1%"),
        ("AP", "39.5%"),
        ("training cost", "about 35%"),
        ("memory", "4 times"),
        ("FLOPs", "3x fewer"),
        (None, "2.5 points"),
    ]
    found = entities(doc)
    assert found["training cost"] == found["memory"] == "METRIC"  # measures named with a number


def test_coordinated_values_share_the_metric(nlp):
    doc = nlp("SwiftLM improves by 3.1% and 4.7% mIoU, and lowers perplexity to 8.9.")
    assert results(doc) == [("mIoU", "3.1%"), ("mIoU", "4.7%"), ("perplexity", "8.9")]
    # (each value followed by its label in brackets)
    labelled = nlp("ZorbGait reaches rank-1 accuracy of 98.0% (normal), 97.5% (bag) and 92.2% (coat); 90.4% accuracy on QU-MVLP.")
    assert results(labelled) == [
        ("rank-1 accuracy", "98.0%"), ("rank-1 accuracy", "97.5%"), ("rank-1 accuracy", "92.2%"), ("accuracy", "90.4%")
    ]
    # (a plural measure before "of" and its list: "F1 scores of 0.93, 0.98 and 0.87")
    plural = nlp("ZorbDoc achieves F1 scores of 0.9306, 0.9804, and 0.8742 on the ZUNSD, ZORD, and QROIE datasets respectively.")
    assert results(plural) == [("F1 scores", "0.9306"), ("F1 scores", "0.9804"), ("F1 scores", "0.8742")]
    # (a measure in brackets is no label: each value keeps its own)
    measured = nlp("ZorbNet obtains 9.8% (AUC), 23.3% (EAO) and 24.4% (EAO) relative improvements.")
    assert results(measured)[:2] == [("AUC", "9.8%"), ("EAO", "23.3%")]
    # (but one followed by a colon labels the value after it: "86.4% (top-5: 98.0%)")
    colon = nlp("ZorbNet obtains a top-1 accuracy of 86.4% (top-5: 98.0%) on Zintel.")
    assert results(colon) == [("top-1 accuracy", "86.4%"), ("top-5", "98.0%")]
    # (values listed before one measure, whatever came earlier: "0.95% and 2.34% accuracy drops")
    shared = nlp("ZorbPrune cuts 63.57% FLOPs of KiteVL on ZQA and KQA with only 0.95% and 2.34% accuracy drops, respectively.")
    assert results(shared) == [("FLOPs", "63.57%"), ("accuracy", "0.95%"), ("accuracy", "2.34%")]
    # (and coordinated measures after coordinated values, past a hyphenated modifier)
    paired = nlp("ZorbDec gives a 6.7% and 7.4% absolute increase in token-level precision and recall, respectively.")
    assert results(paired) == [("precision", "6.7%"), ("recall", "7.4%")]


def test_values_without_a_percent_sign(nlp):
    doc = nlp(
        "KestrelLM matches larger models with only 62.5M trainable parameters and needs 2.5x fewer "
        "pre-training FLOPs and 16 times fewer GPU hours. It improves ROUGE-L F1 by +1.8, lowers the "
        "inference latency to 1/3, and gives a perplexity decrease of more than 4.21."
    )
    assert results(doc) == [
        ("trainable parameters", "62.5M"),
        ("pre-training FLOPs", "2.5x fewer"),
        ("GPU hours", "16 times fewer"),
        ("ROUGE-L F1", "+1.8"),
        ("inference latency", "1/3"),
        ("perplexity", "more than 4.21"),
    ]
    found = entities(doc)
    assert all(found[m] == "METRIC" for m, _ in results(doc))


def test_sizes_and_data_amounts_are_settings_not_results(nlp):
    doc = nlp("We scale OrcaNet up to 13B parameters and train it on 300B tokens with a batch of 512 sequences.")
    assert results(doc) == []


def test_measure_noun_phrases_around_a_number(nlp):
    doc = nlp(
        "OwlNet improves the average score on the Nimbus benchmark by 4.5 points, "
        "reaches an inference throughput of 1200 and a validation error (3.1) lower than the baseline."
    )
    assert results(doc) == [("average score", "4.5 points"), ("inference throughput", "1200"), ("validation error", "3.1")]


def test_suites_are_benchmarks_and_data_items_type_datasets(nlp):
    doc = nlp("We test on SuperGLUE and AlpacaEval, and sample 5k QuillText articles from the validation set of Burrow.")
    found = entities(doc)
    assert found["SuperGLUE"] == found["AlpacaEval"] == "BENCHMARK"
    assert found["QuillText"] == found["Burrow"] == "DATASET"


def test_datasets_with_reported_numbers_are_evaluated_on(nlp):
    doc = nlp("The resulting model reaches 81.5% accuracy on Larkset and 62.0% on the Wren dataset.")
    assert set(facts(doc, "evaluated_on")) == {"Larkset", "Wren"}


def test_a_verb_between_a_name_and_a_metric_does_not_make_the_name_a_dataset(nlp):
    doc = nlp("On the Finch dataset, HeronNet improves BLEU by 2.0.")
    assert entities(doc) == {"Finch": "DATASET", "HeronNet": "MODEL", "BLEU": "METRIC"}


# -- the stage -----------------------------------------------------------------------


PAPERS = [
    Paper(
        "a",
        "Sparrow: Small Models that Fly",
        "We propose Sparrow, a distilled model based on T5. Sparrow achieves 88.4% accuracy on the "
        "Wing Bench benchmark, beating Eagle-2. Code: https://github.com/x/sparrow.",
    ),
    Paper("b", "A Study of Things", "We evaluate BERT and RoBERTa on GLUE (see https://gluebenchmark.com/)."),
    Paper("c", "Empty", ""),
]


def test_extract_streams_records_with_honest_offsets():
    extractions = list(extract(iter(PAPERS), batch_size=2))
    assert [e.paper.id for e in extractions] == ["a", "b", "c"]
    first = extractions[0]
    abstract = first.paper.abstract
    for entity in first.entities:
        for mention in entity.mentions:
            assert abstract[mention.start : mention.end] == mention.text
        if entity.mentions:
            ev = entity.evidence
            assert abstract[ev.start : ev.end] == ev.sentence and entity.mentions[0].text in ev.sentence
    for url in first.urls:
        assert abstract[url.start : url.end] == url.url
    for fact in first.facts:
        ev = fact.evidence
        assert ev.sentence == (abstract[ev.start : ev.end] if ev.end else first.paper.title)
        assert 0 <= ev.confidence <= 1
    assert first.names("proposes") == ["Sparrow"]
    assert first.names("compared_to") == [["Sparrow", "Eagle-2"]]
    assert [(r.metric, r.value, r.benchmark) for r in first.results] == [("accuracy", "88.4%", "Wing Bench")]
    assert extractions[2].entities == [] and extractions[2].facts == []
    # The record round-trips.
    assert Extraction.from_record(first.to_record()).to_record() == first.to_record()


def test_numeric_citation_marks_do_not_break_lists_and_stay_in_quotes():
    paper = Paper("m", "A Study", "KiteNet is trained and evaluated on Quarry-101[1], Shale-51 [2, 3] and Pebbles [4] dataset.")
    (found,) = extract([paper])
    assert found.names("evaluated_on") == ["Quarry-101", "Shale-51", "Pebbles"]
    fact = next(f for f in found.facts if f.relation == "evaluated_on")
    assert fact.evidence.sentence == paper.abstract  # the marks are blanked for the rules only
    assert [m.text for e in found.entities for m in e.mentions] == ["KiteNet", "Quarry-101", "Shale-51", "Pebbles"]


@pytest.mark.parametrize("verb", ["proposing", "introducing", "releasing", "creating", "curating", "producing", "open-sourcing"])
def test_a_proposing_verb_in_its_ing_form_proposes(nlp, verb):
    doc = nlp(f"We address this challenge by {verb} ZorbEval, an evaluation framework for long inputs.")
    assert facts(doc, "proposes") == ["ZorbEval"]


def test_a_name_that_qualifies_the_proposed_object_is_not_it(nlp):
    doc = nlp("We propose an efficient Zorbformer-based model, named KiteNet, which differs from prior methods.")
    assert facts(doc, "proposes") == ["KiteNet"]
    assert facts(doc, "based_on") == [("KiteNet", "Zorbformer")]


def test_a_participle_clause_ends_what_a_proposing_verb_names(nlp):
    doc = nlp("Our study collected 2 million ratings, evaluating four models (KiteNet, ZorbGen, and GullNet) on style.")
    assert facts(doc, "proposes") == []
    assert set(facts(doc, "uses")) == {"KiteNet", "ZorbGen", "GullNet"}


def test_names_with_the_stem_of_the_titles_name_are_the_papers_parts():
    paper = Paper(
        "f", "Zorb-LM: Scalable Alignment",
        "We present Zorb-LM, a suite of alignment methods. Its parts are Zorb-Pair, a preference dataset "
        "annotated with GPT-4, Zorb-RM, reward models trained on Zorb-Pair, and Zorb-LM-DPO, models tuned "
        "from LLaMA-7B. We compare with Kite-LM.",
    )
    (found,) = extract([paper])
    assert set(found.names("proposes")) == {"Zorb-LM", "Zorb-Pair", "Zorb-RM", "Zorb-LM-DPO"}


def test_latex_source_markup_is_read_as_plain_text_and_quoted_as_written():
    paper = Paper(
        "l", "A Study",
        "We introduce \\textbf{ZorbQA}, a new benchmark. \\textsc{KiteNet} reaches a BLEU of $28.4$ on ZorbQA "
        "and is $2.5\\times$ faster, with $\\sim$3\\% fewer steps.",
    )
    (found,) = extract([paper])
    assert [(e.name, e.type) for e in found.entities if e.type != "METRIC"] == [("ZorbQA", "BENCHMARK"), ("KiteNet", "MODEL")]
    assert [(r.metric, r.value) for r in found.results] == [("BLEU", "28.4"), (None, "2.5× faster"), ("steps", "3% fewer")]
    mention = found.entities[0].mentions[0]
    assert paper.abstract[mention.start : mention.end] == mention.text == "ZorbQA"
    assert found.results[0].evidence.sentence.endswith("$\\sim$3\\% fewer steps.")


def test_a_latex_style_declaration_glued_to_a_name_is_read_past(nlp):
    doc = nlp("Even the top-performing \\ttfamilyZorbLM-5 reaches only 45% accuracy, followed by \\bfKiteLM-3.2.")
    assert sorted(n for n, t in entities(doc).items() if t == "MODEL") == ["KiteLM-3.2", "ZorbLM-5"]


def test_pipeline_is_built_from_config_and_pickles(nlp):
    rebuilt = spacy.util.load_model_from_config(nlp.config, auto_fill=True)
    clone = pickle.loads(pickle.dumps(nlp))
    text = PAPERS[0].abstract
    expected = nlp(text)._.kg_entities
    assert rebuilt(text)._.kg_entities == expected
    assert clone(text)._.kg_entities == expected


def test_two_processes_give_the_same_records():
    papers = PAPERS * 3
    one = [e.to_record() for e in extract(papers, n_process=1, batch_size=2)]
    two = [e.to_record() for e in extract(papers, n_process=2, batch_size=2)]
    assert one == two


# -- data resources by shape, list and software cues (GSAP-NER-checked rules) -------


def test_dataset_name_shapes_type_unseen_names(nlp):
    doc = nlp("We study ZorbQA, Quux-5K and FlimCorpus2 in detail.")
    assert entities(doc) == {"ZorbQA": "DATASET", "Quux-5K": "DATASET", "FlimCorpus2": "DATASET"}


def test_only_a_word_ending_in_qa_is_a_dataset_by_shape(nlp):
    # "ZorbQA" reads as a QA set; an all-capitals task acronym ("KBQA") does not.
    assert entities(nlp("We study ZorbQA in detail.")) == {"ZorbQA": "DATASET"}
    assert entities(nlp("We study FooNet and KBQA-Zeta in detail.")) == {"FooNet": "MODEL", "KBQA-Zeta": "MODEL"}


def test_members_of_a_list_share_the_kind_their_names_say(nlp):
    # "and" lists one kind of thing: what ZorbQA's name says, Larkset is too; a clue of the
    # context outweighs it
    assert entities(nlp("We study ZorbQA and Larkset in detail.")) == {"ZorbQA": "DATASET", "Larkset": "DATASET"}
    assert entities(nlp("We study ZorbQA and FooNet in detail.")) == {"ZorbQA": "DATASET", "FooNet": "MODEL"}


def test_a_known_dataset_types_the_other_members_of_its_list(nlp):
    doc = nlp("Models are trained on FlorbWeb, SQuAD and Zintel Books.")
    assert entities(doc)["FlorbWeb"] == "DATASET"
    doc = nlp("We compare FlorbNet, BERT and ZintelNet.")
    assert entities(doc)["FlorbNet"] == "MODEL"


def test_names_followed_by_data_or_pretrained_are_datasets(nlp):
    assert entities(nlp("We filter FlorbCrawl data by language."))["FlorbCrawl"] == "DATASET"
    assert entities(nlp("We fine-tune a FlorbImages-pretrained ZetaNet."))["FlorbImages"] == "DATASET"


def test_a_named_software_library_is_not_a_model(nlp):
    found = entities(nlp("Models come from the FlorbWorks Transformers library and ZetaNet."))
    assert "FlorbWorks Transformers" not in found and found["ZetaNet"] == "MODEL"


# -- precision: names mentioned in passing carry no fact edges (GUIDELINES.md) -------------


def test_models_named_as_examples_in_related_work_are_not_used(nlp):
    doc = nlp(
        "Language models such as FlorbLM and ZintelGPT have shown strong reasoning abilities. "
        "Recently, retrieval methods (e.g., SeekNet) were proposed. We propose QuuxNet."
    )
    assert {"FlorbLM", "ZintelGPT", "SeekNet"} <= set(entities(doc))
    assert facts(doc, "uses") == []


def test_a_contrast_clause_of_an_own_sentence_does_not_use(nlp):
    doc = nlp("Unlike FlorbNet, we train QuuxNet without labels, and compare it with ZintelNet.")
    assert facts(doc, "uses") == ["QuuxNet", "ZintelNet"]


def test_a_coordinated_clause_keeps_the_first_person_subject(nlp):
    doc = nlp("We propose QuuxNet. Specifically, we freeze FlorbNet, a vision encoder, and tune ZintelNet adapters.")
    assert set(facts(doc, "uses")) == {"FlorbNet", "ZintelNet"}


def test_a_name_qualifying_a_component_is_used(nlp):
    doc = nlp("We propose QuuxNet, an efficient method that needs only a FlorbText-based scorer.")
    assert "FlorbText" in facts(doc, "uses")


def test_training_data_is_used_not_evaluated_on(nlp):
    doc = nlp("We propose QuuxNet. We pre-train QuuxNet on the FlorbWeb corpus and improve accuracy on the Zintel benchmark by 3%.")
    assert facts(doc, "uses") == ["FlorbWeb"]
    assert facts(doc, "evaluated_on") == ["Zintel"]


def test_data_named_before_pretraining_is_used_not_evaluated_on(nlp):
    doc = nlp("We propose QuuxNet. QuuxNet reaches 61.3 AP on the Zintel dataset using only Florbnet-1K pre-training.")
    assert facts(doc, "uses") == ["Florbnet-1K"]
    assert facts(doc, "evaluated_on") == ["Zintel"]
    doc = nlp("We propose QuuxNet. Our Florbnet-pretrained QuuxNet improves accuracy on the Zintel dataset by 3%.")
    assert "Florbnet" not in facts(doc, "evaluated_on")


def test_experiments_using_a_data_set_are_run_on_it_whoever_runs_them(nlp):
    doc = nlp("We propose QuuxNet. Experiments were conducted using the Zintel dataset, which pairs text and audio.")
    assert facts(doc, "evaluated_on") == ["Zintel"] and facts(doc, "uses") == []


def test_a_name_apposed_to_an_evaluation_framework_is_a_benchmark(nlp):
    assert entities(nlp("To fill this gap, we introduce ZorbArena, an evaluation framework for web agents.")) == {"ZorbArena": "BENCHMARK"}
    assert entities(nlp("We introduce ZorbArena, a framework for web agents.")) == {"ZorbArena": "MODEL"}
    assert entities(nlp("We introduce Zorb-Evaluator, an evaluation framework for chat agents.")) == {"Zorb-Evaluator": "MODEL"}


def test_a_data_paper_is_not_evaluated_on_the_data_it_sets_its_own_apart_from(nlp):
    doc = nlp("We introduce Quux4J-Fix, a dataset of 283 Java programs from the popular Quux4J dataset augmented with "
              "descriptions of bug fixes, and evaluate several LLMs on it.")
    assert facts(doc, "proposes") == ["Quux4J-Fix"] and facts(doc, "evaluated_on") == []


def test_pretrained_as_an_adjective_is_not_training(nlp):
    doc = nlp("Our QuuxNet outperforms pre-trained models on the Zintel benchmark.")
    assert facts(doc, "evaluated_on") == ["Zintel"]
    assert facts(doc, "uses") == []


def test_evaluated_on_needs_an_evaluation_word_in_the_clause_or_on(nlp):
    doc = nlp("We collect captions from the FlorbCap dataset, and our results improve.")
    assert facts(doc, "evaluated_on") == []
    doc = nlp("The Zintel benchmark has become a standard test of reasoning.")
    assert facts(doc, "evaluated_on") == []


def test_a_lowercase_concept_defined_after_for_is_not_a_model(nlp):
    doc = nlp("We present CodeQuux, a bimodal model for programming language (PL) and natural language (NL).")
    assert entities(doc) == {"CodeQuux": "MODEL"}
    assert facts(doc, "proposes") == ["CodeQuux"]


def test_hardware_is_not_a_model(nlp):
    found = entities(nlp("We train QuuxNet on 8 Zeta900 GPUs and 4 FlorbCore chips in one day."))
    assert found == {"QuuxNet": "MODEL"}


# -- typing unknown names: no word of the text says what they are -----------------------


def test_a_name_with_no_type_evidence_is_dropped_not_taken_for_a_model(nlp):
    # "Zorbix" and "PLQ" are name-shaped, but nothing says model, dataset or benchmark.
    found = entities(nlp("Zorbix answers appear in PLQ. We study ZorbNet in detail."))
    assert "PLQ" not in found and "Zorbix" not in found
    assert found == {"ZorbNet": "MODEL"}  # a model family's name shape is evidence


@pytest.mark.parametrize("name", ["FlorbBERT", "ZentaFormer", "QuuxLMv2", "ZINT-Base", "FLORB-7B", "ArmadNet"])
def test_model_name_shapes_are_model_evidence(nlp, name):
    assert entities(nlp(f"We study {name} in detail.")) == {name: "MODEL"}


def test_a_size_after_a_name_is_model_evidence(nlp):
    assert entities(nlp("We release checkpoints for Zintel 20B."))["Zintel 20B"] == "MODEL"  # (named with its size; "Zintel" is its alias)


def test_the_nearest_type_noun_before_a_name_types_it(nlp):
    found = entities(nlp("This paper introduces a generic framework QPLX to answer it. The corpus we crawl, FLORBIX, is big."))
    assert found == {"QPLX": "MODEL", "FLORBIX": "DATASET"}
    assert entities(nlp("It is better than a vision model (e.g. ZIRQ) on this."))["ZIRQ"] == "MODEL"


def test_an_appositive_language_model_acronym_types_a_model(nlp):
    assert entities(nlp("We freeze the encoder from QUUX-2, an impressive MLLM, and tune it."))["QUUX-2"] == "MODEL"


def test_an_appositive_after_a_dash_types_the_name(nlp):
    assert entities(nlp("We edit in the form of QUUXET - an editing algorithm for large models, and more.")) == {"QUUXET": "MODEL"}
    assert entities(nlp("Results on Zorbset—a large egocentric video dataset—are strong.")) == {"Zorbset": "DATASET"}


def test_a_based_adjective_in_the_object_still_proposes_the_names(nlp):
    doc = nlp("We close the gap by introducing two strong transformer-based models, ZORBERT and MAZORBERT.")
    assert facts(doc, "proposes") == ["ZORBERT", "MAZORBERT"]


def test_a_numbered_task_of_an_edition_is_one_benchmark(nlp):
    doc = nlp("We describe our submission to ZorbEval-2021 Task 7 and to the QLNP 2019 Shared Task 2.")
    assert entities(doc) == {"ZorbEval-2021 Task 7": "BENCHMARK", "QLNP 2019 Shared Task 2": "BENCHMARK"}


def test_a_title_names_the_data_between_its_article_and_noun(nlp):
    paper = Paper("t", "The ZV-ALE Dataset: Apple Leaf Diseases", "We present the ZV-ALE dataset.")
    extraction = next(extract([paper], nlp=nlp))
    assert [(e.name, e.type) for e in extraction.entities] == [("ZV-ALE", "DATASET")]
    assert extraction.names("proposes") == ["ZV-ALE"]


def test_names_in_brackets_after_a_use_cue_and_their_kind_are_used(nlp):
    doc = nlp("We propose ZorbDet. Detection is performed using three deep architectures (ZorbNet19, QuuxNet50 and BlipNet121) here.")
    assert facts(doc, "uses") == ["ZorbNet19", "QuuxNet50", "BlipNet121"]


def test_what_a_model_extends_it_uses(nlp):
    assert "QuuxNet" in facts(nlp("ZorbNet extends QuuxNet by adding a branch for predicting masks."), "uses")


def test_data_the_paper_extends_after_modifiers_is_used(nlp):
    doc = nlp("We propose ZorbDet. Additionally, we extend the weakly labelled Zorbset dataset by adding boundaries.")
    assert facts(doc, "uses") == ["Zorbset"]


def test_a_name_opening_a_sentence_is_one_if_the_text_names_it_inside_one(nlp):
    doc = nlp("We propose Zorgi. Zorgi outperforms GraphZast on all tasks.")
    assert facts(doc, "compared_to") == [("Zorgi", "GraphZast")]


def test_a_symmetry_groups_notation_is_no_name(nlp):
    assert entities(nlp("We propose ZorbNet, built on SE(3)-equivariant layers and SO(3) convolutions.")) == {"ZorbNet": "MODEL"}


def test_the_words_of_a_challenge_after_an_editions_year_are_in_its_name(nlp):
    doc = nlp("We evaluate on the ZORBV 2017 Leaf Counting Challenge.")
    assert entities(doc) == {"ZORBV 2017 Leaf Counting Challenge": "BENCHMARK"}


def test_a_proposed_name_is_kept_as_a_model(nlp):
    assert entities(nlp("We propose PLQX to solve it."))["PLQX"] == "MODEL"


def test_a_variant_takes_the_type_of_its_parent_name(nlp):
    doc = nlp("We propose the ZQ framework (ZQ), run both deeply (ZQ-D) and widely (ZQ-W).")
    found = entities(doc)
    assert found.get("ZQ-D") == "MODEL" and found.get("ZQ-W") == "MODEL"


def test_listed_names_without_evidence_are_kept(nlp):
    found = entities(nlp("PET, e.g., using Zadapt, QoRA, or Prefix, can adapt a pre-trained network."))
    assert {"Zadapt", "QoRA"} <= set(found)


# -- metrics without numbers, result phrasings, evaluation and data cues ----------------


@pytest.mark.parametrize(
    "text, names",
    [
        ("We report performance in terms of recall@10 and MRR.", {"recall@10", "MRR"}),
        ("Systems are compared in terms of BLEU, ROUGE-L and the Pearson correlation.", {"BLEU", "ROUGE-L", "Pearson correlation"}),
        ("We use metrics such as precision, recall and specificity.", {"precision", "recall", "specificity"}),
        ("Quality is measured by the Matthews correlation coefficient (MCC).", {"MCC"}),
        ("We report precision, recall and F1 on held-out data.", {"precision", "recall", "F1"}),
        ("FooNet attains state-of-the-art precision and recall.", {"precision", "recall"}),
        ("Retrieval improves nDCG@10 and pass@k.", {"nDCG@10", "pass@k"}),
        ("Retrieval improves Zorb@5.", {"Zorb@5"}),  # a cut-off measure ending the sentence
        ("We report the MRR and F1@k score.", {"MRR", "F1@k"}),  # (a digit in the measure's name)
        ("Search reaches R@1k of 86.6% on Zintel.", {"R@1k"}),  # (a cut-off in thousands)
        ("The entry ranked first at ZCVR@2022 by Recall@10.", {"Recall@10"}),  # (a venue's year is no cut-off)
        ("Raters agree (Cohen’s kappa 0.8).", {"Cohen’s kappa"}),  # (a listed name with a typographic apostrophe)
        # (an acronym's plural, a listed name with its words capitalised, and "Dice" alone)
        ("We report AUCs, the Dice Similarity Coefficient and the mean Dice.", {"AUCs", "Dice Similarity Coefficient", "mean Dice"}),
        # (standard measures of code, parsing, codecs and samplers; a number is no modifier)
        ("It improves CodeBLEU, Smatch and BD-rate.", {"CodeBLEU", "Smatch", "BD-rate"}),
        ("It reaches a 95% TAR at 1e-5 false positive rate.", {"TAR", "false positive rate"}),
        # (the standard measures of bandits, density models and vector quantisers)
        ("KiteBandit has lower regret; KiteVAE reaches 2.9 bits per dimension with full codebook usage.",
         {"regret", "bits per dimension", "codebook usage"}),
        ("KiteNet reaches a Pearson correlation coefficient with raters.", {"Pearson correlation coefficient"}),
        ("KiteNet has a high area under the ROC curve.", {"area under the ROC curve"}),
        # a named measure in the plural, and the generative-model distances spelled out
        ("KiteNet raises Matthews correlation coefficients and Inception Scores.",
         {"Matthews correlation coefficients", "Inception Scores"}),
        ("KiteNet lowers the Fréchet Inception Distance and the ROC AUC.", {"Fréchet Inception Distance", "ROC AUC"}),
        ("We show KiteNet improves the area under curve and the area under ROC curve.", {"area under curve", "area under ROC curve"}),
        ("We measure the QoE and the root mean squared error of KiteNet.", {"root mean squared error", "QoE"}),
        ("KiteNet raises the Sharpe ratio and the Rank Information Coefficient.", {"Sharpe ratio", "Rank Information Coefficient"}),
        ("We report BLEU and chrF++ scores of KiteNet.", {"BLEU", "chrF++"}),
        ("We report the testing accuracy and the median Dice score of KiteNet.", {"testing accuracy", "median Dice score"}),
        ("KiteNet lowers the Davies–Bouldin Index and raises the AUC–ROC.", {"Davies-Bouldin Index", "AUC–ROC"}),
        # a cued list that names one usual measure makes measures of its other short phrases
        ("The suite measures success rate, path length, and time-to-goal on 40 maps.", {"success rate", "path length", "time-to-goal"}),
        ("We report metrics including accuracy, communication overhead and client-side load.",
         {"accuracy", "communication overhead", "client-side load"}),
        # ... but only a list closed by its conjunction, and no adverbs or comparatives
        ("In terms of the training process and accuracy, KiteNet differs.", {"training process", "accuracy"}),
        ("In terms of the training process, KiteNet and FooNet differ.", set()),
        ("KiteNet is close in terms of accuracy and often better in terms of speed.", {"accuracy"}),
    ],
)
def test_metric_names_without_numbers(nlp, text, names):
    found = entities(nlp(text))
    assert {n for n, t in found.items() if t == "METRIC"} == names


@pytest.mark.parametrize(
    "text",
    [
        "We train with mixed precision and recall the definition of entropy.",
        "Representations are compared in terms of their correlation to robot tasks.",
        "Results are reported in terms of ImageNet.",
    ],
)
def test_words_of_other_senses_are_not_metrics(nlp, text):
    assert "METRIC" not in entities(nlp(text)).values()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("GullNet yields accuracy gains of up to 7% over the baseline.", [("GullNet", "accuracy", "up to 7%", None)]),
        ("GullNet improves mean reciprocal rank by 0.05.", [("GullNet", "mean reciprocal rank", "0.05", None)]),
        ("GullNet improves precision by 3.4 points and recall by 2.1 points.",
         [("GullNet", "precision", "3.4 points", None), ("GullNet", "recall", "2.1 points", None)]),
        ("Compared with BERT, GullNet achieves 2.3 higher exact match on SQuAD.", [("GullNet", "exact match", "2.3", "SQuAD")]),
        ("GullNet outperforms YOLOv5 by 4.1% mAP on COCO.", [("GullNet", "mAP", "4.1%", "COCO")]),
        ("GullNet achieves 94.1 and 89.7 on SST-2 and MRPC, respectively.",
         [("GullNet", None, "94.1", "SST-2"), ("GullNet", None, "89.7", "MRPC")]),
        ("GullNet obtains an F1 of 0.91 on CoNLL-2003 and runs at 30 FPS.",
         [("GullNet", "F1", "0.91", "CoNLL-2003"), ("GullNet", "FPS", "30 FPS", None)]),
        ("GullNet reduces latency by 35% and memory by 2.3x.",
         [("GullNet", "latency", "35%", None), ("GullNet", "memory", "2.3x", None)]),
        # an unknown acronym right after a value names its measure (not a unit of size)
        ("GullNet obtains 78.5 EM on ZorbQA and 47% SR, using 16 GB.",
         [("GullNet", "EM", "78.5", "ZorbQA"), ("GullNet", "SR", "47%", None)]),
        # a bare "score" names no measure; a relative clause says whose score follows; a score ends a sentence
        ("GullNet is the best model with a score of 71.8, slightly outperforming Pebble-2 which scored 71.0.",
         [("GullNet", None, "71.8", None), ("Pebble-2", None, "71.0", None)]),
        ("GullNet achieves 94.1 and 89.7.", [("GullNet", None, "94.1", None), ("GullNet", None, "89.7", None)]),
        ("The gap between GullNet and Pebble-2 is -0.15.", [("GullNet", None, "-0.15", None)]),
        # a decimal, the dataset, then its metric
        ("GullNet reaches 45.1 mIoU on ADE20K and 41.0 COCO AP.",
         [("GullNet", "mIoU", "45.1", "ADE20K"), ("GullNet", "AP", "41.0", "COCO")]),
        # coordinated values after as many coordinated metrics measure them in turn
        ("GullNet improves accuracy and F1 by 2.1% and 3.4%, respectively.",
         [("GullNet", "accuracy", "2.1%", None), ("GullNet", "F1", "3.4%", None)]),
        ("GullNet improves precision and recall by 2.1 and 3.4 points.",
         [("GullNet", "precision", "2.1", None), ("GullNet", "recall", "3.4 points", None)]),
        # the direction of a comparison is not part of the value; "fewer" says what it counts
        ("GullNet reaches 3.9% higher accuracy on Quarry and needs 3x fewer steps.",
         [("GullNet", "accuracy", "3.9%", "Quarry"), ("GullNet", "steps", "3x fewer", None)]),
    ],
)
def test_result_phrasings(nlp, text, expected):
    assert [tuple(r[:4]) for r in nlp(text)._.kg_results] == expected


def test_state_of_the_art_and_zero_shot_sentences_are_evaluations(nlp):
    doc = nlp("We propose GullNet. GullNet sets a new state of the art on Kvasir-SEG and CVC-ClinicDB.")
    assert set(facts(doc, "evaluated_on")) == {"Kvasir-SEG", "CVC-ClinicDB"}
    doc = nlp("We propose GullNet. We test it zero-shot on TriviaQA.")
    assert facts(doc, "evaluated_on") == ["TriviaQA"]


def test_what_a_model_learns_from_or_text_is_crawled_from_is_a_dataset(nlp):
    doc = nlp("GullNet is pre-trained on the Quarry and tuned on 2M tokens of Pebbles. Pages are crawled from Shale.")
    found = entities(doc)
    assert found["Quarry"] == found["Pebbles"] == found["Shale"] == "DATASET"


@pytest.mark.parametrize(
    "text, names, etype",
    [
        ("We compare with Corvid, while Magpie and Rook-100 are larger, multilingual datasets.", ["Magpie", "Rook-100"], "DATASET"),
        ("We evaluate 12 systems on ZorbBench. Kite 3.5 Pro is the best model, and Gull-2 is a strong open LLM.",
         ["Kite 3.5 Pro", "Gull-2"], "MODEL"),
    ],
)
def test_a_name_said_to_be_a_dataset_or_a_model_is_one(nlp, text, names, etype):
    found = entities(nlp(text))
    assert [found[name] for name in names] == [etype] * len(names)


def test_a_comparative_value_does_not_borrow_a_later_metric(nlp):
    doc = nlp("GullNet is 10x smaller and reaches 91.2 F1 and 0.12 ECE.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [(None, "10x smaller"), ("F1", "91.2"), ("ECE", "0.12")]


@pytest.mark.parametrize(
    "text",
    ["GullNet reaches 67.2% on Quarry and 45.1 BLEU on Shale.", "GullNet reaches 45.1 BLEU on Shale and 67.2% on Quarry."],
)
def test_a_metric_written_after_a_value_is_not_shared_with_a_value_of_another_unit(nlp, text):
    assert {tuple(r[1:4]) for r in nlp(text)._.kg_results} == {("BLEU", "45.1", "Shale"), (None, "67.2%", "Quarry")}
    # a metric named before both values still serves both
    doc = nlp("GullNet improves accuracy by 3.2% on Quarry and 1.5 points on Shale.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("accuracy", "3.2%"), ("accuracy", "1.5 points")]


def test_scores_changed_with_an_arrow_and_in_parentheses_after_their_dataset(nlp):
    doc = nlp("GullNet sets new records on QuarryQA (0.7895 → 0.8420), SHALE-2 (0.9493 -> 0.9601) and PebbleVQA (57.4%).")
    assert [tuple(r[2:4]) for r in doc._.kg_results] == [("0.8420", "QuarryQA"), ("0.9601", "SHALE-2"), ("57.4%", "PebbleVQA")]
    # widths and settings are not scores
    assert nlp("The encoder is 784 → 400 → 200 wide and we go from 8 → 16 heads.")._.kg_results == []


def test_a_dataset_named_between_a_value_and_its_metric_is_where_it_was_measured(nlp):
    doc = nlp("GullNet improves 15.7% in QuarryQA accuracy and gains 2.4% COCO AP.")
    assert [tuple(r[1:4]) for r in doc._.kg_results] == [("accuracy", "15.7%", "QuarryQA"), ("AP", "2.4%", "COCO")]
    assert "QuarryQA accuracy" not in entities(doc)


def test_a_verb_of_change_names_the_measure_before_from(nlp):
    doc = nlp("GullNet raises the pass rate from 40% to 55%. We vary the dropout rate from 10% to 30%.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("pass rate", "55%"), (None, "10% to 30%")]
    assert "dropout rate" not in entities(doc)


def test_a_defined_measure_is_a_metric_by_its_long_form(nlp):
    # The long form is a listed metric, or ends in one; "learning rate (LR)" is neither.
    doc = nlp("GullNet obtains 78.5 exact match (EM) and lowers the attack success rate (ASR) to 3%. We tune the learning rate (LR).")
    found = entities(doc)
    assert found["EM"] == found["ASR"] == "METRIC" and "LR" not in found
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("EM", "78.5"), ("ASR", "3%")]


def test_a_count_names_its_measure_by_what_it_counts(nlp):
    doc = nlp("GullNet reduces the number of trainable parameters by 90% and the amount of compute by 3x.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("trainable parameters", "90%"), ("compute", "3x")]
    assert entities(doc)["trainable parameters"] == "METRIC"


def test_probability_sparsity_and_specificity_head_measures(nlp):
    doc = nlp("GullNet yields a coverage probability of 93.2%, 99.7% specificity and realises 90% of network sparsity.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [
        ("coverage probability", "93.2%"), ("specificity", "99.7%"), ("network sparsity", "90%")
    ]
    assert entities(doc)["network sparsity"] == "METRIC"


def test_quality_dimensions_name_the_measure_after_a_value_written_with_percent(nlp):
    doc = nlp("GullNet achieves 88.6 percent accuracy and 88.2 percent coherence, and its answers reach 86.3% relevance.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [
        ("accuracy", "88.6 percent"), ("coherence", "88.2 percent"), ("relevance", "86.3%")
    ]


def test_each_measure_a_verb_of_change_lists_takes_its_own_value(nlp):
    doc = nlp("GullNet reduces the space consumption of ZorbNet by over 95% and time consumption by up to 92.67%.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("space consumption", "over 95%"), ("time consumption", "up to 92.67%")]


def test_a_verb_of_change_and_up_to_name_the_measure_without_by(nlp):
    doc = nlp("GullNet reduces the model size up to 98% compared to earlier models.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("model size", "up to 98%")]


def test_a_name_whose_score_has_a_value_is_a_measure(nlp):
    doc = nlp("GullNet outperforms prior work, achieving a ZorbSim score of 0.89 and a ZorbExact score of 0.84.")
    assert entities(doc) == {"GullNet": "MODEL", "ZorbSim": "METRIC", "ZorbExact": "METRIC"}
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("ZorbSim", "0.89"), ("ZorbExact", "0.84")]


def test_how_long_something_took_is_a_result(nlp):
    doc = nlp("GullNet prunes a 125M model in 17 seconds and trains in less than one day on 8 GPUs.")
    assert [r[2] for r in doc._.kg_results] == ["17 seconds", "less than one day"]
    assert [r[2] for r in nlp("KiteNAS finds its architecture within 4 GPU hours.")._.kg_results] == ["4 GPU hours"]
    doc = nlp("The collection spans 2100 songs, resulting in 145 hours of mixtures.")
    assert doc._.kg_results == []  # (an amount of data)


def test_a_number_set_against_a_result_is_a_result_only_of_a_model_named_after_it(nlp):
    doc = nlp("We propose KiteNet. KiteNet reaches 6.7% DER on the Zintel benchmark, compared to 7.8% for the best alternative.")
    assert [tuple(r[:4]) for r in doc._.kg_results] == [("KiteNet", "DER", "6.7%", "Zintel")]
    doc = nlp("We propose KiteNet. KiteNet reaches 71.2% accuracy, compared to 68.9% for Llama-2-70B.")
    assert [tuple(r[:3]) for r in doc._.kg_results] == [("KiteNet", "accuracy", "71.2%"), ("Llama-2-70B", "accuracy", "68.9%")]


def test_a_number_in_brackets_after_an_unnamed_rival_is_the_rivals(nlp):
    doc = nlp("We propose KiteNet. KiteNet reaches 93% accuracy, surpassing manual efforts (75%) and rule-based tools (82%). "
              "It is better than human expert performance (59%).")
    assert [tuple(r[:3]) for r in doc._.kg_results] == [("KiteNet", "accuracy", "93%")]
    doc = nlp("We propose KiteNet. KiteNet reaches 71% accuracy, surpassing ZorbGPT (66%).")  # (a named rival's own result)
    assert [tuple(r[:3]) for r in doc._.kg_results] == [("KiteNet", "accuracy", "71%"), ("ZorbGPT", "accuracy", "66%")]


def test_a_titled_technique_a_text_applies_is_a_named_method_not_its_proposal(nlp):
    doc = nlp("We study long-range forecasting. We employ the Zorbic Latent Prediction (ZLP) objective and "
              "utilize the Fast Fourier Transform (FFT). The training uses data from the Kite Retrievals Archive (KRA).")
    assert entities(doc).get("ZLP") == "MODEL"
    assert "FFT" not in entities(doc)  # (a generic transform)
    assert entities(doc).get("KRA") != "MODEL"
    assert facts(doc, "proposes") == []
    doc = nlp("We present ZorbCLIP, which integrates Kite Graph Knowledge (KGK) to enhance representations.")
    assert "KGK" not in entities(doc)  # (what a method takes in)


def test_a_defined_technique_is_named_by_its_head_word(nlp):
    # (a regularisation, a loss, an operator ... is a method the text names; a retrieval is a task)
    doc = nlp("We propose ZorbFL, a framework that stabilizes global updates through a Zorbic Prior "
              "Regularization (ZPR) and a Kite Margin Loss (KML). We study Kite Scene Retrieval (KSR).")
    assert entities(doc).get("ZPR") == "MODEL"
    assert entities(doc).get("KML") == "MODEL"
    assert "KSR" not in entities(doc)
    # (so is a model class's short form: "residual-quantized VAE (RQ-VAE)")
    doc = nlp("It generalizes hierarchical variants, such as a residual-zorbed VAE (RZ-VAE), with a Bayesian scheme.")
    assert entities(doc).get("RZ-VAE") == "MODEL"


def test_a_generic_short_form_the_text_defines_names_its_measure_wherever_written(nlp):
    # ("SR" is listed as generic, super-resolution: the definition makes it this text's measure)
    doc = nlp("We report the Success Rate (SR). ZorbNav outperforms prior work by 3.39% in SR.")
    assert [r[1:3] for r in doc._.kg_results] == [["SR", "3.39%"]]
    assert len(next(e for e in doc._.kg_entities if e[0] == "SR")[3]) == 2
    doc = nlp("We study super-resolution (SR). SR is hard.")
    assert "SR" not in entities(doc)


def test_a_number_in_a_named_measure_is_its_value(nlp):
    doc = nlp("ZorbNav reaches an SPL of 47.18, outperforming prior work by 9.08 in SPL.")
    assert [r[1:3] for r in doc._.kg_results] == [["SPL", "47.18"], ["SPL", "9.08"]]


def test_a_name_the_text_gives_is_its_coinage_unless_said_to_be_someone_elses(nlp):
    doc = nlp("We study sparse retrieval. The key idea is a novel graphical model, called ZorbGM. "
              "We apply it to a recent MLLM called LLaVA-Kite. We define a new task called KiteQA-Task.")
    assert facts(doc, "proposes") == ["ZorbGM"]


def test_parts_spelled_out_side_by_side_in_a_paper_that_proposes_a_model_are_proposed(nlp):
    doc = nlp(
        "We propose ZorbNet for detection. The key components in ZorbNet include a cluster proposal "
        "sub-network (CPNet) and a scale estimation sub-network (ScaleNet)."
    )
    assert facts(doc, "proposes") == ["ZorbNet", "CPNet", "ScaleNet"]
    assert facts(doc, "uses") == []


def test_parts_listed_after_a_cue_of_building_build_on_nothing_there(nlp):
    doc = nlp("We study video deblurring. Specifically, the proposed network consists of two modules: "
              "a backward zorb module (BZM) and a forward zorb module (FZM).")
    assert facts(doc, "based_on") == []
    assert sorted(facts(doc, "proposes")) == ["BZM", "FZM"]


def test_its_performance_is_the_papers_model_compared(nlp):
    doc = nlp("We present ZorbStory. Its performance in narrative consistency is also on par with KiteGPT.")
    assert facts(doc, "compared_to") == [("ZorbStory", "KiteGPT")]


def test_a_participles_subject_is_it_not_the_model_it_improves(nlp):
    doc = nlp("We present ZorbMath. On the MATH benchmark, it improves KiteLM-7B from 58.8% to 90.0%, surpassing Quux-1 by +4.5%.")
    assert facts(doc, "compared_to") == [("ZorbMath", "Quux-1")]


def test_a_bracketed_score_after_a_models_name_is_its_score(nlp):
    doc = nlp("ZorbNet achieves an error rate of 0.33, better than KiteNet (0.44) and QuuxNet (0.57).")
    assert [tuple(r[:3]) for r in doc._.kg_results] == [
        ("ZorbNet", "error rate", "0.33"), ("KiteNet", "error rate", "0.44"), ("QuuxNet", "error rate", "0.57")
    ]


def test_a_score_after_a_models_possessive_is_its_score(nlp):
    doc = nlp("On KiteBench, ZorbLM achieves 71.2% accuracy, surpassing KiteLM's 67.0%.")
    assert [tuple(r[:3]) for r in doc._.kg_results] == [("ZorbLM", "accuracy", "71.2%"), ("KiteLM", "accuracy", "67.0%")]
    doc = nlp("On KiteBench, ZorbLM scores 51.1, outperforming QuuxLM-Pro's 50.3.")
    assert [tuple(r[:3]) for r in doc._.kg_results] == [("ZorbLM", None, "51.1"), ("QuuxLM-Pro", None, "50.3")]


def test_scores_listed_after_bare_scores_of_each_count(nlp):
    doc = nlp("The best performances achieved were F1 (macro average) scores of 0.35, 0.51 and 0.32, respectively.")
    assert [r[2] for r in doc._.kg_results] == ["0.35", "0.51", "0.32"]


def test_a_score_moved_from_one_value_to_another_is_the_new_value(nlp):
    doc = nlp("We propose ZorbCube. ZorbCube promotes the F1 score from 49.6% to 66.2% on KiteQA.")
    assert [tuple(r[:4]) for r in doc._.kg_results] == [("ZorbCube", "F1 score", "66.2%", "KiteQA")]


def test_speedups_in_the_plural_name_their_values(nlp):
    doc = nlp("We propose Zorboros. Zorboros achieves speedups of up to 1.9x and 2.8x compared to KiteDecode. "
              "Our fastest models exhibit real-time speedups of up to 4x over greedy decoding.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("speedups", "up to 1.9x"), ("speedups", "2.8x"), ("real-time speedups", "up to 4x")]


def test_a_process_or_unit_before_a_listed_measure_qualifies_it(nlp):
    doc = nlp("ZorbNet reduces processing latency by 20%, doubles decoding throughput and cuts the training FLOPs by 30%. "
              "Its token accuracy stays at 91%.")
    metrics = {name: aliases for name, etype, aliases, *_ in doc._.kg_entities if etype == "METRIC"}
    assert metrics == {"processing latency": ["latency"], "decoding throughput": ["throughput"], "training FLOPs": ["FLOPs"],
                       "token accuracy": ["accuracy"]}


def test_what_its_sentences_call_a_data_resource_types_it(nlp):
    doc = nlp("ZorbNet sets a new state of the art on KiteQA (a clone detection benchmark). "
              "We also release QuarrySet, a collection of 10k dialogues, and train on the LarkText corpus.")
    assert entities(doc)["KiteQA"] == "BENCHMARK"
    assert entities(doc)["LarkText"] == "DATASET"
    # ("benchmark datasets" are datasets)
    doc = nlp("ZorbNet is evaluated on two benchmark datasets, KiteBench and LarkQA.")
    assert entities(doc)["KiteBench"] == "DATASET" and entities(doc)["LarkQA"] == "DATASET"
    # (a word right after a name is that name's: the dataset is ZorbPile's, not MMLU's)
    doc = nlp("We pre-train on the ZorbPile dataset and reach higher accuracy on MMLU.")
    assert entities(doc)["ZorbPile"] == "DATASET" and entities(doc)["MMLU"] == "BENCHMARK"


def test_a_name_the_text_calls_a_metric_is_one(nlp):
    doc = nlp("We propose a new automatic evaluation metric called D-ZARI. We apply our method to three popular metrics, "
              "ZorbScore, Krism, and KOMET. KiteMQM, a GPT-based evaluation metric, detects errors.")
    assert {name: t for name, t in entities(doc).items() if name != "GPT"} == {
        "D-ZARI": "METRIC", "ZorbScore": "METRIC", "Krism": "METRIC", "KOMET": "METRIC", "KiteMQM": "METRIC"}
    # (so is a name shaped like data: "xCOMET, an open-source learned metric")
    assert entities(nlp("We introduce ZorbCorpus-Eval, an open-source learned metric for translation.")) == {"ZorbCorpus-Eval": "METRIC"}
    # (and one an apposition calls a dataset or a benchmark is that)
    doc = nlp("KiteNet and QuALIZY, the largest Chinese reading comprehension corpus, are combined.")
    assert entities(doc) == {"KiteNet": "MODEL", "QuALIZY": "DATASET"}
    doc = nlp("KiteNet and ZorbFathom, an open-source and reproducible LLM evaluation suite, are combined.")
    assert entities(doc) == {"KiteNet": "MODEL", "ZorbFathom": "BENCHMARK"}


def test_a_data_noun_heading_a_long_form_types_a_coined_short_form(nlp):
    doc = nlp("Our approach was validated on the Zorbian Sign Language Translation Dataset (ZoL-SLTD) outperforming baseline approaches.")
    assert entities(doc) == {"ZoL-SLTD": "DATASET"}


def test_listed_rate_and_rank_measures(nlp):
    doc = nlp("GullNet generates 120 tokens per second and improves the Kendall tau by 0.1 and the Rouge-L score.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("tokens per second", "120"), ("Kendall tau", "0.1")]
    assert entities(doc)["Rouge-L"] == "METRIC"


def test_what_results_are_reported_on_is_a_dataset(nlp):
    doc = nlp("Results on Zorblax show that GullNet is better. Extensive experiments on Flubber confirm it.")
    found = entities(doc)
    assert found["Zorblax"] == found["Flubber"] == "DATASET"
    # Without such a cue a capitalised word after "on" is no name.
    assert "Python" not in entities(nlp("GullNet is run on Python code."))


def test_a_gazetteer_name_written_without_its_space_is_that_name(nlp):
    # The gazetteer has "Common Crawl"; the token matcher cannot see "CommonCrawl".
    assert entities(nlp("We use SQuAD, Zintel Books and CommonCrawl."))["CommonCrawl"] == "DATASET"


def test_a_comma_list_ending_in_a_common_noun_is_still_a_list(nlp):
    doc = nlp("We train on FlorbWeb, CommonCrawl, SQuAD, Zintel Books, and a customized corpus.")
    assert {"FlorbWeb", "CommonCrawl", "SQuAD", "Zintel Books"} <= set(entities(doc))
    # Without a clue to their kind, capitals listed with commas alone are not names.
    assert entities(nlp("Genres are GOVERNMENT, SLATE, TRAVEL, and fiction.")) == {}


def test_a_verb_between_a_name_and_a_task_word_does_not_make_a_dataset(nlp):
    assert entities(nlp("We show that GullNet cuts inference latency by 30%."))["GullNet"] == "MODEL"
    assert entities(nlp("We report results on FlorbSet object detection."))["FlorbSet"] == "DATASET"


def test_one_capitalised_word_opening_a_task_is_no_name(nlp):
    # ("Dependency parsing" as an item of a list is a task, as "Named Entity Recognition" is)
    doc = nlp("We propose ZorbBERT. We fine-tune ZorbBERT on tasks including Part-of-speech tagging, Dependency parsing and Named-entity recognition.")
    assert set(entities(doc)) == {"ZorbBERT"}


@pytest.mark.parametrize(
    "text",
    [
        "We refer to our recurrent architecture as Neural Florb Evolution (NFE).",
        "The method, known as Zorblax, is simple.",
        "We call it Zorblax.",
    ],
)
def test_more_naming_words_name_what_follows(nlp, text):
    assert set(entities(nlp(text)).values()) == {"MODEL"}


def test_a_coined_short_form_of_a_generic_long_form_is_a_name(nlp):
    found = entities(nlp("We build on cycle consistent generative adversarial networks (CycloGAN)."))
    assert found == {"CycloGAN": "MODEL"}
    assert entities(nlp("We use convolutional networks (ConvNets) and large language models (LLMs).")) == {}


def test_what_a_score_is_reached_on_is_a_dataset(nlp):
    doc = nlp("GullNet reaches 67.2% on Zorblax and an exact-match accuracy of 45.1 on Quuxset.")
    assert entities(doc) == {"GullNet": "MODEL", "Zorblax": "DATASET", "exact-match accuracy": "METRIC", "Quuxset": "DATASET"}
    assert "Avg" not in entities(nlp("GullNet reaches 67.2 on Avg."))  # a table heading


def test_a_resource_in_apposition_is_a_dataset_but_low_resource_is_not(nlp):
    assert entities(nlp("We introduce ZorbLex, a very large resource of 65M questions."))["ZorbLex"] == "DATASET"
    assert entities(nlp("We cover low-resource languages such as Swahili and Urdu.")) == {}


def test_languages_and_resolutions_are_no_entities(nlp):
    # a resolution: "HD maps", "HD images" (though "Hausdorff Distance (HD)" names a measure)
    assert "HD" not in entities(nlp("The model takes raw sensor data and an HD map and produces HD images."))
    assert entities(nlp("It improves Chamfer Distance (CD) and Hausdorff Distance (HD).")) == {"CD": "METRIC", "HD": "METRIC"}
    # a language, even one a text names again and again, capitalised as languages are
    (found,) = extract([Paper("b", "Zorb-Wave: Improving Bangla Speech Recognition", "Millions speak Bangla, but little work "
                              "improved Bangla transcription. We outperform Bangla ASR models by finetuning a wav2vec2 model.")])
    assert "Bangla" not in {e.name for e in found.entities}


def test_what_a_model_outperforms_is_a_named_model(nlp):
    doc = nlp("We propose GullNet. GullNet outperforms Vicuna on MMLU.")
    assert entities(doc)["Vicuna"] == "MODEL" and facts(doc, "compared_to") == [("GullNet", "Vicuna")]
    # (so does one a participle of comparison follows: "with ZorbLM-Chat outperforming KiteLM-Chat")
    doc = nlp("We release ZorbLM and ZorbLM-Chat. ZorbLM beats KiteLM-7B on ZQA, with ZorbLM-Chat outperforming KiteLM-Chat.")
    assert facts(doc, "compared_to") == [("ZorbLM", "KiteLM-7B"), ("ZorbLM-Chat", "KiteLM-Chat")]


def test_model_sizes_with_a_patch_size(nlp):
    assert set(entities(nlp("Our encoder is a ViT-L/14; we compare with ViT-B/16 on CIFAR-10/100."))) == {"ViT-L/14", "ViT-B/16", "CIFAR-10/100"}


def test_what_the_paper_calls_its_own_model_or_benchmark_is_proposed(nlp):
    assert facts(nlp("Built on top of CLIP, our model GullNet uses a ViT encoder."), "proposes") == ["GullNet"]
    assert facts(nlp("We evaluate on our new benchmark, ZorbBench, which has 3k tasks."), "proposes") == ["ZorbBench"]
    assert facts(nlp("Our baseline BERT is strong."), "proposes") == []


def test_a_verb_of_change_names_its_measure_whatever_the_noun(nlp):
    doc = nlp("GullNet lowers toxicity by 20% and reaches an inference throughput of 1,200 tokens/s.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("toxicity", "20%"), ("inference throughput", "1,200")]
    # Not a kind of model or data, not an adverb.
    doc = nlp("GullNet improves the baseline by 2% and state-of-the-art methods by 0.6%.")
    assert [r[1] for r in doc._.kg_results] == [None, None]


def test_what_evaluations_run_across_are_datasets(nlp):
    doc = nlp("We propose GullNet. Evaluations across Zorblax, Quuxset and Florb365 demonstrate its effectiveness.")
    assert facts(doc, "evaluated_on") == ["Zorblax", "Quuxset", "Florb365"]
    assert set(entities(doc).values()) == {"MODEL", "DATASET"} and entities(doc)["Zorblax"] == "DATASET"


def test_well_known_names_are_typed_without_a_cue_and_context_picks_benchmark(nlp):
    found = entities(nlp("GullNet is trained on COCO and compared with Vicuna and LLaVA."))
    assert found == {"GullNet": "MODEL", "COCO": "DATASET", "Vicuna": "MODEL", "LLaVA": "MODEL"}
    assert entities(nlp("We report results on the COCO benchmark."))["COCO"] == "BENCHMARK"
    # named training algorithms are models too (GUIDELINES.md: "method, framework or algorithm")
    assert entities(nlp("We study DPO.")) == {"DPO": "MODEL"}


def test_top_k_and_hyphenated_rates_are_metrics(nlp):
    doc = nlp("GullNet attains 80.1% top-1 and a 65% win-rate against Vicuna.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("top-1", "80.1%"), ("win-rate", "65%")]


def test_a_comparison_in_a_participle_clause_has_the_clauses_subject(nlp):
    doc = nlp("We found that ZorbLM is the best model with a score of 71.8, slightly outperforming KiteLM which scored 71.0.")
    assert facts(doc, "compared_to") == [("ZorbLM", "KiteLM")]
    doc = nlp("We introduce KiteWorld. PebbleLM trained on KiteWorld data improves by 9.2% on ZLUE, "
              "reaching performance comparable to QuarryLM.")
    assert facts(doc, "compared_to") == [("PebbleLM", "QuarryLM")]
    # not past the paper's own subject
    doc = nlp("We propose GullKD. When PebbleNet is the teacher, our method improves the student to 38.8% mAP, "
              "outperforming strong baselines such as QuarryLM.")
    assert facts(doc, "compared_to") == [("GullKD", "QuarryLM")]


def test_a_comparison_has_the_model_opening_its_clause_as_subject(nlp):
    doc = nlp("We propose ZorbNet, a recurrent model, and KiteNet, a hybrid model. "
              "Trained on less data, KiteNet still matches the performance of QuarryLM-2.")
    assert facts(doc, "compared_to") == [("KiteNet", "QuarryLM-2")]
    doc = nlp("We propose GullNet. While PebbleLM demonstrates superior F1 scores compared to QuarryLM, it trails GullNet.")
    assert ("PebbleLM", "QuarryLM") in facts(doc, "compared_to")


def test_what_a_model_beats_is_a_model_after_a_modifier_or_two(nlp):
    doc = nlp("We propose ZorbNet. ZorbNet reaches 80.4% on ImageNet, surpassing the recently proposed KiteNetV4.")
    assert entities(doc)["KiteNetV4"] == "MODEL"
    assert facts(doc, "compared_to") == [("ZorbNet", "KiteNetV4")]


def test_a_measure_named_after_its_verb_leaves_the_subject_out(nlp):
    doc = nlp("We propose KiteGait. Concretely, we achieve rank-1 accuracies of 98.7% and 96.2%.")
    assert results(doc) == [("rank-1 accuracies", "98.7%"), ("rank-1 accuracies", "96.2%")]


def test_a_margin_over_a_model_compares_with_it(nlp):
    doc = nlp("We propose ZorbPrune. Our approach reduces the pruning error by up to 60% over KiteLM and by 24x over QuarryLM.")
    assert facts(doc, "compared_to") == [("ZorbPrune", "KiteLM"), ("ZorbPrune", "QuarryLM")]


def test_a_long_form_has_its_head_before_a_phrase_of_means(nlp):
    doc = nlp("We introduce the Zorb Graph Benchmark with Sequential Dynamics (ZGB-Seq).")
    assert entities(doc) == {"ZGB-Seq": "BENCHMARK"}
    doc = nlp("We propose Kite selection with high precision (KSHP), which picks sources.")
    assert entities(doc) == {"KSHP": "MODEL"}


def test_what_equals_a_score_is_its_measure(nlp):
    doc = nlp("ZorbNet reaches system-level KQS = 0.957 with human ratings (F1=99.7% for the short texts).")
    assert entities(doc) == {"ZorbNet": "MODEL", "KQS": "METRIC", "F1": "METRIC"}


def test_a_proposed_measure_is_compared_with_the_named_measures_after_a_cue(nlp):
    doc = nlp("We propose KiteScore, a new evaluation metric for image captions. "
              "KiteScore correlates better with human judgements than CIDEr and accuracy do.")
    assert facts(doc, "compared_to") == [("KiteScore", "CIDEr")]


def test_compare_x_with_y_and_base_models(nlp):
    doc = nlp("We propose GullNet. We compare GullNet with PaLM and Chinchilla.")
    assert facts(doc, "compared_to") == [("GullNet", "PaLM"), ("GullNet", "Chinchilla")]
    doc = nlp("We propose GullNet. We initialize GullNet with weights from Llama 2 and use Mistral 7B as the base model.")
    assert facts(doc, "based_on") == [("GullNet", "Llama 2"), ("GullNet", "Mistral 7B")]


def test_entity_mentions_are_a_span_group_for_spacy_users(nlp):
    doc = nlp("We propose GullNet and report 81.2% accuracy on Zorblax.")
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans["kg_entities"]] == [
        ("GullNet", "MODEL", "GullNet"), ("accuracy", "METRIC", "accuracy"), ("Zorblax", "DATASET", "Zorblax")
    ]


def test_efficiency_measures_are_metrics_and_do_not_make_their_model_a_dataset(nlp):
    found = entities(nlp("We propose GullNet. GullNet training time and memory footprint are low, at 30% of the FLOPs."))
    assert found == {"GullNet": "MODEL", "training time": "METRIC", "memory footprint": "METRIC", "FLOPs": "METRIC"}


def test_comparison_and_base_cues_at_a_sentence_start(nlp):
    doc = nlp("We present GullNet. Compared with Florb Tokenizer and ZAGVIT-v2, GullNet is better.")
    assert facts(doc, "compared_to") == [("GullNet", "Florb Tokenizer"), ("GullNet", "ZAGVIT-v2")]
    doc = nlp("We present GullNet. Built upon Zwen2.5-7B-Instruct, GullNet is better.")
    assert facts(doc, "based_on") == [("GullNet", "Zwen2.5-7B-Instruct")]


def test_two_letter_sizes_with_a_patch_and_hours_of_data(nlp):
    assert entities(nlp("GullNet surpasses ZiT-XL/2 on Zorblax."))["ZiT-XL/2"] == "MODEL"
    assert entities(nlp("GullNet is trained on 60k hours of FlorbLight."))["FlorbLight"] == "DATASET"


def test_respectively_pairs_values_with_datasets_named_before_them(nlp):
    doc = nlp("We propose GullNet. GullNet improves accuracy on Zorblax and Quuxset by 5.2% and 4.8%, respectively.")
    assert [(r[2], r[3]) for r in doc._.kg_results] == [("5.2%", "Zorblax"), ("4.8%", "Quuxset")]
    doc = nlp("Evaluating 25 open models including FlorbLM-70B, we find that accuracy drops.")
    assert "Evaluating 25" not in entities(doc) and entities(doc)["FlorbLM-70B"] == "MODEL"


def test_matching_a_model_is_a_comparison_not_training(nlp):
    doc = nlp("We present GullNet. Trained on 1T tokens from FlorbWeb, GullNet-16B matches Llama-2-70B on MMLU with 4x fewer FLOPs.")
    assert facts(doc, "compared_to") == [("GullNet-16B", "Llama-2-70B")]
    assert facts(doc, "uses") == ["FlorbWeb", "Llama-2-70B"] and facts(doc, "evaluated_on") == ["MMLU"]


def test_a_word_compounded_with_an_acronym_is_not_a_name(nlp):
    found = entities(nlp("We release FlorbSQL, a corpus of 12,000 question-SQL pairs, split into non-IID shards on multi-GPU nodes."))
    assert found == {"FlorbSQL": "DATASET"}


def test_a_list_ends_at_its_conjunction_and_roles_and_naming_after_our(nlp):
    doc = nlp("We present GullNet. On ZorbQA and QuuxBench, GullNet improves exact match by 4.1 points.")
    assert entities(doc)["GullNet"] == "MODEL" and facts(doc, "evaluated_on") == ["ZorbQA", "QuuxBench"]
    assert facts(nlp("Our approach, named ZoPE, replaces RoPE in Llama-3-8B."), "proposes") == ["ZoPE"]
    found = entities(nlp("We present GullNet. GullNet uses Florbut as the visual encoder and Zeus as a judge."))
    assert found["Florbut"] == found["Zeus"] == "MODEL"


def test_at_inference_time_is_a_phase_not_a_metric(nlp):
    doc = nlp("GullNet extrapolates at inference time and cuts training time by 2x.")
    assert entities(doc) == {"GullNet": "MODEL", "training time": "METRIC"}


def test_a_well_known_name_is_proposed_by_the_paper_that_says_what_it_is(nlp):
    assert facts(nlp("We introduce Gemma, a family of open models."), "proposes") == ["Gemma"]
    assert facts(nlp("We present a study of BERT, a popular encoder."), "proposes") == []
    assert facts(nlp("We propose to fine-tune BERT, a pretrained encoder."), "proposes") == []
    # ... also by its long form and "which is a ...", by the object it is apposed to, or by a
    # naming word after "our model"
    assert facts(nlp("We introduce SciBERT (Scientific BERT), which is a pretrained model."), "proposes") == ["SciBERT"]
    assert facts(nlp("We build a reading comprehension dataset, SQuAD, of questions."), "proposes") == ["SQuAD"]
    assert facts(nlp("Our model, dubbed RoBERTa, outperforms XLNet."), "proposes") == ["RoBERTa"]
    assert facts(nlp("Our model RoBERTa outperforms XLNet."), "proposes") == []
    assert facts(nlp("We study how the recently introduced model BERT can be adapted."), "proposes") == []


def test_a_name_well_known_by_its_long_form_is_not_proposed(nlp):
    # (the short form is the entity's name; the long form, its alias, is the listed name)
    doc = nlp("We adapt the pre-trained Segment Anything Model (SAM) to the AVS task.")
    assert facts(doc, "proposes") == [] and facts(doc, "uses") == ["SAM"]
    # (nor by its plural: the class of a listed model)
    doc = nlp("We propose a variant of residual networks (ResNets) for galaxy morphology classification.")
    assert facts(doc, "proposes") == [] and facts(doc, "uses") == ["ResNets"]


def test_put_forward_proposes(nlp):
    assert facts(nlp("We put forward GullNet, a model for tables."), "proposes") == ["GullNet"]


def test_a_number_listed_before_a_value_shares_its_unit(nlp):
    doc = nlp("We propose GullNet. GullNet improves over Mask R-CNN by 2.3 and 1.9 points.")
    assert [r[2] for r in doc._.kg_results] == ["2.3", "1.9 points"]
    assert [r[2] for r in nlp("Of the samples, y = 0 and 80% belong to class one.")._.kg_results] == ["80%"]


def test_a_value_for_a_named_model_is_that_models_result(nlp):
    doc = nlp("We present GullNet. GullNet reaches a 72% success rate on Zorblax, compared to 48% for OpenZLA-7B.")
    assert [(r[0], r[2]) for r in doc._.kg_results] == [("GullNet", "72%"), ("OpenZLA-7B", "48%")]


def test_training_data_listed_after_including_is_used(nlp):
    doc = nlp("We propose GullNet. We fine-tune it on 10 public datasets, including BraTS and KiTS19.")
    assert facts(doc, "uses") == ["BraTS", "KiTS19"] and facts(doc, "evaluated_on") == []
    doc = nlp("GullNet beats previous pre-training methods on various vision benchmarks, including ZorbNet-1K classification.")
    assert "ZorbNet-1K" not in facts(doc, "uses")


def test_on_x_with_a_value_measures_the_value_on_x(nlp):
    doc = nlp("We propose GullNet. GullNet achieves the best results on Zorbnet3D with 78.2 mIoU and on Quux3D with 72.1 mIoU.")
    assert [(r[2], r[3]) for r in doc._.kg_results] == [("78.2", "Zorbnet3D"), ("72.1", "Quux3D")]


def test_a_model_inspired_by_another_builds_on_it(nlp):
    doc = nlp("Inspired by Zorb Gradient DQN, we propose KiteSF, a successor feature method.")
    assert facts(doc, "based_on") == [("KiteSF", "Zorb Gradient DQN")]


def test_a_model_fine_tuned_from_another_builds_on_it(nlp):
    doc = nlp("We present GullNet, a model fine-tuned from ZorbLM-7B on medical dialogues.")
    assert entities(doc)["ZorbLM-7B"] == "MODEL" and facts(doc, "based_on") == [("GullNet", "ZorbLM-7B")]
    doc = nlp("We propose GullNet. On MMLU, GullNet scores 71.3.")
    assert entities(doc)["GullNet"] == "MODEL"


def test_a_name_before_in_metric_is_what_is_measured_not_a_dataset(nlp):
    doc = nlp("We propose GullNet. GullNet outperforms FlorbBoost and ZatPFN in ROC-AUC.")
    assert entities(doc)["FlorbBoost"] == entities(doc)["ZatPFN"] == "MODEL"
    assert entities(nlp("We report FlorbSet detection AP."))["FlorbSet"] == "DATASET"


def test_benchmarks_used_for_a_study_are_evaluated_on_and_coordinated_introductions(nlp):
    doc = nlp("We study how GPT-4 handles long contexts using the ZULER and QuuxBench benchmarks.")
    assert facts(doc, "evaluated_on") == ["ZULER", "QuuxBench"] and facts(doc, "uses") == ["GPT-4"]
    doc = nlp("We introduce a new dataset, CityFlorb-3D, with 2,000 scenes, and a baseline model, FlorbNet, which reaches 41.2 PQ.")
    assert facts(doc, "proposes") == ["CityFlorb-3D", "FlorbNet"]


def test_names_with_a_letter_prefix_or_a_closing_plus_plus(nlp):
    doc = nlp("We propose x-Heron, a new method. It extends Gull++ and beats PointNet++ on ModelNet40.")
    assert entities(doc) == {"x-Heron": "MODEL", "Gull++": "MODEL", "PointNet++": "MODEL", "ModelNet40": "DATASET"}
    assert "C++" not in entities(nlp("Our C++ code is fast."))


def test_a_decimal_factor_is_a_value_an_integer_one_a_setting(nlp):
    doc = nlp("GullNet reduces the peak memory by a factor of 2.5. We decay the learning rate by a factor of 10. "
              "GullNet reduces latency by a factor of 6.8x.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("peak memory", "a factor of 2.5"), ("latency", "a factor of 6.8x")]


def test_a_type_noun_right_before_a_name_types_it(nlp):
    doc = nlp("On the challenging SwiftQA benchmark, our model KiteQA attains an exact match of 67.9.")
    assert entities(doc)["KiteQA"] == "MODEL" and entities(doc)["SwiftQA"] == "BENCHMARK"


def test_the_model_a_result_builds_on_is_not_its_subject(nlp):
    doc = nlp("Built on top of Mistral-7B, KiteChat achieves a win rate of 78.4% on AlpacaEval.")
    assert [r[0] for r in doc._.kg_results] == ["KiteChat"]


def test_what_achieves_a_score_is_a_model(nlp):
    assert entities(nlp("We find that KiteChat achieves a win rate of 78.4%."))["KiteChat"] == "MODEL"
    assert "KiteChat" not in entities(nlp("We find that KiteChat is popular."))


def test_a_purpose_clause_proposes_and_a_framework_worked_under_is_not_proposed(nlp):
    doc = nlp("We collected 10,000 dialogues from Reddit to build HeronChat, a new dataset for empathy.")
    assert facts(doc, "proposes") == ["HeronChat"]
    doc = nlp("We present KiteRec. We propose to introduce adversarial learning under the Adversarial Variational Bayes (AVB) framework.")
    assert facts(doc, "proposes") == ["KiteRec"]


def test_a_score_in_parentheses_with_its_metric_is_measured_on_the_dataset_before(nlp):
    doc = nlp("Our models set new records on SQuAD 2.0 (F1 of 91.2) and on Natural Questions (accuracy = 54.1).")
    assert [tuple(r[1:4]) for r in doc._.kg_results] == [("F1", "91.2", "SQuAD 2.0"), ("accuracy", "54.1", "Natural Questions")]


def test_what_a_model_is_trained_on_a_mixture_of_is_a_dataset(nlp):
    doc = nlp("KiteNet is pre-trained on a mixture of PebblePile and ShaleText.")
    assert entities(doc) == {"KiteNet": "MODEL", "PebblePile": "DATASET", "ShaleText": "DATASET"}


@pytest.mark.parametrize(
    "text", ["Our KiteNet builds upon the OwlNet architecture.", "We propose KiteNet, building on OwlNet.", "Building upon OwlNet, we propose KiteNet.",
             "We introduce KiteNet, a hybrid network that combines the strengths of OwlNet and state-space models.",
             "We introduce KiteNet, which expands OwlNet with multilingual abilities.",
             "We propose KiteNet, which replaces self-attention with OwlNet.",
             "We propose KiteNet for tables. KiteNet employs OwlNet for parsing.",
             "We propose KiteNet, utilizing OwlNet to read pages.",
             "We propose KiteNet, a novel method that integrates OwlNet and self-correction.",
             "We propose KiteNet, a two-stage method relying on OwlNet fine-tuned with adapters.",
             "We propose KiteNet, adapting OwlNet to an encoder-only architecture."]
)
def test_building_on_a_model_is_being_based_on_it(nlp, text):
    doc = nlp(text)
    assert facts(doc, "based_on") == [("KiteNet", "OwlNet")]


def test_a_model_the_proposed_one_is_made_of_is_its_base(nlp):
    doc = nlp("We present KiteVL, a model that couples a SigLIP encoder with a Qwen2-7B language model.")
    assert set(facts(doc, "based_on")) == {("KiteVL", "SigLIP"), ("KiteVL", "Qwen2-7B")}
    doc = nlp("We present KiteVL. It outperforms a CLIP encoder.")
    assert facts(doc, "based_on") == []
    doc = nlp("We present KiteVL. In the first stage, we use a Zorb vision transformer (ZorbViT) as the encoder.")
    assert facts(doc, "based_on") == [("KiteVL", "ZorbViT")]


@pytest.mark.parametrize(
    "text, relation, expected",
    [
        ("KiteNet performs comparably to OwlNet.", "compared_to", {("KiteNet", "OwlNet")}),
        ("KiteNet sets a new state of the art, exceeding OwlNet by 2.1 points.", "compared_to", {("KiteNet", "OwlNet")}),
        ("KiteNet yields consistent gains over OwlNet.", "compared_to", {("KiteNet", "OwlNet")}),
        ("Relative to OwlNet, KiteNet uses half the memory.", "compared_to", {("KiteNet", "OwlNet")}),
        ("On Larkset and ZorbQA, KiteNet sets new records.", "evaluated_on", {"ZorbQA", "Larkset"}),
        ("Using ZorbQA and Larkset as a testbed, we show that KiteNet generalises.", "evaluated_on", {"ZorbQA", "Larkset"}),
        ("We conduct experiments using ZorbQA and Larkset.", "evaluated_on", {"ZorbQA", "Larkset"}),
    ],
)
def test_more_ways_of_comparing_and_of_evaluating_on_a_dataset(nlp, text, relation, expected):
    doc = nlp("We propose KiteNet. " + text)
    assert set(facts(doc, relation)) == expected
    if relation == "evaluated_on":
        assert facts(doc, "uses") == []  # evaluated on, not used as training data


def test_task_acronyms_are_not_datasets(nlp):
    doc = nlp("We evaluate KiteNet on MRC and RE tasks and against CBQA models.")
    assert entities(doc) == {"KiteNet": "MODEL"}


def test_urls_broken_at_a_space_are_joined_and_their_offsets_span_the_written_form(nlp):
    text = "Code: https://aka.ms /kitenet. Demo: https: //kite.github.io/demo/. Not joined: https://a.org / b."
    found = [(u, text[s:e]) for u, _, s, e in nlp(text)._.kg_urls]
    assert found == [
        ("https://aka.ms/kitenet", "https://aka.ms /kitenet"),
        ("https://kite.github.io/demo/", "https: //kite.github.io/demo/"),
        ("https://a.org", "https://a.org"),
    ]


def test_what_a_model_is_trained_using_is_used_not_evaluated_on(nlp):
    doc = nlp("We propose KiteNet. We train KiteNet using ZorbQA.")
    assert facts(doc, "uses") == ["ZorbQA"] and facts(doc, "evaluated_on") == []


def test_a_listed_name_of_several_words_opening_a_sentence_is_a_name(nlp):
    assert entities(nlp("Stable Diffusion generates images. The Pile is large.")) == {"Stable Diffusion": "MODEL", "The Pile": "DATASET"}


def test_a_title_calling_its_head_name_a_dataset_in_lowercase_types_it(nlp):
    paper = Paper("t", "GISE-51: A scalable isolated sound events dataset", "We release GISE-51 for research.")
    extraction = next(extract([paper], nlp=nlp))
    assert [(e.name, e.type) for e in extraction.entities] == [("GISE-51", "DATASET")]


def test_a_number_repeated_by_rendered_latex_is_one_value_but_equal_values_in_a_list_are_two(nlp):
    doc = nlp("KiteSeg reaches 43.6%percent43.643.6\\%43.6 % mIoU with 38.0%percent38.038.0\\%38.0 % fewer GFLOPs. Scores were 79%, 79% and 80%.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [
        ("mIoU", "43.6%"), ("GFLOPs", "38.0%"), (None, "79%"), (None, "79%"), (None, "80%")
    ]
    # what rendering leaves of an integer is no name ("percent1010")
    doc = nlp("Tuning improves the average accuracy of small models by up to 10%percent1010\\%10 %, with a peak task "
              "gain of 22%percent2222\\%22 %, while helping large ones little.")
    assert entities(doc) == {"average accuracy": "METRIC"}
    doc = nlp("KiteGen reaches SOTA quality on the Quarry benchmark with a 10×10\\times10 × smaller model.")
    assert not any("times" in name for name in entities(doc))


def test_a_sized_variant_of_a_listed_model_is_a_model_and_a_footnote_mark_on_a_url_is_no_name(nlp):
    doc = nlp("KiteNet improves accuracy by 6.5% on LLaMA-7B. See HLV-1K 111https://github.com/a/b for data.")
    found = entities(doc)
    assert found["LLaMA-7B"] == "MODEL" and not any("111" in name for name in found)


def test_a_leading_state_of_the_art_is_not_part_of_a_measure(nlp):
    doc = nlp("KiteGAN achieves a new state-of-the-art inception score of 8.87 on CIFAR-10.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("inception score", "8.87")]


def test_urls_glued_by_footnote_marks_are_two_urls_but_a_url_in_a_query_is_one(nlp):
    text = "Code: 111https://github.com/a/pose,222https://github.com/a/root. See https://x.org/a?u=https://y.org/b now."
    assert [u[0] for u in nlp(text)._.kg_urls] == ["https://github.com/a/pose", "https://github.com/a/root", "https://x.org/a?u=https://y.org/b"]


def test_a_pair_in_parentheses_is_a_list(nlp):
    doc = nlp("It plugs into existing algorithms (e.g., PPO, KiteRL) and helps.")
    assert entities(doc) == {"PPO": "MODEL", "KiteRL": "MODEL"}


def test_simulators_are_software_and_map50_is_a_metric(nlp):
    assert entities(nlp("DiagNet improves mAP50 by 3.7%. We simulate with PyBullet.")) == {"DiagNet": "MODEL", "mAP50": "METRIC"}
    # (MuJoCo's tasks are what RL papers evaluate on: the gold annotates them as a benchmark)
    assert entities(nlp("KiteNet is evaluated on MuJoCo.")) == {"KiteNet": "MODEL", "MuJoCo": "BENCHMARK"}


def test_values_listed_with_commas_share_their_metric_and_a_measure_keeps_its_adjunct(nlp):
    doc = nlp("KiteNet has an adversarial accuracy of 66.2%, 58%, and 57% on MNIST, CIFAR10, and STL10 respectively.")
    assert [tuple(r[1:4]) for r in doc._.kg_results] == [
        ("adversarial accuracy", "66.2%", "MNIST"), ("adversarial accuracy", "58%", "CIFAR10"), ("adversarial accuracy", "57%", "STL10")
    ]


def test_a_sentence_whose_subject_is_it_speaks_of_the_papers_model(nlp):
    doc = nlp("We propose KiteSeg. Specifically, it achieves 43.6% mIoU on ADE20K, which is 0.9% better than SeaFormer.")
    assert facts(doc, "compared_to") == [("KiteSeg", "SeaFormer")]


def test_a_dataset_derived_from_another_uses_it(nlp):
    doc = nlp("We introduce KiteSet, a dataset of sound events derived from FSD50K.")
    assert facts(doc, "uses") == ["FSD50K"] and facts(doc, "proposes") == ["KiteSet"]


def test_a_model_said_to_be_a_version_of_another_builds_on_it(nlp):
    doc = nlp("We compare Vicuna, a fine-tuned LLaMA, with GPT-4. We train a ViT-B/32, a ViT-B/16 and a ViT-L/14.")
    assert facts(doc, "based_on") == [("Vicuna", "LLaMA")]


def test_a_name_called_a_benchmark_as_often_as_it_is_used_on_is_a_benchmark(nlp):
    doc = nlp("KiteSeg is evaluated on ADE20K and Pascal Context benchmarks. It achieves 43.6% mIoU on ADE20K.")
    assert entities(doc)["ADE20K"] == "BENCHMARK"


def test_a_metric_keeps_two_words_that_qualify_it(nlp):
    doc = nlp("We boost nDCG@10 by up to 11% with an increase in average query latency of only 4.3%.")
    assert "average query latency" in entities(doc)


def test_countries_and_cities_are_no_entities_but_data_sets_named_after_them_are(nlp):
    doc = nlp("Leveraging road network data across 49 states in the USA, our study first posits a hypothesis. "
              "KiteNet lowers the RMSE on the Boston Housing dataset.")
    assert set(entities(doc)) == {"KiteNet", "RMSE", "Boston Housing"}


def test_precision_and_recall_together_name_each_other_measures(nlp):
    doc = nlp("Using Zorb features improves both the precision and recall of answer retrieval.")
    assert entities(doc) == {"precision": "METRIC", "recall": "METRIC"}
    assert entities(nlp("We keep the precision of the Zorb estimate.")) == {}


def test_accuracy_listed_with_qualities_is_a_quality(nlp):
    # (after the paper's own voice begins: before it, a measure named in passing is no measure anyway)
    own = "We propose ZorbNet. "
    assert "accuracy" not in entities(nlp(own + "ZorbNet offers a better trade-off between efficiency and accuracy."))
    assert "accuracy" not in entities(nlp(own + "ZorbNet balances accuracy and robustness on KiteScan."))
    assert entities(nlp(own + "ZorbNet balances accuracy and F1 on KiteScan."))["accuracy"] == "METRIC"


def test_a_high_sensitivity_to_something_is_a_property_not_a_measure(nlp):
    assert entities(nlp("Zorb detectors exhibit high sensitivity to self-blended images.")) == {}
    doc = nlp("ZorbNet reaches a high sensitivity of 89.3% on KiteScan.")
    assert entities(doc)["sensitivity"] == "METRIC"


def test_accuracy_as_the_quality_of_something_is_no_metric_but_accuracy_reported_or_listed_is(nlp):
    doc = nlp("KiteNet improves the accuracy of text detection and the diagnostic accuracy of doctors.")
    assert entities(doc) == {"KiteNet": "MODEL"}
    assert entities(nlp("We propose KiteNet. KiteNet reports higher accuracy than Zorblax."))["accuracy"] == "METRIC"
    assert entities(nlp("We evaluate accuracy and F1 of KiteNet."))["accuracy"] == "METRIC"
    assert entities(nlp("We evaluate KiteNet on Zorb and report accuracy."))["accuracy"] == "METRIC"
    assert entities(nlp("KiteNet improves the accuracy of text detection by 4%."))["accuracy"] == "METRIC"
    # (so is the accuracy of one task, "diagnostic accuracy", but not a graded one, "test accuracy")
    assert entities(nlp("KiteNet improves the segmentation accuracy of doctors.")) == {"KiteNet": "MODEL"}
    assert entities(nlp("We find KiteNet improves the test accuracy of doctors."))["test accuracy"] == "METRIC"
    # (nor is accuracy named, without a number, before the paper speaks of its own work: 9 of 76
    # such development mentions are gold measures; nor another lowercase measure: 18 of 79)
    doc = nlp("Keyword spotting systems must reach high accuracy and low latency on small devices. We propose KiteNet.")
    assert entities(doc) == {"KiteNet": "MODEL"}
    doc = nlp("Translation systems are judged by BLEU and word error rate. We propose KiteNet.")
    assert entities(doc) == {"BLEU": "METRIC", "KiteNet": "MODEL"}


def test_a_capitalised_word_the_text_also_writes_in_lowercase_is_no_name(nlp):
    doc = nlp("We compare KiteNet, Larkspur and Object on three tasks. Each object is segmented once.")
    assert set(entities(doc)) == {"KiteNet", "Larkspur"}
    # (but the name the title heads keeps its mentions: "Zorb, a new benchmark ... within a zorb")
    paper = Paper("t", "ZORB: Models Can See", "We introduce Zorb, a new benchmark. Most Zorb tasks take humans a zorb.")
    assert [(e.name, e.type) for e in next(extract([paper], nlp=nlp)).entities] == [("ZORB", "BENCHMARK")]


def test_acronyms_the_development_gold_mostly_annotates_are_not_generic(nlp):
    # (GAT: a graph attention network in 5 of 6 development texts; MAP: mean average precision in 4 of 4)
    doc = nlp("KiteNet outperforms GAT and GraphSAGE on Cora, and reaches a MAP of 62.3% on WikiQA.")
    assert entities(doc)["GAT"] == "MODEL" and entities(doc)["MAP"] == "METRIC"


def test_a_word_that_qualifies_a_name_is_not_part_of_it(nlp):
    doc = nlp("We train KiteNet with Zorbl-derived labels on the Larkspur dataset, following a D4RL-styled protocol.")
    assert entities(doc) == {"KiteNet": "MODEL", "Larkspur": "DATASET", "D4RL": "BENCHMARK"}


def test_tools_platforms_network_generations_and_chemical_formulas_are_no_entities(nlp):
    doc = nlp("We propose KiteNet. KiteNet, exported to ONNX and tokenised with spaCy, runs on 5G networks, "
              "predicts NO2 levels and is evaluated on Universal Dependencies treebanks. "
              "KiteNet is built on LinkedIn data, posts from Twitter and YouTube videos with Reinforcement Learning.")
    assert entities(doc) == {"KiteNet": "MODEL", "Universal Dependencies": "DATASET"}
    # hardware and the software that flies or simulates a robot are no models either
    doc = nlp("We propose KiteNet. KiteNet runs on a Xilinx ZCU102 board and on GAP9, faster than Loihi and "
              "TrueNorth, and flies a drone through PX4 in Gazebo. It generates MIDI files and trains on a MIDI dataset.")
    assert entities(doc) == {"KiteNet": "MODEL"}


def test_an_en_dash_joins_two_surnames_into_one_name_but_not_a_pair_of_things(nlp):
    doc = nlp("We propose KiteNet. We evaluate KiteNet on the Zorbin–Larkwell dataset and on DA–MSA pairs.")
    assert entities(doc)["Zorbin-Larkwell"] == "DATASET"
    assert not {"Zorbin", "Larkwell", "DA-MSA"} & set(entities(doc))


def test_a_model_used_as_a_backbone_in_the_passive_is_used(nlp):
    doc = nlp("We join the challenge. OwlFormer is used as the backbone for extracting features.")
    assert facts(doc, "uses") == ["OwlFormer"]


def test_modules_of_the_papers_own_model_are_proposed_unless_taken_from_elsewhere(nlp):
    doc = nlp("We propose KiteSeg, which integrates a Frobnic Fusion Module (FFM) and a Zorb Alignment Block. "
              "Built upon ViT, our model also involves a Larkspur Refinement Block.")
    assert set(facts(doc, "proposes")) == {"KiteSeg", "FFM", "Zorb Alignment Block", "Larkspur Refinement Block"}
    assert facts(doc, "uses") == ["ViT"] and facts(doc, "based_on") == [("KiteSeg", "ViT")]
    doc = nlp("We propose KiteSeg. Our model adopts two well-known attention modules, the Frobnic Fusion Module and the Zorb Block.")
    assert facts(doc, "proposes") == ["KiteSeg"]
    assert set(facts(doc, "uses")) == {"Frobnic Fusion Module", "Zorb Block"}


@pytest.mark.parametrize("verb", ["is applied to", "is then employed for", "was utilized to"])
def test_a_model_applied_to_a_step_in_the_passive_is_used(nlp, verb):
    doc = nlp(f"We detect fraud in card payments. FrobNet {verb} balance the classes.")
    assert facts(doc, "uses") == ["FrobNet"]


@pytest.mark.parametrize(
    "text, relation",
    [
        ("ZorbCorpus and Larkset are used for training KiteNet.", "uses"),
        ("We leverage ZorbCorpus and Larkset to build KiteNet.", "uses"),
        ("We use ZorbCorpus and Larkset to evaluate KiteNet.", "evaluated_on"),
    ],
)
def test_data_a_paper_uses_to_build_or_to_evaluate(nlp, text, relation):
    doc = nlp("We propose KiteNet. " + text)
    assert set(facts(doc, relation)) == {"ZorbCorpus", "Larkset"}


def test_bibtex_keys_task_acronyms_and_quantifiers_are_not_names(nlp):
    doc = nlp(
        "We survey CLIP radford2021learningtransferable and ARTV, an AR model for T2V. Guards fall short "
        "in terms of both detection accuracy and efficiency. We test on newstest2014."
    )
    found = entities(doc)
    assert "CLIP" in found and not any("radford" in n for n in found)
    assert "AR" not in found and "T2V" not in found
    assert "detection accuracy" in found and "newstest2014" in found
    # a short key (no title word) only right after a name
    found = entities(nlp("We evaluate KiteNet kitenet2024 and GullNet gull2023a on newstest2014 and wmt2019."))
    assert set(found) == {"KiteNet", "GullNet", "newstest2014", "wmt2019"}


def test_numbered_model_names_and_the_diffusion_transformer(nlp):
    doc = nlp("The models show large gaps: Gemini-2.5-Flash achieves 52.95%. We build on a Diffusion Transformer (DiT).")
    found = entities(doc)
    assert found["Gemini-2.5-Flash"] == "MODEL" and found["DiT"] == "MODEL"


def test_a_short_form_defined_as_what_is_compared_is_not_the_papers(nlp):
    doc = nlp("To understand this, this article conducts a comparative analysis of three advanced federated VLM (FedVLM) "
              "frameworks that integrate distillation. We find that they differ.")
    assert facts(doc, "proposes") == []
    doc = nlp("This article presents a federated VLM (FedVLM) framework.")
    assert facts(doc, "proposes") == ["FedVLM"]
    # nor one defined outside the paper's own sentences
    doc = nlp("The federated VLM (FedVLM) family is widely used. It has many applications.")
    assert facts(doc, "proposes") == []


def test_what_the_paper_refers_to_its_own_model_as_is_proposed(nlp):
    doc = nlp("We use recurrent networks to design Irregular Low-Zorb Parity-Check (LZPC) codes. We refer to our RNN "
              "architecture as Neural Zorb Evolution (NZE) and train it end to end.")
    assert "NZE" in facts(doc, "proposes")


def test_data_that_improves_a_model_is_not_evaluated_on(nlp):
    doc = nlp("We construct ZorbInstruct, a tuning dataset. Experiments show that ZorbInstruct could significantly "
              "improve the performance of VLLMs on Quarry-5.")
    assert facts(doc, "evaluated_on") == ["Quarry-5"]


def test_data_trained_and_evaluated_on_is_used_and_evaluated_on(nlp):
    doc = nlp("Our model is trained and evaluated on Quarry-101, Shale-51 and Pebbles datasets.")
    assert facts(doc, "uses") == facts(doc, "evaluated_on") == ["Quarry-101", "Shale-51", "Pebbles"]
    doc = nlp("KiteNet is evaluated on Quarry-101 and Shale-51 datasets.")
    assert facts(doc, "uses") == [] and facts(doc, "evaluated_on") == ["Quarry-101", "Shale-51"]


def test_what_a_model_generalises_to_is_data_it_is_evaluated_on(nlp):
    doc = nlp("We propose KiteNet. KiteNet generalizes well to Quarry-101 and Shale-51.")
    assert entities(doc)["Quarry-101"] == entities(doc)["Shale-51"] == "DATASET"
    assert facts(doc, "evaluated_on") == ["Quarry-101", "Shale-51"]
    doc = nlp("We propose KiteNet. Its features stay strong when transferred to Pebble-10.")
    assert entities(doc)["Pebble-10"] == "DATASET"


@pytest.mark.parametrize(
    "sentence",
    [
        "We adopt the detection head of Zorbo-3 models.",
        "We integrated these new modules into the Zorbo-3 system.",
        "We obtain it by fine-tuning Zorbo-3 models on 10K instructions.",
        "We fine-tune the pre-trained Zorbo-3 model on our data.",
    ],
)
def test_what_the_paper_adopts_or_integrates_into_is_a_base(nlp, sentence):
    doc = nlp("We propose KiteDet, a detector. " + sentence)
    assert facts(doc, "based_on") == [("KiteDet", "Zorbo-3")]


def test_a_two_letter_qualifier_of_a_metric_is_part_of_it_not_a_dataset(nlp):
    doc = nlp("KiteDPO reaches 58.7% LC win rate on ZorbEval and 35.7% win rate on GullArena.")
    assert entities(doc) == {
        "KiteDPO": "MODEL", "LC win rate": "METRIC", "ZorbEval": "BENCHMARK", "win rate": "METRIC", "GullArena": "BENCHMARK"
    }
    assert [tuple(r[1:4]) for r in doc._.kg_results] == [("LC win rate", "58.7%", "ZorbEval"), ("win rate", "35.7%", "GullArena")]
    # the listed "win rate" inside "LC win rate" is no mention of its own
    assert [m for name, _, _, mentions, _ in doc._.kg_entities if name == "win rate" for m in mentions] == [[56, 64]]


def test_an_apposition_is_typed_by_its_head_noun(nlp):
    doc = nlp("We introduce ZorbInstruct, the largest open-access instruction tuning dataset, and KiteX, a table "
              "pre-training approach whose corpus is synthesized.")
    found = entities(doc)
    assert found["ZorbInstruct"] == "DATASET" and found["KiteX"] == "MODEL"
    doc = nlp("To address this gap, we introduce Quarry Dialogues: a multi-turn dialogue dataset for audio.")
    assert entities(doc) == {"Quarry Dialogues": "DATASET"} and facts(doc, "proposes") == ["Quarry Dialogues"]


def test_an_apposition_naming_a_set_of_things_is_typed_by_what_is_in_the_set(nlp):
    doc = nlp("This paper presents the training of Zorctic-Embed 2.0, a set of open-source text embedding models.")
    assert entities(doc) == {"Zorctic-Embed 2.0": "MODEL"}


def test_what_serves_as_training_data_is_a_dataset_whatever_its_size_suffix(nlp):
    # a size suffix ("-10M") alone makes a model of a name; serving as data says otherwise
    doc = nlp("It trains in a day on 8 GPUs, requiring only ZorbVid-10M [3] as pretraining data.")
    assert entities(doc) == {"ZorbVid-10M": "DATASET"}


def test_a_capitalised_type_noun_after_a_defined_short_form_types_it(nlp):
    doc = nlp("It is trained on our Multi-dimensional Human Zorbference (MHZ) Dataset of 918,315 choices.")
    assert entities(doc) == {"MHZ": "DATASET"}


def test_the_subject_of_a_technical_report_is_proposed():
    paper = Paper("t", "ZorbShell TECHNICAL REPORT", "Code models matter. We release ZorbShell-Base, trained on 500B tokens.")
    assert next(extract([paper])).names("proposes") == ["ZorbShell", "ZorbShell-Base"]


def test_a_name_given_to_a_family_of_models_is_proposed(nlp):
    doc = nlp("Taking advantage of the proposed method, we introduce a family of compact networks called ZorbNets.")
    assert facts(doc, "proposes") == ["ZorbNets"]
    # (but not the name of the model a framework is based on)
    doc = nlp("We propose a framework based on a family of networks called KiteNets.")
    assert facts(doc, "proposes") == []


def test_a_report_introduces_its_model(nlp):
    doc = nlp("Small models are weak reasoners. This report introduces ZorbThinker-1.5B, a 1.5B-parameter dense model.")
    assert facts(doc, "proposes") == ["ZorbThinker-1.5B"]


def test_sizes_of_the_papers_own_model_are_its_models_too(nlp):
    doc = nlp("We present Kite-1, a series of small language models consisting of Kite-1-1.6B and Kite-1-1.6B-Instruct-v0.1.")
    assert facts(doc, "proposes") == ["Kite-1", "Kite-1-1.6B", "Kite-1-1.6B-Instruct-v0.1"]
    assert facts(doc, "uses") == [] and facts(doc, "based_on") == []


def test_licences_sizes_of_experts_and_rendered_latex_are_not_names(nlp):
    doc = nlp("Weights are released under the Zorb 2.0 license. We use 30K sentences (similar-to\\sim0.01GB text data) "
              "and mixtures of experts with up to 7B-A150M parameters, extrapolating to a 55B-A1.2B model.")
    assert entities(doc) == {}
    doc = nlp("The ZorbWalk dataset has 62k62k synchronized frames and over 559k559k pairs.")
    assert entities(doc) == {"ZorbWalk": "DATASET"}


def test_a_long_form_naming_a_model_part_overrides_a_listed_dataset(nlp):
    # GQA is listed as a (visual question answering) data set
    doc = nlp("By incorporating Grouped Query Attention (GQA) into GPT-2, ZorbCoder gains speed. GQA saves memory.")
    assert entities(doc)["GQA"] == "MODEL"
    assert entities(nlp("We evaluate ZorbVLM on GQA and VQAv2."))["GQA"] == "DATASET"


def test_a_measure_a_method_is_based_on_is_no_reported_metric_and_task_modifiers_stay(nlp):
    doc = nlp("We use perplexity-based data filtering. ZorbTok enhances code completion accuracy and normalized perplexity.")
    assert entities(doc) == {"code completion accuracy": "METRIC", "normalized perplexity": "METRIC"}
    # nor a model: "FID-based" qualifies a method by a measure
    assert entities(nlp("We apply FID-based selection to ZorbNet.")) == {"ZorbNet": "MODEL"}


def test_models_a_resource_is_tested_on_are_used(nlp):
    doc = nlp("This dataset is then tested on state-of-the-art MLLMs like GPT-4o, Gemini, and Claude.")
    assert facts(doc, "uses") == ["GPT-4o", "Gemini", "Claude"]


def test_models_experiments_are_run_with_are_used(nlp):
    doc = nlp("Post-training experiments with the Zorba-3 and Quux-2.5 series models show that pruning needs data.")
    assert facts(doc, "uses") == ["Zorba-3", "Quux-2.5"]
    assert facts(nlp("Additional decoder blocks are added to the ZorBERTa network for all tasks."), "uses") == ["ZorBERTa"]


def test_a_model_name_after_its_makers_has_the_bare_name_as_alias(nlp):
    doc = nlp("We test reasoning models like OpenAI zx4-mini and Meta Zorba 3, and the Chinese BERT.")
    found = {name: aliases for name, _, aliases, *_ in doc._.kg_entities}
    assert found["OpenAI zx4-mini"] == ["zx4-mini"] and found["Meta Zorba 3"] == ["Zorba 3"]
    assert found.get("Chinese BERT", []) == []  # a language is no maker


def test_a_measure_bounded_by_a_value_names_it(nlp):
    doc = nlp("We show ZorbMix's high accuracy in loss extrapolation (mean relative error <0.2%).")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("mean relative error", "0.2%")]


def test_a_value_on_a_split_is_measured_on_the_data_named_before(nlp):
    doc = nlp("Pre-training on the ZorbSpeech corpus and fine-tuning lower the word error rate by 23.8% on test-clean.")
    assert [tuple(r[1:4]) for r in doc._.kg_results] == [("word error rate", "23.8%", "ZorbSpeech")]


def test_a_model_based_on_another_in_parentheses_is_the_child(nlp):
    doc = nlp("We apply ZorbTok to pre-train a state-of-the-art model, KiteCoder (based on PolyCoder), for a Fortran code corpus.")
    assert facts(doc, "based_on") == [("KiteCoder", "PolyCoder")]
    assert "Fortran" not in entities(doc)  # a programming language


def test_what_is_widely_used_is_background(nlp):
    doc = nlp("Large language models based on the ZorbFormer architecture are widely employed across domains.")
    assert facts(doc, "uses") == []


def test_a_cost_in_dollars_is_a_result(nlp):
    doc = nlp("ZorbBench ranks models well, all at a cost of only $25 and without human labelers.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("cost", "$25")]


def test_names_apposed_to_a_plural_data_noun_are_data(nlp):
    doc = nlp("We train ZorbSAM on two of the largest segmentation datasets, SA-Zed2D-20M and IZed-361M, and test it.")
    found = entities(doc)
    assert found["SA-Zed2D-20M"] == found["IZed-361M"] == "DATASET"  # (a size suffix alone says model)
    assert facts(doc, "uses") == ["SA-Zed2D-20M", "IZed-361M"]
    # names that go on to act are the sentence's subjects, not the data's
    assert entities(nlp("On both datasets, KiteNet and FooNet outperform the baselines.")) == {"KiteNet": "MODEL", "FooNet": "MODEL"}


def test_models_a_method_is_run_on_are_not_its_rivals(nlp):
    doc = nlp("We propose ZorbRA. ZorbRA surpasses the state of the art on LLaMA2-7B and LLaMA3-8B, outperforming LoRA.")
    assert facts(doc, "compared_to") == [("ZorbRA", "LoRA")]
    doc = nlp("We propose ZorbOpt, an optimizer. ZorbOpt produces higher validation accuracies than AdaBelief for training ResNet18.")
    assert facts(doc, "compared_to") == [("ZorbOpt", "AdaBelief")]


def test_a_size_after_a_name_is_part_of_it_and_its_family_an_alias(nlp):
    doc = nlp("We fine-tune Zorbtral 8x7B, Kite 3.1 8B and Kite 3.1 70B on our data.")
    found = {name: aliases for name, _, aliases, *_ in doc._.kg_entities}
    assert found == {"Zorbtral 8x7B": ["Zorbtral"], "Kite 3.1 8B": ["Kite 3.1"], "Kite 3.1 70B": ["Kite 3.1"]}
    # a size of a name the paper writes bare too is a mention of that name
    doc = nlp("We propose ZorbLM. ZorbLM 20B outperforms T0.")
    assert [(name, aliases) for name, _, aliases, *_ in doc._.kg_entities][0] == ("ZorbLM", ["ZorbLM 20B"])


def test_a_capitalised_type_noun_after_a_name_types_it():
    paper = Paper("t", "Assessing Pretraining for Law and the ZaseHOLD Dataset of Legal Holdings", "We evaluate ZaseHOLD with new models.")
    assert [(e.name, e.type) for e in next(extract([paper])).entities] == [("ZaseHOLD", "DATASET")]


def test_generic_words_together_make_no_name(nlp):
    doc = nlp("We study automatic speaker verification (ASV) with a well-recognized SOTA ASV model, ZAPA-TDNN [1].")
    assert entities(doc) == {"ZAPA-TDNN": "MODEL"}


def test_a_listed_models_name_after_a_prefix_makes_a_model(nlp):
    # T5 is listed: "ZrT5" and "ByT5" are models; "RESISC45" (no case change before "C45") is not one
    found = entities(nlp("ZrT5 shows comparable accuracy to ByT5 on XNLI."))
    assert found["ZrT5"] == found["ByT5"] == "MODEL"


def test_what_the_paper_calls_a_new_mechanism_is_proposed(nlp):
    doc = nlp("We propose ZongT5. Its core is a new attention mechanism we call Transient Zobal (TZobal), which mimics ETC.")
    assert facts(doc, "proposes") == ["ZongT5", "TZobal"]


def test_values_in_a_sentence_with_one_measure_are_of_that_measure(nlp):
    doc = nlp("ZorbPRM achieves 65.5% accuracy, surpassing baselines such as Kite PRM (61.7%) and Omega PRM (62.4%).")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("accuracy", "65.5%"), ("accuracy", "61.7%"), ("accuracy", "62.4%")]


def test_a_measure_in_parentheses_after_a_score_names_it(nlp):
    doc = nlp("Our best model reaches 0.471 (mAP) on ZudioSet and 0.982 (accuracy) on ESC-50.")
    assert [tuple(r[1:4]) for r in doc._.kg_results] == [("mAP", "0.471", "ZudioSet"), ("accuracy", "0.982", "ESC-50")]


def test_an_extension_or_a_variant_of_a_model_builds_on_it(nlp):
    doc = nlp("We propose ZertBloom, an extension to RoBERTa. We also build ZrT5, a more efficient variant of ByT5.")
    assert facts(doc, "based_on") == [("ZertBloom", "RoBERTa"), ("ZrT5", "ByT5")]
    # an encoder-decoder model is a kind of model, not a part the paper's model is built from
    doc = nlp("We propose ZPO, a new objective. We validate ZPO on language modeling tasks using Flan-T5 encoder-decoder models.")
    assert facts(doc, "proposes") == ["ZPO"] and facts(doc, "based_on") == []


def test_training_data_in_parentheses_transfer_targets_and_our_defined_data(nlp):
    doc = nlp("While BERT pretrained on a general corpus (Zoogle Books and Zikipedia) helps, we do better.")
    assert facts(doc, "uses") == ["BERT", "Zoogle Books", "Zikipedia"] and facts(doc, "evaluated_on") == []
    doc = nlp("We show that the representations generalise well when transferred to Tiny ZmageNet and STL-10.")
    assert facts(doc, "evaluated_on") == ["Tiny ZmageNet", "STL-10"]
    doc = nlp("It is trained on our Multi-dimensional Human Zreference (MHZ) Dataset of 918,315 choices.")
    assert facts(doc, "proposes") == ["MHZ"] and facts(doc, "uses") == []


def test_a_verb_before_a_measure_is_not_part_of_it(nlp):
    doc = nlp("ZSHBloom deduplicates well, while boasting competitive runtime (12 faster than MinhashLSH on peS2o).")
    assert [r[1] for r in doc._.kg_results] == ["runtime"]


def test_a_lone_measure_after_measured_by_ends_the_sentence(nlp):
    doc = nlp("ZrT5 gains inference speed with minimal effect on performance, as measured by bits-per-byte.")
    assert entities(doc)["bits-per-byte"] == "METRIC"
    assert "different evaluation metrics" not in entities(nlp("Quality is measured by different evaluation metrics."))


def test_a_version_of_a_thing_is_a_thing_of_its_kind(nlp):
    doc = nlp("This paper introduces ZodelNet-R, a meticulously refined version of ModelNet40, to address these issues.")
    assert entities(doc) == {"ZodelNet-R": "DATASET", "ModelNet40": "DATASET"}


def test_a_long_form_naming_a_model_overrides_a_listed_measure(nlp):
    # "MAE" is listed as a measure (mean absolute error)
    doc = nlp("While pretraining methods like Masked Autoencoders (MAE) have shown promise, MAE focuses on pixels.")
    assert entities(doc) == {"MAE": "MODEL"}
    assert entities(nlp("We report the mean absolute error (MAE) of ZorbNet."))["MAE"] == "METRIC"
    assert entities(nlp("We boost the efficiency of Masked Auto Encoders (MAE) for point clouds.")) == {"MAE": "MODEL"}


def test_an_acronym_right_after_a_percentage_is_its_measure(nlp):
    doc = nlp("ZorbNet achieves notable performance on point cloud datasets (93.8% OA on ZorbObject).")
    assert entities(doc) == {"ZorbNet": "MODEL", "OA": "METRIC", "ZorbObject": "DATASET"}
    assert [tuple(r[1:4]) for r in doc._.kg_results] == [("OA", "93.8%", "ZorbObject")]
    doc = nlp("ZorbJAR achieves up to a 6.3% increase in mAPZ compared to training from scratch.")
    assert entities(doc)["mAPZ"] == "METRIC" and [tuple(r[1:3]) for r in doc._.kg_results] == [("mAPZ", "6.3%")]


def test_a_measure_one_qualifying_word_after_a_value_names_it_with_the_word(nlp):
    doc = nlp("ZorbNet reaches 93.8% OA on ZorbObject and 87.6% instance mIoU on ZorbPart.")
    assert [tuple(r[1:4]) for r in doc._.kg_results] == [("OA", "93.8%", "ZorbObject"), ("instance mIoU", "87.6%", "ZorbPart")]
    # (a grade is no qualifier)
    doc = nlp("ZorbNet reaches 50% high BLEU-4 on ZorbPart.")
    assert [tuple(r[1:4]) for r in doc._.kg_results] == [("BLEU-4", "50%", "ZorbPart")]


def test_a_run_of_capitals_reaching_into_a_long_form_is_no_name(nlp):
    doc = nlp("We propose Optimizing Question Zorbic Space for Dynamic Retrieval-Augmented Multi-hop Question Answering (Q-DREAM).")
    assert entities(doc) == {"Q-DREAM": "MODEL"} and facts(doc, "proposes") == ["Q-DREAM"]


def test_the_named_parts_the_papers_model_consists_of_are_proposed(nlp):
    doc = nlp(
        "We propose ZorbNet. ZorbNet consists of two key modules: (1) the Quux Decomposition Module (QDM), which splits "
        "questions; and (2) the Blip Passage Retrieval Module (BPRM), which aligns passages."
    )
    assert facts(doc, "proposes") == ["ZorbNet", "QDM", "BPRM"] and facts(doc, "uses") == []
    doc = nlp(
        "This paper introduces ZorbNet, an agent that addresses these challenges through two key components: "
        "the Quux Decomposition Module (QDM) and the Blip Passage Retrieval Module (BPRM)."
    )
    assert sorted(facts(doc, "proposes")) == ["BPRM", "QDM", "ZorbNet"]


def test_a_listed_name_spelled_out_before_its_short_form_keeps_its_type(nlp):
    doc = nlp("We outperform baseline methods on Natural Questions (NQ) and ZorbQA datasets.")
    assert [(name, etype, aliases) for name, etype, aliases, *_ in doc._.kg_entities][0] == ("NQ", "DATASET", ["Natural Questions"])


def test_a_method_the_text_calls_new_where_it_names_it_is_proposed(nlp):
    doc = nlp("We compare Direct Preference Optimization (DPO) and a novel Offline Kite Relative Policy Optimization (O-KRPO).")
    assert facts(doc, "proposes") == ["O-KRPO"]
    doc = nlp("Then we explore two novel paradigms to utilize LLMs, i.e., Kite4Inspire and Kite4Predict, to assist decomposition.")
    assert facts(doc, "proposes") == ["Kite4Inspire", "Kite4Predict"]
    doc = nlp("Here, we present a novel approach to self-supervised pretraining, ZORB-SSL, that exploits neural data.")
    assert facts(doc, "proposes") == ["ZORB-SSL"]
    # (not what a new method is based on or for, nor the words describing a name just given)
    assert facts(nlp("This paper proposes a novel KiteRSSI-based unsupervised method."), "proposes") == []
    assert facts(nlp("We present a novel framework for ZorbSplatting that runs fast."), "proposes") == []
    assert facts(nlp("We present ZESSERA, a novel Remote Sensing Kite Model (RSKM) that uses SSL."), "proposes") == ["ZESSERA"]
    assert facts(nlp("Recently, a novel architecture, KiteMamba, was proposed. We use it."), "proposes") == []
    # ... and one a name is said to be right after it, though not someone else's ("introduced in the vision literature")
    doc = nlp("Experiments show that ZorbNet, a novel lightweight framework for kites, outperforms KiteNet.")
    assert facts(doc, "proposes") == ["ZorbNet"]
    doc = nlp("Inspired by KiteMixer, a novel architecture introduced in vision, we propose ZorbSinger.")
    assert "KiteMixer" not in facts(doc, "proposes")


def test_what_a_paper_establishes_it_proposes(nlp):
    doc = nlp("To this end, we establish the Zorbic Reasoning Benchmark (ZRB), a new corpus for evaluation.")
    assert facts(doc, "proposes") == ["ZRB"]
    doc = nlp("We show that ZorbNet improves results across 2 well established clinical tasks (Quuxset and Blipset).")
    assert "Quuxset" not in facts(doc, "proposes")


def test_a_title_whose_description_opens_with_a_verb_of_evaluation_heads_a_benchmark(nlp):
    doc = nlp("ZorbMimic: Evaluating Multimodal Models via Chart-to-Code Generation\u2029"
              "We introduce a new benchmark, ZorbMimic, aimed at assessing code generation. "
              "ZorbMimic utilizes charts and textual instructions as inputs.")
    assert entities(doc) == {"ZorbMimic": "BENCHMARK"}
    assert facts(doc, "proposes") == ["ZorbMimic"] and facts(doc, "evaluated_on") == ["ZorbMimic"]


def test_a_titles_evaluation_by_a_method_or_metric_heads_no_benchmark(nlp):
    # "Automated Evaluation of ...", "Summarization Evaluation using LLMs": an evaluator
    for title in ("ZorbSure: Automated Evaluation of Kite Generation", "ZorbSure: Fine-grained Kite Evaluation using LLMs"):
        doc = nlp(title + "\u2029We present ZorbSure, which scores generated kites.")
        assert entities(doc) == {"ZorbSure": "MODEL"}
    doc = nlp("ZorbSure: An Efficient Evaluation Metric for Kite Generation\u2029We present ZorbSure, which scores generated kites.")
    assert entities(doc) == {"ZorbSure": "METRIC"}
    doc = nlp("ZorbSure: Massively Multilingual Kite Evaluation\u2029We present ZorbSure, which scores generated kites.")
    assert entities(doc) == {"ZorbSure": "BENCHMARK"}


def test_a_title_calling_its_head_a_benchmark_outweighs_the_abstracts_dataset(nlp):
    doc = nlp("ZorbQA: A Kite Comprehension Benchmark Requiring Reasoning\u2029"
              "We present ZorbQA, a dataset of 5k questions. Models trained on ZorbQA fail.")
    assert entities(doc) == {"ZorbQA": "BENCHMARK"}
    doc = nlp("ZorbQA: A Kite Benchmark Dataset for Reasoning\u2029"
              "We present ZorbQA, a dataset of 5k questions. Models trained on ZorbQA fail.")
    assert entities(doc) == {"ZorbQA": "DATASET"}  # (a "benchmark dataset" is a dataset)


def test_a_competition_is_a_benchmark_as_a_challenge_is(nlp):
    doc = nlp("We evaluate KiteNet on instances in the random track of Zorb Competition 2018.")
    assert entities(doc)["Zorb Competition 2018"] == "BENCHMARK"
    assert facts(doc, "evaluated_on") == ["Zorb Competition 2018"]


def test_the_short_form_of_a_task_before_tasks_is_no_data_set(nlp):
    doc = nlp("LLMs do well across various Zorb-to-Text Generation (ZTG) tasks. We evaluate KiteNet on ZTG tasks.")
    assert entities(doc) == {"KiteNet": "MODEL"}


def test_a_generic_short_form_still_names_a_titled_benchmark(nlp):
    doc = nlp("We build Retrieval-Augmented Generation Benchmark (RGB), a new corpus. We evaluate 6 LLMs on RGB.")
    assert entities(doc) == {"RGB": "BENCHMARK"}
    assert entities(nlp("We train on RGB images and depth maps (RGB-D).")) == {}


def test_coordinated_results_share_their_benchmark(nlp):
    doc = nlp("Evaluated on the ZorbQA benchmark [60], ZorbNet achieves 75.2 Pass@1 and 82.4 Pass@3 on validation.")
    assert [tuple(r[1:4]) for r in doc._.kg_results] == [("Pass@1", "75.2", "ZorbQA"), ("Pass@3", "82.4", "ZorbQA")]


def test_a_listed_name_with_a_glued_version_number_takes_its_type(nlp):
    # "VoxCeleb" is listed; nothing else in the sentence types "VoxCeleb2"
    assert entities(nlp("The system achieves 0.5% EER on the three official trials of VoxCeleb2.")) == {
        "EER": "METRIC", "VoxCeleb2": "DATASET",
    }


def test_a_measures_qualifier_in_brackets_breaks_no_list(nlp):
    doc = nlp("ZorbDPO achieves state-of-the-art performance on MMLU (58.7% LC win rate) and Zorb-Hard (35.7% win rate).")
    assert facts(doc, "evaluated_on") == ["MMLU", "Zorb-Hard"]


def test_an_appositive_with_a_decimal_size_types_the_name(nlp):
    assert entities(nlp("We first introduce ZorbStew, a 10.7M caption dataset aggregating audio-text corpora.")) == {"ZorbStew": "DATASET"}


def test_a_model_named_after_a_measure_is_a_model(nlp):
    doc = nlp("Validation shows that our model, Preserve Your Zorbic COrrelation (PYZoCo), attains strong results.")
    assert entities(doc) == {"PYZoCo": "MODEL"}
    doc = nlp("We propose the Zorbic Preference Score (ZPS), the first preference scoring model for text-to-image models.")
    assert entities(doc) == {"ZPS": "MODEL"} and facts(doc, "proposes") == ["ZPS"]
    assert entities(nlp("We report the Zorbic correlation coefficient (ZCC), a standard measure.")) == {"ZCC": "METRIC"}


def test_a_long_form_spelled_by_word_initials_beats_a_shorter_match(nlp):
    doc = nlp("In this work, we propose Listwise Zorbker with a Large Language Model (LZL), which reranks passages.")
    assert [(name, aliases) for name, _, aliases, *_ in doc._.kg_entities] == [("LZL", ["Listwise Zorbker with a Large Language Model"])]
    assert facts(doc, "proposes") == ["LZL"]


def test_a_comma_naming_before_a_long_form_proposes_its_short_form(nlp):
    doc = nlp(
        "We propose a framework ZorbFuse to tackle the issue. First, we propose an efficient feature extractor for "
        "raw and pseudo points, termed Pseudo-Raw Zorbolution (PRZ), which modulates features."
    )
    assert facts(doc, "proposes") == ["ZorbFuse", "PRZ"] and facts(doc, "uses") == []


def test_data_the_paper_reworks_it_uses(nlp):
    doc = nlp("We translate ZorbWeb-Edu, a high-quality English web dataset, into nine languages.")
    assert facts(doc, "uses") == ["ZorbWeb-Edu"]
    assert facts(nlp("We filtered the Quux100m dataset to find 211 countries."), "uses") == ["Quux100m"]


def test_speaker_verification_measures_are_listed(nlp):
    doc = nlp("The ZorbVox back-end leads to lower EER and minDCF score than the cosine similarity counterparts.")
    assert entities(doc) == {"EER": "METRIC", "minDCF": "METRIC"}


def test_any_noun_of_the_papers_own_with_a_naming_word_names_its_model(nlp):
    doc = nlp("With plain backbones, our detector, named ZorbDet, can compete with the previous leading methods.")
    assert facts(doc, "proposes") == ["ZorbDet"]
    # (what it is for may follow the noun; "namely" names it too)
    doc = nlp("We reconstruct hands in 3D. Our approach for hand mesh recovery, ZorbMeR, follows a transformer design.")
    assert facts(doc, "proposes") == ["ZorbMeR"]
    doc = nlp("We study time series. The proposed algorithm, namely Zorb-CF, leverages shapelets.")
    assert facts(doc, "proposes") == ["Zorb-CF"]


def test_a_measure_named_after_its_author_keeps_the_name(nlp):
    doc = nlp("ZorbSent reaches a Spearman’s correlation score of 86.5 on ZorbSTS.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("Spearman’s correlation score", "86.5")]


def test_a_relative_clause_after_a_metric_cue_names_no_measure(nlp):
    doc = nlp("Existing evaluation approaches often rely on image-text similarity metrics like ZorbCLIP, which lack precision.")
    assert "which lack precision" not in entities(doc)


def test_a_model_preferred_over_others_is_compared_to_them(nlp):
    doc = nlp("We present ZorbEdit. Human raters find that ZorbEdit is preferred over DALL-E 2 [31] and Stable Diffusion [33].")
    assert facts(doc, "compared_to") == [("ZorbEdit", "DALL-E 2"), ("ZorbEdit", "Stable Diffusion")]


def test_a_sized_listed_model_types_the_names_listed_beside_it(nlp):
    doc = nlp("Extensive experiments on LLaMA3-8B and Zorb3-mini-3.8B across various benchmarks validate the hypothesis.")
    assert entities(doc) == {"LLaMA3-8B": "MODEL", "Zorb3-mini-3.8B": "MODEL"}


def test_a_quoted_long_form_and_empty_brackets_are_read(nlp):
    doc = nlp("Models are evaluated using the ”Needle-in-a-Haystack” (NIAH) test; ( ) and (~) are no definitions.")
    assert [definition[:2] for definition in doc._.kg_aliases] == [["NIAH", "Needle-in-a-Haystack"]]


def test_extraction_survives_random_text(nlp):
    # Fragments of abstracts and the debris of rendered pages in random order (both crashes
    # this found, a quoted long form and "(~)", are above): every text must go through.
    pieces = (
        "We propose ZorbNet ( ) (~) (A) (ABC) (1) “ ” ‘ ’ \" ' , ; : . e.g., i.e., et al. 111https://x.y "
        "https://github.com/a/b). 43.6%percent43.643.6\\%43.6 % ± × → ≥ İ K ﬁ \u200b \u00a0 – — … "
        "achieves 85.3% top-1 accuracy on ImageNet-1K outperforming BERT (Devlin et al., 2019) [12] "
        "Large Language Model (LLM) Needle-in-a-Haystack based on GPT-4o-mini 7B 1.5x"
    ).split(" ")
    rng = random.Random(7)
    for _ in range(300):
        words = [rng.choice(pieces) for _ in range(rng.randint(1, 60))]
        text = "".join(w + rng.choice(("", " ", "  ", "\n")) for w in words)
        doc = nlp(text)
        assert isinstance(doc._.kg_entities, list) and isinstance(doc._.kg_results, list)


def test_a_model_said_to_be_of_another_models_kind_builds_on_it(nlp):
    doc = nlp("We find that Zorb-ViT, a pure self-attention based DiT model, scales more effectively.")
    assert facts(doc, "based_on") == [("Zorb-ViT", "DiT")]
    doc = nlp("We compare Zorb-ViT, a strong open model like DiT, to other models.")
    assert facts(doc, "based_on") == []


def test_an_own_model_built_on_is_the_base_of_the_next(nlp):
    doc = nlp(
        "We introduce a speech system powered by a fine-tuned Llama model, named TTS-Zorb. "
        "Building on TTS-Zorb, we further propose MoLE-Zorb, a multimodal LLM."
    )
    assert ("MoLE-Zorb", "TTS-Zorb") in facts(doc, "based_on")


def test_a_proposed_model_whose_long_form_names_another_builds_on_it(nlp):
    doc = nlp("ZoRA-based tuning is popular. We propose the Mixture-of-ZoRAs (MoZ) architecture, a parameter-efficient method.")
    assert facts(doc, "based_on") == [("MoZ", "ZoRA")]


def test_agreement_and_correlation_are_measures(nlp):
    doc = nlp("ZorbJudge achieves around 85% agreement with human judgment and a 0.99 Pearson correlation with ZorbScore.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("agreement", "around 85%"), ("Pearson correlation", "0.99")]


def test_a_change_from_an_old_value_reports_the_new_one(nlp):
    doc = nlp("ZorbAR improves Fréchet inception distance (FID) from 18.65 to 1.73, inception score (IS) from 80.4 to 350.2.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("FID", "1.73"), ("IS", "350.2")]
    doc = nlp("The harmful rate of ZorbLM varies from 10% to 60% across tasks.")
    assert [r[2] for r in doc._.kg_results] == ["10% to 60%"]  # a range, no change


def test_the_object_of_a_preposition_before_are_proposed_is_not_proposed(nlp):
    doc = nlp("To this end, three improved architectures based on Zorb-TDNN are proposed to extract features.")
    assert facts(doc, "proposes") == []
    assert facts(nlp("To this end, ZorbNet is proposed to extract features."), "proposes") == ["ZorbNet"]


def test_what_the_paper_says_is_its_contribution_it_proposes(nlp):
    doc = nlp("Our first contribution is ZorbConcept, a collection of web-crawled image-text pairs.")
    assert facts(doc, "proposes") == ["ZorbConcept"]


def test_a_one_word_long_form_writes_the_short_forms_digit(nlp):
    doc = nlp("We employ a geometrically informed mask selection strategy called GeoMosk3D (GM3D) for point clouds.")
    assert [(name, aliases) for name, _, aliases, *_ in doc._.kg_entities] == [("GM3D", ["GeoMosk3D"])]


def test_a_name_before_level_or_wise_is_a_unit(nlp):
    assert entities(nlp("Results across multiple datasets at both patch-level and ZSI-level demonstrate gains.")) == {}
    assert entities(nlp("Results across multiple datasets with a ZSI-wise split demonstrate gains.")) == {}
    assert entities(nlp("Our model reaches GPT-4-level performance."))["GPT-4"] == "MODEL"  # a listed name stays


def test_a_pre_training_approach_is_no_training_on_the_data_after_it(nlp):
    doc = nlp("We show the superior performance of our masking pre-training approach for video retrieval on ZowTo and KiteCook.")
    assert facts(doc, "evaluated_on") == ["ZowTo", "KiteCook"] and facts(doc, "uses") == []


def test_what_a_model_is_said_to_be_it_is_built_as(nlp):
    doc = nlp("We propose ZEVA. ZEVA is a vanilla ViT pre-trained to reconstruct masked features.")
    assert facts(doc, "based_on") == [("ZEVA", "ViT")]


def test_a_name_given_after_a_comma_in_a_proposing_sentence_is_proposed(nlp):
    doc = nlp("We propose KiteNet. We also present a pre-training framework that predicts frames with two decoders, "
              "utilizing large-scale video data, termed as ZTP.")
    assert facts(doc, "proposes") == ["KiteNet", "ZTP"]


def test_what_models_are_benchmarked_with_is_a_benchmark(nlp):
    doc = nlp("Using ZorbVet v2 to benchmark large multimodal models, we find that KiteLM is best.")
    assert entities(doc)["ZorbVet v2"] == "BENCHMARK"


def test_a_benchmark_dataset_is_a_dataset(nlp):
    # (but a name right before the words is a benchmark: test_a_name_right_before_benchmark_dataset_is_a_benchmark)
    found = entities(nlp("We compare summaries from a benchmark dataset, ZorbSum, and from two benchmark datasets, Quarry-5 and Kite-7."))
    assert found == {"ZorbSum": "DATASET", "Quarry-5": "DATASET", "Kite-7": "DATASET"}


def test_a_hyphenated_variant_of_a_listed_model_is_a_model(nlp):
    # "ResNet" and "RoBERTa" are listed; "on X" alone would make a dataset of the variant
    found = entities(nlp("We report results on ResNet-110 and Zorb-RoBERTa."))
    assert found == {"ResNet-110": "MODEL", "Zorb-RoBERTa": "MODEL"}


def test_the_plural_of_a_listed_model_name_is_a_model(nlp):
    # "Vision Transformer" is listed; its plural names the class of models
    assert entities(nlp("We compare Vision Transformers with CNNs on lung images.")) == {"Vision Transformers": "MODEL"}
    # also opening a sentence, where a capital usually means nothing
    assert entities(nlp("Vision Transformers have been widely adopted.")) == {"Vision Transformers": "MODEL"}


def test_settings_in_title_case_and_compute_words_are_not_names(nlp):
    doc = nlp("We introduce a Few-Shot view synthesis framework and a Real-Time, Multi-Modal planner built on ZorbNet.")
    assert entities(doc) == {"ZorbNet": "MODEL"}
    assert entities(nlp("We compare KiteQ with GEMM and LUT kernels on an FPGA.")) == {}
    assert entities(nlp("KiteNet outperforms Laplace.")) == {"KiteNet": "MODEL"}  # an eponymous distribution
    # libraries are tools (GUIDELINES.md), not models
    assert entities(nlp("We compare KiteNet with DeepSpeed and vLLM.")) == {"KiteNet": "MODEL"}


def test_a_listed_name_of_compound_shape_is_still_a_name(nlp):
    # "MT-bench" (listed as "MT-Bench") has the shape of "QA-pairs", an acronym qualifying a noun
    doc = nlp("Our evaluations on ZorbEval and MT-bench show gains, as do more QA-pairs.")
    assert entities(doc) == {"ZorbEval": "BENCHMARK", "MT-bench": "BENCHMARK"}


def test_a_titles_name_said_to_be_a_metric_is_a_proposed_metric():
    paper = Paper("m", "KiteScore: A Unified Metric for the Evaluation of Captions",
                  "We propose KiteScore, which correlates with human judgement better than BLEU.")
    (found,) = extract([paper])
    assert [(e.name, e.type) for e in found.entities] == [("KiteScore", "METRIC"), ("BLEU", "METRIC")]
    assert found.names("proposes") == ["KiteScore"]
    # a listed measure heading the title is the measure's own paper
    paper = Paper("m", "MAUVE: Measuring the Gap Between Neural Text and Human Text",
                  "We introduce MAUVE, a comparison measure for open-ended text generation. "
                  "MAUVE correlates with human judgments better than BLEU.")
    (found,) = extract([paper])
    assert found.names("proposes") == ["MAUVE"] and found.names("compared_to") == [["MAUVE", "BLEU"]]


@pytest.mark.parametrize(
    "text, used",
    [
        ("We introduce ZorbBench. KiteChat-7B reaches only 41% accuracy.", ["KiteChat-7B"]),
        ("We propose KiteNet. KiteNet reaches 41% accuracy on ZorbBench.", []),  # the paper's own
        ("Recent work has shown that KiteChat-7B has achieved 41% accuracy on ZorbBench. We study why.", []),  # related work
    ],
)
def test_a_model_of_another_paper_with_a_reported_number_is_used(nlp, text, used):
    assert facts(nlp(text), "uses") == used


def test_a_model_right_before_a_verb_of_comparison_is_its_subject(nlp):
    doc = nlp("We introduce ZorbBench, a benchmark. We find that KiteLM-7B significantly outperforms GullNet-2 and Pebble-3.")
    assert entities(doc)["KiteLM-7B"] == "MODEL"
    assert facts(doc, "compared_to") == [("KiteLM-7B", "GullNet-2"), ("KiteLM-7B", "Pebble-3")]
    # the paper's own model stays the subject of its comparisons
    doc = nlp("We propose KiteNet. It outperforms GullNet-2.")
    assert facts(doc, "compared_to") == [("KiteNet", "GullNet-2")]


def test_what_text_or_masks_are_produced_by_is_a_model(nlp):
    doc = nlp("The visible ground is segmented by ZAM to provide affordances, and the data is annotated using KiteJudge.")
    assert entities(doc) == {"ZAM": "MODEL", "KiteJudge": "MODEL"}
    assert entities(nlp("Our pruning metric, inspired by ZPRN, is efficient.")) == {"ZPRN": "MODEL"}


def test_speedups_over_and_competitive_results_with_compare(nlp):
    doc = nlp("We propose KiteQ, a quantizer. Our 2-bit model achieves 1.5x speedup over AWQ and competitive results with ZorbNet.")
    assert entities(doc)["AWQ"] == "MODEL"
    assert facts(doc, "compared_to") == [("KiteQ", "AWQ"), ("KiteQ", "ZorbNet")]


def test_a_roman_numeral_after_a_name_is_its_version(nlp):
    doc = nlp("KiteCtrl II: Scene Exploration\u2029This paper introduces KiteCtrl II, a framework for exploration.")
    assert entities(doc) == {"KiteCtrl II": "MODEL"}
    assert facts(doc, "based_on") == []


def test_authors_of_a_narrative_citation_are_not_names(nlp):
    doc = nlp("We show that our lexicon outperforms the Zorblin and Quarrington (2011) word list on both datasets.")
    assert entities(doc) == {}


def test_a_number_glued_to_a_word_is_an_amount_not_a_name(nlp):
    doc = nlp("KiteNet lowers WER when fine-tuned on the 10hours and 100hours subsets of Quarry-960 dataset.")
    assert entities(doc) == {"KiteNet": "MODEL", "WER": "METRIC", "Quarry-960": "DATASET"}


def test_a_lowercase_version_is_part_of_the_name_and_the_name_before_it_types_it(nlp):
    doc = nlp("We introduce KiteBench v2, which adds tasks, and compare with ZorbNet v1.5 and FooCorpus-v3.")
    assert entities(doc) == {"KiteBench v2": "BENCHMARK", "ZorbNet v1.5": "MODEL", "FooCorpus-v3": "DATASET"}
    assert facts(doc, "proposes") == ["KiteBench v2"]


def test_an_attention_based_framework_can_still_be_named_by_the_paper(nlp):
    doc = nlp("We construct a self-attention based graph network framework called Ligandformer for molecules.")
    assert facts(doc, "proposes") == ["Ligandformer"]


def test_a_new_metric_is_proposed_but_a_listed_one_reported_is_not(nlp):
    doc = nlp("We propose a Fine-grained CLIPScore (F-CLIPScore), a simple yet effective evaluation metric.")
    assert facts(doc, "proposes") == ["F-CLIPScore"] and entities(doc)["F-CLIPScore"] == "METRIC"
    assert facts(nlp("We present the average accuracy across the baselines."), "proposes") == []


def test_the_singular_of_a_generic_plural_short_form_is_generic_too(nlp):
    doc = nlp(
        "Integrating General Models (GMs) such as LLMs with Specialized Models (SMs) is hard. Our adapter keeps "
        "the situational awareness of the GM. Experiments conducted on the nuScenes dataset show gains."
    )
    assert entities(doc) == {"nuScenes": "DATASET"}


def test_current_model_names_with_variants_and_inner_versions(nlp):
    doc = nlp("Our model outperforms o1-mini, Claude 3.5 Sonnet and Gemini 1.5 Pro. Audio is transcribed with Whisper-large-v3.")
    assert entities(doc) == {"o1-mini": "MODEL", "Claude 3.5 Sonnet": "MODEL", "Gemini 1.5 Pro": "MODEL", "Whisper-large-v3": "MODEL"}
    assert entities(nlp("We study 3D-aware and AI-driven methods.")) == {}


def test_the_model_the_paper_trains_and_names_after_a_comma_is_proposed(nlp):
    doc = nlp("We translate web text into nine languages and pretrain a 1.3B-parameter model, ZorbLM, from scratch. "
              "We also pre-train a state-of-the-art model, KiteCoder, on our corpus.")
    assert facts(doc, "proposes") == ["ZorbLM"]


def test_the_model_the_paper_trains_and_then_says_what_it_is_is_proposed(nlp):
    doc = nlp("Using our new dataset, we train ZorbNet, a deep learning model for the classification of road conditions.")
    assert facts(doc, "proposes") == ["ZorbNet"]
    doc = nlp("Using our new dataset, we train ZorbNet on road conditions, and KiteNet, a deep model, is our baseline.")
    assert facts(doc, "proposes") == []


def test_a_new_name_set_off_after_the_proposed_objects_noun_is_proposed(nlp):
    doc = nlp("In this paper, we present a novel method for keyphrase generation, ZorbGen, without human annotation.")
    assert facts(doc, "proposes") == ["ZorbGen"]
    # a name inside the object only qualifies it
    doc = nlp("We formalise the task as Kite Reading (KR). Moreover, we propose a novel KR model, ZorbJudge, which reads facts.")
    assert facts(doc, "proposes") == ["ZorbJudge"]
    # (not a name in what the object is for)
    doc = nlp("We propose a new model for QuarryNet, ZorbNet and KiteNet.")
    assert "ZorbNet" not in facts(doc, "proposes")


def test_models_a_comparison_runs_on_are_no_rivals_past_a_second_size(nlp):
    doc = nlp("We propose KiteLoRA. KiteLoRA surpasses the state of the art on ZorbLM-7B/13B, ZorbLM2-7B, and ZorbLM3-8B, "
              "outperforming QuarryLoRA by 6.5%.")
    assert facts(doc, "compared_to") == [("KiteLoRA", "QuarryLoRA")]


def test_a_long_form_after_an_article_with_a_part_noun_after_its_short_form_is_a_named_part(nlp):
    doc = nlp("We propose KiteNet, a tokenizer transfer method. KiteNet introduces an Attention Zorb Modeling (AZM) "
              "objective that distills patterns from a source model. We adopt a Reinforcement Learning (RL) approach.")
    assert entities(doc) == {"KiteNet": "MODEL", "AZM": "MODEL"}
    assert facts(doc, "proposes") == ["KiteNet", "AZM"]


def test_two_names_heading_a_title_are_no_single_name(nlp):
    doc = nlp("ZorbLM-54B & ZorbLM-141B: Scaling Up Domain Adaptation\u2029In this paper, we introduce ZorbLM-54B and "
              "ZorbLM-141B, two large language models. Building upon ZorbLM-7B, this study refines the approach.")
    assert "ZorbLM-54B & ZorbLM-141B" not in entities(doc)
    assert facts(doc, "proposes") == ["ZorbLM-54B", "ZorbLM-141B"]


def test_a_dataset_text_is_taken_from_is_used(nlp):
    doc = nlp("We introduce ZorbMath, an open dataset containing 14.7B tokens of mathematical webpages from the QuarryCrawl "
              "corpus. We evaluate KiteLM on 500 problems from the KiteSet dataset.")
    assert facts(doc, "uses") == ["QuarryCrawl", "KiteLM"]
    assert facts(doc, "evaluated_on") == ["KiteSet"]


def test_a_generic_acronym_before_a_name_is_not_part_of_it(nlp):
    doc = nlp("We obtain it by continuously training the typical SSL ZorbSR model on Thai speech. We compare with CBQA KiteBART.")
    assert entities(doc) == {"ZorbSR": "MODEL", "KiteBART": "MODEL"}


def test_a_title_about_corpora_heads_a_dataset(nlp):
    doc = nlp("ZorbMath: Pushing the Limits of Open Math Corpora\u2029We present ZorbMath, curated from math-focused sources.")
    assert entities(doc) == {"ZorbMath": "DATASET"}


def test_capitalised_words_heading_a_title_that_calls_them_a_data_set_are_its_name(nlp):
    doc = nlp("Next Day Zorb Spread: A Machine Learning Data Set to Predict Zorb Spreading\u2029We release it.")
    assert entities(doc) == {"Next Day Zorb Spread": "DATASET"}
    for title in ("Zero-Shot Zorb Detection: A Dataset and Model", "The Zorb Initiative: A Large Scale Audit of Dataset Licensing"):
        assert entities(nlp(title + "\u2029We release it.")) == {}


def test_a_datasets_size_in_tokens_is_no_result_and_makes_it_data(nlp):
    doc = nlp("ZorbCode (16.1 billion tokens) refines Python snippets. KiteNet needs only 1.5 million parameters.")
    assert entities(doc) == {"ZorbCode": "DATASET", "KiteNet": "MODEL", "parameters": "METRIC"}
    assert results(doc) == [("parameters", "1.5 million")]
    # (a lowercase "k" is a thousand too)
    assert results(nlp("KiteNet runs with only 62k parameters.")) == [("parameters", "62k")]


def test_a_licence_is_no_name(nlp):
    doc = nlp("We introduce two datasets, released under the Zorb 3.3 Community License, that enhance KiteLM.")
    assert entities(doc) == {"KiteLM": "MODEL"}


def test_a_listed_benchmarks_score_keeps_it_a_benchmark(nlp):
    assert entities(nlp("Our approach can match the baseline MMLU score.")) == {"MMLU": "BENCHMARK"}


def test_languages_are_no_data(nlp):
    assert entities(nlp("We evaluate on Tamil and Marathi. Results on Romanian show gains.")) == {}


def test_the_papers_data_compared_with_other_data(nlp):
    doc = nlp("We introduce ZorbCode, a new dataset. Training KiteLM on ZorbCode boosts pass@1 by 17.0 on QuarryEval "
              "compared to the FooStack dataset.")
    assert facts(doc, "compared_to") == [("ZorbCode", "FooStack")]


def test_the_plural_of_a_class_of_models_defined_in_passing_is_no_name(nlp):
    assert entities(nlp("Keeping pace with the growth of chemical LMs (ChemLMs) is a daunting task.")) == {}
    assert entities(nlp("We present a series of time-specific LMs (KiteLMs).")) == {"KiteLMs": "MODEL"}


def test_a_name_and_its_short_form_joined_by_or_are_one_proposal(nlp):
    doc = nlp("We propose a method, ZorbRA Silver Bullet or ZorbRA-SB, that approximates full fine-tuning.")
    assert facts(doc, "proposes") == ["ZorbRA Silver Bullet"]


def test_optimizers_are_methods(nlp):
    doc = nlp("ZorbW is the dominant optimizer in pretraining. The fastest optimizers such as Quon and KiteSoap use matrices.")
    assert entities(doc) == {"ZorbW": "MODEL", "Quon": "MODEL", "KiteSoap": "MODEL"}


def test_a_structured_suffix_is_no_part_of_the_name(nlp):
    assert entities(nlp("Experiments on our ZorbLM-structured models of various sizes.")) == {"ZorbLM": "MODEL"}


def test_a_footnote_mark_glued_to_a_word_is_no_name(nlp):
    doc = nlp("We present a masked graph autoencoder ZorbMAE 111The code is publicly available at that mitigates these issues.")
    assert entities(doc) == {"ZorbMAE": "MODEL"}


def test_an_author_glued_to_a_name_by_rendering_is_cut_off(nlp):
    doc = nlp("Compared with the state-of-the-art method ZorbERTReimers and Gurevych (2019), our method improves 2.8%. "
              "Recent researchKite et al. (2020) shows that fine-tuning BERT works.")
    assert entities(doc) == {"ZorbERT": "MODEL", "BERT": "MODEL"}


def test_a_name_before_its_citation_in_the_same_parentheses_is_kept(nlp):
    doc = nlp("We pretrain several LMs (including ZorbLM-2; Kite et al., 2019) and QuarryNet (Wren et al., 2020a; Lark, 2021).")
    assert entities(doc) == {"ZorbLM-2": "MODEL", "QuarryNet": "MODEL"}


def test_a_shot_count_names_a_score(nlp):
    doc = nlp("KiteLM achieves merely a 5-shot score of 73.4% and a 0-shot score of 71.9% on the test set.")
    assert results(doc) == [("5-shot score", "73.4%"), ("0-shot score", "71.9%")]


def test_a_version_of_a_listed_benchmark_is_a_benchmark(nlp):
    doc = nlp("Through evaluations on four models using AlpacaEval 2, we find that the rejected response matters.")
    assert entities(doc) == {"AlpacaEval 2": "BENCHMARK"}


def test_names_before_across_benchmarks_are_not_called_benchmarks(nlp):
    doc = nlp("Extensive experiments on ZorbLM3-8B and KitePhi-mini-3.8B across various benchmarks validate our method.")
    assert "BENCHMARK" not in entities(doc).values()


def test_the_adoption_of_a_model_is_no_use(nlp):
    doc = nlp("We propose KiteMAE. Generative SSL has seen success in NLP, such as the wide adoption of ZorbERT and QuarryGPT.")
    assert facts(doc, "uses") == []


def test_a_long_form_heading_the_title_is_the_short_forms_entity(nlp):
    doc = nlp("Chinese Zorb LLM: Pretraining a Chinese-Centric Model\u2029In this study, we introduce Chinese Zorb LLM "
              "(CZ-LLM), a 2B large language model.")
    assert entities(doc) == {"CZ-LLM": "MODEL"}
    assert facts(doc, "proposes") == ["CZ-LLM"]


def test_a_variant_of_the_papers_own_model_builds_on_it(nlp):
    doc = nlp("We propose KiteCABS, a batch-sampling framework, in two variants, KiteCABS-DM and KiteCABS-FM. "
              "KiteCABS-DiT is its diffusion part.")
    assert facts(doc, "based_on") == [("KiteCABS-DM", "KiteCABS"), ("KiteCABS-FM", "KiteCABS")]


def test_a_model_named_as_a_style_is_not_used(nlp):
    doc = nlp("We introduce KiteBot, a straightforward ZorbGPT-style model designed for robot manipulation.")
    assert facts(doc, "uses") == []


def test_a_model_no_rule_placed_is_used_unless_the_text_sets_it_apart(nlp):
    doc = nlp("We propose ZorbNet, a model for tables. Its pipeline chains KiteLM with QuarryGPT.")
    assert facts(doc, "uses") == ["KiteLM", "QuarryGPT"]
    # named before the paper speaks of its own work, or in background sentences: the scene
    doc = nlp("Models such as KiteLM excel at text. Particularly, KiteLM-2 is strong. We propose ZorbNet for tables. "
              "Large models like QuarryGPT have shown promise. ZorbNet runs fast.")
    assert facts(doc, "uses") == []
    # a benchmark no rule placed is one the paper is evaluated on; a data set only in a sentence of
    # evaluation that names no training
    doc = nlp("We propose ZorbNet for tables. Different tuners reach similar accuracy in the low-shot benchmark "
              "KiteBench-1K and in the Pebbles dataset.")
    assert facts(doc, "evaluated_on") == ["KiteBench-1K", "Pebbles"]
    doc = nlp("We propose ZorbNet for tables. Tuners trained with the Pebbles dataset reach similar accuracy. "
              "The Shale dataset has 40 tables.")
    assert facts(doc, "evaluated_on") == []
    # a data set no rule placed is used in a sentence of training or as a source
    assert facts(doc, "uses") == ["Pebbles"]
    doc = nlp("We propose ZorbNet for tables. Its rows are sampled from the Pebbles dataset, which is large.")
    assert facts(doc, "uses") == ["Pebbles"]


def test_the_cues_before_a_long_form_count_for_its_short_form(nlp):
    doc = nlp("We present KiteGeo, a transformer-based geospatial foundational model pre-trained on more than 1TB of "
              "multispectral satellite imagery from the Harmonized Zorbsat-Sentinel 2 (HZS) dataset.")
    assert facts(doc, "uses") == ["HZS"]


def test_a_lowercase_kind_defined_after_an_article_is_not_proposed(nlp):
    doc = nlp("This paper presents KiteVLA-001, a vision-language-action (VLA) model built upon video pretraining.")
    assert facts(doc, "proposes") == ["KiteVLA-001"]


def test_footnote_marks_inside_or_after_names_are_no_names(nlp):
    doc = nlp("We develop Multitask-Zorb BERT 111 https://github.com/zorb/multitask: a single model. "
              "We encourage shifting the emphasis to new data111Code is available at https://github.com/zorb/data.")
    assert entities(doc) == {"Multitask-Zorb BERT": "MODEL"}


def test_titles_of_two_hyphenated_names_and_of_position_papers_head_no_name(nlp):
    doc = nlp("Zorb-Longformer and Zorb-BigKite: Transformers for Long Sequences\u2029We study long clinical texts.")
    assert entities(doc) == {}
    doc = nlp("Position: Interactive Generative Video as Next-Generation Game Engine\u2029We argue for video.")
    assert entities(doc) == {}


def test_a_video_resolution_is_no_name(nlp):
    assert entities(nlp("Our KiteVid model supports 14-second 720p video generation and 1080p upscaling.")) == {"KiteVid": "MODEL"}


def test_a_name_given_after_a_comma_names_the_proposed_object(nlp):
    doc = nlp("In this work, we introduce a text-to-speech system powered by a fine-tuned ZorbLlama model, named KiteTTS, "
              "that achieves strong synthesis.")
    assert facts(doc, "proposes") == ["KiteTTS"]


def test_a_name_in_an_i_e_parenthesis_of_the_released_object_is_proposed(nlp):
    doc = nlp("We release our models along with a curated math corpus of over 70 billion tokens (i.e., ZorbMath-Pro-Max).")
    assert facts(doc, "proposes") == ["ZorbMath-Pro-Max"]


def test_a_hedged_value_right_after_its_measure_is_measured_by_it(nlp):
    doc = nlp("KiteGS achieves an inference speed more than 2000 times faster than existing methods.")
    assert results(doc) == [("inference speed", "more than 2000 times faster")]


def test_nli_is_a_task(nlp):
    assert entities(nlp("Experiments on QA and NLI tasks show that our monolingual models are competitive.")) == {}


def test_a_titled_task_a_proposal_is_for_is_not_proposed(nlp):
    doc = nlp("We propose KiteFormer, a multi-modal transformer for Visual Document Understanding (VDU).")
    assert entities(doc) == {"KiteFormer": "MODEL"}


def test_an_acronym_measure_in_title_case_is_that_measure(nlp):
    doc = nlp("The entropy of the tokens has a very strong correlation with Bleu and Rouge.")
    assert entities(doc) == {"Bleu": "METRIC", "Rouge": "METRIC"}


def test_training_models_of_a_decimal_size_on_data_is_training(nlp):
    doc = nlp("We propose KiteNet. We run small-scale experiments by training 1.4B parameter language models on ZorbMath.")
    assert facts(doc, "uses") == ["ZorbMath"] and facts(doc, "evaluated_on") == []


def test_a_number_reported_on_the_papers_own_dataset_is_no_evaluation_on_it(nlp):
    doc = nlp("We introduce ZorbText, a new web dataset. Models trained on ZorbText surpass the performance of models "
              "trained on over 20x the amount of general data.")
    assert facts(doc, "evaluated_on") == []


def test_data_the_papers_data_is_a_version_of_is_used(nlp):
    doc = nlp("This paper introduces ZorbNet-R, a meticulously refined version of ZorbNet40 designed to serve as a more "
              "reliable benchmark.")
    assert facts(doc, "uses") == ["ZorbNet40"] and "ZorbNet40" not in facts(doc, "evaluated_on")


def test_a_listed_name_written_in_another_case_is_that_name(nlp):
    doc = nlp("Training a 1B-parameter Llama model for 70B tokens, our approach matches the baseline.")
    assert entities(doc) == {"Llama": "MODEL"}


def test_a_corpus_named_after_a_comma_that_text_comes_from_is_used(nlp):
    doc = nlp("We identified high quality math-related code from large code training corpus, ZorbStack-V2, further "
              "enhancing data diversity.")
    assert facts(doc, "uses") == ["ZorbStack-V2"]


def test_an_amount_of_data_trained_on_is_used(nlp):
    doc = nlp("We train a KiteLM model on one hundred languages, using more than two terabytes of filtered ZorbCrawl data.")
    assert "ZorbCrawl" in facts(doc, "uses") and facts(doc, "evaluated_on") == []


def test_documents_of_a_dataset_evaluated_on_are_no_amount(nlp):
    doc = nlp("We report the perplexity of our KiteLM model evaluated on the documents of ZorbText2.")
    assert facts(doc, "evaluated_on") == ["ZorbText2"]


def test_a_named_optimiser_and_the_plural_of_vit_are_models(nlp):
    # The annotators keep named algorithms (GUIDELINES.md: "algorithm: something with a proper
    # name") and "ViTs", a plural of a named architecture, as models.
    doc = nlp("Our KiteNet outperforms ViTs trained with AdamW, as compared to AdamW alone.")
    assert entities(doc) == {"KiteNet": "MODEL", "ViTs": "MODEL", "AdamW": "MODEL"}


def test_a_long_form_in_apposition_to_a_model_noun_names_a_model(nlp):
    # "The proposed framework, i.e., Detection ConvNet (DECO)": not a defined concept; not so
    # after a noun of tasks ("two new tasks, i.e., Zorb Ranking (ZR)").
    doc = nlp("The proposed framework, i.e., Detection Zorbnet (DZN), is composed of a backbone.")
    assert entities(doc) == {"DZN": "MODEL"} and facts(doc, "proposes") == ["DZN"]
    assert entities(nlp("The two tasks, i.e., Detail-aware Zorb Ranking (DZR), need fine details.")) == {}


def test_one_capitalised_word_before_a_backbone_names_a_model(nlp):
    doc = nlp("Our KiteNet architecture, with a modified Zorbin backbone and a new module, outperforms others.")
    assert entities(doc) == {"KiteNet": "MODEL", "Zorbin": "MODEL"} and facts(doc, "based_on") == [("KiteNet", "Zorbin")]
    assert entities(nlp("Zorbin backbones are common.")) == {}  # a sentence's first word: its capital is the sentence's


def test_this_approach_given_a_name_is_the_papers_own(nlp):
    doc = nlp("We find that tuning the projection works. This simple approach, coined ZorbLIP, yields the best results.")
    assert facts(doc, "proposes") == ["ZorbLIP"] and facts(doc, "uses") == []


def test_models_a_comparison_runs_on_after_a_gerund_are_no_rivals(nlp):
    doc = nlp("We propose ZorA. ZorA consistently outperforms LoRA on fine-tuning KiteLM, KiteVL, and VL-Kite on many tasks.")
    assert facts(doc, "compared_to") == [("ZorA", "LoRA")]


@pytest.mark.parametrize(
    "sentence",
    [
        "We evaluate multiple models, including Hierarchical Zorb Network (HZN) and KiteBERT.",
        "We benchmark several approaches, e.g., the Zorb Graph Network (ZGN), on molecules.",
        "We investigate the effectiveness of fusion within the Temporo-Spatial Zorb Transformer (TSZT).",
    ],
)
def test_a_model_a_paper_studies_or_names_as_an_example_is_not_its_own(nlp, sentence):
    # (in a paper that names no model of its own, a model its sentence defines is taken to be it)
    assert facts(nlp(sentence), "proposes") == []


def test_a_sentence_opening_on_the_model_speaks_of_the_papers_model(nlp):
    doc = nlp("We propose KiteNet for leaf segmentation. The model integrates OwlNet for multi-scale perception. "
              "It consistently outperforms ZorbSeg on three datasets.")
    assert facts(doc, "based_on") == [("KiteNet", "OwlNet")]
    assert facts(doc, "compared_to") == [("KiteNet", "ZorbSeg")]
    # (the modules such a sentence defines are the model's own parts, not what it builds on)
    doc = nlp("We propose KiteNet for leaf segmentation. The model integrates a Dual Zorb Block (DZB) for multi-scale perception.")
    assert facts(doc, "based_on") == []


def test_values_reached_after_gains_share_their_measures_in_turn(nlp):
    doc = nlp("We propose ZorbTrack. We see gains of 3.0%, 2.2%, and 7.6% in mAP, NDS, and AMOTA, "
              "achieving 46.9%, 56.1%, and 49.0%, respectively.")
    assert results(doc)[3:] == [("mAP", "46.9%"), ("NDS", "56.1%"), ("AMOTA", "49.0%")]


def test_ratings_savings_speeds_and_gaps_are_measured_quantities(nlp):
    doc = nlp("ZorbCodec offers an average 10.1% bitrate saving over KiteCodec, with 4x faster decoding speeds.")
    assert results(doc) == [("bitrate saving", "10.1%"), ("decoding speeds", "4x faster")]
    doc = nlp("ZorbChat receives an average rating of 8.7 from users, and ZorbOpt reaches an optimality gap of 0.032.")
    assert results(doc) == [("average rating", "8.7"), ("optimality gap", "0.032")]


def test_the_judge_of_a_comparison_is_no_rival(nlp):
    doc = nlp("We propose ZorbLM. ZorbLM significantly outperforms KiteLM as evaluated by GPT-4 on multiple test sets.")
    assert facts(doc, "compared_to") == [("ZorbLM", "KiteLM")]


def test_a_defined_plural_of_a_listed_model_is_that_model(nlp):
    # (a plural of a model class that is not listed stays a class: "scientific LMs (SciLMs)")
    doc = nlp("With the advances of denoising diffusion probabilistic models (DDPMs), inpainting has evolved.")
    assert entities(doc) == {"DDPMs": "MODEL"}


def test_a_coined_short_form_of_a_lowercase_long_form_is_a_name(nlp):
    # "low-rank adaptation (LoRA)": lowercase letters between capitals coin a name, unless the
    # long form is a task ("table question answering (TableQA)").
    assert entities(nlp("While low-rank zorb adaptation (LoZA) curtails this cost, it hinders accuracy.")) == {"LoZA": "MODEL"}
    assert entities(nlp("Kite question answering (KiteQA) is hard for current models.")) == {}


def test_our_tool_names_the_papers_own(nlp):
    assert facts(nlp("We open our benchmark tool ZorbBench for researchers to conduct studies."), "proposes") == ["ZorbBench"]


def test_our_short_form_spelled_out_before_a_model_noun_is_a_model(nlp):
    doc = nlp("Our KATL (Kite Adaptive Thresholding and Localized cOntext Pooling) model achieves an F1 score of 63.4.")
    assert entities(doc) == {"KATL": "MODEL", "F1 score": "METRIC"} and facts(doc, "proposes") == ["KATL"]


def test_a_recently_released_dataset_is_not_the_papers_own(nlp):
    doc = nlp("We experiment on ZorbRED, a recently released large-scale dataset, and KiteCDR.")
    assert facts(doc, "proposes") == [] and facts(doc, "evaluated_on") == ["ZorbRED", "KiteCDR"]


def test_a_number_of_data_nouns_right_before_names_types_them(nlp):
    doc = nlp("We experiment on two datasets ZCDR and ZGDA in the biomedical domain. Our KiteNet model "
              "significantly outperforms existing models on both ZCDR and ZGDA.")
    assert entities(doc) == {"ZCDR": "DATASET", "ZGDA": "DATASET", "KiteNet": "MODEL"}


def test_a_defined_field_or_hardware_is_no_name(nlp):
    doc = nlp("This paper introduces ZorbMMLU, a benchmark tailored for the Kite & Zorb Science (KZS) domain.")
    assert entities(doc) == {"ZorbMMLU": "BENCHMARK"}
    doc = nlp("Our KiteNet surpasses ZorbNet by 2.5% top-1 accuracy with comparable latency on an ARM-based phone.")
    assert "ARM" not in entities(doc)


def test_data_in_apposition_to_datasets_experimented_on_is_evaluated_on(nlp):
    doc = nlp("We propose KiteNet. We conduct extensive experiments on two public multimodal datasets, ZORB21 and PI-KITE22.")
    assert facts(doc, "evaluated_on") == ["ZORB21", "PI-KITE22"]


def test_latex_rendered_after_a_times_value_is_read_past(nlp):
    # HTML-rendered LaTeX repeats a value: "33×33\times33 ×" reads "33×"; a size ("448×\times×448") is no value.
    doc = nlp("We propose ZorbSeg. ZorbSeg has 33×33\\times33 × less parameters than KiteNet at 448×\\times×448 pixels.")
    assert [(r[1], r[2]) for r in doc._.kg_results] == [("parameters", "33× less")]


def test_a_name_after_transformers_is_a_model_and_building_on_it_proposes_nothing(nlp):
    doc = nlp("We build on long-input transformers (KTC).")
    assert entities(doc) == {"KTC": "MODEL"} and facts(doc, "proposes") == [] and facts(doc, "uses") == ["KTC"]


def test_a_list_before_a_plural_passive_proposal_is_proposed_whole(nlp):
    doc = nlp("Based on this, two novel tricks named KiteRes and ZorbUse are proposed by leveraging residual networks.")
    assert facts(doc, "proposes") == ["KiteRes", "ZorbUse"]
    doc = nlp("Since Korean is not included in KiteNLI, ZorbNLI is introduced.")  # (singular: the name before it only)
    assert facts(doc, "proposes") == ["ZorbNLI"]


def test_the_stem_of_the_titled_model_written_alone_is_its_alias(nlp):
    doc = nlp("ZorbFuse-13B: A Pretrained Code Model\u2029This paper introduces ZorbFuse-13B, an open code LLM. "
              "ZorbFuse achieves its effectiveness by utilizing a high-quality dataset.")
    assert [(name, etype, aliases) for name, etype, aliases, *_ in doc._.kg_entities] == [("ZorbFuse-13B", "MODEL", ["ZorbFuse"])]


def test_competing_with_a_model_compares_with_it(nlp):
    doc = nlp("We propose ZorbNeXt. ZorbNeXt competes favorably with KiteFormer in terms of accuracy.")
    assert facts(doc, "compared_to") == [("ZorbNeXt", "KiteFormer")]


def test_a_language_is_no_entity(nlp):
    doc = nlp("We propose KiteASR for Zorbasar. We experimented this on the Zorbasar language, spoken by ten thousand people.")
    assert entities(doc) == {"KiteASR": "MODEL"}
    doc = nlp("KiteNet sets a new state of the art on ZorbLingua107 language identification.")
    assert entities(doc) == {"KiteNet": "MODEL", "ZorbLingua107": "DATASET"}


def test_the_base_model_a_paper_tunes_is_its_models_base(nlp):
    doc = nlp("We propose Kite-MedLLM. We employ a two-stage fine-tuning process on the Zorb2.5-72B base model.")
    assert facts(doc, "based_on") == [("Kite-MedLLM", "Zorb2.5-72B")]


def test_a_model_derived_from_another_builds_on_it(nlp):
    doc = nlp("Popular methods are KiteAC and ZorbD3; ZorbD3 is derived from the KitePG algorithm, which uses a deterministic policy.")
    assert ("ZorbD3", "KitePG") in facts(doc, "based_on")


def test_a_model_in_apposition_to_a_kind_of_another_builds_on_it(nlp):
    doc = nlp("We present ZorbFormer3D, a hierarchical KiteFormer that calculates attention across volumes.")
    assert facts(doc, "based_on") == [("ZorbFormer3D", "KiteFormer")]


def test_a_name_free_setting_names_nothing(nlp):
    doc = nlp("This paper focuses on the Zorbplar-Free setting. Most existing Zorbplar-Free methods report little.")
    assert entities(doc) == {}


def test_a_task_spelled_out_before_its_short_form_is_no_name(nlp):
    doc = nlp("Document Zorb Question Answering (Document ZQA) has garnered interest. Single-page Document ZQA methods work well.")
    assert entities(doc) == {}


def test_a_name_defined_before_and_adapted_by_a_proposal_is_not_proposed(nlp):
    doc = nlp("One such model is Segment zorbing model (SZM), which segments objects. "
              "We propose adapting the SZM encoder via fine-tuning for change detection.")
    assert facts(doc, "proposes") == [] and facts(doc, "uses") == ["SZM"]


def test_sized_variants_of_the_papers_model_build_on_it(nlp):
    doc = nlp("We introduce ZorbYun, comprising ZorbYun-Short for short forecasts and ZorbYun-Medium for longer ones.")
    assert facts(doc, "based_on") == [("ZorbYun-Short", "ZorbYun"), ("ZorbYun-Medium", "ZorbYun")]


def test_a_friendly_suffix_qualifies_no_name(nlp):
    doc = nlp("We evaluate KiteNet on GBDT-friendly benchmarks and on ZorbBench.")
    assert entities(doc) == {"KiteNet": "MODEL", "ZorbBench": "BENCHMARK"}
    doc = nlp("We decode ZorbCLIP-aligned features into ZorbLM-assisted and KiteNet-conditioned masks, "
              "with ZorbYOLO-extracted boxes, as KiteDETR-families do.")
    assert entities(doc) == {"ZorbCLIP": "MODEL", "ZorbLM": "MODEL", "KiteNet": "MODEL", "ZorbYOLO": "MODEL", "KiteDETR": "MODEL"}


def test_a_decimal_right_after_its_measure_is_a_result(nlp):
    doc = nlp("We propose KiteNet. On ZORB-III, our ensemble beats the best single model (AUPRC 0.565 vs. 0.526; AUROC 0.891 vs. 0.876).")
    assert {(r[1], r[2]) for r in doc._.kg_results} == {("AUPRC", "0.565"), ("AUROC", "0.891")}


def test_a_named_part_spelled_out_in_lowercase_after_an_article_is_a_model(nlp):
    doc = nlp("This proposal leverages subject information with a plug-and-play subject-aware zorb attention module (SA-ZAM).")
    assert entities(doc) == {"SA-ZAM": "MODEL"}
    assert entities(nlp("We train a graph neural network (GNN) and large language models (LLMs).")) == {}


def test_well_known_knowledge_bases_are_datasets(nlp):
    doc = nlp("To this end, we constructed two new datasets based on Wikidata and Freebase.")
    assert entities(doc) == {"Wikidata": "DATASET", "Freebase": "DATASET"}


def test_the_source_a_dataset_is_based_on_is_used(nlp):
    doc = nlp("We propose KiteKG. We evaluate KiteKG on link prediction on the dataset based on Wikidata.")
    assert facts(doc, "uses") == ["Wikidata"] and facts(doc, "evaluated_on") == []


def test_a_listed_measure_after_another_measure_of_is_what_is_measured(nlp):
    doc = nlp("As a plug-in module, KiteMT improves the fine-tuning accuracy of MAE and ZorbMIM on ImageNet-1K.")
    assert entities(doc)["MAE"] == "MODEL"


def test_a_named_strategy_or_a_part_after_a_based_qualifier_is_the_papers_own(nlp):
    doc = nlp("We propose KiteNet. We then employ a Shape-to-Zorb strategy (S2ZS) to amalgamate points from various shapes.")
    assert facts(doc, "proposes") == ["KiteNet", "S2ZS"]
    doc = nlp("We propose KiteFormer. KiteFormer integrates a Transformer-based Multi-path Zorb Embedding (MZE) module.")
    assert "MZE" in facts(doc, "proposes")


def test_data_the_paper_consolidates_or_compiles_is_its_own(nlp):
    doc = nlp("To this end, we consolidate a large-scale real dataset, namely Zorb14M, which comprises 4 million images.")
    assert facts(doc, "proposes") == ["Zorb14M"]


def test_a_qualified_measure_is_also_called_by_the_listed_measure_it_qualifies(nlp):
    doc = nlp("KiteNet reaches 88.3% fine-tuning top-1 accuracy and 71.2% top-1 accuracy on ZorbNet-1K.")
    aliases = {name: names for name, etype, names, *_ in doc._.kg_entities if etype == "METRIC"}
    assert aliases == {"fine-tuning top-1 accuracy": ["top-1 accuracy"], "top-1 accuracy": []}


def test_a_nickname_from_a_part_of_the_name_for_short_is_the_name(nlp):
    doc = nlp("We introduce Llama-3-Zorb-10B-Chat, or Zorb for short, a state-of-the-art Hindi-centric LLM. Zorb outperforms others.")
    assert [(name, etype, aliases) for name, etype, aliases, *_ in doc._.kg_entities] == [("Zorb", "MODEL", ["Llama-3-Zorb-10B-Chat"])]
    assert facts(doc, "proposes") == ["Zorb"] and facts(doc, "based_on") == []


def test_a_long_form_whose_capitals_spell_the_short_form_defines_it(nlp):
    doc = nlp("Hence, we introduce ZILOT (inZainting vIa Latent OpTimization), an optimization approach.")
    assert [(name, aliases) for name, _, aliases, *_ in doc._.kg_entities] == [("ZILOT", ["inZainting vIa Latent OpTimization"])]
    assert find_definitions("KiteFOLD (KiteFOLD requires more memory) is slow.", [(0, 50)]) == []


def test_single_capitalised_words_given_as_examples_of_a_kind_are_names(nlp):
    doc = nlp("We find that the fastest optimizers such as Quon and Zoap use matrices. Recent models like Kiteformer do well.")
    assert entities(doc) == {"Quon": "MODEL", "Zoap": "MODEL", "Kiteformer": "MODEL"}
    assert entities(nlp("We compare with models such as Random Forests.")) == {}  # a generic class, not a name


def test_a_measure_found_before_a_value_starts_after_the_verb(nlp):
    doc = nlp("The KiteNet model achieved zorb scores of 0.93 on ZorbBench.")
    assert results(doc) == [("zorb scores", "0.93")]
    doc = nlp("Our model can achieve Kite scores of up to 0.85 on ZorbRE.")
    assert results(doc) == [("Kite scores", "up to 0.85")]


def test_a_measure_a_result_qualifies_is_also_called_by_the_listed_measure(nlp):
    doc = nlp("KiteNet obtains 58.8% semantic segmentation mIoU metric on ZorbSeg.")
    aliases = {name: names for name, etype, names, *_ in doc._.kg_entities if etype == "METRIC"}
    assert aliases["semantic segmentation mIoU"][-1] == "mIoU"


def test_a_long_form_named_by_a_naming_word_defines_the_short_form(nlp):
    doc = nlp("To mitigate this, we propose the Kite Noise Injection, dubbed KiNo, which introduces a look-back step.")
    assert [(name, aliases) for name, _, aliases, *_ in doc._.kg_entities] == [("KiNo", ["Kite Noise Injection"])]
    assert facts(doc, "proposes") == ["KiNo"] and facts(doc, "uses") == []
    doc = nlp("We introduce a large-scale Zorb in Kite dataset, called ZiK, based on annotations.")
    assert entities(doc) == {"ZiK": "DATASET"} and facts(doc, "proposes") == ["ZiK"]  # (no "Kite" of its own)


def test_a_multiplication_sign_joins_a_size_and_a_resolution_is_no_name(nlp):
    doc = nlp("We prune the Zorbtral-8×7B model, and our best FID for ZorbNet 128x128 images was 29.2.")
    assert entities(doc) == {"Zorbtral-8×7B": "MODEL", "FID": "METRIC", "ZorbNet": "MODEL"}


def test_a_listed_measure_with_an_order_is_a_measure(nlp):
    doc = nlp("KiteCap achieves comparable scores of BLEU-1 and METEOR, and we also report BLEU-3.")
    assert entities(doc) == {"KiteCap": "MODEL", "BLEU-1": "METRIC", "METEOR": "METRIC", "BLEU-3": "METRIC"}


def test_a_scoring_verb_is_no_word_of_a_noun_after_a_name(nlp):
    assert entities(nlp("We propose KiteCap. KiteCap achieves higher scores than ZorbCap on the Quux dataset.")) == {
        "KiteCap": "MODEL", "ZorbCap": "MODEL", "Quux": "DATASET",
    }


def test_a_generic_short_form_heading_the_title_and_defined_is_the_papers_name(nlp):
    title = "GPU: Gated Pixel Unshuffling for Zorb Detection"
    doc = nlp(title + "\u2029We propose a spatial gated pixel unshuffling (GPU) network for zorb detection.")
    doc_without_title = nlp("We propose a spatial gated pixel unshuffling (GPU) network for zorb detection on a GPU.")
    assert entities(doc) == {"GPU": "MODEL"} and facts(doc, "proposes") == ["GPU"]
    assert entities(doc_without_title) == {}


def test_what_a_task_maps_from_and_to_is_no_name(nlp):
    doc = nlp("Schema linking is a step in Text-to-SQL pipelines. Our NLQ-to-SQL approach beats Image-to-Zorb models.")
    assert entities(doc) == {}
    assert entities(nlp("On the Kite-to-Kite benchmark, our agent improves the success rate.")) == {
        "Kite-to-Kite": "BENCHMARK", "success rate": "METRIC",
    }


def test_benchmarks_of_a_task_defined_in_lowercase_do_not_make_its_short_form_a_benchmark(nlp):
    doc = nlp("Transformers lead single-image super-resolution (SISR) benchmarks. The LR-only SISR benchmark is hard.")
    assert entities(doc) == {}
    doc = nlp("KiteDPT achieves top performance on both regression (RG23) and classification (CL18) benchmarks.")
    assert entities(doc)["CL18"] == "BENCHMARK"  # (one task word is no long form of a task)


def test_lowercase_parts_the_paper_names_for_its_own_model_are_its_own(nlp):
    doc = nlp("We propose KiteNet. Specifically, the proposed KiteNet includes two key components: 1) pose-guided zorb "
              "attention (PZA) method for pooling; 2) pose-guided kite predictor (PKP) that estimates visibility.")
    assert entities(doc) == {"KiteNet": "MODEL", "PZA": "MODEL", "PKP": "MODEL"}
    assert facts(doc, "proposes") == ["KiteNet", "PZA", "PKP"]
    doc = nlp("KiteNet consists of a graph neural network (GNN) and a pose-guided kite predictor (PKP).")
    assert entities(doc) == {"KiteNet": "MODEL"}  # (no sentence of the paper's own)


def test_a_year_after_a_data_set_names_its_edition(nlp):
    doc = nlp("Our models gain 30% on Zintel and KITTO 2015 benchmarks. We introduce ZLPC 2022, a novel open challenge. "
              "We also fine-tune Zorba 2 2023 releases.")
    assert entities(doc) == {"Zintel": "BENCHMARK", "KITTO 2015": "BENCHMARK", "ZLPC 2022": "BENCHMARK", "Zorba 2": "MODEL"}


def test_a_year_after_an_acronym_names_its_edition_but_not_a_venues(nlp):
    doc = nlp("Our method outperforms the best system on ZCASE 2017. It was accepted at MICCAI 2024.")
    assert entities(doc) == {"ZCASE 2017": "DATASET"}


def test_what_the_paper_contributes_by_name_is_a_name(nlp):
    doc = nlp("To this end, we contribute Kite-Zorba, a content-based control method for music modeling.")
    assert entities(doc) == {"Kite-Zorba": "MODEL"} and facts(doc, "proposes") == ["Kite-Zorba"]


def test_a_named_score_before_a_value_is_a_measure_called_by_the_name(nlp):
    doc = nlp("Our KiteFlow obtains an Fl-all score of 4.31% on ZITTI and a Zorb score of 0.91 on Quux, and an F1 score of 91.2.")
    assert results(doc) == [("Fl-all", "4.31%"), ("Zorb", "0.91"), ("F1 score", "91.2")]
    aliases = {name: names for name, etype, names, *_ in doc._.kg_entities if etype == "METRIC"}
    # (a listed score keeps its name: "F1 score")
    assert aliases == {"Fl-all": ["Fl-all score"], "Zorb": ["Zorb score"], "F1 score": ["F1"]}
    doc = nlp("We compare corruption rates of 10% and 15%.")
    assert [metric for _, metric, *_ in doc._.kg_results] == ["corruption rates", "corruption rates"]


def test_what_a_named_model_is_evaluated_against_is_evaluated_on(nlp):
    doc = nlp("Kite-Coder-C is rigorously evaluated against benchmarks, including ZorbPL-E and KiteRepoBench, and wins.")
    assert facts(doc, "evaluated_on") == ["ZorbPL-E", "KiteRepoBench"]


def test_a_title_case_long_form_between_commas_after_a_short_form_defines_it(nlp):
    doc = nlp("We propose KiFFPO, Kite Fast and Furious Policy Optimization, a unified framework for training models.")
    assert [(name, aliases) for name, _, aliases, *_ in doc._.kg_entities] == [("KiFFPO", ["Kite Fast and Furious Policy Optimization"])]
    text = "We use ZordNet, Wiktionary and VerbNet, three lexical resources."
    assert find_definitions(text, [(0, len(text))]) == []  # (a list, not a long form)


def test_a_plural_measure_defined_by_its_short_form_is_a_measure(nlp):
    doc = nlp("We present state-of-the-art zorbization error rates (ZERs) on KiteMeet. We reach a ZER of 14.49% on KiteHARD.")
    assert entities(doc)["ZERs"] == "METRIC"
    assert results(doc) == [("ZERs", "14.49%")]


def test_a_full_stop_after_a_names_last_capital_ends_the_sentence(nlp):
    # (spaCy's English rules keep "IoU." whole, so the listed measure went unseen)
    assert [token.text for token in nlp.tokenizer("ZorbNet achieves 0.71 IoU.")][-2:] == ["IoU", "."]
    assert entities(nlp("ZorbNet achieves 0.71 IoU.")) == {"ZorbNet": "MODEL", "IoU": "METRIC"}
    assert [token.text for token in nlp.tokenizer("It is used in the U.S.")][-1] == "U.S."


def test_a_long_form_ending_in_the_word_map_names_no_measure(nlp):
    # ("map" is a word; the listed measure is "mAP")
    doc = nlp("We introduce the kite semantic coupled attention map (KS-CAM). KS-CAM outperforms ZorbCAM by 7.1% on KiteSet.")
    assert entities(doc)["KS-CAM"] == "MODEL"
    assert entities(nlp("We report the mean average precision (mAP) on KiteSet."))["mAP"] == "METRIC"


def test_what_a_number_raises_or_lowers_is_a_measure(nlp):
    # ("a 14% reduction in time per output token (TPOT)": no measure word in the long form)
    doc = nlp("KiteNet gives 5.4% higher mean Time-To-Zorb (mTTZ) and a 14% reduction in wait per kite token (WPKT).")
    assert entities(doc) == {"KiteNet": "MODEL", "mTTZ": "METRIC", "WPKT": "METRIC"}
    doc = nlp("KiteNet improves the kite recognition rate (KiteRate) by 2.25% on ZorbSet.")
    assert entities(doc)["KiteRate"] == "METRIC"
    doc = nlp("KiteNet gives a 37% improvement in Zorb Language Model (ZLM) perplexity.")
    assert entities(doc).get("ZLM") != "METRIC"  # (a model's head is no measure)


def test_task_qualifies_a_measure(nlp):
    doc = nlp("Our best agent achieves a task success rate of 23.1% on KiteWeb-Live.")
    assert results(doc) == [("task success rate", "23.1%")]


def test_a_hyphenated_generic_word_can_end_a_name(nlp):
    doc = nlp("We conduct experiments on the public KIMIC-CXR and ZU X-ray datasets, and on the WMT English data.")
    assert entities(doc) == {"KIMIC-CXR": "DATASET", "ZU X-ray": "DATASET", "WMT": "DATASET"}


def test_a_listed_measure_starting_a_score_is_one_entity_with_it(nlp):
    doc = nlp("KiteXR achieves a ROUGE-L score of 0.433 and a METEOR score of 0.336 on ZU X-ray.")
    metrics = {name: (names, spans) for name, etype, names, spans, _ in doc._.kg_entities if etype == "METRIC"}
    assert metrics == {"ROUGE-L": (["ROUGE-L score"], [[18, 31]]), "METEOR": (["METEOR score"], [[47, 59]])}


def test_a_name_apposed_to_a_metric_is_a_metric(nlp):
    assert entities(nlp("We describe ZEMBA, a prompt-based metric for assessment of translation quality.")) == {"ZEMBA": "METRIC"}


def test_conversations_or_recordings_of_a_name_are_data(nlp):
    doc = nlp("We present a method for synthetic conversations. Experiments are carried out on 2-speaker telephone "
              "conversations of Kallhome and ZIHARD 3.")
    assert entities(doc) == {"Kallhome": "DATASET", "ZIHARD 3": "DATASET"}
    assert facts(doc, "evaluated_on") == ["Kallhome", "ZIHARD 3"]


def test_what_the_paper_calls_by_a_new_name_is_its_own(nlp):
    doc = nlp("We translate ZorbWeb into nine languages, resulting in a 1.7-trillion-token dataset, which we call KiteWebEdu.")
    assert facts(doc, "proposes") == ["KiteWebEdu"]
    doc = nlp("The training data comes from a system combining agents, a method we term ZIEV-Instruct.")
    assert facts(doc, "proposes") == ["ZIEV-Instruct"]


def test_a_part_named_in_the_list_of_what_the_papers_model_contains_is_its_own(nlp):
    doc = nlp("We introduce KiteCanvas, an online evaluation framework. KiteCanvas contains three main components to "
              "facilitate assessments: (1) a novel metric; (2) a benchmark dataset called ZorbWeb-Live, a refined version.")
    assert facts(doc, "proposes") == ["KiteCanvas", "ZorbWeb-Live"]


def test_names_right_before_challenges_are_benchmarks(nlp):
    doc = nlp("On both Pronoun Zorbiguation and Kite Schema challenges, our models outperform previous methods.")
    assert entities(doc) == {"Pronoun Zorbiguation": "BENCHMARK", "Kite Schema": "BENCHMARK"}
    assert entities(nlp("However, KiteOpt faces serious challenges in practice.")) == {}


def test_a_value_after_a_measures_short_form_in_brackets_is_its_result(nlp):
    doc = nlp("Our models (KiteGANs) achieve a Zorb Score (ZS) of 166.5 and a Kite Score (KS) of 7.4 on ZorbNet.")
    assert results(doc) == [("ZS", "166.5"), ("KS", "7.4")]


def test_a_years_list_after_a_data_set_is_no_citation(nlp):
    # (the years are the data set's editions: one data set each)
    doc = nlp("We achieve state-of-the-art accuracy on PASCAL VOC 2007, 2012, and MS COCO datasets.")
    assert entities(doc) == {"accuracy": "METRIC", "PASCAL VOC 2007": "DATASET", "PASCAL VOC 2012": "DATASET", "MS COCO": "DATASET"}


def test_a_short_form_heading_the_title_is_a_name_whatever_its_long_form(nlp):
    doc = nlp("ZNF: Filter Pruning via Searching the Proper Number of Filters\u2029We propose a new filter pruning method "
              "by zearching the proper number of filters (ZNF). ZNF is dedicated to searching for filters.")
    assert entities(doc) == {"ZNF": "MODEL"} and facts(doc, "proposes") == ["ZNF"]


def test_a_closing_year_with_an_apostrophe_is_part_of_the_name(nlp):
    doc = nlp("We outperform the deep LSTM setup on both ZMT'14 English-German and ZMT'14 English-French translation.")
    assert entities(doc) == {"ZMT'14 English-German": "DATASET", "ZMT'14 English-French": "DATASET"}


def test_what_this_paper_describes_by_name_is_its_own(nlp):
    doc = nlp("This paper describes Kitetron 2, a neural network architecture for speech synthesis directly from text.")
    assert facts(doc, "proposes") == ["Kitetron 2"]


def test_logical_form_and_parsing_qualify_a_measure(nlp):
    doc = nlp("KiteSQL improves logical form accuracy from 23.4% to 48.3%. Our parser improves parsing accuracy by 2%.")
    assert [metric for _, metric, *_ in doc._.kg_results] == ["logical form accuracy", "parsing accuracy"]


def test_our_models_named_in_brackets_are_proposed(nlp):
    doc = nlp("When trained on ZorbNet at 128x128 resolution, our models (KiteGANs) achieve a Zorb Score of 166.5.")
    assert facts(doc, "proposes") == ["KiteGANs"]


def test_a_name_the_text_gives_keeps_its_generic_last_word(nlp):
    doc = nlp("One can then define an EBM that includes the generator in its forward pass, which we call the Kite EBM.")
    assert entities(doc) == {"Kite EBM": "MODEL"} and facts(doc, "proposes") == ["Kite EBM"]


def test_based_glued_to_a_name_by_a_lost_hyphen_is_a_suffix(nlp):
    assert entities(nlp("We train a ZorbFormerbased masked language model, and a KiteNet model.")) == {
        "ZorbFormer": "MODEL", "KiteNet": "MODEL",
    }


def test_a_defined_name_whose_framework_is_proposed_is_proposed(nlp):
    doc = nlp("To address these limitations, a simple yet effective Kiting-to-Zorb (K2Z) framework is proposed. Given a video, "
              "K2Z first retrieves texts.")
    assert entities(doc) == {"K2Z": "MODEL"} and facts(doc, "proposes") == ["K2Z"]
    assert entities(nlp("Task-oriented zorbing (TOZ) system is designed to accomplish user-defined tasks.")) == {}


def test_a_capitalised_word_in_a_models_role_is_a_name(nlp):
    doc = nlp("We introduce KiteMed, an open-source LLM, utilizing Zistral as its foundation model.")
    assert entities(doc) == {"KiteMed": "MODEL", "Zistral": "MODEL"} and facts(doc, "based_on") == [("KiteMed", "Zistral")]


def test_an_earlier_model_of_the_titles_family_that_the_paper_builds_on_is_not_its_own(nlp):
    doc = nlp("zPLUG-DocKite: Modularized Multimodal LLM\u2029Existing MLLMs, including zPLUG-Kite, are promising. In this "
              "paper, we propose zPLUG-DocKite based on zPLUG-Kite for OCR-free document understanding.")
    assert facts(doc, "proposes") == ["zPLUG-DocKite"] and facts(doc, "based_on") == [("zPLUG-DocKite", "zPLUG-Kite")]


def test_an_evaluation_set_is_a_benchmark(nlp):
    doc = nlp("We also build an OCR-free document instruction understanding evaluation set ZLMDoc to compare models.")
    assert entities(doc) == {"ZLMDoc": "BENCHMARK"} and facts(doc, "proposes") == ["ZLMDoc"]


def test_the_papers_own_method_named_by_apposition_is_proposed(nlp):
    doc = nlp(
        "We propose an unsupervised approach based on Zorbing Map (ZM). Our method, Zorbing Map for Anomaly "
        "Detection (ZMAD) keeps normal features. ZMAD reaches the state of the art on the Florb dataset."
    )
    assert entities(doc)["ZMAD"] == "MODEL"
    assert entities(doc)["ZM"] == "MODEL"  # "Map" is a word, not the measure "mAP"
    assert facts(doc, "proposes") == ["ZMAD"]
    assert facts(doc, "based_on") == [("ZMAD", "ZM")]


def test_named_ranking_and_tokenisation_algorithms_are_models(nlp):
    # GUIDELINES.md: an algorithm with a proper name is a MODEL (the arXiv gold types BM25 and BPE so)
    doc = nlp("We propose QuuxNet. QuuxNet outperforms the strong BM25 baseline on the Zintel benchmark with a BPE tokenizer.")
    assert entities(doc)["BM25"] == "MODEL" and entities(doc)["BPE"] == "MODEL"
    assert ("QuuxNet", "BM25") in facts(doc, "compared_to")


def test_a_cost_is_a_metric_only_where_it_is_measured(nlp):
    # GUIDELINES.md: efficiency figures are results whose metric is that quantity; a cost named
    # as the problem a paper addresses measures nothing.
    doc = nlp("Existing models suffer from high computational cost and reduce memory consumption poorly. We propose QuuxNet.")
    assert entities(doc) == {"QuuxNet": "MODEL"}
    doc = nlp(
        "We propose QuuxNet. QuuxNet cuts memory usage by 40%, and we evaluate it in terms of latency. "
        "It also improves training speed and accuracy."
    )
    found = entities(doc)
    assert found["memory usage"] == found["latency"] == found["training speed"] == "METRIC"
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("memory usage", "40%")]


def test_a_performance_names_no_measure(nlp):
    # What a measure measures, not a measure: the arXiv gold names no metric in "average
    # performance improvements of 38.65%" or "the human performance of 78.24%".
    doc = nlp("We propose QuuxNet. QuuxNet improves the average performance of small models by up to 10% on Zintel.")
    assert "average performance" not in entities(doc)
    assert "average performance" not in [r[1] for r in doc._.kg_results]


def test_proposals_by_the_paper_by_publishing_and_by_a_described_own_dataset_called(nlp):
    doc = nlp("To close this gap, the paper introduces a dataset, Florbset-V, containing 7200 images.")
    assert facts(doc, "proposes") == ["Florbset-V"]
    doc = nlp("In addition, we will publish ZintelSQL, a dataset of 80654 questions.")
    assert facts(doc, "proposes") == ["ZintelSQL"]
    doc = nlp("The model is trained with weak signals from our curated large-scale text pair dataset (called QuuxPairs).")
    assert facts(doc, "proposes") == ["QuuxPairs"]


def test_it_after_an_opening_phrase_is_the_papers_model_in_a_comparison(nlp):
    doc = nlp(
        "We present QuuxNet. Especially in wind prediction, it outperforms existing models like Florbcast and "
        "ZintelWeather. On the more challenging Split Gullset, it achieves 69.4% accuracy."
    )
    assert facts(doc, "compared_to") == [("QuuxNet", "Florbcast"), ("QuuxNet", "ZintelWeather")]
    doc = nlp("We present QuuxNet. QuuxNet achieves an average improvement of 22.5% over the FlorbPolicy baseline.")
    assert facts(doc, "compared_to") == [("QuuxNet", "FlorbPolicy")]


def test_a_versioned_short_form_is_defined_by_its_long_form_and_what_a_proposal_incorporates_is_not_proposed(nlp):
    doc = nlp(
        "We introduce the Quux Vision Transformer (QuViTV2), a novel architecture incorporating "
        "Florb-Zintel Network (FZN) layers into the transformer."
    )
    found = typed_with_aliases(doc)
    assert found["QuViTV2"] == ("MODEL", ["Quux Vision Transformer"])
    assert facts(doc, "proposes") == ["QuViTV2"]
    assert facts(doc, "based_on") == [("QuViTV2", "FZN")]


def test_a_qualifier_of_a_measure_is_part_of_its_name_whatever_its_case(nlp):
    doc = nlp("QuuxNet achieves a Strict Accuracy of 75.11% and a predictive accuracy of 93% on the Zintel dataset.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("Strict Accuracy", "75.11%"), ("predictive accuracy", "93%")]


def test_measures_in_a_row_of_a_table_heading_stay_apart_and_their_cut_offs_are_no_values(nlp):
    doc = nlp("We report HR@5 HR@10 nDCG@5 nDCG@10 on ML-1M. QuuxNet reaches 41.2 ROUGE-L F1 and a Recall@10 of 53.1.")
    found = entities(doc)
    assert {name for name, etype in found.items() if etype == "METRIC"} == {"HR@5", "HR@10", "nDCG@5", "nDCG@10", "ROUGE-L F1", "Recall@10"}
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("ROUGE-L F1", "41.2"), ("Recall@10", "53.1")]


def test_data_listed_after_datasets_including_in_a_results_sentence_are_evaluated_on(nlp):
    doc = nlp(
        "We present state-of-the-art error rates on multiple publicly available datasets, including Zintel-far, "
        "Zintel-near, and Florb RAMC. Our QuuxNet outperforms prior work on popular sign language datasets, including GULL14 and GULL14-T."
    )
    assert facts(doc, "evaluated_on") == ["Zintel-far", "Zintel-near", "Florb RAMC", "GULL14", "GULL14-T"]


def test_data_given_as_examples_in_parentheses_behind_benchmarks_measured_on_are_evaluated_on(nlp):
    doc = nlp(
        "We present QuuxNet. Without relying on external data, QuuxNet outperforms node-centric baselines on multiple "
        "molecular benchmarks (e.g., ZORB9, GULL17), demonstrating the benefit of reconstruction."
    )
    assert facts(doc, "evaluated_on") == ["ZORB9", "GULL17"]


def test_a_size_written_after_a_listed_model_is_part_of_its_name(nlp):
    # "Code" stops a run of capitalised words ("Code is available"), so the listed name takes the size itself.
    doc = nlp("We propose QuuxNet. In contrast, Code Llama 34B achieves a pass@1 of 50% on Zintel.")
    assert entities(doc)["Code Llama 34B"] == "MODEL" and "Code Llama" not in entities(doc)
    assert [tuple(r[:3]) for r in doc._.kg_results] == [("Code Llama 34B", "pass@1", "50%")]


def test_a_lowercase_long_form_defined_before_module_or_block_names_a_model(nlp):
    # (GUIDELINES.md: a module the paper defines with a short form is a MODEL; a generic one stays none)
    doc = nlp("This is done by an inter-image feature zorbing (FZ) module and a local-global kiting (LGK) block.")
    assert entities(doc) == {"FZ": "MODEL", "LGK": "MODEL"}
    doc = nlp("The model stacks long short-term memory (LSTM) layers.")
    assert entities(doc) == {}


def test_a_module_a_sentence_opens_with_after_a_proposal_is_a_proposed_model(nlp):
    doc = nlp(
        "We propose the Kite Flow (KF) framework with two key modules. The Cross Feature Consistency (CFC) module "
        "fortifies information exchange. The Cross Quux Discrepancy (CQD) block preserves diversity."
    )
    assert entities(doc) == {"KF": "MODEL", "CFC": "MODEL", "CQD": "MODEL"}
    assert facts(doc, "proposes") == ["KF", "CFC", "CQD"]
    # a benchmark opening a background sentence is no part of the paper's own model
    doc = nlp("KiteBench: chained needles. The Needle-in-a-Kite (NIAK) benchmark is widely used to evaluate LLMs.")
    assert "NIAK" not in facts(doc, "proposes")


def test_the_named_parts_the_papers_model_includes_are_proposed(nlp):
    doc = nlp(
        "We introduce KiteCLIP, a novel framework. KiteCLIP includes the Quux visual encoder with V-V attention (Quux-VV), "
        "Bi-Directional Cross-Attention for Kite Interaction (Bi-CKI), and Conv-Adapter."
    )
    assert facts(doc, "proposes") == ["KiteCLIP", "Quux-VV", "Bi-CKI"]
    # what a sentence that opens with another name includes is not the paper's
    doc = nlp("We introduce KiteCLIP, a novel framework. ZorbNet includes a Quux visual encoder with V-V attention (Quux-VV).")
    assert facts(doc, "proposes") == ["KiteCLIP"]


def test_the_comparison_cue_nearest_a_rival_counts_not_an_earlier_one(nlp):
    doc = nlp(
        "We propose KiteNet. We evaluate our models compared with classical baselines and show that our deep KiteNet "
        "model outperforms other state-of-the-art models such as ZorbFM and QuuxNN."
    )
    assert facts(doc, "compared_to") == [("KiteNet", "ZorbFM"), ("KiteNet", "QuuxNN")]


def test_a_named_measures_score_has_the_measure_as_alias(nlp):
    # ("F1 score" is listed whole, so no match of "F1" alone gives the alias)
    doc = nlp("QuuxNet reaches an F1 score of 81.2 and an average score of 60.1 on Zintel.")
    aliases = {name: found for name, etype, found, *_ in doc._.kg_entities if etype == "METRIC"}
    assert aliases["F1 score"] == ["F1"]
    assert "average" not in aliases.get("average score", [])


def test_a_listed_lowercase_measures_scores_go_by_the_measure(nlp):
    # ("rank-1" is listed as "Rank-1": the lowercase spelling is found only as the score's name)
    doc = nlp("QuuxNet achieves rank-1 scores of 74.8% and 73.3% on Zintel and GULL14, respectively.")
    assert [tuple(r[1:4]) for r in doc._.kg_results] == [("rank-1", "74.8%", "Zintel"), ("rank-1", "73.3%", "GULL14")]
    assert {name: found for name, etype, found, *_ in doc._.kg_entities if etype == "METRIC"} == {"rank-1": ["rank-1 scores"]}


def test_measures_listed_before_what_their_values_were_take_them_in_turn(nlp):
    doc = nlp("With QuuxNet, the SSIM, MAE and mAP values for flower images were 0.938, 13.7 and 0.81, respectively.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("SSIM", "0.938"), ("MAE", "13.7"), ("mAP", "0.81")]
    # (without "respectively" the words between are no pairing)
    doc = nlp("With QuuxNet, the SSIM, MAE and mAP values for flower images were 0.938, 13.7 and 0.81.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] != [("SSIM", "0.938"), ("MAE", "13.7"), ("mAP", "0.81")]


def test_a_name_with_a_makers_suffix_is_the_maker(nlp):
    # ("-predicted", "-synthesized": a descriptive suffix, not part of the name)
    doc = nlp("We score how well QuuxNet aligns with ZorbFold2-predicted structures.")
    assert entities(doc).get("ZorbFold2") == "MODEL" and "ZorbFold2-predicted" not in entities(doc)
    # what the data was made by is no data set, whatever the cues around it say
    doc = nlp("We introduce KiteWorld. QuuxLM-7B trained on KiteWorld-synthesized trajectories improves by 9.2% on ZorbArena.")
    assert entities(doc)["KiteWorld"] == "MODEL"


def test_an_enumerated_item_defined_with_a_short_form_is_a_proposed_part(nlp):
    doc = nlp(
        "We propose ZorbDance. ZorbDance employs a two-stage design: (1) a Kite-Lark Quantization Stage (KLQS), which "
        "encodes motions into latent codes, and (2) a Hybrid Quux Generation Stage (HQGS), which maps music into them."
    )
    assert {entities(doc).get(name) for name in ("KLQS", "HQGS")} == {"MODEL"}
    assert {"KLQS", "HQGS"} <= set(facts(doc, "proposes")) and not {"KLQS", "HQGS"} & set(facts(doc, "uses"))
    # (a concept defined outside an enumeration stays one)
    assert "KLT" not in entities(nlp("We propose ZorbDance. It rests on Kite-Lark Theory (KLT), an older idea."))


def test_values_listed_before_their_items_respectively_take_them_in_turn_even_past_a_non_measure(nlp):
    doc = nlp("QuuxNet gains 12.90%, 10.87%, 6.32%, and 8.57% on BLEU, ROUGE-L, METEOR, and ZorbBERT, respectively.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [
        ("BLEU", "12.90%"), ("ROUGE-L", "10.87%"), ("METEOR", "6.32%"), (None, "8.57%"),
    ]


def test_points_listed_with_a_bare_number_share_its_measure(nlp):
    doc = nlp("QuuxNet outperforms the prior art by 1.9 and 4.2 points in mIoU metrics on Zintel and GULL14.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("mIoU", "1.9"), ("mIoU", "4.2 points")]


def test_a_model_of_a_named_kind_is_proposed_and_built_on_it(nlp):
    # (the well-known name opening the object only qualifies what the naming word names)
    doc = nlp("In this paper, we present a novel Transformer architecture termed KiteAir to predict air quality.")
    assert facts(doc, "proposes") == ["KiteAir"]
    assert facts(doc, "based_on") == [("KiteAir", "Transformer")]
    doc = nlp("We present a bespoke Transformer network tailored for tabular learning, called Zorb-Former, which reads tables.")
    assert facts(doc, "based_on") == [("Zorb-Former", "Transformer")]


@pytest.mark.parametrize("gap", [" (referred to as ZorbFormer) ", ", referred to as ZorbFormer, "])
def test_a_name_the_text_refers_to_a_new_model_by_is_proposed(nlp, gap):
    doc = nlp("We propose a novel network" + gap + "to improve underwater image quality.")
    assert facts(doc, "proposes") == ["ZorbFormer"]


def test_a_model_tuned_on_a_model_builds_on_it(nlp):
    doc = nlp("We present a new financial language model, KiteLM, tuned on LLaMA-65B, using a curated instruction set.")
    assert facts(doc, "based_on") == [("KiteLM", "LLaMA-65B")]


def test_a_decimal_a_measure_for_something_is_is_its_value(nlp):
    doc = nlp("With QuuxNet, the Dice similarity coefficient for the Zintel validation set is 0.88, 0.83 and 0.78.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [
        ("Dice similarity coefficient", "0.88"), ("Dice similarity coefficient", "0.83"), ("Dice similarity coefficient", "0.78"),
    ]


def test_translation_error_and_agreement_measures_are_listed(nlp):
    doc = nlp("KiteMT reaches an MQM score of 1.2 on Zintel, and the clusters a V-measure of 0.49; inter-annotator agreement is 0.61.")
    assert {name for name, etype in entities(doc).items() if etype == "METRIC"} >= {"MQM", "V-measure", "inter-annotator agreement"}
    doc = nlp("ZorbANN doubles QPS on Zintel, and KiteFold lowers RMSD to 1.1 with an AUC-PR of 0.8.")
    assert {name for name, etype in entities(doc).items() if etype == "METRIC"} >= {"QPS", "RMSD", "AUC-PR"}


def test_speech_enhancement_and_protein_design_measures_are_listed(nlp):
    doc = nlp("ZorbSE reaches a CSIG of 3.9, a CBAK of 3.4 and a COVL of 3.6; KiteFold lifts designability to 83% and lowers PAE to 4.1.")
    assert {name for name, etype in entities(doc).items() if etype == "METRIC"} >= {"CSIG", "CBAK", "COVL", "designability", "PAE"}


def test_hybrid_classes_formalisms_and_tools_are_no_names(nlp):
    doc = nlp(
        "We propose ZorbNet, a CNN-Transformer hybrid that parses AMR graphs into LaTeX, checked with Turnitin, "
        "and compare it with KGE methods and neural ODE models."
    )
    assert entities(doc) == {"ZorbNet": "MODEL"}
    assert entities(nlp("Survey: Zorbformer based Video-Language Pre-training\nZorbformer models are popular.")) == {}
    doc = nlp("Advances in generative artificial intelligence (GenAI) help applications like FinTech, and NOAA forecasts.")
    assert entities(doc) == {}
    doc = nlp("To address these issues, we introduce ZorbQAGen, an LLM-in-the-loop framework that resolves errors.")
    assert entities(doc) == {"ZorbQAGen": "MODEL"}


def test_imaging_modalities_formats_and_language_adjectives_are_no_names(nlp):
    doc = nlp("We propose ZorbNet for road segmentation in SAR images and for UAV imagery, and test it on TV shows from Zintel.")
    assert "SAR" not in entities(doc) and "UAV" not in entities(doc) and "TV" not in entities(doc)
    doc = nlp("We release ZorbSet, a dataset for the 11 major Indian languages, and derain RAW images with KiteNet.")
    assert "Indian" not in entities(doc) and "RAW" not in entities(doc)
    doc = nlp("California is a leader in agriculture, and Natural Language Processing tasks use KiteNet.")
    assert "California" not in entities(doc) and "Natural Language Processing" not in entities(doc)


def test_pollutants_and_units_of_energy_are_no_names(nlp):
    doc = nlp("ZorbNet infers NO2, O3 and PM2.5 concentrations with an energy overhead of 50 mWh on an Arduino.")
    assert "PM2.5" not in entities(doc) and "mWh" not in entities(doc)


def test_panoptic_driving_and_operation_count_measures_are_listed(nlp):
    doc = nlp("ZorbSeg reaches a Panoptic Quality of 61.2 on Zintel with 300M Multiply-Adds.")
    assert {name for name, etype in entities(doc).items() if etype == "METRIC"} >= {"Panoptic Quality", "Multiply-Adds"}
    doc = nlp("KiteDrive lifts the driving score to 71.3 and the route completion to 95.1 on Zintel.")
    assert {name for name, etype in entities(doc).items() if etype == "METRIC"} >= {"driving score", "route completion"}


def test_underwater_image_quality_measures_and_tanks_and_temples_spellings_are_listed(nlp):
    doc = nlp("ZorbUW raises UIQM and UCIQE on Zintel; KiteMVS leads on Tanks & Temple and the Tanks-and-Temples benchmark.")
    found = entities(doc)
    assert {name for name, etype in found.items() if etype == "METRIC"} >= {"UIQM", "UCIQE"}
    assert {"Tanks & Temple", "Tanks-and-Temples"} <= found.keys()


def test_catalogued_modules_networks_and_lowercase_data_sets_are_typed_on_sight(nlp):
    doc = nlp("ZorbNet adds CBAM to a Graph Isomorphism Network and to Kolmogorov-Arnold Networks (KANs), tested on nocaps and In-Shop.")
    found = entities(doc)
    assert [found.get(name) for name in ("CBAM", "Graph Isomorphism Network", "nocaps", "In-Shop")] == ["MODEL", "MODEL", "DATASET", "DATASET"]
    assert any(etype == "MODEL" and name.startswith("KAN") for name, etype in found.items())


def test_a_data_sets_listed_editions_are_one_data_set_each(nlp):
    doc = nlp("We evaluate ZorbNet on the KITE 2014/2016/2019 datasets and on GullDet 2011, 2013, and 2015.")
    found = entities(doc)
    assert [found.get(f"KITE {year}") for year in (2014, 2016, 2019)] == ["DATASET"] * 3 and "KITE" not in found
    assert [found.get(f"GullDet {year}") for year in (2011, 2013, 2015)] == ["DATASET"] * 3
    assert set(facts(doc, "evaluated_on")) >= {"KITE 2016", "GullDet 2015"}
    # (each edition is mentioned from the name to its year)
    texts = {name: [doc.text[s:e] for s, e in offsets] for name, _, _, offsets, _ in doc._.kg_entities}
    assert texts["KITE 2016"] == ["KITE 2014/2016"]
    # a name's own year alone, or years of no data set, make no editions
    assert set(entities(nlp("We test ZorbNet on KITTI 2015 and Cityscapes. Between 2014 and 2016, it grew."))) == {
        "ZorbNet", "KITTI 2015", "Cityscapes",
    }


def test_a_measure_listed_in_lowercase_is_found_in_any_case(nlp):
    doc = nlp("Our re-identification model achieves the rank-1 of 87.1% and mAP of 86.0% on KiteSYSU; Rank-1 rises.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("rank-1", "87.1%"), ("mAP", "86.0%")]
    # (and average precision at its thresholds: "mAP50:95", "mAP25")
    doc = nlp("ZorbDet reaches 31.8% mAP50:95 and 64.5% mAP25 on KiteSet.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("mAP50:95", "31.8%"), ("mAP25", "64.5%")]


def test_praise_before_a_score_is_no_part_of_the_measures_name(nlp):
    doc = nlp("QuuxNet achieves an impressive score of 51.7% on Zintel and a record kite score of 8.80 on GULL14.")
    metrics = {name for name, etype in entities(doc).items() if etype == "METRIC"}
    assert metrics == {"kite score"}
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [(None, "51.7%"), ("kite score", "8.80")]
    # (nor is a superlative: "the highest kite score of 77.4")
    doc = nlp("QuuxNet achieves the highest kite score of 77.4 on Zintel.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("kite score", "77.4")]
    # (nor a word of approval: "a good kite recall of 88%")
    doc = nlp("QuuxNet presents a good kite recall of 88% on Zintel.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("kite recall", "88%")]


def test_a_generic_word_right_before_a_data_noun_stays_in_the_data_sets_name(nlp):
    doc = nlp("We train KiteNet on the Zintel QA dataset and the Quux-Genre NLI dataset.")
    found = entities(doc)
    assert found.get("Zintel QA") == found.get("Quux-Genre NLI") == "DATASET"


def test_a_generic_acronym_the_paper_defines_for_what_it_proposes_names_it(nlp):
    # "CT" and "MIM" are generic acronyms (computed tomography, masked image modelling) ...
    doc = nlp("Third, we introduce the technique of Confusion Kiting (CT) as an instance of our framework.")
    assert entities(doc) == {"CT": "MODEL"} and facts(doc, "proposes") == ["CT"]
    # ... and so is the long form heading the title, which the short form then names
    paper = Paper("t", "MemNet In Motion: A Predictive Network", "The MemNet In Motion (MIM) blocks exploit differential signals.")
    extraction = next(extract([paper], nlp=nlp))
    assert [(e.name, e.type, e.aliases) for e in extraction.entities] == [("MIM", "MODEL", ["MemNet In Motion"])]
    assert extraction.to_record()["proposes"] == ["MIM"]
    # but "a new ... (SSL) approach" is an approach of that kind
    doc = nlp("We present a new Self-Supervised Learning (SSL) approach to pre-train encoders.")
    assert "SSL" not in entities(doc)


def test_a_listed_measure_in_the_plural_is_that_measure(nlp):
    doc = nlp("Our QuuxNet raises win rates against KiteNet and lowers word error rates on Zintel.")
    metrics = {name for name, etype in entities(doc).items() if etype == "METRIC"}
    assert metrics == {"win rates", "word error rates"}


def test_a_short_form_the_text_gives_the_titles_words_is_the_papers_own(nlp):
    paper = Paper("t", "Unmasked Kite: Towards Efficient Video Models",
                  "This paper proposes a training-efficient method. We align the unmasked tokens with a model, which serves "
                  "as the UnMasked Kite (UMK).")
    extraction = next(extract([paper], nlp=nlp))
    assert [(e.name, e.type) for e in extraction.entities] == [("UMK", "MODEL")]
    assert extraction.to_record()["proposes"] == ["UMK"]
    # a generic acronym spelling out the title's words still names the field ("NAS")
    paper = Paper("t", "Neural Architecture Search: Two Shared Weights", "Neural Architecture Search (NAS) is costly. We study it.")
    assert next(extract([paper], nlp=nlp)).to_record()["proposes"] == []


def test_a_gain_in_the_plural_still_names_the_measure_after_it(nlp):
    doc = nlp("We propose QuuxNet. Our method achieves over 20% improvements in kite error compared to the state of the art.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("kite error", "over 20%")]


def test_a_range_with_its_unit_after_the_second_number_is_one_value(nlp):
    doc = nlp("We propose QuuxNet. QuuxNet speeds up KiteNet by 3 to 5 times and improves accuracy by 2-4% on Zintel.")
    assert [r[2] for r in doc._.kg_results] == ["3 to 5 times", "2-4%"]
    # but a change from an old value reports the new one, and a range with both units stays whole
    doc = nlp(
        "We propose QuuxNet. QuuxNet improves accuracy from 70 to 75% on Zintel. Accuracy varies from 10% to 60% on "
        "GULL14. Its recall varies from 20 to 40% on Florb."
    )
    assert [r[2] for r in doc._.kg_results] == ["75%", "10% to 60%", "20 to 40%"]
    # (written with a dash between the two, spaced or not)
    doc = nlp("We propose QuuxNet. QuuxNet improves accuracy on Zintel by 6.8%–13.5% and F1 on GULL14 by 3% - 11%.")
    assert [r[2] for r in doc._.kg_results] == ["6.8%–13.5%", "3% - 11%"]


def test_a_measure_spelled_out_as_the_proposals_object_is_proposed(nlp):
    doc = nlp("For this reason, we propose the Kite-sensitive AUC (ksAUC) to solve all these problems.")
    assert entities(doc) == {"ksAUC": "METRIC"} and facts(doc, "proposes") == ["ksAUC"]
    # but a measure the paper merely reports is not its own
    doc = nlp("We propose QuuxNet. QuuxNet reaches a Kite-sensitive AUC (ksAUC) of 0.81 on Zintel.")
    assert facts(doc, "proposes") == ["QuuxNet"]


def test_an_evaluative_hyphenated_adjective_qualifies_no_measure(nlp):
    doc = nlp("The long-lasting generalization gap is reduced to less than 1%, and QuuxNet reaches non-trivial win rates.")
    metrics = {name for name, etype in entities(doc).items() if etype == "METRIC"}
    assert metrics == {"generalization gap", "win rates"}


def test_data_listed_after_a_colon_behind_evaluated_on_datasets_are_evaluated_on(nlp):
    doc = nlp("We propose QuuxNet. The system is evaluated on three datasets: Zintel, Florb-QA, and GULL14.")
    assert facts(doc, "evaluated_on") == ["Zintel", "Florb-QA", "GULL14"]


def test_a_listed_measure_with_capitals_added_is_that_measure_but_not_one_with_capitals_dropped(nlp):
    doc = nlp("QuuxNet reaches a MinDCF of 0.035 and an MIoU of 71.2 on the Zintel benchmark, ahead of FiD.")
    found = entities(doc)
    assert found["MinDCF"] == found["MIoU"] == "METRIC"  # listed as "minDCF" and "mIoU"
    assert found.get("FiD") != "METRIC"  # not "FID"
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("MinDCF", "0.035"), ("MIoU", "71.2")]


def test_models_listed_before_a_plural_or_negated_verb_of_comparison_are_its_subjects(nlp):
    doc = nlp(
        "We propose ZorbNet. ZorbLong and ZorbBig consistently and significantly outperform FlorbBERT. "
        "For instance, QuuxRec does not consistently outperform FlorbRec."
    )
    assert facts(doc, "compared_to") == [("ZorbLong", "FlorbBERT"), ("ZorbBig", "FlorbBERT"), ("QuuxRec", "FlorbRec")]


def test_html_rendered_math_reads_as_its_visible_form(nlp):
    doc = nlp(
        "QuuxNet reaches an F1subscript𝐹1F_{1} score of 81.2 on the Zintel dataset. "
        "We penalise the L1subscript𝐿1L_{1}italic_L start_POSTSUBSCRIPT 1 end_POSTSUBSCRIPT norm."
    )
    assert entities(doc) == {"QuuxNet": "MODEL", "F1 score": "METRIC", "Zintel": "DATASET"}
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("F1 score", "81.2")]


def test_a_listed_model_keeps_its_makers_name_and_a_licence_names_no_model(nlp):
    doc = nlp("We release QuuxNet under the Llama 3 Community License. OpenAI o1 outperforms QuuxNet on the Zintel benchmark.")
    found = typed_with_aliases(doc)
    assert found["OpenAI o1"] == ("MODEL", ["o1"])
    assert "Llama 3" not in found


def test_a_listed_model_the_paper_spells_out_as_its_own_is_proposed(nlp):
    own = nlp("We align language models with feedback. Our Proximal Quux Optimisation (PPO) beats QuuxNet on the Zintel benchmark.")
    assert "PPO" in facts(own, "proposes")


def test_a_catalogued_model_may_be_proposed_by_its_own_paper_but_a_well_known_one_is_not(nlp):
    # (a catalogued name is typed on sight, but its own paper introduces it like any new name)
    own = nlp("We present SimMIM for masked image modeling. SimMIM reaches 83.8% accuracy.")
    assert entities(own)["SimMIM"] == "MODEL" and facts(own, "proposes") == ["SimMIM"]
    famous = nlp("We propose GPT-4o to grade answers. GPT-4o reaches 83.8% accuracy.")
    assert facts(famous, "proposes") == []


def test_single_words_given_in_brackets_as_examples_of_a_kind_of_model_are_names(nlp):
    doc = nlp("We observe accuracy drops, with several families of models (e.g., Quux and Florb) showing overfitting.")
    assert entities(doc) == {"Quux": "MODEL", "Florb": "MODEL"}


def test_a_model_the_title_names_and_the_paper_does_not_introduce_is_used():
    paper = Paper("u", "QuuxGen: Radiology Report Generation using LLaMA", "We present QuuxGen, a framework for writing radiology reports.")
    (found,) = extract([paper])
    assert found.names("proposes") == ["QuuxGen"]
    (used,) = [f for f in found.facts if f.relation == "uses"]
    assert used.args == ("LLaMA",) and used.evidence.sentence == paper.title


def test_a_gain_no_model_is_named_for_is_the_papers_own_in_a_comparison(nlp):
    doc = nlp("We propose QuuxSum, a summariser. Particularly, 2.51 absolute improvement against FlorbNet on the Zintel dataset.")
    assert facts(doc, "compared_to") == [("QuuxSum", "FlorbNet")]
    background = nlp("We propose QuuxSum, a summariser. Prior work reported a 2.51 absolute improvement against FlorbNet.")
    assert facts(background, "compared_to") == []


def test_a_number_html_math_renders_three_times_over_reads_once(nlp):
    doc = nlp("QuuxNet achieves an F1 score of 63.463.463.4 on the Zintel dataset, with 1.31.31.31.3B parameters.")
    assert [tuple(r[1:3]) for r in doc._.kg_results][0] == ("F1 score", "63.4")


def test_a_value_after_what_a_measure_was_taken_for_and_a_verb_of_change_is_its_result(nlp):
    doc = nlp("We propose QuuxCast. QuuxCast reduces the RMSE for Z500 to 720 m²/s². The RMSE for T2M is further reduced to 2.60 K.")
    assert [tuple(r[:3]) for r in doc._.kg_results] == [("QuuxCast", "RMSE", "720"), ("QuuxCast", "RMSE", "2.60")]


def test_recent_methods_outdone_make_no_background_sentence(nlp):
    doc = nlp("We propose QuuxPose. State-of-the-art results are achieved on the FLIC and MPII benchmarks outcompeting all recent methods.")
    assert facts(doc, "evaluated_on") == ["FLIC", "MPII"]
    background = nlp("We propose QuuxPose. Recently, results were reported on the FLIC and MPII benchmarks.")
    assert facts(background, "evaluated_on") == []


def test_a_well_known_name_spelled_out_as_the_proposals_object_is_proposed_but_not_one_applied_to_something(nlp):
    own = nlp("We present Momentum Contrast (MoCo) for unsupervised visual representation learning.")
    assert facts(own, "proposes") == ["MoCo"]
    applied = nlp("We present Momentum Contrast (MoCo) into the Zintel pipeline to learn from Florb data.")
    assert facts(applied, "proposes") == []
    # ("the" before the long form changes nothing)
    corpus = nlp("This paper introduces the Multi-Genre Natural Language Inference (MultiNLI) corpus, a dataset for NLU.")
    assert facts(corpus, "proposes") == ["MultiNLI"]


def test_task_acronyms_before_a_data_noun_are_no_names(nlp):
    doc = nlp("We propose QuuxDG. We evaluate QuuxDG on four DG benchmarks, namely Zintel-A and Zintel-B, and on two SR datasets.")
    assert set(entities(doc)) == {"QuuxDG", "Zintel-A", "Zintel-B"}


def test_a_lists_item_marker_is_no_value_but_a_number_in_brackets_is(nlp):
    doc = nlp("We propose QuuxDet, which contains three steps: 1) base training on Zintel, 2) fine-tuning. It has an error (3) on Zintel.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("error", "3")]
    assert "contains three steps" not in entities(doc)


def test_spellings_and_long_forms_of_listed_measures(nlp):
    doc = nlp(
        "QuuxNet runs at 24.1 fps, reaches an R² of 0.84, an average F1-Measure of 97.11%, improves the Intersection "
        "over Union by 5% and shows a relative phoneme error rate reduction of 72%."
    )
    metrics = {name for name, etype in entities(doc).items() if etype == "METRIC"}
    assert metrics >= {"fps", "R²", "Intersection over Union", "phoneme error rate"}
    assert any("F1-Measure" in [name, *aliases] for name, (_, aliases) in typed_with_aliases(doc).items())


def test_a_unit_written_apart_from_its_number_is_no_name(nlp):
    doc = nlp("QuuxSing is the first system to adopt a 24 kHz FlorbNet vocoder and needs 80 GB of memory.")
    assert "FlorbNet" in entities(doc) and not {"kHz", "kHz FlorbNet", "GB"} & set(entities(doc))


def test_a_patch_size_after_a_size_word_or_letter_belongs_to_the_name(nlp):
    doc = nlp("We train a QuuxViT-Huge/14 and a QuuxViT-g/14 on the Zintel dataset.")
    assert {"QuuxViT-Huge/14", "QuuxViT-g/14"} <= set(entities(doc))


def test_capitalised_names_of_a_models_parts_are_named_and_proposed(nlp):
    doc = nlp(
        "We present QuuxNet, a detector. We design two efficient blocks, Context Florb Module and Spatial Zintel Module. "
        "Besides, we design a novel Depth Quux Module to counter noise."
    )
    parts = ["Context Florb Module", "Spatial Zintel Module", "Depth Quux Module"]
    assert all(entities(doc).get(part) == "MODEL" for part in parts)
    assert set(facts(doc, "proposes")) == {"QuuxNet", *parts}
    # (a sentence's first capital means nothing: "Attention Block helps" names no part)
    assert "Attention Block" not in entities(nlp("Attention Block helps QuuxNet."))


def test_parts_a_named_model_is_made_of_are_its_own_but_not_task_acronyms_of_a_benchmark(nlp):
    doc = nlp(
        "We propose Quux-DSG, a framework. Quux-DSG comprises three components: the florb layout generator (FLG) for "
        "locations, the florb element decorator (FED) for filling, and the florb style discriminator (FSD) for style."
    )
    assert {"FLG", "FED", "FSD"} <= set(facts(doc, "proposes"))
    bench = nlp("Zintel-Bench comprises 1,200 question answering (QA) and multiple choice (MC) items.")
    assert not {"QA", "MC"} & set(entities(bench))


def test_a_family_member_of_a_well_known_model_is_not_the_titled_papers_own():
    abstract = "We propose a recipe. We apply it on Phi-4-Florb, a compact model. The resulting Phi-4-Quux model exceeds larger ones."
    extraction = next(extract([Paper("t", "Phi-4-Quux: Small Reasoning Models", abstract)]))
    assert extraction.names("proposes") == ["Phi-4-Quux"] and "Phi-4-Florb" in extraction.names("uses")
    own = next(extract([Paper("t", "Xquux-LM: Alignment", "We present Xquux-LM, a suite. It includes Xquux-LM-SFT and Xquux-RM.")]))
    assert set(own.names("proposes")) == {"Xquux-LM", "Xquux-LM-SFT", "Xquux-RM"}


def test_a_title_clause_before_the_colon_names_nothing():
    for title in ("Quuxformers are RNNs: Fast Attention", "Understanding Zorb-Like Training: A Critical View", "LLMs for Zintel: A Study"):
        extraction = next(extract([Paper("t", title, "We study attention in depth.")]))
        assert extraction.names("proposes") == [], title


def test_parts_listed_after_a_proposals_colon_are_proposed(nlp):
    doc = nlp(
        "We present three key innovations: (i) ZorbAlignNet for aligning audio; (ii) the Quux Fusion Module, which "
        "fuses frames, and (iii) KiteNet for time. It builds on FlorbNet."
    )
    assert set(facts(doc, "proposes")) == {"ZorbAlignNet", "Quux Fusion Module", "KiteNet"}
    # (a name inside an item, not heading it, is what the item uses)
    used = nlp("We present two components: (i) a planner of ZorbNet agents and (ii) a critic.")
    assert facts(used, "proposes") == []


def test_a_generic_term_of_several_words_names_nothing(nlp):
    doc = nlp("We introduce a novel model-free Safe RL algorithm. ZorbRL outperforms Safe RL baselines on a GTX1080Ti.")
    assert entities(doc) == {"ZorbRL": "MODEL"}
    # (nor are settings, formats and hardware in capitals)
    assert entities(nlp("ZorbNet answers Open-Ended and Multiple-Choice questions on Synthetic data with a Kinect V2.")) == {"ZorbNet": "MODEL"}
    assert entities(nlp("We model the task as an MDP and use TD learning. Our QuuxNet outperforms the AllenNLP model.")) == {"QuuxNet": "MODEL"}
    # (a mapping between languages is a task: "Spanish-to-English")
    assert entities(nlp("We run ZorbNet on two Spanish-to-English speech translation datasets.")) == {"ZorbNet": "MODEL"}


def test_a_short_form_the_text_later_calls_its_own_is_the_papers_model(nlp):
    doc = nlp(
        "Then a semantically-aligned zorb solver (SAZ-Solver) based on an encoder-decoder framework is proposed to resolve "
        "equations. Our SAZ-Solver generates a tree explicitly."
    )
    assert facts(doc, "proposes") == ["SAZ-Solver"]
    # (not a baseline the paper calls its own, nor a task: "our QZM baseline")
    baseline = nlp("We build on quuxed zorb modelling (QZM). We see a 27% speedup over our QZM baseline.")
    assert "QZM" not in entities(baseline)


def test_a_title_case_phrase_a_sentence_proposes_is_the_papers_own(nlp):
    # a capitalised "suffix" inside the phrase, and a task word heading it, do not break it
    doc = nlp("To fix this, we propose Zorb-Prior-Free Verification to enable models to verify answers.")
    assert facts(doc, "proposes") == ["Zorb-Prior-Free Verification"]
    task = nlp("We argue that LLMs can condense context and propose Visual Zorb Latent Summarization which condenses it.")
    assert facts(task, "proposes") == ["Visual Zorb Latent Summarization"]
    # (a task named elsewhere stays a task, and a suffix after a name stays a suffix)
    assert entities(nlp("Named Zorb Recognition is hard. We fine-tune a Zorb2-7B-Based model.")) == {"Zorb2-7B": "MODEL"}
    # arXiv's stand-in for a link is no word of the name after it
    assert "URL Quux-Free AdamZ" not in entities(nlp("Code is at this https URL Quux-Free AdamZ is our method."))


def test_our_proposed_name_is_the_papers_own(nlp):
    doc = nlp("Our proposed ZorbNet system achieves an SDR of 7.54 dB, outperforming QuuxNet of 6.57 dB.")
    assert facts(doc, "proposes") == ["ZorbNet"] and facts(doc, "compared_to") == [("ZorbNet", "QuuxNet")]
    assert facts(nlp("Our novel FlorbNet reaches a high SDR."), "proposes") == ["FlorbNet"]
    # "It", opening a sentence that compares, is the paper's model
    it = nlp("We propose ZorbNet. It is comparable with QuuxNet, but requires just 11% of its compute.")
    assert facts(it, "compared_to") == [("ZorbNet", "QuuxNet")]


def test_items_listed_after_a_counted_proposal_are_all_proposed(nlp):
    # after a count and its plural noun, then a colon; items spelled out count from their long form
    doc = nlp("We propose two novel objectives: Masked Zorb Prediction (MZP) and Masked Quux Prediction (MQP) to train.")
    assert set(facts(doc, "proposes")) == {"MZP", "MQP"}
    # a list of names given by a naming word
    named = nlp("We propose two variants, called monoZORB and duoZORB, that rank documents.")
    assert set(facts(named, "proposes")) == {"monoZORB", "duoZORB"}
    # (a list is no item list without a count: "objectives:" alone introduces nothing)
    plain = nlp("We study objectives: Masked Zorb Prediction (MZP) and Masked Quux Prediction (MQP) are compared.")
    assert "MQP" not in facts(plain, "proposes")


def test_capitalised_words_and_a_version_heading_the_title_are_the_papers_model():
    extraction = next(extract([Paper("t", "Deep Zorb 2: End-to-End Speech Recognition", "We show that one approach works.")]))
    assert extraction.names("proposes") == ["Deep Zorb 2"]
    chapter = next(extract([Paper("t", "Chapter 3: Results", "We show that one approach works.")]))
    assert chapter.names("proposes") == []


def test_data_after_a_training_word_that_is_not_its_training_is_evaluated_on(nlp):
    # a score reported on the data after the training clause
    scored = nlp("We propose ZorbNet. Our ViT-H/16, trained only on videos, obtains 81.9% on Zorbetics-400.")
    assert facts(scored, "evaluated_on") == ["Zorbetics-400"]
    # what training is (its efficiency, its counterpart), not what it is trained on
    efficient = nlp("We propose ZorbNet. Our ZorbNet achieves better results and training efficiency on QuuxSet-100 and FlorbSet.")
    assert set(facts(efficient, "evaluated_on")) == {"QuuxSet-100", "FlorbSet"}
    # a benchmark fine-tuned on in a sentence about results
    tuned = nlp("We propose ZorbNet. ZorbNet outperforms standard fine-tuning on the QuuxBench benchmark.")
    assert facts(tuned, "evaluated_on") == ["QuuxBench"]
    # environments are benchmarks
    envs = nlp("We propose ZorbNet. The proposed approach is evaluated in two environments: ZorbDoom and Quux Mario Bros.")
    assert entities(envs).get("ZorbDoom") == "BENCHMARK" and facts(envs, "evaluated_on") == ["ZorbDoom", "Quux Mario Bros"]


def test_data_named_for_training_is_used_and_data_named_for_evaluation_is_evaluated_on(nlp):
    doc = nlp("We propose MVZorb. We use the Objaverse for training and the ShapeNet for evaluation, where MVZorb outperforms others.")
    assert facts(doc, "uses") == ["Objaverse"] and facts(doc, "evaluated_on") == ["ShapeNet"]


def test_values_listed_after_a_measures_value_share_it_and_decibels_are_a_unit(nlp):
    doc = nlp("Dropping the climate data and both reduced R² to 0.73, 0.70, and 0.72, respectively. QuuxNeRF improves PSNR by 0.6 dB on Zintel.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("R²", "0.73"), ("R²", "0.70"), ("R²", "0.72"), ("PSNR", "0.6 dB")]


def test_an_adaptation_or_extension_of_a_model_builds_on_it():
    abstract = "We introduce a suite of task-agnostic pretraining of CT models (ZorbCT): a simple adaptation of DINOv2 for volumes."
    extraction = next(extract([Paper("t", "ZorbCT: 3D Pretraining of CT Models", abstract)]))
    assert extraction.names("based_on") == [["ZorbCT", "DINOv2"]]


def test_a_list_of_data_sets_each_with_its_task_is_one_list(nlp):
    doc = nlp("We propose QuuxViM. On ZintelNet classification, FlorbCOCO object detection, and ADE30k semantic segmentation "
              "tasks, QuuxViM achieves higher performance.")
    assert facts(doc, "evaluated_on") == ["ZintelNet", "FlorbCOCO", "ADE30k"]


def test_examples_after_namely_belong_to_the_clause_they_illustrate(nlp):
    doc = nlp("We propose ARZorb. Hence, we propose to validate test-time adaptation methods using the recently introduced "
              "datasets for autonomous driving, namely CLAD-C and SHIFT.")
    assert facts(doc, "evaluated_on") == ["CLAD-C", "SHIFT"]


def test_a_footnote_mark_glued_after_a_capitalised_name_ends_it(nlp):
    doc = nlp("QuuxReID outperforms others on three benchmark datasets: ZintelID, Florb-776, and ZRIC111Avaliable at http://z.io.")
    assert "ZRIC" in entities(doc) and not any("111" in name for name in entities(doc))


def test_a_resolution_is_no_factor_and_a_score_list_may_name_its_data_sets(nlp):
    doc = nlp("QuuxGAN sets a record FID of6.97 for images at the 256 × 256 resolution on Zintel.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("FID", "6.97")]
    doc = nlp("We propose QuuxCM, achieving an FID of 3.55 on Zintel-10 and 6.20 on FlorbNet 64x64 for one-step generation.")
    assert [tuple(r[1:4]) for r in doc._.kg_results] == [("FID", "3.55", "Zintel-10"), ("FID", "6.20", "FlorbNet 64x64")]


def test_a_measure_a_result_leaves_unchanged_is_not_its_measure(nlp):
    doc = nlp("We propose QuuxSample. QuuxSample speeds up GNN training by up to 2x with no loss in accuracy.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [(None, "up to 2x")]


def test_a_resolution_after_a_data_set_names_its_variant_and_the_data_set_is_an_alias(nlp):
    doc = nlp("QuuxCM reaches an FID of 6.20 on ImageNet 64x64 and 7.1 on LSUN 256x256.")
    named = typed_with_aliases(doc)
    assert named["ImageNet 64x64"] == ("DATASET", ["ImageNet"]) and named["LSUN 256x256"][1] == ["LSUN"]


def test_a_year_after_a_curly_apostrophe_belongs_to_a_data_sets_name_but_not_to_a_venues(nlp):
    doc = nlp("We evaluate QuuxTAL on the ICCV’17 ZorbTrack Dataset and ZINTEL’14.")
    assert {"ZorbTrack Dataset", "ZINTEL’14"} <= set(entities(doc)) and not any("ICCV" in name for name in entities(doc))


def test_listed_names_side_by_side_are_each_a_name_and_a_year_ending_a_name_cites_nobody(nlp):
    doc = nlp("We compete on cross-domain (miniImageNet CUB-200-2011) few-shot data sets.")
    assert {"miniImageNet", "CUB-200-2011"} <= set(entities(doc))
    own = nlp("We propose the Band-Split RoPE Transformer, evaluated on MUSDB18.")
    assert "Band-Split RoPE Transformer" in entities(own)


def test_a_short_form_in_brackets_and_quotes_for_short_names_the_long_form(nlp):
    doc = nlp('We introduce Ablated Zorbed Temperature Energy (or "AzeT" for short), a method. AzeT lowers the error.')
    assert typed_with_aliases(doc)["AzeT"] == ("MODEL", ["Ablated Zorbed Temperature Energy"])


def test_a_title_clause_with_a_capitalised_verb_names_nothing():
    extraction = next(extract([Paper("t", "QuuxLM Meets Diffusion: A Hybrid Framework", "We study crystals.")]))
    assert extraction.names("proposes") == []


def test_a_listed_model_stays_a_model_in_a_list_a_data_noun_announces(nlp):
    doc = nlp("Fine-tuning QuuxLM yields a model that outperforms many systems on the ZintelEval 2.0 leaderboard, "
              "including Claude 2, Gemini Pro, and GPT-4 0613.")
    assert entities(doc)["Claude 2"] == "MODEL"


def test_a_title_comparing_two_names_heads_no_name(nlp):
    doc = nlp("ZorbAIF vs. KiteHF: Scaling Learning from Feedback\u2029We train ZorbAIF and KiteHF models on summarisation.")
    assert entities(doc) == {"ZorbAIF": "MODEL", "KiteHF": "MODEL"}


def test_two_words_joined_by_an_ampersand_are_one_name(nlp):
    doc = nlp("We evaluate on the Zorbs&Kites and DTU benchmarks, not on Q&A pairs.")
    assert entities(doc) == {"Zorbs&Kites": "BENCHMARK", "DTU": "BENCHMARK"}


def test_a_tuned_variant_word_after_a_size_is_part_of_the_name(nlp):
    doc = nlp("Our models include Kite 3.3 70B Instruct and Zorb 1.8B Chat; we train Kite 7B Models on it.")
    assert entities(doc) == {"Kite 3.3 70B Instruct": "MODEL", "Zorb 1.8B Chat": "MODEL", "Kite 7B": "MODEL"}
    # ("IT": instruction-tuned)
    assert entities(nlp("We fine-tune Zorb 3 27B IT on the task.")) == {"Zorb 3 27B IT": "MODEL"}


def test_a_figure_panel_or_a_version_alone_is_no_name(nlp):
    doc = nlp("As Figures 3a and 3c show, we evaluate ZorbNet on two versions of ZorbQA: V1.1 and V2.0.")
    assert entities(doc) == {"ZorbNet": "MODEL", "ZorbQA": "DATASET"}


def test_a_title_opening_with_beyond_towards_or_when_heads_no_name(nlp):
    for title in ("Beyond Zorb RTG", "Towards Data-Centric KiteHF", "When Kite Misleads"):
        doc = nlp(f"{title}: Conditioning Outside Sequential Modeling\u2029We study conditioning.")
        assert entities(doc) == {}, title


def test_a_name_the_paper_designs_is_its_own(nlp):
    doc = nlp("Furthermore, we design ZorbFilt, which filters out false negative samples.")
    assert entities(doc) == {"ZorbFilt": "MODEL"} and facts(doc, "proposes") == ["ZorbFilt"]


@pytest.mark.parametrize(
    "text, own",
    [
        ("Experiments on KiteFaces and a new animal faces dataset (ZFHQ) validate our design.", ["ZFHQ"]),
        ("We validate our approach with a new benchmark, ZorbYT, comprising diverse audio files.", ["ZorbYT"]),
        ("We develop two new benchmark datasets, i.e., Zorb-hy and Kite-hy, and a reasoning model.", ["Zorb-hy", "Kite-hy"]),
        ("To this end, we provide Zorbli-9, a large new multilingual dataset matched to our setting.", ["Zorbli-9"]),
        # (not data a new result is set on)
        ("Our simple pipeline sets the new state-of-the-art on standard benchmarks (ACE04, ACE05 and SciERC).", []),
    ],
)
def test_data_called_new_where_it_is_named_is_the_papers_own(nlp, text, own):
    assert facts(nlp(text), "proposes") == own


def test_a_name_set_off_by_a_comma_after_its_kinds_noun_is_of_that_kind(nlp):
    doc = nlp(
        "To facilitate progress, we construct a new large-scale benchmark, ZorbHiertt, with QA pairs. We further "
        "propose a novel method ZorbNet, and ZorbHiertt proves hard: ZorbNet outperforms KiteNet on ZorbHiertt."
    )
    assert entities(doc)["ZorbHiertt"] == "BENCHMARK"


def test_a_name_after_i_e_is_the_proposals_object(nlp):
    doc = nlp("To address this, we propose a novel method, i.e. ZR-GNN. ZR-GNN outperforms the baselines.")
    assert facts(doc, "proposes") == ["ZR-GNN"]


def test_a_short_form_given_for_brevity_after_a_title_cased_long_form(nlp):
    doc = nlp("We propose Zorb Recommendation with Kite Networks, ZR-KN for brevity. ZR-KN outperforms the baselines. "
              "Our ZorbNet for action recognition, ZorbNet-V for short, is strong.")
    named = typed_with_aliases(doc)
    assert named["ZR-KN"] == ("MODEL", ["Zorb Recommendation with Kite Networks"])
    assert named["ZorbNet-V"][1] == []


def test_a_closing_plus_is_part_of_the_name(nlp):
    doc = nlp("We train ZorbLab+ and KiteNet++ models and evaluate on RefZorb+; A + B is no name.")
    assert set(entities(doc)) == {"ZorbLab+", "KiteNet++", "RefZorb+"}


def test_an_advancement_over_or_superior_performance_to_a_model_compares_with_it(nlp):
    for sentence in (
        "ZorbNet exhibits a notable advancement over the prevailing general algorithm, KiteNet, on 50 of 66 tasks.",
        "ZorbNet achieves significant improvements of 10% on the Sintel dataset and 5% on the KITTI dataset over KiteNet.",
        "ZorbNet achieves superior performance to canonical KiteNet.",
    ):
        doc = nlp("We propose ZorbNet, a new model. " + sentence)
        assert facts(doc, "compared_to") == [("ZorbNet", "KiteNet")], sentence


@pytest.mark.parametrize(
    "text, pairs",
    [
        # (improving a quality over a model compares with it)
        ("We propose ZorbNet. ZorbNet improves the generalization capability over KiteNet without extra cost.",
         [("ZorbNet", "KiteNet")]),
        # (the paper's model named last before the comparison is its subject)
        ("We propose ZorbConv, a new depthwise convolution. Building on ZorbConv, we develop a new family of "
         "models, named ZorbNets, which outperform previous mobile models including KiteNet and OwlNet.",
         [("ZorbNets", "KiteNet"), ("ZorbNets", "OwlNet")]),
    ],
)
def test_what_the_papers_model_improves_over_or_outperforms_it_is_compared_with(nlp, text, pairs):
    assert facts(nlp(text), "compared_to") == pairs


def test_a_plural_short_form_the_text_proposes_under_a_title_case_name_is_a_model(nlp):
    doc = nlp("We propose Phased Zorb Models (PZMs). PZMs are fast.")
    assert facts(doc, "proposes") == ["PZMs"]
    doc = nlp("This paper proposes an algorithm for a team of Unmanned Kite Vehicles (UKVs).")
    assert entities(doc) == {}


def test_a_name_given_by_which_is_called_after_the_proposals_object_is_proposed(nlp):
    doc = nlp("In this paper, we propose a novel stealthy backdoor attack method against textual models, which is called ZorbAttack.")
    assert facts(doc, "proposes") == ["ZorbAttack"]


def test_a_rank_an_empirical_study_and_an_evaluation_using_data_say_where_a_method_was_evaluated(nlp):
    ranked = nlp("We propose ZorbFlow. Our method ranks first among unsupervised methods on the QuuxSEC and Florb-Flow datasets.")
    assert facts(ranked, "evaluated_on") == ["QuuxSEC", "Florb-Flow"]
    studied = nlp("We propose the ZorbPrior. We provide empirical studies on two benchmark datasets, namely, QUUXNIST and Florb 101.")
    assert facts(studied, "evaluated_on") == ["QUUXNIST", "Florb 101"]
    shown = nlp("We propose ZorbNet. We also empirically show its effectiveness on QuuxQA and FlorbQA.")
    assert facts(shown, "evaluated_on") == ["QuuxQA", "FlorbQA"]
    using = nlp("We propose ZorbSNN. We evaluate our approach on keyword recognition tasks using the Quux Digits and Florb Commands datasets.")
    assert facts(using, "evaluated_on") == ["Quux Digits", "Florb Commands"] and facts(using, "uses") == []


def test_a_measure_named_with_a_hyphenated_short_form_or_hyphenated_throughout_is_whole(nlp):
    doc = nlp("We propose ZorbFlow. ZorbFlow achieves an F2-all error of 5.10% on Quux-2015 and an end-point-error of 2.855 pixels on Florbtel.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [("F2-all error", "5.10%"), ("end-point-error", "2.855")]


def test_a_short_form_defined_right_after_our_names_the_papers_own_thing(nlp):
    doc = nlp("We propose a simple regularization. Our zorb regularized network (ZR-Net) improves accuracy on Quux-10.")
    assert entities(doc).get("ZR-Net") == "MODEL" and facts(doc, "proposes") == ["ZR-Net"]
    # letters that a clause happens to spell are no long form of the paper's own
    clause = nlp("We propose a controlled equation solver. The results suggest that our method universally improves the "
                 "performance on single-unknown (Mtp23K) and multiple-unknown (FLORB1K) benchmarks.")
    assert facts(clause, "proposes") == []


def test_the_model_a_titles_description_is_a_kind_of_is_the_base_of_the_model_heading_it():
    efficient = next(extract([Paper("t", "Zeformer: The Efficient Transformer", "We introduce Zeformer, which uses a Transformer.")]))
    assert efficient.names("based_on") == [["Zeformer", "Transformer"]]
    improved = next(extract([Paper("t", "ZINO: FlorbDETR with Improved Anchor Boxes for Detection",
                                   "We present ZINO, which improves over FlorbDETR on Quux.")]))
    assert improved.names("based_on") == [["ZINO", "FlorbDETR"]]
    # a merely capitalised name in the title is no base
    spelled = next(extract([Paper("t", "ZARES: Auxiliary Range Expansion", "We present ZARES, a method for outlier synthesis.")]))
    assert spelled.names("based_on") == []


def test_a_name_ending_in_a_year_before_another_year_is_an_edition_not_a_citation(nlp):
    doc = nlp("We propose ZorbSRL. ZorbSRL outperforms the state-of-the-art systems on the QuuxEval-2008, 2009 benchmarks.")
    assert facts(doc, "evaluated_on") == ["QuuxEval-2008"]
    cited = nlp("We propose ZorbSRL, following Quuxley, 2019.")
    assert "Quuxley" not in entities(cited)


def test_a_model_the_paper_builds_on_far_from_the_cue_is_also_used(nlp):
    doc = nlp("This paper introduces ZorbMT+, a suite of models for enhanced transcription based on the recent "
              "language token decoding approach of QuuxT3.")
    assert facts(doc, "based_on") == [("ZorbMT+", "QuuxT3")] and facts(doc, "uses") == ["QuuxT3"]


def test_scores_listed_each_on_its_benchmark_after_a_verb_or_a_colon_are_results(nlp):
    doc = nlp("We release ZorbLM-72B. ZorbLM-72B shows strong performance: 84.2 on MMLU, 37.9 on GPQA, and 82.4 on BBH. "
              "ZorbLM-72B attains 9.1 on MT-Bench, 48.1 on Arena-Hard, and 35.7 on LiveCodeBench.")
    assert [(r[2], r[3]) for r in doc._.kg_results] == [
        ("84.2", "MMLU"), ("37.9", "GPQA"), ("82.4", "BBH"), ("9.1", "MT-Bench"), ("48.1", "Arena-Hard"), ("35.7", "LiveCodeBench")
    ]


def test_the_plural_of_a_listed_measure_is_also_called_by_it(nlp):
    doc = nlp("We propose ZorbDia. ZorbDia achieves DERs of 10.2% on Quux and test AUCs of 97.5% on Florb.")
    aliases = {e[0]: e[2] for e in doc._.kg_entities if e[1] == "METRIC"}
    assert aliases == {"DERs": ["DER"], "test AUCs": ["AUCs", "AUC"]}


def test_a_value_before_a_noun_of_success_validity_or_correctness_is_a_result_of_that_measure(nlp):
    doc = nlp("We propose ZorbMol. ZorbMol reaches 92% turn-taking success, 100% validity and 90.5% verified correctness.")
    assert [tuple(r[1:3]) for r in doc._.kg_results] == [
        ("turn-taking success", "92%"), ("validity", "100%"), ("verified correctness", "90.5%")
    ]


def test_a_name_and_its_plus_variant_are_two_entities_of_one_paper(nlp):
    doc = nlp("We propose ZorbRef. Experiments on QuuxRef, QuuxRef+, and G-Quux datasets show gains.")
    assert facts(doc, "evaluated_on") == ["QuuxRef", "QuuxRef+", "G-Quux"]


def test_as_low_as_hedges_a_value_after_its_measure(nlp):
    doc = nlp("KiteComp achieves a compression rate of as low as 6% and a response latency as low as 226 ms.")
    assert results(doc) == [("compression rate", "as low as 6%"), ("latency", "as low as 226 ms")]


def test_a_size_alone_names_no_model(nlp):
    doc = nlp("We show that upcycled Zorb5 Base, Large, and XL language models outperform their dense counterparts.")
    assert entities(doc) == {"Zorb5 Base": "MODEL"}


def test_a_latex_arrow_outside_math_separates_what_it_joins(nlp):
    doc = nlp(r"We evaluate KiteSeg on the ZTA5\toZityscapes and ZYNTHIA\toZityscapes benchmarks.")
    assert set(entities(doc)) == {"ZTA5", "Zityscapes", "ZYNTHIA"}
    doc = nlp(r"Its accuracy rises 42.2%\rightarrow49.6% on ZorbQA.")  # (a change reports its second value)
    assert results(doc) == [("accuracy", "49.6%")]


def test_a_preposition_is_no_word_of_a_measure_after_a_value(nlp):
    doc = nlp("KiteEP speeds up training by up to 5.6x under constrained bandwidth.")
    assert results(doc) == [(None, "up to 5.6x")]


def test_organisations_signals_and_task_acronyms_are_no_entities(nlp):
    doc = nlp("We propose KiteGrid and evaluate it on the IEEE 39-bus system, on ECG and EEG recordings and on XMC with NWP inputs.")
    assert entities(doc) == {"KiteGrid": "MODEL"}


def test_a_cost_balanced_or_compared_in_prose_is_no_measure(nlp):
    own = "We propose ZorbNet. "
    for sentence in ["ZorbNet balances the computational cost with representation ability.",
                     "ZorbNet beats KiteNet in both task performance and computational cost."]:
        assert "computational cost" not in entities(nlp(own + sentence))
    assert entities(nlp(own + "ZorbNet is evaluated in terms of computational cost."))["computational cost"] == "METRIC"


def test_a_generic_quantity_spelled_out_before_its_short_form_is_no_measure(nlp):
    doc = nlp("We propose KiteGrid. KiteGrid stays robust in babble noise with a signal-to-noise ratio (SNR) of 0dB.")
    assert entities(doc) == {"KiteGrid": "MODEL"}


def test_each_word_list_lists_a_spelling_once():
    for path in [*DATA_DIR.glob("*.txt"), *DATA_DIR.glob("*.tsv")]:
        lines = [line.split("#", 1)[0].rstrip() for line in path.read_text(encoding="utf-8").splitlines()]
        spellings = Counter(line.split("\t")[0] for line in lines if line.strip())
        assert [s for s, n in spellings.items() if n > 1] == [], path.name


def test_our_proposed_data_set_is_proposed_but_our_use_of_one_is_not(nlp):
    doc = nlp("KiteWM performs well on benchmark evaluations and on our proposed ZorbArena human evaluations.")
    assert facts(doc, "proposes") == ["ZorbArena"]
    doc = nlp("KiteWM performs well on our ZorbArena runs.")
    assert facts(doc, "proposes") == []


def test_what_a_paper_makes_available_is_its_own(nlp):
    doc = nlp("KiteLM reads tables well. The ZorbQA dataset will be publicly released upon publication.")
    assert "ZorbQA" in facts(doc, "proposes")
    for text in ["We evaluate KiteLM on ZorbQA, which is publicly available.", "ZorbQA is available under CC0 and KiteLM reads it."]:
        assert "ZorbQA" not in facts(nlp(text), "proposes")


def test_models_a_sentence_says_are_evaluated_are_used(nlp):
    doc = nlp("Several graph architectures, including ZorbSAGE and KiteNN, are systematically evaluated on regional datasets.")
    assert facts(doc, "uses") == ["ZorbSAGE", "KiteNN"]


def test_a_challenge_is_a_benchmark_and_keeps_its_edition_year(nlp):
    doc = nlp("KiteSORT wins first place in the Zorb Game Reconstruction Challenge 2024. "
              "It also leads on the Quux Tracking Challenge.")
    assert entities(doc) == {"Zorb Game Reconstruction Challenge 2024": "BENCHMARK", "Quux Tracking Challenge": "BENCHMARK"}


def test_how_often_a_system_wins_is_no_measure_of_time(nlp):
    doc = nlp("Our KitePun model writes better puns than human writers 34% of the time and cuts training time by 20%.")
    assert entities(doc) == {"KitePun": "MODEL", "training time": "METRIC"}
    assert results(doc) == [(None, "34%"), ("training time", "20%")]


def test_a_sentence_opening_with_its_experiments_evaluates_the_data_it_names(nlp):
    doc = nlp("We propose KiteRec. Comparative experiments across three benchmark datasets, Zmall, RetailZorb and Quuxnetica, "
              "demonstrate the model's effectiveness.")
    assert facts(doc, "evaluated_on") == ["Zmall", "RetailZorb", "Quuxnetica"]


def test_values_listed_after_a_measure_are_all_its_values(nlp):
    doc = nlp("We propose KiteGPT. KiteGPT achieves a precision of 0.344, 0.552 and 0.640 when predicting the next code.")
    assert results(doc) == [("precision", "0.344"), ("precision", "0.552"), ("precision", "0.640")]


def test_a_score_against_a_rivals_in_brackets_is_a_result(nlp):
    doc = nlp("We propose KiteGPT. KiteGPT surpasses Zorb R1 on two math benchmarks: ZIME24 (80.3 vs. 79.8) and QMMT25 (50.4 vs. 41.7). "
              "It uses 3 layers (3 vs. 5 layers).")
    assert [(r[2], r[3]) for r in doc._.kg_results] == [("80.3", "ZIME24"), ("50.4", "QMMT25")]


def test_a_measure_the_passive_says_is_reduced_names_the_value(nlp):
    doc = nlp("We propose KiteNet. With KiteNet, the relative error is reduced by about 44%. Prior work is improved by 30%.")
    assert results(doc) == [("relative error", "about 44%"), (None, "30%")]


def test_a_second_measure_after_and_shares_the_verb_of_change(nlp):
    doc = nlp("We propose KiteNet. KiteNet decreases identity switch by 40% and fragmentation by 28%. "
              "We compare KiteNet by 4 and the baselines by 30%.")
    assert results(doc) == [("identity switch", "40%"), ("fragmentation", "28%"), (None, "30%")]


def test_plural_accuracies_measure_the_values_after_them(nlp):
    doc = nlp("We propose KiteNet. KiteNet achieves average accuracies of 82.5%, 72.5%, and 81.6%. "
              "Its loss counterpart has accuracies of 61.0%.")
    assert results(doc) == [
        ("average accuracies", "82.5%"), ("average accuracies", "72.5%"), ("average accuracies", "81.6%"), ("accuracies", "61.0%")
    ]


def test_values_before_as_many_metrics_are_measured_in_turn(nlp):
    doc = nlp("We propose KiteNet. KiteNet achieves improvements of up to 18.19%, 14.81%, and 23.45% in BLEU, ROUGE, and WER, respectively.")
    assert results(doc) == [("BLEU", "up to 18.19%"), ("ROUGE", "14.81%"), ("WER", "23.45%")]


def test_a_score_on_the_next_data_after_a_percentage_is_a_result(nlp):
    doc = nlp("We propose Kite-3. Kite-3-mini achieves 69% on ZMLU and 8.38 on ZT-bench. It runs at 32.6 FPS on ZOT17 and 31.0 FPS on ZOT20.")
    assert [r[2] for r in doc._.kg_results] == ["69%", "8.38", "32.6 FPS", "31.0 FPS"]


def test_decimals_listed_each_for_what_it_measures_share_the_measure(nlp):
    doc = nlp("We propose KiteMood. KiteMood reaches an RMSE of 0.202 for arousal and 0.268 for valence.")
    assert results(doc) == [("RMSE", "0.202"), ("RMSE", "0.268")]


def test_data_a_comparison_uses_without_training_is_evaluated_on(nlp):
    doc = nlp("Using the ZorbMed dataset, we study patients with kidney disease and compare three recurrent architectures.")
    assert facts(doc, "evaluated_on") == ["ZorbMed"] and facts(doc, "uses") == []
    trained = nlp("Using the ZorbMed dataset, we train three recurrent architectures and compare them.")
    assert facts(trained, "evaluated_on") == [] and facts(trained, "uses") == ["ZorbMed"]


def test_a_shared_task_the_papers_submission_is_for_is_evaluated_on(nlp):
    doc = nlp("KiteSpeech at ZWMT 2023\u2029This paper describes our submission to the ZWMT 2023 shared task on terminology translation.")
    assert facts(doc, "evaluated_on") == ["ZWMT 2023"]


def test_demonstrating_effectiveness_on_data_evaluates_on_it(nlp):
    doc = nlp("We propose KiteMed. We explore its effectiveness on datasets including ZBIS-DDSM for mammography and ZHEXPERT for chest radiographs.")
    assert facts(doc, "evaluated_on") == ["ZBIS-DDSM", "ZHEXPERT"]


def test_presenting_results_on_data_proposes_no_data(nlp):
    doc = nlp("We propose KiteLip. We present results on the largest public datasets, Lip Reading Zentences 2 (LRZ2) and Lip Reading Zentences 3 (LRZ3).")
    assert facts(doc, "proposes") == ["KiteLip"]


def test_results_of_decimals_are_scores(nlp):
    doc = nlp("We propose KiteEv, achieving state-of-the-art classification accuracy on the Z-Caltech101 and Z-CARS datasets, "
              "with results of 84.3 and 99.9, respectively.")
    assert [(r[1], r[2], r[3]) for r in doc._.kg_results] == [
        ("classification accuracy", "84.3", "Z-Caltech101"), ("classification accuracy", "99.9", "Z-CARS")
    ]


def test_a_measure_in_terms_of_which_values_are_given_is_their_metric(nlp):
    doc = nlp("KiteRot achieves an average improvement of 34.10% and 25.93% in terms of zorbic coverage.")
    assert results(doc) == [("zorbic coverage", "34.10%"), ("zorbic coverage", "25.93%")]


def test_the_folds_of_a_cross_validation_are_no_result(nlp):
    doc = nlp("With 10-fold cross-validation, KiteRot reaches an accuracy of 91.2% on ZLUE.")
    assert results(doc) == [("accuracy", "91.2%")]


def test_a_number_in_a_compound_adjective_is_no_value(nlp):
    doc = nlp("We present KiteRot, a technique to enhance the efficiency of 4-bit quantization. It reaches an accuracy of 71.2 on ZLUE.")
    assert results(doc) == [("accuracy", "71.2")]
    doc = nlp("We present KiteCast, which enhances the accuracy of 10-day weather forecasting.")
    assert results(doc) == []



def test_a_signal_to_noise_ratio_is_a_condition_not_a_listed_measure(nlp):
    # (the development gold annotates it in 1 of 17 texts: "robust at low signal-to-noise ratio")
    doc = nlp("KiteNet stays robust at a low signal-to-noise ratio and reaches an accuracy of 71.2 on ZLUE.")
    assert entities(doc) == {"KiteNet": "MODEL", "accuracy": "METRIC", "ZLUE": "DATASET"}


@pytest.mark.parametrize("amount", ["181.1 hours of footage", "64.1 hours of TTS-generated speech", "clips from 23 minutes to 16.4 hours"])
def test_an_amount_of_recorded_time_is_no_result(nlp, amount):
    doc = nlp(f"We present KiteSet, which contains {amount}. KiteNet reaches an accuracy of 71.2 on it.")
    assert results(doc) == [("accuracy", "71.2")]
    assert "hours" not in entities(doc)


def test_a_capitalised_word_is_no_model_listed_only_in_capitals(nlp):
    # (BLOOM is listed only in capitals; "Llama" and "Mamba" are listed as written)
    assert entities(nlp("We store the keys in Bloom filters, and the questions follow Bloom's taxonomy.")) == {}
    assert entities(nlp("We compare BLOOM with a 1B-parameter Llama model.")) == {"BLOOM": "MODEL", "Llama": "MODEL"}


def test_a_model_spelled_out_in_a_sentence_naming_a_part_is_proposed_with_low_confidence(nlp):
    doc = nlp("We propose a dark object detector, ZorbDet. The Pyramid Enhancement Network (PENet) decomposes the "
              "image into four components.")
    proposals = {f[1][0]: f[4] for f in doc._.kg_facts if f[0] == "proposes"}
    assert proposals["ZorbDet"] > 0.5 and 0 < proposals["PENet"] < 0.5
    # (not without a proposed model, nor beside a model the paper does not propose)
    doc = nlp("We study dark images. The Pyramid Enhancement Network (PENet) decomposes the image into four components.")
    assert facts(doc, "proposes") == []
    doc = nlp("We propose a dark object detector, ZorbDet. KiteNet uses a Pyramid Enhancement Network (PENet) on images.")
    assert facts(doc, "proposes") == ["ZorbDet"]
    # (nor a model the word lists name: "modal agnostic meta-learning (MAML)")
    doc = nlp("We propose ZorbSampling. It casts the sampling strategy into the model agnostic meta-learning (MAML) framework.")
    assert facts(doc, "proposes") == ["ZorbSampling"]


def test_bit_widths_alone_are_no_name(nlp):
    doc = nlp("We quantize ZorbViT to W4A4, W3A3 and W1.58A8 with little loss.")
    assert entities(doc) == {"ZorbViT": "MODEL"}


def test_quality_assessment_correlations_are_listed_measures(nlp):
    doc = nlp("ZorbIQA reaches an SROCC of 0.91 and a PLCC of 0.93 on ZorbSet, and a KRCC of 0.75.")
    assert results(doc) == [("SROCC", "0.91"), ("PLCC", "0.93"), ("KRCC", "0.75")]


def test_recent_rivals_do_not_make_a_sentence_background(nlp):
    doc = nlp("This study introduces ZorbNet, a model built on KiteNet. The model is evaluated on the ZUH dataset "
              "using a cross-session setup, outperforming baselines, including KiteNet and its recent derivatives.")
    assert facts(doc, "evaluated_on") == ["ZUH"]
    # (but recent work is background: "Recent advances have ...")
    doc = nlp("We propose ZorbNet. Recent advances in QuarryNet have been evaluated on the ZUH dataset.")
    assert facts(doc, "evaluated_on") == []
    # ("recent open-source LLMs (KiteLM, QuarryLM)": the models tested, a class of them named first)
    doc = nlp("We propose ZorbSeg. Testing with recent open-source LLMs (KiteLM, QuarryLM), we set new records.")
    assert facts(doc, "uses") == ["KiteLM", "QuarryLM"]


def test_a_generic_plural_before_a_name_is_no_part_of_it(nlp):
    doc = nlp("We compare LLMs GPT-4o-mini and DeepSeek-V3 on the task, scored by LRAP.")
    assert entities(doc) == {"GPT-4o-mini": "MODEL", "DeepSeek-V3": "MODEL", "LRAP": "METRIC"}


def test_a_knowledge_source_is_used_not_evaluated_on(nlp):
    doc = nlp("We propose ZorbQA, which answers questions over Freebase, and evaluate it on ZorbWebQ and on Wikidata.")
    assert facts(doc, "uses") == ["Freebase", "Wikidata"] and facts(doc, "evaluated_on") == ["ZorbWebQ"]


def test_powered_by_grounded_in_and_built_with_name_a_base(nlp):
    doc = nlp("We introduce ZorbFix, our technique to generate feedback powered by KiteCodex.")
    assert facts(doc, "based_on") == [("ZorbFix", "KiteCodex")]
    doc = nlp("We introduce ZorbMem, a novel memory architecture grounded in the QuarryPPO framework.")
    assert facts(doc, "based_on") == [("ZorbMem", "QuarryPPO")]
    doc = nlp("We propose ZorbAMC for modulation classification. Specifically, ZorbAMC is built using convolutional "
              "architectures, including ResNet-18 and MobileNetv2.")
    assert facts(doc, "based_on") == [("ZorbAMC", "ResNet-18"), ("ZorbAMC", "MobileNetv2")]


def test_this_is_a_study_is_the_papers_own_voice(nlp):
    doc = nlp("This is a comparative study of three deep learning models, BERT, ZorbBERT and KiteFiT, in sentiment analysis.")
    assert facts(doc, "uses") == ["BERT", "ZorbBERT", "KiteFiT"]
    doc = nlp("This article compares ZorbBERT with KiteFiT on earnings calls.")
    assert "ZorbBERT" in facts(doc, "uses")


def test_a_later_proposing_verb_of_the_same_subject_proposes(nlp):
    doc = nlp("In this paper, we propose using scribbles to annotate LiDAR point clouds and release ZorbKITTI, "
              "the first scribble-annotated dataset for LiDAR segmentation.")
    assert facts(doc, "proposes") == ["ZorbKITTI"]
    # (not another subject's verb: "and KiteNet introduced ...")
    doc = nlp("We propose ZorbNet, and QuarryNet, which is older, introduced KiteSet.")
    assert "KiteSet" not in facts(doc, "proposes")


def test_our_data_set_named_by_apposition_is_proposed_even_if_well_known(nlp):
    doc = nlp("We introduce two benchmarks. Our first benchmark, ImageNet-C, standardizes corruption robustness.")
    assert facts(doc, "proposes") == ["ImageNet-C"]
    # (a model needs a naming word: "our backbone, BERT" is used)
    doc = nlp("We propose ZorbNet. Our model, BERT, is fine-tuned on ZorbSet.")
    assert "BERT" not in facts(doc, "proposes")


def test_a_sentence_of_results_with_no_model_before_its_comparison_is_the_papers_own(nlp):
    doc = nlp("We present ZorbLog, a chatbot for log analysis. Results demonstrate significant performance improvements "
              "over state-of-the-art chatbots, including KiteChat and QuarryPDF.")
    assert facts(doc, "compared_to") == [("ZorbLog", "KiteChat"), ("ZorbLog", "QuarryPDF")]
    # (a model before the cue is the comparison's own subject)
    doc = nlp("We present ZorbLog. Results show that KiteChat outperforms QuarryPDF.")
    assert ("ZorbLog", "QuarryPDF") not in facts(doc, "compared_to")


def test_a_kind_noun_may_stand_between_a_model_and_its_verb_of_comparison(nlp):
    doc = nlp("We study routers for sparse mixtures of experts. In sparse MoE, ZorbChoice routers generally outperform KiteChoice routers.")
    assert facts(doc, "compared_to") == [("ZorbChoice", "KiteChoice")]


def test_a_modified_model_the_papers_model_uses_is_its_base(nlp):
    doc = nlp("We propose ZorbCO, a solver for routing problems. ZorbCO uses a modified KiteForce algorithm that forces diverse rollouts.")
    assert facts(doc, "based_on") == [("ZorbCO", "KiteForce")]


def test_a_language_pair_of_generic_words_names_no_data_set(nlp):
    doc = nlp("We propose KiteMT. KiteMT outperforms ZorbMT on the English-German and Chinese-English test sets.")
    assert entities(doc) == {"KiteMT": "MODEL", "ZorbMT": "MODEL"}


def test_what_a_model_was_quantized_compiled_or_exported_with_qualifies_it(nlp):
    doc = nlp("We serve ZorbLM-quantized KiteLlama and a KiteRT-compiled ZorbNet, as an ONNX-exported KiteBoost classifier.")
    assert {"KiteLlama", "ZorbNet", "KiteBoost"} <= set(entities(doc))


def test_what_we_named_after_a_comma_is_proposed(nlp):
    doc = nlp("We propose a segmentation model, which we named ZorbSegDiff. We verify ZorbSegDiff on three tasks.")
    assert facts(doc, "proposes") == ["ZorbSegDiff"]


def test_a_listed_measures_letters_spelling_out_the_papers_own_name_are_no_measure(nlp):
    doc = nlp("We propose Deep Scan Context (DSC), a global descriptor of point clouds. DSC outperforms KiteNet on KITTI.")
    assert entities(doc)["DSC"] == "MODEL" and facts(doc, "proposes") == ["DSC"]
    doc = nlp("We collect the Meme Context Corpus (MCC) and train KiteNet on MCC.")
    assert entities(doc)["MCC"] == "DATASET"
    # (spelled out as a measure, it stays one)
    doc = nlp("KiteNet reaches a Matthews correlation coefficient (MCC) of 0.61.")
    assert entities(doc)["MCC"] == "METRIC"


def test_data_a_model_was_initialised_or_trained_on_is_used_not_evaluated_on(nlp):
    doc = nlp("We propose ZorbSam. A ZorbSam-initialized ViT surpasses ImageNet-initialized models in downstream segmentation tasks.")
    assert facts(doc, "evaluated_on") == [] and "ImageNet" in facts(doc, "uses")
    doc = nlp("We propose ZorbGAN. We validate ZorbGAN on CIFAR-10, achieving high Inception scores with the features of an ImageNet classifier.")
    assert facts(doc, "evaluated_on") == ["CIFAR-10"] and facts(doc, "uses") == ["ImageNet"]


def test_a_name_ending_in_data_set_is_a_data_set(nlp):
    doc = nlp("We release the Zorb Data Set, and evaluate KiteNet on the Kite Data Set.")
    assert entities(doc) == {"Zorb Data Set": "DATASET", "KiteNet": "MODEL", "Kite Data Set": "DATASET"}


def test_a_listed_measure_heading_a_title_that_spells_out_a_method_is_no_measure():
    (found,) = extract([Paper("d", "DER: Dynamically Expandable Representation for Class Incremental Learning",
                              "We propose a two-stage learning approach that utilizes a dynamically expandable representation.")])
    assert [(e.name, e.type) for e in found.entities] == [("DER", "MODEL")] and found.names("proposes") == ["DER"]
    # (a measure's own paper keeps it a measure)
    (found,) = extract([Paper("s", "SPICE: Semantic Propositional Image Caption Evaluation", "We propose a new caption metric.")])
    assert [(e.name, e.type) for e in found.entities] == [("SPICE", "METRIC")]


def test_a_type_noun_after_a_few_modifiers_right_before_a_name_types_it(nlp):
    doc = nlp("In this paper, we propose the first large-scale dataset ZORBQ, containing questions used in exams.")
    assert entities(doc) == {"ZORBQ": "DATASET"}


def test_a_data_set_the_paper_introduces_and_runs_models_on_is_evaluated_on(nlp):
    doc = nlp("In this study, we present a new multi-hop QA dataset, called ZorbHopQA. "
              "Through experiments, we demonstrate that our dataset is challenging for multi-hop models.")
    assert facts(doc, "proposes") == ["ZorbHopQA"] and facts(doc, "evaluated_on") == ["ZorbHopQA"]
    # (not where the paper's own model is what its experiments run, nor where nothing is run)
    doc = nlp("We propose ZorbNet and a new dataset, called ZorbHopQA. Experiments show that ZorbNet is accurate.")
    assert "ZorbHopQA" not in facts(doc, "evaluated_on")
    doc = nlp("In this study, we present a new multi-hop QA dataset, called ZorbHopQA, with reasoning paths.")
    assert facts(doc, "evaluated_on") == []


def test_a_count_of_folds_after_a_data_set_is_no_version_of_it(nlp):
    doc = nlp("KiteNet achieves 79.2% on ZorbSeg 6 fold for segmentation.")
    assert entities(doc) == {"KiteNet": "MODEL", "ZorbSeg": "DATASET"}


def test_a_name_taken_as_a_baseline_is_a_model(nlp):
    doc = nlp("We propose KiteNet. With Zorb-MAE as our baseline, KiteNet reaches 86.3% accuracy on ScanObjectNN.")
    assert entities(doc)["Zorb-MAE"] == "MODEL"


def test_a_capitalised_adjective_with_a_descriptive_suffix_names_nothing(nlp):
    doc = nlp("We propose a novel Relation-aware framework, named ZRKD, for segmentation.")
    assert entities(doc) == {"ZRKD": "MODEL"} and facts(doc, "proposes") == ["ZRKD"]
    # (a name before "-based" is still one)
    doc = nlp("We propose a Zorbformer-based segmenter.")
    assert entities(doc) == {"Zorbformer": "MODEL"}
    # (but before another capitalised word of a name it is one of its words)
    doc = nlp("In ZorbNet, we propose a Nonlinear Frequency-aware Attention mechanism for enhancement.")
    assert entities(doc) == {"ZorbNet": "MODEL", "Nonlinear Frequency-aware Attention": "MODEL"}
    doc = nlp("In ZorbNet, we propose a Frequency-aware Attention mechanism for enhancement.")
    assert entities(doc) == {"ZorbNet": "MODEL", "Frequency-aware Attention": "MODEL"}


def test_a_short_form_opening_with_a_digit_is_spelled_out_by_a_long_form_opening_with_it(nlp):
    doc = nlp("We propose 3D Zorbian Splatting (3DZS), a powerful representation. 3DZS is fast.")
    assert typed_with_aliases(doc)["3DZS"] == ("MODEL", ["3D Zorbian Splatting"])
    # (and a digit the long form spells out in words: "Zero-shot ... (0SHOT-TC)", a task, is no name)
    doc = nlp("Zero-shot text classification (0SHOT-TC) is a hard problem. This work benchmarks the 0SHOT-TC problem with datasets.")
    assert entities(doc) == {}


def test_a_model_the_paper_proposes_to_use_or_builds_on_is_not_its_own(nlp):
    doc = nlp("In this paper, we propose to use deep zorbregressive networks (DeepZR) in tandem with counterfactual analysis.")
    assert facts(doc, "proposes") == [] and facts(doc, "uses") == ["DeepZR"]
    doc = nlp("We propose a novel approach to detect manatee calls building on the Audio Zorbogram Transformer (AZT).")
    assert facts(doc, "proposes") == [] and facts(doc, "uses") == ["AZT"]
    doc = nlp("In this work, we propose altering ZorbNet, a state-of-the-art captioning model, to read the text in images.")
    assert facts(doc, "proposes") == [] and facts(doc, "uses") == ["ZorbNet"]
    # (but what the paper names as its new technique is its own, as is what "a new method based on" spells out)
    doc = nlp("We propose to reduce the burden on LLMs by using a new technique called Pairwise Zorb Prompting (PZP).")
    assert facts(doc, "proposes") == ["PZP"]
    doc = nlp("To alleviate this, we propose a new supervised pre-training method based on Leave-One-Out Zorb-Nearest-Kite, or LOZK for short.")
    assert facts(doc, "proposes") == ["LOZK"]
    doc = nlp("We design a very simple baseline that predicts the class based on the nearest mean feature; i.e., Nearest Zorb Classifier (NZC).")
    assert facts(doc, "proposes") == ["NZC"]


def test_values_listed_with_labels_before_or_after_their_measure_are_each_results(nlp):
    doc = nlp("We propose ZorbSeg. ZorbSeg achieves Dice scores of 0.929 (WT), 0.856 (TC), and 0.821 (ET) on the test set.")
    assert [r[2] for r in doc._.kg_results] == ["0.929", "0.856", "0.821"]
    doc = nlp("We propose ZorbSeg. Our model resulted in 92.19, 87.75, and 83.18 Dice Scores in WT, TC, and ET, respectively.")
    assert [r[2] for r in doc._.kg_results] == ["92.19", "87.75", "83.18"]
    doc = nlp("We propose ZorbQA. The ROC AUC values were 0.95 and 0.99 for the two classes.")
    assert [(r[1], r[2]) for r in doc._.kg_results] == [("ROC AUC", "0.95"), ("ROC AUC", "0.99")]
    # (slashed decimals right before one measure, but not ones whose last carries a unit)
    doc = nlp("We propose ZorbMT. Our best results are 15.8/12.7 BLEU, at 4.45/6.68 ms latency.")
    assert [(r[1], r[2]) for r in doc._.kg_results] == [("BLEU", "15.8"), ("BLEU", "12.7"), ("latency", "6.68 ms")]


def test_a_model_in_brackets_after_a_value_is_its_subject_and_no_later_values(nlp):
    doc = nlp("We compare ZorbPath and KitePath. Normalization cut slide-dependence by 5.5% (ZorbPath) to 20.5% (KitePath).")
    assert [(r[0], r[2]) for r in doc._.kg_results] == [("ZorbPath", "5.5%"), ("KitePath", "20.5%")]
    # (a label in brackets that the text takes for a name is the subject of no value after it)
    doc = nlp("This model achieves Dice scores of 0.929 (WT), 0.856 (TC), and 0.821 (ET).")
    assert [(r[0], r[2]) for r in doc._.kg_results][1:] == [(None, "0.856"), (None, "0.821")]


def test_what_the_paper_proposes_it_does_not_also_use(nlp):
    doc = nlp("Specifically, we propose a Zorb Language Graph Convolution Network (ZL-GCN) to model the dynamics and "
              "a novel Separable Kite Convolution Network (SKCN) to exploit skeleton features.")
    assert sorted(facts(doc, "proposes")) == ["SKCN", "ZL-GCN"] and facts(doc, "uses") == []


def test_a_name_dubbed_for_the_papers_resulting_module_or_opening_its_sentence_is_proposed(nlp):
    doc = nlp("We study style transfer. The resultant module, dubbed ZorbA2K, shows extraordinary performance.")
    assert facts(doc, "proposes") == ["ZorbA2K"]
    doc = nlp("Dubbed ZORB-AL, our method groups the original point clouds into superpoints.")
    assert facts(doc, "proposes") == ["ZORB-AL"]


def test_a_data_set_written_with_its_noun_has_that_as_another_name():
    (found,) = extract([Paper("k", "A", "We evaluate ZorbNet on the KITTI raw dataset and on the Zorb corpus.")])
    aliases = {e.name: e.aliases for e in found.entities}
    assert set(aliases["KITTI"]) == {"KITTI raw dataset", "KITTI raw"} and aliases["Zorb"] == ["Zorb corpus"]
    # (and with a shared task's or a challenge's title-case words: "the WMT 2019 Metrics Shared Task")
    (found,) = extract([Paper("w", "A", "We evaluate ZorbNet on the WMT 2019 Metrics Shared Task.")])
    assert "WMT 2019 Metrics Shared Task" in {e.name: e.aliases for e in found.entities}["WMT 2019"]


def test_a_measure_written_with_its_noun_has_that_as_another_name():
    # (a score was already named either way; ratings, rates and values now are too)
    (found,) = extract([Paper("m", "A", "We propose ZorbNet. ZorbNet reaches Elo ratings of 1200 and a BLEU value of 31.2.")])
    aliases = {e.name: e.aliases for e in found.entities}
    assert aliases["Elo"] == ["Elo ratings"] and aliases["BLEU"] == ["BLEU value"]


def test_a_model_part_written_with_its_noun_has_that_as_another_name():
    (found,) = extract([Paper("g", "A", "We propose ZorbNet. ZorbNet stacks the proposed ZID block with a GhostZ module.")])
    aliases = {e.name: e.aliases for e in found.entities}
    assert aliases["ZID"] == ["ZID block"] and aliases["GhostZ"] == ["GhostZ module"]


def test_the_measure_a_sentence_closes_on_in_terms_of_serves_its_earlier_values(nlp):
    doc = nlp("We propose ZorbAST. ZorbAST outperforms KiteAST by 22.2%, 4.4% and 4.7% on ZorbSounds, KiteKitchens and "
              "QuarrySound in terms of the top-1 accuracy.")
    assert [(r[1], r[2]) for r in doc._.kg_results] == [("top-1 accuracy", "22.2%"), ("top-1 accuracy", "4.4%"), ("top-1 accuracy", "4.7%")]


def test_a_model_composed_of_another_is_based_on_it(nlp):
    doc = nlp("This paper presents ZIPS-3D, a 3D-aware generator that is composed of a shallow KiteRF network and a deep implicit network.")
    assert facts(doc, "based_on") == [("ZIPS-3D", "KiteRF")]


def test_our_solution_is_x_our_bot_x_and_the_method_called_x_name_the_papers_own(nlp):
    doc = nlp("We detect machine text. The method, called Zinoculars, achieves state-of-the-art accuracy without training data.")
    assert facts(doc, "proposes") == ["Zinoculars"]
    doc = nlp("Our solution is ZMIX, a novel value-based method that can train decentralised policies.")
    assert facts(doc, "proposes") == ["ZMIX"]
    doc = nlp("Like AlphaZero, our bot ZataGo only learns from self-play. ZataGo surpasses ELF after 19 days.")
    assert facts(doc, "proposes") == ["ZataGo"]


def test_superiority_over_a_model_compares_with_it(nlp):
    doc = nlp("We propose ZorbHTS. We evaluate ZorbHTS on four chemistry tasks and demonstrate its superiority over "
              "strong baselines, including KiteGPT and QuarryDFM.")
    assert facts(doc, "compared_to") == [("ZorbHTS", "KiteGPT"), ("ZorbHTS", "QuarryDFM")]
