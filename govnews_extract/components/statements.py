"""Statements: who said what.

Three shapes are found:

* reported speech, a speaker and a speech verb then what was said, to the end
  of the paragraph or to where another speaker's cue begins (``尹建业强调，…``,
  ``会议指出，…``; ``…。他要求，…`` by the same speaker goes on with it), less a
  reporter's credit in brackets closing the paragraph;
* a direct quote followed by its speaker (``“…”，王毅说``);
* department statement sections: a short heading ``部门：标题`` and the
  paragraph under it, or ``部门：`` opening a paragraph of sentences; the
  department speaks.

Speakers are people and organisations found by earlier stages, meetings
(``会议``), pronouns resolved to the last person named, posts used alone
(``总统表示``) resolved to the one person holding that post, and
``X负责人`` resolved to organisation X.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..lexicons import load_lexicon
from ..patterns import HAN_WORD, compiled_fragment, trie_pattern
from ..rules.builtin import builtin_patterns
from ..state import DocState, Match, doc_state
from .spans import Coverage
from .terms import load_mark_pairs

FIELD = "statements"
MEETING = "会议"
#: Marks that end a sentence or a paragraph: a speaker is never looked for across them.
SENTENCE_BREAK = regex.compile(r"[。！？!?；;\n]")
#: The same, searched backwards: the last break before a position.
LAST_SENTENCE_BREAK = regex.compile(SENTENCE_BREAK.pattern, regex.REVERSE)
#: A bracketed group closing a paragraph: where a reporter's credit stands.
_CREDIT = regex.compile(r"[(（][^()（）\n]{2,40}[)）]\s*\Z")


@dataclass(frozen=True)
class Speaker:
    start: int
    end: int
    name: str
    kind: str  # person | organization | meeting | place


#: ``【部门】标题``: a department's name in black brackets opening a heading.
_BRACKETED_HEADING = regex.compile(r"\s*[【\[]([^】\]\s]{2,20})[】\]]")


class StatementMatcher:
    """spaCy component: statements under ``matches['statements']``."""

    def __init__(self) -> None:
        config = builtin_patterns("statement_reported")
        self.max_gap = int(config["max_gap_between_speaker_and_verb"])
        self.max_heading = int(config["max_section_heading_length"])
        self.pronouns = frozenset(config["pronouns"])
        #: A pronoun right after a verb (问她, 同他): not 其他, 他们, 他人, 他国.
        self.pronoun_as_object = {
            pronoun: regex.compile(
                rf"(?<=\p{{Han}})(?<![其吉利]){regex.escape(pronoun)}(?![们人国乡方])"
            )
            for pronoun in self.pronouns
        }
        self.feminine_pronoun = config["feminine_pronoun"]
        self.women_after_names = tuple(config["women_after_names"])
        self.spokesperson_words = tuple(config["spokesperson_words"])
        self.group_words = tuple(config["group_words"])
        self.received_reports = tuple(config["received_reports"])
        self.continuations = frozenset(config["continuations"])
        self.speaking_acts = frozenset(config["speaking_acts"])
        self.not_speech_openers = tuple(config["not_speech_openers"])
        self.meeting_object_verbs = tuple(config["meeting_object_verbs"])
        #: A sentence that only says who spoke (石家庄市卫健委、邯郸市疾控中心作典型发言。):
        #: narration, so a statement before it ends there.
        self.narrated_speech = regex.compile(
            r"(?<=[。！？!?；;\n])[^。！？!?；;\n,，:：“”\"]{2,120}?(?:作|进行)了?\p{Han}{0,4}?"
            rf"(?:{trie_pattern(self.speaking_acts)})[。！!]"
        )
        verbs = trie_pattern(load_lexicon("speech_verbs"))
        # 告诉记者，… / 告诉本报记者：…: whom the speaker tells stands between verb and speech.
        addressees = trie_pattern(config["addressees"])
        self.cue = regex.compile(
            rf"({verbs})(?:了|道)?(?:{addressees})?([,，:：]|[ \t　]+(?=\S))"
        )
        # 据王明介绍今年…: after 据 ("according to") opening a clause, what follows the verb
        # is speech even with no punctuation between them (not 根据|调研提出建议).
        self.according_to_cue = regex.compile(
            rf"(?<![^,，。；;！!？?：:\s])据[^,，。；;！!？?：:“”\n]{{1,30}}?({verbs})(?=\p{{Han}})"
        )
        self.meeting = regex.compile(trie_pattern(load_lexicon("meeting_speakers")))
        #: A line that heads the speeches of departments (精彩发言, 发言摘登).
        self.speech_section = regex.compile(trie_pattern(config["speech_section_headings"]))
        self.post = compiled_fragment("POST")
        self.title_chain = compiled_fragment("TITLE_CHAIN")
        self.organization = compiled_fragment("ORG")
        self.organ = compiled_fragment("ORGAN")
        divisions = trie_pattern(load_lexicon("place_suffixes"))
        self.locality = regex.compile(rf"\p{{Han}}{{1,10}}?(?:{divisions})")
        self.gap_forbidden = regex.compile(r"[,，。；;！!？?：:“”\"《》\n]")
        # 李强在出席…开幕式时表示, 刘国中参加河南代表团审议时说, 卡西姆在…葬礼上称,
        # 泽连斯基在离开白宫后表示, 哈梅内伊会见苏达尼时表示, 王毅同布林肯会谈时说,
        # 专家接受新华社记者采访时表示 (the agency interviews, the expert speaks): the
        # speaker stands before the clause of when or where, however long it is and whatever
        # meeting, body or person it names; so does a clause of what the speech answers
        # (发言人朱凤莲就民进党当局近期涉“台独”言行回答记者提问时表示), quoted words included.
        self.when_clause = regex.compile(
            r"(?:在|参加|出席|看望|考察|调研|视察|会见|会晤|接见|接受|同|与|就|针对)"
            r"(?:[^,，。；;！!？?：:“”\"《》\n]|“[^,，。；;！!？?：:“”\"\n]{1,12}”){1,70}?"
            r"(?:时|之际|上|后|前)\Z"
        )
        # The terms stage's quotation marks and sentence punctuation: a quoted string with
        # sentence punctuation is a quotation, one without a term.
        pairs, self.sentence_punctuation, _ = load_mark_pairs()
        self.quotations = tuple(pair.pattern for pair in pairs if pair.label == "quoted")
        # “…”埃及开罗大学教授哈桑·拉吉卜对记者说。: the speaker (a dotted name too) may tell
        # someone (对记者, 向本报记者) before the verb, and hold titles joined by 、
        # (村党支部书记、村委会主任黄建国说), and an age (62岁的村民罗春生说). A quote closing a
        # paragraph is not the next paragraph's speaker's (…“价格翻了好几倍。”\n\n欧阳晓峰说).
        self.quote_then_speaker = regex.compile(
            rf"“([^“”\n]{{4,}})”[,，]?[ \t\u3000]*([\p{{Han}}\d][\p{{Han}}\d·・•、]{{0,30}}?)"
            rf"(?:[对向](?:{addressees}))?({verbs})(?=[。,，;；])"
        )

    # -- speakers ------------------------------------------------------------

    def speaker_candidates(self, state: DocState) -> Candidates:
        """People, organisations and meetings, sorted by where they end."""
        candidates: list[Speaker] = []
        for person in state.get("people"):
            if "byline" in person.data.get("roles", ()):
                continue  # （记者 李晓）多位专家表示: the reporter of a byline does not speak
            candidates.append(Speaker(person.start, person.end, person.text, "person"))
        for org in state.get("organizations"):
            candidates.append(Speaker(org.start, org.end, org.text, "organization"))
        text = state.folded
        for hit in self.meeting.finditer(text):
            if hit.group() == "会上" or text.endswith(self.meeting_object_verbs, 0, hit.start()):
                continue  # 主持会议并讲话: a meeting chaired or attended does not speak
            candidates.append(Speaker(hit.start(), hit.end(), MEETING, "meeting"))
        return Candidates(candidates)

    def resolve_speaker(
        self,
        state: DocState,
        candidates: Candidates,
        verb_start: int,
        last_speaker: Speaker | None = None,
    ) -> Speaker | None:
        """The speaker whose mention ends closest before the verb, with no clause break between.

        Dates in the gap do not count towards its length (美国中央司令部2024年12月31日发表声明称);
        a name written after 在 or 于 is where something happens, not who speaks
        (负责人在国新办新闻发布会上介绍), and a clause of when or where (在…时, 在…后, 在…上) is
        skipped whole: no name inside it speaks (参加江苏代表团审议时指出).
        """
        text = state.folded
        when = self.when_clause.search(text, max(verb_start - 80, 0), verb_start)
        if when is not None:
            speaker = self.resolve_speaker(state, candidates, when.start())
            if speaker is None and text[when.start() - 1 : when.start()] in ("，", ","):
                speaker = _subject_of_sentence(text, candidates, when.start())
            if speaker is not None:
                return speaker
        best: Speaker | None = None
        # A date is at most as long as the gap allowed, so twice that covers every speaker.
        low = max(verb_start - 2 * self.max_gap, 0)
        dates = [(d.start, d.end) for d in state.get("dates") if low <= d.start < verb_start]
        for candidate in _ending_between(candidates, low, verb_start):
            if when is not None and candidate.end > when.start():
                continue
            gap = text[candidate.end : verb_start]
            dated = sum(e - s for s, e in dates if candidate.end <= s and e <= verb_start)
            if len(gap) - dated > self.max_gap or self.gap_forbidden.search(gap):
                continue
            if candidate.start > 0 and text[candidate.start - 1] in LOCATIVES:
                continue
            if self._is_addressed(text, candidate.start):
                continue
            if gap.startswith("接") and gap.endswith(self.received_reports):
                continue  # 天河区分局|接群众报警|称: the caller's words
            if candidate.kind == "organization" and text.endswith(SPEAKS_FOR, 0, candidate.start):
                continue  # 欧阳泽华委员代表|民革中央|发言说: the body the speaker speaks for
            if (
                candidate.kind == "organization"
                and gap
                and not gap.startswith(self.spokesperson_words)
            ):
                if self.organ.match(gap) or gap.endswith(self.group_words):
                    continue  # 港澳台|各界人士|表示: people of a group, a generic speaker
            if (
                best is None
                or candidate.end > best.end
                or (candidate.end == best.end and candidate.start < best.start)
            ):
                best = candidate
        if best is not None:
            return best
        return self._pronoun_or_post(state, candidates, verb_start, last_speaker)

    def _is_addressed(self, text: str, start: int) -> bool:
        """Whether the name at ``start`` is whom the speaker addresses or is with, written
        after 向, 同, 跟 or 对 and the name's titles (格拉西莫夫向普京汇报称,
        米舒斯京向俄总统普京汇报时说): the speaker stands before it."""
        before = max(start - MAX_TITLE_BEFORE_ADDRESSEE - 1, 0)
        for index in range(start - 1, before - 1, -1):
            if text[index] in ADDRESSING:
                return (
                    index == start - 1
                    or self.title_chain.fullmatch(text, index + 1, start) is not None
                )
            if not HAN_WORD.match(text, index, index + 1):
                return False
        return False

    def _pronoun_or_post(
        self,
        state: DocState,
        candidates: Candidates,
        verb_start: int,
        last_speaker: Speaker | None,
    ) -> Speaker | None:
        """``他强调``: the last person who spoke, unless a person is named after the paragraph
        of that speech (…表示，…。 / 代表陈凡来自…。他告诉记者: 陈凡): then the first person
        of the sentence naming the last one, its subject (王浩对刘燕玲表示欢迎。他说: 王浩);
        ``并表示`` after a sentence about a person: that person; ``卓院长表示``: the one
        person of that surname."""
        text = state.folded
        clause_start = verb_start
        while clause_start > 0 and not self.gap_forbidden.match(text, clause_start - 1):
            clause_start -= 1
        if verb_start - clause_start > self.max_gap + 2:
            return None
        clause = text[clause_start:verb_start]
        last = _last_person_before(candidates, clause_start)
        if clause[:1] in self.pronouns and clause[1:2] != "们" and (last or last_speaker):
            named_since = last is not None and (
                last_speaker is None or "\n" in text[last_speaker.end : last.start]
            )
            if named_since:
                name = self._pronoun_referent(text, candidates, last, clause_start, state)
            else:
                name = last_speaker.name
            return Speaker(clause_start, clause_start + 1, name, "person")
        if clause in self.continuations and last is not None:
            # "…。并表示，…": the person the paragraph is about goes on speaking.
            if "\n" not in text[last.end : clause_start]:
                name = (
                    last_speaker.name if last_speaker and last_speaker.end > last.end else last.name
                )
                return Speaker(clause_start, verb_start, name, "person")
        post = self.post.match(text, clause_start)
        if post:
            # Titles keep the post as written, so compare it as written.
            written = state.text[post.start() : post.end()]
            holders = {
                person.text
                for person in state.get("people")
                for title in person.data.get("titles", ())
                if title.data.get("post") == written
            }
            if len(holders) == 1:
                return Speaker(clause_start, post.end(), holders.pop(), "person")
        # 卓院长表示, 欧阳书记强调: a surname (of one character or two) and a post, for the one
        # person of that surname
        for surname in (1, 2):
            if len(clause) <= surname or not self.post.fullmatch(
                text, clause_start + surname, verb_start
            ):
                continue
            namesakes = {
                person.text
                for person in state.get("people")
                if text.startswith(clause[:surname], person.start)
                and person.end - person.start > surname
            }
            if len(namesakes) == 1:
                return Speaker(clause_start, verb_start, namesakes.pop(), "person")
        return None

    # -- statements ------------------------------------------------------------

    def match(self, state: DocState) -> list[Match]:
        candidates = self.speaker_candidates(state)
        paragraphs = list(_paragraphs(state.text))
        found: list[Match] = list(self._sections(state, paragraphs))
        taken = Coverage(len(state.text), [(m.start, m.end) for m in found])
        cues = []
        openings = {m.start for name in ("people", "titles") for m in state.get(name)}
        last_speaker: Speaker | None = None
        hits = sorted(
            [*self.cue.finditer(state.folded), *self.according_to_cue.finditer(state.folded)],
            key=lambda hit: hit.start(1),
        )
        for hit in hits:
            if taken.overlaps(hit.start(), hit.start() + 1) or (
                hit.end() in openings and hit.group(1) in self.speaking_acts
            ):
                # Inside a section, or "主持并讲话，省长某某…": a list of people, not speech
                # ("会议强调，习近平总书记…" is speech).
                continue
            if state.folded.endswith(NOUN_MARKERS, 0, hit.start(1)):
                continue  # 在座谈会上的重要讲话，…: the speech is a noun, the subject of a clause
            speaker = self.resolve_speaker(state, candidates, hit.start(1), last_speaker)
            if speaker is None or self._cites_a_request(state.folded, speaker.start):
                continue
            if speaker.kind == "person":
                last_speaker = speaker
            cues.append((speaker, hit))
        paragraph_starts = [s for s, _ in paragraphs]

        def paragraph_of(offset: int) -> int:
            return bisect_right(paragraph_starts, offset) - 1

        # "…。他要求，…": the same speaker going on in the same paragraph (a pronoun or
        # 并/还 cue) neither ends the statement nor starts one of its own.
        goes_on = [
            index > 0
            and self._is_pronoun_cue(state, speaker)
            and speaker.name == cues[index - 1][0].name
            and paragraph_of(speaker.start) == paragraph_of(cues[index - 1][1].end())
            for index, (speaker, _) in enumerate(cues)
        ]
        titles_ending = _titles_ending(state)
        cue_starts = sorted(
            _cue_start(state.folded, s.start, titles_ending)
            for (s, _), on in zip(cues, goes_on, strict=True)
            if not on
        )
        for (speaker, hit), on in zip(cues, goes_on, strict=True):
            if on:
                continue
            start = hit.end()
            index = paragraph_of(start)
            paragraph_end = len(state.text)
            if index >= 0 and start < paragraphs[index][1]:
                paragraph_end = paragraphs[index][1]
            following = bisect_right(cue_starts, start)
            end = paragraph_end
            if following < len(cue_starts) and cue_starts[following] < paragraph_end:
                end = _end_before_cue(state.folded, start, cue_starts[following])
            narration = self.narrated_speech.search(state.folded, start, end)
            if narration is not None:
                end = narration.start()
            end = self._before_credit(state, start, _trim_end(state.text, start, end))
            start, end = self._inside_quotation(state.folded, start, end)
            if end <= start:
                continue
            found.append(self._statement(state, speaker, hit.group(1), start, end, "reported"))
        for hit in self.quote_then_speaker.finditer(state.folded):
            if state.folded.endswith((":", "："), 0, hit.start()):
                continue  # 张三表示：“…。”代表、县长李四说: the quote is 张三's, not 李四's
            speaker = self.resolve_speaker(state, candidates, hit.start(3))
            if speaker is None or self._names_a_thing(hit, speaker.start):
                continue  # “智慧稻田”项目负责人何勇介绍: a project's name, not what he said
            start, end = hit.span(1)
            found.append(self._statement(state, speaker, hit.group(3), start, end, "quote"))
        return sorted(found, key=lambda m: m.start)

    def _names_a_thing(self, quote: regex.Match, speaker_start: int) -> bool:
        """Whether a quote before its speaker is a term that the words after it go on from
        (“智慧稻田”项目负责人): no sentence punctuation inside it, and other words glued to
        its closing mark before the speaker (“…”王毅说 is a quote)."""
        glued = quote.end(1) + 1 == quote.start(2) < speaker_start
        return glued and self.sentence_punctuation.isdisjoint(quote.group(1))

    def _pronoun_referent(
        self,
        text: str,
        candidates: Candidates,
        last: Speaker,
        pronoun_start: int,
        state: DocState,
    ) -> str:
        """Who the pronoun at ``pronoun_start`` names, ``last`` being the last person named
        before it: the subject of the sentence naming ``last``, except that 她 goes to a
        woman (施密特女士。她表示), and that a pronoun the subject's sentence already used as an
        object (周萌问她…，她回答说) names the person before the subject."""
        pronoun = text[pronoun_start]
        people = [c for c in candidates if c.kind == "person" and c.end <= pronoun_start]
        if pronoun == self.feminine_pronoun:
            women = [c for c in people if text.startswith(self.women_after_names, c.end)]
            if women and women[-1].end >= last.start:
                return women[-1].name
        subject = _sentence_subject(text, candidates, last, _titles_ending(state))
        if self.pronoun_as_object[pronoun].search(text, subject.end, pronoun_start):
            others = [c for c in people if c.name != subject.name and c.end <= subject.start]
            if others:
                return others[-1].name
        return subject.name

    def _cites_a_request(self, text: str, speaker_start: int) -> bool:
        """``根据习近平重要指示和李强要求，…``: the clause cites a request, no one speaks."""
        clause_start = speaker_start
        while clause_start > 0 and not self.gap_forbidden.match(text, clause_start - 1):
            clause_start -= 1
        return text.startswith(self.not_speech_openers, clause_start)


    def _before_credit(self, state: DocState, start: int, end: int) -> int:
        """Where a statement ends before the reporter's credit closing its paragraph:
        ``…活动成效。(福建日报记者 萧镇平)`` is no part of what was said."""
        credit = _CREDIT.search(state.simplified, start, end)
        if credit is None:
            return end
        if any(credit.start() <= p.start and p.end <= end for p in state.get("people")):
            return _trim_end(state.text, start, credit.start())
        return end

    def _is_pronoun_cue(self, state: DocState, speaker: Speaker) -> bool:
        """Whether ``speaker`` was resolved from a pronoun or a continuation (他, 并)."""
        written = state.folded[speaker.start : speaker.end]
        return written in self.pronouns or written in self.continuations

    def _statement(
        self, state: DocState, speaker: Speaker, verb: str | None, start: int, end: int, label: str
    ) -> Match:
        return Match(
            FIELD,
            start,
            end,
            state.text[start:end],
            f"statement_{label}",
            label,
            {
                "speaker": speaker.name,
                "speaker_kind": speaker.kind,
                "speaker_span": (speaker.start, speaker.end),
                "verb": verb,
            },
        )

    def _sections(self, state: DocState, paragraphs: list[tuple[int, int]]) -> Iterator[Match]:
        """``部门：标题`` or ``【部门】标题`` headings followed by a paragraph, ``部门：`` opening a
        paragraph of sentences, or, after a heading of speeches (精彩发言), a line that is only
        a department's name above its paragraph: the department speaks. Among speeches a
        city, county or district heads its section too (长沙市：标题): it speaks through its
        government."""
        text = state.folded
        people = {text[m.start : m.end] for m in state.get("people")}
        person_ends = {m.end: m.start for m in state.get("people")}
        places = {text[m.start : m.end] for m in state.get("places")}
        among_speeches = False
        for index, (start, end) in enumerate(paragraphs):
            heading = text[start:end]
            if self.speech_section.search(heading) and len(heading) <= self.max_heading:
                among_speeches = True
                continue
            named = self._heading_name(heading, among_speeches, places)
            if named is None:
                continue
            name, name_offset, body_offset = named
            name_start, body_start = start + name_offset, start + body_offset
            name_end = name_start + len(name)
            # The name as written (國台辦), not as read (the folded text is simplified).
            written_name = state.text[name_start:name_end]
            while body_start < end and text[body_start] in " \t　":
                body_start += 1
            if name in people:
                # Q&A transcripts: "毛宁：…" opens what the person said.
                if body_start < end:
                    speaker = Speaker(name_start, name_end, written_name, "person")
                    yield self._statement(state, speaker, None, body_start, end, "section")
                continue
            titled = person_ends.get(name_end)
            if titled is not None and name_start < titled and body_start < end:
                # 县公安局党委书记、局长马建平：标题 / the paragraph below: the person speaks
                speaker = Speaker(titled, name_end, state.text[titled:name_end], "person")
                body_end = end
                if self._is_heading(heading) and index + 1 < len(paragraphs):
                    body_end = paragraphs[index + 1][1]
                yield self._statement(state, speaker, None, body_start, body_end, "section")
                continue
            kind = "organization"
            if among_speeches and self._is_locality(name, places):
                kind = "place"
            elif len(name) > 20 or not (
                self.organization.fullmatch(name) or self._ends_with_organ(name)
            ):
                continue
            is_heading = self._is_heading(heading)
            if is_heading and index == 0 and body_start < end:
                body_end = end  # the headline (国台办：…): the lead below has its own speakers
            elif is_heading and index + 1 < len(paragraphs):
                body_end = paragraphs[index + 1][1]  # 市委网信办：标题 / the paragraph below
                if body_start >= end:  # 市检察院 / the paragraph below
                    body_start = paragraphs[index + 1][0]
            elif (
                not is_heading
                and regex.search(r"[。！？!?]", heading)
                # not 赵乐际…对任务进行部署：; a district among speeches (高新区：设立…。)
                and (self.organization.fullmatch(name) or kind == "place")
            ):
                body_end = end  # 市应急管理局：聚焦重点行业领域，…。 in one paragraph
            else:
                continue
            speaker = Speaker(name_start, name_end, written_name, kind)
            if kind == "organization":
                state.add_span(
                    "organizations",
                    name_start,
                    name_end,
                    "section_speaker",
                    "organization",
                )
            yield self._statement(state, speaker, None, body_start, body_end, "section")

    def _is_heading(self, line: str) -> bool:
        """Whether ``line`` reads as a heading: short, and not closed like a sentence."""
        return len(line) <= self.max_heading and not regex.search(r"[。！？!?]$", line)

    def _is_locality(self, name: str, places: set[str]) -> bool:
        """A place the article names, or a name ending in an administrative division's
        word (桃源街道, 湘潭县)."""
        return name in places or self.locality.fullmatch(name) is not None

    def _heading_name(
        self, heading: str, among_speeches: bool, places: set[str]
    ) -> tuple[str, int, int] | None:
        """(speaker's name, its offset, where the rest starts) of a line that may head a
        department's section: ``部门：…``, ``【部门】…``, or the name alone among speeches."""
        bracketed = _BRACKETED_HEADING.match(heading)
        if bracketed is not None:
            return bracketed.group(1), bracketed.start(1), bracketed.end()
        colon = regex.search(r"[:：]", heading)
        if colon is not None and colon.start() > 0:
            name = heading[: colon.start()].strip()
            return name, heading.index(name), colon.end()
        name = heading.strip()
        if (
            among_speeches
            and name
            and (self.organization.fullmatch(name) or self._is_locality(name, places))
        ):
            return name, heading.index(name), len(heading)
        return None

    def _inside_quotation(self, text: str, start: int, end: int) -> tuple[int, int]:
        """A statement that opens with a quotation is the quotation (``刘涵对记者说：
        “今年粮食生产形势总体较好。”据介绍，…`` says what is inside the marks). One that
        opens with a quoted term (``“六清”行动是…``) stays whole, as do all others."""
        for quotation in self.quotations:
            hit = quotation.match(text, start, end)
            if hit is not None:
                if self.sentence_punctuation.isdisjoint(hit.group(1)):
                    return start, end  # a quoted term opens the statement
                return hit.span(1)
        return start, end

    def _ends_with_organ(self, name: str) -> bool:
        return (
            any(hit.end() == len(name) for hit in self.organ.finditer(name, overlapped=True))
            and regex.fullmatch(r"\p{Han}{2,20}", name) is not None
        )

    def __call__(self, doc: Doc) -> Doc:
        state = doc_state(doc)
        state.replace(FIELD, self.match(state))
        return doc


class Candidates(list):
    """Speaker candidates sorted by where their mention ends, with the ends at hand."""

    def __init__(self, speakers: list[Speaker]) -> None:
        super().__init__(sorted(speakers, key=lambda c: c.end))
        self.ends = [c.end for c in self]


#: Characters before a name that make it a place or occasion, not a speaker (在国新办…上).
LOCATIVES = frozenset("在于")
#: Written before the body a speaker speaks for (代表民革中央发言).
SPEAKS_FOR = "代表"
#: Words right before a speech verb that make it a noun (的讲话, 的重要讲话): no cue;
#: 发表重要讲话，… is speech.
NOUN_MARKERS = ("的", "的重要")
#: Prepositions before whom a speaker addresses or is with (向普京汇报, 同普京通电话); not
#: 与, which also joins two speakers (亚奥理事会与组委会介绍) and two fields in a title
#: (经济与财政部长).
ADDRESSING = frozenset("向同跟对")
#: How far before a name its titles may reach back to such a preposition.
MAX_TITLE_BEFORE_ADDRESSEE = 16


def _ending_between(candidates: Candidates, low: int, high: int) -> list[Speaker]:
    """Candidates whose mention ends in ``[low, high]``."""
    return candidates[bisect_left(candidates.ends, low) : bisect_right(candidates.ends, high)]


def _subject_of_sentence(text: str, candidates: Candidates, position: int) -> Speaker | None:
    """The last person named in the sentence before ``position``, for a clause with no
    subject of its own (习近平在全国两会期间，参加江苏代表团审议时指出)."""
    person = _last_person_before(candidates, position)
    if person is None or SENTENCE_BREAK.search(text, person.end, position):
        return None
    return person


def _last_person_before(candidates: Candidates, position: int) -> Speaker | None:
    """The person whose mention ends last at or before ``position``."""
    for index in range(bisect_right(candidates.ends, position) - 1, -1, -1):
        if candidates[index].kind == "person":
            return candidates[index]
    return None


#: Closing quotation marks, which stay with the sentence they close.
_CLOSING_QUOTES = "”’」』\""


def _end_before_cue(text: str, start: int, cue: int) -> int:
    """Where a statement starting at ``start`` ends when the next speaker's cue opens at
    ``cue``: at the last sentence end before it, as what lies between opens the cue's
    sentence (…支持力度。代表、|修水县县长刘海波表示; …稅基穩定。多名議員支持條例草案，|
    民建聯議員陳克勤認為), unless it opens a quotation, which is read on its own."""
    mark = LAST_SENTENCE_BREAK.search(text, start, cue)
    if mark is None:
        return cue
    end = mark.end()
    while end < cue and text[end] in _CLOSING_QUOTES:
        end += 1
    if not text[end:cue].strip() or any(ch in text[end:cue] for ch in "“\""):
        return cue
    return end


def _titles_ending(state: DocState) -> dict[int, int]:
    """Where each title of the article starts, by where it ends."""
    return {m.end: m.start for m in state.get("titles")}


def _cue_start(text: str, speaker_start: int, titles_ending: dict[int, int]) -> int:
    """Where a speaker's cue begins: at the titles written right before the name
    (``市长王建国表示`` begins at 市长, so the statement before it ends there)."""
    start = speaker_start
    while start in titles_ending or (
        start > 0 and text[start - 1] in "、，," and start - 1 in titles_ending
    ):
        start = titles_ending[start] if start in titles_ending else titles_ending[start - 1]
    return start


def _sentence_subject(
    text: str, candidates: Candidates, person: Speaker, titles_ending: dict[int, int]
) -> Speaker:
    """The subject of the sentence that names ``person``: the first person of it who opens
    a clause, titles and all (王浩对刘燕玲表示欢迎: 王浩; 在听取蔡达峰致辞后，习近平发表
    讲话: 习近平); else ``person``."""
    mark = LAST_SENTENCE_BREAK.search(text, 0, person.start)
    sentence_start = 0 if mark is None else mark.end()
    in_sentence = sorted(
        (c for c in candidates if c.kind == "person" and sentence_start <= c.start <= person.start),
        key=lambda c: c.start,
    )
    for candidate in in_sentence:
        opening = _cue_start(text, candidate.start, titles_ending)
        before = text[sentence_start:opening].rstrip()
        if not before or before[-1] in ",，:：":
            return candidate
    return person


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Non-blank lines as (start, end), whitespace trimmed."""
    for hit in regex.finditer(r"[^\n]+", text):
        start, end = hit.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


@Language.factory("govnews_statements", assigns=["doc._.govnews"])
def make_statement_matcher(nlp: Language, name: str) -> StatementMatcher:
    return StatementMatcher()
