"""Pattern templates: which clause marks a fragment can never match."""

import pytest

from govnews_extract.patterns import CLAUSE_PUNCTUATION, characters_never_matched

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
