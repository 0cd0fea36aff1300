"""Where a person's name written at a given offset ends.

Chinese text has no spaces, so ``组长尹建业主持`` could hold 尹建, 尹建业 or
尹建业主. A name is a known surname plus one or two characters (two or three
after a compound surname), or a transliteration joined by ``·``; its end is
confirmed by what follows it (punctuation, a word that usually follows names
such as 主持 or 同志) or, failing that, by a word boundary of the segmenter.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from ..lexicons import POST_LEXICONS, load_lexicon
from ..patterns import HAN_WORD, compiled_fragment, trie_pattern
from ..rules.builtin import builtin_patterns
from .tokens import LEVEL_CHARACTERS, TokenBoundaries

#: Dots that join the parts of a transliterated name (诺埃尔·巴罗, 马可·波罗).
DOTS = "·・•"
#: A reporter's name (or pen name) in brackets closing a paragraph, alone or with 摄 or 绘
#: (（晓胡）, （千禾摄）): the byline of many papers.
BRACKETED_BYLINE = regex.compile(r"[（(](\p{Han}{2,3}?)(?:摄|绘)?[）)][ \t]*(?=[\n\r]|\Z)")
#: Last characters of what else such brackets hold: a source or a kind of picture
#: (（新华社）, （央广网）, （资料图）, （中国画）).
NOT_BYLINE_ENDINGS = frozenset("图画网社台报刊站稿讯电文")


def bracketed_byline_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the name in a bracketed byline closing a paragraph.

    >>> bracketed_byline_at("省电、轻便。（晓胡）", 7, 9), bracketed_byline_at("（新华社）", 1, 4)
    (True, False)
    """
    hit = BRACKETED_BYLINE.match(text, start - 1) if start > 0 else None
    return (
        hit is not None
        and hit.span(1) == (start, end)
        and text[end - 1] not in NOT_BYLINE_ENDINGS
    )


#: Personal pronouns: no given name holds one.
PRONOUNS = frozenset("他她它")


