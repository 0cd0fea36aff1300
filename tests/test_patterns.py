"""Pattern templates: which clause marks a fragment can never match, and long lexicons
split for speed that match as the whole list does."""

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from govnews_extract.patterns import (
    CLAUSE_PUNCTUATION,
    LONG_LIST,
    characters_never_matched,
    compile_template,
    compiled_fragment,
)

LISTS = {"plain": ["省委", "书记"], "with_comma": ["甲,乙"], "full_width": ["甲；乙"]}


@pytest.mark.parametrize(
    ("template", "never"),
    [
        pytest.param(r"\p{Han}{1,4}(?:、\p{Han}+)*", CLAUSE_PUNCTUATION, id="han-and-dunhao"),
        pytest.param("{lexicon:plain}", CLAUSE_PUNCTUATION, id="plain-lexicon"),
        pytest.param("{lexicon:with_comma}", CLAUSE_PUNCTUATION - {","}, id="lexicon-entry"),
        pytest.param(
            "{lexicon:full_width}", CLAUSE_PUNCTUATION - {";"}, id="full-width-entry-folded"
        ),
        pytest.param(r"\p{Han}+[,;]", CLAUSE_PUNCTUATION - {",", ";"}, id="class-members"),
        pytest.param(r"[0-9]+", CLAUSE_PUNCTUATION, id="range-without-marks"),
        pytest.param(r"[!-~]", frozenset({"。", "\n"}), id="range-with-marks"),
        pytest.param(r"\p{Han}\?", CLAUSE_PUNCTUATION - {"?"}, id="escaped-literal"),
        pytest.param(r"\p{Han}\s", CLAUSE_PUNCTUATION - {"\n"}, id="whitespace-class"),
        pytest.param(r"\p{Han}.", frozenset(), id="dot-takes-anything"),
        pytest.param(r"[^a]", frozenset(), id="negated-class"),
        pytest.param(r"\S+", frozenset(), id="non-space-class"),
    ],
)
def test_characters_never_matched(template, never):
    """A caller skips text holding one of these, so listing one a match can hold loses
    matches: every entry, class member and wildcard counts."""
    assert characters_never_matched("X", {"X": template}, LISTS.get) == never


# Characters for word lists: Han, letters, and the marks a character class treats specially.
_LIST_CHARACTERS = "北京南市省委书记部长甲乙丙丁abc-&~|[]^\\.,"


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(
        st.text(alphabet=_LIST_CHARACTERS, min_size=1, max_size=4),
        min_size=LONG_LIST,
        max_size=3 * LONG_LIST,
    ),
    text=st.text(alphabet=_LIST_CHARACTERS, max_size=30),
)
def test_long_lists_match_as_one_list(words, text):
    """A long lexicon is split by first character for speed: every match, at every
    offset, must be the one the whole list gives (longest entry first, then backtracking
    into shorter ones when what follows fails)."""
    template = "({lexicon:words})(?:{lexicon:words})?{lexicon:words}|{lexicon:words}书"
    split = compile_template(template, {}, {"words": words}.get)
    whole = regex.compile(
        r"(\L<words>)(?:\L<words>)?\L<words>|\L<words>书", regex.V1, words=words
    )
    assert any(name.startswith("words__") for name in split.named_lists)
    for offset in range(len(text) + 1):
        got, want = split.match(text, offset), whole.match(text, offset)
        assert (got and (got.span(), got.span(1))) == (want and (want.span(), want.span(1)))


def test_an_emptied_fragment_matches_nothing_in_its_place():
    """The people stage reads chains without a bracket with TITLE_CHAIN less POST_BRACKET:
    the same chains, and none that needs the bracket."""
    full = compiled_fragment("TITLE_CHAIN")
    lean = compiled_fragment("TITLE_CHAIN", emptied=("POST_BRACKET",))
    for chain in ("县委常委、常务副县长", "浙江省杭州市市长", "刑侦支队二大队大队长"):
        assert full.fullmatch(chain) and lean.fullmatch(chain)
    for chain in ("县网信办主任(县新闻办主任)", "全国总工会副主席(兼)"):
        assert full.fullmatch(chain) and not lean.fullmatch(chain)
