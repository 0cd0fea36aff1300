"""One person per name: split model entities that hold two names written back to back.

The NER model reads a run of names with no separator, as in photo credits and bylines
(（陈明亮米成云）, 本报记者熊毅唐磊), as one person. People's Daily annotates each person
on their own, and the people stage keeps only spans that look like one name, so such a run
would be lost whole. This stage runs right after the NER model (``add_ner`` adds it) and
cuts each run where :meth:`NameMatcher.split_run` says the second name starts. It also
corrects the model's names from what surrounds them in the article: a person's name holds no
digits (普京|17日); a transliterated name right after a post is a person (总统|普京, which
jieba's dictionary calls a place); a hyphenated transliteration is one person (凯勒-祖特尔);
a transliterated place the model cut in two, reading the rest as a person, is one place
(波克罗|夫斯克); a name listed with places, or in a list that closes as places
(哈尔科夫、苏梅等地), is a place, one listed with bodies a body and one listed with common
nouns nothing (茶叶、葡萄、黄金梨); a name in brackets closing a paragraph is the reporter
(（晓胡）); a place in 市 before 场 is the place before a market (北京市|场); and a name
before a numbered works (刘桥|一矿) is no person.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lexicons import load_lexicon, organization_names
from ..patterns import compile_template, compiled_fragment, trie_pattern
from ..segmenter import OUT_OF_VOCABULARY, common_word_test
from ..state import doc_state
from .labels import MODEL_ORGANIZATION, MODEL_PERSON, MODEL_PLACE
from .names import BRACKETED_BYLINE, DOTS, NameMatcher, bracketed_byline_at
from .tokens import split_tokens_at

#: What may come right before and right after a whole item of a list.
ITEM_START = frozenset("、，,。；;：:（(“\n ")
#: Words that join the last two items of a list (哈尔科夫、苏梅和切尔尼戈夫).
AND_WORDS = "和及与"
#: Characters of one part of a dotted name, at most.
MAX_DOTTED_PART = 8
ITEM_END = frozenset("、等和及与，,。；;：:）)”\n ")
HAN = regex.compile(r"\p{Han}")
#: Hyphens that join the parts of a transliterated name (凯勒-祖特尔).
HYPHENS = frozenset("-－")
#: A person's name: Han characters, with the dots of a transliteration between them.
HAN_NAME = regex.compile(r"\p{Han}+(?:[·・•\-－]\p{Han}+)*")
#: What ends the names of seas, bays, lakes, rivers, islands and straits (阿蒙森海).
WATER_AND_ISLAND_ENDINGS = frozenset("海湾湖河岛洋峡")
#: Suffixes of divisions (萨达省, 克里维里赫市).
DIVISION_ENDINGS = frozenset("省市县州")
#: The longest list item read as a thing (an ordinary word or two: 百合切花).
MAX_THING_ITEM = 6
#: Label of a list item that is no entity and is made of common nouns (葡萄, 剪纸).
THING = "THING"


class NameRunSplitter:
    """Corrects the model's entities: two names written back to back (split), a post read
    into a name (cut off), digits read into a name (trimmed), a name after a post or joined
    by a hyphen (a person), a place cut in two or listed among places (joined, relabelled),
    a name short of its list item or of the post before it (completed), a bracketed byline
    (added). Each step is a method that takes the entities and returns what changed."""

    def __init__(
        self,
        is_common_noun: Callable[[str], bool] | None = None,
        is_common_word: Callable[[str], bool] | None = None,
    ) -> None:
        self.names = NameMatcher()
        #: A frequent word the dictionary tags as a noun and no name (葡萄): a list of such
        #: is no list of people.
        self.is_common_noun = is_common_noun or _no_word_qualifies
        #: A frequent word the dictionary tags as no person's name (图片, 新闻联播): no
        #: bracketed byline.
        self.is_common_word = is_common_word or _no_word_qualifies
        self.places = frozenset(load_lexicon("places"))
        self.organization_names = frozenset(organization_names())
        self.title = compiled_fragment("TITLE_CORE")
        #: A post that ends right where a name starts.
        self.post_before = compile_template("{POST}\\Z")
        #: A post right after a name (普京总统).
        self.post_after = compiled_fragment("POST")
        self.settlement_suffixes = frozenset(
            suffix for suffix in load_lexicon("place_suffixes") if len(suffix) == 1
        )
        #: A numeral and the head of a works' name (一矿, 3号井): the name before is its place.
        heads = trie_pattern(load_lexicon("numbered_works"))
        numeral = r"(?:[一二三四五六七八九十]{1,2}|\d{1,2})号?"
        self.numbered_work = regex.compile(numeral + heads)
        closers = load_lexicon("place_list_closers")
        # 等方向 right after the last item; 3个乡 after a count (numerals folded to digits
        # or written in Han numerals). Not when the closer opens another word: its people
        # (等市民, 等村民, 等乡亲), leaders and bodies (等县领导, 等市委, 等省直部门, 等县干部,
        # 等市长, 等市政府, 等市属企业). A count may say what the places share (长所、措果、
        # 曲洛三个重灾乡).
        self.place_list_closer = regex.compile(
            "(?:{}|(?:\\d+|[一两二三四五六七八九十几多]+)个\\p{{Han}}{{0,2}}?{})"
            "(?![方委领民直干长亲政属])".format(
                trie_pattern(c for c in closers if not c.startswith("个")),
                trie_pattern(c[1:] for c in closers if c.startswith("个")),
            )
        )

    def __call__(self, doc: Doc) -> Doc:
        # Each step reads the entities as the step before left them, and says what changed
        # (None: nothing); doc.ents walks every token, so it is read once per change.
        entities = list(doc.ents)
        for step in (
            self._add_bracketed_bylines,
            self._trim_places_before_markets,
            self._trim_people_to_han,
            self._relabel_names_after_posts,
            self._extend_back_to_posts,
            self._join_hyphenated_names,
            self._join_cut_transliterations,
            self._recut_names_back_to_back,
            self._extend_to_first_names,
            self._relabel_named_waters,
            self._extend_people_to_list_items,
            self._relabel_people_listed_with_others,
            self._relabel_lists_closed_as_places,
            self._relabel_family_settlements,
            self._relabel_names_inside_divisions,
            self._drop_names_of_numbered_works,
            self._one_reading_per_foreign_name,
        ):
            changed = step(doc, entities)
            if changed is not None:
                doc.set_ents(changed, default="outside")
                entities = list(doc.ents)
        # (start, end) of a PERSON -> (where it is cut, whether the piece before is a name)
        cuts: dict[tuple[int, int], tuple[int, bool]] = {}
        for entity in entities:
            if entity.label_ != MODEL_PERSON:
                continue
            span = (entity.start_char, entity.end_char)
            # A title holds a post: look for one before trying the whole title pattern.
            post = self.names.posts.search(entity.text)
            title = self.title.match(entity.text) if post is not None else None
            if title is not None and len(entity.text) - title.end() >= 2:
                # 卡塔尔埃米尔|塔米姆: a title the model read into the name stays outside it.
                cuts[span] = (entity.start_char + title.end(), False)
            elif (cut := self.names.split_run(entity.text)) is not None:
                cuts[span] = (entity.start_char + cut, True)
        if not cuts:
            return doc
        pieces = []
        for entity in entities:
            start, end, label = entity.start_char, entity.end_char, entity.label_
            if (start, end) not in cuts:
                pieces.append((start, end, label))
                continue
            cut, first_is_a_name = cuts[(start, end)]
            if first_is_a_name:
                pieces.append((start, cut, label))
            pieces.append((cut, end, label))
        doc.set_ents(
            _respanned(doc, [cut for cut, _ in cuts.values()], pieces), default="outside"
        )
        return doc

    def _add_bracketed_bylines(self, doc: Doc, entities: list[Span]) -> list[Span] | None:
        """A name in brackets closing a paragraph (省电、轻便。（晓胡）, （千禾摄）) is the
        reporter's: a person, in place of any piece of it the model found (（刘传|好）). Not a
        common word (（图片）, （新闻联播）), a place or a known body."""
        text = doc_state(doc).simplified
        if "）" not in text and ")" not in text:
            return None
        bylines = []
        for hit in BRACKETED_BYLINE.finditer(text):
            start, end = hit.span(1)
            name = hit.group(1)
            if (
                not bracketed_byline_at(text, start, end)
                or self.is_common_word(name)
                or name in self.places
                or name in self.organization_names
                or any(
                    e.start_char < end and start < e.end_char and e.label_ != MODEL_PERSON
                    for e in entities
                )
            ):
                continue
            bylines.append((start, end))
        if not bylines:
            return None
        return _respanned(
            doc,
            [offset for span in bylines for offset in span],
            _giving_way(entities, bylines, MODEL_PERSON),
        )

    @staticmethod
    def _trim_places_before_markets(doc: Doc, entities: list[Span]) -> list[Span] | None:
        """A place ending in 市 right before 场 is the place before a market (北京市|场上:
        北京 and 市场, as jieba's dictionary word 北京市 hides): 市场 is far more often written
        after a place than a city is before 场."""
        text = doc_state(doc).simplified
        cuts = {
            entity.end_char - 1
            for entity in entities
            if entity.label_ == MODEL_PLACE
            and len(entity.text) > 2
            and entity.text.endswith("市")
            and text[entity.end_char : entity.end_char + 1] == "场"
        }
        if not cuts:
            return None
        return _respanned(
            doc,
            cuts,
            [
                (e.start_char, e.end_char - 1 if e.end_char - 1 in cuts else e.end_char, e.label_)
                for e in entities
            ],
        )

    @staticmethod
    def _trim_people_to_han(doc: Doc, entities: list[Span]) -> list[Span] | None:
        """A person's name holds no digits or Latin letters: 普京|17日 is 普京."""
        trimmed = []
        for entity in entities:
            if entity.label_ == MODEL_PERSON and not HAN_NAME.fullmatch(entity.text):
                core = HAN_NAME.search(entity.text)
                span = None
                if core is not None:
                    start = entity.start_char + core.start()
                    span = doc.char_span(start, start + len(core.group()), label=MODEL_PERSON)
                if span is None:
                    continue  # nothing of a name left on word boundaries: no entity
                entity = span
            trimmed.append(entity)
        return trimmed if trimmed != entities else None

    def _relabel_names_after_posts(self, doc: Doc, entities: list[Span]) -> list[Span] | None:
        """A transliterated or Tibetan name right after a post is a person, whatever jieba's
        dictionary says of the word (俄罗斯总统|普京: jieba tags 普京 as a place) or the model
        reads it as (交通部长|伯塞斯库, an organisation; 副委员长|洛桑江村, a village)."""
        text = doc_state(doc).simplified

        def after_a_post(entity: Span) -> bool:
            name = entity.text
            return (
                entity.label_ in (MODEL_PLACE, MODEL_ORGANIZATION)
                and len(name) >= 2
                and (self.names.is_transliterated(name) or self.names.is_minority_name(name))
                and name not in self.places
                and self.post_before.search(text, max(0, entity.start_char - 8), entity.start_char)
                is not None
            )

        return _relabelled(doc, entities, after_a_post, MODEL_PERSON)

    def _join_hyphenated_names(self, doc: Doc, entities: list[Span]) -> list[Span] | None:
        """A transliterated name joined by a hyphen is one person (凯勒-祖特尔, 威廉-亚历山大,
        让-诺埃尔·巴罗): a PERSON next to a hyphen takes in the run of transliteration
        characters on its other side, whatever the model made of it (none, or a place)."""
        text = doc_state(doc).simplified
        if "-" not in text and "－" not in text:
            return None
        by_start = {entity.start_char: entity for entity in entities}
        by_end = {entity.end_char: entity for entity in entities}
        joins: list[tuple[int, int]] = []
        for entity in entities:
            if entity.label_ != MODEL_PERSON:
                continue
            start, end = entity.start_char, entity.end_char
            hyphen = start - 1
            if hyphen > 0 and text[hyphen] in HYPHENS:
                other = by_end.get(hyphen)
                if other is not None and self._is_name_part(other):
                    start = other.start_char  # 科西尼亚克|-|卡梅什
                elif other is None:
                    run = self._transliteration_run(text, hyphen, -1)
                    opens = hyphen - run
                    # 外长|让-诺埃尔: the run must open where a post or the sentence ends
                    if run and (
                        opens == 0
                        or not HAN.match(text, opens - 1)
                        or self.post_before.search(text, max(0, opens - 8), opens)
                    ):
                        start = opens
            hyphen = end
            if hyphen < len(text) - 1 and text[hyphen] in HYPHENS:
                other = by_start.get(hyphen + 1)
                if other is not None and self._is_name_part(other):
                    end = other.end_char  # 威廉|-|亚历山大 (read as a place)
                elif other is None:
                    run = self._transliteration_run(text, hyphen + 1, 1)
                    if run and self.names.ends_cleanly(text, hyphen + 1 + run):
                        end = hyphen + 1 + run
            if (start, end) != (entity.start_char, entity.end_char):
                joins.append((start, end))
        if not joins:
            return None
        merged: list[tuple[int, int]] = []
        for start, end in sorted(joins):  # 科西尼亚克|-|卡梅什: both people reach the other
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        joins = merged
        return _respanned(
            doc,
            [offset for span in joins for offset in span],
            _giving_way(entities, joins, MODEL_PERSON),
        )

    def _is_name_part(self, entity: Span) -> bool:
        """Whether the model's entity can be part of a hyphenated name: a person, or a place
        written in transliteration characters only (亚历山大, not 杰克逊国际机场)."""
        if entity.label_ == MODEL_PERSON:
            return True
        return entity.label_ == MODEL_PLACE and self.names.is_transliterated(entity.text)

    def _transliteration_run(self, text: str, edge: int, step: int) -> int:
        """Length of the run of transliteration characters next to ``edge`` (before it with
        ``step`` -1, from it with 1); 0 unless the run ends at a character that is none."""
        characters = self.names.transliteration_characters
        length = 0
        position = edge - 1 if step < 0 else edge
        while 0 <= position < len(text) and text[position] in characters and length < 8:
            length += 1
            position += step
        if not length or (0 <= position < len(text) and text[position] in characters):
            return 0
        return length

    def _join_cut_transliterations(self, doc: Doc, entities: list[Span]) -> list[Span] | None:
        """A place the model cut in two, the rest read as a person (波克罗|夫斯克) or a place
        (库拉|霍沃市): one place; a person cut in two (梅德韦|杰夫, at the dictionary's word
        杰夫): one person.

        Only when both parts are written in transliteration characters (of a dotted name,
        the part before the dot: 阿卜迪麦|麦提·奥布力) and touch, and a place is no gazetteer
        name of its own (卡塔尔|埃米尔塔米姆 stays apart; of two places, neither may be:
        安康|平利县). Two people written back to back
        are Chinese names (photo credits), never two transliterations (none of the 317 such
        pairs of PFR's training days is), except single characters standing for names
        (汤|尤杯, 马|列主义).
        """
        joined: list[Span] = []
        changed = False
        for entity in entities:
            if joined and self._halves_of_one(joined[-1], entity):
                joined[-1] = Span(doc, joined[-1].start, entity.end, label=joined[-1].label_)
                changed = True
            else:
                joined.append(entity)
        return joined if changed else None

    def _halves_of_one(self, first: Span, second: Span) -> bool:
        """Whether two touching entities are halves of one transliterated name: a person
        after a person or a place no gazetteer lists (梅德韦|杰夫, 波克罗|夫斯克), or a place
        after a place, neither listed, with its suffix (库拉|霍沃市)."""
        if first.end != second.start:
            return False
        if second.label_ == MODEL_PERSON:
            if first.label_ == MODEL_PERSON:
                parts_ok = len(first.text) > 1 and len(second.text) > 1
            else:
                parts_ok = first.label_ == MODEL_PLACE and first.text not in self.places
            rest = self._before_first_dot(second.text)
        elif second.label_ == first.label_ == MODEL_PLACE:
            rest = self._stem(second.text)
            parts_ok = len(first.text) > 1 and not {first.text, second.text, rest} & self.places
        else:
            return False
        return parts_ok and self.names.is_transliterated(first.text + rest)

    def _stem(self, name: str) -> str:
        """``name`` without the one-character place suffix that ends it (霍沃市 → 霍沃)."""
        return name[:-1] if len(name) > 2 and name[-1] in self.settlement_suffixes else name

    def _recut_names_back_to_back(self, doc: Doc, entities: list[Span]) -> list[Span] | None:
        """Two people written back to back that the model cut one character late
        (罗华宇王|光荣, in a photo credit: a four-character first name ending in a surname)
        are cut where ``NameMatcher.split_run`` cuts the pair (罗华宇|王光荣)."""
        cuts: dict[int, int] = {}
        for index in range(1, len(entities)):
            first, second = entities[index - 1], entities[index]
            if (
                first.label_ != MODEL_PERSON
                or second.label_ != MODEL_PERSON
                or first.end_char != second.start_char
            ):
                continue
            if len(first.text) != 4:
                continue  # a four-character Chinese name is rare: 罗华宇|王 took a surname
            cut = self.names.split_run(first.text + second.text)
            if cut == 3:
                cuts[index] = first.start_char + cut
        if not cuts:
            return None
        return _respanned(
            doc,
            cuts.values(),
            [
                (cuts.get(index, e.start_char), cuts.get(index + 1, e.end_char), e.label_)
                for index, e in enumerate(entities)
            ],
        )

    def _before_first_dot(self, name: str) -> str:
        """The part of a dotted name before its first dot (all of a name without one)."""
        return name[: self.names.first_dot(name, 0, len(name))]

    def _extend_to_first_names(self, doc: Doc, entities: list[Span]) -> list[Span] | None:
        """A person the model found after a dot is the last part of a dotted name: it runs
        back over the words before (这里的|马可·波罗, not 波罗) written in transliteration
        characters, up to a place of the gazetteer or another entity (文莱|苏丹|哈吉·…) and
        after an ordinary word (``NameMatcher.dotted_name_start``)."""
        text = doc_state(doc).folded
        entity_ends = {entity.end_char for entity in entities}
        extended = []
        for entity in entities:
            span = None
            if entity.label_ == MODEL_PERSON:
                start = self._first_name_start(doc, text, entity.start_char, entity_ends)
                if start < entity.start_char:
                    span = doc.char_span(start, entity.end_char, label=entity.label_)
            extended.append(span if span is not None else entity)
        return extended if extended != entities else None

    def _first_name_start(self, doc: Doc, text: str, start: int, entity_ends: set[int]) -> int:
        """Where a dotted name ending in the part at ``start`` starts (``start`` if no dot
        and no name part come right before it)."""
        while start > 1 and text[start - 1] in DOTS:
            dot = start - 1
            dot_token = doc.char_span(dot, start)
            if dot_token is None:
                break
            part_start = dot
            for token in reversed(doc[: dot_token.start]):
                word = text[token.idx : token.idx + len(token)]
                if (
                    part_start in entity_ends
                    or dot - token.idx > MAX_DOTTED_PART
                    or not self.names.is_transliterated(word)
                    or not self.names.not_in_name_part.isdisjoint(word)
                    or word in self.places
                ):
                    break
                part_start = token.idx
            if part_start == dot:
                break
            start = self.names.dotted_name_start(text, part_start, dot)
        return start

    def _extend_back_to_posts(self, doc: Doc, entities: list[Span]) -> list[Span] | None:
        """A transliterated person the model found without the first characters of the
        name runs back over them: when they stand right after a post (大臣米利|班德), or are
        one word no dictionary holds (内坦|尼亚胡: jieba's guess at a piece of a name)."""
        text = doc_state(doc).simplified
        entity_ends = {entity.end_char for entity in entities}
        extended = []
        for entity in entities:
            span = None
            if entity.label_ == MODEL_PERSON and self.names.is_transliterated(
                self._before_first_dot(entity.text)
            ):
                start = entity.start_char
                run = self._transliteration_run(text, start, -1)
                opens = start - run
                if (
                    0 < run <= 4
                    and start not in entity_ends
                    and not any(opens < end < start for end in entity_ends)
                    and (
                        self.post_before.search(text, max(0, opens - 8), opens)
                        or self._is_unknown_word(doc, opens, start)
                    )
                ):
                    span = doc.char_span(opens, entity.end_char, label=MODEL_PERSON)
            extended.append(span if span is not None else entity)
        return extended if extended != entities else None

    @staticmethod
    def _is_unknown_word(doc: Doc, start: int, end: int) -> bool:
        """Whether ``doc``'s text from ``start`` to ``end`` is one token of two characters
        or more that jieba's dictionary lacks (the segmenter tags it ``oov``)."""
        span = doc.char_span(start, end)
        return (
            span is not None
            and len(span) == 1
            and end - start > 1
            and span[0].tag_ == OUT_OF_VOCABULARY
        )

    def _relabel_named_waters(self, doc: Doc, entities: list[Span]) -> list[Span] | None:
        """A transliterated name and 海, 湾, 湖, 河, 岛, 洋 or 峡 (阿蒙森海) names a sea, a lake,
        a river or an island, not a person; and with 省, 市, 县 or 州 a division (萨达省,
        克里维里赫市). A stem of three characters at least before water (two could be a
        Chinese name: 罗海), two before a division suffix (no given name ends in one)."""

        def names_a_place(entity: Span) -> bool:
            name = entity.text
            if name[-1] in WATER_AND_ISLAND_ENDINGS:
                shortest = 4
            elif name[-1] in DIVISION_ENDINGS:
                shortest = 3
            else:
                return False
            return len(name) >= shortest and self.names.is_transliterated(name[:-1])

        return _relabelled(
            doc,
            entities,
            lambda entity: entity.label_ == MODEL_PERSON and names_a_place(entity),
            MODEL_PLACE,
        )

    def _extend_people_to_list_items(self, doc: Doc, entities: list[Span]) -> list[Span] | None:
        """A person a little short of a whole item of a list of people is the whole item:
        the items of a list are whole names. One character for a Chinese name (李磊、池春雪、
        陈玲|双), up to three transliteration characters for a dotted name (吉炳轩、
        艾力更·依明|巴海、万鄂湘)."""
        text = doc_state(doc).simplified
        extensions: dict[int, int] = {}
        for index, entity in enumerate(entities):
            start, end = entity.start_char, entity.end_char
            if entity.label_ != MODEL_PERSON or not (start == 0 or text[start - 1] in ITEM_START):
                continue
            rest = self._rest_of_item(text, entity.text, end)
            if (
                not rest
                or "、" not in (text[start - 1 : start] + text[end + rest])
                or (index + 1 < len(entities) and entities[index + 1].start_char < end + rest)
            ):
                continue
            before = entities[index - 1] if index > 0 else None
            after = entities[index + 1] if index + 1 < len(entities) else None
            if (
                before is not None
                and before.label_ == MODEL_PERSON
                and before.end_char == start - 1
                and text[start - 1] == "、"
            ) or (
                after is not None
                and after.label_ == MODEL_PERSON
                and after.start_char == end + rest + 1
                and text[end + rest] == "、"
            ):
                extensions[index] = end + rest
        if not extensions:
            return None
        return _respanned(
            doc,
            extensions.values(),
            [
                (e.start_char, extensions.get(index, e.end_char), e.label_)
                for index, e in enumerate(entities)
            ],
        )

    def _rest_of_item(self, text: str, name: str, end: int) -> int:
        """How many characters after a name ending at ``end`` its list item still holds,
        when they may be the rest of the name (0 when none may be, or the item is whole)."""
        most = 3 if self.names.first_dot(name, 0, len(name)) < len(name) else 1
        if most == 1 and len(name) > 3:
            return 0
        rest = 0
        while (
            rest < most
            and end + rest < len(text)
            and HAN.match(text, end + rest)
            and text[end + rest] not in self.names.not_given_name
            and (most == 1 or text[end + rest] in self.names.transliteration_characters)
        ):
            rest += 1
        if not rest or end + rest >= len(text) or text[end + rest] not in ITEM_END:
            return 0
        return rest

    def _relabel_people_listed_with_others(
        self, doc: Doc, entities: list[Span]
    ) -> list[Span] | None:
        """A name listed with no person, next to places, bodies or things, is one of them.

        A list joined by 、 names things of one kind. A PERSON that is a whole list item,
        next to no PERSON, is relabelled PLACE next to a PLACE that is a whole item
        (哈尔科夫、苏梅、扎波罗热). When it is the whole item, with no title before it
        (秘书长古特雷斯、世卫组织 stays), it is relabelled ORG next to a whole ORG
        (中国文化中心、鲁班工坊), and is no entity when every item next to it is common
        nouns (茶叶、葡萄、黄金梨等). A place that only opens an item (湖北襄樊晁元君) says
        nothing.
        """
        text = doc_state(doc).simplified  # doc.text would join every token again

        def whole(index: int) -> bool:
            start, end = entities[index].start_char, entities[index].end_char
            opens = start == 0 or text[start - 1] in ITEM_START or not (
                index > 0 and entities[index - 1].end_char == start
            )
            return opens and (end == len(text) or text[end] in ITEM_END)

        relabelled: list[Span | None] = list(entities)
        for index, entity in enumerate(entities):
            if entity.label_ != MODEL_PERSON or not whole(index):
                continue
            start, end = entity.start_char, entity.end_char
            neighbours = []
            if text[start - 1 : start] == "、":
                if index > 0 and entities[index - 1].end_char == start - 1:
                    if whole(index - 1):
                        neighbours.append(entities[index - 1].label_)
                elif self._is_thing_item(doc, text, _item_start(text, start - 1), start - 1):
                    neighbours.append(THING)
            if text[end : end + 1] == "、":
                if index + 1 < len(entities) and entities[index + 1].start_char == end + 1:
                    if whole(index + 1):
                        neighbours.append(entities[index + 1].label_)
                elif self._is_thing_item(doc, text, end + 1, _item_end(text, end + 1)):
                    neighbours.append(THING)
            if not neighbours or MODEL_PERSON in neighbours:
                continue
            if MODEL_PLACE in neighbours:
                relabelled[index] = Span(doc, entity.start, entity.end, label=MODEL_PLACE)
            elif start > 0 and text[start - 1] not in ITEM_START:
                continue  # 秘书长古特雷斯: the item holds more than the name
            elif MODEL_ORGANIZATION in neighbours:
                relabelled[index] = Span(doc, entity.start, entity.end, label=MODEL_ORGANIZATION)
            elif all(label == THING for label in neighbours):
                relabelled[index] = None
        if relabelled == entities:
            return None
        return [span for span in relabelled if span is not None]

    def _is_thing_item(self, doc: Doc, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a list item of common nouns only (葡萄, 百合切花)."""
        if not 0 < end - start <= MAX_THING_ITEM or not HAN_NAME.fullmatch(text, start, end):
            return False
        span = doc.char_span(start, end)
        return span is not None and all(
            self.is_common_noun(text[token.idx : token.idx + len(token)]) for token in span
        )

    def _relabel_lists_closed_as_places(self, doc: Doc, entities: list[Span]) -> list[Span] | None:
        """The items of a list that closes as a list of places (哈尔科夫、波克罗夫斯克、
        库拉霍沃等方向; 长所、曲洛、措果3个乡) are places, even when the model read every
        one as a person."""
        if not any(entity.label_ == MODEL_PERSON for entity in entities):
            return None
        text = doc_state(doc).simplified
        entity_ends = {entity.end_char: entity.start_char for entity in entities}
        # A place the model read with its closer (切尔尼戈夫地区) is the list's last item.
        places = [(e.start_char, e.end_char) for e in entities if e.label_ == MODEL_PLACE]
        items: set[tuple[int, int]] = set()
        for closer in self.place_list_closer.finditer(text):
            end = closer.start()
            holder = next((start for start, stop in places if start < end < stop), None)
            if holder is not None:
                if holder == 0 or text[holder - 1] not in "、" + AND_WORDS:
                    continue
                end = holder - 1
            items.update(list_items_before(text, end, entity_ends))
        return _relabelled(
            doc,
            entities,
            lambda entity: entity.label_ == MODEL_PERSON
            and (entity.start_char, entity.end_char) in items,
            MODEL_PLACE,
        )

    def _one_reading_per_foreign_name(self, doc: Doc, entities: list[Span]) -> list[Span] | None:
        """A transliterated name the model reads as a place more often than as a person in
        an article (哈尔科夫: 在哈尔科夫控制了… once, 哈尔科夫、苏梅等地 twice), or writes with
        a place suffix (库拉霍沃市), is a place throughout: one string names one thing in an
        article. Not when a post stands right
        before or after one of its mentions (普京总统, 总统普京: a person, whatever jieba's
        dictionary tags 普京), and never the other way: the model reads places as people far
        more often than people as places (在库尔斯克的防线)."""
        text = doc_state(doc).folded
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        with_post: set[str] = set()
        for entity in entities:
            if entity.label_ in (MODEL_PERSON, MODEL_PLACE) and len(entity.text) > 1:
                votes[entity.text][entity.label_] += 1
                if self._post_next_to(text, entity.start_char, entity.end_char):
                    with_post.add(entity.text)
        suffixed = {  # 库拉霍沃市: the article writes 库拉霍沃 as a city
            entity.text[:-1]
            for entity in entities
            if entity.label_ == MODEL_PLACE and self._stem(entity.text) != entity.text
        }
        places = {
            name
            for name, counts in votes.items()
            if (counts[MODEL_PLACE] > counts[MODEL_PERSON] > 0 or name in suffixed)
            and name not in with_post
            and self.names.is_transliterated(name)
        }
        return _relabelled(
            doc,
            entities,
            lambda entity: entity.label_ == MODEL_PERSON and entity.text in places,
            MODEL_PLACE,
        )

    def _post_next_to(self, text: str, start: int, end: int) -> bool:
        """Whether a post stands right before or right after ``text[start:end]`` (总统普京,
        普京总统)."""
        before = self.post_before.search(text, max(0, start - 8), start)
        return before is not None or self.post_after.match(text, end) is not None

    def _relabel_family_settlements(self, doc: Doc, entities: list[Span]) -> list[Span] | None:
        """Surname + 家 + a place suffix (李家村, 王家镇) names a village or town, not a
        person: settlements are named after the family that lived there, given names
        hardly ever end so."""
        return _relabelled(
            doc,
            entities,
            lambda entity: entity.label_ == MODEL_PERSON
            and self._is_family_settlement(entity.text),
            MODEL_PLACE,
        )

    def _relabel_names_inside_divisions(self, doc: Doc, entities: list[Span]) -> list[Span] | None:
        """A name written right after a division (库尔斯克州|苏贾, 张北县|尚义) is a place in
        it: an address runs from the larger place to the smaller, while a person's name
        follows a post or a word, not a bare division. Not when a post follows the name
        (湖南省|张三书记 is unusual, but a title all the same)."""
        text = doc_state(doc).folded
        division_ends = {
            entity.end_char
            for entity in entities
            if entity.label_ == MODEL_PLACE and entity.text[-1] in DIVISION_ENDINGS
        }
        if not division_ends:
            return None
        return _relabelled(
            doc,
            entities,
            lambda entity: entity.label_ == MODEL_PERSON
            and entity.start_char in division_ends
            and self.post_after.match(text, entity.end_char) is None,
            MODEL_PLACE,
        )

    def _drop_names_of_numbered_works(self, doc: Doc, entities: list[Span]) -> list[Span] | None:
        """A name written before a numbered works (刘桥|一矿, 平顶山|二矿) names the place
        the works stands at, and the article's other mentions of it (刘桥一矿… 刘桥的职工)
        name the works: no person, unless a post stands next to one of them (刘桥书记)."""
        text = doc_state(doc).folded
        works = {
            entity.text
            for entity in entities
            if entity.label_ == MODEL_PERSON
            and self.numbered_work.match(text, entity.end_char) is not None
        }
        if not works:
            return None
        works -= {
            entity.text
            for entity in entities
            if entity.text in works and self._post_next_to(text, entity.start_char, entity.end_char)
        }
        kept = [e for e in entities if not (e.label_ == MODEL_PERSON and e.text in works)]
        return kept if len(kept) < len(entities) else None

    def _is_family_settlement(self, text: str) -> bool:
        surname = self.names.surname_length(text, 0)
        return (
            surname > 0
            and len(text) == surname + 2
            and text[surname] == "家"
            and text[-1] in self.settlement_suffixes
        )


def list_items_before(
    text: str, end: int, entity_ends: dict[int, int], longest: int = 10
) -> list[tuple[int, int]]:
    """The items, as (start, end), of a list ``甲、乙、丙`` (or ``甲、乙和丙``) that ends at
    ``end``, last first.

    An item is an entity (``entity_ends``: end -> start) or, where no entity ends, a run of
    Han characters back to the 、 before it (长所、曲洛、措果3个乡: 长所 need not be one). The
    last two items may be joined by 和, 及 or 与 instead, when both are entities.
    """
    items: list[tuple[int, int]] = []
    while True:
        start = entity_ends.get(end)
        if start is None:
            start = end
            while start > 0 and end - start < longest and HAN.match(text, start - 1):
                start -= 1
            if start == end or (start > 0 and text[start - 1] != "、"):
                return items  # no item, or a run that is no whole item
        items.append((start, end))
        joined_by_and = (
            len(items) == 1
            and start > 0
            and text[start - 1] in AND_WORDS
            and start - 1 in entity_ends
        )
        if start == 0 or not (text[start - 1] == "、" or joined_by_and):
            return items
        end = start - 1


def _relabelled(
    doc: Doc, entities: list[Span], test: Callable[[Span], bool], label: str
) -> list[Span] | None:
    """``entities`` with those ``test`` holds for labelled ``label``; None when that
    changes none."""
    relabelled = [
        Span(doc, entity.start, entity.end, label=label) if test(entity) else entity
        for entity in entities
    ]
    return relabelled if relabelled != entities else None


def _respanned(
    doc: Doc, cuts: Iterable[int], extents: Iterable[tuple[int, int, str]]
) -> list[Span]:
    """The entities at ``extents`` (start, end, label), in order, once the tokens are split
    at ``cuts`` so that they fall on token boundaries; an extent that still does not is
    dropped."""
    split_tokens_at(doc, cuts)
    spans = (doc.char_span(start, end, label=label) for start, end, label in extents)
    return sorted((span for span in spans if span is not None), key=lambda span: span.start)


def _giving_way(
    entities: list[Span], added: list[tuple[int, int]], label: str
) -> list[tuple[int, int, str]]:
    """The extents of ``entities`` that ``added`` spans (of ``label``) do not touch, and
    those spans: what a new name covers, even in part, gives way to it."""
    kept = [
        (e.start_char, e.end_char, e.label_)
        for e in entities
        if not any(e.start_char < end and start < e.end_char for start, end in added)
    ]
    return kept + [(start, end, label) for start, end in added]


def _item_start(text: str, end: int) -> int:
    """Where the list item ending at ``end`` starts (after the mark before it; looked for
    no further back than the longest thing item)."""
    start = end
    while start > 0 and end - start <= MAX_THING_ITEM and text[start - 1] not in ITEM_START:
        start -= 1
    return start


def _item_end(text: str, start: int) -> int:
    """Where the list item starting at ``start`` ends (at the mark after it; looked for no
    further than the longest thing item)."""
    end = start
    while end < len(text) and end - start <= MAX_THING_ITEM and text[end] not in ITEM_END:
        end += 1
    return end


def _no_word_qualifies(word: str) -> bool:
    return False


@Language.factory("govnews_name_runs")
def make_name_runs(nlp: Language, name: str) -> NameRunSplitter:
    """Factory for ``nlp.add_pipe("govnews_name_runs")``."""
    return NameRunSplitter(
        common_word_test(nlp, "nr", "ns", "nt", "nz", only_tags=("n",)), common_word_test(nlp, "nr")
    )

