"""The character-level NER: its features, its gold tags, token splitting, and that it learns."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.tokens import Doc, Span
from spacy.training import Example
from thinc.api import Adam, fix_random_seed

from govnews_extract.components.char_ner import (
    CHAR_COLUMNS,
    CharTagger,
    char_feature_rows,
    code_points,
    gold_char_tags,
    trim_spaces,
)
from govnews_extract.components.tokens import split_tokens_at


@pytest.fixture()
def vocab() -> spacy.vocab.Vocab:
    return spacy.blank("zh").vocab


def _doc(vocab: spacy.vocab.Vocab, *words: str) -> Doc:
    return Doc(vocab, words=list(words), spaces=[False] * len(words))


def test_feature_rows_one_per_character(vocab) -> None:
    doc = _doc(vocab, "李强", "在", "北京市")
    rows = char_feature_rows(doc)
    assert rows.shape == (6, len(CHAR_COLUMNS))
    chars = code_points("李强在北京市")
    assert rows[:, 0].tolist() == chars.tolist()
    # the word column repeats the word's NORM over its characters
    norms = [vocab.strings.add(w) for w in ("李强", "李强", "在", "北京市", "北京市", "北京市")]
    assert rows[:, 3].tolist() == norms
    # position in word: B E S B M E, folded with the character
    assert (rows[:, 4] & 7).tolist() == [0, 2, 3, 0, 1, 2]
    assert (rows[:, 4] >> 3).tolist() == chars.tolist()


def test_bigrams_see_the_neighbours(vocab) -> None:
    rows = char_feature_rows(_doc(vocab, "北京", "京剧"))
    # the two 京 have the same character but different bigrams on both sides
    assert rows[1, 0] == rows[2, 0]
    assert rows[1, 1] != rows[2, 1]
    assert rows[1, 2] != rows[2, 2]
    # the right bigram of one character is the left bigram of the next, shifted
    assert rows[0, 2] == rows[1, 1]


def test_empty_doc_has_no_rows(vocab) -> None:
    assert char_feature_rows(Doc(vocab, words=[])).shape == (0, len(CHAR_COLUMNS))


def test_whitespace_is_outside_any_word(vocab) -> None:
    doc = Doc(vocab, words=["ab", "cd"], spaces=[True, False])
    rows = char_feature_rows(doc)
    assert len(rows) == 5
    assert rows[2, 3] == 0
    assert rows[2, 4] & 7 == 4


def test_split_tokens_at_entity_edges(vocab) -> None:
    doc = _doc(vocab, "高明光在", "北京", "。", "他", "说")
    doc.spans["paragraphs"] = [doc[0:3], doc[3:5]]
    split_tokens_at(doc, [0, 3, 4])
    assert [t.text for t in doc] == ["高明光", "在", "北京", "。", "他", "说"]
    assert [s.text for s in doc.spans["paragraphs"]] == ["高明光在北京。", "他说"]
    assert doc.text == "高明光在北京。他说"


def test_split_keeps_untouched_docs(vocab) -> None:
    doc = _doc(vocab, "北京", "市")
    split_tokens_at(doc, [0, 2, 3])
    assert [t.text for t in doc] == ["北京", "市"]


def test_spans_never_start_or_end_with_whitespace() -> None:
    text = "会见\n哈桑 。 \n"
    spans = [(2, 5, 0), (5, 6, 1), (7, 9, 1), (4, 6, 2)]
    assert trim_spaces(text, spans) == [(3, 5, 0), (4, 5, 2)]


def test_gold_tags_by_character_whatever_the_reference_tokens(vocab) -> None:
    reference = _doc(vocab, *"中方访华")
    reference.ents = [Span(reference, 3, 4, label="PLACE")]
    predicted = _doc(vocab, "中方", "访华")
    assert gold_char_tags(Example(predicted, reference)) == ["O", "O", "O", "U-PLACE"]
    reference.ents = [Span(reference, 0, 2, label="ORG")]
    assert gold_char_tags(Example(predicted, reference)) == ["B-ORG", "L-ORG", "O", "O"]


def test_unannotated_reference_tokens_are_missing(vocab) -> None:
    reference = _doc(vocab, "李", "强", "说")
    reference.set_ents([Span(reference, 0, 2, label="PERSON")], missing=[reference[2:3]])
    assert gold_char_tags(Example(_doc(vocab, "李强", "说"), reference)) == [
        "B-PERSON",
        "L-PERSON",
        None,
    ]


def _encoder(width: int, depth: int) -> dict:
    return {
        "@architectures": "spacy.MaxoutWindowEncoder.v2",
        "width": width,
        "depth": depth,
        "window_size": 1,
        "maxout_pieces": 2,
    }


#: A character-only tok2vec (``ZhCharEmbed.v1``).
CHAR_TOK2VEC = {
    "@architectures": "spacy.Tok2Vec.v2",
    "embed": {
        "@architectures": "govnews.ZhCharEmbed.v1",
        "width": 32,
        "rows": [500, 500, 500, 500, 500],
        "maxout_pieces": 2,
    },
    "encode": _encoder(32, 2),
}

#: Words in context joined with characters (``WordCharTok2Vec.v1``).
WORD_CHAR_TOK2VEC = {
    "@architectures": "govnews.WordCharTok2Vec.v1",
    "width": 32,
    "depth": 1,
    "word_tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "govnews.ZhHashEmbed.v1",
            "width": 32,
            "rows": [500, 100, 100, 50],
            "maxout_pieces": 2,
        },
        "encode": _encoder(32, 2),
    },
    "char_embed": {
        "@architectures": "govnews.ZhCharEmbed.v2",
        "width": 16,
        "rows": [500, 500, 500, 500, 500, 50],
        "maxout_pieces": 2,
    },
}

#: The same with paragraph-wide BiLSTMs over the words and the characters (as shipped).
WORD_CHAR_BILSTM_TOK2VEC = {**WORD_CHAR_TOK2VEC, "depth": 0, "word_bilstm": True, "char_bilstm": True}


def _tiny_pipeline(tok2vec: dict) -> spacy.language.Language:
    import govnews_extract.components.char_ner  # noqa: F401

    nlp = spacy.blank("zh")
    model = {"@architectures": "spacy.Tagger.v2", "nO": None, "normalize": False}
    nlp.add_pipe("govnews_char_ner", name="ner", config={"model": {**model, "tok2vec": tok2vec}})
    return nlp


def _example(nlp: spacy.language.Language, words: list[str], person: tuple[int, int]) -> Example:
    predicted = _doc(nlp.vocab, *words)
    text = "".join(words)
    reference = _doc(nlp.vocab, *text)
    reference.ents = [Span(reference, *person, label="PERSON")]
    return Example(predicted, reference)


@pytest.mark.parametrize(
    "tok2vec",
    [CHAR_TOK2VEC, WORD_CHAR_TOK2VEC, WORD_CHAR_BILSTM_TOK2VEC],
    ids=["chars", "words+chars", "words+chars+bilstm"],
)
def test_learns_a_name_inside_a_word_and_splits_the_token(tok2vec: dict) -> None:
    """The segmenter glued the name to 在 (高明光在); the tagger still finds the name."""
    fix_random_seed(0)
    nlp = _tiny_pipeline(tok2vec)
    examples = [
        _example(nlp, ["高明光在", "北京", "工作"], (0, 3)),
        _example(nlp, ["今天", "王小明", "来", "了"], (2, 5)),
        _example(nlp, ["北京", "工作"], (0, 0)),
    ]
    examples[2].reference.ents = []
    ner = nlp.get_pipe("ner")
    assert isinstance(ner, CharTagger)
    nlp.initialize(lambda: examples)
    optimizer = Adam(0.01)
    for _ in range(60):
        nlp.update(examples, sgd=optimizer)
    doc = nlp(_doc(nlp.vocab, "高明光在", "北京", "工作"))
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("高明光", "PERSON")]
    assert [t.text for t in doc] == ["高明光", "在", "北京", "工作"]
    scores = ner.model.predict([_doc(nlp.vocab, "今天", "王小明", "来", "了")])[0]
    assert numpy.asarray(scores).shape == (7, len(ner.tags))


@pytest.mark.parametrize(
    "tok2vec", [WORD_CHAR_TOK2VEC, WORD_CHAR_BILSTM_TOK2VEC], ids=["words+chars", "bilstm"]
)
def test_word_cache_changes_nothing_but_speed(tok2vec: dict) -> None:
    """With the word branch memoised, the scores are those of the full model."""
    fix_random_seed(1)
    nlp = _tiny_pipeline(tok2vec)
    examples = [_example(nlp, ["高明光在", "北京", "工作"], (0, 3))]
    nlp.initialize(lambda: examples)
    ner = nlp.get_pipe("ner")
    docs = [_doc(nlp.vocab, "今天", "王小明", "在", "北京"), _doc(nlp.vocab, "高明光在", "北京")]
    plain = [numpy.asarray(s) for s in ner.model.predict(docs)]
    assert ner.enable_cache()
    for _ in range(2):  # filling the cache, then reading it
        cached = [numpy.asarray(s) for s in ner.model.predict(docs)]
        for a, b in zip(plain, cached, strict=True):
            numpy.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-5)
    ner.disable_cache()


def test_character_only_model_has_no_word_cache() -> None:
    nlp = _tiny_pipeline(CHAR_TOK2VEC)
    nlp.initialize(lambda: [_example(nlp, ["高明光在", "北京"], (0, 3))])
    assert not nlp.get_pipe("ner").enable_cache()


def test_convention_flag_is_a_feature_of_every_character(vocab) -> None:
    from govnews_extract.components.char_ner import CONVENTION_KEY

    news = _doc(vocab, "中方", "访华")
    msra = _doc(vocab, "中方", "访华")
    msra.user_data[CONVENTION_KEY] = "msra"
    plain, flagged = (char_feature_rows(d, word_tags=True, convention=True) for d in (news, msra))
    assert plain.shape == flagged.shape == (4, 7)
    assert (plain[:, :6] == flagged[:, :6]).all()
    assert len(set(plain[:, 6])) == len(set(flagged[:, 6])) == 1
    assert plain[0, 6] != flagged[0, 6]


def test_training_copies_the_convention_to_the_predicted_doc(vocab) -> None:
    from govnews_extract.components.char_ner import CONVENTION_KEY, copy_convention

    reference = _doc(vocab, *"中方访华")
    reference.user_data[CONVENTION_KEY] = "msra"
    example = Example(_doc(vocab, "中方", "访华"), reference)
    copy_convention([example])
    assert example.predicted.user_data[CONVENTION_KEY] == "msra"


def test_lexicon_marks_known_places_organisations_and_surnames(vocab) -> None:
    from govnews_extract.components.char_ner import LexiconMarks

    marks = LexiconMarks()
    text = "象山县和国务院的王某"
    keys = marks.keys(text, code_points(text)).tolist()
    kind = [key >> 3 & 7 for key in keys]
    position = [key & 7 for key in keys]
    surname = [key >> 6 for key in keys]
    assert kind == [2, 2, 2, 0, 1, 1, 1, 0, 0, 0]  # place, -, organisation, -
    assert position[:3] == [0, 1, 2] and position[4:7] == [0, 1, 2]  # B M E
    assert surname[8] == 1 and surname[9] == 0  # 王 is a surname, 某 is not


def test_lexicon_column_only_in_v4_rows(vocab) -> None:
    from govnews_extract.components.char_ner import CHAR_COLUMNS_V4, LexiconMarks

    doc = _doc(vocab, "象山", "发展", "经济")
    rows = char_feature_rows(doc, word_tags=True, convention=True, lexicon=LexiconMarks())
    assert rows.shape == (6, len(CHAR_COLUMNS_V4))
    v3 = char_feature_rows(doc, word_tags=True, convention=True)
    assert (rows[:, :7] == v3).all()
    assert rows[0, 7] != rows[2, 7]  # 象 starts a known place, 发 is in none
