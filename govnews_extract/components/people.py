"""People and their titles: ``省委常委、省委政法委书记尹建业`` and the like.

The stage finds chains of titles written before a name (split at ``、``),
titles written after a known name (``习近平总书记``), bylines (``记者陈利光``),
legal statuses (``被告人…``, a person without a title) and lists of names
(``刘彩凤、李靖等同志``); then every further mention of a name already found.
Organisations written inside titles are recorded too (``省公安厅厅长`` gives
``省公安厅``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

import regex
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..lexicons import (
    ORGANIZATION_NAME_LEXICONS,
    POST_LEXICONS,
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
from ..rules.builtin import builtin_patterns
from ..segmenter import FREQUENT_WORD_FREQUENCY, OUT_OF_VOCABULARY, common_word_test
from ..state import DocState, Match, doc_state
from .labels import MODEL_ORGANIZATION, MODEL_PERSON, MODEL_PLACE, Entity, model_entities
from .names import DOTS, NameMatcher, bracketed_byline_at
from .spans import Coverage, occurrences
from .tokens import (
    FUNCTION_CHARACTERS,
    TokenBoundaries,
    dateline_places,
    name_starts,
    settlement_opener,
)

PEOPLE = "people"
TITLES = "titles"
ORGANIZATIONS = "organizations"

#: Characters that end place and organisation words, never a model-found name (孟家村; 巴媒,
#: a country's media).
NOT_LAST_IN_NAME = frozenset("村镇乡县市区省州局厅委办院部队所站街路媒")
#: Surnames that are also "more than" after a number (6800余海里, 300多人).
APPROXIMATIONS = frozenset("余多")
#: Rules that guess where an unknown name begins or ends from its surname.
GUESSING_RULES = frozenset(
    {
        "post_after_name",
        "title_chain",
        "title_chain_list",
        "comrade_list",
        "elected_list",
        "byline",
        "legal_status",
        "age_before_name",
        "descriptor_before_name",
        "apposition",
    }
)
#: jieba tags of words that are no given name: time, numeral, adverb, pronoun, preposition,
#: conjunction, particle, direction, measure word (于|去年, 经|多年).
NOT_GIVEN_NAME_TAGS = ("t", "m", "d", "r", "p", "c", "u", "f", "q")
#: jieba tags of names (person, place, organisation, other proper noun).
NAME_TAGS = ("nr", "ns", "nt", "nz")
#: jieba's dictionary tag of a person's name.
PERSON_TAG = "nr"
#: Most of the model's bodies and places a title takes in before it (加拿大|安大略省|省长).
MAX_NAMES_BEFORE_A_POST = 3
#: Longest title chain looked for before a name, in characters.
MAX_CHAIN = 90
#: A monarch's ordinal after the name (阿卜杜拉|二世, 费利佩|六世); not 世纪, 世界, 四世同堂.
REGNAL_NUMBER = regex.compile(r"[一二三四五六七八九十]{1,3}世(?![纪界代同])")
#: An author's name alone on the line under the headline, a paragraph after it (虎年画虎\n
#: 西克\n虎年画虎，是…): newspapers sign features so, with a pen name as often as not.
AUTHOR_LINE = regex.compile(r"\A[^\n]+\n[ \t\u3000]*(\p{Han}{2,4})[ \t\u3000]*\n(?=[^\n]{20})")
#: Where bylines are looked for: the article's first lines (headline, subtitle, lead), at
#: most so many characters in.
BYLINE_LINES = 3
BYLINE_REACH = 200
#: A name filling the byline slot up to the bracket, space or list mark after it
#: (（记者 江南）): a surname and one or two characters, whatever else they could mean.
BYLINE_SLOT = regex.compile(r"\p{Han}{2,4}(?=[)）\s、]|\Z)")
#: Transliterated names in parts joined by hyphens (凯勒-祖特尔); dotted ones (诺埃尔·巴罗) are
#: fragment TRANSLITERATED_NAME (``NameMatcher.transliterated``).
HYPHENATED_NAME = regex.compile(r"\p{Han}{1,6}[-－]\p{Han}{1,8}(?:[-－·・•]\p{Han}{1,8})*")
#: Longer than any name, transliterations with their dots included.
LONGEST_NAME = 40
#: An article that speaks of sides (中方, 双方): X方 there is a country's side, not a person.
SIDES = regex.compile("中方|双方|我方|外方")
#: What ends a slot a name fills in a byline (记者 邹多为 周圆).
SLOT_ENDS = frozenset(" \t\u3000)）")
#: Prepositions the model may take into a transliterated name after them (同|西米纳总统会谈).
PREPOSITIONS_BEFORE_NAMES = frozenset("同与和跟向对")
#: Lexicons whose words can open a title (ORG_HEAD, KNOWN_ORG, QUALIFIER, POST, ORGAN, PLACE,
#: and the levels below a district that TITLE_ORG reads before a Party post).
TITLE_OPENING_LEXICONS = (
    "places",
    "country_abbreviations",
    "organization_prefixes",
    "sub_district_levels",
    *ORGANIZATION_NAME_LEXICONS,
    "qualifiers",
    *POST_LEXICONS,
    "organ_suffixes",
)
_SEPARATORS = frozenset("、，,　 \t")
#: Clause and sentence marks (width-folded text), searched forwards and backwards.
_CLAUSE_MARK = regex.compile(r"[。,;!?\n]")
_LAST_CLAUSE_MARK = regex.compile(r"(?r)[。,;!?\n]")
#: The last mark before an offset that opens a sentence or a list (width-folded text).
_LAST_SENTENCE_MARK = regex.compile(r"(?r)[。;!?:\n]")
#: Words that close a list of names opened by 、 (陈冬、陈中瑞和王杰).
LIST_CLOSERS = ("和", "及")
#: Marks joining the names of people who share what follows (张三、李四当选为副市长).
LISTED_SUBJECTS_JOINERS = ("、", *LIST_CLOSERS)
#: What ends a sentence (width-folded text).
_SENTENCE_STOP = regex.compile(r"[。\n]")
#: A note of sex and people after a name in an appointment list (width-folded: (女,土家族)).
PERSONAL_NOTE = regex.compile(r"\((?:[男女](?:,\p{Han}{1,5}族)?|\p{Han}{1,5}族)\)")
#: 时任 (then serving as) opens a clause of a profile that lists the posts held at the time.
AT_THE_TIME_HELD = "时任"
#: Where a line or a sentence opens (past its indent and a numbered item's mark: 一、, 1.,
#: （二）).
ITEM_OPENING = regex.compile(
    r"(?m)(?:^|(?<=[。;]))[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]|"
    r"\([一二三四五六七八九十\d]{1,3}\))?"
)
#: What closes the posts written between commas after a name that opens an item.
APPOSITION_CLOSERS = frozenset(",;。")
#: A line, its leading whitespace apart (group 1: the rest).
_LINE = regex.compile(r"[^\S\n]*([^\n]*)\n?")
_CLAUSE_OPENER = regex.compile(r"[,;。]")
#: What closes a list of names whose names the rules read: 同志 (刘彩凤、李靖等同志) or
#: being elected (格桑拉姆、杨永明当选为副主任, 贡布、刘晓梅等13人当选为委员).
NAME_LIST_ENDS = regex.compile(r"等?同志|(?:等\d+(?:人|名))?当选")
#: What a name of a list of the elected follows: a list or clause mark (width-folded).
ELECTED_LIST_OPENINGS = "、,;。:\n \t"
#: 他 or 她 opening a sentence or clause, as the subject of what follows.
SUBJECT_PRONOUNS = "他她"
#: 后 (then) before a link word goes on with a career without a date (，后任县长).
LATER_POST = "后"
#: What may open a resume's paragraph before its first span (width-folded: 简历：).
RESUME_HEADING = regex.compile(r"(?:主要)?(?:(?:工作|个人)?(?:简历|经历))?:?[ \t]*")
#: The space between a resume line's span and its posts (2001.07—2005.03 某某科员).
RESUME_SPACE = regex.compile(r"[ \t\u3000]+")
#: Where one is sent to hold a post, between the name and the link (龙某|到菖蒲塘村|任驻村第一书记).
POSTED_THERE = regex.compile(r"(?:到|赴)\p{Han}{1,12}?(?:村|社区|乡|镇|县|市|区|州)(?=担任|任)")


@dataclass
class _Person:
    start: int
    end: int
    rule_id: str
    titles: list[Match] = field(default_factory=list)


class PeopleMatcher:
    """spaCy component: people, titles and the organisations inside titles."""

    def __init__(
        self,
        is_common_word: Callable[[str], bool] = lambda word: False,
        is_dictionary_word: Callable[[str], bool] | None = None,
        is_ordinary_word: Callable[[str], bool] | None = None,
        is_frequent_word: Callable[[str], bool] | None = None,
    ) -> None:
        #: Whether jieba's dictionary counts a word as frequent, whatever its tag: its tags
        #: call many ordinary words names (关怀, 殷殷 nr).
        self.is_dictionary_word = is_dictionary_word or is_common_word
        #: Whether it counts a word as frequent and tags it as no proper noun: for names the
        #: model found, which the dictionary may tag as a place (普京, 奥巴马 ns).
        self.is_ordinary_word = is_ordinary_word or is_common_word
        #: Whether it counts a word as an everyday one (常常), not a rarer word that is also a
        #: given name (立新, 国庆): a word after a surname must be one to make the pair words.
        self.is_frequent_word = is_frequent_word or is_common_word
        self.names = NameMatcher(is_common_word, self.is_ordinary_word)
        #: Organ words of two or more characters: a name ending in one is a body's (乌军方).
        self.body_endings = frozenset(body_endings())
        #: Words that, written right after a model's name, make it part of a company's, a
        #: body's, a place's or a facility's name instead (金龙|客车, 古雷|开发区, 叶巴滩|水电站),
        #: or a pair of places (杭黔|协作).
        self.name_enders = WordPositions(
            self.body_endings.union(
                load_lexicon("company_suffixes"),
                load_lexicon("place_suffixes"),
                load_lexicon("facility_words"),
                load_lexicon("pairing_words"),
            )
        )
        #: Place names of the gazetteer: a model name of three or more characters that is one
        #: (乌干达) is the place; two-character names can be county names too (高平).
        self.places = frozenset(load_lexicon("places"))
        #: A gazetteer place opening a text (沙特|阿美总裁): what follows may be a body's name.
        self.gazetteer_start = compiled_fragment("PLACE")
        #: A post (or the bracket closing one or a note after it: 主任（局长）|刘某,
        #: 副主席（兼）|彭某) right before what may be a name: a dotted name, a surname, or two
        #: transliteration characters (俄罗斯总统|普京).
        transliterated = "".join(sorted(self.names.transliteration_characters))
        self.post_before_name = compile_template(
            rf"({{POST}}(?:{{POST_NOTE}}|\))?)[ \t]*"
            rf"(?=\p{{Han}}{{1,6}}[·・•]|{{SURNAME}}|[{transliterated}]{{2}})"
        )
        #: A post written right before a name the model found without a Chinese surname
        #: (民政部部长多吉才让): searched for backwards from the name.
        self.post_right_before = compile_template(r"({POST}(?:{POST_NOTE}|\))?)[ \t]*\Z")
        self.title_chain_full = compiled_fragment("TITLE_CHAIN")
        #: The same for the chains that hold no bracket (most): without POST_BRACKET, whose
        #: tries after every post made each match a fifth slower.
        self.title_chain_without_brackets = compiled_fragment(
            "TITLE_CHAIN", emptied=("POST_BRACKET",)
        )
        #: A rank closing a piece of a chain, after another post (新闻发言人|海军大校).
        self.rank_after_post = compile_template(r"(?<={POST}){RANK_AFTER_POST}\Z")
        #: The last clause mark before a chain's end (searched backwards): no chain of
        #: titles runs across one, so none can start before it.
        self.chain_break = clause_break("TITLE_CHAIN", backwards=True)
        # Words a title can open with: the first words of ORG_HEAD, KNOWN_ORG, QUALIFIER,
        # POST, ORGAN and PLACE, and 驻 of POSTED_TO (驻坦桑尼亚大使): a look-up, far cheaper
        # than trying a pattern.
        self.organization_names = frozenset(organization_names())
        self.title_openers = WordPositions(
            [
                *load_lexicon("body_prefixes"),
                "驻",
                *(
                    word
                    for lexicon in TITLE_OPENING_LEXICONS
                    for word in load_lexicon(lexicon)
                ),
            ]
        )
        #: A township, village or community no gazetteer lists (城关镇): it opens a title.
        self.settlement = settlement_opener(self.is_ordinary_word)
        #: A body's term of office (十四届全国人大常委会委员长): it opens a title too.
        self.session = compiled_fragment("SESSION")
        self.title_parts = compiled_fragment("TITLE_PARTS")
        self._parsed_titles: TextMemo[tuple[tuple[int, int], ...] | None] = TextMemo()
        self._title_chains: TextMemo[bool] = TextMemo()
        self.qualifier = compiled_fragment("QUALIFIER")
        self.post_after_name = compile_template("(?:{QUALIFIER}){0,2}{POST}")
        self.organization = compiled_fragment("ORG")
        #: A body and a unit of it written after it (省交通运输厅规划处): one name.
        self.organization_and_unit = compile_template("{ORG}{UNIT_OF_ORG}")
        self.known_body = compiled_fragment("KNOWN_ORG")
        self.headed_body = compiled_fragment("HEADED_BODY")
        self.generic_prefix = compiled_fragment("GENERIC_PREFIX")
        #: 俄外交部 of 俄外交部发言人: a country's body, named by the country's abbreviation
        #: and a body of two or more characters (法|院 is a court, not a French body).
        self.foreign_body = compile_template("{COUNTRY_ABBREVIATION}(?:{ORG}|{ORGAN})")
        #: One-character names of countries (哈 of 哈方, 俄 of 俄外交部).
        self.country_abbreviations = frozenset(load_lexicon("country_abbreviations"))
        #: China's minority peoples (哈萨克, 维吾尔): no person's name.
        self.ethnic_groups = frozenset(load_lexicon("ethnic_groups"))
        self.organ_word = compiled_fragment("ORGAN")
        self.legal_status = regex.compile(trie_pattern(load_lexicon("legal_statuses")))
        #: An age and what the person is, before a name (5岁的武建霞, 62岁的村民罗春生).
        self.age_before_name = compile_template(
            r"(?<![\d.])(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:周岁|岁)的"
            r"(?:{lexicon:person_descriptors})?"
        )
        #: What an ordinary person is, right before the name (青年志愿者常乐怡).
        self.descriptor_before_name = compile_template("{lexicon:person_descriptors}")
        self.byline_role = regex.compile(trie_pattern(load_lexicon("byline_roles")))
        self.generic_organizations = frozenset(load_lexicon("generic_organizations"))
        self.weak_posts = frozenset(load_lexicon("weak_posts"))
        self.doctrines = compile_template("{lexicon:doctrines}")
        #: 惠民生、促消费: a model name that starts inside one of these phrases is none.
        self.policy_phrase = compile_template("{lexicon:policy_phrases}")
        appointments = builtin_patterns("appointment")
        self.appointment = regex.compile(trie_pattern(appointments["before"]))
        self.appointment_heading = regex.compile(
            rf"(?:{trie_pattern(appointments['before'])})[ \t]*:[ \t]*\n"
        )
        self.appointment_link = regex.compile(trie_pattern(appointments["link"]))
        self.keep_link = frozenset(appointments["keep_link"])
        self.held_link = regex.compile(trie_pattern(appointments["held"]))
        self.honorific = regex.compile(trie_pattern(appointments["honorifics"]))
        self.profile_marks = frozenset(appointments["profile_marks"])
        self.succeeded = regex.compile(trie_pattern(appointments["succeeded"]))
        self.career_links = tuple(appointments["career"])
        #: A body's staff (城关镇干部), a post only in a career's list of posts.
        self.career_staff_title = compile_template(
            f"(?:{{TITLE_ORG}})(?:{trie_pattern(appointments['career_staff'])})"
        )
        self.career_date = compiled_fragment("CAREER_DATE")
        #: What opens a clause whose subject is the person named last (folded: ，is ,):
        #: 他 or 她, a career's date or span (CAREER_DATE), or 后 (，后任县长); a link follows.
        self.subjectless_clause = compile_template(
            rf"(?<=^|[。\n,;:])(?:[{SUBJECT_PRONOUNS}]|{{CAREER_DATE}}|{LATER_POST})"
        )
        self.title_core = compiled_fragment("TITLE")
        self.sub_title = compiled_fragment("SUB_TITLE")
        self.byline_roles = frozenset(load_lexicon("byline_roles"))
        role_spec = builtin_patterns("roles")
        roles = role_spec["roles"]
        self.role_words = {word: role for role, words in roles.items() for word in words}
        for word, role in list(self.role_words.items()):
            if word.startswith("作"):  # 作了汇报 as 作汇报
                self.role_words.setdefault("作了" + word[1:], role)
        role_word = trie_pattern(self.role_words)
        # 向德明代表受表彰的先进个人|发言: the group one speaks for, before the role
        represented = (
            f"(?:(?:{trie_pattern(role_spec['on_behalf_of'])})"
            f"(?:{trie_pattern(role_spec['represented_groups'])})"
            r"[^，。；：！？、,;:!?\s]{0,12}?)?"
        )
        self.role_pattern = regex.compile(
            f"(?:{role_spec['when_where']}){represented}(?P<role>{role_word})"
        )
        #: Role words of taking part in an event (出席, 主持, 会见), not of speaking: after a
        #: post, an ordinary word right before one is a name.
        self.event_role_words = tuple(
            word
            for role, words in roles.items()
            if role in ("chaired", "attended", "met", "visited")
            for word in words
        )
        self.not_roles = tuple(role_spec["not_roles"])
        self.on_behalf_of = tuple(role_spec["on_behalf_of"])
        self.represented_groups = tuple(role_spec["represented_groups"])
        self.speech_verb_at = regex.compile(trie_pattern(load_lexicon("speech_verbs")))
        self.group_after_list = regex.compile(role_spec["group_after_list"])
        self.bodies_after_list = compile_template(role_spec["bodies_after_list"])
        self.role_joiner = regex.compile(trie_pattern(role_spec["joiners"]))
        self.weak_post_at = regex.compile(trie_pattern(self.weak_posts))
        self.person_only_roles = frozenset(role_spec["person_only"])
        self.list_openers = [
            (role, regex.compile(pattern)) for role, pattern in role_spec["list_openers"].items()
        ]
        self.second_role = regex.compile(
            f"(?:{trie_pattern(role_spec['also'])})(?P<role>{role_word})"
        )

    # -- finding -------------------------------------------------------------

    def match_title_chains(
        self,
        state: DocState,
        boundaries: TokenBoundaries,
        model_names: Mapping[int, int],
        model_bodies_and_places: Sequence[Entity] = (),
    ) -> Iterator[_Person]:
        """Titles joined by 、 right before a name; the name gets every one of them.

        Chains are anchored where a post is followed by a possible name (a surname, a
        transliteration, or a name the model found: ``model_names`` maps its start to
        its end), then grown leftwards to the earliest word boundary from which the whole
        chain parses: far cheaper than scanning every position of the text. The first
        title takes the bodies and places the model found (``model_bodies_and_places``)
        that its organisation word ends or that are written right before it
        (:meth:`_with_model_names_before`).
        """
        text = state.folded
        consumed = 0
        for chain_end, name_start in self._title_anchors(text, model_names):
            if chain_end <= consumed:
                continue
            chain_start = self._chain_start(
                text, max(consumed, chain_end - MAX_CHAIN), chain_end, boundaries
            )
            if chain_start is None:
                continue
            name_end = self.names.match(text, name_start, boundaries)
            if name_end is None and name_start in model_names:
                name_end = self.names.complete_transliteration(
                    text, name_start, model_names[name_start]
                )
            if name_end is None:
                name_end = self._transliterated_word_end(text, name_start, boundaries)
            if name_end is None:
                name_end = self._word_name_before_role(text, name_start, boundaries)
            if name_end is None:
                continue
            phrase = self.policy_phrase.match(text, name_start)
            if phrase is not None and phrase.end() >= name_end:
                continue  # 日本领导人|涉台 (错误言论): what a matter concerns, not a name
            # 副主席梅德韦|杰夫16日: a surname opened a guess the transliteration runs past
            name_end = self.names.complete_transliteration(text, name_start, name_end)
            name_end = self._name_up_to_list_mark(text, name_start, name_end)
            titles = list(self._split_titles(state, chain_start, chain_end))
            first = self._with_model_names_before(state, titles[0], model_bodies_and_places)
            if first is not titles[0]:
                titles[0], chain_start = first, first.start
                before = chain_start - 1  # 全国政协委员、|中国科学院上海天文台台长
                if before > consumed and text[before] == "、":
                    start = self._chain_start(
                        text, max(consumed, before - MAX_CHAIN), before, boundaries
                    )
                    if start is not None:
                        titles[:0] = self._split_titles(state, start, before)
                        chain_start = start
            earlier = self._chain_before_comma(text, chain_start, consumed, boundaries)
            if earlier is not None:
                titles[:0] = self._split_titles(state, earlier, chain_start - 1)
            while len(titles) > 1 and self._is_weak(state, titles[0]):
                titles.pop(0)  # 会见美国工商界代表、|布鲁金斯学会名誉主席桑顿: whom he came with
            if any(self._is_weak(state, title) for title in titles):
                continue
            yield _Person(name_start, name_end, "title_chain", titles)
            # 省领导廉毅敏、王一新、张复明出席: the names listed after share the titles.
            cursor = name_end
            # 航天员陈冬、陈中瑞和王杰: a list opened by 、 may close with 和 or 及 (but
            # 国家主席习近平和王沪宁 shares nothing: no 、 opened a list)
            listed = False
            while cursor < len(text) and (
                text[cursor] == "、" or (listed and text[cursor] in LIST_CLOSERS)
            ):
                closing = text[cursor] != "、"
                if self._opens_title(text, cursor + 1, boundaries) and self._chain_follows(
                    text, cursor + 1
                ):
                    break
                next_end = self.names.match(text, cursor + 1, boundaries)
                if next_end is None or (
                    self.gazetteer_start.match(text, cursor + 1)
                    and self.names.posts.search(text, next_end, next_end + 4)
                ):
                    break  # 、沙特阿美总裁纳瑟尔: a body opening with a country, then its head
                yield _Person(cursor + 1, next_end, "title_chain_list", titles)
                cursor, listed = next_end, True
                if closing:
                    break
            consumed = cursor

    @classmethod
    def _with_model_names_before(
        cls, state: DocState, title: Match, model_names: Sequence[Entity]
    ) -> Match:
        """The title with the whole of a body's name the model found whose end is the end
        of the title's organisation word: 公司董事长 in 小米科技有限责任公司董事长, where no
        title opens at 小米 (an ordinary word, millet) but the model reads the company; and
        with the bodies and places the model found written right before it, for a title
        without a body (亚奥理事会|第一副主席) or places before a place (加拿大|安大略省|省长,
        where the gazetteer knows neither). ``model_names``: the model's bodies and places."""
        organization_is_a_place = False  # only a place takes more places before it
        for _ in range(MAX_NAMES_BEFORE_A_POST):
            extended, organization_is_a_place = cls._with_one_model_name(
                state, title, model_names, organization_is_a_place
            )
            if extended is title:
                break
            title = extended
        return title

    @staticmethod
    def _with_one_model_name(
        state: DocState,
        title: Match,
        model_names: Sequence[Entity],
        organization_is_a_place: bool,
    ) -> tuple[Match, bool]:
        """The title with one more model name before it, and whether its organisation is
        now a place; the title itself when none is there."""
        organization = title.data.get("organization")
        for start, end, label in model_names:
            if not (start < title.start and HAN_WORD.fullmatch(state.folded, start, title.start)):
                continue
            ends_organization = organization is not None and end == organization[1]
            if label == MODEL_ORGANIZATION and ends_organization and title.start < end:
                span, is_place = (start, end), False  # 小米科技有限责任公司|董事长
            elif end == title.start and (
                organization is None or (label == MODEL_PLACE and organization_is_a_place)
            ):
                span = (start, organization[1] if organization else end)  # 加拿大|安大略省|省长
                is_place = label == MODEL_PLACE
            else:
                continue
            data = {**title.data, "organization": span}
            text = state.text[start : title.end]
            return Match(TITLES, start, title.end, text, title.rule_id, "title", data), is_place
        return title, organization_is_a_place

    def _word_name_before_role(
        self, text: str, start: int, boundaries: TokenBoundaries
    ) -> int | None:
        """End of a name that is also an ordinary word (高峰, 金星), written between a post and
        what the person did at the event (主任高峰列席会议, 市长高峰出席), or between a post and
        the next titled person of a list (主任高峰，副市长李明分别讲话): a whole word of two or
        three characters opening with a surname. Before anything else (市长高度重视) it is the
        word."""
        for end in (start + 2, start + 3):
            if (
                boundaries.is_start(start)
                and boundaries.is_end(end)
                and self.names.surname_length(text, start) == 1
                and HAN_WORD.fullmatch(text, start, end)
                and (
                    text.startswith(self.event_role_words, end)
                    or self._next_titled_person_at(text, end, boundaries)
                )
            ):
                return end
        return None

    def _next_titled_person_at(self, text: str, mark: int, boundaries: TokenBoundaries) -> bool:
        """Whether a 、 or comma at ``mark`` opens the next titled person of a list."""
        return (
            text.startswith(("、", ","), mark)
            and self._opens_title(text, mark + 1, boundaries)
            and self._chain_follows(text, mark + 1)
        )

    def _name_up_to_list_mark(self, text: str, start: int, end: int) -> int:
        """The end of a titled name of three or more characters that stops one character
        short of the 、 of a list (副书记阿拉腾达|来、王莉霞: a Mongolian name, no surname to
        measure it by): the character belongs to the name unless it is a function word or
        a particle (李明等、)."""
        return end + 1 if end - start >= 3 and self._last_before_list_mark(text, end) else end

    def _last_before_list_mark(self, text: str, offset: int) -> bool:
        """Whether the character at ``offset`` can end a name right before a list's 、."""
        names = self.names
        return (
            text.startswith("、", offset + 1)
            and HAN_WORD.fullmatch(text, offset, offset + 1) is not None
            and text[offset] not in names.not_given_name
            and text[offset] not in names.particles
            and text[offset] not in names.adverbs_after_names
        )

    def _transliterated_word_end(
        self, text: str, start: int, boundaries: TokenBoundaries
    ) -> int | None:
        """End of a foreign name written without a dot after a title, which the model
        missed (俄罗斯总统普京, 美国总统拜登3日): two to six transliteration characters up to
        the end of a word, and no ordinary word, place of the gazetteer, known body or post."""
        characters = self.names.transliteration_characters
        end = start
        while end < len(text) and end - start < 6 and text[end] in characters:
            end += 1
        for stop in range(end, start + 1, -1):  # the longest first
            name = text[start:stop]
            if (
                boundaries.is_end(stop)
                and name not in self.places
                and name not in self.organization_names  # 发言人|哈马斯
                and not self.names.posts.match(name)
                and not self.is_ordinary_word(name)
            ):
                return stop
        return None

    def _title_anchors(self, text: str, model_names: Mapping[int, int]) -> list[tuple[int, int]]:
        """(end of the last post, start of the name) of every place a title chain can end."""
        anchors = {
            (post.end(1), post.end())
            for post in self.post_before_name.finditer(text, overlapped=True)
        }
        for start in model_names:
            post = self.post_right_before.search(text, max(0, start - 12), start)
            if post is not None:
                anchors.add((post.end(1), start))
        return sorted(anchors)

    def _chain_start(
        self, text: str, low: int, chain_end: int, boundaries: TokenBoundaries
    ) -> int | None:
        """The earliest word start (or offset after a glued function word: 据市|统计局局长)
        from which ``text[start:chain_end]`` is a title chain."""
        if self.chain_break is not None:
            mark = self.chain_break.search(text, low, chain_end)
            if mark is not None:
                low = mark.end()
        for start in name_starts(text, boundaries, low, chain_end):
            if self._opens_title(text, start, boundaries) and self._is_title_chain(
                text, start, chain_end
            ):
                return start
        return None

    def _is_title_chain(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a title chain (remembered: the chains before
        leaders' names come back in article after article)."""
        pattern = (
            self.title_chain_full
            if text.find("(", start, end) >= 0
            else self.title_chain_without_brackets
        )
        return self._title_chains.get(
            text, start, end, lambda: pattern.fullmatch(text, start, end) is not None
        )

    def _chain_before_comma(
        self, text: str, chain_start: int, low: int, boundaries: TokenBoundaries
    ) -> int | None:
        """Where a title chain that fills the clause before the comma ending at
        ``chain_start`` starts, if it opens its sentence (or list) and no earlier name took it:
        ``市政府党组成员、副市长，市公安局党委书记、局长杨勇`` gives 杨勇 all four titles."""
        comma = chain_start - 1
        if comma < 1 or text[comma] != ",":
            return None
        mark = _LAST_SENTENCE_MARK.search(text, 0, comma)
        start = 0 if mark is None else mark.end()
        while start < comma and text[start].isspace():
            start += 1
        if (
            start < max(low, comma - MAX_CHAIN)
            or not self._opens_title(text, start, boundaries)
            or not self._is_title_chain(text, start, comma)
        ):
            return None
        return start

    def _opens_title(self, text: str, start: int, boundaries: TokenBoundaries) -> bool:
        """Whether a title can open at ``start``: a word of the title lexicons, a township
        no gazetteer lists (城关镇党委书记) or a body's term (十四届全国人大常委会委员长)."""
        return (
            self.title_openers.starts_at(text, start)
            or self.settlement.opens_at(text, start, boundaries)
            or self.session.match(text, start) is not None
            or self.headed_body.match(text, start) is not None
        )

    def _chain_follows(self, text: str, start: int) -> bool:
        """Whether a title chain that ends before a name starts at ``start``."""
        hit = self.post_before_name.search(text, start, min(len(text), start + MAX_CHAIN))
        return (
            hit is not None and self._is_title_chain(text, start, hit.end(1))
        )

    def _is_weak(self, state: DocState, title: Match) -> bool:
        """A post such as 领导 or 成员 is a title only with its organisation written."""
        return (
            title.data.get("organization") is None
            and state.simplified[title.start : title.end] in self.weak_posts
        )

    def _split_titles(self, state: DocState, start: int, end: int) -> Iterator[Match]:
        """The titles of a chain: split at 、, and before a military rank that follows a
        post with no mark between (新闻发言人|海军大校)."""
        offset = start
        for piece in state.folded[start:end].split("、"):
            piece_start, piece_end = offset, offset + len(piece)
            offset = piece_end + 1
            if not piece:
                continue
            rank = self.rank_after_post.search(state.folded, piece_start, piece_end)
            if rank is not None and rank.start() > piece_start:
                yield self._title_match(state, piece_start, rank.start(), "title_chain")
                piece_start = rank.start()
            yield self._title_match(state, piece_start, piece_end, "title_chain")

    def _title_match(self, state: DocState, start: int, end: int, rule_id: str) -> Match:
        data: dict[str, object] = {"organization": None, "post": None, "qualifiers": ()}
        parts = self._title_parts(state.folded, start, end)
        if parts is not None:
            organization, post, qualifiers, former = ((start + a, start + b) for a, b in parts)
            if organization[0] < organization[1]:
                data["organization"] = organization
            data["post"] = state.text[slice(*post)]
            data["qualifiers"] = tuple(
                self._split_qualifiers(state.text[slice(*former)] + state.text[slice(*qualifiers)])
            )
        return Match(TITLES, start, end, state.text[start:end], rule_id, "title", data)

    def _title_parts(self, text: str, start: int, end: int) -> tuple[tuple[int, int], ...] | None:
        """Spans of the organisation, the post, the qualifiers and the mark of a former post
        written before the organisation (原|省交通运输厅党组成员) of the title ``text[start:
        end]``, relative to ``start`` (the organisation's and the mark's are empty when none
        is written); parsed once per title and the two characters before it."""

        def parse() -> tuple[tuple[int, int], ...] | None:
            hit = self.title_parts.match(text, start, end)
            if hit is None:
                return None
            organization, post = hit.span("organization"), hit.span("post")
            former = hit.span("former") if hit.start("former") >= 0 else (start, start)
            if organization[0] < 0:
                organization = (start, start)
                # 外交部|长: a minister's post with the ministry run into it
                ministry = (post[0], post[1] - 1)
                if text.endswith("部长", *post) and self._is_known_body(text, *ministry):
                    organization, post = ministry, (ministry[1] - 1, post[1])
            spans = (organization, post, hit.span("qualifiers"), former)
            return tuple((a - start, b - start) for a, b in spans)

        return self._parsed_titles.get(text, start, end, parse)

    def _is_headed_body(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a bureau named by its head's post after it
        (發展局|局長: the post is looked ahead at, so the match runs on past ``end``)."""
        hit = self.headed_body.match(text, start)
        return hit is not None and hit.end() == end

    def _is_known_body(self, text: str, start: int, end: int) -> bool:
        return end - start >= 3 and self.known_body.fullmatch(text, start, end) is not None

    def _split_qualifiers(self, text: str) -> Iterator[str]:
        qualifier = self.qualifier
        position = 0
        while position < len(text):
            hit = qualifier.match(text, position)
            if hit is None or not hit.group():
                return
            yield hit.group()
            position = hit.end()

    def match_appointments(self, state: DocState, boundaries: TokenBoundaries) -> Iterator[_Person]:
        """``任命某某为副省长``, ``某某辞去省长职务``: the title follows the name."""
        text = state.folded
        for name_start in self._appointed_name_starts(text):
            name_end = self.names.match(text, name_start, boundaries)
            if name_end is None:
                continue
            # 任命张三、李四为副市长: the names listed before the link share its titles
            names = [(name_start, name_end)]
            while text[name_end : name_end + 1] in LISTED_SUBJECTS_JOINERS:
                next_end = self.names.match(text, name_end + 1, boundaries)
                if next_end is None:
                    break
                names.append((name_end + 1, next_end))
                name_end = next_end
            link = self.appointment_link.match(text, self._after_honorific(text, name_end))
            if link is None:
                continue
            keep = link.group() in self.keep_link
            titles = list(self._posts_from(state, link.end(), boundaries))
            if not titles:
                continue
            if keep:  # 代理山西省省长: the link is part of the first title
                first = titles[0]
                titles[0] = Match(
                    TITLES,
                    link.start(),
                    first.end,
                    state.text[link.start() : first.end],
                    "appointment",
                    "title",
                    {**first.data, "qualifiers": (link.group(), *first.data.get("qualifiers", ()))},
                )
            for start, end in names:
                yield _Person(start, end, "appointment", titles)

    def _appointed_name_starts(self, text: str) -> list[int]:
        """Where a name can follow an appointment word (任命|某某为), and the start of every
        line of a list under an appointment heading (决定任命：\\n某某为…；\\n某某为…；), up to
        a blank line or the next heading."""
        starts = {hit.end() for hit in self.appointment.finditer(text)}
        for heading in self.appointment_heading.finditer(text):
            for line in _LINE.finditer(text, heading.end()):
                content = line.group(1).rstrip()
                if not content or content.endswith(":"):
                    break
                starts.add(line.start(1))
        return sorted(starts)

    def _after_honorific(self, text: str, name_end: int) -> int:
        """Where the words after a name go on, past an honorific (李某|同志|任…) or a note of
        the person's sex and people in brackets (任命袁晓红（女）为…, 向阿朵（女，土家族）)."""
        note = PERSONAL_NOTE.match(text, name_end)
        if note is not None:
            name_end = note.end()
        honorific = self.honorific.match(text, name_end)
        return name_end if honorific is None else honorific.end()

    def _posts_from(
        self, state: DocState, start: int, boundaries: TokenBoundaries, in_career: bool = False
    ) -> Iterator[Match]:
        """The titles listed from ``start`` on (湘潭市副市长、党组成员), each ending a word;
        after 、 a unit of the body before may go without its body (省高级人民法院副院长、
        审判委员会委员). After a career's link (历任, 曾任), or in a clause of a career that
        its date opens (``in_career``), the list may go on after a comma where another title
        follows (历任黄冈地委副书记、行署专员，湖北省计划委员会主任等职), and a body's staff
        is a post (历任城关镇干部、团县委副书记)."""
        text = state.folded
        runs_on = in_career or text.endswith(self.career_links, 0, start)
        listed_marks = ("、", ",") if runs_on else ("、",)
        cursor = start
        while True:
            core = self.title_core.match(text, cursor)
            if core is None and cursor > start and text[cursor - 1] == "、":
                core = self.sub_title.match(text, cursor)
            if core is None and runs_on:
                core = self.career_staff_title.match(text, cursor)
            if core is None or not boundaries.is_end(core.end()):
                return
            yield self._title_match(state, cursor, core.end(), "appointment")
            if text[core.end() : core.end() + 1] not in listed_marks:
                return
            cursor = core.end() + 1

    def add_posts_held(
        self, state: DocState, people: list[_Person], boundaries: TokenBoundaries
    ) -> list[_Person]:
        """Each person with the posts the words after the name give them.

        ``李某同志任长沙县县长``, ``李某当选为省长``: a link word after the name. In a profile
        (``王某，男，汉族，1968年3月生，…，现任湘潭市副市长、党组成员，拟任湘潭市委常委。``)
        each clause of the sentence that opens with a link word lists posts of the person.
        """
        text = state.folded
        by_start = {person.start: person for person in people}
        starts = sorted(by_start)
        with_posts = []
        for person in people:
            # 接替现任总理特鲁多出任加拿大总理: the post is the successor's.
            if self.succeeded.search(text, _clause_start(text, person.start), person.start):
                with_posts.append(person)
                continue
            next_name = bisect_right(starts, person.start)
            limit = starts[next_name] if next_name < len(starts) else len(text)
            links = self._held_links(text, person.end, limit, person.start)
            end = person.end
            # 王丽华、陈志远、赵德胜当选为副主任: the names listed before the link share it
            while not links and text[end : end + 1] in LISTED_SUBJECTS_JOINERS:
                listed = by_start.get(end + 1)
                if listed is None:
                    break
                end = listed.end
                links = self._held_links(text, end, limit)
            posts = [
                post
                for link, in_career in links
                for post in self._posts_from(state, link, boundaries, in_career)
            ]
            with_posts.append(replace(person, titles=[*person.titles, *posts]) if posts else person)
        return self._add_posts_of_subjectless_clauses(state, with_posts, boundaries)

    def _is_reporter(self, state: DocState, person: _Person) -> bool:
        """Whether a byline's role word (记者, 通讯员) is among the person's titles."""
        return any(state.simplified[t.start : t.end] in self.byline_roles for t in person.titles)

    def _add_posts_of_subjectless_clauses(
        self, state: DocState, people: list[_Person], boundaries: TokenBoundaries
    ) -> list[_Person]:
        """Posts of clauses whose subject is the person named last before them (a reporter of
        a byline is none): 他 or 她 before a link word (``王某同志…逝世。他历任…``), and, in
        the same paragraph or the one after a paragraph the name opens (a resume's profile),
        a clause of a career that opens with its date or span or with 后
        (``…1962年入党。1978年至1985年，任县委副书记；…，后任省农业厅厅长``)."""
        text = state.folded
        named = sorted((p for p in people if not self._is_reporter(state, p)), key=lambda p: p.end)
        ends = [p.end for p in named]
        added: dict[int, list[Match]] = {}
        for clause in self.subjectless_clause.finditer(text):
            last = bisect_right(ends, clause.start()) - 1
            opener = text[clause.start()]
            if last < 0 or not (
                opener in SUBJECT_PRONOUNS or self._same_career(text, named[last], clause.start())
            ):
                continue
            # a career's date is read again by the link, for whether it opened the clause
            opened_by_word = opener in SUBJECT_PRONOUNS or opener == LATER_POST
            link = self._link_after_date(text, clause.end() if opened_by_word else clause.start())
            if link is None:
                continue
            link_end, in_career = link
            posts = list(self._posts_from(state, link_end, boundaries, in_career))
            added.setdefault(named[last].start, []).extend(posts)
        with_posts = []
        for person in people:
            known = {(title.start, title.end) for title in person.titles}
            posts = [p for p in added.get(person.start, []) if (p.start, p.end) not in known]
            with_posts.append(replace(person, titles=[*person.titles, *posts]) if posts else person)
        return with_posts

    def _same_career(self, text: str, person: _Person, clause_start: int) -> bool:
        """Whether a clause of a career at ``clause_start`` goes on with ``person``'s: in the
        paragraph that names them, or in the next one when the name opens its own and a
        career's date opens the next, after a resume's heading or not
        (``萧某，男，汉族，…`` then ``1985年7月至1992年3月，历任…`` or
        ``简历：1998.07—2003.03 …``), or in a resume's lines, one span and its posts a line,
        under a heading on a line of its own or not (``王某同志简历：`` then
        ``1951.11—1955.03 临汝县庙下区公所文书`` …)."""
        line_break = text.find("\n", person.end, clause_start)
        if line_break < 0:
            return True
        if person.start > 0 and text[person.start - 1] != "\n":
            return False
        cursor = RESUME_HEADING.match(text, line_break + 1).end()
        if cursor < clause_start and text[cursor] == "\n":
            cursor += 1  # the heading's own line (简历：)
        while self.career_date.match(text, cursor) is not None:
            line_break = text.find("\n", cursor, clause_start)
            if line_break < 0:
                return True
            cursor = line_break + 1
        return False

    def _posts_in_apposition(
        self, text: str, name_start: int, cursor: int
    ) -> list[tuple[int, bool]]:
        """Where the posts start that a comma puts after a name opening an item or a
        sentence, as disciplinary notices list those they name (``一、刘某，原漕河镇党委
        副书记、镇长，在…问题``)."""
        if not self._posts_between_commas(text, cursor) or not _opens_an_item(text, name_start):
            return []
        return [(cursor + 1, False)]

    def _posts_between_commas(self, text: str, cursor: int) -> bool:
        """Whether a comma at ``cursor`` opens a chain of posts that closes its clause, so
        that the titles of the next name (李明，省委书记王强…) stay his."""
        if text[cursor : cursor + 1] != ",":
            return False
        chain = self.title_chain_without_brackets.match(text, cursor + 1)
        return chain is not None and text[chain.end() : chain.end() + 1] in APPOSITION_CLOSERS

    def _held_links(
        self, text: str, name_end: int, limit: int, name_start: int | None = None
    ) -> list[tuple[int, bool]]:
        """Where the posts start that link words after a name (or in its profile, up to the
        paragraph's end or ``limit``, the next name; or the commas after a name that opens
        an item, given its start) open, and whether a career's date opened each link's
        clause."""
        cursor = self._after_honorific(text, name_end)
        posted = POSTED_THERE.match(text, cursor)
        if posted is not None:
            cursor = posted.end()
        link = self._link_after_date(text, cursor)
        if link is not None:
            # No word end is asked of the link: jieba glues 为 to what follows (当选|为市).
            return [link]
        is_profile = (  # the text is width-folded: ，is ,
            text[cursor : cursor + 1] == ","
            and text[cursor + 1 : cursor + 2] in self.profile_marks
            and text[cursor + 2 : cursor + 3] in (",", "。")
        )
        if not is_profile:
            if name_start is None:
                return []
            return self._posts_in_apposition(text, name_start, cursor)
        line_end = text.find("\n", cursor, limit)
        profile_end = limit if line_end < 0 else line_end
        clauses = [mark.end() for mark in _CLAUSE_OPENER.finditer(text, cursor + 1, profile_end)]
        starts = []
        for clause in clauses:
            link = self._link_after_date(text, clause, profile_end)
            if link is not None:
                starts.append(link)
            elif text.startswith(AT_THE_TIME_HELD, clause):
                # 时任…董事长: the mark stays in the title, as 原 does
                starts.append((clause, False))
        return starts

    def _link_after_date(
        self, text: str, cursor: int, end: int | None = None
    ) -> tuple[int, bool] | None:
        """The end of a link word at ``cursor`` (任, 历任), or after the date or span that
        opens a clause of a career (``1984年7月至1992年3月，历任…``), and whether a date
        came first; ``None`` if no link."""
        end = len(text) if end is None else end
        date = self.career_date.match(text, cursor, end)
        link = self.held_link.match(text, cursor if date is None else date.end(), end)
        if link is None and date is not None:
            # a resume's line: the span, a space, the posts (1998.07—2003.03 省公路管理局科员)
            space = RESUME_SPACE.match(text, date.end(), end)
            return None if space is None else (space.end(), True)
        return None if link is None else (link.end(), date is not None)

    def match_bylines(
        self,
        state: DocState,
        boundaries: TokenBoundaries,
        model_names: Mapping[int, int] | None = None,
    ) -> Iterator[_Person]:
        """Reporters in the head of the article (its first lines: the headline may come
        first): ``记者 陈利光``, and bare names between spaces. A name without a Chinese
        surname (a pen name: 记者肖荻、傲腾) is taken where the model found it
        (``model_names``: start -> end)."""
        model_names = model_names or {}
        text = state.folded
        head_end = min(_end_of_line(text, BYLINE_LINES), BYLINE_REACH)
        for hit in self.byline_role.finditer(text, 0, head_end):
            cursor = hit.end()
            while cursor < head_end and text[cursor] in " \t":
                cursor += 1
            found = self._byline_name_end(text, cursor, boundaries, model_names)
            title = self._byline_title(state, hit)
            # 通讯员 李四 王五, 记者 王七、孙八: the names listed after the role share it.
            while found is not None:
                name_end, rule_id = found
                yield _Person(cursor, name_end, rule_id, [title])
                cursor = name_end
                while cursor < head_end and text[cursor] in " \t、":
                    cursor += 1
                if cursor == name_end or self.byline_role.match(text, cursor):
                    break
                found = self._byline_name_end(text, cursor, boundaries, model_names)
        terms = [(m.start, m.end) for m in state.get("terms")]
        for hit in regex.finditer(r"(?<=^|[ \t(（])(\p{Han}{2,4})(?=[ \t])", text[:head_end]):
            start, end = hit.span(1)
            if any(s <= start and end <= e for s, e in terms):
                continue  # 《齐改革 同发展 惠民生 建未来》: words of a title between spaces
            if (
                self.names.surname_length(text, start)
                and self.names.match(text, start, boundaries) == end
            ):
                yield _Person(start, end, "byline_name")

    def _byline_name_end(
        self,
        text: str,
        start: int,
        boundaries: TokenBoundaries,
        model_names: Mapping[int, int],
    ) -> tuple[int, str] | None:
        """End of the reporter's name at ``start`` after a byline role, and the rule that
        read it: a name the name rules or the model read (``byline``, a guess the model may
        overrule), or a surname and a given name filling the slot to its closing bracket or
        space (``byline_slot``: 记者 江南, which would otherwise be a place; 记者 覃海宁, whose
        given name is the city 海宁, and 记者 邹多为, whatever the name rules read)."""
        slot = BYLINE_SLOT.match(text, start)
        surname = self.names.surname_length(text, start)
        slot_end = slot.end() if slot is not None and surname else None
        if slot_end is not None and slot_end - start - surname not in (1, 2):
            slot_end = None
        end = self.names.match(text, start, boundaries) or model_names.get(start)
        if end is None:
            return (slot_end, "byline_slot") if slot_end is not None else None
        if slot_end is not None and end < slot_end and text[end] in self.names.function_characters:
            return slot_end, "byline_slot"  # 记者 邹多为 周圆: not 邹多 before 为 (but 张悦|摄)
        return end, "byline_slot" if end == slot_end else "byline"

    @staticmethod
    def _byline_title(state: DocState, role: regex.Match) -> Match:
        """The title a byline role word gives (记者, 通讯员, 责任编辑)."""
        return Match(
            TITLES,
            role.start(),
            role.end(),
            state.text[role.start() : role.end()],
            "byline",
            "byline",
            {"organization": None, "post": role.group(), "qualifiers": ()},
        )

    def match_closing_bylines(
        self, state: DocState, boundaries: TokenBoundaries
    ) -> Iterator[_Person]:
        """``（澧县某某镇 王某某）`` closing the article: the reporting unit and the author."""
        text = state.folded
        tail = regex.search(r"[(（]([^()（）\n]{0,30}[ \t])?([^()（）\n]{2,30})[)）]\s*\Z", text)
        if tail is None:
            return
        start = tail.start(2)
        for word in regex.finditer(r"[^ \t]+", tail.group(2)):
            word_start, word_end = start + word.start(), start + word.end()
            role = self.byline_role.match(text, word_start, word_end)
            titles = []
            if role is not None:  # （责任编辑:赵六）
                titles = [self._byline_title(state, role)]
                word_start = role.end() + (text[role.end() : role.end() + 1] == ":")
            if self.names.match(text, word_start, boundaries) == word_end:
                yield _Person(word_start, word_end, "closing_byline", titles)

    def match_author_line(self, state: DocState) -> Iterator[_Person]:
        """The author's name alone on the line under the headline (虎年画虎 / 西克 / text), or
        two (张京陈辉): a pen name needs no surname, but it is no ordinary word, place, body
        or post."""
        line = AUTHOR_LINE.match(state.folded)
        if line is None:
            return
        name = line.group(1)
        if (
            self.names.is_common_word(name)
            or name in self.places
            or name in self.organization_names
            or self.names.posts.fullmatch(name)
        ):
            return
        cut = self.names.split_run(name)  # 张京陈辉: two authors, written back to back
        if cut is not None:
            yield _Person(line.start(1), line.start(1) + cut, "author_line")
            yield _Person(line.start(1) + cut, line.end(1), "author_line")
        else:
            yield _Person(line.start(1), line.end(1), "author_line")

    def match_names_after(
        self,
        state: DocState,
        boundaries: TokenBoundaries,
        opener: regex.Pattern,
        rule_id: str,
        *,
        clean_end: bool = False,
    ) -> Iterator[_Person]:
        """A name right after each match of ``opener``, which gives no title: a legal status
        (``被告人焦某某``) or an age and what the person is (``62岁的村民罗春生``); with
        ``clean_end``, only where a clean end follows the name (5岁的武建|霞手捧着: where
        jieba cut the word, the name's end is a guess)."""
        text = state.folded
        for hit in opener.finditer(text):
            name_end = self.names.match(text, hit.end(), boundaries)
            if name_end is not None and (not clean_end or self.names.ends_cleanly(text, name_end)):
                yield _Person(hit.end(), name_end, rule_id)

    def match_profiles(self, state: DocState, boundaries: TokenBoundaries) -> Iterator[_Person]:
        """The name opening a profile (``上官晓峰，男，汉族，1985年10月生，…``): a line,
        sentence or numbered item that opens with a name and the person's sex, as
        appointment notices write; or with a name and its posts between commas, as
        disciplinary notices do (``一、李德胜，县自然资源和规划局原所长，…``)."""
        text = state.folded
        for opening in ITEM_OPENING.finditer(text):
            start = opening.end()
            end = self.names.match(text, start, boundaries)
            if end is None or text[end : end + 1] != ",":
                continue
            if text[end + 1 : end + 2] in self.profile_marks and text[end + 2 : end + 3] in (
                ",",
                "。",
            ):
                yield _Person(start, end, "profile")
            elif self._posts_between_commas(text, end):
                yield _Person(start, end, "apposition")

    def match_name_lists(self, state: DocState, boundaries: TokenBoundaries) -> Iterator[_Person]:
        """``刘彩凤、李靖、刘博等同志``: names listed before 同志; and those listed before
        当选 (``格桑拉姆、杨永明、尼玛次仁当选为县人大常委会副主任``), whom the posts held
        then reach (:meth:`add_posts_held`)."""
        text = state.folded
        for hit in NAME_LIST_ENDS.finditer(text):
            rule_id = "comrade_list" if hit.group().endswith("同志") else "elected_list"
            # A list of the elected opens its clause (not 张三|高票|当选, 李明|再次|当选).
            opening = ELECTED_LIST_OPENINGS if rule_id == "elected_list" else None
            # Walk back over "name、name、name".
            names: list[tuple[int, int]] = []
            end = hit.start()
            while True:
                found = None
                for length in (6, 5, 4, 3, 2):  # 乌力吉巴图同志: a Mongolian name of five
                    start = end - length
                    if start < 0:
                        continue
                    if self._closes_a_post(text, start):
                        continue  # 副主|任解杨同志: 副主任 解杨
                    if opening and length == 3 and text[end - 1] in self.names.function_characters:
                        continue  # 韩正|同|当选副总统万斯: the preposition, not the name's
                    if self.names.match(text, start, boundaries) == end and (
                        start == 0
                        or text[start - 1] in (opening or "、,，\n \t")
                        or not (names or opening)
                    ):
                        found = start
                        break
                if found is None:
                    break
                names.append((found, end))
                if found > 0 and text[found - 1] == "、":
                    end = found - 1
                    continue
                break
            if len(names) >= 1:
                for start, end in names:
                    yield _Person(start, end, rule_id)

    def match_model_names(
        self,
        doc: Doc,
        state: DocState,
        found: list[_Person],
        doctrines: list[tuple[int, int]] = (),
        entities: list[Entity] | None = None,
    ) -> Iterator[_Person]:
        """Names the NER model found (``doc.ents`` labelled PERSON) that the rules did not.

        Rules veto what no name looks like: a span that is not a surname plus
        one to three characters (or a ``·`` transliteration), an ordinary word,
        one that overlaps a title or a name already found, a place of the gazetteer
        (乌干达), a known organisation (比亚迪), or a name that the article writes, here or
        elsewhere, as the start of a company's, body's or place's name (金龙|客车,
        古雷|开发区): one string names one thing in an article.
        """
        taken = Coverage(len(state.text), [(p.start, p.end) for p in found])
        for span in [(t.start, t.end) for p in found for t in p.titles] + [
            (m.start, m.end) for m in state.get("terms")
        ]:
            taken.add(*span)
        for span in doctrines:
            taken.add(*span)
        entities = model_entities(doc) if entities is None else entities
        names_of_things = self._names_of_things(doc, state, entities)
        policy_phrases = Coverage(
            len(state.text), (hit.span() for hit in self.policy_phrase.finditer(state.folded))
        )
        datelines = set(dateline_places(state.folded))
        accepted = []
        for start, end, label in entities:
            # 普京在索契会见…: places meet no one, whatever jieba's dictionary tags 普京
            acts = label == MODEL_PLACE and self._acts_like_a_person(state.folded, start, end)
            if label != MODEL_PERSON and not acts:
                continue
            if self.names.transliterated.fullmatch(state.folded, start, end):  # 老公|吉姆·泰勒
                first_dot = self.names.first_dot(state.folded, start, end)
                start = self.names.dotted_name_start(state.folded, start, first_dot)
            elif end - start >= 3 and self._closes_a_post(state.folded, start):
                start += 1  # 副署|长孙寿山: 副署长 孙寿山, not the compound surname 长孙
            else:
                start = self._hyphenated_name_start(state.folded, start)  # 本-|格维尔
            name = state.folded[start:end]
            if taken.overlaps(start, end) or "某" in name:
                continue  # 张某, 钱某某: a name withheld, as court reports write it
            if start > 0 and state.folded[start - 1] == "驻":
                continue  # 驻|韩美军: where someone is stationed follows 驻, not a person
            if name[0] in APPROXIMATIONS and start > 0 and state.folded[start - 1].isdigit():
                continue  # 6800|余海里: "more than" after a number, not the surname 余
            if (start, end) in datelines:
                continue  # 本报|杨凌|6月20日电: the dateline's place
            if policy_phrases.overlaps(start, start + 1):
                continue  # 惠民生、促消费, 山水|林田|湖草: in a policy phrase, not a person
            if (
                name in names_of_things
                or (len(name) > 2 and name in self.places)
                or name in self.organization_names  # 比亚迪表示: a company speaks
                or (len(name) > 1 and name in self.ethnic_groups)  # 维吾尔、哈萨克: peoples
                or (name[-1] in "文语" and name[:-1] in self.ethnic_groups)  # 景颇文: a script
            ):
                continue
            if self._is_a_side(name, state.simplified):
                continue
            if self._is_a_body_s_short_name(state.folded, start, end):
                continue
            if not (
                acts
                or self._looks_like_a_name(name)
                or self._short_name_in_a_role(state.folded, start, end)
                or bracketed_byline_at(state.folded, start, end)  # （晓胡）: a pen name
            ):
                continue
            end = self.names.complete_transliteration(state.folded, start, end)  # 瑟尔斯|基称
            accepted.append(_Person(start, end, "ner"))
        yield from self._drop_pieces_of_other_names(state, found, accepted)

    def _hyphenated_name_start(self, text: str, start: int) -> int:
        """Where a name the model began after a hyphen starts: at the transliteration
        characters before the hyphen (负责人|本-格维尔), when there are one to six."""
        if start < 2 or text[start - 1] not in "-－":
            return start
        first = start - 1
        while (
            first > max(start - 7, 0)
            and text[first - 1] in self.names.transliteration_characters
        ):
            first -= 1
        return first if first < start - 1 else start

    def _is_a_body_s_short_name(self, text: str, start: int, end: int) -> bool:
        """Whether a name stands alone in brackets right after a body's name: the body's
        short name (巴勒斯坦伊斯兰圣战组织（杰哈德）), which the organisations stage takes."""
        bracket = start - 1
        if bracket < 1 or text[bracket] not in "（(" or text[end : end + 1] not in ("）", ")"):
            return False
        return any(
            self.organization.fullmatch(text, name_start, bracket)
            for name_start in range(max(0, bracket - LONGEST_NAME), bracket - 1)
        )

    def _model_person_names(self, state: DocState, entities: list[Entity]) -> set[str]:
        """The names the model read as people, and the foreign names it read as places
        that act like people (普京总统)."""
        return {
            state.simplified[start:end]
            for start, end, label in entities
            if label == MODEL_PERSON
            or (label == MODEL_PLACE and self._acts_like_a_person(state.folded, start, end))
        }

    def _acts_like_a_person(self, text: str, start: int, end: int) -> bool:
        """Whether a foreign name the model read as a place takes a role only people take
        right after it (普京在索契会见…: meets; jieba's dictionary tags 普京 as a place), or
        a post (习近平主席和普京总统: no gazetteer place, so no country's president), or that
        a legal status opens (被告人|吉克阿木: a Yi name, no surname of the Han list)."""
        name = text[start:end]
        if len(name) < 2 or name in self.places or not self.names.is_transliterated(name):
            return False
        return (
            self._takes_a_person_only_role(text, end)
            or bool(self.names.posts.match(text, end))
            or self._after_legal_status(text, start)
        )

    def _after_legal_status(self, text: str, start: int, names_before: int = 4) -> bool:
        """Whether a legal status (被告人, 原告) is written right before ``start``, or before
        a list of up to ``names_before`` names that ends there (被告人沙马拉且、|吉克阿木)."""
        if any(
            self.legal_status.fullmatch(text, start - length, start)
            for length in range(2, min(start, 5) + 1)
        ):
            return True
        if names_before == 0 or start < 3 or text[start - 1] != "、":
            return False
        return any(
            HAN_WORD.fullmatch(text, start - 1 - length, start - 1)
            and self._after_legal_status(text, start - 1 - length, names_before - 1)
            for length in range(2, min(start - 1, 5) + 1)
        )

    def _is_a_side(self, name: str, article: str) -> bool:
        """Whether a name is a country's side, not a person: any two-character X方 where the
        ``article`` speaks of sides (中方愿同哈方一道), a country's one-character name and 方
        anywhere (黎方), and such a side with the word after it where the article speaks of
        sides (哈方|视发展对华关系为…). The article is searched only for an X方 name."""
        if name[1:2] != "方":
            return False
        country = name[0] in self.country_abbreviations
        speaks_of_sides = SIDES.search(article) is not None
        if len(name) == 2:
            return speaks_of_sides or country
        return speaks_of_sides and country

    def _takes_a_person_only_role(self, text: str, end: int) -> bool:
        """Whether a role only people take (会见, 视察…) is written right after ``end``."""
        hit = self.role_pattern.match(text, end)
        return hit is not None and self.role_words[hit.group("role")] in self.person_only_roles

    def _short_name_in_a_role(self, text: str, start: int, end: int) -> bool:
        """Whether a two-character name the model found that the other tests turn down (a
        foreign name: 普京, 拜登; a name jieba's dictionary holds as a place: 苏林) stands
        where only a person does: right after a post (俄罗斯总统普京, 越共中央总书记苏林),
        right before one (普京总统), or before a role only people take (拜登表示)."""
        name = text[start:end]
        if (
            len(name) != 2
            or name in self.places
            or self.names.posts.fullmatch(name)
            or not (self.names.is_transliterated(name) or self.names.surname_length(name, 0))
            or self.names.surname_length(name, 0) == len(name)  # 欧阳|书记: a surname alone
        ):
            return False
        if self.post_right_before.search(text, max(0, start - 12), start) is not None:
            return True
        if self.post_after_name.match(text, end) is not None:
            return True
        return self._takes_a_person_only_role(text, end)

    def _closes_a_post(self, text: str, start: int) -> bool:
        """Whether the character at ``start`` is the last one of a post written before it
        and a surname starts right after it: a name never opens with the end of a post
        (副署|长孙寿山, 副主|任解杨)."""
        return (
            self.names.surname_length(text, start + 1) > 0
            and self.post_right_before.search(text, max(0, start - 11), start + 1) is not None
        )

    def _drop_pieces_of_other_names(
        self, state: DocState, found: list[_Person], model_people: list[_Person]
    ) -> Iterator[_Person]:
        """Model names that cut across where the article writes another name it found
        (傅小|云来 of 在傅小云来之前, where 傅小云 stands elsewhere), or that are a name the
        rules found plus the word after it (韩正同 of 韩正同万斯会见, where 副主席韩正
        stands): one string, one person; the other name's mention is found there later."""
        text = state.folded
        rule_names = {text[p.start : p.end] for p in found}
        model_people = [
            person
            for person in model_people
            if not (
                text[person.start : person.end - 1] in rule_names
                and self.names.followers.fullmatch(text, person.end - 1, person.end)
            )
        ]
        names = {text[p.start : p.end] for p in (*found, *model_people)}
        written = sorted(
            span for name in names if len(name) > 1 for span in occurrences(text, name)
        )
        starts = [start for start, _ in written]
        for person in model_people:
            if not _crosses_a_span(written, starts, person.start, person.end):
                yield person

    def _without_prepositions(self, state: DocState, entities: list[Entity]) -> list[Entity]:
        """The model's entities, a preposition left out that opens a transliterated name
        (习近平主席|同|西米纳总统会谈: "with")."""
        trimmed = []
        for start, end, label in entities:
            name = state.folded[start:end]
            if (
                label == MODEL_PERSON
                and name[:1] in PREPOSITIONS_BEFORE_NAMES
                and len(name) >= 4
                and self.names.is_transliterated(name[1:])
            ):
                start += 1
            trimmed.append((start, end, label))
        return trimmed

    def _model_name_spans(self, state: DocState, entities: list[Entity]) -> dict[int, int]:
        """Start -> end of the model's names that have no Chinese surname, or one the name
        rules cannot read, but can follow a title: two to six Han characters, no ordinary
        word (多吉才让, 白玛赤林; 王月琴), four or more
        transliteration characters whatever the first (赫格塞思), a Japanese name (武藤容治),
        a Tibetan, Mongolian or Yi name whatever its last character (洛桑江村, 阿苦日布), or
        parts of a transliteration joined by hyphens (凯勒-祖特尔)."""
        spans = {}
        for start, end, label in entities:
            name = state.folded[start:end]
            if label == MODEL_PERSON and (
                HYPHENATED_NAME.fullmatch(name)
                or self.names.is_minority_name(name)  # 洛桑江村, 巴图孟和, 阿苦日布
            ):
                spans[start] = end
            elif (
                label == MODEL_PERSON
                and 2 <= len(name) <= 6
                and HAN_WORD.fullmatch(name)
                and (
                    self.names.surname_length(name, 0) == 0
                    or (len(name) >= 4 and self.names.is_transliterated(name))  # 赫格塞思
                    or self.names.is_japanese(name)  # 武藤容治
                    # 王月琴: the rules open no given name with 月 (a month), the model does
                    or self.names.match(state.folded, start) is None
                )
                and not self.is_ordinary_word(name)
                and name[-1] not in NOT_LAST_IN_NAME
                and "某" not in name  # 副市长张某: a name withheld
            ):
                spans[start] = end
        return spans

    def _names_of_things(self, doc: Doc, state: DocState, entities: list[Entity]) -> set[str]:
        """Model names that the article also writes right before a company, place or organ
        word (whole tokens: 金龙|客车, 古雷|开发区, 安吉利斯|国家|森林)."""
        text = state.simplified
        candidates = {text[start:end] for start, end, label in entities if label == MODEL_PERSON}
        if not candidates:
            return set()
        lengths = {len(name) for name in candidates}
        boundaries = TokenBoundaries.of(doc)
        before_enders = [
            start
            for start, _end in boundaries.spans
            for end in self.name_enders.ends_at_words_from(text, start)
            if boundaries.is_end(end)
        ]
        return {
            text[end - length : end]
            for end in before_enders
            for length in lengths
            if length <= end and text[end - length : end] in candidates
        }

    def _ends_like_a_body(self, name: str) -> bool:
        """Whether ``name`` ends in an organ word of two or more characters (乌军方)."""
        return any(name[-length:] in self.body_endings for length in (2, 3, 4))

    def _looks_like_a_name(self, name: str) -> bool:
        if self.names.posts.fullmatch(name) or self._ends_like_a_body(name):
            return False  # 王储 (crown prince), 特首: a post; 乌军方: a body
        if self.names.transliterated.fullmatch(name) or HYPHENATED_NAME.fullmatch(name):
            return True  # 诺埃尔·巴罗, 凯勒-祖特尔
        if (
            3 <= len(name) <= 8
            and self.names.is_transliterated(name)
            and not self.is_ordinary_word(name)
        ):
            return True  # 克林顿, 内塔尼亚胡: a foreign name has no Chinese surname
        if self.names.is_japanese(name) and not self.names.is_common_word(name):
            return True  # 武藤容治: a Japanese surname and given name
        surname = self.names.surname_length(name, 0)
        rest = name[surname:]
        if surname and (rest in self.names.address_terms or self.names.posts.fullmatch(rest)):
            return False  # 刘阿姨, 李书记: someone named by surname and title only (GOLD.md)
        longest = surname + 2
        if surname == 1 and name[1:2] in self.names.single_surnames:
            # 范徐丽泰: a married name, her husband's surname before her own (but 罗华宇|王…
            # is a run of names the model cut short)
            longest = 3 if name[-1:] in self.names.single_surnames else 4
        return (
            0 < surname < len(name)  # 皇甫|院士说: a compound surname alone names no one
            and name[-1] not in NOT_LAST_IN_NAME
            and 2 <= len(name) <= longest
            and HAN_WORD.fullmatch(name) is not None
            and not self.names.is_common_word(name)
            and "某" not in name
        )

    def match_posts_after_names(
        self, state: DocState, known: set[str], boundaries: TokenBoundaries
    ) -> Iterator[_Person]:
        """``习近平总书记``, ``尹建业书记``: a post written right after a name."""
        text = state.folded
        # 以下简称“秦川智装”: a short name the article gives a body, whose head's post follows
        quoted = {state.simplified[m.start : m.end] for m in state.get("terms")}
        for hit in self.post_after_name.finditer(text):
            if not boundaries.is_end(hit.end()) and hit.end() < len(text):
                continue
            # A name known from elsewhere goes first (和|普京总统: not the surname 和).
            post = hit.start()
            lengths = sorted((4, 3, 2), key=lambda n: text[post - n : post] not in known)
            for length in lengths:
                start = post - length
                if start < 0:
                    continue
                name = text[start:post]
                if (
                    self._ends_like_a_body(name)
                    or name[-1] in NOT_LAST_IN_NAME
                    or name[-1] in hit.group()[:-1]
                ):
                    # 乌军方|发言人: a body's spokesperson; 孜许乡|书记: a township's;
                    # 民一庭|庭长: a post that repeats its body's last character
                    continue
                if name in self.organization_names or name in quoted:
                    continue  # 沙特阿美|总裁, 秦川智装|党委书记: a company's head
                if text[start : hit.end()] in self.byline_roles:
                    continue  # 全媒体|记者: a byline's role word
                if self.held_link.fullmatch(name):
                    continue  # 李明曾任|县长: the link to the post, not a name
                if start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
                    continue  # SK海力士|社长: the rest of a brand written with letters
                if self._is_a_side(name, state.simplified):
                    continue  # 瑞方|领导人: the Swiss side's leaders
                if name not in known and self.names.is_common_word(
                    text[post - 1 : post + 1]
                ):
                    continue  # 蜕变成乡|镇长: the cut splits a word (乡镇)
                if name not in known and (
                    self.names.match(text, start, boundaries) != post
                    or hit.group() in self.weak_posts
                ):
                    continue
                if hit.group() in self.weak_posts and (
                    self.organization.match(text, hit.end())
                    or self.organ_word.match(text, hit.end())
                    or self.generic_prefix.match(text, hit.end())
                    or SIDES.match(text, hit.end())
                    or any(text[hit.end() : hit.end() + n] in known for n in (2, 3, 4))
                    or text.startswith(self.represented_groups, hit.end())
                ):
                    # 王沪宁代表|政协…, 蔡达峰代表|各民主党派, 王月琴代表|双方, 王毅代表|习近平,
                    # 向德明代表|受表彰的先进个人: a verb
                    continue
                if not (name in known or boundaries.is_start(start)):
                    continue
                surname = self.names.surname_length(text, start)
                if surname == 0 and name not in known:
                    continue
                if surname == length:
                    continue  # 皇甫|院士说: a compound surname and a post (GOLD.md)
                if (
                    length == 2
                    and name[0] in self.names.function_characters
                    and any(other.startswith(name[1]) for other in known)
                ):
                    continue  # 向|程|主席敬礼: a preposition, a known surname and a post
                if start > 0 and HAN_WORD.match(text, start - 1, start) and name not in known:
                    # Only accept an unknown name when it starts after a boundary.
                    if not boundaries.is_start(start):
                        continue
                title = self._title_match(state, post, hit.end(), "post_after_name")
                yield _Person(start, post, "post_after_name", [title])
                break

    # -- assembling ----------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        state = doc_state(doc)
        boundaries = TokenBoundaries.of(doc)
        entities = self._without_prepositions(state, model_entities(doc))
        found: list[_Person] = []
        model_name_spans = self._model_name_spans(state, entities)
        bodies_and_places = self._model_names_before_posts(doc, state, entities)
        found.extend(
            self.match_title_chains(state, boundaries, model_name_spans, bodies_and_places)
        )
        found.extend(self.match_bylines(state, boundaries, model_name_spans))
        found.extend(self.match_appointments(state, boundaries))
        found.extend(self.match_closing_bylines(state, boundaries))
        found.extend(self.match_author_line(state))
        found.extend(self.match_names_after(state, boundaries, self.legal_status, "legal_status"))
        found.extend(
            self.match_names_after(
                state, boundaries, self.age_before_name, "age_before_name", clean_end=True
            )
        )
        found.extend(
            person
            for person in self.match_names_after(
                state,
                boundaries,
                self.descriptor_before_name,
                "descriptor_before_name",
                clean_end=True,
            )
            # 守望老人|安康 (the old people's well-being): a word, no name; a guess after a
            # common noun takes three characters or more
            if person.end - person.start >= 3
        )
        found.extend(self.match_name_lists(state, boundaries))
        found.extend(self.match_profiles(state, boundaries))
        model_names = self._model_person_names(state, entities)
        found = self._drop_guesses_the_model_rejects(found, doc, state, entities, model_names)
        found = self._model_name_ends(self._drop_overlaps(found, state), state, entities)
        doctrines = [(hit.start(), hit.end()) for hit in self.doctrines.finditer(state.folded)]
        known = {state.simplified[p.start : p.end] for p in found}
        known |= {  # not 梵蒂冈 of 梵蒂冈|教宗: a gazetteer place, as match_model_names vets
            name
            for name in model_names
            if not self.names.posts.fullmatch(name)
            and not self._ends_like_a_body(name)
            and not (len(name) > 2 and name in self.places)
        }
        taken = Coverage(len(state.text), [(p.start, p.end) for p in found])
        posts_after_names = self._drop_guesses_the_model_rejects(
            list(self.match_posts_after_names(state, known, boundaries)),
            doc,
            state,
            entities,
            model_names,
        )
        # 旅长吴振国大校: a post after a name that a title before it found joins its titles
        # (not 国家主席习近平特别代表、国家副主席韩正: a post that opens the next one's chain,
        # nor a weak post, often a verb: 外交部长瑟比加代表乌政府, unless what the person
        # said follows: 市长王凤鸣代表说)
        by_span = {(p.start, p.end): index for index, p in enumerate(found)}
        for person in posts_after_names:
            index = by_span.get((person.start, person.end))
            if index is None:
                if not taken.overlaps(person.start, person.end):
                    found.append(person)
                continue
            post = person.titles[-1]
            if (
                (
                    state.simplified[post.start : post.end] in self.weak_posts
                    and not self.speech_verb_at.match(state.folded, post.end)
                )
                or state.folded[post.end : post.end + 1] == "、"
                or self.names.match(state.folded, post.end, boundaries) is not None
            ):
                continue
            found[index] = replace(found[index], titles=[*found[index].titles, *person.titles])
        found.extend(self.match_model_names(doc, state, found, doctrines, entities))
        found = [self._with_regnal_number(state, person) for person in found]
        known = {state.simplified[p.start : p.end] for p in found}
        short_forms = self._short_forms(known)
        found = [self._completed_name(state, person, known, short_forms) for person in found]
        known = {state.simplified[p.start : p.end] for p in found} | short_forms
        found.extend(self._other_mentions(state, found, known, doctrines))
        self._record(state, self.add_posts_held(state, found, boundaries))
        return doc

    @staticmethod
    def _model_names_before_posts(
        doc: Doc, state: DocState, entities: list[Entity]
    ) -> list[Entity]:
        """The model's bodies and places that open like a name: not with a function word or
        a verb the model took in (据|市统计局, 联合|省公安厅)."""
        names = []
        for start, end, label in entities:
            if label not in (MODEL_ORGANIZATION, MODEL_PLACE):
                continue
            if state.folded[start] in FUNCTION_CHARACTERS:
                continue
            span = doc.char_span(start, end)  # the model's entities lie on token boundaries
            if span is not None and span[0].tag_.startswith(("v", "p", "c", "d", "u", "r")):
                continue
            names.append((start, end, label))
        return names

    def _model_name_ends(
        self, people: list[_Person], state: DocState, entities: list[Entity]
    ) -> list[_Person]:
        """Where the model ends a name a rule found elsewhere, and the rules agree, it wins.

        A rule guesses where an unknown name ends (a surname and one or two characters, a
        transliteration up to the next Han run); the model reads the context. A shorter
        model name wins when a name follower (等, 向, 说…) comes right after it: 强卫 of
        ``政法委书记强卫等``, 彼得·罗曼 of ``彼得·罗曼向新闻界宣布``, but not 焦玲 of
        焦玲强, nor 阿拉腾达 of 阿拉腾达来、 (a titled name up to a list's 、), nor a name
        ending before the dot of a dotted name (阿不|都热合曼·麦麦提). A longer
        one wins when it still looks like a name: 巴尔金巴耶夫, not 巴尔金. A Tibetan, Mongolian
        or Yi name the rules read whole stays whole (巴图孟和, not 巴图孟 before 和).
        """
        ends = {start: end for start, end, label in entities if label == MODEL_PERSON}
        followers = self.names.followers
        fixed = []
        for person in people:
            end = ends.get(person.start)
            if end is None or end == person.end:
                fixed.append(person)
            elif end < person.end:
                cut = (
                    person.start + 2 <= end
                    and followers.match(state.folded, end)
                    and not self._up_to_list_mark(state.folded, person, end)
                    # 巴图孟|和: the 和 of a Mongolian name, no conjunction
                    and not self.names.is_minority_name(state.folded[person.start : person.end])
                    # 阿不|都热合曼·麦麦提: the model's end falls in a dotted name's first part
                    and not any(dot in state.folded[end : person.end] for dot in DOTS)
                    # 记者 邹多|为 周圆: a name that fills a byline's slot up to a space keeps
                    # the function character the model cut (but 记者 张悦|摄: a photo's credit)
                    and not (
                        state.folded[person.end : person.end + 1] in SLOT_ENDS
                        and state.folded[end] in self.names.function_characters
                    )
                )
                fixed.append(replace(person, end=end) if cut else person)
            else:
                longer = self._looks_like_a_name(state.folded[person.start : end])
                fixed.append(replace(person, end=end) if longer else person)
        return fixed

    def _up_to_list_mark(self, text: str, person: _Person, model_end: int) -> bool:
        """Whether a titled name runs one character past the model's end up to the 、 of a
        list (阿拉腾达|来、, not 李明|等、): :meth:`_name_up_to_list_mark` took it in."""
        return (
            person.rule_id.startswith("title_chain")
            and person.end == model_end + 1
            and self._last_before_list_mark(text, model_end)
        )

    @staticmethod
    def _with_regnal_number(state: DocState, person: _Person) -> _Person:
        """A monarch's ordinal is part of the name (阿卜杜拉二世, 阿尔贝二世): without it the
        name is another king's."""
        ordinal = REGNAL_NUMBER.match(state.folded, person.end)
        return person if ordinal is None else replace(person, end=ordinal.end())

    def _drop_guesses_the_model_rejects(
        self,
        people: list[_Person],
        doc: Doc,
        state: DocState,
        entities: list[Entity],
        model_names: set[str],
    ) -> list[_Person]:
        """Names a rule guessed from a surname where the model sees no person (none of
        ``model_names``): dropped when the model reads them as part of a body or place
        (县委宣传部|副部长), or when they read as ordinary words (祝愿|老|教授, 记者|常常|到,
        总统|于|去年, 向|全体|记者). A Tibetan name of two common parts after a post stays
        (副委员长|洛桑江村, which the model reads as a village).

        Without the model (``ner=False``) nothing is dropped: the rules have no second opinion.
        """
        if not doc.has_annotation("ENT_IOB"):
            return people
        kept = []
        for person in people:
            name = state.simplified[person.start : person.end]
            if (
                person.rule_id in GUESSING_RULES
                and name not in model_names
                and not self._between_post_and_role(doc, state, person)
                and not (
                    person.rule_id.startswith(("title_chain", "elected_list"))
                    and self.names.is_minority_name(name)
                )
            ):
                overlapping = [
                    (s, e, label) for s, e, label in entities if s < person.end and person.start < e
                ]
                labels = {label for _, _, label in overlapping}
                if (
                    MODEL_PERSON not in labels
                    and (labels or self._reads_as_words(doc, person))
                    and not self._titled_name_the_model_misread(doc, name, person, overlapping)
                ):
                    continue
            kept.append(person)
        return kept

    def _titled_name_the_model_misread(
        self, doc: Doc, name: str, person: _Person, overlapping: list[Entity]
    ) -> bool:
        """Whether a name a title chain found is a name, though the model read it, or a part
        of it, as something else: one word jieba's dictionary tags as a person's name
        (县政协主席|张德厚|等县…); a surname and first given character the model read as a
        country or place, the last character a word of its own (立法院長|韓國|瑜); or a
        surname and a given name that the gazetteer lists as a place (检察长|沙玉林)."""
        if not overlapping or not person.rule_id.startswith("title_chain"):
            return False
        span = doc.char_span(person.start, person.end)
        if span is not None and len(span) == 1 and span[0].tag_.startswith(PERSON_TAG):
            return True
        if person.rule_id != "title_chain" or len(name) != 3:
            return False
        if overlapping == [(person.start, person.end - 1, MODEL_PLACE)]:
            last = doc.char_span(person.end - 1, person.end)
            return last is not None and len(last) == 1 and last[0].tag_ == ""
        return (
            overlapping == [(person.start, person.end, MODEL_PLACE)]
            and self.names.surname_length(name, 0) == 1
            and name[1:] in self.places
            and name not in self.places
        )

    def _between_post_and_role(self, doc: Doc, state: DocState, person: _Person) -> bool:
        """A noun after a chain of titles and right before what the person did at the event
        (主任高峰列席会议), the next titled person (主任高峰，副市长李明) or the group a list
        closes with (主席于春燕|等县级领导同志): whatever the model and the dictionary say, a
        person's name; an adverb there is how they did it (局长常常参加)."""
        if person.rule_id != "title_chain":
            return False
        text = state.folded
        if (
            not text.startswith(self.event_role_words, person.end)
            and not self._next_titled_person_at(text, person.end, TokenBoundaries.of(doc))
            and not (
                text.startswith("等", person.end)
                and self.group_after_list.match(text, person.end + 1)
            )
        ):
            return False
        span = doc.char_span(person.start, person.end)
        return span is not None and all(_is_noun_or_unknown(token) for token in span)

    def _reads_as_words(self, doc: Doc, person: _Person) -> bool:
        """Whether a guessed name's characters read as ordinary words instead."""
        span = doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None:
            return False
        first = span[0]

        def ordinary(token: Token) -> bool:
            return not token.tag_.startswith(NAME_TAGS) and self.names.is_common_word(token.text)

        # 上官|明远: a word that is the whole compound surname crosses nothing
        whole_surname = first.idx == person.start and first.text in self.names.compound_surnames
        if first.idx < person.start or (
            first.idx + len(first) < person.end and len(first) > 1 and not whole_surname
        ):
            # 有关|负责 (关负责), 祝愿|老 (祝愿老): an ordinary word crosses the surname.
            return ordinary(first)
        if first.text in self.names.function_characters:
            # 向|全体, 于|去年: a preposition before an ordinary word, not a surname; but
            # 董事长|向|文波 (a rare word of the dictionary after it) is a name
            return len(span) == 1 or any(ordinary(token) for token in span[1:])
        if len(span) == 1 and first.text == span.text:
            # 总书记|殷殷|嘱托, 主席|关怀|转化: one frequent word of the dictionary (that the
            # model reads as no person), whatever jieba tags it; but not a foreign name the
            # dictionary holds as a person's or a place's (总统|普京, ns; not 主席|英明, nz)
            if (
                first.tag_.startswith(("nr", "ns"))
                and self.names.is_transliterated(first.text)
                and first.text not in self.organization_names  # 哈马斯|发言人
            ):
                return False
            return self.is_dictionary_word(first.text)
        rest = span[1:]
        return (
            len(rest) == 1
            and rest[0].idx + len(rest[0]) == person.end
            and rest[0].tag_.startswith(NOT_GIVEN_NAME_TAGS)
            and ordinary(rest[0])
            and self.is_frequent_word(rest[0].text)  # 记者|常常, not 局长钱|立新
        )

    def _drop_overlaps(self, people: list[_Person], state: DocState) -> list[_Person]:
        kept: list[_Person] = []
        taken = Coverage(len(state.text))
        for person in sorted(people, key=lambda p: (p.start, -(p.end - p.start))):
            if taken.overlaps(person.start, person.end):
                continue
            kept.append(person)
            taken.add(person.start, person.end)
        return kept

    def _short_forms(self, names: set[str]) -> set[str]:
        """The last part of each dotted name, which news writes alone after the first
        mention (奥云其其格 of 巴特额尔敦·奥云其其格): two or more Han characters, no
        ordinary word and no gazetteer place."""
        split = (regex.split(f"[{DOTS}]", name) for name in names)
        return {
            parts[-1]
            for parts in split
            if len(parts) > 1
            and HAN_WORD.fullmatch(parts[-1])
            and len(parts[-1]) >= 2
            and not self.names.is_common_word(parts[-1])
            and parts[-1] not in self.places
        }

    @staticmethod
    def _completed_name(
        state: DocState, person: _Person, known: set[str], short_forms: set[str]
    ) -> _Person:
        """A name that stops short of a fuller one the article writes runs to its end: a
        guessed name one character short of a name found elsewhere (村委会主任杨建|林念出名字,
        where 杨建林表示 names him in full), and a name cut inside a dotted name's last part
        written alone (奥云其|其格表示 is 奥云其其格 where 巴特额尔敦·奥云其其格 is named)."""
        text = state.simplified
        if (
            person.rule_id in GUESSING_RULES
            and person.end < len(text)
            and text[person.start : person.end + 1] in known
        ):
            person = replace(person, end=person.end + 1)
        name = text[person.start : person.end]
        for form in short_forms:
            if len(form) > len(name) and form.startswith(name):
                if text.startswith(form, person.start):
                    return replace(person, end=person.start + len(form))
        return person

    def _other_mentions(
        self,
        state: DocState,
        found: list[_Person],
        known: set[str],
        doctrines: list[tuple[int, int]] = (),
    ) -> Iterator[_Person]:
        """Every further occurrence of a name found with a title or in a byline."""
        taken = Coverage(len(state.text), [(p.start, p.end) for p in found] + list(doctrines))
        for person in found:
            for title in person.titles:
                taken.add(title.start, title.end)
        for name in sorted(known, key=len, reverse=True):
            for start, end in occurrences(state.folded, name):
                if taken.overlaps(start, end):
                    continue
                taken.add(start, end)
                yield _Person(start, end, "known_name")

    def _record(self, state: DocState, people: list[_Person]) -> None:
        matches: list[Match] = []
        titles: list[Match] = []
        organizations: list[Match] = []
        span_ends: dict[int, int] = {}
        for start, end in [(p.start, p.end) for p in people] + [
            (t.start, t.end) for p in people for t in p.titles
        ]:
            span_ends[start] = max(end, span_ends.get(start, end))
        title_owners = {t.start: p.start for p in people for t in p.titles}
        lists = self._lists_with_roles(state)
        named_ends = set(span_ends.values())
        for person in sorted(people, key=lambda p: p.start):
            if self._is_represented(state.folded, person, named_ends):
                roles: tuple[str, ...] = ()
            else:
                roles = self._roles_after(state, person, span_ends, title_owners) or next(
                    (role for start, end, role in lists if start <= person.start < end), ()
                )
            if self._is_reporter(state, person):
                roles = ("byline",)
            matches.append(
                Match(
                    PEOPLE,
                    person.start,
                    person.end,
                    state.text[person.start : person.end],
                    person.rule_id,
                    "person",
                    {"titles": tuple(person.titles), "roles": roles},
                )
            )
            titles.extend(person.titles)
        chained = {
            (title.start, title.end)
            for person in people
            for before, title in pairwise(person.titles)
            if before.data.get("organization") and state.folded[before.end] == "、"
        }
        titles = list({(t.start, t.end): t for t in titles}.values())
        for title in titles:
            span = title.data.get("organization")
            if span:
                start, end = span
                if state.folded[start] == "驻" and self.organization.fullmatch(
                    state.folded, start + 1, end
                ):
                    start += 1  # 驻|联合国记者: the body posted to, not a body of its own
                name = state.simplified[start:end]
                if name in self.generic_organizations:
                    continue
                # 林州市委常委、政法委书记: the body of a chained title is named by its organ
                # word alone (GOLD.md lists 政法委).
                organ_of_chain = (title.start, title.end) in chained and (
                    len(name) >= 3 and self.organ_word.fullmatch(state.folded, start, end)
                )
                if not (
                    organ_of_chain
                    or self.organization.fullmatch(state.folded, start, end)
                    or self.organization_and_unit.fullmatch(state.folded, start, end)
                    or self._is_headed_body(state.folded, start, end)
                    or (end - start > 2 and self.foreign_body.fullmatch(state.folded, start, end))
                ):
                    continue
                organizations.append(
                    Match(
                        ORGANIZATIONS,
                        start,
                        end,
                        state.text[start:end],
                        "title_organization",
                        "organization",
                    )
                )
        state.replace(PEOPLE, matches)
        state.replace(TITLES, titles)
        state.replace(ORGANIZATIONS, [*state.get(ORGANIZATIONS), *organizations])

    def _lists_with_roles(self, state: DocState) -> list[tuple[int, int, tuple[str, ...]]]:
        """(start, end, roles) of the lists a list opener gives a role: from the opener to
        the end of its sentence (出席会议的有：…。)."""
        text = state.folded
        return [
            (hit.end(), _sentence_end(text, hit.end()), (role,))
            for role, opener in self.list_openers
            for hit in opener.finditer(text)
        ]

    def _is_represented(self, text: str, person: _Person, named_ends: set[int]) -> bool:
        """Whether someone named right before stands in for ``person`` (韩正代表|习近平主席|出席:
        韩正 attends, 习近平 does not), as opposed to a deputy's post (人大代表|张三|出席)."""
        opening = min([person.start, *(t.start for t in person.titles)])
        for mark in self.on_behalf_of:
            before = opening - len(mark)
            if before >= 0 and text.startswith(mark, before) and before in named_ends:
                return True
        return False

    def _roles_after(
        self,
        state: DocState,
        person: _Person,
        span_ends: dict[int, int],
        title_owners: dict[int, int],
    ) -> tuple[str, ...]:
        """The roles that the clause after the name gives, if any.

        Only names, titles and separators may stand between the name and the role word:
        ``秦义,…葛晓燕,…田云鹏出席`` gives all three ``attended``; so may a day and a place
        (``王沪宁23日在京出席``). A second role word after 并 counts too (``出席座谈会并讲话``).
        A title written right after a name is that name's own (习近平总书记出席); one of a later
        name is held under it (古特雷斯|发言人迪雅里克表示: the spokesman speaks, not 古特雷斯).
        """
        text = state.folded
        cursor = person.end
        last_name = person.start
        glued = True  # right after a name, with no separator or joiner since
        while cursor < len(text):
            hit = self.role_pattern.match(text, cursor)
            if hit and hit.start("role") in title_owners:
                hit = None  # 发言|人迪雅里克: the role word opens a later name's title
            if hit:
                role_start = hit.start("role")
                if role_start > cursor and text.startswith(self.not_roles, role_start):
                    return ()  # 扎尔达里在习近平陪同下: accompanied (郝鹏陪同下: accompanying)
                roles = [self.role_words[hit.group("role")]]
                clause_end = _clause_end(text, hit.end())
                also = self.second_role.search(text, role_start + 1, clause_end)
                if also and self.role_words[also.group("role")] not in roles:
                    roles.append(self.role_words[also.group("role")])
                return tuple(roles)
            group = self.group_after_list.match(text, cursor) or (
                self.bodies_after_list.match(text, cursor) if text[cursor - 1] in "，," else None
            )
            # 孙亮等|县领导|参加, 李明等|同志|出席, 陈刚，|市民政局负责同志|参加
            if group is not None:
                cursor = group.end()
                glued = False
                continue
            if text[cursor] in _SEPARATORS:
                cursor += 1
                glued = False
                continue
            joiner = self.role_joiner.match(text, cursor)
            if joiner is not None:
                cursor = joiner.end()
                glued = False
                continue
            weak = self.weak_post_at.match(text, cursor)
            if weak is not None and weak.end() in span_ends:
                cursor = weak.end()  # 以及代表|吴晓华: a post no body names, before a name
                continue
            if cursor not in span_ends:
                return ()
            owner = title_owners.get(cursor)
            if glued and owner is not None and owner != last_name:
                return ()
            if owner is None:
                last_name = cursor
            cursor = span_ends[cursor]
            glued = True
        return ()


def _is_noun_or_unknown(token: Token) -> bool:
    """Whether jieba's dictionary tags ``token`` a noun or a name (n, nr, ns…), or lacks it."""
    return token.tag_ in ("", OUT_OF_VOCABULARY) or token.tag_.startswith("n")


def _end_of_line(text: str, count: int) -> int:
    """Where the ``count``-th line of ``text`` ends (blank lines not counted)."""
    end = 0
    while count > 0:
        line_break = text.find("\n", end + 1)
        if line_break < 0:
            return len(text)
        if text[end:line_break].strip():
            count -= 1
        end = line_break
    return end


def _clause_end(text: str, start: int) -> int:
    """Where the clause that runs at ``start`` ends: the next clause or sentence mark."""
    hit = _CLAUSE_MARK.search(text, start)
    return len(text) if hit is None else hit.start()


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence that runs at ``start`` ends: the next sentence mark."""
    hit = _SENTENCE_STOP.search(text, start)
    return len(text) if hit is None else hit.start()


def _opens_an_item(text: str, start: int) -> bool:
    """Whether ``start`` is where a line, a sentence or a numbered item opens (一、刘某)."""
    mark = _LAST_SENTENCE_MARK.search(text, 0, start)
    opening = ITEM_OPENING.match(text, 0 if mark is None else mark.end())
    return opening is not None and opening.end() == start


def _clause_start(text: str, end: int) -> int:
    """Where the clause that runs up to ``end`` starts: after the last clause or sentence
    mark before it."""
    hit = _LAST_CLAUSE_MARK.search(text, 0, end)
    return 0 if hit is None else hit.end()


def _crosses_a_span(
    spans: list[tuple[int, int]], starts: list[int], start: int, end: int
) -> bool:
    """Whether one of ``spans`` (sorted; ``starts`` their starts) overlaps ``start``–``end``
    without lying inside it."""
    for other_start, other_end in spans[bisect_left(starts, start - LONGEST_NAME) :]:
        if other_start >= end:
            return False
        if start < other_end and not (start <= other_start and other_end <= end):
            return True
    return False


@Language.factory(
    "govnews_people",
    assigns=["doc._.govnews"],
)
def make_people_matcher(nlp: Language, name: str) -> PeopleMatcher:
    return PeopleMatcher(
        common_word_test(nlp, "nr"),
        common_word_test(nlp),
        common_word_test(nlp, *NAME_TAGS),
        common_word_test(nlp, min_frequency=FREQUENT_WORD_FREQUENCY),
    )