class NameMatcher:
    """Finds the extent of a personal name starting at an offset."""

    def __init__(
        self,
        is_common_word: Callable[[str], bool] = lambda word: False,
        is_ordinary_word: Callable[[str], bool] | None = None,
    ) -> None:
        self.is_common_word = is_common_word
        #: A frequent word the dictionary tags as no proper noun (帮办, 导演; not 詹姆斯).
        self.is_ordinary_word = is_ordinary_word or is_common_word
        surnames = load_lexicon("surnames")
        self.compound_surnames = frozenset(s for s in surnames if len(s) > 1)
        self.japanese_surnames = frozenset(load_lexicon("japanese_surnames"))
        self.tibetan_name_parts = frozenset(load_lexicon("tibetan_name_parts"))
        self.yi_surnames = frozenset(load_lexicon("yi_surnames"))
        self.mongolian_name_parts = frozenset(load_lexicon("mongolian_name_parts"))
        #: The first two characters of every Tibetan, Mongolian or Yi name: a cheap test
        #: before the parts are tried.
        self.minority_name_openings = frozenset(
            part[:2]
            for part in (*self.tibetan_name_parts, *self.mongolian_name_parts, *self.yi_surnames)
        )
        self.single_surnames = frozenset(s for s in surnames if len(s) == 1)
        self.transliteration_characters = frozenset(load_lexicon("transliteration_characters"))
        # Speech verbs follow names too (罗伯特·库恩|坦言).
        self.followers = regex.compile(
            trie_pattern([*load_lexicon("name_followers"), *load_lexicon("speech_verbs")])
        )
        self.posts = regex.compile(
            trie_pattern(post for lexicon in POST_LEXICONS for post in load_lexicon(lexicon))
        )
        self.transliterated = compiled_fragment("TRANSLITERATED_NAME")
        #: Words a surname takes to address someone not named (刘阿姨, 王大爷, 曾老汉).
        self.address_terms = frozenset(builtin_patterns("word_splits")["address_terms"])
        # Characters that never open a given name (次 counts times: 航天员|单次出舱), and
        # function characters that, written after a two-character name, belong to the next
        # word (李强为省长).
        self.not_given_name = frozenset("的了与及或在对把将是等从由并第其这那年月日时要被们某姓次")
        self.function_characters = frozenset("为和与在将是对向同于被把及并等的")
        #: Particles that end no given name.
        self.particles = frozenset("了的地得着过")
        #: Adverbs that follow a name and end no given name (梁强|互致贺电, 李明|也表示).
        self.adverbs_after_names = frozenset("互也都还")
        #: Adverbs that open what a person does, right after a name (德吉央宗|正带领): a name
        #: of known minority parts ends before one.
        self.adverbs_opening_predicates = self.adverbs_after_names | frozenset(
            "正又就便才曾已将亦均"
        )
        #: Characters that stand in no part of a dotted name (拜登之子|亨特·拜登).
        self.not_in_name_part = self.not_given_name | frozenset("之")
        #: Characters that never follow a personal name (使节们).
        self.never_after_name = frozenset("们")
        #: Surnames that are modal verbs or a preposition too: before a common word they are
        #: that word (委员|应|持续加强, 代表|将|继续, 向|晋升上将军衔的军官).
        self.function_word_surnames = frozenset("应将向")

    def is_transliterated(self, word: str) -> bool:
        """Whether every character of ``word`` is a transliteration character (克林顿)."""
        return self.transliteration_characters.issuperset(word)

    def surname_length(self, text: str, start: int) -> int:
        """Length of the surname written at ``start`` (0 when there is none)."""
        if text[start : start + 2] in self.compound_surnames:
            return 2
        if text[start : start + 1] in self.single_surnames:
            return 1
        return 0

    def split_run(self, text: str) -> int | None:
        """Where a run of two Chinese names written back to back splits, or None.

        Photo credits and bylines list people without a separator (陈明亮米成云,
        熊毅唐磊), and a tagger reads such a run as one person. A run is a single
        surname and one or two characters, twice; the later cut wins when both parts
        could start a name (three-character names are the more common). Not split: a
        four-character name whose second character is also a surname (陈方安生, a
        married name) or whose first two are a Japanese surname (武藤容治), compound
        surnames, transliterations (巴尔金巴耶夫).
        """
        if not 4 <= len(text) <= 6 or not HAN_WORD.fullmatch(text):
            return None
        if text[:2] in self.compound_surnames or text[0] not in self.single_surnames:
            return None
        if len(text) == 4 and (
            text[1] in self.single_surnames
            or self.is_japanese(text)
            or self.is_minority_name(text)
        ):
            return None  # 陈方安生: a married name; 武藤容治: a Japanese name; 白玛赤林; 吉克曲布
        if self.is_transliterated(text):
            return None
        cuts = [
            cut
            for cut in (3, 2)
            if 2 <= len(text) - cut <= 3
            and text[cut] in self.single_surnames
            and text[cut : cut + 2] not in self.compound_surnames
        ]
        return cuts[0] if cuts else None

    def is_japanese(self, name: str) -> bool:
        """Whether ``name`` is a four-character Japanese name: a two-character Japanese
        surname and a two-character given name (武藤容治, 福田康夫)."""
        return len(name) == 4 and name[:2] in self.japanese_surnames

    def is_tibetan(self, name: str) -> bool:
        """Whether ``name`` is a four-character Tibetan name of two common parts (洛桑江村,
        白玛赤林): no surname opens it."""
        return (
            len(name) == 4
            and name[:2] in self.tibetan_name_parts
            and name[2:] in self.tibetan_name_parts
        )

    def is_yi(self, name: str) -> bool:
        """Whether ``name`` is a four-character Yi name: a clan name and a two-character
        given name (吉克曲布, 阿苦日布). The given name may open with any character (日布)."""
        return (
            len(name) == 4
            and name[:2] in self.yi_surnames
            and HAN_WORD.fullmatch(name) is not None
            and not self.is_common_word(name[2:])
        )

    def is_mongolian(self, name: str) -> bool:
        """Whether ``name`` is a Mongolian name of two common parts, four to six characters
        (巴图孟和, 特木尔巴根): no surname opens it."""
        return 4 <= len(name) <= 6 and any(
            name[:cut] in self.mongolian_name_parts and name[cut:] in self.mongolian_name_parts
            for cut in (2, 3)
        )

    def is_minority_name(self, name: str) -> bool:
        """Whether ``name`` is a Tibetan, Mongolian or Yi name, which the rules for a Chinese
        surname and given name would cut (洛桑江村, 巴图孟和, 阿苦日布)."""
        return self.is_tibetan(name) or self.is_mongolian(name) or self.is_yi(name)

    def ends_cleanly(self, text: str, end: int) -> bool:
        """Whether what follows ``end`` marks the end of a name."""
        if end >= len(text) or not HAN_WORD.match(text, end, end + 1):  # one character
            return True
        return self.followers.match(text, end) is not None

    def _runs_over_words(self, text: str, start: int, end: int) -> bool:
        """Whether the part of a dotted name before its first dot holds a character no
        name part has (之, 的, 了 ...)."""
        first_dot = self.first_dot(text, start, end)
        return any(
            char in self.not_in_name_part for char in text[start:first_dot]
        ) or self.dotted_name_start(text, start, first_dot) != start

    @staticmethod
    def first_dot(text: str, start: int, end: int) -> int:
        """Offset of the first ``·`` (or ・, •) between ``start`` and ``end``, else ``end``."""
        return min(
            (index for dot in DOTS if (index := text.find(dot, start, end)) >= 0), default=end
        )

    def dotted_name_start(self, text: str, start: int, first_dot: int) -> int:
        """Where a dotted name whose first part runs from ``start`` to ``first_dot`` really
        starts: after an ordinary word written before it (副部长帮办|詹姆斯·米勒, 导演|詹姆斯·
        卡梅隆) or a post (副总理兼外长|努尔兰·别克托夫) when two or more transliteration
        characters are left; else ``start``."""
        for cut in range(start + 2, first_dot - 1):
            rest = text[cut:first_dot]
            if self.is_transliterated(rest) and (
                self.is_ordinary_word(text[start:cut]) or self._ends_in_post(text, start, cut)
            ):
                return cut
        return start

    def _ends_in_post(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` ends in a post (兼外长)."""
        return any(self.posts.fullmatch(text, cut, end) for cut in range(start, end - 1))

    def complete_transliteration(self, text: str, start: int, end: int) -> int:
        """The end of a transliterated name that a word boundary cut short: 斯塔|默称 is
        斯塔默, up to three more transliteration characters where a name follower or no Han
        character comes next (克利|奇科称, 米利|班德。); otherwise ``end`` as it is."""
        name = text[start:end]
        if self.ends_cleanly(text, end) or len(name) < 2:
            return end
        if not self.is_transliterated(name):
            return end
        for extended in range(end + 1, min(end + 3, len(text)) + 1):
            if text[extended - 1] not in self.transliteration_characters:
                break
            if self.is_common_word(text[end : extended + 1]):
                break  # 特朗普|可以: the characters after the name are a word of their own
            if self.ends_cleanly(text, extended):
                return extended
        return end

    def _transliteration_end(
        self, text: str, start: int, end: int, boundaries: TokenBoundaries | None = None
    ) -> int:
        """Cut a transliteration before a name follower after its last ``·`` part, or before
        a common word that opens with no transliteration character. With the segmenter's
        ``boundaries``, a follower must end a word (麦麦提|出席, not 麦麦|提出).

        The pattern runs on to the next non-Han character: 吉内特·哈姆利|表示欢迎,
        阿衣木沙·托合塔洪|讲述了.
        """
        last_dot = max(text.rfind(dot, start, end) for dot in DOTS)
        for cut in range(last_dot + 2, end):
            follower = self.followers.match(text, cut)
            if (
                follower is not None and (boundaries is None or boundaries.is_end(follower.end()))
            ) or (
                text[cut] not in self.transliteration_characters
                and self.is_common_word(text[cut : cut + 2])
            ):
                return cut
        return end

    def match(self, text: str, start: int, boundaries: TokenBoundaries | None = None) -> int | None:
        """End offset of a name starting at ``start``, or None."""
        translit = self.transliterated.match(text, start)
        if translit and self._runs_over_words(text, translit.start(), translit.end()):
            translit = None  # 拜登之子亨特·拜登: a phrase before the name, not its first part
        if translit and not self.posts.match(text, start):  # 顾问|谢尔盖·列先科
            end = self._transliteration_end(text, translit.start(), translit.end(), boundaries)
            if end < translit.end() or self.ends_cleanly(text, end):
                return end  # (a cut is where the name ends)
        for length in (6, 5, 4) if text[start : start + 2] in self.minority_name_openings else ():
            if self.is_minority_name(text[start : start + length]) and (
                self.ends_cleanly(text, start + length)
                or (boundaries is not None and boundaries.is_end(start + length))
                or text[start + length : start + length + 1] in self.adverbs_opening_predicates
            ):
                return start + length
        surname = self.surname_length(text, start)
        if not surname or (
            text[start] in self.function_word_surnames
            and self.is_common_word(text[start + 1 : start + 3])
        ):
            return None
        lengths = [surname + 2, surname + 1]
        candidates = []
        for length in lengths:
            end = start + length
            given = text[start + surname : end]
            if len(given) != length - surname or not HAN_WORD.fullmatch(given):
                continue
            if any(ch in self.not_given_name for ch in given[:1]) or "某" in given:
                continue
            if given[-1] in self.particles:
                continue  # 宣读了, 党派的: a verb or noun and its particle
            if any(ch in PRONOUNS for ch in given):
                continue  # 祝|贺他当选: a verb and its object, no name
            if len(given) > 1 and all(ch in LEVEL_CHARACTERS for ch in given):
                continue  # 县领导|包乡镇 (is in charge of townships): levels, no given name
            if len(given) > 1 and given[-1] == "家" and text[end : end + 1] == "的":
                continue  # 村民岩罕|家的民宿: someone's home
            if len(given) > 1 and given[-1] in self.adverbs_after_names:
                continue  # 梁强|互致贺电: the adverb opens what the person does
            if self.posts.match(text, start + surname) or self.posts.fullmatch(text, start, end):
                continue  # 王|书记, and 王储 (crown prince): posts, not names
            if given in self.address_terms:
                continue  # 曾老汉, 刘阿姨: someone named by surname and title only (GOLD.md)
            follower = self.followers.match(text, start + surname)
            if follower and len(follower.group()) > 1:
                continue
            candidates.append(end)
        candidates = [
            end
            for end in candidates
            if text[end : end + 1] not in self.never_after_name
            and not self.is_common_word(text[start:end])
        ]
        clean = [end for end in candidates if self.ends_cleanly(text, end)]
        if (
            len(clean) == 2
            and text[clean[0] - 1] in self.function_characters
            and self.posts.match(text, clean[0])
        ):
            # 李强为省长: the third character links the name to a post; but
            # 李仁和出席 keeps its third character.
            return clean[1]
        if clean:
            return clean[0]
        if boundaries is not None:
            for end in candidates:
                if boundaries.is_end(end):
                    return end
        return None
