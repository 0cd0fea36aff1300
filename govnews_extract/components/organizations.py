"""Organisations written anywhere in the text, at their longest extent.

A name opens with a level or place (``省``, ``中央``, ``江西``) or a known body
(``人民银行``) and ends in an organ word (``厅``, ``领导小组``, ``办``) at a word
boundary; generic references (``有关部门``, ``全省法院``) are left out.
Names found inside titles by the people stage are kept.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import partial

import regex
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..lexicons import (
    ORGANIZATION_NAME_LEXICONS,
    body_endings,
    load_lexicon,
    organization_names,
)
from ..patterns import (
    HAN_WORD,
    TextMemo,
    WordPositions,
    clause_break,
    compile_template,
    compiled_fragment,
    trie_pattern,
)
from ..segmenter import OUT_OF_VOCABULARY, common_word_test
from ..state import DocState, Match, doc_state
from .labels import MODEL_ORGANIZATION, MODEL_PLACE
from .spans import Coverage
from .tokens import (
    CONJUNCTIONS,
    FUNCTION_CHARACTERS,
    TokenBoundaries,
    joins_two_names,
    name_starts,
    settlement_opener,
)

FIELD = "organizations"
#: A company's seat in brackets and its legal form, after its name (东计电脑|（北京）有限公司,
#: 微软|（中国）有限公司); the seat must be a gazetteer place.
COMPANY_SEAT = regex.compile(r"\((\p{Han}{2,8})\)(?:股份)?有限(?:责任)?公司")
#: Last words of a company's name, after which a group's brand may open it (中车|株洲…公司).
COMPANY_ENDINGS = ("公司", "集团")
#: Level words a division's name is written before (江北|市, 利辛|县).
DIVISION_LEVELS = frozenset("省市县区州旗盟")
#: Longest organisation name looked for, in characters.
MAX_NAME_LENGTH = 40
#: A count of things (一所, 几家, 多家, 79所): no body's name holds one
#: (湖南省宁乡县援建一所希望学校, 上海一家装修公司 are phrases about bodies), except as an
#: ordinal (第一所) or in a village's name (四所村派出所); 一处 only before more of a name.
COUNTED = regex.compile(
    r"(?<!第)(?:\d+|[一二三四五六七八九十两几多数]+)(?:所|个|家|座|名|位|批|项|条)(?![村镇乡庄屯寨])"
    r"|(?<!第)[一两几多数]处(?=\p{Han})"  # 边疆区一处炼油厂, not the unit 经侦一处
)
#: A short name in brackets right after a name: （哈马斯）, (WHO), （以下简称“省扫黑办”）.
BRACKETED_ALIAS = regex.compile(
    r"[（(](?:以下简称|以下称|下称|简称)?[“\"]?([\p{Han}A-Za-z][\p{Han}A-Za-z0-9]{1,7})[”\"]?[）)]"
)
#: Characters before a company name that show it stands in a list.
LIST_OPENERS = frozenset("、,，:：(（ \t\n")
#: Longest company name before its suffix (``\p{Han}{2,6}?`` in fragment COMPANY).
MAX_COMPANY_NAME = 6
NOT_IN_COMPANY_NAME = frozenset("了的是在和与及对把被将向从为由到就等")
#: The date of a dateline (新华社联合国1月23日电): a known name before it is where the
#: dispatch was filed, not a part of the agency's name.
DATELINE_DATE = regex.compile(r"[ \t]*\d{1,2}月\d{1,2}日[电讯]")
#: Adverbs the model may read into a name that opens with a place or level (仅|省教育出版社).
LEADING_ADVERBS = frozenset("仅只均亦还又才就已")
#: Verbs that end a whole name when they stand as words of their own after it: acting
#: together, written between two bodies (刑侦支队联合滨江分局; not 联合 inside a name:
#: 联合国, 妇女联合会), 作 of a report (代表市人民政府|作|政府工作报告), a body setting
#: others to work (县农业农村局|组织|红星蔬菜专业合作社; not the organ word 组织部), and 发
#: of a photo credit (新华社|发|美联社照片).
VERBS_AFTER_A_NAME = frozenset({"联合", "会同", "协同", "携手", "作", "组织", "动员", "发动", "发"})
#: Longest co-operative's name before its suffix, in characters and in words after the
#: brand (金穗|农机|专业合作社).
MAX_COOPERATIVE_NAME = 12
MAX_COOPERATIVE_WORDS = 3
#: One-character suffixes of townships and villages (大社镇).
SETTLEMENT_LEVELS = frozenset("镇乡村")
#: Characters that no place or level before a name holds: a sentence's words between the
#: place and the name (长兴县|以|县人民医院为牵头单位).
NOT_IN_PLACE_PREFIX = FUNCTION_CHARACTERS | frozenset("以")
#: A level and a count of levels (县、乡、|村三级服务站): bodies of every level, no one body.
COUNTED_LEVELS = regex.compile(r"[省市州盟县区旗乡镇村](?:[两二三四五六]|[2-6])级")
#: jieba dictionary tags (``token.tag_``) of words no company name holds: verbs, adverbs,
#: prepositions, conjunctions, particles, pronouns.
NOT_COMPANY_NAME_TAGS = frozenset({"v", "vd", "d", "ad", "p", "c", "u", "uj", "ul", "uz", "r"})
#: What a name the NER model found may be written with: Han characters, with Latin
#: letters, digits and brackets (ＩＢＭ公司, 铜陵有色金属（集团）公司), opening with Han
#: or a letter.
MODEL_NAME = regex.compile(r"[\p{Han}\p{Latin}][\p{Han}\p{Latin}\p{Nd}（）()·]{1,29}")


class OrganizationMatcher:
    """spaCy component: organisation names under ``matches['organizations']``."""

    def __init__(
        self,
        is_common_word: Callable[[str], bool] = lambda word: False,
        is_ordinary_word: Callable[[str], bool] = lambda word: False,
    ) -> None:
        self.is_common_word = is_common_word
        #: A dictionary word that is no name of any kind (试行, not 哈马斯).
        self.is_ordinary_word = is_ordinary_word
        self.pattern = compiled_fragment("ORG")
        #: How long ORG's match at a start is, and whether a text is a match of it: names
        #: recur from article to article.
        self._match_lengths: TextMemo[int | None] = TextMemo()
        self._names: TextMemo[bool] = TextMemo()
        #: Clause marks no name runs across: a name ends before the next one.
        self.name_break = clause_break("ORG")
        #: What a name opens with: a place, level or settlement, or a country's abbreviation
        #: before a known body (俄|经济部).
        self.head = compile_template("(?:{COUNTRY_BODY}|{ORG_HEAD})")
        self.organ = compiled_fragment("ORGAN")
        #: A word that never stands inside a name, opening the model's name (打击|俄炼油厂).
        self.opens_with_breaker = compile_template("{lexicon:organization_breakers+motion_verbs}")
        self.ends_in_organ = compile_template(r"{ORGAN}\Z")
        self.known = compiled_fragment("KNOWN_ORG")
        self.post = compiled_fragment("POST")
        self.body_stop = compiled_fragment("BODY_STOP")
        #: A body's head written with the body's last character (交通部长 for 交通部部长).
        self.head_post = regex.compile("[部局厅署院司处科行校馆所站社台团队]长")
        self.place = compiled_fragment("PLACE")
        self.session = compiled_fragment("SESSION")
        #: Division words of one character (县, 市): 某县 is an anonymised place (某县|人民医院),
        #: and what follows it names no body of its own.
        self.division_characters = frozenset(
            word for word in load_lexicon("place_suffixes") if len(word) == 1
        )
        #: A township, village or community no gazetteer lists (城关镇, 桂花村): it opens a name.
        self.settlement = settlement_opener(is_ordinary_word)
        # Words a name can open with: finding them is far cheaper than trying the pattern.
        self.openings = WordPositions(
            [
                *load_lexicon("body_prefixes"),
                *(
                    word
                    for lexicon in (*ORGANIZATION_NAME_LEXICONS, "places", "organization_prefixes")
                    for word in load_lexicon(lexicon)
                ),
            ]
        )
        #: A country's one-character abbreviation, a word of its own, opens a name before a
        #: known body (墨|经济部; COUNTRY_BODY leaves out 以, also the preposition: 以|联合国).
        self.country_abbreviations = frozenset(load_lexicon("country_abbreviations"))
        self.known_names = WordPositions(organization_names())
        self.organ_word_positions = WordPositions(
            [*load_lexicon("organ_suffixes"), *organization_names()]
        )
        self.false_endings = frozenset(load_lexicon("organ_false_endings"))
        self.words_running_on = frozenset(load_lexicon("organ_words_running_on"))
        self.running_on_lengths = sorted({len(word) for word in self.words_running_on})
        #: Last words of venue names: a body's name never ends in one (市行政中心).
        self.venue_endings = tuple(load_lexicon("venue_words"))
        #: The heads of facilities' names (水电站, 园区): a model's body right before one
        #: opens the facility's name (长寿区化工|园区).
        self.facility_word = regex.compile(trie_pattern(load_lexicon("facility_words")))
        #: A model place that ends in one of these is a body (三星堆博物馆).
        self.body_endings = body_endings()
        self.places = frozenset(load_lexicon("places"))
        self.company = compiled_fragment("COMPANY")
        self.listed_suffix = compiled_fragment("COMPANY_SUFFIX_LISTED")
        self.cooperative_suffix = compile_template("{lexicon:cooperative_suffixes}")
        self.company_suffix = compile_template(r"{lexicon:company_suffixes}\Z")
        #: A name word that is an industry makes a sector, not a company (新能源|汽车).
        self.industry_ending = compile_template(r"{lexicon:industries}\Z")
        self.model_ending = compile_template(r"{lexicon:model_organization_endings}\Z")
        self.generic_prefix = compiled_fragment("GENERIC_PREFIX")
        self.generic_names = frozenset(load_lexicon("generic_organizations"))
        self.generic_prefix_words = frozenset(load_lexicon("generic_prefixes"))
        self.max_generic_prefix = max(map(len, self.generic_prefix_words), default=1)
        self.level_list_before = compile_template(r"{LEVEL_LIST}\Z")

    def is_generic(self, text: str, start: int, end: int) -> bool:
        """A generic reference (有关部门, 全省法院, 各区县人民政府, 各市、县人民政府), or a
        place the gazetteer lists that happens to end in an organ word (港澳 + 台 of 港澳台商).

        >>> matcher = OrganizationMatcher()
        >>> text = "各区县政府和各市、县人民政府"
        >>> matcher.is_generic(text, 2, 5), matcher.is_generic(text, 9, 14)
        (True, True)
        >>> matcher.is_generic("县政府和市政府", 0, 3)
        False
        """
        name = text[start:end]
        if name in self.generic_names or name in self.places or COUNTED_LEVELS.match(name):
            return True
        for length in range(1, self.max_generic_prefix + 1):
            if start - length >= 0 and self.generic_prefix.fullmatch(text, start - length, start):
                return True
            # 各区|县政府: the name opens inside a generic word
            if length > 1 and text[max(0, start + 1 - length) : start + 1] in (
                self.generic_prefix_words
            ):
                return True
        return self.level_list_before.search(text, max(0, start - 12), start) is not None

    def match(self, state: DocState, doc: Doc) -> list[Match]:
        boundaries = TokenBoundaries.of(doc)
        text = state.folded
        found: list[Match] = []
        terms = [(m.start, m.end) for m in state.get("terms")]
        inside_terms = Coverage(len(text), terms)
        position = 0
        # Word ends where an organ word ends, found once: a name can only end there;
        # and it can only open with a known body, a place or a level word (or 中共).
        organs = self.organ_word_positions
        organ_ends = [
            end for end in boundaries.ends_within(0, len(text))[::-1] if organs.ends_at(text, end)
        ]
        settlement_starts = self.settlement.candidate_starts(text)
        breaks = [hit.start() for hit in self.name_break.finditer(text)] if self.name_break else []
        for start in name_starts(text, boundaries, 0, len(text)):
            if start < position:
                continue
            if not (
                self.openings.starts_at(text, start)
                or (
                    text[start : start + 1] in self.country_abbreviations
                    and boundaries.is_start(start)
                    and boundaries.is_start(start + 1)
                    and self.known_names.starts_at(text, start + 1)
                )
                or (
                    start in settlement_starts and self.settlement.opens_at(text, start, boundaries)
                )
            ):
                continue
            next_end = bisect_right(organ_ends, start)
            next_break = bisect_right(breaks, start)
            limit = min(
                start + MAX_NAME_LENGTH,
                breaks[next_break] if next_break < len(breaks) else len(text),
            )
            if next_end == len(organ_ends) or organ_ends[next_end] > limit:
                continue  # no organ word ends before the clause does
            if self._after_anonymised_place(text, start):
                continue
            if joins_two_names(text, start):
                continue  # 院长|和县人民检察院, 报告|和县纪委: 和 joins, the name opens after it
            # What the pattern can match reads no further than the clause mark after it.
            clause_end = breaks[next_break] + 1 if next_break < len(breaks) else len(text)
            length = self._match_lengths.get(
                text, start, clause_end, partial(self._match_length, text, start)
            )
            if length is None:
                continue
            # The pattern's first match may stop inside a word (区安委|会: 委 is an organ
            # word too); the name may run to that word's end.
            reach = boundaries.end_at_or_after(start + length)
            end = self._longest_valid_end(text, start, reach, boundaries)
            if end is None and self._post_glued_on(text, start, start + length, reach, boundaries):
                end = start + length  # 市|人大代表: the segmenter's word holds the post too
            if end is None:
                continue
            position = end
            if self.is_generic(text, start, end):
                continue
            if inside_terms.overlaps(start, end) and not self._holds_terms(terms, start, end):
                continue  # inside a term or across one; but 省“三农”工作领导小组 holds it
            found.append(
                Match(
                    FIELD, start, end, state.text[start:end], "organization_pattern", "organization"
                )
            )
        found.extend(self.match_companies(state, boundaries, doc))
        taken = Coverage(len(text), [(m.start, m.end) for m in found])
        found.extend(
            m
            for m in self.match_cooperatives(state, boundaries, doc)
            if not taken.overlaps(m.start, m.end)
        )
        return found

    def match_model_organizations(
        self, doc: Doc, state: DocState, found: list[Match]
    ) -> tuple[list[Match], set[tuple[int, int]]]:
        """Organisations the NER model found (label ORG, or a place ending in a body's word:
        三星堆博物馆), and the rule matches they extend.

        Generic references and spans overlapping a person, a title (whose organisation
        the title rules already judged) or a term are vetoed. Where the model's span
        holds whole rule matches and adds only places and levels before them (天津市塘沽区委
        around the rules' 区委), the longer name wins, as a name is listed at its longest
        extent; where it cuts across one or adds other words, the rule's extent wins.
        Returns the model's matches and the rule spans they replace.
        """
        vetoes = Coverage(
            len(state.text),
            [(m.start, m.end) for m in [*state.get("terms"), *state.get("people")]]
            + [(m.start, m.end) for m in state.get("titles")],
        )
        # A title whose organisation is a model name (小米科技有限责任公司董事长) leaves it
        # to be judged here.
        title_organizations = {m.data.get("organization") for m in state.get("titles")}
        rule_spans = {(m.start, m.end) for m in [*found, *state.get(FIELD)]}
        extra = []
        replaced: set[tuple[int, int]] = set()
        model_names = [
            name
            for entity in doc.ents
            if entity.label_ == MODEL_ORGANIZATION
            or (entity.label_ == MODEL_PLACE and entity.text.endswith(self.body_endings))
            for name in self._conjoined_names(state.folded, entity.start_char, entity.end_char)
        ]
        boundaries = TokenBoundaries.of(doc)
        for start, end in model_names:
            seat = COMPANY_SEAT.match(state.folded, end)
            if seat is not None and seat.group(1) in self.places:
                end = seat.end()  # 东计电脑|（北京）有限公司: the model cut at the bracket
            if any(
                self._verb_after_name_at(state.folded, offset, boundaries)
                for offset in range(start + 1, end - 2)
            ):
                continue  # 市公安局刑侦支队|联合|滨江分局: two bodies, the rules find them
            if self._known_name_then_verb(state.folded, start, end, boundaries):
                continue  # 中国海警|组织|舰艇编队: the known name, then what it does
            facility = self.facility_word.match(state.folded, end)
            if facility is not None and boundaries.is_end(facility.end()):
                continue  # 长寿区化工|园区: the opening of a park's name
            if state.folded[start] in LEADING_ADVERBS and self.head.match(state.folded, start + 1):
                start += 1  # 仅|省教育出版社就为…: the adverb is the sentence's, not the name's
            if (
                start > 0
                and state.folded[start - 1] == "驻"
                and not self.known.fullmatch(state.folded, start, end)
            ):
                start -= 1  # 驻|韩美军司令部: the forces stationed in Korea name themselves so
                # (but 驻|联合国记者: a known body is where a reporter is posted)
            if (
                end - start < 2
                or "某" in state.folded[start:end]
                or self._after_anonymised_place(state.folded, start)
            ):
                continue  # 某文创公司, 淄博某工程检修公司, 某县|人民医院: a name withheld
            if vetoes.overlaps(start, end) and (start, end) not in title_organizations:
                continue
            if (start, end) in rule_spans:
                continue
            overlapping = [(a, b) for a, b in rule_spans if a < end and start < b]
            inside = [(a, b) for a, b in overlapping if start <= a and b <= end]
            if len(inside) < len(overlapping):
                continue  # cuts across a rule's match
            if (
                inside
                and (start, end) not in title_organizations
                and not (
                    self._prefix_is_places(state.folded, start, min(inside)[0])
                    or self._brand_before_company(state.folded, start, min(inside)[0], end)
                )
            ):
                continue  # 联合|省公安厅, 经|省统计局: the model took a word before the name
                # (but a title's body is whole: 美中关系全国委员会会长)
            if (
                self.is_generic(state.folded, start, end)
                or not self._model_name_ok(state.folded[start:end])
                or self._runs_on(state.folded, end)
                or self._names_a_settlement(state.folded, end)
            ):
                continue
            extra.append(Match(FIELD, start, end, state.text[start:end], "ner", "organization"))
            replaced.update(inside)
        return extra, replaced

    def _conjoined_names(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """A model name that joins two names with 与, 和 or 及 (…派出所与镇敬老院) is each of
        them: cut where the part before the word ends in an organ word. Names that hold the
        word (国家发展和改革委员会, 住房和城乡建设部) have none before it.

        >>> matcher = OrganizationMatcher()
        >>> matcher._conjoined_names("昆仑派出所与镇敬老院", 0, 10)
        [(0, 5), (6, 10)]
        >>> matcher._conjoined_names("国家发展和改革委员会", 0, 10)
        [(0, 10)]
        """
        for joint in range(start + 2, end - 2):
            if text[joint] in CONJUNCTIONS and self.organ_word_positions.ends_at(
                text, joint, start
            ):
                return [(start, joint), *self._conjoined_names(text, joint + 1, end)]
        return [(start, end)]

    def _after_anonymised_place(self, text: str, start: int) -> bool:
        """Whether ``text[start:]`` follows 某, or 某 and a division word (某县|人民医院)."""
        before = text[max(0, start - 2) : start]
        return before.endswith("某") or (
            len(before) == 2 and before[0] == "某" and before[1] in self.division_characters
        )

    def _verb_after_name_at(self, text: str, offset: int, boundaries: TokenBoundaries) -> bool:
        """Whether a verb that ends a name is the word at ``offset`` (|联合|, not 联合国,
        nor the organ word 联合|总会 of 澳门工会联合总会; but 组织 is a verb though 组 is an
        organ word)."""
        if not boundaries.is_start(offset):
            return False
        word_end = boundaries.end_at_or_after(offset + 1)
        if text[offset:word_end] not in VERBS_AFTER_A_NAME:
            return False
        organ = self.organ.match(text, offset)
        return organ is None or organ.end() <= word_end

    def _known_name_then_verb(
        self, text: str, start: int, end: int, boundaries: TokenBoundaries
    ) -> bool:
        """Whether ``text[start:end]`` is a known name and a verb after it that could end a
        name too (中国海警|组织 reads like 上海合作组织, but 组织 is what the coast guard does)."""
        last = (boundaries.starts_within(start + 1, end) or [start])[-1]
        return (
            last > start
            and self._verb_after_name_at(text, last, boundaries)
            and self.known.fullmatch(text, start, last) is not None
            and self.known.fullmatch(text, start, end) is None
        )

    def _runs_on(self, text: str, end: int) -> bool:
        """Whether the organ word ending at ``end`` is the first half of an ordinary word
        that runs on past it (防空部|队, 建设部|门, 建院|70周年)."""
        return any(
            text[end - inside : end - inside + length] in self.words_running_on
            for length in self.running_on_lengths
            for inside in range(1, length)
        )

    def _names_a_settlement(self, text: str, end: int) -> bool:
        """Whether the 社 ending a name at ``end`` opens a township's or village's name with
        the suffix after it (峰峰矿区|大社镇 is a town; not 合作社|村民, where an ordinary word
        follows)."""
        return (
            text[end - 1 : end] == "社"
            and text[end : end + 1] in SETTLEMENT_LEVELS
            and not self.is_common_word(text[end : end + 2])
        )

    def _prefix_is_places(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is empty or opens with a place or level and holds
        no function word (长沙市, 天津市塘沽; not 联合, 经), or is a place no gazetteer
        lists before the level word that opens the rules' name (江北|市国土资源局)."""
        if start == end:
            return True
        head = self.head.match(text, start, end)
        if head is None:
            return self._unlisted_place_before_level(text, start, end)
        rest = text[head.end() : end]
        return not any(ch in NOT_IN_PLACE_PREFIX for ch in rest)

    def _brand_before_company(self, text: str, start: int, end: int, name_end: int) -> bool:
        """Whether ``text[start:end]`` is a group's brand before the name of one of its
        companies (中车|株洲电力机车有限公司): two to four characters, no function
        character and no dictionary word (收购|华为技术有限公司 is a verb), in a name that
        ends in a company word."""
        return text.endswith(COMPANY_ENDINGS, start, name_end) and _is_coined_name(
            text[start:end], 4, self.is_common_word
        )

    def _unlisted_place_before_level(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]``, two or three characters, reads as the name of a
        division the gazetteer lacks, written before its level word: no function
        character, and no ordinary dictionary word (联合|省公安厅 is a verb)."""
        return text[end : end + 1] in DIVISION_LEVELS and _is_coined_name(
            text[start:end], 3, self.is_ordinary_word
        )

    def _model_name_ok(self, name: str) -> bool:
        """A model-found name must end like a body (an organ or company word, or one of
        the endings only model names may have: 厂, 站, 队…), or be a known one.

        A bare organ word (常委会), a phrase the model took for a name (永葆党) or a
        name cut inside a bracket is left out.
        """
        if self.known.fullmatch(name):
            return True
        if not MODEL_NAME.fullmatch(name) or self.organ.fullmatch(name):
            return False
        if self.opens_with_breaker.match(name) and not self.known.match(name):
            return False  # 乌称|打击俄炼油厂: a verb and its object; but 联合国开发计划署
        if name.endswith(self.venue_endings):
            return False  # 市行政中心, 北京国际会议中心: a venue
        if name.count("（") != name.count("）") or name.count("(") != name.count(")"):
            return False  # 香港）有限公司: cut inside a bracket
        if self.ends_in_organ.search(name) or self.company_suffix.search(name):
            return True
        return bool(self.model_ending.search(name)) and not self.is_common_word(name)

    def match_companies(
        self, state: DocState, boundaries: TokenBoundaries, doc: Doc
    ) -> list[Match]:
        """Short company names in lists (``某某化工、某某电子``): name word + industry word.

        The name holds no verb, adverb or function word of jieba's dictionary (the
        segmenter's ``token.tag_``): 组建|企业集团 and 逐步|扩展|到|纺织 are no companies.
        """
        text = state.folded
        found = []
        taken = Coverage(len(text))
        phrase_ends: set[int] = set()
        # A company name is 2-6 characters and a listed suffix: try the starts before
        # each suffix instead of every offset of the text.
        suffix_starts = [hit.start() for hit in self.listed_suffix.finditer(text, overlapped=True)]
        starts = sorted(
            {start for s in suffix_starts for start in range(max(0, s - MAX_COMPANY_NAME), s - 1)}
        )
        for start in starts:
            if taken.overlaps(start, start + 1) or not boundaries.is_start(start):
                continue
            hit = self.company.match(text, start)
            if hit is None or not boundaries.is_end(hit.end()):
                continue
            end = hit.end()
            listed_before = start == 0 or text[start - 1] in LIST_OPENERS
            if not listed_before and text[end : end + 1] != "、":
                continue
            suffix = self.company_suffix.search(text, start, end)
            name = text[start : suffix.start()] if suffix else ""
            if not 2 <= len(name) <= 6 or any(ch in NOT_IN_COMPANY_NAME for ch in name):
                continue
            if self.is_common_word(name) or self.is_common_word(text[start:end]):
                continue
            if self.industry_ending.search(name):
                continue  # 新能源汽车、高端装备; 山东推动新能源新材料集群发展: sectors
            if self.is_generic(text, start, end):
                continue
            words = doc.char_span(start, suffix.start() if suffix else end, alignment_mode="expand")
            if words is None or any(word.tag_ in NOT_COMPANY_NAME_TAGS for word in words):
                continue
            if end in phrase_ends or any(self._ordinary_word_in_a_name(w.text) for w in words):
                # 民主法治|建设, 高标准农田|建设: a task or an industry, no brand; nor is a
                # later start of the same item (壮大新能源汽车, then 新能源汽车)
                phrase_ends.add(end)
                continue
            found.append(
                Match(FIELD, start, end, state.text[start:end], "company_in_list", "company")
            )
            taken.add(start, end)
        return found

    @staticmethod
    def _holds_terms(terms: list[tuple[int, int]], start: int, end: int) -> bool:
        """Whether every term that ``start``-``end`` overlaps is a quoted word inside it with
        more of the name around it (区委“两新”工委; not 《求是》 itself, nor a name cut
        inside a term)."""
        return all(
            start <= s and e <= end and (s, e) != (start, end)
            for s, e in terms
            if s < end and start < e
        )

    def match_cooperatives(
        self, state: DocState, boundaries: TokenBoundaries, doc: Doc
    ) -> list[Match]:
        """Co-operatives and family farms named by a brand (金穗农机专业合作社, 红星蔬菜专业合作社,
        绿源家庭农场): a brand word, up to three nouns of what they grow or do, and the
        suffix. A brand is no ordinary word (全县|农民|专业合作社 names no body); a place
        may be one (清河|蔬菜|专业合作社), as the places before other bodies are."""
        text = state.folded
        found = []
        for hit in self.cooperative_suffix.finditer(text):
            if not (boundaries.is_start(hit.start()) and boundaries.is_end(hit.end())):
                continue
            words = doc.char_span(
                max(0, hit.start() - MAX_COOPERATIVE_NAME), hit.start(), alignment_mode="contract"
            )
            if words is None:
                continue
            nouns = []  # the words before the suffix, last first, while they may name it
            for word in reversed(words):
                if len(nouns) > MAX_COOPERATIVE_WORDS or not self._may_name_a_cooperative(word):
                    break
                nouns.append(word)
            # a brand is a coined name, no ordinary word (金穗, 红星, 清河; not 农民, 全县)
            brand = next(
                (w for w in reversed(nouns) if _is_coined_name(w.text, 4, self.is_ordinary_word)),
                None,
            )
            if brand is None:
                continue
            start, end = brand.idx, hit.end()
            if self.is_generic(text, start, end):
                continue
            found.append(
                Match(FIELD, start, end, state.text[start:end], "cooperative", "organization")
            )
        return found

    def _may_name_a_cooperative(self, word: Token) -> bool:
        """Whether ``word`` may stand in a co-operative's name before its suffix: Han
        characters, a noun, a name or a word jieba's dictionary lacks (金穗, 农机, 蔬菜),
        but no character that stands in no body's name (彭大妹|是|合作社的)."""
        return (
            HAN_WORD.fullmatch(word.text) is not None
            and (word.tag_ in ("", OUT_OF_VOCABULARY, "vn", "j") or word.tag_.startswith("n"))
            and self.body_stop.fullmatch(word.text) is None
        )

    def _ordinary_word_in_a_name(self, word: str) -> bool:
        """A common word that is no place (漳州) and no company word (金龙|客车): brands are
        coined names (奇美, 科华), lists of tasks are made of ordinary words (党内|法规)."""
        return (
            len(word) > 1
            and self.is_common_word(word)
            and word not in self.places
            and self.company_suffix.fullmatch(word) is None
        )

    def _match_length(self, text: str, start: int) -> int | None:
        hit = self.pattern.match(text, start)
        return None if hit is None else hit.end() - start

    def _post_glued_on(
        self, text: str, start: int, end: int, word_end: int, boundaries: TokenBoundaries
    ) -> bool:
        """Whether the name ``text[start:end]`` ends inside a word whose rest is a post
        (市|人大|代表 in the word 人大代表): the name ends where the post begins."""
        return (
            start < end < word_end
            and self.post.fullmatch(text, end, word_end) is not None
            and self._is_name(text, start, end)
            and self._plausible(text, start, end, boundaries)
        )

    def _is_name(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether ``text[start:end]`` is a match of ORG (remembered)."""
        end = len(text) if end is None else end
        return self._names.get(
            text, start, end, lambda: self.pattern.fullmatch(text, start, end) is not None
        )

    def _longest_valid_end(
        self,
        text: str,
        start: int,
        end: int,
        boundaries: TokenBoundaries,
    ) -> int | None:
        for candidate in boundaries.ends_within(start, min(end, len(text))):
            # Cheap test before the full pattern: an organ word must end here.
            if not self.organ_word_positions.ends_at(text, candidate, start):
                continue
            if self._is_name(text, start, candidate) and self._plausible(
                text, start, candidate, boundaries
            ):
                return candidate
        return None

    def _plausible(self, text: str, start: int, end: int, boundaries: TokenBoundaries) -> bool:
        """Reject spans that run across two names or begin or end in an ordinary word.

        ``泾源县公安局刑侦大队接到隆德县公安局`` holds a complete name, then other
        words, then a new place or level: it is two names, not one. A name
        directly followed by a place (``人民银行南昌中心支行``) is a branch. A name of the
        lexicons is plausible whatever its words (东部|战区), unless its last word runs on
        into an ordinary one (环境保护部|门); a name holds no head of a body
        (交通部长称联邦航空局).
        """
        if DATELINE_DATE.match(text, end):
            first = self.known.match(text, start, end)
            if first is not None and first.end() < end:
                return False  # 新华社|联合国1月23日电: where the dispatch was filed
        if self.known.fullmatch(text, start, end):
            return not self._runs_on(text, end)
        for post in self.head_post.finditer(text, start + 1, end - 1):
            if not self.place.match(text, post.end() - 1):  # not 国家税务总局|长沙市税务局
                return False  # 交通部长|称联邦航空局: a minister, then another body
        first_end = next((e for e in boundaries.ends_within(start, end)[::-1]), end)
        first = text[start:first_end]
        head = self.head.match(text, start, end)
        if (
            text[start] in CONJUNCTIONS
            and first_end == start + 1
            and head is not None
            and not boundaries.is_end(head.end())
        ):
            return False  # 社区和|县级|医院: the conjunction, not the county 和县
        known = self.known.match(text, start, end)  # a known name opening the span
        # 中|储粮|宿州直属库: a known name may cover the first word, if it ends at a word's
        # end (not 联合国 of 联合|国务院国资委)
        first_covered = (head is not None and head.end() >= first_end) or (
            known is not None and known.end() >= first_end and boundaries.is_end(known.end())
        )
        if (
            first_end < end
            and not first_covered
            and self.is_common_word(first)
            and not (self._is_name(first) or self.known.fullmatch(first))
        ):
            return False
        last_start = (boundaries.starts_within(start, end) or [start])[-1]
        last = text[last_start:end]
        if last.endswith(tuple(self.false_endings)) or text[start:end].endswith(self.venue_endings):
            return False
        if self._runs_on(text, end) or self._names_a_settlement(text, end):
            return False
        if last_start > start and self.is_common_word(last):
            # an organ word of the last word or of the last few (直属|库 of 中储粮宿州直属库)
            is_organ_word = self.known.fullmatch(last) or any(
                self.organ.fullmatch(text, cut, end)
                for cut in boundaries.starts_within(start + 1, last_start + 1)
            )
            if not is_organ_word and (len(last) <= 2 or not self.ends_in_organ.search(last)):
                return False
        known_end = start if known is None else known.end()
        for inner_end in boundaries.ends_within(start, end - 1):
            # Every match of ORG ends in an organ word or a known name: test that first.
            if not self.organ_word_positions.ends_at(text, inner_end, start) or not self._is_name(
                text, start, inner_end
            ):
                continue
            if inner_end < known_end:
                # A known name opening the span is whole, wherever the model cut a word
                # inside it (中国人民政治协商会|议: 协商会 is no name before the rest).
                continue
            if self._verb_after_name_at(text, inner_end, boundaries):
                return False  # 市公安局刑侦支队|联合|滨江分局: two bodies acting together
            for later in range(inner_end + 1, end):
                if (
                    boundaries.is_start(later)
                    and self.head.match(text, later)
                    and not self.session.fullmatch(text, inner_end, later)
                ):
                    return False  # but 中国人民政治协商会议|第十四届|全国委员会 is one name
        return True

    def __call__(self, doc: Doc) -> Doc:
        state = doc_state(doc)
        found = self.match(state, doc)
        from_model, replaced = self.match_model_organizations(doc, state, found)
        # a name does not open inside a person's (林志|华为|福建省人民政府: no 华为)
        inside_people = {
            offset for p in state.get("people") for offset in range(p.start + 1, p.end)
        }
        found = [
            m
            for m in [*found, *from_model]
            if (m.start, m.end) not in replaced
            and not COUNTED.search(state.folded, m.start, m.end)
            and m.start not in inside_people
        ]
        existing = [m for m in state.get(FIELD) if (m.start, m.end) not in replaced]
        seen = {(m.start, m.end) for m in existing}
        # a name is listed at its longest extent: 市委 inside the title's 林州市委 is no name
        merged = list(existing)
        for match in found:
            nested = any(m.start <= match.start and match.end <= m.end for m in existing)
            if (match.start, match.end) not in seen and not nested:
                merged.append(match)
                seen.add((match.start, match.end))
        aliases = self.bracketed_aliases(state, merged)
        merged.extend(m for m in aliases if (m.start, m.end) not in seen)
        state.replace(FIELD, merged)
        return doc

    def bracketed_aliases(self, state: DocState, names: list[Match]) -> Iterator[Match]:
        """The short name written in brackets right after a name: 巴勒斯坦伊斯兰抵抗运动（哈马斯）
        gives 哈马斯 too (GOLD.md lists abbreviations as names of their own)."""
        text = state.folded
        people = Coverage(len(text), [(m.start, m.end) for m in state.get("people")])
        for name in names:
            hit = BRACKETED_ALIAS.match(text, name.end)
            if hit is None:
                continue
            start, end = hit.span(1)
            alias = text[start:end]
            is_word = self.is_ordinary_word(alias) and not (
                self.known.fullmatch(alias) or self.ends_in_organ.search(alias)
            )  # （试行）: a word; （以下简称“国家发展改革委”）: a body's short name
            if people.overlaps(start, end) or alias in self.places or is_word:
                continue  # （北京）有限公司: a place
            yield Match(
                FIELD, start, end, state.text[start:end], "organization_alias", "organization"
            )


def _is_coined_name(word: str, longest: int, is_dictionary_word: Callable[[str], bool]) -> bool:
    """Whether ``word`` (two to ``longest`` Han characters) reads as a name no list holds: no
    function character, and not a word the dictionary test knows (a verb the model took in)."""
    return (
        2 <= len(word) <= longest
        and HAN_WORD.fullmatch(word) is not None
        and not any(ch in FUNCTION_CHARACTERS for ch in word)
        and not is_dictionary_word(word)
    )


@Language.factory("govnews_organizations", assigns=["doc._.govnews"])
def make_organization_matcher(nlp: Language, name: str) -> OrganizationMatcher:
    # a proper noun in jieba's dictionary (奇美, nz) can name a company or a body
    return OrganizationMatcher(
        common_word_test(nlp, "nt", "nz"), common_word_test(nlp, "nr", "ns", "nt", "nz")
    )
