"""The shipped NER model loads offline through ``add_ner`` and finds obvious entities.

Sentences are hand-written (not from any corpus). The model is statistical, so each check
asks only for a clear case: a full Chinese name next to a title, a province, a ministry.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.strings import StringStore, hash_string

from govnews_extract.components.ner import (
    NER_LABELS,
    CharHashes,
    add_ner,
    load_ner_labels,
    model_path,
)
from govnews_extract.segmenter import JiebaSegmenter


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.blank("zh")
    pipeline.tokenizer = JiebaSegmenter(pipeline.vocab)
    add_ner(pipeline)
    return pipeline


def _ents(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(ent.text, ent.label_) for ent in nlp(text).ents}


def test_model_is_packaged_and_small() -> None:
    path = model_path()
    assert (path / "config.cfg").is_file()
    assert (path / "ner" / "model").is_file()
    size = sum(p.stat().st_size for p in Path(str(path)).rglob("*") if p.is_file())
    assert size < 25_000_000
    assert set(load_ner_labels()) == set(NER_LABELS)


def test_add_ner_uses_our_segmenter(nlp: Language) -> None:
    assert nlp.pipe_names == ["ner", "ner_name_runs"]
    assert isinstance(nlp.tokenizer, JiebaSegmenter)
    assert set(nlp.get_pipe("ner").labels) == set(NER_LABELS)


def test_person_and_province(nlp: Language) -> None:
    ents = _ents(nlp, "河北省副省长王建国昨天在石家庄市主持召开全省农业工作会议。")
    assert ("王建国", "PERSON") in ents
    assert any(label == "PLACE" and text.startswith("河北") for text, label in ents)


def test_place_and_person_in_report(nlp: Language) -> None:
    ents = _ents(nlp, "新华社北京３月５日电　外交部发言人李明华今天在记者会上回答了提问。")
    assert ("李明华", "PERSON") in ents
    assert ("北京", "PLACE") in ents


def test_organisation(nlp: Language) -> None:
    ents = _ents(nlp, "国务院办公厅和财政部联合印发通知，要求各地加强资金管理。")
    assert any(label == "ORG" for _, label in ents)


def test_no_entities_in_plain_sentence(nlp: Language) -> None:
    assert _ents(nlp, "我们要进一步提高认识，加强领导，认真做好各项工作。") == set()


def test_entities_are_on_token_boundaries(nlp: Language) -> None:
    doc = nlp("江苏省南京市人民政府今天召开新闻发布会，市长张伟出席。")
    for ent in doc.ents:
        assert ent.label_ in NER_LABELS
        assert doc.text[ent.start_char : ent.end_char] == ent.text


def test_embedding_cache_gives_the_same_entities(nlp: Language) -> None:
    texts = [
        "河北省副省长王建国昨天在石家庄市主持召开全省农业工作会议。",
        "国务院办公厅和财政部联合印发通知，要求各地加强资金管理。",
        "新华社北京３月５日电　外交部发言人李明华今天在记者会上回答了提问。",
    ] * 2
    ner = nlp.get_pipe("ner")
    if not hasattr(ner, "disable_cache"):
        pytest.skip("the packaged model is not the BILUO tagger")
    cached = [[(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]
    ner.disable_cache()
    try:
        plain = [[(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]
    finally:
        ner.enable_cache()
    assert cached == plain


@pytest.mark.parametrize(
    ("word", "positions", "characters"),
    [
        ("王建国", (0, -1), ("王", "国")),
        ("王建国", (0, -1, 1, -2), ("王", "国", "建", "建")),
        ("省", (0, -1, 1, -2), ("省", "省", "", "")),
        ("内塔尼亚胡", (0, -1, 1, -2), ("内", "胡", "塔", "亚")),
    ],
)
def test_character_features_hash_the_characters_at_their_positions(word, positions, characters):
    strings = StringStore([word])
    hashes = CharHashes(positions)
    expected = tuple(hash_string(character) for character in characters)
    assert hashes([strings[word]], strings) == [expected]
    assert hashes([strings[word]], strings) == [expected]  # remembered, same answer


@pytest.mark.parametrize(
    ("text", "inside"), [("中方对此表示欢迎。", "中"), ("法国总统访华期间会见了李强。", "华")]
)
def test_msra_convention_finds_a_place_inside_a_word(nlp: Language, text: str, inside: str) -> None:
    """Read as news, 中方 / 访华 hold no place; under MSRA's convention the model tags the
    character and splits the word so that ``doc.ents`` holds it exactly."""
    from govnews_extract.components.char_ner import CONVENTION_KEY

    news = nlp(text)
    assert (inside, "PLACE") not in {(e.text, e.label_) for e in news.ents}
    doc = nlp.make_doc(text)
    doc.user_data[CONVENTION_KEY] = "msra"
    doc = nlp.get_pipe("ner")(doc)
    assert (inside, "PLACE") in {(e.text, e.label_) for e in doc.ents}
    assert inside in [t.text for t in doc]


def test_numpy_matmul_gives_the_entities_of_blis(nlp: Language) -> None:
    """``add_ner`` swaps thinc's blis for numpy's BLAS (faster); the entities do not change."""
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_info

    texts = [
        "国务院总理李强在北京会见了法国总统马克龙。",
        "浙江省杭州市人民政府办公厅印发通知。",
        "记者王晓东摄",
    ]
    ner = nlp.get_pipe("ner")
    threads_before = [pool["num_threads"] for pool in threadpool_info()]
    with_numpy = [[(e.start_char, e.end_char, e.label_) for e in nlp(t).ents] for t in texts]
    assert [pool["num_threads"] for pool in threadpool_info()] == threads_before
    blis = NumpyOps()
    for node in ner.model.walk():
        node.ops = blis
    try:
        with_blis = [[(e.start_char, e.end_char, e.label_) for e in nlp(t).ents] for t in texts]
    finally:
        ner.use_numpy_matmul()
    assert with_numpy == with_blis
    assert any(with_numpy)


def _gazetteer_column(pipeline: Language, text: str) -> list[int]:
    layer = next(
        layer
        for layer in pipeline.get_pipe("ner").model.walk()
        if layer.name == "govnews_zh_char_features"
    )
    assert layer.attrs["columns"][-1] == "LEXICON"
    return layer.predict([pipeline.make_doc(text)])[0][:, -1].tolist()


def test_shipped_model_reads_the_gazetteer_with_the_rules_lexicon_additions() -> None:
    from govnews_extract.pipeline import build_pipeline

    text = "象山县和乌有乡"  # a county of the gazetteer, then an invented township
    plain = _gazetteer_column(build_pipeline(), text)
    assert plain[:3] != [0, 0, 0] and plain[4:] == [0, 0, 0]
    extended = build_pipeline(extra_lexicon_entries={"places": ["乌有乡"]})
    assert _gazetteer_column(extended, text)[4:] == plain[:3]  # B M E of a place, like 象山县
