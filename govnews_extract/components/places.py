"""Places: gazetteer names, words ending in a place suffix, and ``在京``-style abbreviations.

A place written only as part of an organisation's name (``江西`` in
``江西银保监局``) or of a document title is not a place of the article, so
such matches are dropped against the organisations and terms already found.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..lexicons import body_endings, load_lexicon
from ..patterns import (
    HAN_WORD,
    WordPositions,
    compile_template,
    compiled_fragment,
)
from ..segmenter import OUT_OF_VOCABULARY, common_word_test, single_character_tags
from ..state import DocState, Match, doc_state
from .labels import MODEL_PLACE, Entity, model_entities
from .spans import Coverage
from .tokens import (
    FUNCTION_CHARACTERS,
    TokenBoundaries,
    dateline_places,
    joins_two_names,
    settlement_opener,
)

FIELD = "places"
#: Places may not be cut out of these fields' matches.
CONTAINERS = ("organizations", "terms", "people")
#: Words after which a new name starts (走访了|李家|村).
#: jieba tags of words that never open a place name: verb, preposition, adverb,
#: conjunction, particle, pronoun, numeral, time, direction, measure word (位于|澧县).
NOT_IN_PLACE_NAME_TAGS = ("v", "p", "d", "c", "u", "r", "m", "t", "f", "q")
#: The word after a community's name (幸福里|社区).
COMMUNITY = "社区"
#: A sub-district (东湖|街道); after an ordinary word, the word for streets (城市|街道).
STREET = "街道"
#: Last words of the sub-districts and towns a community is named after (东湖街道|幸福社区).
SUB_DISTRICT_WORDS = (STREET, "镇", "乡")
#: Last characters of what stands before 社区 without naming one: a kind (嵌入式社区,
#: 学习型社区) or a number whose street comes before it (南内环|街二社区).
NOT_LAST_IN_COMMUNITY_NAME = frozenset("式型性化级类一二三四五六七八九十")
#: Tags of pronouns, prepositions, conjunctions and particles: a character of one opens no
#: name (，他|邀上区).
FUNCTION_WORD_TAGS = ("r", "p", "c", "u")
#: What a one-character word opening a cut name follows: a list mark (、前|张庄村), or a
#: line's start where the name heads a section (壶|瓶|山镇：, but not a headline's 原|甘州省).
LIST_MARKS = ("、", ",", "，")
HEADING_ENDS = (":", "：")
#: Zone words the segmenter writes apart from their name (古雷|开发区): they join the
#: word before them like a one-character suffix.
ZONE_SUFFIXES = ("开发区", "新区", "高新区", "经开区", "保税区", "自贸区", "示范区", "试验区")
#: One-character stems that describe a place instead of naming it (新镇, 老村, 上区).
DESCRIPTIVE_STEMS = frozenset("新老大小上下东西南北中前后本该全")
#: Characters jieba tags as measure words or verbs that end the stems of many village and
#: town names (大河家镇, 韩家集村, 五里铺村): glued to a suffix, they are no verb's guess.
PLACE_NAME_STEM_ENDINGS = frozenset("家集铺")
#: One character that says which part or kind of a generic place word is meant (外|省市,
#: 旧|城区), so that the two are an ordinary phrase, not a name.
GENERIC_MODIFIERS = DESCRIPTIVE_STEMS | frozenset("外内旧主原现此两多诸某")
CLAUSE_OPENERS = frozenset(["了", "、", ",", "，", "的", "在", "到", "赴", "于", "和", "与", "及"])
#: One-character prepositions of route and place: a known place after one is no part of it.
PLACE_PREPOSITIONS = frozenset("至到往经赴从在于")
#: Divisions counted, not named (两州, 四省十市, 皖三省一市: two prefectures, four provinces
#: and ten cities; 两省区: two provinces or regions), after at most one character that says
#: whose.
COUNTED_DIVISIONS = regex.compile(
    r"(?:(?![一二两三四五六七八九十几多数])\p{Han})?"
    r"(?:[一二两三四五六七八九十几多数]+[省市县州区旗乡镇村国地]{1,2})+"
)
#: Venue words that end descriptions as often as names (乌克兰军用机场, 一座火车站): the
#: model's venue ending in one keeps the place inside it.
DESCRIPTIVE_PORT_WORDS = frozenset(["机场", "火车站", "高铁站"])
#: Words after two countries' one-character names (巴中两国, 中美双方): a two-character
#: place right before one is the pair, never one place (巴中 is also a city).
PAIR_WORDS = ("两国", "双方")
#: Inner Mongolia's leagues (锡林郭勒盟, 兴安盟) and banners (正蓝旗): their names are never
#: one character.
LEAGUE = "盟"
BANNER = "旗"
#: Words of two countries' ties (巴中友谊, 中巴关系, 巴中全面战略伙伴关系): after two
#: characters that are both a country's one-character name (or 中), the pair, not a place
#: (日照友好城市 stays Rizhao).
TIES_WORDS = ("友谊", "友好", "关系", "建交", "双边", "全面战略", "战略伙伴", "合作", "经贸")
#: Last characters of the names of stations and ports (长春站, 秦岭站, 天津港): facilities,
#: not places (GOLD.md), unless a gazetteer lists the name (连云港, 张家港).
STATION_AND_PORT_ENDINGS = ("站", "港")
#: Suffixes of administrative divisions: a place the model reads as one that runs on past
#: one (湖坊镇上坊村, 绥化市宝山镇永发村) is a division and the places inside it.
DIVISION_SUFFIXES = (
    *("自治区", "自治州", "自治县", "街道"),
    *("省", "市", "县", "区", "旗", "镇", "乡", "村"),
)


#: 属 after a division's suffix: what that level owns (市属公园, 省属企业), not a name.
OWNED_BY_A_LEVEL = regex.compile(r"(?<=\p{Han}[省市县区])属")
#: An ordinal and 号 after a name: a rocket, a ship or a spacecraft (谷神星一号, 天舟六号),
#: not a place; but not a line, a building or a gate (1号线, 一号楼). A warship named for a
#: city (西宁舰), not a fleet (南海舰队).
NUMBERED_CRAFT = regex.compile(
    r"[一二三四五六七八九十\d]{1,3}号(?![线楼院馆路街门口桥站])|舰(?!队)"
)


#: The township or village a facility the model read as a place lies in: up to the last
#: suffix of one, with two characters or more before it.
SETTLEMENT_BEFORE_A_FACILITY = regex.compile(r"\p{Han}*\p{Han}{2}[镇乡村](?=\p{Han}{2})")


class PlaceMatcher:
    """spaCy component: places under ``matches['places']``."""

    def __init__(
        self,
        is_common_word: Callable[[str], bool] = lambda word: False,
        is_ordinary_word: Callable[[str], bool] | None = None,
        character_tags: Mapping[str, str] | None = None,
    ) -> None:
        #: Dictionary tags of single characters (抓 v, 他 r): a one-character word is a
        #: function word or a verb by them, as longer words are by ``token.tag_``.
        self.character_tags = character_tags or {}
        self.gazetteer = WordPositions(load_lexicon("places"))
        self.place_names = frozenset(load_lexicon("places"))
        self.country_abbreviations = frozenset(
            word for word in load_lexicon("country_abbreviations") if len(word) == 1
        )
        self.suffix_words = WordPositions(load_lexicon("place_suffixes"))
        self.suffixes = tuple(sorted(load_lexicon("place_suffixes"), key=len, reverse=True))
        self.suffix_last_characters = frozenset(suffix[-1] for suffix in self.suffixes)
        #: Characters that open a division suffix: a name that opens with one right after
        #: another division must be a known one (张村|乡李庄村 is cut wrong, 江苏省|镇江市 not).
        self.suffix_characters = frozenset(suffix[0] for suffix in DIVISION_SUFFIXES)
        self.generic_words = frozenset(load_lexicon("generic_place_words"))
        #: Measure words: one glued to a place word after a number counts things (6|项自贸港).
        self.measure_words = frozenset(
            word for word in load_lexicon("measure_words") if len(word) == 1
        )
        self.generic_prefix = compiled_fragment("GENERIC_PREFIX")
        # A suffix written as its own word joins the word before it only when that
        # word is not an ordinary dictionary word (按照|省 is no place).
        self.joinable_suffixes = frozenset(
            {"县", "镇", "乡", "村", "区", "市", "旗", STREET, *ZONE_SUFFIXES}
        )
        self.is_common_word = is_common_word
        #: Like ``is_common_word``, but a word the dictionary tags as any proper name
        #: (哈尔科夫 nrt) is no ordinary word: for the model's places of three or more
        #: characters (shorter ones are often a piece it cut off a longer name: 库拉|霍沃).
        self.is_ordinary_word = is_ordinary_word or is_common_word
        # 某 hides a place's name (曾任某县县长): no place is named; 跨 crosses divisions
        # (跨省跨区输电).
        self.not_stem = frozenset(
            "的了和与及或在对为把将是等向从由同并第其这那之个年月日时要以被给全各我本该每经据驻而既到某跨"
        )
        self.facility_words = tuple(load_lexicon("facility_words"))
        self.blocking_phrases = compile_template(
            "{lexicon:doctrines}|{lexicon:place_blocking_phrases}"
        )
        #: Last words of venue names (北京国际会议中心, 首都国际机场): no place.
        #: Venues, and institutions in buildings of their own (故宫博物院): no places.
        self.venue_endings = tuple(
            sorted(
                [*load_lexicon("venue_words"), *load_lexicon("institution_buildings")],
                key=len,
                reverse=True,
            )
        )
        #: A model place that ends in a body's word of two or more characters is a body
        #: (成都博物馆, 三星堆博物馆): the organisation stage takes it.
        self.body_endings = body_endings()
        #: A township named for one or two minority peoples (绥中县|明水满族乡, 朔北藏族乡),
        #: after a division, a preposition of place or a list mark; not 藏族乡亲 (villagers).
        self.ethnic_township = compile_template(
            r"(?<=[县市区旗州在到赴、，,])(\p{Han}{2,3}?)(?:(?:{lexicon:ethnic_groups})族){1,2}乡"
            r"(?![亲村])"
        )
        #: Townships, villages and communities that no gazetteer lists (fragment SETTLEMENT).
        self.settlement = settlement_opener(self.is_ordinary_word)
        self.abbreviations = frozenset(load_lexicon("place_abbreviations"))
        #: A province's one-character name after a verb of coming or being, before what
        #: one does there (在京召开, 来华访问, 在港上市) or a stop.
        self.abbreviation = compile_template(
            r"(?<=[在来进抵赴离返回驻])({lexicon:place_abbreviations})"
            r"(?={lexicon:abbreviation_followers}|[,，。、 ])"
        )

    def match(
        self,
        state: DocState,
        doc: Doc,
        boundaries: TokenBoundaries,
        entities: list[Entity] | None = None,
    ) -> list[Match]:
        """Places of the gazetteer, the suffix rules and the model (``entities``: the
        model's, read from ``doc`` when not given)."""
        entities = model_entities(doc) if entities is None else entities
        text = state.folded
        found: list[Match] = []
        for start in boundaries.starts_within(0, len(text)):
            end = self._gazetteer_end(text, start)
            if end is None:
                continue
            if not boundaries.is_end(end) and not _next_is_boundary(text, end):
                continue
            if NUMBERED_CRAFT.match(text, end):
                continue  # 西宁|舰, 天舟|六号: a ship's or a craft's name
            if joins_two_names(text, start):
                continue  # 公路|和县乡道路: the conjunction 和, then 县乡
            found.append(
                Match(FIELD, start, end, state.text[start:end], "place_gazetteer", "place")
            )
        tags = [token.tag_ for token in doc]
        for start, end in self._suffix_candidates(text, boundaries, tags):
            found.append(Match(FIELD, start, end, state.text[start:end], "place_suffix", "place"))
        for start, end in self._communities(text, boundaries, tags):
            found.append(Match(FIELD, start, end, state.text[start:end], "place_suffix", "place"))
        for start, end in dateline_places(text):
            if any(m.start < end and start < m.end for m in found):
                continue  # 新华社|日本长野|1月24日电: the places the other rules read there
            found.append(Match(FIELD, start, end, state.text[start:end], "dateline_place", "place"))
        townships = self._ethnic_townships(text)
        for start, end in townships:
            found.append(Match(FIELD, start, end, state.text[start:end], "place_suffix", "place"))
        for start, end in self._model_places(text, entities):
            start = next((e for s, e in townships if s < start < e < end), start)  # 满族|乡祝家沟村
            owner = OWNED_BY_A_LEVEL.search(text, start, end)
            if owner is not None:
                end = owner.start()  # 北京市|属公园: parks the city owns, not a place's name
            if NUMBERED_CRAFT.match(text, end):
                continue  # 谷神星|一号运载火箭, 天舟|六号: a rocket's or a craft's name
            name = text[start:end]
            if name in self.generic_words or self.generic_prefix.match(name):
                continue
            if "某" in name:
                continue  # 临淄区|某镇: a place withheld
            if name.endswith(self.facility_words) or text.startswith(self.facility_words, end):
                # 青溪镇阴平村|茶叶基地, 邢家湾镇|纺织|产业园: the settlement a facility lies in
                settlement = SETTLEMENT_BEFORE_A_FACILITY.match(name)
                if settlement is not None:
                    end = start + settlement.end()
                    name = text[start:end]
            if self._is_venue(name) or name.endswith(self.body_endings):
                continue  # 北京国际会议中心, 天津港, 成都博物馆: a venue, a port, a body
            is_ordinary = self.is_ordinary_word if len(name) > 2 else self.is_common_word
            if not HAN_WORD.fullmatch(name) or is_ordinary(name):
                continue
            if end - start < 2 and name not in self.abbreviations:
                continue
            if end - start == 2 and name[-1] == "省" and name not in self.place_names:
                continue  # 国省|干线公路: every province is in the gazetteer
            if len(name) > 2 and name[-2] == "之":
                continue  # 孔孟之乡, 鱼米之乡, 南海之滨: an epithet, no one place
            pieces = [
                piece
                for part in self._parts_of_a_list(text, start, end)
                for division in self._divisions(text, *part)
                for piece in self._two_known_places(text, *division)
            ]
            for piece_start, piece_end in pieces:
                found.append(
                    Match(
                        FIELD,
                        piece_start,
                        piece_end,
                        state.text[piece_start:piece_end],
                        "ner",
                        "place",
                    )
                )
        for hit in self.abbreviation.finditer(text):
            start, end = hit.span(1)
            found.append(
                Match(FIELD, start, end, state.text[start:end], "place_abbreviation", "place")
            )
        return found

    def _ethnic_townships(self, text: str) -> list[tuple[int, int]]:
        """Townships named for minority peoples (明水满族乡) whose stem is no common word
        (当地藏族乡…) or follows its county (汝城县|文明瑶族乡); jieba cuts them
        (明水|满族|乡祝家|沟村).

        >>> PlaceMatcher()._ethnic_townships("来到绥中县明水满族乡祝家沟村。")
        [(5, 10)]
        """
        if "族乡" not in text:
            return []
        return [
            hit.span()
            for hit in self.ethnic_township.finditer(text)
            if not self.is_common_word(hit.group(1)) or text[hit.start() - 1] in "县市区旗州"
        ]

    def _model_places(self, text: str, entities: list[Entity]) -> list[tuple[int, int]]:
        """The model's places, a place joined to the one before it when it opens with the
        division suffix that one lacks (云州|区坊城新村, where jieba glued 区坊): the join is
        then cut after the suffix (:meth:`_divisions`). A village the model read from the
        suffix of the township before it (力洋|镇海头村, where jieba took 镇海) is that
        township and the village (力洋镇, 海头村)."""
        spans: list[tuple[int, int]] = []
        for start, end, label in entities:
            if label != MODEL_PLACE:
                continue
            if self._township_suffix_opens_village(text, start, end, spans):
                spans.extend([(start - 2, start + 1), (start + 1, end)])
            elif (
                spans
                and spans[-1][1] == start
                and text[start] in self.suffix_characters
                and self._gazetteer_end(text, start) is None  # 云南|镇雄县 stays apart
                and (spans[-1][0], start + 1) in self._divisions(text, spans[-1][0], end)
            ):
                spans[-1] = (spans[-1][0], end)  # 云州|区坊城新村: 云州区, 坊城新村
            else:
                spans.append((start, end))
        return spans

    @staticmethod
    def _township_suffix_opens_village(
        text: str, start: int, end: int, spans: list[tuple[int, int]]
    ) -> bool:
        """Whether ``text[start:end]`` opens with 镇 or 乡 and ends in 村, three or four
        characters after it, with two characters of a name before it that no place holds."""
        return (
            text[start] in "镇乡"
            and text[end - 1] == "村"
            and 4 <= end - start <= 5
            and start >= 2
            and HAN_WORD.fullmatch(text, start - 2, start) is not None
            and FUNCTION_CHARACTERS.isdisjoint(text[start - 2 : start])
            and (not spans or spans[-1][1] <= start - 2)
        )

    def _parts_of_a_list(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """A place the model read across 和, 及 or 与 between two names (波克罗夫斯克和托列茨克)
        is both of them, when the part after the word is a gazetteer name; a country's one-
        character abbreviation before a gazetteer name (俄|库尔斯克州) is no part of it.

        >>> matcher = PlaceMatcher()
        >>> matcher._parts_of_a_list("波克罗夫斯克和托列茨克", 0, 11)
        [(0, 6), (7, 11)]
        >>> matcher._parts_of_a_list("俄库尔斯克州", 0, 6), matcher._parts_of_a_list("和田", 0, 2)
        ([(1, 6)], [(0, 2)])
        """
        if (
            end - start > 3
            and text[start] in self.country_abbreviations
            and self.gazetteer.longest_at(text, start + 1) is not None
            and not self._in_gazetteer(text, (start, start + 2))
        ):
            start += 1  # 俄|库尔斯克州, but 中山市, 美国
        for joint in range(start + 2, end - 2):
            if text[joint] in "和及与" and self._in_gazetteer(text, (joint + 1, end)):
                return [(start, joint), (joint + 1, end)]
        return [(start, end)]

    def _two_known_places(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """A place written as a Chinese division's short name and a gazetteer name run
        together (山西大同, 兰州榆中) is two places, when the whole is no gazetteer name and
        each part has two characters or more. A division's short name is one the gazetteer
        also holds with its suffix (山西省, 兰州市): 马里兰州 is no 马里 and 兰州.

        >>> matcher = PlaceMatcher()
        >>> matcher._two_known_places("山西大同", 0, 4), matcher._two_known_places("马里兰州", 0, 4)
        ([(0, 2), (2, 4)], [(0, 4)])
        """
        if end - start < 4 or self._in_gazetteer(text, (start, end)):
            return [(start, end)]
        for cut in range(start + 2, end - 1):
            first = text[start:cut]
            if (
                self._in_gazetteer(text, (start, cut))
                and self._in_gazetteer(text, (cut, end))
                and any(first + suffix in self.place_names for suffix in DIVISION_SUFFIXES)
            ):
                return [(start, cut), (cut, end)]
        return [(start, end)]

    def _divisions(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """``text[start:end]`` cut after each division suffix that a place name follows:
        湖坊镇|上坊村, 绥化市|宝山镇|永发村; 张村乡|李庄村, not 张村|乡李庄村; 沙市区 and 新市镇
        stay whole (what follows the suffix is no name of its own).

        >>> matcher = PlaceMatcher()
        >>> [(s, e) for s, e in matcher._divisions("绥化市宝山镇永发村", 0, 9)]
        [(0, 3), (3, 6), (6, 9)]
        >>> matcher._divisions("张村乡李庄村", 0, 6), matcher._divisions("沙市区", 0, 3)
        ([(0, 3), (3, 6)], [(0, 3)])
        >>> matcher._divisions("江苏省镇江市", 0, 6)
        [(0, 3), (3, 6)]
        """
        name = text[start:end]
        if not name.endswith(self.suffixes):
            return [(start, end)]
        for cut in range(2, len(name) - 1):
            head, rest = name[:cut], name[cut:]
            suffix = next((s for s in DIVISION_SUFFIXES if head.endswith(s)), None)
            if suffix is None or len(head) == len(suffix):
                continue
            if rest[0] in self.suffix_characters and self._gazetteer_end(text, start + cut) is None:
                continue  # 张村|乡李庄村; but 江苏省|镇江市, 青岛市|市北区
            return [(start, start + cut), *self._divisions(text, start + cut, end)]
        return [(start, end)]

    def _gazetteer_end(self, text: str, start: int) -> int | None:
        """End of the longest gazetteer name at ``start``, with a place suffix if one follows."""
        end = self.gazetteer.longest_at(text, start)
        if end is None:
            return None
        with_suffix = self.suffix_words.longest_at(text, end)
        return with_suffix if with_suffix is not None else end

    def _suffix_candidates(
        self, text: str, boundaries: TokenBoundaries, tags: list[str]
    ) -> list[tuple[int, int]]:
        """Words ending in a place suffix (``泾源县``), joined with the word before when short.

        The segmenter often cuts village and town names (城头|山镇, 前|张庄村); a
        one-character stem joins the word before it, and a one-character word right after a
        list separator, or opening a section's heading, joins the name after it. Nothing
        joins a verb or function word (``tags``: the words' dictionary tags); after one, only
        a word the dictionary or the gazetteer knows as a place stands alone (位于|澧县).
        """
        spans = []
        tokens = boundaries.spans
        words = [text[s:e] for s, e in tokens]
        for index, word in enumerate(words):
            if not word or word[-1] not in self.suffix_last_characters:
                continue
            suffix = next((s for s in self.suffixes if word.endswith(s)), None)
            if suffix is None:
                continue
            if (word in self.generic_words and word not in self.joinable_suffixes) or (
                len(word) > len(suffix) and self.is_common_word(word)
            ):
                continue
            first = index
            stem_length = len(word) - len(suffix)
            if stem_length == 0 and suffix not in self.joinable_suffixes:
                continue
            if (
                stem_length == 1
                and suffix not in self.joinable_suffixes
                and tags[index] in ("", OUT_OF_VOCABULARY)
                and not self._in_gazetteer(text, tokens[index])
            ):
                # 既省|水省, 出岛, 国省: jieba's guess at an unknown word; provinces are all
                # known, and so are nearly all two-character islands, lakes and ports.
                continue
            if stem_length == 1 and suffix in (LEAGUE, BANNER):
                # 塔|入盟 (joins the union), 服务队|授旗 (presents a flag): every league's and
                # banner's name has two characters or more before its suffix
                continue
            if (
                stem_length == 1
                and tags[index] == OUT_OF_VOCABULARY
                and word[0] not in PLACE_NAME_STEM_ENDINGS
                and self.character_tags.get(word[0], "").startswith(NOT_IN_PLACE_NAME_TAGS)
                and not self._in_gazetteer(text, tokens[index])
            ):
                continue  # 县|抓县|直, 大雪|无乡: jieba's guess glued a verb to the suffix
            if stem_length <= 1 and index > 0 and suffix in self.joinable_suffixes:
                if tags[index - 1].startswith(NOT_IN_PLACE_NAME_TAGS):
                    # Nothing joins a verb or function word; after one, only a word the
                    # dictionary or the gazetteer knows as a place stands alone (位于|澧县).
                    known = tags[index].startswith("ns") and word[0] not in DESCRIPTIVE_STEMS
                    if not (known or self._in_gazetteer(text, tokens[index])):
                        continue
                elif words[index - 1] in PLACE_PREPOSITIONS and self._in_gazetteer(
                    text, tokens[index]
                ):
                    pass  # 全州|至|容县: a gazetteer place after a preposition stands alone
                else:
                    previous = words[index - 1]
                    opens_clause = index < 2 or words[index - 2] in CLAUSE_OPENERS
                    if not (1 <= len(previous) <= 3) or (
                        stem_length == 0
                        and (self.is_common_word(previous) or previous in self.generic_words)
                        and (not opens_clause or suffix == STREET)  # 城市|街道: streets
                    ):
                        continue
                    if stem_length == 1 and self._in_gazetteer(text, tokens[index - 1]):
                        continue  # 河北|易县: a known place before is a place of its own
                    # (but 东湖|街道: the known place names the suffix alone after it)
                    first = index - 1
            if (
                first > 0
                and len(words[first - 1]) == 1
                and (
                    (first > 1 and words[first - 2] in LIST_MARKS)
                    or (
                        (first == 1 or words[first - 2] == "\n")
                        and text[tokens[index][1] : tokens[index][1] + 1] in HEADING_ENDS
                    )
                )
            ):
                if self._opens_cut_name(text, words[first - 1], tokens[first][0]):
                    first -= 1
            start, end = tokens[first][0], tokens[index][1]
            dictionary_place = first == index and tags[index].startswith("ns")
            if not self._is_place_stem(text, start, end, suffix, known_place=dictionary_place):
                continue
            spans.append((start, end))
        return spans

    def _communities(
        self, text: str, boundaries: TokenBoundaries, tags: list[str]
    ) -> list[tuple[int, int]]:
        """Communities no gazetteer lists (幸福里社区, 桂花社区): fragment SETTLEMENT before
        the word 社区, on whole words, named by no ordinary word (城市社区, 和谐社区) unless
        written right after its sub-district or town once (东湖街道|幸福社区), no verb or
        function word (学习型社区, 该社区) and no kind or number. Villages and towns
        are read by :meth:`_suffix_candidates`; 社区 joins no word there, as it is so often
        generic."""
        found: list[tuple[int, int]] = []
        named_by_words: list[tuple[int, int]] = []  # ordinary words, kept if named once
        token_at: dict[int, int] = {}
        for start in sorted(self.settlement.candidate_starts(text)):
            end = start + text[start : start + 5].find(COMMUNITY) + len(COMMUNITY)
            if (
                start < 0
                or end < start + len(COMMUNITY) + 2
                or not (boundaries.is_start(start) and boundaries.is_start(end - len(COMMUNITY)))
                or not boundaries.is_end(end)
                or not self.settlement.pattern.fullmatch(text, start, end)
            ):
                continue
            name = text[start : end - len(COMMUNITY)]
            if not token_at:
                token_at = {span[0]: index for index, span in enumerate(boundaries.spans)}
            word_tags = [
                self.character_tags.get(text[word], "")
                if boundaries.is_end(word + 1)
                else tags[token_at[word]]
                for word in boundaries.starts_within(start, end - len(COMMUNITY))
                if text[word : end - len(COMMUNITY)] != "里"  # 幸福|里: a name's last word
            ]
            if (
                name in self.generic_words
                or name[-1] in NOT_LAST_IN_COMMUNITY_NAME
                or any(tag.startswith(NOT_IN_PLACE_NAME_TAGS) for tag in word_tags)
            ):
                continue
            if self.is_ordinary_word(name):
                named_by_words.append((start, end))
                continue
            found.append((start, end))
        # 东湖街道|幸福社区: after its sub-district or town a community named by an ordinary
        # word is named, and so is every other mention of it (在幸福社区).
        named = {
            text[start:end]
            for start, end in named_by_words
            if text.endswith(SUB_DISTRICT_WORDS, 0, start) and boundaries.is_end(start)
        }
        found.extend(span for span in named_by_words if text[span[0] : span[1]] in named)
        return sorted(found)

    def _in_gazetteer(self, text: str, token: tuple[int, int]) -> bool:
        """Whether the word ``text[start:end]`` is a gazetteer name, whole."""
        start, end = token
        return self.gazetteer.longest_at(text, start) == end

    def _opens_cut_name(self, text: str, character: str, name_start: int) -> bool:
        """Whether a one-character word after a list separator or opening a section's
        heading opens the name after it.

        前|张庄村 is one village; but a level word (，市|二七区), a pronoun or another
        function word (，他|邀上区) or a word before a known place (，使|河北省) is not part
        of the name.
        """
        return (
            HAN_WORD.fullmatch(character) is not None
            and character not in self.suffixes
            and not self.character_tags.get(character, "").startswith(FUNCTION_WORD_TAGS)
            and self.gazetteer.longest_at(text, name_start) is None
        )

    def _is_place_stem(
        self, text: str, start: int, end: int, suffix: str, *, known_place: bool = False
    ) -> bool:
        """Whether ``text[start:end]`` (ending in ``suffix``) reads as a name, not a phrase.

        ``known_place``: the whole span is one word the dictionary tags as a place; then a
        rare first character before a generic place word is a name (芗|城区, 鹿|城区), unless
        it is a modifier (外|省市, 老|城区).
        """
        stem = text[start : end - len(suffix)]
        if not stem or not HAN_WORD.fullmatch(stem) or len(stem) > 4:
            return False
        if start > 0 and text[start - 1].isdigit() and stem[0] in self.measure_words:
            return False  # 6|项自贸港: a count of things, glued to its measure word
        if any(ch in self.not_stem for ch in stem) or text[start:end] in self.generic_words:
            return False
        if self.is_common_word(text[start:end]) or (len(stem) > 1 and self.is_common_word(stem)):
            return False  # 争议地区, 专业村: an ordinary word before the suffix
        for cut in range(start + 1, end - 1):
            if text[cut:end] in self.generic_words and self.is_common_word(text[start:cut]):
                if known_place and cut == start + 1 and text[start] not in GENERIC_MODIFIERS:
                    continue  # 芗|城区: one character of a name the dictionary knows
                return False  # 贫困山区: an ordinary word before a generic place word
        return not (start > 0 and self.generic_prefix.fullmatch(text, start - 1, start))

    def __call__(self, doc: Doc) -> Doc:
        state = doc_state(doc)
        boundaries = TokenBoundaries.of(doc)
        entities = model_entities(doc)
        found = [
            self._before_market(state, m) for m in self.match(state, doc, boundaries, entities)
        ]
        containers = [m for name in CONTAINERS for m in state.get(name)]
        containers += self._venues(state, entities)
        containers += _posts_of_titles(state)
        containers += [
            Match(FIELD, hit.start(), hit.end(), hit.group(), "blocking_phrase")
            for hit in self.blocking_phrases.finditer(state.folded)
        ]
        inside = Coverage(len(state.text), [(c.start, c.end) for c in containers])
        taken = Coverage(len(state.text))
        kept: list[Match] = []
        for match in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
            if inside.overlaps(match.start, match.end) or taken.overlaps(match.start, match.end):
                continue
            if self._counts_divisions(state.folded[match.start : match.end]):
                continue
            if match.end - match.start == 2 and self._names_two_countries(state.folded, match):
                continue  # 巴中|两国: Pakistan and China, not the city of Bazhong
            kept.append(match)
            taken.add(match.start, match.end)
        state.replace(FIELD, kept)
        return doc

    def _names_two_countries(self, text: str, match: Match) -> bool:
        """Whether the two characters of ``match`` are two countries before words of a
        pair or of their ties (巴中|两国, 巴中|友谊; not 日照|友好城市)."""
        if text.startswith(PAIR_WORDS, match.end):
            return True
        return text.startswith(TIES_WORDS, match.end) and all(
            ch == "中" or ch in self.country_abbreviations for ch in text[match.start : match.end]
        )

    def _venues(self, state: DocState, entities: list[Entity]) -> list[Match]:
        """The model's names of venues (北京国际会议中心, 天津体育馆), and its places that a
        venue word follows (三江口|会议中心): a place that opens one is part of its name, not
        a place of the article (GOLD.md). A bare port word often
        ends a description instead (乌克兰|军用机场), so those names contain no place."""
        venues: list[Match] = []
        for start, end, label in entities:
            name = state.folded[start:end]
            if label == MODEL_PLACE:
                after = next(
                    (w for w in self.venue_endings if state.folded.startswith(w, end)), None
                )
                if after is not None and after not in DESCRIPTIVE_PORT_WORDS:
                    # 三江口|会议中心: the model's place opens a venue's name written after it
                    venues.append(Match(FIELD, start, end + len(after), name + after, "venue"))
                    continue
            ending = next((word for word in self.venue_endings if name.endswith(word)), None)
            if ending is None:
                if not self._names_a_station_or_port(name):
                    continue
            elif ending in DESCRIPTIVE_PORT_WORDS or name == ending:
                continue
            venues.append(Match(FIELD, start, end, name, "venue"))
        return venues

    def _is_venue(self, name: str) -> bool:
        """Whether ``name`` ends in a venue word or names a station or a port."""
        return name.endswith(self.venue_endings) or self._names_a_station_or_port(name)

    def _names_a_station_or_port(self, name: str) -> bool:
        """Whether ``name`` names a station or a port (虹桥站, 天津港) that no gazetteer
        lists as a place (连云港 is a city) and no free-trade port (海南自贸港, a zone) ends;
        a port's name has three characters or more (临港 is a named area).

        >>> matcher = PlaceMatcher()
        >>> names = ("天津港", "南站", "连云港", "海南自贸港", "临港")
        >>> [matcher._names_a_station_or_port(n) for n in names]
        [True, True, False, False, False]
        """
        return (
            len(name) > (2 if name.endswith("港") else 1)  # 南站; but 临港 is a named area
            and name.endswith(STATION_AND_PORT_ENDINGS)
            and not name.endswith(self.suffixes)
            and self.gazetteer.longest_at(name, 0) != len(name)
        )

    def _counts_divisions(self, name: str) -> bool:
        """Whether ``name`` counts divisions instead of naming one (美国|两州, 皖三省一市);
        a gazetteer name stays (二七区).

        >>> matcher = PlaceMatcher()
        >>> names = ("两州四县", "皖三省一市", "蒙两省区", "十堰市", "三亚")
        >>> [matcher._counts_divisions(n) for n in names]
        [True, True, True, False, False]
        """
        return COUNTED_DIVISIONS.fullmatch(name) is not None and name not in self.place_names

    @staticmethod
    def _before_market(state: DocState, match: Match) -> Match:
        """``北京市场``: Beijing's market (北京|市场), not the city of Beijing followed by 场
        (jieba cuts 北京市|场上)."""
        text = state.folded
        end = match.end
        if end - match.start > 2 and text[end - 1] == "市" and text[end : end + 1] == "场":
            return replace(match, end=end - 1, text=state.text[match.start : end - 1])
        return match


def _posts_of_titles(state: DocState) -> list[Match]:
    """The posts of the article's titles: a post that is also a country's name is no place
    there (文莱苏丹哈桑纳尔: the sultan of Brunei), though the place before it is (文莱)."""
    posts = []
    for title in state.get("titles"):
        post = title.data.get("post")
        if post and title.text.endswith(post):
            posts.append(Match(FIELD, title.end - len(post), title.end, post, "title_post"))
    return posts


def _next_is_boundary(text: str, end: int) -> bool:
    return end >= len(text) or not HAN_WORD.match(text, end, end + 1)


@Language.factory("govnews_places", assigns=["doc._.govnews"])
def make_place_matcher(nlp: Language, name: str) -> PlaceMatcher:
    return PlaceMatcher(
        common_word_test(nlp, "ns"),
        common_word_test(nlp, "ns", "nr", "nz"),
        single_character_tags(nlp),
    )
