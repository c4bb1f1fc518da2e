"""The comparison frame of each figure in a claim (RELATIONS.md §1): what it measures, what it counts, whose
figure it is, whether it is a count or an intention / projection, its scope, and the moment it describes.

Two figures from different articles are compared only when their frames fit; their values then decide
agree (compatible intervals) or differ (conflict, or update when the texts place them at different times).
A claim without figures may still report an act ("the regulator approved the merger"); :func:`act_frame`
reads the act, its status and its object for those.

Everything here reads general English news wording (``claims.vocab``): no event, outlet or person is named.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from itertools import chain, islice

from claims.model import Claim, Value
from claims.text_utils import CONSEQUENCE, DATELINE, STOPWORDS, canon, required_literals, stem
from claims.values import date_bounds, interval
from claims.values.finding import lemma
from claims.values.intervals import DAYS_PER_UNIT, Interval
from claims.values.numbers import parse_number
from claims.vocab import (
    ACTS,
    ANY_THING,
    CHANGE_BY_WORDS,
    CHANGE_WORDS,
    CLAIM_FUTURE_PHRASES,
    CLAIM_FUTURE_WORDS,
    COUNTED_CLASSES,
    CURRENCY_CODES,
    DEMONYMS,
    FIGURE_ESTIMATE_PHRASES,
    FUTURE_PHRASES,
    FUTURE_WORDS,
    GENERIC_PEOPLE,
    INTENT_PHRASES,
    INTENT_WORDS,
    LATEST_MARKERS,
    MEASURE_PATTERNS,
    MEASURE_PHRASES,
    MEASURES,
    MONTHS,
    ONES,
    PAST_MARKERS,
    PEOPLE_MEASURES,
    PEOPLE_ROLES,
    TENS,
    WEEKDAYS,
    WHO_OUTCOMES,
    WORKFORCE_CUT,
)


class Status(StrEnum):
    """How a figure or act is presented: as a count or fact, or as an intention / projection of an outcome."""

    FACT = "fact"
    FUTURE = "future"  # an estimate or projection of an outcome ("could reach", "is expected to")
    INTENT = "intent"  # the actor's own plan or decision, any tense ("will cut", "plans to hire"); figures only
    UNMARKED = "unmarked"  # no cue either way and no named measure: fits both

    def fits(self, other: Status) -> bool:
        """A count fits a count, an unmarked figure or an intention (a decision reported in the past tense reads
        as a count: "cut 9,000 jobs"); an estimate or projection fits its like or an intention (a plan's figures
        are told with "will" and "could" alike), never a count."""
        if self is other or Status.INTENT in (self, other):
            return True
        return Status.FUTURE not in (self, other)


class TimeMark(StrEnum):
    """What the text says of a figure's moment beyond its date: nothing, earlier than another report, or the
    newest of a series ("rose to")."""

    NONE = ""
    PAST = "past"
    LATEST = "latest"


#: word (lower case, as written) -> measure, built once from claims.vocab.MEASURES
_MEASURE_OF: dict[str, str] = {w: m for m, words in MEASURES.items() for w in words.split()}
for _w, _m in list(_MEASURE_OF.items()):  # counted nouns come as lemmas: "cases" -> "case", "deputies" -> "deputy"
    # (the cut "s" only where the lemma does not know better: "lives" is "life", never "live")
    for _sing in (((_w[:-1], lemma(_w)) if lemma(_w) in (_w, _w[:-1]) else (lemma(_w),))
                  if _w.endswith("s") and not _w.endswith("ss") else ()):
        if len(_sing) > 3:
            _MEASURE_OF.setdefault(_sing, _m)
#: stems too, so that inflections not listed still match ("evacuating" via "evacuat")
_MEASURE_STEM: dict[str, str] = {}
for _w, _m in _MEASURE_OF.items():
    _MEASURE_STEM.setdefault(stem(_w), _m)
#: forms that share a measure word's stem but name no measure: "the grounding of the ship" (it ran aground) is no
#: cancellation, as "grounded 300 flights" is; "two other exchanges" are trading venues, not prisoners released (as
#: "exchanged 95 prisoners" counts)
_MEASURE_OF.update({"grounding": "", "exchange": "", "exchanges": ""})


def _phrases_rx(phrases: list[str], trie: bool = False) -> re.Pattern[str]:
    """Any of ``phrases`` as whole words, in the order given. (The lookahead on the phrases' first letters
    changes no match: it lets the engine reject, cheaply, the positions where none can start.) ``trie``: the
    alternation written as a trie of the phrases' characters, which the engine walks one character at a time
    instead of trying every phrase at every position (four times faster for hundreds of phrases, no faster for a
    few); it matches the same (at each position the longest phrase followed by a word boundary, which is the first
    in the given order when every phrase comes before the phrases it starts, as checked)."""
    firsts = "".join(sorted({re.escape(p[0]) for p in phrases}))
    if trie and not any(q != p and q.startswith(p) for k, p in enumerate(phrases) for q in phrases[k + 1:]):
        return re.compile(r"(?=[" + firsts + r"])\b" + _trie_source(phrases) + r"\b")
    return re.compile(r"(?=[" + firsts + r"])\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


def _trie_source(phrases: list[str]) -> str:
    """A pattern matching any of ``phrases``, written as the trie of their characters; where a phrase ends inside
    another, the longer is tried first (a greedy optional group)."""
    root: dict[str, dict] = {}
    for p in phrases:
        node = root
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}  # (a phrase ends here)

    def source(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + source(sub) for ch, sub in node.items() if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return source(root)


_PHRASE_RX = _phrases_rx(sorted(MEASURE_PHRASES, key=len, reverse=True), trie=True)
_PATTERN_RX = [(re.compile(rx), m) for rx, m in MEASURE_PATTERNS]
#: the strings one of which each pattern's every match holds (None: always tried): most clauses hold none of them,
#: and a plain substring search says so far faster than the pattern's own scan
_PATTERN_LITERALS = [required_literals(rx) for rx, _ in MEASURE_PATTERNS]
#: the patterns that have none (always tried)
_ALWAYS_TRIED = frozenset(i for i, lits in enumerate(_PATTERN_LITERALS) if lits is None)
#: every such string is a run of letters, which a clause holds only inside one of its words
_LITERALS_ARE_LETTERS = all(re.fullmatch(r"[a-z]+", x) for lits in _PATTERN_LITERALS if lits for x in lits)
#: (string, pattern index) for every such string, by its first three characters (a word holds a string only where it
#: holds its opening three), and those of strings too short for that
_LITERALS_BY_OPENING: dict[str, list[tuple[str, int]]] = {}
for _i, _lits in enumerate(_PATTERN_LITERALS):
    for _x in _lits or ():
        if len(_x) >= 3:
            _LITERALS_BY_OPENING.setdefault(_x[:3], []).append((_x, _i))
_SHORT_LITERALS = [(x, i) for i, lits in enumerate(_PATTERN_LITERALS) for x in lits or () if len(x) < 3]


class _PatternsOfWord(dict):
    """word -> the indices of the measure patterns one of whose strings the word holds, keyed on its first
    look-up (the strings looked for where the word holds their first three characters)."""

    def __missing__(self, word: str) -> tuple[int, ...]:
        found = {i for x, i in _SHORT_LITERALS if x in word}
        for k in range(len(word) - 2):
            for x, i in _LITERALS_BY_OPENING.get(word[k:k + 3], ()):
                if word.startswith(x, k):
                    found.add(i)
        got = self[word] = tuple(sorted(found))
        return got


_PATTERNS_OF_WORD = _PatternsOfWord()


def _claim_patterns(cwords: frozenset[str]) -> list[int]:
    """The measure patterns (their indices, in order) that may match anywhere in a claim of these words
    (:func:`claim_words`): those always tried, and those one of whose strings one of its words holds (every string
    is letters; else all of them)."""
    if not _LITERALS_ARE_LETTERS:
        return list(range(len(_PATTERN_RX)))
    # (one union over every word's patterns, most of them none: no turn of a loop per word)
    return sorted(_ALWAYS_TRIED.union(*map(_PATTERNS_OF_WORD.__getitem__, cwords)))


def _patterns_in(low: str, lo: int, hi: int, among: list[int]) -> list[tuple[re.Pattern[str], str]]:
    """The measure patterns that may match in ``low[lo:hi]``, in their order (the others lack every string a match
    needs): of ``among`` (:func:`_claim_patterns` of the claim, or of the claim ``low`` is read from with some of
    its words blanked), those always tried and those one of whose strings the segment holds."""
    seg = low[lo:hi]
    return [_PATTERN_RX[i] for i in among
            if (lits := _PATTERN_LITERALS[i]) is None or any(x in seg for x in lits)]


_FUTURE_RX = _phrases_rx([p.strip() for p in FUTURE_PHRASES + FIGURE_ESTIMATE_PHRASES])
_CLAIM_FUTURE_RX = _phrases_rx([p.strip() for p in CLAIM_FUTURE_PHRASES], trie=True)
_PAST_RX = _phrases_rx(list(PAST_MARKERS))
_SINCE = re.compile(r"(?=s)\bsince\s+(?!then\b)")
_OTHER_OCCASION = re.compile(r"(?=[ploi])\b(?:(?:in|on)\s+an?\s+(?:normal|typical|usual|ordinary|average)\s+"
                             # "In a normal week about 40 container ships call at the port": the norm, not this week
                             r"(?:day|week|month|year|season|summer|winter|weekend)\b|"
                             r"(?:previous|last|prior|preceding|other)\s+(?:policy\s+|rate\s+)?"
                             r"(?:meeting|vote|decision|election|ballot|hearing|summit|session|race|match|game"
                             # "The last increase, in April 2025, was 5.6 per cent": the one before, not this one
                             r"|increase|rise|hike|raise|cut|review|uprating)s?"
                             # "Last year's budget cut EUR 1.3 billion": last year's, never this one's
                             r"|(?:last|previous|prior)\s+year['’]s\s+(?:budget|plan|accounts|results|strike|election"
                             r"|recall|figures?|outbreak|epidemic|final|tournament|festival|concert|show|season|edition"
                             r"|storm|floods?|fires?|harvest|census|survey|report|review|cull|pilgrimage|hajj|games|marathon"
                             r"|carnival|parade|heatwave|monsoon|crush|stampede|event|contest|race|fair|expo|congress"
                             r"|conference|summit|rally|protests?|crisis|drought|wildfires?|hurricane|typhoon|cyclone|quake"
                             r"|earthquake|eruption))\b"
                             # "The pilgrimage claimed more than 500 lives last year": an event's toll of a year before
                             r"|\b(?:claimed|killed|left)\s+(?:[\w,-]+\s+){1,6}?last\s+year\b")
#: a meeting named by its month: "in its April policy meet", "at the March meeting"
_MONTH_MEETING = re.compile(r"\b(?:in|at)\s+(?:its|the|their)\s+(?:" + "|".join(m for m in MONTHS if len(m) > 3) + r")\s+(?:policy\s+|rate\s+"
                            r"|monetary\s+policy\s+)?(?:meet|meeting|review|session)\b")
_HAD = re.compile(r"\bhad\b")
#: "sent the index down", "sent shares tumbling": a move caused, not people or things dispatched
_SENT_MOVING = re.compile(r"\bsent\s+(?:[\w'’&.-]+\s+){0,5}?(?:down|up|lower|higher|tumbling|plunging|sliding|soaring"
                          r"|falling|rising|reeling)\b")
#: a sentence opening on the event it compares with ("Unlike the Tamsen tower fire of 2029, which killed 97, ...")
_COMPARED_EVENT = re.compile(r"\W*(?:Unlike|Like)\s+(?:the|a|an|last|previous|[A-Z])")
#: a finite verb of the sentence's own clause
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|will|would)\b")
_OTHER_OCCASION_WORDS = frozenset("normal typical usual ordinary average previous last prior preceding other".split())
#: the figure named as another occasion's fine, record or high: "an earlier fine of EUR 410m", "the previous 520
#: million euro record" (not "an earlier estimate" of the same count: an update), or a fine told with when it came
#: before: "a EUR 410m penalty previously imposed on another firm", "a EUR 520m penalty handed down earlier this year"
_EARLIER_THING = re.compile(r"\b(?:an?|the|its|their|his|her)\s+(?:earlier|previous|prior)\s+(?:[\w€$£.,-]+\s+){0,4}?"
                            r"(?:fines?|penalt(?:y|ies)|records?|settlements?|awards?|highs?|lows?|peaks?)\b"
                            r"(?:\s+(?:fines?|penalt(?:y|ies)|settlements?|awards?)\b)?(?:\s+of\s+)?")
_THING_PREVIOUSLY = re.compile(r"\s*(?:[\w€$£.,-]+\s+){0,3}?(?:fines?|penalt(?:y|ies)|records?|settlements?|awards?)\b"
                               r"[^,;.]{0,60}?\b(?:previously|earlier\s+this\s+(?:year|month)|last\s+(?:year|month))\b")
_EARLIER_WORDS = frozenset(("earlier", "previous", "prior", "previously", "last"))


def _earlier_thing(low: str, a: int, b: int, lo: int, hi: int) -> bool:
    """Is the figure at ``a``..``b`` named as another occasion's fine, record or high (_EARLIER_THING, with the figure
    inside the phrase or right after its "of"), or told right before "previously" (_THING_PREVIOUSLY)?"""
    for m in _EARLIER_THING.finditer(low, max(lo, a - 80), min(hi, b + 60)):
        if m.start() <= a and (b <= m.end() or m.end() == a):
            return True
    return _THING_PREVIOUSLY.match(low, b) is not None


#: "was at one point down more than 7%", "the index, at its lowest point in the session, had fallen 940": a move told
#: by how far it went during the day
_AT_ONE_POINT = re.compile(r"\bat\s+(?:one|some)\s+(?:point|stage)\b|\bat\s+(?:its|their|the)\s+(?:lowest|highest)\s+point\b")
#: "briefly lost more than 900 points": the same, told right before the figure
_BRIEFLY_BEFORE = re.compile(r"\bbriefly\s+(?:[a-z]+\s+){0,2}$")
#: a count at its height: "at the peak", "at its height", "at the height of the storm", "at some point on Saturday"
_AT_PEAK = re.compile(r"\b(?:at\s+(?:the|its|their)\s+(?:peak|height|worst)|peak(?:ed)?\s+at)\b|" + _AT_ONE_POINT.pattern)
#: a count of those still left: "were still without power", "remain in shelters", "are yet to be reconnected"
_REMAINING = re.compile(r"\b(?:still|remain|remains|remained|remaining|yet\s+to)\b")
#: words that make a figure an addition to a count: "a further 600", "an additional 300", "another 40", "an extra 15"
_ADDED = re.compile(r"\b(?:a\s+further|an\s+additional|another|an\s+extra|a\s+second)\s+$")


#: "Saturday's march", "Tuesday's vote": a date naming the event (RELATIONS.md §1: an identifying detail), not the
#: moment of the figure beside it ("Tuesday's toll" is that moment)
_DATE_NAMES_EVENT = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?(?:march|rally|protest|demonstration|vote|ballot|election"
                               r"|referendum|meeting|hearing|ruling|verdict|summit|talks|match|game|race|final|strike"
                               r"|walkout|attack|crash|derailment|collision|accident|storm|quake|earthquake|fire"
                               r"|blaze|flood|floods|explosion|blast|shooting|announcement|speech|debate)\b")
#: "two people have died after a gas main exploded on Monday": the day in a clause after the figure telling what
#: happened is the event's, not the day the figure was told for
#: (not "after agreeing with unions on Thursday": what the figure's own subject did, nor "than when the government
#: came to power in May 2024": the point a change is measured from)
#: a verb in such a clause (a clause, not "after the Brenau hailstorm of 2013": a phrase dating what came before)
_CLAUSE_VERB = re.compile(r"\b(?:[a-z]{2,}ed|was|were|is|are|has|have|had|left|swept|broke|fell|hit|struck|tore|began"
                          r"|came|went|took|ran|blew|burst|sank|spread|caught|gave|shook|sent|led|lost|cut|rose|saw|drove|flew|threw|held"
                          r"|brought|found|froze|hid|met|shot|slid|split|stole|stood|stuck|swung|woke|wrote)\b")
_EVENT_CLAUSE = re.compile(r"(?=[abw])\b(?<!than\s)(?:after|when|because)\s(?![a-z]+ing\b)")
#: ", almost 40 per cent lower": a change told in a phrase trailing the figure before it (no verb, no new subject)
_TRAILING_CHANGE = re.compile(r"[^.;:!?]*,\s+(?:(?:up|down|or|some|about|almost|nearly|roughly|around|just|over|more"
                              r"|less|than|by)\s+)*$")
#: what may stand between "at" and the figure a source puts there: "at about", "at just over"
_AT_APPROX = (r"\s+at\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+"
              r"|under\s+|just\s+(?:over\s+|under\s+)?|only\s+)?")
#: "put the cost of the damage in the centre at": the noun a source puts at the figure names its measure
_PUT_AT = re.compile(r"\b(?:put|puts|putting|placed|places|estimated|estimates|set|sets)\s+(?:the|its|their)\s+"
                     r"([a-z]+)\b[^,;.:]{0,60}?" + _AT_APPROX + "$")
#: "the new offer, made on Wednesday night, is worth 6.5%": a subject noun (an aside between) and a copula
_SUBJECT_IS = re.compile(r"\b([a-z]+)(?:\s*,[^,;.]{1,60},)?\s+(?:is|was|are|were|would\s+be|will\s+be)\s+"
                         r"(?:worth\s+|now\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+"
                         r"|just\s+(?:over|under)\s+|more\s+than\s+|over\s+)?$")
_COPULAS = (" is ", " was ", " are ", " were ", " be ")  # (what _SUBJECT_IS needs before it is tried)
#: a subject opening the clause with its head noun (no determiner) and a phrase after it: "Turnout in the ballot"
_HEAD_BEFORE_PHRASE = re.compile(r"\W*(?:(?:the|its|their|this|that)\s+(?:[a-z-]+\s+)?(?=[a-z]+\s+(?:in|of|at|on|for|from)\s))?"
                                 r"([a-z]+)\s+(?:in|of|at|on|for|from)\s+(?:the|a|an|this|that|last|its|their)\s")
#: a clause opening on its subject noun ("The toll from the blaze at the works ...", "Its death toll in the region"),
#: and the level verb right before the figure ("now stands at", "had risen to", "reached")
_SUBJECT_LEVEL = re.compile(r"\W*(?:[a-z][^.;:]{0,80}?\s(?:say|says|said|reported|confirmed|announced)\s+(?:that\s+)?)?"
                            r"(?:the|its|their|this|that)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+(?:from|in|at|of|on|for|after"
                            r"|following|since|has|had|have|now)\s")
#: the predicate that gives the subject's level: "now stands at", "has risen to", "has risen from 410 to" (and the earlier
#: level, "has risen from")
_SUBJECT_LEVEL_BEFORE = re.compile(
    r"\b(?:stands|stood|rose|risen|climbed|increased|jumped|surged|grown|reached|hit|passed|topped|is|was|had\s+been"
    r"|has\s+been)"
    r"\s+(?:from\s+(?:about\s+|around\s+|nearly\s+|at\s+least\s+)?[\d,.]+\s+to\s+|from\s+|at\s+|to\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+)?$")

#: "seven more bodies": an addition told after the number
_MORE_IN = re.compile(r"\w\s+more\s+[a-z]")


def _added(low: str, lo: int, a: int) -> bool:
    """Is the figure an addition ("would send a further 600 soldiers")? Opening its clause as the subject ("A further
    seven people were still missing") it is another group of the story's, counted in full."""
    m = _ADDED.search(low, max(lo, a - 20), a)
    # ("An additional 10 victims were added to the death toll": an addition, however the clause opens)
    return m is not None and (bool(low[lo:m.start()].strip(" ,;:\"'“‘")) or _ADDED_TO.match(low, a) is not None)


#: "were added to the death toll", "added to the count": what the figure is, told after it
_ADDED_TO = re.compile(r"[^.;:]{0,60}?\badded\s+to\s+the\s+(?:[a-z-]+\s+)?(?:toll|count|tally|total|list)\b")


#: "the three parties would together control 57 seats", "600 members between them": a sum ("the combined tax
#: changes" are not: that figure is per household)
_JOINT_BEFORE = re.compile(r"\b(?:together(?!\s+with)|jointly)\s+(?:[a-z]+\s+){0,3}$")
_JOINT_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}between\s+them\b")
_JOINT_WORDS = frozenset(("together", "jointly", "between"))  # (one of which _JOINT_BEFORE or _JOINT_AFTER needs)
_LATEST_RX = _phrases_rx(list(LATEST_MARKERS))
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: runs of letters in lower-cased text ("a 12-month high": a, month, high)
_WORDS_LOW = re.compile(r"[a-z]+")


def claim_words(low: str) -> frozenset[str]:
    """The words of a lower-cased claim, as runs of letters: read once per claim for :func:`act_frame` and
    :func:`figure_frames`, which try a pattern that needs one of a few words (the ``*_WORDS`` sets beside the
    patterns) only on a claim that holds one. Each word of such a set is, in every match, a whole run of letters:
    it follows a word boundary or a non-letter, and a non-letter that the match itself holds follows it (a word a
    match could end on might be the start of a longer word, cut short by the end of the search window)."""
    return frozenset(_WORDS_LOW.findall(low))


#: a comma then a clause of its own that opens on a figure and its verb: "58 people have died in the state so far,
#: 11 people have died in Kessa" (each figure's place, status and date are its own clause's)
_FIGURE_CLAUSE_AFTER = (r",\s(?=(?:some\s+|about\s+|around\s+|nearly\s+|at\s+least\s+|more\s+than\s+)?\d[\d,.]*\s+"
                        r"(?:[a-z]+\s+){0,2}?(?:were|was|are|is|had|have|has|died|remain|remained)\b)"
                        # "have reached at least 45, with 12 people succumbing on Sunday alone": a clause of its own
                        r"|,\swith\s(?=(?:some\s+|about\s+|around\s+|nearly\s+|at\s+least\s+|more\s+than\s+)?\d[\d,.]*\s+"
                        r"(?:[a-z]+\s+){0,2}?[a-z]+(?:ing|ed)\b)")
_CLAUSE_LEFT_RX = re.compile(r"(?=[;:,tw])(?:[;:]|,\s(?:and|but|while|so|though|whereas)\b|\b(?:that|which|who|while|whereas)\b"
                             rf"|{_FIGURE_CLAUSE_AFTER})")
_CLAUSE_RIGHT_RX = re.compile(r"(?=[;:,w])(?:[;:]|,\s(?:and|but|while|so|though|whereas|according|the|saying|adding|citing"
                              r"|warning|arguing|noting|explaining|making|meaning|leaving|pushing|forcing|prompting"
                              r"|causing|bringing|in\s+line\s+with)\b|\b(?:while|whereas)\b"
                              rf"|,\s[a-z]+\s(?:said|says|told|reported|added)\b|{_FIGURE_CLAUSE_AFTER})")
_SHARE_BEFORE_OF = re.compile(r"(?=[%\dphtqfsmen])(?:%|\d|\b(?:percent|per\s+cent|half|third|thirds|quarter|quarters|fifth"
                              r"|fifths|share|portion|proportion|majority|minority|fraction|one|two|three|four|five|six"
                              r"|seven|eight|nine|ten|eleven|twelve))\s+of\s+"
                              r"(?:(?:the|its|their|his|her|our|an?|some|all|[\w-]+['’]s)\s+){0,2}$", re.I)


def _share_before_of(text: str, a: int) -> bool:
    """Is the figure at ``a`` the base of a share told before it (_SHARE_BEFORE_OF: "40% of the 60,000")? Every match
    holds "of", in some case: an ASCII text without it before the figure is not searched."""
    start = max(0, a - 40)
    before = text[start:a]
    return ("of" in before.lower() or not before.isascii()) and _SHARE_BEFORE_OF.search(text, start, a) is not None


_POSSESSIVE = re.compile(r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s\s+(?:\w+\s+){0,2}$")
#: "The STG's own ballot produced an 88% vote": a clause whose subject is someone's own is theirs throughout
_OWN_SUBJECT = re.compile(r"\W*(?:[Tt]he\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s|[a-z]{4,}s['’])\s+own\s")
#: a name that is one of several owners: "4.7 million vehicles made by Dorvik and five other firms", "by Dorvik and others"
_AND_OTHERS = re.compile(r"\s+and\s+(?:\w+\s+)?(?:other|others|more)\b")
#: an item of a list of whose figures ("Halden almost 5.1 million, Dorvik 877,000 cars, VRX nearly 628,000 cars and
#: Orla more than 371,000"): the name right before the figure, after a comma or "and"
_LIST_OWNER = re.compile(r"(?:,|\band)\s+(?:the\s+)?([A-Z](?:[a-z][\w.&-]*|[A-Z]{1,5})(?:\s+[A-Z][\w.&-]*){0,3})\s+"
                         # (the verb left out after the first item: "Dorvik will cut 230,000 bpd, the Orla Union by 96,000")
                         r"(?:by\s+)?$")
_NOT_LIST_OWNER = frozenset(("The A An In On At By From To Of Some About Around Nearly Almost Over More Just Only Up Down "
                             "Another Other US AM PM GMT UTC ET").split()) | frozenset(m.capitalize() for m in MONTHS) \
    | frozenset(WEEKDAYS) | frozenset(CURRENCY_CODES)
_OWN_SUBJECT_WORDS = frozenset(("own",))
#: a table's line opening on its label and the label's figure ("Tamsen - 412,300 of whom 201,000 are men", "Halden:
#: 98,410", "Orla 61,200"): the label says whose every figure of the line is, when a dash or a colon sets it off or the
#: figure ends the line or goes on to its parts ("of whom", "of which") or a comma
_TABLE_LABEL = re.compile(r"\s*(?:[-*•]\s+)?([A-Z](?:[a-z][\w’'&.-]*|[A-Z]{1,5})(?:\s+[A-Z][\w’'&.-]*){0,2})"
                          r"(?:\s*([-–—:])\s*|\s+)(?:[$€£]\s?)?\d[\d,.]*\d(?:\s*%)?(?=(\s*$|\s+of\s+wh|\s*[,;(]))?")
#: a list of names each with its figure in brackets ("Halden (98,410), Orla (61,200)"): the name is the figure's
_BRACKET_OWNER = re.compile(r"([A-Z](?:[a-z][\w’'&.-]*|[A-Z]{1,5})(?:\s+[A-Z][\w’'&.-]*){0,2})\s*\(\s*$")
#: "94% of EUS members", "a third of Acme's workers": the group whose share it is
_MEMBERS_OF = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?:['’]s)?\s+(?:own\s+)?"
                         r"(?:members|workers|employees|staff|voters|supporters|customers|passengers|shareholders|pilots"
                         r"|teachers|nurses|doctors|drivers|residents)\b")
#: a capitalised word (a name's, or a sentence's first) and what opens another statement in a sentence
_CAPITAL_WORD = re.compile(r"\b[A-Z][\w'’-]*")
_STATEMENT_BREAK = re.compile(r"[;:]")
#: "Seven in ten members of the Educators' Union": whose members the figure counts
_MEMBERS_AFTER = re.compile(r"\s+(?:members|workers|employees|staff|shareholders)\s+of\s+(?:the\s+)?"
                            r"([A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*){0,4})")
_COMPARED_WITH = re.compile(r"\b(?:over|than|against|behind|versus|vs\.?)\s+$")
#: a name after the figure's noun phrase: "1,400 flights at Acme", "the $96 million debut of Harbour Lights" (not a
#: place told by where it lies or what part of it: "140 km east of Vell", "a 400-metre stretch of Marrent Avenue")
_OWNER_AFTER = re.compile(r"\s*(?:(?:\w+\s+){0,1}(?:at|by|for)|(?:[a-z]+\s+){0,1}(?!(?:east|west|north|south|north-?east"
                          r"|north-?west|south-?east|south-?west|stretch|section|part|parts|area|outskirts|centre|center"
                          r"|edge|coast|residents|people)\s)[a-z]+\s+of)\s+(?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})")
#: a sale told right before its price ("sold for", "auctioned off for", "went for a grand total of", "fetched")
_SOLD_BEFORE = re.compile(r"\b(?:sold|auctioned(?:\s+off)?|went|going|goes|fetched|fetches)\s+(?:for\s+)?"
                          r"(?:(?:a|an)\s+(?:\w+\s+)?(?:total|sum|price)\s+of\s+)?$")
_NAME_STOP = frozenset(
    """The A An This That These Those It Its He She They We His Her Their In On At By For Of And But Or As
    According Officials Police Government Mr Mrs Ms Dr""".split()
) | frozenset(WEEKDAYS) | frozenset(
    "January February March April May June July August September October November December".split()) | frozenset(
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()) | frozenset(
    w.capitalize() for w in (*ONES, *TENS, "hundred", "hundreds", "thousand", "thousands", "dozens", "some")) | frozenset(
    # words that link a sentence to the one before ("Meanwhile, ...", "However, ...")
    """Meanwhile However Elsewhere Nevertheless Nonetheless Furthermore Moreover Instead Still Overall Indeed Besides
    Altogether Likewise Therefore Hence Thus Yet Also Earlier Later Previously Separately Additionally Finally
    Initially Ultimately""".split()) | frozenset(
    # words of time and linking that open a sentence ("Today the two chains hold ...", "Together they ...")
    """Today Yesterday Tonight Tomorrow Now Together Once Since Until Although Though Despite Because Whatever
    Whether Both Each Every All Most Many Several Such Other Another Only Just Even Already Again Last Next
    When While After Before If Till Out Over Among Amid During Following Throughout Under Within Without Across
    Around Against With From To Up Down""".split()) | frozenset(
    # words that describe a name opening a sentence ("Neighbouring Lake Tamsen is at 57%", "Embattled Dorvik Air said")
    """Neighboring Neighbouring Nearby Embattled Beleaguered""".split())
#: capitalised words that open sentences without naming anyone (a number word too: "Forty members of ...")
NAME_STOP = _NAME_STOP


def bare_word(word: str) -> str:
    """A word without a final full stop or possessive ("Saturday's" -> "Saturday", "Monday." -> "Monday")."""
    w = word.rstrip(".")
    return w[:-2] if w.endswith(("'s", "’s")) else w


def _stop_word(word: str) -> bool:
    """A capitalised word that names no one, possessive too ("Saturday's march", "By Monday."), or a span of months
    or days ("the July-to-September quarter")."""
    return bare_word(word) in _NAME_STOP or ("-" in word and bare_word(word.split("-", 1)[0]) in _NAME_STOP)


#: words kept out of a figure's frame words (they say how a figure is reported, not what it is)
_REPORTING = frozenset("said says say told tells reported reports according added estimated noted".split())


@dataclass(slots=True)
class FigureFrame:
    """One figure of a claim and the frame it fills."""

    value: Value
    cls: str  # comparable class: count, percent, money:USD, distance, duration, age, ...
    interval: Interval | None
    measure: str  # claims.vocab.MEASURES key, "" when the text names none
    change: str  # "up" / "down" when the figure is a change of its measure ("rose 12%"), else ""
    counted: str  # the counted noun's lemma ("teacher"), "" when none
    counted_class: str  # its class ("job", "worker", "people", ...), "" when none
    head: str  # the word governing the figure, when no measure word names it ("offer", "margin"), else ""
    rate: str  # "month" for "30,000 a month"
    status: Status
    base: bool  # the base of a share ("40% of the 60,000"): a group's size, not what happened to it
    owners: frozenset[str]  # names the figure belongs to ("Acme's 1,400", "1,400 flights at Acme")
    agents: frozenset[str]  # the subject of the verb governing it ("Acme cut 1,400 jobs"): weaker
    anchors: frozenset[str]  # the names its clause opens with, when "its"/"their" in its noun phrase makes them whose
    # figure it is ("The Harbour Bank has raised its key rate by 0.25 points"); empty otherwise
    places: frozenset[str]  # where it is located ("in Glasgow", "across Scotland")
    whole: bool  # the figure is told for a whole country or the world ("nationwide", "across the country")
    part: bool  # the text says it covers a part ("on Tuesday alone")
    when: tuple[dt.date, dt.date] | None  # the moment (a day or days) the text gives the figure for
    period: tuple[dt.date, dt.date] | None  # the period (a month or longer) the figure covers: "in 2026"
    weekday: int | None  # a weekday with no resolvable date
    mark: TimeMark
    label: str  # the figure as written, white space folded
    level: bool = False  # told as the level a change reached ("rose to 480", "will reach 2.4%"), not its size
    #: the group a leading partitive says the figure is a part of ("Of the people enrolled, 15,932 ..."): its words'
    #: keys (as heads are keyed), empty when none
    group: frozenset[str] = frozenset()
    #: a running total since a start ("350,000 mobilised since the war began", "cut 4,000 jobs since the start of
    #: 2024"): never the figure of a bounded period that has no such start ("133,000 in the autumn draft")
    since: bool = False
    #: the clause tells of another occasion of the same kind ("at its previous meeting, the committee voted 7-2"):
    #: a figure of that occasion, never this one's, whatever the values
    other_occasion: bool = False
    #: its places are a list ("in Velmar and Dornland"): their sum, a wider scope than any one of them
    several: bool = False
    joint: bool = False  # a sum held by several ("together control 57 seats"): theirs, not any one's
    #: one of a list of counts of other kinds ("46 miners and six rescuers died"): a part of the whole told apart
    listed: bool = False
    at_one_point: bool = False  # "was at one point down more than 7%": how far a move went, not where it ended
    added: bool = False  # "a further 600 soldiers", "an additional 300": an addition to a count, not the count
    #: the peoples a count names ("98 Tervanian prisoners", "the number of Tervanians it had released to 112"): the
    #: first four letters of each name's key, enough for "Britons" and "British" to meet
    peoples: frozenset[str] = frozenset()
    #: a count at its height ("at the peak, 412,000 customers were without power", "950,000 lost power at some
    #: point") and a count of those still left ("231,000 were still without power") are two frames of one measure
    peak: bool = False
    remaining: bool = False
    #: the figure told under a negation ("inflation might not fall below 3.5%", "did not reach 40,000"): it says the
    #: value is not so, against a report that says it is
    negated: bool = False
    #: the group the figure is told for, another scope than the whole's figure or another group's (RELATIONS.md §1): a
    #: group of the population ("the rate for women", "youth unemployment"), an age band ("aged 30-49"), a sector
    #: ("sector:construction") or a part of a price index ("component:food")
    cohort: str = ""
    #: what a change or a level is told of, when the figure's clause opens on it ("Vehicle theft fell 3.1%", "Violent
    #: crime across the country went up by 3.2 per cent", "Shoplifting rose to 92,310"): its words' keys, measure words
    #: and generic words ("crime", "the figure") left out; empty when not told there ("a fall of 3.2%")
    subject: frozenset[str] = frozenset()
    #: the body named by a common noun as the subject that acts on the figure ("The insurer paid out 2.1 million
    #: crowns", "the state has paid 800,000"): another body's figure than another such body's; "" when none
    org: str = ""
    #: what a mass or a volume is of, when the text says ("20 tonnes of fuel": "fuel"), else ""
    stuff: str = ""
    #: the standing its counted noun is given ("40 million former and prospective customers": "former+prospective"),
    #: else "": two different numbers of people of another standing are two groups, not rival counts of one
    standing: str = ""
    #: the days a count is told between ("died between April 30 and July 15", "from July 9 to 22"): another window
    #: is another scope of the measure (RELATIONS.md §1), however the two overlap
    window: tuple[int, int] | None = None
    #: told as analysts' expectation of the figure ("analysts' average estimate of $61.66 billion", "vs. $54.92bn
    #: expected"): the market's figure, never a rival reading of the company's result or of its own forecast
    consensus: bool = False
    #: the part of a company's business a revenue figure is told for ("data center revenue", "sales in the gaming
    #: segment"), "" for the whole or when not told
    segment: str = ""

    @property
    def exact(self) -> bool:
        return not isinstance(self.value.value, list)


#: a running total told after what it adds: "Two farms near Harrowfield tested positive, bringing the number of infected
#: premises to three" (the total is the whole's, not the place's the added farms are in)
_RUNNING_TOTAL = re.compile(r"\b(?:bringing|taking|raising|pushing|lifting)\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,6}?to\s+"
                            r"(?:[a-z]+\s+){0,2}$")


def _running_total_start(low: str, lo: int, a: int) -> int:
    """Where the running total a figure ends ("..., bringing the toll to 412") begins, else ``lo``."""
    m = _RUNNING_TOTAL.search(low, max(lo, a - 90), a)
    return m.start() if m else lo


#: a body named by a common noun as the subject of the verb governing a figure: "The insurer paid out ...", "the state
#: has paid ...", "the council spent ..."
_ORG_SUBJECT = re.compile(r"(?:^|[^\w'’-])(?:the|its)\s+(insurers?|state|government|council|union|ministry|bank|airline|"
                          r"operator|regulator|police|organisers|organizers|developer|club|federation|hospital|trust|"
                          r"charity|university|school|board|commission|court|fund|city|county|province|region|employer)"
                          r"\s+(?:(?:has|have|had|will|would|also|then|later|already|now|so\s+far)\s+){0,2}[a-z]+(?:\s+out)?\s+"
                          r"(?:(?:about|around|some|nearly|almost|more\s+than|over|up\s+to|just\s+over|only)\s+)?$")
_ORG_SUBJECT_WORDS = frozenset("insurer insurers state government council union ministry bank airline operator "
                               "regulator police organisers organizers developer club federation hospital trust charity "
                               "university school board commission court fund city county province region "
                               "employer".split())


def spans_apart(x: tuple | None, y: tuple | None) -> bool:
    """Are two (first, last) date spans both known and without a day in common?"""
    return x is not None and y is not None and (x[1] < y[0] or y[1] < x[0])


def periods_apart(fa: FigureFrame, fb: FigureFrame) -> bool:
    """Do the two figures cover periods that do not overlap (2025's deficit and 2026's)?"""
    return spans_apart(fa.period, fb.period)


def _cls(v: Value) -> str:
    if v.kind == "money":
        return f"money:{v.unit}"
    if v.kind == "time":
        return f"time:{v.unit}"  # (a local time and one in GMT are two clocks)
    if v.kind == "percent" and v.unit == "pp":
        return "points"  # "half a percentage point" moves a rate; "half a per cent" is a share or a rise of prices
    if v.kind in ("count", "number", "range", "volume", "area", "mass"):
        # (a volume counts litres of its stuff, "1.1 million litres" = "1,100 cubic metres"; an area square km; a mass
        # tonnes)
        return "count"
    return v.kind


def counted_class(noun: str) -> str:
    if not noun or noun in ANY_THING:
        return ""
    if noun in GENERIC_PEOPLE:
        return "people"
    if noun in COUNTED_CLASSES:
        return COUNTED_CLASSES[noun]
    if noun in PEOPLE_ROLES:
        return "role:" + noun
    return "noun:" + canon(noun)


@lru_cache(maxsize=65536)
def measure_of_word(word: str) -> str:
    """The measure a single word names ("deaths" -> "killed"), or ""."""
    low = word.lower().replace("’", "'")
    m = _MEASURE_OF.get(low)
    if m is None:
        st = stem(low)
        m = _MEASURE_STEM.get(st, "") if st != low else ""  # inflected forms only ("miss" is not "missing")
    return m


def clause_bounds(text: str, a: int, b: int, width: int = 150) -> tuple[int, int]:
    """The clause around ``text[a:b]``: at most ``width`` characters either side (a subject's predicate may
    follow a long noun phrase), cut at clause breaks."""
    lo = max(0, a - width)
    hi = min(len(text), b + width)
    for m in _CLAUSE_LEFT_RX.finditer(text, lo, a):
        if m.group() in ("which", "who") and text[max(0, m.start() - 2):m.start()] == ", " \
                and "," in text[m.end():a]:
            continue  # "inflation, which measures how fast prices rise, stood at 3.8%": a closed aside
        lo = m.end()
    rm = _CLAUSE_RIGHT_RX.search(text, b, hi)
    if rm:
        hi = rm.start()
    return lo, hi


#: words between a verb and the figure it governs ("cut about 3,000", "recruit some of the 40%")
#: a level named by its extreme: "hit an all-time high of 15.6 GW", "set a record of 14.9 GW" (skipped on the way left,
#: without counting against how far the walk goes)
_EXTREMES = frozenset("high low record peak all-time".split())
#: a sum lost: "the club lost €18m", "investors lost a combined £212m"
_LOST_SUM = re.compile(r"\b(?:lost|loses|lose|losing)\s+(?:a\s+|an\s+)?(?:combined\s+|total\s+of\s+|estimated\s+)?$")
#: a sum said lost in the passive: "more than £210m was lost by savers", "£40m had been lost"
_LOST_SUM_AFTER = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+lost\b")
#: a span as an adjective, one word: "nine-month" (of "15-month" a word is only "month", after the hyphen)
_SPAN_WORD = re.compile(r"[a-z]+-(?:year|month|week|day|decade)")
_SPAN_UNITS = frozenset("year month week day decade".split())
#: a span told as how long since a level was last seen: "a 15-month high", "its highest level in more than a year"
_RECORD_SPAN_AFTER = re.compile(r"[\s-]+(?:high|low|peak|record)\b")
_RECORD_SPAN_BEFORE = re.compile(r"\b(?:highest|lowest|strongest|weakest|fastest|slowest|biggest|largest|sharpest)\s+"
                                 r"(?:[a-z]+\s+){0,2}?(?:in|for)\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+"
                                 r"|about\s+)?$")
#: a sum told as "in" what it is of: "$3m in fines", "€12 billion in new deficits"
_SUM_IN = re.compile(r" in (?:new |additional |extra |annual |total |lost |unpaid |back |fresh |further )?([a-z]+)\b")
#: "is understood to be", "was thought to have been", "the job losses, expected to be between": a hedge between a subject and
#: its figure
_HEDGED_BE = re.compile(r"(?:\b(?:is|are|was|were)\s+|,\s*)(?:understood|believed|thought|said|reported|estimated"
                        r"|expected|projected|forecast|known)\s+to\s+(?:be|have\s+been)\s+(?:about\s+|around\s+|some\s+|roughly\s+"
                        r"|nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+|between\s+)?$")
_HEDGED_BE_WORDS = frozenset("understood believed thought said reported estimated expected projected forecast known"
                              .split())
_SKIP_LEFT = frozenset("the a an its their his her our this these those all some every each another to by of at between "
                       "currently now still already reportedly".split()) | _EXTREMES
#: verbs that pass the figure to a verb after "to" ("prompted 10,000 men to flee", "forced 300 to leave")
_CAUSATIVES = frozenset("prompted prompt prompts forced force forces caused cause causes led leads drove drive "
                        "pushed push allowed allow allows compelled compel urged urge send sends sent sending "
                        "deploy deploys deployed".split())
#: what sending people "to fight" (or "to serve", "to the front") measures
_SENT_TO = {"fight": "enlisted", "serve": "enlisted", "war": "enlisted", "front": "enlisted", "battle": "enlisted",
            "combat": "enlisted"}
#: auxiliaries and copulas that open a subject figure's predicate ("40% of them were likely to be sent")
_AUX = frozenset("is are was were be been being will would could may might can should shall must have has had "
                 "remain remains remained stand stands stood appear appears appeared seem seems seemed".split())
#: verbs that give a measure's level ("the toll reached 480", "revenue totalled $5bn", "stood at 310")
_LEVEL_VERBS = frozenset("reached reach reaches hit hits total totalled totaled totals stood stands stand was were is are "
                         "came amounted amounts remained remains passed topped exceeded surpassed running ran runs "
                         "sat sits stayed".split())
#: the end of the figure before ("fell 4.1 per cent to €41.3bn": the verb governs both)
_FIGURE_ENDS = frozenset("per cent percent percentage points point basis".split())  # (a figure's unit words)
_ANNUAL = re.compile(r"(?=[1tayo])\b(?:(?:12|twelve)\s+months|a\s+year\s+(?:earlier|before|ago)|year[- ](?:on|over)[- ]year"
                     r"|annual|over\s+the\s+year)\b")
_SHARE_WORDS = frozenset("share proportion percentage fraction portion".split())
_NUMBER_OF = re.compile(r"\b(?:the|a|its|their|[A-Za-z][\w.&-]*['’]s)\s+(?:total\s+|own\s+)?(?:number|count|tally|total)\s+of\s+",
                        re.I)  # ("the number of", "Nordhavn's count of")
#: (case-blind: its words are looked up only in an ASCII claim, where every case of them lower-cases to them)
_NUMBER_OF_WORDS = frozenset(("number", "count", "tally", "total"))
#: "the number of customers who ...": the clause the figure is in opens on a relative pronoun after what is counted
_NUMBER_OF_WHO = re.compile(r"\b(?:number|count|tally|total)\s+of\s+(?:[\w'’-]+\s+){1,3}(?:who|that|which)\b", re.I)


def _number_of_noun(text: str, lo: int, a: int) -> str:
    """The people or things a "number of" before the figure counts, when the vocabulary knows them ("the
    number of police officers injured": officer), else ""."""
    nm = _NUMBER_OF.search(text, lo, a)
    if nm is None:
        return ""
    for t in islice(_TOKEN.finditer(text, nm.end(), a), 3):
        w = lemma(t.group())
        if w in GENERIC_PEOPLE or w in PEOPLE_ROLES or w in COUNTED_CLASSES:
            return w
    return ""


def _number_of_who(text: str, lo: int) -> str:
    """What a "number of" counts when the figure's clause opens on a relative pronoun right after it ("the number of
    customers who lost power ... at 230,000": customer), else ""."""
    rel = _NUMBER_OF_WHO.search(text, max(0, lo - 60), lo)
    if rel is None or rel.end() != lo:
        return ""
    return _number_of_noun(text, max(0, rel.start() - 40), lo)


#: "members of an army engineering regiment": the members of a military unit are its soldiers
_OF_A_UNIT = re.compile(r"\s+of\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:regiment|battalion|brigade|division|unit|army"
                        r"|corps|platoon|armed\s+forces|military)\b", re.I)
#: "1,900 of the cases", "12 of the deaths": the figure counts part of a named whole
OF_THE = re.compile(r"\s+of\s+(?:the|these|those|its|their|all\s+the)\s+")
_OF_ANY = re.compile(r"\s+of\s+(?:(?:the|these|those|its|their|all\s+the)\s+)?")


#: common nouns for a place, as owners ("the city's schools"): a part of the country, not the story's owner
_AREA_OWNERS = frozenset("city town village region province county district state country nation capital island "
                         "municipality borough area".split())


def _partitive_noun(text: str, b: int, hi: int, of: re.Pattern[str] = OF_THE) -> str:
    """The things a figure counts part of, named right after it, when the noun names a measure ("about 1,900 of the
    cases have been confirmed": case; "1,203 of the suspected cases": case), else "" (a part of a group of people,
    "700,000 of the affected customers are in the UK", is said by its predicate)."""
    om = of.match(text, b, hi)
    if om is None:
        return ""
    owned = om.group().rstrip().endswith(("its", "their"))
    for t in islice(_TOKEN.finditer(text, om.end(), hi), 3):
        w = t.group().lower()
        if w[:1].isdigit() or w.endswith("ing"):
            return ""  # "1,900 of the 5,000 beds" (a part of a figure), "of the remaining"
        if w.endswith("ed") or (owned and w == "own"):
            continue  # "of the suspected cases": an adjective before the noun
        if w.endswith(("'s", "’s")):
            if w[:-2] in _AREA_OWNERS:
                return ""  # "42 of the city's schools": a place's part, told by its places, not a count of the story's
            owned = True  # "300 of the exchange's jobs": the owner's things, counted as "300 jobs" are
            continue
        lw = lemma(w)
        if owned and (lw in ANY_THING or lw in COUNTED_CLASSES and not COUNTED_CLASSES[lw].startswith("role:")):
            return lw  # "cancelled 274 of its own services": the owner's things, counted as "274 services" are
        people = lw in GENERIC_PEOPLE or lw in PEOPLE_ROLES or lw in COUNTED_CLASSES
        return lw if measure_of_word(w) and not people else ""
    return ""


_CAUSE_TO = re.compile(r"[^,.;:]*?\bto\s+(?:be\s+)?(?:the\s+)?([a-z]+)")


_STATE_ADJECTIVES = frozenset("dead missing homeless jobless".split())
#: a measure word further than this many words from a figure it does not govern says nothing about it
_NEAREST_MAX = 5


_APPOSITION = re.compile(r",[^,]{1,80},\s*$")


def _skip_apposition(text: str, lo: int, end: int) -> int:
    """Where the subject before ``end`` ends, an apposition between commas left out."""
    m = _APPOSITION.search(text, lo, end)
    return m.start() if m else end


#: a level kept where it was: "left the policy rate at 4.25%", "kept its main rate unchanged at 3%", "held rates at"
_KEPT_AT = re.compile(r"\b(?:left|kept|held|maintained|keeps|holds|leaves|keep|hold|leave|maintain)\s+((?:[\w'’-]+\s+){1,5}?)"
                      r"(?:(?:unchanged|steady|stable)\s+)?at\s+(?:about\s+|around\s+)?$")
_KEPT_AT_WORDS = frozenset("left kept held maintained keeps holds leaves keep hold leave maintain".split())


_IN_ALL = frozenset(("total", "all", "sum"))


#: an approximator that is the clause's verb: "exceeded 50%", "topped 1,000"
_PASSED_LEVEL = ("exceeded ", "exceeding ", "exceeds ", "topped ", "surpassed ", "passed ")


def _predicate_measure(text: str, low: str, a: int, b: int, lo: int, hi: int, cwords: frozenset[str],
                       among: list[int], money: bool = False) -> str:
    """The measure named by the verb that governs the figure: the verb before it when the figure is its object
    ("killed 2,100", "plans to enlist around 20,000"), else the predicate after its noun phrase ("2,300 remain
    missing", "40% of the 60,000 defendants were likely to be sent"). Modifiers inside the noun phrase
    ("defendants held in detention") describe who is counted, not what happened to them."""
    if low.startswith(" others ", b):
        b += 7  # "leaving more than 250 others missing", "and 12 others injured": the rest of the people, then what befell them
    if low.startswith(_PASSED_LEVEL, a):
        # "Voter turnout for the two rounds of voting exceeded 50%": the verb is in the figure, the measure the clause's
        # subject, its first word naming one (not "voting", nearest the figure)
        for t in _TOKEN.finditer(text, lo, a):
            m = measure_of_word(t.group())
            if m:
                return m
    for t in _TOKEN.finditer(text, a, b):  # an adjective inside the figure's noun phrase: "21,400 dead fish"
        w = t.group().lower()
        if w.endswith("ed") or w in _STATE_ADJECTIVES:
            m = measure_of_word(w)
            if m:
                return m
    hm = _HEDGED_BE.search(low, max(lo, a - 60), a) if not cwords.isdisjoint(_HEDGED_BE_WORDS) else None
    if hm:  # "His basic wage is understood to be around £180,000": the subject's measure (its head noun, before the
        # phrases after it: "total outlays for the coming year are projected to be")
        for t in list(_TOKEN.finditer(text, max(lo, hm.start() - 45), hm.start()))[:-5:-1]:
            m = measure_of_word(t.group())
            if m:
                return m
    nm = _NUMBER_OF.search(text, lo, a) if not (text.isascii() and cwords.isdisjoint(_NUMBER_OF_WORDS)) else None
    if nm and _FIRST_DIGIT.search(text, nm.end(), a):
        nm = None  # "A total of 121 people died and 31 were injured": the total is the first figure's, not 31's
    if nm:  # "the number of landowners suing the company has risen to 175"
        who = ""
        for t in islice(_TOKEN.finditer(text, nm.end(), a), 6):
            m = measure_of_word(t.group())
            if m in _WHO_MEASURES:
                who = who or m  # "the number of passengers affected": what happened to them, if it is said
            elif m:
                return m
        if who:
            return who
    after = _TOKEN.match(text, b + 1) if b < len(text) and text[b] == " " else None
    if after and after.end() <= hi and (pm := _PHRASE_RX.match(low, b + 1)) and pm.end() <= hi:
        found = MEASURE_PHRASES[pm.group()]  # a phrase right after: "a 30-day state of emergency"
        if found in _WHO_MEASURES:  # "356 people on board had fallen ill": where they are says who, the verb what
            nxt = _PHRASE_RX.search(low, pm.end(), min(hi, pm.end() + 30))
            told = [MEASURE_PHRASES[nxt.group()]] if nxt else []
            told += [measure_of_word(t.group()) for t in islice(_TOKEN.finditer(text, pm.end(), hi), 4)]
            for m in told:
                if m in WHO_OUTCOMES[found]:
                    return m
        return found
    if after and after.end() <= hi:  # a noun right after a sum: "a 3.2 million euro fine", "a $5bn budget"
        m = measure_of_word(after.group())
        if m and not after.group().lower().endswith(("ed", "ing")):
            return m
    km = _KEPT_AT.search(low, max(lo, a - 80), a) if not cwords.isdisjoint(_KEPT_AT_WORDS) else None
    if km:  # "left the policy rate at 4.25%", "kept its main rate unchanged at 3%": the level of what is kept
        pm = _PHRASE_RX.search(low, km.start(1), km.end(1))
        if pm:
            return MEASURE_PHRASES[pm.group()]
        for t in reversed(list(_TOKEN.finditer(text, km.start(1), km.end(1)))):
            m = measure_of_word(t.group())
            if m:
                return m
    cm = _MOVED_TO.search(low, max(lo, a - 70), a) if not cwords.isdisjoint(_MOVED_TO_WORDS) else None
    if cm:  # "Sales grew by about a third last year to 458 million florins": the level the subject moved to
        for pm in _PHRASE_RX.finditer(low, max(lo, cm.start() - 30), cm.start()):
            if not low[pm.end():cm.start()].strip():  # ("Net profit dropped 57% to": the phrase, not "profit")
                return MEASURE_PHRASES[pm.group()]
        m = _subject_measure(text, lo, cm.start())
        if m:
            return m
    em = _ESTIMATE_OF_TO.search(low, max(lo, a - 110), a) if not cwords.isdisjoint(_ESTIMATE_OF_TO_WORDS) else None
    if em:  # "raised its estimate of the oil spilled from the Nordvik Pioneer to 3 million litres": what is estimated
        pm = _PHRASE_RX.search(low, em.start(1), em.end(1))
        if pm:
            return MEASURE_PHRASES[pm.group()]
        for t in islice(_TOKEN.finditer(text, em.start(1), em.end(1)), 4):
            m = measure_of_word(t.group())
            if m:
                return m
    for pm in _PHRASE_RX.finditer(low, max(lo, a - 24), a):
        if not low[pm.end():a].strip():  # a phrase that ends right before the figure: "cut off 2.4 million customers"
            return MEASURE_PHRASES[pm.group()]
    left = list(_TOKEN.finditer(text, lo, a))
    reach = 5
    for k in range(len(left) - 1, max(-1, len(left) - 7), -1):
        t = left[k]
        w = t.group().lower()
        if k <= len(left) - reach:
            break  # (four words back at most, not counting a level's extreme: "hit an all-time high of")
        if w in _SKIP_LEFT or w in _FIGURE_ENDS:
            if w in _EXTREMES:
                reach += 1
            continue
        if (_SPAN_WORD.fullmatch(w) or (w in _SPAN_UNITS and text[t.start() - 1:t.start()] == "-")) \
                and k + 1 < len(left) and left[k + 1].group().lower() in _EXTREMES:
            reach += 1
            continue  # "surged to a 15-month high of 7.4%": the span names how rare the level is, not a measure
        if w == "total" and k and left[k - 1].group().lower() in ("a", "the", "in"):
            continue  # "a total of 239 miners were evacuated": a noun, no verb; the predicate after tells
        if "," in text[t.end():a] and (_PHRASE_RX.match(low, b + 1, hi) or (
                (op := _OWN_PREDICATE.match(low, b, hi)) is not None
                and any(measure_of_word(w) for w in op.group(1).split()))):
            break  # "after the call-up was announced, thousands left the country", "11 people were killed, over 40
            # were hurt": the verb is another clause's
        m = measure_of_word(w)
        if m:
            # ("restructuring charges of EUR 300m": the phrase's measure)
            m = _covering_phrase(low, t.start(), t.end(), max(lo, t.start() - 16), t.end() + 16) or m
            # "corrected the cost of the income tax cuts to €1.3bn": the noun before "of" is what was changed
            return _changed_to(left, k) or m
        if w in _IN_ALL and k and left[k - 1].group().lower() == "in":
            break  # "In total, 19 people were arrested", "in all 24": an adverb, no verb (the predicate after tells)
        if w in _BE_FORMS and k and left[k - 1].group().lower() == "there":
            break  # "there were 14 people arrested overnight": no subject, no level; the predicate after tells
        if w in CHANGE_WORDS or w in _LEVEL_VERBS:
            # "net profit dropped 57% to 1.05 billion", "the toll reached 480": the measure is the subject's
            # (skipping an apposition: "deliveries in China, long its profit engine, dropped by a fifth")
            subject = _skip_apposition(text, lo, t.start())
            head = _HEAD_BEFORE_PHRASE.match(low, lo, subject)
            head_measure = measure_of_word(head.group(1)) if head is not None else ""
            if head is not None and head_measure and head_measure not in _NEXT_TO_ONLY:
                # "Turnout in the ballot was just under 60 per cent": the subject's head noun, not a word of the
                # phrase after it ("ballot")
                return _covering_phrase(low, head.start(1), head.end(1), max(lo, head.start(1) - 12),
                                        min(subject, head.end(1) + 16)) or head_measure
            words = list(_TOKEN.finditer(text, lo, subject))[-10:]  # "the death toll from floods in the X region"
            for k2 in range(len(words) - 1, -1, -1):
                u = words[k2]
                m = measure_of_word(u.group())
                if m in _NEXT_TO_ONLY:
                    continue  # "the toll from the magnitude 6.9 quake rose to 687": the quake's size, not the toll's
                if (m and k2 >= 2 and words[k2 - 1].group().lower() == "of"
                        and words[k2 - 2].group().lower() in _SHARE_WORDS):
                    continue  # "defence's share of GDP will reach 2.4%": GDP is the share's base, not its measure
                if m:  # (or the phrase it is in: "net profit", "death toll", "the case fatality rate")
                    return _covering_phrase(low, u.start(), u.end(), max(lo, u.start() - 12),
                                            min(subject, u.end() + 16)) or m
            if words:
                pm = _PHRASE_RX.search(low, words[0].start(), subject)
                if pm:
                    return MEASURE_PHRASES[pm.group()]
            return _UNKNOWN
        if w in _CAUSATIVES:
            cm = _CAUSE_TO.match(text, b, hi)
            if cm:
                return measure_of_word(cm.group(1)) or _SENT_TO.get(cm.group(1), "") or _UNKNOWN
        changed = _changed_to(left, k)  # "revised the cost of the bridge repairs to £40m"
        if changed:
            return changed
        if _raised_noun_to(left, k):  # "raised its offer to 11%": the new level of the offer, not money raised
            return _UNKNOWN
        if w in _REPORTING_VERBS:
            break  # "figures showed 1,640 of the schools were closed": the figure opens the clause reported
        if w in _TIME_WORDS or "," in text[t.end():a]:
            break  # "By Thursday morning, 22 miners had died": an opening phrase governs nothing after its comma
        if w in ("leaving", "leaves"):
            break  # "killing 55 and leaving more than 250 people missing": the state after the object says what
        if _verbish(w):
            return _UNKNOWN  # "selecting 100 defendants": governed by a verb that names no measure
        for j in range(k - 1, max(-1, k - 5), -1):
            # "could cost the regional economy EUR 400m", "paid the families $2m": the verb before its first object
            v = left[j].group().lower()
            if v in _TWO_OBJECTS:
                if not any(p in text[left[j].end():a] for p in ",;:"):
                    return _TWO_OBJECTS[v]
                break
            if _verbish(v) or v in _AUX or v in _REPORTING_VERBS:
                break
        break
    if money and (im := _SUM_IN.match(low, b, hi)) and (m := measure_of_word(im.group(1))):
        # "the €12 billion in new deficits will mean ...", "faces $3m in fines": what the sum is of, when no verb before
        # it governs it ("could cost the economy €0.4 billion in lost output" is a cost)
        return m
    # (not past a clause that opens after the figure: "to about 3 million litres, after engineers measured what was
    # left in the ship's damaged tanks")
    sub = _subordinate_start(text, b, hi)
    if text[max(b, sub - 2):sub] == ", ":
        hi = sub
    if (nd := _FIRST_DIGIT.search(text, b, hi)) is not None and "," in text[b:nd.start()] \
            and _OWN_VERB_AFTER.match(low, nd.end()) is not None:
        # "some 140 staff working at the plant when the blast hit, more than 30 were injured": the predicate
        # after another figure's comma is that figure's
        hi = nd.start()
    toks = list(islice(_TOKEN.finditer(text, b, hi), 16))
    described = ""  # the measure of a participle that only describes who is counted ("people evacuated since ...")
    if toks:
        pm = _PHRASE_RX.match(low, toks[0].start(), hi)
        if pm:  # "tens of thousands of men left the country (for fear of being sent to the front)"
            return MEASURE_PHRASES[pm.group()]
        m = measure_of_word(toks[0].group())  # "9,000 teachers walked out", "1 million men fled the country"
        if m and toks[0].group().lower().endswith(("ed", "ing", "fled", "left", "lost", "shut", "cut", "hurt")):
            if not _reduced_relative(toks):
                return m
            described = m
        if toks[0].group().lower() in ("who", "that"):
            # "two rescuers who perished in the smoke", "two miners who had died": the relative clause right
            # after the counted noun says what befell them
            for u in toks[1:5]:
                uw = u.group().lower()
                if uw in _AUX or uw in _WHO_SKIP:
                    continue
                m = measure_of_word(uw)
                if m and uw.endswith(("ed", "fled", "left", "lost", "hurt")):
                    return m
                break
    if len(left) >= 2 and left[-1].group().lower() == "of" and not text[left[-1].end():a].strip(" "):
        # "a case fatality rate of 2.5%, well above what patients are ...": the measure the noun before "of" names
        for pm in _PHRASE_RX.finditer(low, max(lo, left[-2].start() - 16), left[-2].end()):
            if pm.end() == left[-2].end():
                return MEASURE_PHRASES[pm.group()]
    for k, t in enumerate(toks):
        if k <= 3 and (t.group().lower() in ("which", "who") and text[max(0, t.start() - 2):t.start()] == ", "
                       or t.group() == "where"):
            break  # "to 98 months in jail, which is a little over eight years": an aside's verb, not the figure's predicate
            # ("in two valleys where farms are the biggest users of the river": what holds there, not what is counted)
        if t.group().lower() in _AUX and t.group() != "May":  # ("injured since May": the month, no modal)
            end = toks[min(k + 5, len(toks) - 1)].end()
            for pm in _PHRASE_RX.finditer(low, t.end(), end):
                return MEASURE_PHRASES[pm.group()]
            wide = toks[min(k + 7, len(toks) - 1)].end()  # "are expected to join the Russian military"
            for rx, measure in _patterns_in(low, t.end(), wide, among):
                if rx.search(low, t.end(), wide):
                    return measure
            for u in toks[k + 1:k + 6]:  # "are now known to have died"
                m = measure_of_word(u.group())
                if m:
                    return m
            # "are planned to be selected": a predicate that names no measure; "Most of the 4,300 people evacuated since
            # Tuesday are staying with relatives": told of a part ("Most of the"), the figure counts the whole, the
            # evacuated (without the part, "19 people arrested after the march will face trial" counts those on trial)
            return described if described and _PART_OF_BEFORE.search(low, max(lo, a - 24), a) else _UNKNOWN
    return ""


#: a figure's own verb right after it ("more than 30 were injured", "12 people have died"): its clause, not another's
_OWN_VERB_AFTER = re.compile(r"(?:[\d.]|,\d)*\s+(?:[a-z-]+\s+){0,2}?(?:were|was|are|is|had|have|has|died|remain|remained)\b")
#: a span changed to a new length: "has been cut to three years", "was reduced to 36 months", "extended to 90 days"
_CHANGED_TO_BEFORE = re.compile(r"\b(?:cut|reduced|lowered|shortened|raised|increased|extended|lengthened)\s+to\s+"
                                r"(?:about\s+|around\s+|just\s+)?$")
_WHO_SKIP = frozenset("also later since reportedly allegedly then subsequently been".split())
_SUBJECT_SKIP = frozenset("has have had been is are was were be being will would now".split())


def _subject_measure(text: str, lo: int, end: int) -> str:
    """The measure the subject before a verb ending at ``end`` names ("Her doping ban has been" -> ban), or ""."""
    for k, t in enumerate(reversed(list(_TOKEN.finditer(text, max(lo, end - 60), end)))):
        w = t.group().lower()
        if w in _SUBJECT_SKIP:
            continue
        return measure_of_word(w) if k <= 4 else ""
    return ""


def _covering_phrase(low: str, a: int, b: int, lo: int, hi: int) -> str:
    """The measure of a measure phrase found in ``low[lo:hi]`` that covers the word ``low[a:b]``, else ""."""
    for inner in _PHRASE_RX.finditer(low, lo, hi):
        if inner.start() <= a and inner.end() >= b:
            return MEASURE_PHRASES[inner.group()]
    return ""


#: a change verb, what it changed by and when, then the level it moved to: "grew by about a third last year to"
_MOVED_TO = re.compile(r"\b(?:rose|fell|grew|increased|decreased|climbed|dropped|jumped|slipped|declined|surged|plunged|"
                       r"slumped|soared|eased|edged\s+(?:up|down))\s+(?:by\s+)?[^,;:()]{2,45}?\s+to\s+(?:about\s+|around\s+"
                       r"|nearly\s+|almost\s+|some\s+|more\s+than\s+|just\s+(?:over\s+|under\s+)?)?$")
_MOVED_TO_WORDS = frozenset("rose fell grew increased decreased climbed dropped jumped slipped declined surged plunged "
                            "slumped soared eased edged".split())
#: a revised estimate of something, then the figure it now stands at: "raised its estimate of the oil spilled from the
#: tanker to about 3 million litres" (group 1: what is estimated, and what is said of it)
_ESTIMATE_OF_TO = re.compile(r"\b(?:raised|lifted|increased|cut|lowered|reduced|revised|put|updated|doubled)\s+"
                             r"(?:its|their|the|his|her)\s+(?:[a-z]+\s+)?(?:estimate|forecast|figure|count|tally|assessment)"
                             r"\s+(?:of|for)\s+(?:the\s+)?((?:[\w'’-]+\s+){1,7}?)(?:up\s+|down\s+)?to\s+(?:about\s+|around\s+"
                             r"|some\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+)?$")
_ESTIMATE_OF_TO_WORDS = frozenset("estimate forecast figure count tally assessment".split())


def _raised_noun_to(left: list, k: int) -> bool:
    """Whether ``left[k]`` is the noun a change verb moves to the figure right after "to" ("raised its offer to",
    "cut its full-year margin forecast to")."""
    if k != len(left) - 2 or left[-1].group().lower() != "to":
        return False
    for j in range(k - 1, max(-1, k - 4), -1):
        w = left[j].group().lower()
        if w in CHANGE_BY_WORDS or w in CHANGE_WORDS:
            return True
        if _verbish(w) or w in _REPORTING or w in _AUX:
            return False
    return False


#: nouns that say what kind of figure it is, not what it is about ("its margin forecast" is about the margin)
_GENERIC_HEADS = frozenset("forecast forecasts target targets guidance estimate estimates outlook projection "
                           "projections goal goals figure figures".split())


#: finite verbs that show a participle right after a figure's noun only describes who is counted
_FINITE_AFTER = frozenset("will would could may might can should shall must is are was were has have had face faces "
                          "faced remain remains remained".split())


#: a part of the figure's whole told before it: "Most of the", "Many of those", "All of the"
_PART_OF_BEFORE = re.compile(r"\b(?:most|many|some|all|half|none|few|several|nearly\s+all|almost\s+all)\s+of\s+(?:the|those|these)"
                             r"\s+$")


def _reduced_relative(toks: list) -> bool:
    """Whether the participle ``toks[0]`` opens a reduced relative clause that a finite verb closes: "19 people
    arrested after the march will face trial" (they face trial), unlike "9,000 teachers walked out" or "Seven people
    died, a figure that has not changed" (a comma right after the participle closes its clause)."""
    if len(toks) > 1 and "," in toks[0].string[toks[0].end():toks[1].start()]:
        return False
    for t in toks[1:7]:
        w = t.group().lower()
        if w == "and":
            return False
        if w in _FINITE_AFTER and t.group() != "May":  # ("arrested in May": the month)
            return True
    return False


def _changed_to(left: list, k: int) -> str:
    """For a figure right after "to" ("... to €1.3bn") whose word before is ``left[k]``: the measure of the noun an
    "of" phrase ending there completes ("the cost of the tax cuts"), or ""."""
    if k != len(left) - 2 or left[-1].group().lower() != "to":
        return ""
    for j in range(k - 1, max(-1, k - 5), -1):
        if left[j].group().lower() == "of":
            return measure_of_word(left[j - 1].group()) if j > 0 else ""
    return ""


_HEAD_SKIP = frozenset("is are was were be been being will would could may might can should shall must have has had "
                       "do does did said says say told reported put show shows showed see sees saw make made take "
                       "took give gave get got reach reached come came stand stood remain remained".split())


_PLACE_PREPOSITIONS = frozenset("in at on near across throughout around inside outside from within".split())
#: words of a change's subject that say nothing of which thing changed ("Recorded crime fell 3%": recorded, not
#: crime, tells it from violent crime)
_GENERIC_SUBJECT = frozenset("crime crimes offence offences offense offenses figure figures number numbers total totals "
                             "level levels amount amounts sum count counts rate rates share shares overall "
                             # (where the thing lies, not what it is: "nearby Lake Tamsen was at 57%")
                             "nearby neighboring neighbouring".split())
_DETERMINERS = frozenset("the a an its their his her this that these those".split())
#: where a change's subject stops, read leftwards: a clause or a list before it
_SUBJECT_STOP = frozenset("that which who whom but whereas as said says than because if so also then when "
                          "after before while where with".split())


def _change_subject(text: str, a: int, lo: int) -> frozenset[str]:
    """The keys of the noun phrase a change or a level is told of, right before its verb ("Domestic burglary fell
    7.4%" -> domestic, burglary; "Violent crime across the country went up by 3.2%" -> violent), leaving out a place
    after it, the measure's own words and generic words; empty when the clause does not open on it."""
    left = list(_TOKEN.finditer(text, lo, a))
    for k in range(len(left) - 1, max(-1, len(left) - 4), -1):
        w = left[k].group().lower()
        if w in _SKIP_LEFT:
            continue
        if w not in CHANGE_WORDS and w not in CHANGE_BY_WORDS and w not in _LEVEL_VERBS:
            break
        if k and left[k - 1].group().lower() in _DETERMINERS:
            break  # "puts the fall at 45%", "a drop of 3.2%": a noun, told of what the clause says before
        end = _skip_apposition(text, lo, left[k].start())
        words = [u for u in left[:k] if u.end() <= end]
        while words and (words[-1].group().lower() in _HEAD_SKIP or words[-1].group().lower() in ("went", "go", "goes")):
            words.pop()  # "went up", "was down", "has risen"
        keys: list[str] = []
        for j in range(len(words) - 1, max(-1, len(words) - 9), -1):
            u = words[j]
            low = u.group().lower()
            if low in _SUBJECT_STOP or any(c in text[u.end():words[j + 1].start() if j + 1 < len(words) else end]
                                           for c in ",;:()"):
                break
            if low in _PLACE_PREPOSITIONS:
                keys = []  # "across the country", "in the capital": where, not what
                continue
            if (low in STOPWORDS or low in _SKIP_LEFT or low in _GENERIC_SUBJECT or low in _TIME_WORDS
                    or low in CHANGE_WORDS or low in CHANGE_BY_WORDS or measure_of_word(low) or len(low) < 3
                    or (u.group()[0].isupper() and u.start() > 0 and text[:u.start()].strip())):
                continue  # (a name says whose or where, which owners and places weigh: "Tolvik's pass rate rose")
            keys.append(canon(low))
        if not keys:
            return frozenset()
        # an apposition names the same thing: "Korvex's own token, KVX, fell 62%" is told of KVX as well
        keys.extend(canon(u.group().lower()) for u in left[:k] if u.start() > end
                    and u.group().lower() not in STOPWORDS and u.group().lower() not in _GENERIC_SUBJECT
                    and len(u.group()) >= 3 and not measure_of_word(u.group().lower()))
        return frozenset(keys)
    return frozenset()


#: a cut told with the level it is cut to: "would be cut to 25%", "was slashed to 4,000"
_CUT_TO = re.compile(r"\b(?:cut|cuts|slashed|slash|trimmed|reduced)\s+(?:back\s+)?to\s+(?:about\s+|around\s+|just\s+"
                     r"|some\s+|only\s+)?$")
#: a span told of the act before it: "was halted for 30 minutes", "suspended for six weeks", "closed for two days"
_FOR_SPAN = re.compile(r"\b([a-z]{4,}ed|fell|ran|went|shut|stood|sat|kept|held|lay|burnt|blew|hung|fought)\s+"
                       r"(?:[\w'’-]+\s+){0,3}?for\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+"
                       r"|just\s+|some\s+|at\s+least\s+|another\s+|a\s+further\s+)?$")


def _lasting(text: str, a: int, lo: int) -> str:
    """The act a span is told of, "halted" in "trading was halted for 30 minutes" (its key), else ""."""
    m = _FOR_SPAN.search(text, max(lo, a - 50), a)
    return canon(m.group(1).lower()) if m else ""


#: what a source puts at a figure, its last word the head: "put net migration in 2025 at 241,000", "puts turnout at"
_PUT_HEAD = re.compile(r"(?i:\b(?:put|puts|putting|placed|places|pegged|pegs)\s+(?:the\s+|its\s+|their\s+)?"
                       r"(?:[a-z]+\s+){0,2}?([a-z]+)(?:\s+(?:in|for)\s+(?:19|20)\d\d)?" + _AT_APPROX + ")$")


def _head(text: str, a: int, b: int, lo: int, hi: int, counted: str) -> str:
    """The word a figure is about when no measure word names it: the noun or verb that governs it ("an offer
    of 5%" -> offer, "a margin of 6%" -> margin, "deliveries dropped by a fifth" -> deliveri, "1,900 of the
    cases have been confirmed" -> confirm), else its counted noun. Compared only for equality."""
    def key(word: str) -> str:
        low = word.lower()
        if low in STOPWORDS or low in _HEAD_SKIP or low in _SKIP_LEFT or len(low) < 3 or low in _TIME_WORDS:
            return ""  # ("the count for Tuesday was 30,000": a day is when, not what the figure is about)
        return canon(low)

    if " at" in text[max(lo, a - 12):a]:
        pm = _PUT_HEAD.search(text, max(lo, a - 90), a)
        if pm and pm.group(1).lower() not in _GENERIC_SUBJECT and pm.group(1).lower() not in CHANGE_WORDS:
            h = key(pm.group(1))
            if h:
                return h  # "put net migration in 2025 at 241,000" -> migration (a change, "put the average increase
                # at 6.2%", is read as one below)
    left = list(_TOKEN.finditer(text, lo, a))
    for k in range(len(left) - 1, max(-1, len(left) - 4), -1):
        w = left[k].group().lower()
        if w in _SKIP_LEFT:
            continue
        if w in CHANGE_WORDS or w in _LEVEL_VERBS or w in CHANGE_BY_WORDS:
            subject = _skip_apposition(text, lo, left[k].start())  # "deliveries in China, long its engine, fell"
            words = [u for u in left[:k] if u.end() <= subject][-5:]
            for j in range(len(words) - 1, 0, -1):  # "deliveries in China dropped": the place is not the head
                if (words[j - 1].group().lower() in _PLACE_PREPOSITIONS or words[j - 1].group() == "to") and all(
                        u.group()[0].isupper() for u in words[j:]):
                    words = words[:j - 1] or words
                    break
            for u in reversed(words):
                h = key(u.group())
                if h:
                    return h
            break
        h = key(w)
        if h and w in _GENERIC_HEADS and k > 0:
            return key(left[k - 1].group()) or h  # "its margin forecast of 5%" -> margin
        if h:
            return h
        break
    toks = list(islice(_TOKEN.finditer(text, b, hi), 10))
    for k, t in enumerate(toks):
        if t.group().lower() in _AUX and t.group() != "May":
            for u in toks[k + 1:k + 4]:
                if u.group().lower() in _PLACE_PREPOSITIONS:
                    break  # "40% of the vacancies are in the northern provinces": where they are, not what
                h = key(u.group())
                if h:
                    return h
            break
    return key(counted) if counted else ""


#: what a length measures when the text says it: "310 millimetres of rain", "40 cm of snow"
#: ("12 km of the Lanrick coast", "28 km (17 miles) of coastline", "20 tonnes of fuel")
_OF_STUFF = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+of\s+(?:(?:the|its|their)\s+)?(?:[A-Z][\w'’-]*\s+){0,2}"
                       r"(?:fresh\s+|heavy\s+)?([a-z]{3,})\b")


#: "within 3 km of the border": how near, the place it is near no substance the length is of
_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:about\s+|some\s+|around\s+)?$")


def _stuff_of(text: str, b: int) -> str:
    """The substance a length right before ``b`` is of ("millimetres of rain" -> rain), else ""."""
    m = _OF_STUFF.match(text, b)
    if m is None or m.group(1) in STOPWORDS:
        return ""
    return canon(m.group(1))


def _ends_in_verb(words: str) -> bool:
    last = words.rsplit(None, 1)[-1]
    return last in CHANGE_WORDS or last in _LEVEL_VERBS or last.endswith("ed")


def _pattern_around(low: str, a: int, b: int, lo: int, hi: int, among: list[int]) -> str:
    """A flexible wording that holds the figure itself ("searching for nine people", "fled the country")."""
    for rx, measure in _patterns_in(low, lo, hi, among):
        for m in rx.finditer(low, lo, hi):
            if m.start() <= a and (m.end() >= b or (len(_TOKEN.findall(low, m.end(), a)) <= 2
                                                    and _ends_in_verb(m.group()) and "," not in low[m.end():a])):
                return measure  # (or its verb governs it from just before: "shares closed down 4.8%")
            if a < m.start() < b < m.end():
                return measure  # the figure's own noun opens the wording: "as many as 2,500 jobs could go"
            if b <= m.start() and _OF_THE_BETWEEN.fullmatch(low, b, m.start()):
                return measure  # or the noun of the set it is a part of: "around 950 of the jobs will go"
    return ""


#: verbs that take who pays or is paid before the sum: "cost the economy EUR 400m", "fined the dairy EUR 2m"
_TWO_OBJECTS = {"cost": "cost", "costs": "cost", "costing": "cost", "fined": "fine", "fines": "fine", "fining": "fine",
                "paid": "paid", "pays": "paid", "pay": "paid", "paying": "paid", "awarded": "damages",
                "awards": "damages", "award": "damages"}
_OF_THE_BETWEEN = re.compile(r"\s+of\s+(?:the|those|these|its|their)\s+")
#: a figure's own predicate right after it: "over 40 were hurt", "12 others have died"
_OWN_PREDICATE = re.compile(r"\s+(?:people\s+|others\s+|more\s+)?(?:were|was|are|is|have|had|has)\s+(?:been\s+|also\s+)?"
                            r"([a-z]+(?:\s+[a-z]+){0,2})")  # ("58 have sustained grievous injuries")
#: what _predicate_measure returns when a verb governs the figure but names no measure
_UNKNOWN = "?"
_WORKFORCE_CUT = re.compile(WORKFORCE_CUT)
_VERB_ENDINGS = ("ed", "ing")


def _verbish(word: str) -> bool:
    return len(word) > 4 and word.endswith(_VERB_ENDINGS)


_OF_BASE = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+")


#: nouns a measure word may qualify, as "rescue" does in "rescue personnel" and "evacuation" in "evacuation centres"
_QUALIFIED_HEADS = frozenset("personnel workers worker teams team crews crew efforts effort operation operations services "
                             "officials staff boats helicopters centres centers centre center camps camp orders".split())


def _modifier(text: str, t: re.Match) -> bool:
    """Is the word ``t`` a noun qualifying the noun right after it ("rescue personnel", "evacuation centres")?"""
    nxt = _TOKEN.match(text, t.end() + 1) if text[t.end():t.end() + 1] == " " else None
    return nxt is not None and nxt.group().lower() in _QUALIFIED_HEADS


def _nearest_measure(text: str, low: str, a: int, b: int, lo: int, hi: int, among: list[int]) -> tuple[str, int]:
    """The measure named nearest the figure ``text[a:b]`` inside ``[lo, hi)``, and its distance in words. For a
    share, what follows "of" is its base ("3.6% of gross domestic product"), not its measure."""
    best, best_d = "", 10.0**6
    base = b
    if text[a:b].rstrip().endswith(("%", "cent", "percent")):
        om = _OF_BASE.match(text, b)
        if om and om.end() <= hi:
            b = om.end()
    found = [(m, MEASURE_PHRASES[m.group()]) for m in _PHRASE_RX.finditer(low, lo, hi)]
    for rx, measure in _patterns_in(low, lo, hi, among):
        found.extend((m, measure) for m in rx.finditer(low, lo, hi))
    for m, measure in found:
        if base < b and base <= m.start() < b:
            continue  # inside the share's base: "3.6 per cent of gross domestic product" is not GDP
        if m.start() >= b:
            d = len(_TOKEN.findall(text, b, m.start()))
        elif m.end() <= a:
            d = len(_TOKEN.findall(text, m.end(), a))
            if "," in text[m.end():a]:
                d += 1  # another clause's wording: "31 bodies were brought out, with six rescued"
        else:
            d = 0
        if d < best_d:
            best, best_d = measure, d
    left = [t for t in _TOKEN.finditer(text, lo, a)]
    for d, t in enumerate(reversed(left), 1):
        if d >= best_d:
            break
        mm = measure_of_word(t.group())
        if mm in _NEXT_TO_ONLY and d > 2:
            continue
        if mm and not _approximator(low, t):
            best, best_d = mm, d
            break
    for d, t in enumerate(_TOKEN.finditer(text, b, hi), 1):
        if d >= best_d:
            break
        mm = measure_of_word(t.group())
        if mm in _NEXT_TO_ONLY and d > 1:
            continue
        if mm and _INCLUDING.search(low, max(0, t.start() - 16), t.start()):
            continue  # "worth about €1.1bn including debt": what the sum takes in, not what it measures
        if mm and _modifier(text, t):
            continue  # "46 miners and six rescue personnel died": "rescue" names who the others are, no measure
        if mm and not _approximator(low, t):
            best, best_d = mm, d + 0.5  # a left verb governs more often than a right one at the same distance
            break
    return best, int(best_d)


#: two measures told as one count: "16,000 buildings were destroyed or damaged", "85,000 passengers had their flights
#: cancelled or held up", "40 people were killed or injured"
_EITHER = re.compile(r"\b([a-z-]+(?:\s+up)?)\s+(?:or|and/or)\s+([a-z-]+(?:\s+up)?)\b")
#: what a count of either of two measures is called
_EITHER_NAMES = {frozenset(("killed", "injured")): "casualties", frozenset(("cancelled", "delayed")): "affected"}


def _either_measure(low: str, lo: int, hi: int, measure: str) -> str:
    """The measure of a count told of either of two measures, one of them the figure's own ("destroyed or damaged":
    a count of its own, never the destroyed alone), else ``measure``."""
    for m in _EITHER.finditer(low, lo, hi):
        pair = [MEASURE_PHRASES.get(w) or measure_of_word(w) for w in (m.group(1), m.group(2))]
        if measure in pair and all(pair) and pair[0] != pair[1]:
            both = frozenset(pair)
            return _EITHER_NAMES.get(both) or " or ".join(sorted(both))
    return measure


_QUAKE_AT = re.compile(r"\b(?:measured|measures|put|puts|rated|rates|registered|recorded|estimated|estimates)\s+"
                       r"(?:the\s+(?:quake|earthquake|tremor|shock|main\s+shock)|it)\s+at\s+$")
_QUAKE = re.compile(r"\b(?:quake|earthquake|earthquakes|tremor|seismic|seismology)\b")
_GIVEN_MAGNITUDE = re.compile(r"\bthe\s+(?:powerful\s+|strong\s+|deadly\s+)?magnitude[\s-]*$")
#: "after the 7.2 magnitude quake", "the deadly 7.2-magnitude earthquake": the quake named by its size, told as known
_THE_BEFORE = re.compile(r"\bthe\s+(?:powerful\s+|strong\s+|deadly\s+|devastating\s+|massive\s+)?$")
_MAGNITUDE_AFTER = re.compile(r"[\s-]*magnitude\b")
_OR_GREATER = re.compile(r"\s+or\s+(?:greater|more|higher|above|stronger|larger|over)\b")
_AFTERSHOCK = re.compile(r"\b(?:aftershocks?|foreshocks?|(?:the\s+)?(?:strongest|largest|biggest|most\s+powerful)"
                         r"\s*,\s+of\s+magnitude)\b")
_WORTH_BEFORE = re.compile(r"\bworth\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+"
                           r"|over\s+|up\s+to\s+|at\s+least\s+)?$")
_COSTS_CUT_BY = re.compile(r"\b(?:lower|lowers|lowered|lowering|cut|cuts|cutting|reduce|reduces|reduced|reducing|trim"
                           r"|trims|trimmed|trimming|slash|slashes|slashed)\s+(?:its\s+|their\s+|the\s+|group\s+)?"
                           r"(?:[\w-]+\s+){0,2}?costs?\s+by\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+"
                           r"|almost\s+|more\s+than\s+|over\s+)?$")


#: a relative clause right after a count and the main verb after it: "(Three people) who had been detained on Tuesday
#: were (released)", "(17 patients) who were admitted on Monday have (died)"
_WHO_THEN_VERB = re.compile(r"\s+(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:been\s+)?[a-z]+(?:\s+(?!(?:were|are|was|is|have|"
                            r"had|has|remain|remained)\b)[\w'’-]+){0,6}?\s+(?:were|are|have|had|remain|remained)\s+(?:been\s+|now\s+"
                            r"|since\s+|later\s+|all\s+)?")


def _lead_len(told: str) -> int:
    """How many characters of a figure's text come before its number ("passed 45°C": 7)."""
    m = _FIRST_DIGIT.search(told)
    return m.start() if m else 0


_FIRST_DIGIT = re.compile(r"\d")
_MANY_PASSED = re.compile(r"\b(?:several|many|other|some|most|all|dozens\s+of|hundreds\s+of|a\s+number\s+of)\s+"
                          r"(?:[\w-]+\s+){0,8}?(?:passed|exceeded|topped|surpassed|crossed|went\s+above|rose\s+above"
                          r"|climbed\s+above)\s+(?:the\s+)?$")
_MANY_PASSED_WORDS = frozenset("passed exceeded topped surpassed crossed above".split())
_EQUITY = re.compile(r"\b(?:equity|shares)\b")
#: a key number opening its line, named by the words after its colon ("$39.8 billion: The total deficit")
_KEY_NUMBER = re.compile(r"\W{0,3}([^\s:][^:]{0,30}?)\s*:\s+(?=[A-Za-z])")
#: a subject's predicate after an aside that names some of it: "15 people from the region, including four health
#: workers, died", "..., among them two children, were injured"
_PREDICATE_AFTER_ASIDE = re.compile(r"(?P<pre>[^.;:,]{0,60}?),\s*(?:including|among\s+them|among\s+whom|mostly|mainly|largely"
                                    r"|(?:many|most|all|some)\s+of\s+them)\s+[^.;:,]{1,60},\s+"
                                    r"(?:had\s+|have\s+|has\s+|were\s+|was\s+)?(?:been\s+)?(?P<verb>[a-z]+)\b")
_INCLUDING_PART = re.compile(r",?\s+(?:including|among\s+them|of\s+whom|of\s+which|comprising|consisting\s+of"
                             r"|made\s+up\s+of)\s+(?:about\s+|around\s+|some\s+"
                             r"|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+)?$")
_INCLUDING = re.compile(r"\b(?:including|excluding|plus|incl\.?)\s+(?:its\s+|the\s+|all\s+|their\s+)?$")
#: measures a word names only for the figure right beside it: "the death toll from the magnitude 6.9 earthquake
#: rose to 687" gives the quake's magnitude and the toll, "at a depth of 14 km" the depth
_NEXT_TO_ONLY = frozenset(("magnitude", "depth", "altitude"))
#: how high or how deep: the only measures a distance keeps
_HEIGHTS = frozenset(("depth", "altitude"))


def _rain_window(claim: Claim) -> str:
    """How long the rain a rainfall counts fell for ("412 mm in 24 hours", "530 mm for the three days"), in days, as a
    rate the figure is told per: totals over two windows are two figures."""
    for v in claim.values:
        if v.kind == "duration" and isinstance(v.value, float):
            return f"/{v.value * DAYS_PER_UNIT.get(v.unit, 1.0):g}d"
    return ""


#: a negated verb governing the figure: "might not fall below", "did not reach", "will never exceed" (not "not more
#: than", "no fewer than": those bound the figure)
_FIG_NEGATED = re.compile(r"\b(?:not|never|n['’]t)\s+(?:yet\s+|be\s+|have\s+)?(?!more\b|less\b|fewer\b|over\b|under\b"
                          r"|above\b|below\b|quite\b|as\b)[a-z]+(?:\s+(?:back\s+)?(?:below|above|under|over|to|at|beyond"
                          r"|past))?\s+$"
                          # "none of the candidates received 50% of the votes": nobody's figure
                          r"|\b(?:none|neither)\s+of\s+(?:the|them|these|those)\s+(?:[a-z]+\s+)?(?:(?:had|has|have)\s+)?[a-z]+\s+$")
_FIG_NEGATED_WORDS = frozenset(("not", "never", "n", "none", "neither"))  # (the "n" of "n't")


#: measures that only say what befell people: never what a sum of money measures ("a fund for affected families")
_WHO_ONLY = frozenset(("affected", "injured", "evacuated", "displaced", "missing", "ill", "hospitalised"))
#: the only measures a speed keeps: a storm's sustained winds and its gusts
_WIND = frozenset(("wind speed", "gusts"))
_ZONE_BEFORE = re.compile(r"\b(?:exclusion|no-go|safety|security|(protection|surveillance|buffer|restrict(?:ion|ed)|control))"
                          r"\s+(?:zone|area|perimeter)\b|\bcordon\b|\b(?:fishing|shipping|trawling|bathing|swimming)\s+(ban)\b")
#: the closed areas whose radius a distance may give (the vocabulary's zones: exclusion, protection, surveillance, ...)
_ZONES = frozenset(m for m in MEASURE_PHRASES.values() if m.endswith(" zone")) | {"ban zone"}
#: the only measures a distance keeps: how high or deep, and how far a closed area reaches
_DISTANCE_MEASURES = _HEIGHTS | _ZONES | {"rainfall"}


def _approximator(low: str, t: re.Match[str]) -> bool:
    """Is the word part of an approximation ("close to half", "closer to 300")? Then it names no measure."""
    return t.group().lower() in ("close", "closer") and low.startswith(" to ", t.end())


_PROPER_RUN = re.compile(r"[A-Z][\w.&'’-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w.&'’-]*)*")
#: a wire report's dated dateline: an optional place (and its country), the day, the agency in brackets, a dash
#: ("KESSA, Nov 20 (Ostnet) -", "Nov. 13 (Ostnet) --")
_FILED = re.compile(r"(?:[A-Z][A-Za-z .'’-]{0,40},\s+){0,2}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                    r"\s+\d{1,2}(?:,\s+\d{4})?\s+\([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\)\s*[-—–]+\s*")


def filed_end(claim: Claim) -> int:
    """Where a wire dateline that opens the claim ends (0 without one): the day it names is the day the report was
    filed, not the day of what it tells ("Nov. 13 (Ostnet) -- ... imposed rationing" on the 12th)."""
    t = claim.text
    if "(" not in t[:60] or not t[:1].isupper():
        return 0
    m = _FILED.match(t)
    return m.end() if m is not None else 0


#: a dateline opening a report: "VOSSBERG -- ", "HALDEN (Northwire) - ", "TAMSEN, Orla: "
_LEAD_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,30}(?:,\s+[A-Z][\w .'-]{1,30})?\s*(?:\([^)]{1,40}\))?\s*(?:--|[-–—:])\s+")
#: a nation's short name used as an adjective ("U.S. regulators", "UK officials"): whose officials, not who
_NATION_BEFORE_NOUN = re.compile(r"(?:U\.S\.|US|UK|U\.K\.|EU|UN|U\.N\.)$")
#: verbs whose subject reports a figure rather than owns it ("the agency recorded 21,400", "police counted")
_REPORTING_VERBS = frozenset("said says told reported reports recorded records counted counts registered confirmed "
                             "confirms estimated estimates found finds showed shows published announced put puts "
                             # (who lists or tallies a figure reports it: "counting 298 vessels waiting", "listed 3,500
                             # people evacuated": the predicate after the noun says what befell them)
                             "counting listed lists listing tallied tallies tallying logged logs logging documented "
                             "recording reporting registering measured measuring saying adding telling confirming "
                             "estimating".split())

#: "the FRSA's tally stands at 36", "the ministry's count was 30,000": the possessive names who counted (a source, as
#: "the FRSA said" does), not whose the figure is
_COUNTER = re.compile(r"['’]s\s+(?:own\s+|latest\s+|revised\s+|official\s+)?(?:tally|tallies|count|counts|estimate|estimates"
                      r"|figure|figures|numbers|data|statistics)\b")


def _no_other_name(text: str, a: int, b: int, known: frozenset[str]) -> bool:
    """No capitalised word in ``text[a:b]`` but those of the names ``known`` (their keys), and no ";" or ":"
    opening another statement ("158 of its schools were shut; nationally 94 per cent were open")."""
    return not _STATEMENT_BREAK.search(text, a, b) and all(
        name_key(m.group()) in known for m in _CAPITAL_WORD.finditer(text, a, b))


#: "its" or "their" a few words before a figure: "raised its key interest rate by 0.25 points"
#: "37 of its nationals", "29 of their pilgrims": a country's part of the dead, the one the clause opens with (not "four of
#: its people are unaccounted for", "6,800 of its members walked out": a body's rival count of the whole)
_OF_ITS_AFTER = re.compile(r"\s+of\s+(?:its|their)\s+(?:[a-z]+\s+)?(?:nationals|citizens|pilgrims|subjects|compatriots"
                           r"|troops|soldiers|diplomats|athletes)\b")
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,5}?(?:by\s+|to\s+|of\s+|at\s+)?$")
_ITS_BEFORE_WORDS = frozenset(("its", "their"))


def _anchors(text: str, a: int, b: int, lo: int, hi: int, source: str) -> frozenset[str]:
    """Every name in a figure's clause before it (and "at/by/for X" after it): not the source it is attributed
    to, not a name that only reports it ("the agency recorded 21,400"), not a dateline, not dates."""
    dm = DATELINE.match(text)
    if dm and lo < dm.end():
        lo = dm.end()
    names: set[str] = set()
    for m in _PROPER_RUN.finditer(text, lo, a):
        after = _TOKEN.match(text, m.end() + 1) if m.end() < a else None
        if after and after.group().lower() in _REPORTING_VERBS:
            continue
        names.add(m.group())
    am = _OWNER_AFTER.match(text, b, hi)
    if am:
        names.add(am.group(1))
    src = source.lower()
    out = _name_keys(text, names, src)
    return out | _sources_own(text, a, b, lo, source)


def _sources_own(text: str, a: int, b: int, lo: int, source: str) -> frozenset[str]:
    """The source's name keys when the figure is told as its own: "the council said 158 of its 168 schools", or
    "Ardun's foreign ministry said 37 of its nationals had died" (Ardun's: the country its name says, not the
    ministry, every country has a foreign ministry)."""
    if not source:
        return _NO_KEYS
    if _ITS.search(text, lo, a):
        return _name_keys(text, {source}, "")
    if _OF_ITS_AFTER.match(text, b):
        named = " ".join(w for w in source.split() if w[:1].isupper())
        if named:
            return _name_keys(text, {named}, "")
    return _NO_KEYS


#: the option of a ballot a share of the votes went to: 'a 50.2% "yes" vote', '50.16% voted for the "yes" option', '49.8%
#: voted no' (a share of the votes is the option's, as a candidate's share is the candidate's)
_OPTION_AFTER = re.compile(r"\s*[\"“”'‘’]?(yes|no)[\"“”'‘’]?\s+(?:vote|votes|option|side|camp|ballots?)\b"
                           r"|\s+(?:of\s+(?:the\s+)?(?:voters|votes|ballots)\s+)?(?:voted|backed|chose|were\s+for)\s+"
                           r"(?:for\s+)?(?:the\s+)?[\"“”'‘’]?(yes|no)\b"
                           r"|\s+(?:of\s+(?:[a-z]+\s+){0,2}?(?:voters|votes|ballots|citizens)\s+)?voted\s+(in\s+favou?r)\b")
_OPTION_BEFORE = re.compile(r"\b(?:the\s+)?[\"“”'‘’]?(yes|no)[\"“”'‘’]?\s+(?:vote|votes|option|side|camp)\s+"
                            r"(?:won|got|received|took|secured|had|stood\s+at|was\s+at|was|with)\s+(?:about\s+|around\s+)?$")


def _vote_option(low: str, a: int, b: int, lo: int, hi: int) -> frozenset[str]:
    """{"option:yes"} or {"option:no"} when a share of the votes is told as an option's, else no keys."""
    m = _OPTION_AFTER.match(low, b, hi) or _OPTION_BEFORE.search(low, max(lo, a - 40), a)
    if m is None:
        return _NO_KEYS
    said = m.group(1) or m.group(2) or m.group(3)
    return frozenset((f"option:{'yes' if said.startswith('in') else said}",))  # ("voted in favour": yes)


def _table_label(text: str, source: str) -> frozenset[str]:
    """The name keys of a table line's opening label ("Tamsen - 412,300 of whom 201,000 are men": Tamsen's, every
    figure of the line; a label, though it opens the line), else none."""
    if not (text[:1].isupper() or text[:1] in " -*•"):
        return _NO_KEYS
    tm = _TABLE_LABEL.match(text)
    if tm and (tm.group(2) or tm.group(3) is not None) and tm.group(1).split()[0] not in _NOT_LIST_OWNER \
            and not (len(tm.group(1)) > 3 and tm.group(1).isupper()):  # (not a dateline: "ROME - 12 people ...")
        return _name_keys("", {tm.group(1)}, source.lower())
    return _NO_KEYS


def _owners(text: str, a: int, b: int, lo: int, hi: int, source: str, cwords: frozenset[str],
            label: frozenset[str]) -> frozenset[str]:
    """The names that say whose figure it is, written into its noun phrase: "Acme's 1,400 job cuts",
    "1,400 flights at Acme"; ``label``: the claim's :func:`_table_label`, read once for all its figures."""
    names: set[str] = set()
    # (a possessive needs its "'s", which most claims lack)
    pm = (_POSSESSIVE.search(text, lo, a) if "'s" in text or "’s" in text else None) or (
        _OWN_SUBJECT.match(text, lo, a) if not cwords.isdisjoint(_OWN_SUBJECT_WORDS) else None)
    if pm and not _COMPARED_WITH.search(text, max(0, pm.start() - 10), pm.start()):
        names.add(pm.group(1))  # (not "Albrecht's lead over Saal's party was 8,000 votes": Saal is who trails)
    am = _OWNER_AFTER.match(text, b, hi) or _MEMBERS_OF.match(text, b, hi) or _MEMBERS_AFTER.match(text, b, hi)
    if am and " at " in text[b - 1:am.start(1)] and _SOLD_BEFORE.search(text, max(lo, a - 40), a):
        am = None  # "sold for $92.4 million at the Ostby rooms": where it was sold, not whose the sum is
    if am and not _AND_OTHERS.match(text, am.end()):
        names.add(" ".join(w for w in am.group(1).split() if w[:1].isupper()))  # ("Union of Scotland": not "of")
    lm = _LIST_OWNER.search(text, max(lo, a - 40), a) if a > lo else None
    if lm and lm.group(1).split()[0] not in _NOT_LIST_OWNER:
        names.add(lm.group(1))  # ", VRX nearly 628,000 cars"
    if "(" in text[max(0, a - 2):a]:
        bm = _BRACKET_OWNER.search(text, max(0, a - 40), a)
        if bm and bm.group(1).split()[0] not in _NOT_LIST_OWNER:
            names.add(bm.group(1))  # "Halden (98,410), Orla (61,200)"
    out = _name_keys(text, names, source.lower()) | label
    rm = _RIVAL.search(text, max(lo, a - 80), a) if not (text.isascii() and cwords.isdisjoint(_RIVAL_WORDS)) else None
    if rm:
        out |= {name_key(rm.group(1).rstrip("sS"))}  # "the opposition's budget would spend ...": another actor's
        # figure than the story's own, unless the other report names that actor too ("Opposition leader X said")
    return out | _sources_own(text, a, b, lo, source)


_INNER_APPOSITION = re.compile(r",[^,]{1,80},(?=\s+(?:[a-z]+\s+){0,2}[a-z]+\s*$|\s+[a-z][^,]*$)")


def _agents(text: str, a: int, lo: int, source: str) -> frozenset[str]:
    """The subject just before the verb that governs the figure ("Acme cut 1,400 jobs", "the Court of Appeal
    reduced the fine to €1.9m", "Valmont on Thursday reported a 4.1% rise"): often whose figure it is, but
    also whoever acted on it, so it is weaker evidence than an owner."""
    names: set[str] = set()
    told = text  # (the text as written: the search below blanks an apposition)
    described = False  # a name described by an apposition ("Mozambique, across the border, has logged")
    if text.find(",", lo, a) >= 0:
        blanked = _INNER_APPOSITION.sub(lambda m: " " * len(m.group()), text[lo:a])
        described = blanked != text[lo:a]
        text = text[:lo] + blanked + text[a:]
    toks = list(_TOKEN.finditer(text, lo, a))
    k, steps = len(toks) - 1, 0
    while k >= 0 and steps < 5 and (not toks[k].group()[0].isupper() or _stop_word(toks[k].group())):
        k -= 1
        steps += 1
    if k >= 0 and 1 <= steps <= 4:
        j = k
        while j > 0 and toks[j - 1].group()[0].isupper() and (toks[j].start() - toks[j - 1].end() <= 1 or text.startswith(
                " & ", toks[j - 1].end()) and toks[j].start() - toks[j - 1].end() == 3):
            j -= 1  # (a name's words joined by an ampersand are one name: "Standard & Poor's", "Procter & Gamble")
        after = toks[k + 1].group().lower() if k + 1 < len(toks) else ""
        if _EVENT_PLACE_BEFORE.search(text, max(0, toks[j].start() - 40), toks[j].start()) \
                or _CAUSE_OF_BEFORE.search(text, max(0, toks[j].start() - 50), toks[j].start()) \
                or _EVENT_AFTER.match(text, toks[k].end()):
            return frozenset()  # "killed in the derailment near Ribeira", "the Harlow floods": where, not who
        counter = _COUNTER.search(text, toks[k].start(), a) is not None
        if after not in _REPORTING_VERBS and not counter and not _COMPARED_WITH.search(text, max(0, toks[j].start() - 10),
                                                                         toks[j].start()) \
                and not _described(text, toks[j].start(), toks[k].end()):
            names.add(text[toks[j].start():toks[k].end()])
            if described and text[toks[k].end():toks[k].end() + 1] == " " and not text[lo:toks[j].start()].strip():
                return _name_keys("", names, source.lower())  # (not just a sentence's capitalised first word)
    if not names and _SAID_IT_WORDS.search(told, lo, a) and (sm := _SAID_IT.search(told, lo, a)) is not None \
            and told.find(",", sm.end(), a) < 0 and sm.group(1) not in _REPORTED_ACTORS:
        # "Dorvik said it would cut output by 230,000 bpd": who says what it will do is whose figure it is, though it is
        # the claim's source too
        return _name_keys("", {sm.group(1)}, "")
    return _name_keys(text, names, source.lower())


#: a named actor telling its own plan ("The Orla Union said it would cut production by 96,000 bpd", "Valmont announced that it
#: plans to hire 300"): the actor is whose figure it is (not what it says it has done: "the committee said it had
#: documented 19 deaths" is who counted, not whose deaths)
_SAID_IT = re.compile(r"(?:^|(?<=[\s(\"“]))(?:[Tt]he\s+)?([A-Z][\w'’.&+-]*(?:\s+[A-Z][\w'’.&+-]*){0,3})\s+"
                      r"(?:(?:said|says|announced|announces|confirmed|confirms)\s+(?:on\s+[A-Z][a-z]+\s+)?(?:that\s+)?it\s+"
                      r"|(?:also\s+)?)(?:would|will|plans|planned|intends|intended|has\s+agreed\s+to|agreed\s+to)\b")
_SAID_IT_WORDS = re.compile(r" (?:wil|wou|pla|int|agr)")  # (a cheap test before _SAID_IT)
_REPORTED_ACTORS = frozenset("Reuters AP AFP Bloomberg Police Official Officials He She They It This That Source Sources".split())


#: sentence-initial words that the texts being compared show to be names (see :func:`proper_first_words`)
PROPER_FIRST: ContextVar[frozenset[str]] = ContextVar("PROPER_FIRST", default=frozenset())
#: (the lookbehind after the first letter says, of the letter before it, what "(?<![\w'’-])" would say before it:
#: the engine then tries it at lower-case letters only)
_LOWER_WORD = re.compile(r"[a-z](?<![\w'’-][a-z])[a-z'’-]+")
FIRST_WORD = re.compile(r"\W*([A-Z][a-z][\w'’-]*)")


def proper_first_words(texts: list[str]) -> frozenset[str]:
    """The capitalised first words of ``texts`` that are names: never written in lower case anywhere in them
    and no word of the measure vocabulary ("Casilonia has a population of", not "Revenue rose")."""
    runs: set[str] = set()  # (no word spans a space: each distinct run of non-space characters is read once)
    firsts: set[str] = set()
    for t in texts:
        runs.update(t.split())
        m = FIRST_WORD.match(t)
        if m and not (m.group(1).endswith("ly") and t.startswith(",", m.end())):  # "Reportedly, ...": no name
            firsts.add(m.group(1))
    lower = set(chain.from_iterable(map(_LOWER_WORD.findall, runs)))
    return frozenset(w for w in firsts if len(w) > 2 and w not in _NAME_STOP and w.lower() not in lower
                     and not measure_of_word(w) and w.lower() not in CHANGE_WORDS and w.lower() not in FUTURE_WORDS
                     # "Prosecutors have opened an investigation" where "the district prosecutor" is written too: the
                     # plural of a common noun, no name
                     and not (w.endswith("s") and (sg := lemma(w.lower())) != w.lower()
                              and (sg in lower or sg + "'s" in lower or sg + "’s" in lower)))


_NO_KEYS: frozenset[str] = frozenset()


def acronym(words: list[str]) -> str:
    """The initials of a name of two to five capitalised words ("National Alternative" -> "na", "World Health
    Organization" -> "who"), the key its short form has; "" for one word."""
    if any(w.endswith(("'s", "’s")) for w in words[:-1]):
        return ""  # "Russia's Defense Ministry": two names, not one
    caps = [w for w in words if w[:1].isupper() and w not in ("of", "the", "and", "for")]
    return "".join(w[0].lower() for w in caps) if 2 <= len(caps) <= 5 else ""


def _name_keys(text: str, names: set[str], exclude: str) -> frozenset[str]:
    if not names:
        return _NO_KEYS
    out = set()
    proper = PROPER_FIRST.get()
    for n in names:
        words = [w for w in n.split() if not _stop_word(w) and len(w) > 1]  # ("by Monday.", "Saturday's")
        if not words or (len(words) == 1 and text.startswith(words[0]) and words[0][1:].islower()
                         and words[0] not in proper):
            continue  # a sentence's first word is capitalised anyway ("Revenue rose 12%")
        for w in words:
            key = name_key(w)
            if key and key not in exclude:
                out.add(key)
        short = acronym(words)
        if short and short not in exclude:
            out.add(short)  # "the National Alternative" is "the NA" in the next report
    return frozenset(out)


def place_keys(name: str) -> frozenset[str]:
    """The keys a place's name gets in a figure's frame (as :func:`_places` writes them)."""
    return _name_keys("", {name}, "")


#: "158 of its 168 schools", "its own starting pay to": the figure is the source's own
_ITS = re.compile(r"(?=[it])\b(?:its|their)\b(?:\s+own\b(?:\s+\w+){0,3}|(?:\s+\w+){0,2})\s*$")
#: kinds of area a place may be named by before its name ("the regional capital, Brennau"), each a part of a whole
_AREA_PARTS = "capital|city|town|village|district|county"
_PLACE = re.compile(r"(?=[IiAaTtNn])\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Aa]round|[Nn]ear)\s+(?:the\s+)?(?P<nb>(?:neighbou?ring|nearby)\s+)?"
                    # "In the regional capital, Brennau, ...", "in the city of Brennau": the area named by its kind, then its name
                    rf"(?:(?:[a-z]+\s+){{0,2}}(?:{_AREA_PARTS}|region|province|state)(?:,\s+|\s+of\s+))?"
                    r"(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?"  # "across southern Africa"
                    r"([A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,2})")
#: a site named by its kind after "at": "at Tarvel air base", "at Heathrow airport", "at the Kessel substation"
_AT_SITE = re.compile(r"\bat\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:air\s+base|airbase|airport|station"
                      r"|substation|port|plant|mine|depot|base|hospital|stadium|camp|prison|factory|refinery|dam"
                      r"|observatory|border\s+crossing)\b")
_AREA_SUBJECT = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:district|province|county|region|prefecture"
                           r"|municipality)\b(?!\s+(?:of|court|council|office|police|hospital|authority)\b)")
#: a figure told as another actor's than the story's own: the opposition's, a rival's, a competitor's
_RIVAL = re.compile(r"(?=[ocrsp])\b(opposition|rivals?|competitors?|suppliers?|peers?)(?:['’]s?)?\s"
                    # (not the source of the figure: "The opposition said the changes would cost a household EUR 430")
                    r"(?!(?:also\s+|again\s+|has\s+|have\s+)?(?:said|says|claim|claims|claimed|argued|argues|warned"
                    r"|warns|estimated|estimates|calculated|calculates|told|insisted|insists|put|puts)\b)", re.I)
#: (case-blind: its words are looked up only in an ASCII claim, where every case of them lower-cases to them)
_RIVAL_WORDS = frozenset("opposition rival rivals competitor competitors supplier suppliers peer peers".split())
_NOT_PLACE = re.compile(r"['’]s\b")
#: a subordinate clause closed by a comma: "as trading opened in Ostby, " (what is in it is not the figure's)
_CLOSED_SUBORDINATE = re.compile(r"\b(?:as|when|after|before|because|while|since|although|though|until)\s[^,;]{1,100},\s+")
#: "said the death toll in Dorvik had risen": the reported clause opens on its subject, its place is the figure's
_SAID_THE = re.compile(r"(?:said|says)\s+(?:the|a|an|its|their)\s+[a-z]")
#: a named area of the place before: "in Velmar's Ostia province", "in Dornland's Kessa state"
_POSSESSIVE_AREA = re.compile(r"['’]s\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:state|province|district|region|county"
                              r"|prefecture|governorate|oblast)\b")
#: another place of a list after one: ", Ostia", " and Dornland", then a break or a small word (not a verb: "in Velmar
#: and Dornland rose" is as often "in Velmar, and Dornland's toll rose"; not "and Dornish officials")
_MORE_PLACE = re.compile(r"(?:,\s+|,?\s+and\s+)([A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,2})"
                         r"(?=[,.;:)]|\s+(?:on|in|at|from|by|since|so|after|before|during|over|last|this|and|or|as|with"
                         r"|to|where|when|while|which|alone|combined|together|respectively)\b|\s*$)")
#: a place a "where" clause belongs to, the figure inside the clause: "over Dornland, where at least five people died"
_WHERE_PLACE = re.compile(r"\b([A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,2}),?\s+where\s+[^,;:]{0,80}$")
#: a place named as the story's neighbour ("in neighbouring Mersk") is never the story's own place: its key is
#: marked so that it matches no main name and no unmarked mention
NEIGHBOUR_MARK = "~"
#: the place key of a figure told for an unnamed part of the country ("the capital's pass rate", "in the region the
#: figure was 30.8%"): never the whole country's figure, and no clash with a place the other report names
SUB_AREA = "@area"
#: the place key of another site told without its name ("at a nearby resort", "in a neighbouring village")
OTHER_SITE = "@other"
_OTHER_SITE = re.compile(r"\b(?:at|in|on|near)\s+(?:a|another)\s+(?:nearby|neighbouring|neighboring|separate|different)\s+"
                         r"(?:[a-z-]+\s+)?(?:resort|village|town|city|mine|plant|factory|site|farm|school|hospital|prison|"
                         r"building|area|valley|region|district|county|province|island|port|station|stadium|camp)\b"
                         r"|\bat\s+another\s+(?:resort|mine|plant|factory|site|farm|school|hospital|prison|stadium|camp)\b")
_OTHER_SITE_WORDS = frozenset("nearby neighbouring neighboring separate different another".split())
#: an unnamed part of the country said as whose figure it is: "the capital's pass rate", "the region's share"
OWN_AREA = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:capital|region|province|county|district)(?:['’]s\b|\s+region\b)")
_SUB_AREA = re.compile(OWN_AREA.pattern
                       + r"|\b[Ii]n\s+the\s+(?:capital|region|province|county|district)\b(?!\s+(?:of\b|[A-Z]))")
#: "61 people were arrested here": a participle right after the figure, then "here" (not in a quotation's run: "'20
#: were killed here,' she said" ends on a quote mark; nor "the aid has yet to reach the ground here": the aid's verb)
_HERE = re.compile(r"\b[a-z]+(?:ed|en)\s+here\b(?![,'’\"”])")
#: a count followed or preceded by another count of another kind, joined by "and" ("46 miners and six rescuers died",
#: "11 miners and three rescuers"): each a part of the whole told apart
_COUNT_WORD = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of)"
_LISTED_AFTER = re.compile(r"\s+and\s+(?:about\s+|some\s+|at\s+least\s+|another\s+)?" + _COUNT_WORD + r"\s+[a-z]")
_LISTED_BEFORE = re.compile(_COUNT_WORD + r"\s+(?:[a-z-]+\s+){1,2}and\s+(?:about\s+|some\s+|at\s+least\s+|another\s+)?$")
#: "In the regional capital, Brennau, turnout reached 71%": a place named by its kind is a part of the whole
_PART_PLACE = re.compile(rf"(?=[Ii])\b[Ii]n\s+the\s+(?:[a-z]+\s+){{0,2}}(?:{_AREA_PARTS}),\s+[A-Z]")
#: "only 39 of the 128 dead have been identified", "nine of the 41 victims were children": a part of a toll the sentence
#: gives (not "5,300 of its 7,600 dockworkers stayed away": a workforce is no toll, the predicate tells what is counted)
_OF_A_TOLD_TOLL = re.compile(r"\s+of\s+(?:the|its|their|these|those)\s+(?:[a-z-]+\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven"
                             r"|eight|nine|ten|eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty)(?:-[a-z]+)?)\s+(?:dead|deaths|fatalities"
                             r"|victims|casualties|injured|wounded|missing|cases|infections|arrests|detainees)\b")
#: "Three of them were killed in road accidents", "two of whom died": a part of the people the sentence before told (of a
#: toll only: "12 of them were taken to hospital" is the whole count of another measure)
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those|these)\b(?!\s+(?:days|years|months|weeks|cases|items|who|that|which"
                      r"|whose|killed|dead)\b)")  # (not "two-thirds of those who died": the group itself)
#: "Out of these, 14 people died during the last 24 hours": a part of the dead the sentence before has told (of a
#: toll only: "Of those, 29 remained in hospital" is the whole count of another measure)
_OUT_OF_THESE = re.compile(r"\W*(?:[Oo]ut\s+of|[Oo]f|[Aa]mong)\s+(?:these|those|them|whom)\s*,\s")
#: "cancelled 274 of its own flights": the owner's part of what the story counts in all
_OF_ITS_OWN = re.compile(r"\s+of\s+(?:its|their|his|her)\s+own\b")
#: "Seven other officers were injured", "two other men": the rest of a group of people, besides one told apart ("700
#: other flights were delayed" tells its measure apart from the cancelled, not a part of the delayed)
_OTHER_IN = re.compile(r"(?i:\s+other\s+[a-z])")
#: "on Tuesday alone", "in the capital alone": the figure covers a part of what another report counts
_PART = re.compile(r"\b(?:(?:in|on|at|for|from|during)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+alone\b"
                   # "Between July 15 and July 22 alone", "and 89 lay dead in Hathras itself": a span or a place told
                   # apart from the whole
                   r"|\b(?:between|from)\s+[\w'’ -]{3,30}?\s+(?:and|to|until)\s+[\w'’-]+(?:\s+\d{1,2})?\s+alone\b"
                   # "at least 11 more died this past Saturday alone": a day told apart without "on"
                   r"|\b(?:this\s+past|last|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend"
                   r"|week|month|year|night)\s+alone\b"
                   r"|\bin\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+itself\b"
                   # "Heart-failure hospitalisations alone fell by 32%": the kind named is a part of the count
                   r"|[a-z-]+(?:ations|ions|ssions)\s+alone\b"
                   # "Aldveit Mutual said it alone had received 18,900 claims": one member's part of the whole
                   r"|\b(?:it|they)\s+alone\b)")
#: a named place as the subject, told apart from the rest ("Blantyre district alone now has 2,100 cases"); a
#: capitalised word opening the sentence may be a common noun ("Tariffs alone cost €1.1bn" is no place)
_NAMED_PART = re.compile(rf"(?<=\w\s)[A-Z][\w'’-]+(?:\s+(?:{_AREA_PARTS}|province|region|state|area))?\s+alone\b"
                         rf"|\b[A-Z][\w'’-]+\s+(?:{_AREA_PARTS}|province|region|state|area)\s+alone\b")
#: a neighbouring place as the subject ("Neighbouring Mozambique has reported 3,150 cases")
_NEIGHBOUR_SUBJECT = re.compile(r"\b(?:[Nn]eighbou?ring|[Nn]earby)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_NEIGHBOUR_WORDS = frozenset(("neighbouring", "neighboring", "nearby"))


#: the story's event: a place right after it ("the derailment near Ribeira", "the Talvora floods") says where the
#: event happened, which every report of it shares; it does not make a figure a part of the whole
_EVENTS = (r"derailment|crash|collision|accident|floods?|flooding|fires?|wildfires?|blaze|earthquake|quake|explosion"
           r"|blast|attack|storm|outbreak|disaster|shooting|landslide|eruption|strike|walkout|cyclone|hurricane|typhoon"
           r"|tornado|tsunami")
#: "the 174-seat Dail", "the 650-seat House of Commons": a chamber named by its size
_SEAT_ADJECTIVE = re.compile(r"-(?:seat|member)\s+[a-z]")
#: a toll told in a restrictive relative clause about the event: "the stadium stampede that has killed 131 people", "two
#: trains that collided head-on late Tuesday, killing at least 57" (", which claimed 44 lives by Thursday" adds a fact)
_TOLL_IN_PASSING = re.compile(r"(?<!,)\sthat\s+(?:((?:[\w'’-]+\s+){0,8}?)(?:has\s+|have\s+|had\s+)?(?:killed|left|claimed)"
                              r"|(?:[\w'’-]+\s+){0,12}?[\w'’-]+,\s+(?:killing|leaving))\s+"
                              r"(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$")
#: the event such a clause is about, named before it or in it
_EVENT_WORD = re.compile(rf"\b(?:{_EVENTS}|stampede|crush|sinking|bombing|massacre|siege|tragedy|collapse|collided"
                         r"|crashed|capsized|sank|exploded|collapsed|erupted|derailed|struck|hit|swept|tore)\b")
#: a verb of its own in the clause before the toll ("a fire that engulfed the estate has killed 36": the toll is the
#: sentence's own), or a year naming a past event ("the 1960 tsunami that killed 61": that event's toll, the claim)
_CLAUSE_OWN_VERB = re.compile(r"\b(?:[a-z]+ed|is|was|are|were|be|been|swept|struck|hit|tore|began|spread|broke)\b")
_YEAR_NAMED = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
#: a toll told as of a moment ("wildfires that have killed 22 people since Monday", "so far"): the count reported
_TOLL_AS_OF = re.compile(r"[^.;:!?]*?\b(?:since|so\s+far|as\s+of|by\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")


def _toll_in_passing(low: str, a: int) -> bool:
    """Is the toll at ``a`` told in a restrictive relative clause about the event, in a sentence that reports
    something else?"""
    lo = max(0, a - 240)
    m = _TOLL_IN_PASSING.search(low, lo, a)
    if m is None or (m.group(1) and _CLAUSE_OWN_VERB.search(m.group(1))):
        return False
    return _EVENT_WORD.search(low, max(lo, m.start() - 60), a) is not None and \
        _YEAR_NAMED.search(low, max(lo, m.start() - 60), a + 80) is None and \
        _TOLL_AS_OF.match(low, a, a + 60) is None


#: a storm named by its kind ("in Cyclone Ilvane", "during Hurricane Mara"): an event, not a place
_NAMED_STORM = re.compile(r"(?:Cyclone|Hurricane|Typhoon|Storm|Tropical\s+Storm|Tornado|Tsunami)\b")
_EVENT_BEFORE = re.compile(rf"\b(?:{_EVENTS})\s+$", re.I)
_EVENT_AFTER = re.compile(rf"\s+(?:{_EVENTS})\b", re.I)
#: measures a span of time is never told of: casualties and money ("Kessa will hold three days of mourning for the
#: dead", "the eight months she had spent awaiting her trial")
_NO_SPAN_MEASURES = frozenset(
    "killed missing injured casualties hospitalised critical rescued ill "
    "spending cost paid price revenue profit loss fine damages savings budget invested raised debt deficit surplus tax "
    "wages value bought sold provision repaid".split())
#: (a place name of several words may hold a lower-case particle: "near Ribeira de Aldeia")
_EVENT_PLACE_BEFORE = re.compile(rf"\b(?i:{_EVENTS})\s+(?i:near|in|at|outside|off|on)\s+(?:the\s+)?"
                                 r"(?:[A-Z][\w'’-]*\s+(?:(?:de|da|do|del|di|la|le|van|von|of)\s+)?"
                                 # "a wildfire in the US state of Oregon", "a blast in the city of Kellen"
                                 r"|(?:state|province|region|county|district|city|town|village)\s+of\s+){0,4}$")
#: what a passive figure was caused by: "ships stranded by the grounding of the Ardent Horizon", "homes flooded after
#: the collapse of the Kell dam": the thing the event happened to, not whose figure it is
_CAUSE_OF_BEFORE = re.compile(r"\b(?:by|after|since|following)\s+the\s+[a-z]+(?:ing|ure|ion|se)\s+of\s+(?:the\s+)?$")
#: a name that ends in an event's word is the event's name ("died in the Tolliver Fire"), not a place
_EVENT_NAME = re.compile(rf"\s(?:{_EVENTS})$", re.I)


#: a subordinate clause after a figure tells what happened around it ("rose to 19 after bodies were found near
#: Rost"): a place named there is not where the figure is
_SUB_CLAUSE = re.compile(r"(?=[abwsuc,])(?:\b(?:after|before|when|since|until|because)\s"
                         # ", as the automaker sold fewer cars in China": the cause told beside the figure
                         r"|,\s+as\s+(?:the|a|an|its|their|it|they|he|she|[A-Z])\b"
                         # "is home to 390,000 people and is the region's commercial centre": a second predicate
                         r"|\band\s+(?:is|was|are|were|has|have|had|will|would)\s)")
#: where the speaker spoke ("Valadares told a news conference in Lisbon", "said in Brussels", "speaking in Rome"),
#: and where only some of what is counted is ("5,100 damaged houses, many of them in Kellen"): neither is the
#: figure's place
_SPEAKER_PLACE = re.compile(r"\b(?:said|says|told|telling|speaking|spoke|announced|addressing|briefing)\b"
                            r"(?:\s+[\w'’]+){0,4}\s*$|\b(?:many|most|some|several|half|all|none|one|two|three)"
                            r"\s+of\s+(?:them|which|those)\b[^,;.]{0,40}$", re.I)


#: a sentence opening with a subordinate clause ("When results were presented in Lisbon, the team reported 15%")
_LEADING_CLAUSE = re.compile(r"\W*(?:When|After|Before|Since|As|While|Although|Though|If|Once|Until)\s[^,]{3,160},\s")


#: "Of the people enrolled, 15,932 were included": the group the figure is a part of, not what governs it
LEADING_PARTITIVE = re.compile(r"\W*[Oo]f\s+(?:the|those|these|all|its|their)\s+[^,]{2,80},\s")


def _partitive(text: str, a: int, lo: int) -> tuple[int, frozenset[str]]:
    """A leading partitive phrase before the figure ("Of the people enrolled, 15,932 were included"): where the
    word governing the figure may be looked for (after the phrase, else ``lo``), and the keys of the group's
    words as heads are keyed ("enrolled" -> its synonym group's "recruit"; empty when there is no phrase)."""
    m = LEADING_PARTITIVE.match(text, lo)
    if m is None or m.end() > a:
        return lo, frozenset()
    # (who the group is, "the people", "those", says nothing of what it is: "enrolled" does)
    return m.end(), frozenset(canon(w) for w in (t.lower() for t in _TOKEN.findall(text, m.start(), m.end()))
                              if w not in STOPWORDS and w not in _WHO_WORDS and len(w) >= 3)


_WHO_WORDS = frozenset("people person persons those ones individuals".split())


#: "In a ballot that closed last week, 94 per cent ...", "The union, which represents 9,000 teachers, said 4,000
#: ...": a relative clause ended by a comma before the figure describes a noun, it does not measure the figure
_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|who|whose)\s[^,;]{1,80},\s+")


_RELATIVE_OPEN = re.compile(r"\b(?:that|which|who|whose)\s*$")


def _relative_clause_end(low: str, a: int, lo: int) -> int:
    """Where a figure's measure may be looked for: after any relative clause that ends before it."""
    end = lo
    if _RELATIVE_OPEN.search(low, max(0, lo - 8), lo):  # (the clause the figure is in may open after "that")
        comma = low.rfind(", ", lo, a)
        if comma >= 0:
            end = comma + 2
    for m in _RELATIVE_CLAUSE.finditer(low, end, a):
        end = m.end()
    return end


def _leading_clause_end(text: str, a: int, lo: int) -> int:
    """Where a figure's places may start: after a leading subordinate clause the figure is not in."""
    m = _LEADING_CLAUSE.match(text)
    return max(lo, m.end()) if m and m.end() <= a else lo


def _subordinate_start(text: str, b: int, hi: int) -> int:
    m = _SUB_CLAUSE.search(text, b, hi)
    return hi if m is None else m.start()


def _inside_relative(text: str, lo: int, pos: int) -> bool:
    """Is ``pos`` inside a closed relative clause (", which runs the region's trams,") after ``lo``?"""
    for m in _RELATIVE_CLAUSE.finditer(text, lo, pos + 120):
        if m.start() <= pos < m.end():
            return True
    if _RELATIVE_OPEN.search(text.lower(), max(0, lo - 8), lo):  # (the clause opens after "that", the figure's later)
        comma = text.find(", ", lo)
        return 0 <= pos < comma
    return False


def _places(text: str, lo: int, hi: int, cwords: frozenset[str], a: int = -1) -> tuple[frozenset[str], bool]:
    """Places a figure is located in: "in Glasgow", "across Scotland" in its clause, or a sentence that opens
    with one ("In Edinburgh, 112 schools ..."); every place of a list ("in Velmar and Dornland"), and the place a
    "where" clause the figure is in belongs to ("over Dornland, where five died"). Not a place inside an aside
    closed before the figure ("Storm Halden, which came ashore near Ostby, has killed 26 in Velmar": where the
    storm came ashore, not where the 26 died), nor in a subordinate clause closed before it, nor where a speaker
    spoke ("told reporters in Velmar"; but "said the toll in Dorvik rose" is Dorvik's). And whether a list named
    them (FigureFrame.several)."""
    # (a kind of area, which every match of _AREA_SUBJECT and of _SUB_AREA names: most claims name none)
    areaish = "region" in text or "district" in text or "county" in text or "province" in text
    found = list(_PLACE.finditer(text, lo, hi))
    m = _PLACE.match(text)
    if m:
        found.append(m)
    asides = list(_RELATIVE_CLAUSE.finditer(text, lo, a)) if a > lo else []
    if a > lo and ", " in text[lo:a]:  # "jumped as trading opened in Ostby, climbing 8%": the clause's
        asides.extend(_CLOSED_SUBORDINATE.finditer(text, lo, a))  # place, not the figure's
    found = [m for m in found if not _EVENT_BEFORE.search(text, max(0, m.start() - 24), m.start())
             and not _EVENT_AFTER.match(text, m.end(2))  # where the event happened, not a part of it
             and not _EVENT_NAME.search(m.group(2)) and not _NAMED_STORM.match(m.group(2))
             and not ((sp := _SPEAKER_PLACE.search(text, max(0, m.start() - 48), m.start())) is not None
                      and not sp.start() < a < m.start()  # ("said three people had died in Ostia": where they died)
                      and not _SAID_THE.match(text, sp.start()))
             and not any(r.start() <= m.start() < r.end() for r in asides)]
    names = {m.group(2) for m in found if not m.group("nb") and not _NOT_PLACE.match(text, m.end(2))
             and m.group(2).split("-")[0] not in _NAME_STOP}  # not "in the July-September period", "in the WHO's"
    for m in found:  # "in Velmar's Ostia province": the province, inside the country
        if not m.group("nb") and (pm := _POSSESSIVE_AREA.match(text, m.end(2))) is not None:
            names.update((m.group(2), pm.group(1)))
    several = False
    for m in found:
        if m.group("nb") or m.group(2) not in names:
            continue
        end = m.end(2)
        while (more := _MORE_PLACE.match(text, end, hi)) is not None and not _NOT_PLACE.match(text, more.end(1)) \
                and more.group(1).split()[0] not in _NAME_STOP and not _described(text, more.start(1), more.end(1)):
            names.add(more.group(1))  # "in Velmar, Ostia and Dornland"
            end = more.end(1)
            several = True
    if a > lo and " where " in text[lo:a]:
        wm = _WHERE_PLACE.search(text, max(lo, a - 110), a)
        if wm is not None and wm.group(1).split()[0] not in _NAME_STOP and not _described(text, wm.start(1), wm.end(1)):
            names.add(wm.group(1))
    # an area named with its kind as the subject ("Blantyre district has reported 1,960 cases")
    if areaish or "prefecture" in text or "municipality" in text:
        names.update(m.group(1) for m in _AREA_SUBJECT.finditer(text, lo, hi))
    names.update(m.group(1) for m in _AT_SITE.finditer(text, lo, hi))  # "measured at Tarvel air base"
    keys = _name_keys(text, {n for n in names if n.split()[0] not in _NAME_STOP}, "")
    sub = _SUB_AREA.search(text, lo, hi) if areaish or "capital" in text else None
    while sub is not None and _inside_relative(text, lo, sub.start()):
        sub = _SUB_AREA.search(text, sub.end(), hi)  # ("KorsLink, which runs the region's trams, ran a deficit": who)
    if sub is not None and not _WHOLE_PLACE.search(text.lower(), lo, hi):
        keys = keys | {SUB_AREA}  # "the capital's pass rate", "in the region": some part of the country, unnamed
    elif " here" in text and a >= 0 and _HERE.search(text, a, min(hi, a + 60)) is not None and not _WHOLE_PLACE.search(
            text.lower(), lo, hi):
        keys = keys | {SUB_AREA}  # "61 people were arrested here": where the reporter is, a part of the whole
    if not cwords.isdisjoint(_OTHER_SITE_WORDS) and _OTHER_SITE.search(text, lo, hi):
        keys = keys | {OTHER_SITE}  # "at a nearby resort", "in a neighbouring village": another place, unnamed
    far = {m.group(2) for m in found if m.group("nb")}
    if not cwords.isdisjoint(_NEIGHBOUR_WORDS):
        far.update(m.group(1) for m in _NEIGHBOUR_SUBJECT.finditer(text, lo, hi))
    if far:
        keys = keys | {NEIGHBOUR_MARK + k for k in _name_keys(text, far, "")}
    return keys, several


#: a people's adjective before a common noun ("the Dutch forward", "a Swedish company"): a description, not a name
_DEMONYM_THEN_NOUN = re.compile(r"(?:The\s+|A\s+|An\s+)?([A-Z][a-z]+)\s+[a-z]")


def _described(text: str, start: int, end: int) -> bool:
    """Is the capitalised run ``text[start:end]`` only a people's adjective describing the lower-case noun after it?"""
    d = _DEMONYM_THEN_NOUN.match(text, start)
    if d is None or d.end(1) != end:
        return False
    w = d.group(1).lower()
    return w in DEMONYMS or _DEMONYM_SUFFIX.fullmatch(w) is not None


#: the endings of a people's adjective ("Tervanian", "Chinese", "Swedish", "Mexican", "German")
_DEMONYM_SUFFIX = re.compile(r"[a-z]{3,}(?:ian|ean|ese|ish|can|man)")


def _peoples(text: str, v: Value, a: int, lo: int) -> frozenset[str]:
    """The peoples a count names in its own words ("98 Tervanian prisoners", "80 Olmerians": capitalised words after
    the number) or as what it is the number of ("raised the number of Tervanians it had released to 112")."""
    words = v.text.split()[1:]
    named = [w for w in words if w[:1].isupper() and w[1:2].islower()]
    if not named:
        m = _NUMBER_OF_PEOPLE.search(text, lo, a)
        named = [m.group(1) or m.group(2)] if m else []
    if not named and (wm := _WERE_PEOPLE.match(text, a + len(v.text))) is not None \
            and _DEMONYM_SUFFIX.fullmatch(wm.group(1).lower()):
        named = [wm.group(1)]  # "Eight of the dead were Kelvarian citizens": the people the part is of
    if not named and ("citizens" in text or "nationals" in text) \
            and _CITIZENS.search(text, lo, min(len(text), a + len(v.text) + 40)):
        # "The Kelvarian foreign ministry has lowered its count of citizens killed to nine": whose citizens the
        # clause's people adjective says
        named = [w for w in _CAPITALISED.findall(text, lo, a) if _DEMONYM_SUFFIX.fullmatch(w.lower())][-1:]
    return frozenset(name_key(w)[:4] for w in named) if named else _NO_KEYS


_CITIZENS = re.compile(r"\b(?:citizens|nationals)\b")
_WERE_PEOPLE = re.compile(r"\s+(?:of\s+(?:the|them|those)(?:\s+[a-z]+)?\s+)?(?:were|are)\s+([A-Z][a-z]{3,})\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")


#: "the number of Tervanians it had released": a count of a people named after "number of"
_NUMBER_OF_PEOPLE = re.compile(r"\b(?:number|count|total|tally|toll)\s+of\s+([A-Z][a-z]+(?:s|ese|ish|ian|an|i))\b"
                               # "the number of Nubarian dead", "the count of Indrapuran pilgrims": the people's adjective
                               r"|\b(?:number|count|total|tally|toll)\s+of\s+([A-Z][a-z]+(?:ian|an|ese|ish|i))\s+(?:dead|victims"
                               r"|pilgrims|nationals|citizens|fatalities|deaths|casualties)\b")


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """A name word folded for comparison: case, possessive and endings ("Russia's", "Russian" -> "russi")."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = re.sub(r"[^\w]", "", w)
    return DEMONYMS.get(w, w)[:5]


#: "is cutting", "are lifting": the actor's plan in the present tense (RELATIONS.md §1: an intention, any tense)
_PROGRESSIVE = re.compile(r"\b(?:is|are|(?:it|he|she|that|there|who|what)['’]s)\s+(?:\w+ly\s+)?(\w{3,}ing)\b")
#: progressives that tell a state or what befalls the subject, no plan of its own: "is losing about $14 million a
#: day", "is carrying 2,134 passengers", "are sheltering 3,000 people", "is running at 4.1%"
_STATE_ING = frozenset("losing carrying holding housing sheltering treating caring hosting employing serving facing "
                       "suffering experiencing waiting sitting standing running trading leading trailing showing "
                       "costing affecting searching looking missing using burning spreading containing covering "
                       "attending receiving owing earning averaging hovering rising falling growing climbing "
                       "declining shrinking sliding soaring tracking polling living staying sleeping working "
                       "struggling battling fighting".split())
#: a plan word naming an office or a rule, not a plan: "the planning authority", "planning permission"
_PLANNING_NOUN = re.compile(r"\bplanning\s+(?:authority|authorities|permission|permissions|department|application"
                            r"|applications|committee|officials?|officers?|rules|system|process|law|laws|consent|board"
                            r"|inspectorate|inspector|approval|office|minister|ministry)\b")


#: a request the figure is in: "asked a court to remand him in custody for 30 days", "urged the board to cut 5%"
_ASKED_TO = re.compile(r"\b(?:asked|asks|asking|requested|requests|requesting|urged|urges|urging)\s+(?:[\w'’-]+\s+){0,4}?"
                       r"to\s+[a-z]+\b")


#: a clause of its own between a progressive and the figure: "is grappling with X after a fire swept through ...", "is
#: mourning the dead, as the toll ...", "are searching the rubble, where ..."
_CLAUSE_AFTER_PROGRESSIVE = re.compile(r"\b(?:after|as|when|while|since|because|where|following)\b")


def _last_progressive(left: str) -> str:
    """The -ing verb of the last progressive in ``left`` ("is cutting" -> "cutting"), or ""."""
    found = ""
    if "ing" not in left:
        return found  # (every progressive's verb ends so: most clauses hold none)
    for m in _PROGRESSIVE.finditer(left):
        found = m.group(1)
    return found


_MONTH_MAY = re.compile(r"\bMay\b(?=\s*(?:\d|,|\.|$))|(?<=\bin )May\b|(?<=\bof )May\b")


#: a figure's noun measured against what was expected: "a better than expected $41.2 million in its first weekend", "as
#: forecast, the rate rose to 3%": told as done, not a forecast of its own (only before the figure: "2.1 billion less
#: than forecast" is a gap from the forecast, told as one)
_THAN_EXPECTED = re.compile(r"\b(?:than|as)\s+(?:had\s+been\s+|was\s+|were\s+|is\s+|are\s+|originally\s+|initially\s+"
                            r"|previously\s+|first\s+|widely\s+|many\s+had\s+)?(?:expected|forecast|anticipated|predicted"
                            r"|estimated|feared|hoped|thought|planned)\b")


def _status(low: str, lo: int, a: int, b: int, hi: int, text: str = "") -> Status:
    if text and "May" in text:  # the month is not the modal: "in May 2023", "May 4"
        low = low[:0] + "".join(low[i] if not text.startswith("May", i) or not _MONTH_MAY.match(text, i) else "M"
                                for i in range(len(low)))
    left = low[lo:a]
    if (" than " in left or "as " in left) and _THAN_EXPECTED.search(left):
        left = _THAN_EXPECTED.sub(lambda m: " " * len(m.group()), left)  # ("a better than expected $41.2 million")
    if "planning " in left:
        left = _PLANNING_NOUN.sub(lambda m: " " * len(m.group()), left)  # (an office, no plan)
    if "after " in left or "because " in left:
        # "The mayor warned of a disaster after some 9,000 litres of diesel leaked": the figure is told in a
        # clause of its own, which says what happened (the warning is the main clause's)
        opened = [sm.end() - lo for sm in _CAUSE_CLAUSE.finditer(low, lo) if sm.end() <= a]
        if opened:
            left = " " * opened[-1] + left[opened[-1]:]
    right = low[b:min(hi, b + 40)]
    found = ""
    modal = [w for w in _TOKEN.findall(left) if w in FUTURE_WORDS]
    if modal:
        found = modal[0]
        if found in INTENT_WORDS and any(w not in INTENT_WORDS for w in modal):
            return Status.FUTURE  # "would likely cost", "will probably reach": an estimate, not a plan
    if not found and ("ask" in left or "request" in left or "urge" in left) and _ASKED_TO.search(left):
        return Status.INTENT  # "Prosecutors asked a court to remand him for 30 days": what is asked for, not done
    if not found:
        m = _FUTURE_RX.search(left) or _FUTURE_RX.match(right.lstrip())
        if m and m.group() == "points to" and _POINTS_UNIT.search(m.string, 0, m.start()):
            m = None  # "added 3 basis points to 3.71%": a change in points, not a sign of what is to come
        if m:
            found = m.group()
        elif (pg := _last_progressive(left)) and pg not in _STATE_ING and not _CLAUSE_AFTER_PROGRESSIVE.search(
                left, left.rfind(pg)):
            return Status.INTENT  # "is cutting 3,000 jobs" (not "is grappling with a tragedy after a fire swept through
            # the estate, killing at least 55": what the fire did is told in a clause of its own)
    if not found:
        # "20,000 people may be sent", "40% of them will be enlisted": a modal after the figure's noun phrase
        cut = low.find(", ", b, hi)  # a clause break, not a thousands separator
        if (em := _ESTIMATE_AFTER.search(low, b, cut if cut >= 0 else hi)) and em.start() - b < 60:
            return Status.FUTURE  # "Dozens of people ... are still believed to have died": no count
        after = _TOKEN.findall(low[b:cut if cut >= 0 else hi])[:14]
        for k, w in enumerate(after):
            if w in _SUBORDINATORS:
                break  # "split 5-2 on whether a judge may ...": the modal is another clause's
            if w == "and" and k + 1 < len(after) and after[k + 1] in FUTURE_WORDS:
                break  # "left the rate at 4.25% in October and will meet again next month": a second verb's clause
            if w in FUTURE_WORDS:
                found = w
                break
    if not found:
        return Status.FACT
    if found in INTENT_WORDS or any(found.startswith(p.strip()) for p in INTENT_PHRASES):
        if _FORECAST_BEFORE.search(low, max(0, a - 100), a):
            return Status.FUTURE  # "had forecast that about 25% of entries would get top grades": a projection
        return Status.INTENT
    return Status.FUTURE


#: a relative clause that tells a date of the noun before it: "the mill that burned Friday, taking the toll to 19"
_RELATIVE_BEFORE_DATE = re.compile(r"\b([a-z]+)\s+(?:that|which|who)\s+(?:[a-z]+\s+){1,3}$")


#: a relative pronoun opening a clause of its own after a figure ("a reorganisation which it says should save $40m a
#: year by 2030", "the union, whose members struck in March")
_RELATIVE_AFTER = re.compile(r"\b(?:which|who|whose|whom)\b")
#: how far after a figure a relative pronoun still tells of the figure's own noun ("900 jobs which go by 2030")
_OWN_NOUN_REACH = 12


def _relative_after(text: str, b: int, da: int) -> bool:
    """Is the date at ``da`` told in a relative clause that opens after the figure ending at ``b`` on another noun
    than the figure's ("shed 900 jobs in a reorganisation which should save $40m a year by 2030": 2030 is when
    the savings come, not when the jobs go)? A pronoun right after the figure tells of its own noun."""
    m = _RELATIVE_AFTER.search(text, b, da)
    return m is not None and m.start() - b > _OWN_NOUN_REACH


def _relative_date(text: str, lo: int, da: int) -> bool:
    """Is the date at ``da`` told in a relative clause of a noun ("the mill that burned on Friday"), so that a
    figure after the clause's comma is not of that day? (Not "said that on Monday": a reporting verb's clause.)"""
    m = _RELATIVE_BEFORE_DATE.search(text, lo, da)
    return m is not None and m.group(1).lower() not in _REPORTING_VERBS and m.group(1).lower() not in _REPORTING


_ESTIMATE_AFTER = _phrases_rx(list(FIGURE_ESTIMATE_PHRASES))
#: the earlier value a change started from, and its day: "37 had died, up from nine on Sunday" (Sunday is the nine's day)
_FROM_VALUE_BEFORE_DATE = re.compile(r"\b(?:up|down|rising|falling|risen|fallen|revised)?\s*from\s+(?:about\s+|around\s+|some\s+)?"
                                     r"[\w,.]+\s+(?:on\s+|at\s+|in\s+|by\s+)?(?:the\s+)?$")
#: a request right before the figure: "asked the reserve for 1.1 million doses", "requested 400 troops", "applied for a
#: loan of $3bn" (what is asked for, not what is given)
_REQUEST_BEFORE = re.compile(r"\b(?:asked|asks|asking|requested|requests|requesting|applied|applies|applying"
                             r"|appealed|appealing)\b(?:\s+(?:the\s+)?[^,.;:]{0,60}?)?\s+for\s+(?:(?:a|an|the)\s+)?"
                             r"(?:[a-z-]+\s+){0,3}(?:of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|up\s+to\s+|more\s+than\s+)?$"
                             r"|\brequested\s+(?:about\s+|around\s+|some\s+)?$"
                             r"|\bappeals?\s+for\s+(?:about\s+|around\s+|some\s+|nearly\s+|up\s+to\s+)?$"  # "an appeal for $412 million"
                             # "customers asked to withdraw about 1.4 billion"
                             r"|\b(?:asked|asking|requested)\s+to\s+[a-z]+(?:\s+out)?\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$")
_REQUEST_BEFORE_WORDS = frozenset("asked asks asking requested requests requesting applied applies applying appealed "
                                  "appealing appeal appeals".split())
#: a verb of forecasting before the figure: what "would" then tells is a projection, not anyone's plan
_FORECAST_BEFORE = re.compile(r"\b(?:forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?|project(?:s|ed|ing)|expect(?:s|ed|ing)?"
                              r"|anticipat(?:es|ed|ing)|estimat(?:es|ed|ing))\s+(?:[\w,'’-]+\s+){0,6}?that\b")


#: "3 basis points to", "a quarter point to": the points of a change just told, before the level it reached
_POINTS_UNIT = re.compile(r"(?:\d|\bbasis|\bpercentage|\bquarter|\bhalf)[\s-]+$")


#: a clause of its own opening before the figure: "warned of a disaster after some 9,000 litres leaked" (not
#: a span: "abolished after eight years")
_CAUSE_CLAUSE = re.compile(r"\b(?:after|because)\s+(?!(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?|hours?|decades?)\b)")
#: words opening a clause of its own after a figure ("on whether", "which", "because")
_SUBORDINATORS = frozenset("whether which who whom that because if although though since after before when while "
                           "where unless until as so but whereas".split())


_FROM_BEFORE = re.compile(r"(?=[udrficjga])\b(?:(?:up|down|rising|falling|increased?|decreased?|risen|fallen|revised|revising|climbing"
                          r"|jumping|rose|fell|grew|dropped)\s+from|compared\s+with|against)\s+(?:an?\s+|the\s+)?"
                          r"(?:earlier\s+|previous\s+|initial\s+)?$")
_FROM_BEFORE_WORDS = frozenset(("from", "compared", "against"))


def _phrase_gate(phrases: Iterable[str], words: str) -> frozenset[str] | None:
    """``words`` as a set, when each of ``phrases`` (plain lower-case words) holds one of them as a word: each word of
    a phrase _phrases_rx() matches stands between word boundaries, so it is one of the claim's runs of letters
    (:func:`claim_words`), and a claim holding none of these words matches none of the phrases. None when some phrase
    holds none of them (then the pattern is always tried)."""
    gate = frozenset(words.split())
    if all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", p.strip()) and not gate.isdisjoint(p.split()) for p in phrases):
        return gate
    return None


#: a word of each of PAST_MARKERS and of LATEST_MARKERS (most claims hold none: their patterns are then not tried)
_PAST_GATE = _phrase_gate(PAST_MARKERS, "previously initially originally first had earlier day before previous revised")
_LATEST_GATE = _phrase_gate(LATEST_MARKERS, "rose risen climbed increased jumped grew reached now latest updated revised "
                                            "went surged soared")


def _mark(low: str, lo: int, a: int, b: int, hi: int, cwords: frozenset[str]) -> TimeMark:
    """``cwords``: :func:`claim_words` of the claim ``low`` is."""
    if not cwords.isdisjoint(_FROM_BEFORE_WORDS) and _FROM_BEFORE.search(low, max(lo, a - 40), a):

        return TimeMark.PAST  # "rose to 480, up from 310": the 310 is the earlier figure
    if (_PAST_GATE is None or not cwords.isdisjoint(_PAST_GATE)) and _PAST_RX.search(low, lo, hi):
        return TimeMark.PAST
    if (_LATEST_GATE is None or not cwords.isdisjoint(_LATEST_GATE)) and _LATEST_RX.search(low, lo, hi):
        return TimeMark.LATEST
    return TimeMark.NONE


#: verbs that make "up"/"down" part of a phrasal verb, not a direction ("turned down a 5% rise")
_PHRASAL = frozenset("turned turn turns turning voted vote votes put puts set sets setting shut shuts stepped step "
                     "steps broke break breaks backed back backs took take takes called call calls signed sign "
                     "played play cracked crack clamped scaled scale made make makes making gave give gives giving given "
                     "wound wind".split())


_LEVEL_BEFORE = re.compile(r"(?=[rhst])\b(?:reach(?:es|ed)?|hit(?:s)?|stood\s+at|stands\s+at|total(?:led|ed|s)?)\s+$")
_TO_BEFORE = re.compile(r"\bto\s+$")


def _level(low: str, a: int, lo: int) -> bool:
    """Is the figure the level something reached ("rose to 480", "lifts spending to 2.4%", "will reach 2.4%"),
    which a change's size ("rises by 2.4%") never states?"""
    start = max(lo, a - 16)
    if _LEVEL_BEFORE.search(low, start, a):
        return True
    if not _TO_BEFORE.search(low, start, a):
        return False
    if _SIZE_TO.search(low, max(lo, a - 24), a):
        return False  # "cuts to output amounting to 1.3 million bpd": the size of the cut, not a level it reached
    words = _WORDS_LOW.findall(low, max(lo, a - 60), a)[-7:-1]
    return any(w in CHANGE_WORDS or w in CHANGE_BY_WORDS for w in words)


#: "to" after a word that tells a size, not a level reached: "amounting to", "equivalent to", "up to"
_SIZE_TO = re.compile(r"\b(?:amounting|amounted|amounts?|equivalent|equal|equals|close|up)\s+to\s+$")


_FROM_AFTER = re.compile(r"\s+(?:from\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?)?[$€£]?\d")


#: a sum or count told as how much more (or less) than before: "will cost 50 cents more, at 7.50", "pay 48 euros more
#: a year", "four euros more than today" (not "2,000 more people", where the noun counted follows)
_HOW_MUCH_MORE = re.compile(r"\s+(more|less)\b(?=\s*(?:[,.;:)\u2013\u2014]|$|than\b|a\s+(?:year|month|week|day)\b"
                         r"|(?:per|each|every|at|for|from|on|in|to|and|or|now|overall|in\s+total)\b))", re.I)


#: the kinds of figure that may be a change ("cut by 12%", "fell 40 tonnes", "exceed the advice by 37,000 tonnes"); a
#: distance, an area or a length of time is told as a level
_CHANGE_KINDS = ("percent", "money", "count", "number", "mass", "volume")
#: "fell ill", "fallen sick", "fell victim": a state fallen into after a count of people; "17 vehicles fell into the
#: river": a fall of things; no fall of the count
_FALL_ILL = re.compile(r"\s+(?:ill|sick|victim|prey|asleep|silent|pregnant|unconscious|into|onto|overboard)\b", re.I)


def _change(text: str, a: int, b: int, lo: int, hi: int) -> str:
    """ "up"/"down" when the figure is a change ("rose 12%", "up 5%", "a 3% drop", "fell by 200"), not a level
    ("rose to 480")."""
    if a < len(text) and text[a] in "-+−–" and text[a - 1:a] == "(":
        return "up" if text[a] == "+" else "down"  # "EUR 6.9 billion (-210 million)": the change in brackets
    left = list(_TOKEN.finditer(text, lo, a))
    for k in range(max(0, len(left) - 2), len(left)):
        t = left[k]
        w = t.group().lower()
        if w in ("up", "down") and k and left[k - 1].group().lower() in _PHRASAL:
            continue  # "turned down a 5% rise", "set up", "put up": a phrasal verb, not a change
        if w in CHANGE_WORDS:
            between = text[t.end():a].strip().lower()
            if between in ("", "by", "of", "an", "a"):
                return CHANGE_WORDS[w]
        if w in CHANGE_BY_WORDS and text[t.end():a].strip().lower() == "by":
            return CHANGE_BY_WORDS[w]
    if left and left[-1].group().lower() == "by":  # "lowered the chance of having a stroke by 12%"
        for t in reversed(left[max(0, len(left) - 9):-1]):
            w = t.group().lower()
            if w in _SUBORDINATORS or "," in text[t.end():left[-1].start()]:
                break
            if (w in CHANGE_WORDS and w not in ("up", "down", "higher", "lower")) or w in CHANGE_BY_WORDS:
                return CHANGE_WORDS.get(w) or CHANGE_BY_WORDS[w]
    if (mm := _HOW_MUCH_MORE.match(text, b, hi)) is not None and not (
            left and mm.group(1).lower() == "more" and measure_of_word(left[-1].group()) in PEOPLE_MEASURES):
        # (not "killed 11 miners and injured 60 more": 60 others, no rise)
        return "up" if mm.group(1).lower() == "more" else "down"
    right = list(islice(_TOKEN.finditer(text, b, hi), 2))
    for t in right:
        w = t.group().lower()
        if w in CHANGE_WORDS and w not in ("up", "down", "higher", "lower", "lost"):
            if _FALL_ILL.match(text, t.end()):
                return ""  # "231 people had fallen ill": a state they fell into, no fall of the figure
            return CHANGE_WORDS[w]
        if w in ("up", "down", "higher", "lower") and text[b:t.start()].strip() in ("", ","):
            if _FROM_AFTER.match(text, t.end()):
                return ""  # "143 homicides, down from 151": a level set against its base; "EUR 4.2m, up 12%": the
                # change is the next figure's
            return CHANGE_WORDS[w]
    return ""


#: an earlier event a report recalls for comparison: "a 2021 trial", "the 2023 attack", "Skyfare's 2023 breach",
#: "In July 2013, a train derailed ..."; its figures are that event's, not this story's
_YEAR_WHEN_RX = r"\b(?:[Ii]n|[Ss]ince|of)\s+(?:[A-Z][a-z]+\s+)?((?:1[7-9]|20)\d\d),?\s+(?:when|in\s+which|during\s+which)\b"
_EARLIER_EVENT = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w-]*(?:'s|’s))\s+((?:1[7-9]|20)\d\d)\s+[A-Za-z]"
                            # (or opening the clause after a colon: "It has happened before: in 2011 a hole ...")
                            r"|(?:^|[:;]\s+|\s[—–]\s+)(?:In|By|in|by)\s+(?:(?:early|late|mid-)\s*)?(?:[A-Z][a-z]+\s+)?((?:1[7-9]|20)\d\d)\b"
                            # "the last one was in May 2021, when a fall of rock killed four": the when-clause is then's
                            r"|" + _YEAR_WHEN_RX)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: a span of whole years: "between 2016 and 2025", "from 2019 to 2023", "between 2014 and its collapse in 2022"
#: two days a figure is told between: "between April 30 and July 15", "from July 9 to 22", "from 9 to 22 July"
_SPAN_OPEN = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.I)
_SPAN_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s+(?:the\s+)?$", re.I)


def _day_window(text: str, dates: list[tuple[int, int, Value]], lo: int, hi: int) -> tuple[int, int] | None:
    """The days the clause tells its figure between, when it names two days joined as a span: their days of the
    year (a page may give no year: "between April 30 and July 15")."""
    for (a1, b1, d1), (a2, _b2, d2) in zip(dates, dates[1:], strict=False):
        if not (lo <= a1 and a2 < hi) or not _SPAN_OPEN.search(text, max(0, a1 - 16), a1) \
                or not _SPAN_JOIN.fullmatch(text, b1, a2):
            continue
        x, y = _day_of_year(d1), _day_of_year(d2)
        if x is not None and y is not None and x < y:
            return x, y
    return None


_MONTH_DAY = re.compile(r"(?:\d{4}|-)-(\d\d)-(\d\d)")


def _day_of_year(v: Value) -> int | None:
    """A day's place in a (leap) year, with or without its year told: "July 15", "15 July 2018"."""
    m = _MONTH_DAY.fullmatch(v.value) if isinstance(v.value, str) else None
    if m is None:
        return None
    try:
        return dt.date(2000, int(m.group(1)), int(m.group(2))).timetuple().tm_yday
    except ValueError:
        return None


_YEAR_SPAN = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+((?:19|20)\d\d)\s+(?:and|to|until)\s+(?:[^.;,\d]{0,30}?\s)?"
                        r"((?:19|20)\d\d)\b")
#: a sentence opening with a clause that sets its time: "When the firm recalled 400,000 cars in 2021, ..."
_WHEN_CLAUSE = re.compile(r"\W*(?:When|After|Before|Back\s+in|The\s+last\s+time)\b(?:[^,;:]|,(?=\d)){0,160}?,(?!\d)")


def years_named(text: str) -> frozenset[int]:
    """The four-digit years a text names, and every year of a span it names ("between 2016 and 2025" names 2019)."""
    # (every year opens on "19" or "20": a text with neither names none)
    years = frozenset(map(int, _YEAR.findall(text))) if "19" in text or "20" in text else frozenset()
    if len(years) >= 2 and ("etween" in text or "rom" in text):
        for m in _YEAR_SPAN.finditer(text):
            y1, y2 = int(m.group(1)), int(m.group(2))
            if y1 < y2 <= y1 + 50:
                years = years | frozenset(range(y1, y2 + 1))
    return years


_MONTH_BACK = re.compile(r"\b[Ii]n\s+(January|February|March|April|May|June|July|August|September|October|November"
                         r"|December)\s+(?:((?:19|20)\d\d)\b|last\s+year\b)")


def earlier_event_years(text: str, pub: dt.date | None, first_figure: int | None = None) -> frozenset[int]:
    """Years of earlier events a claim recalls, at least two years before its publication ("the 2023 attack" in a
    2025 report), named before its first figure (``first_figure``: an offset in ``text``), where the event is
    what the figure is about; "reinstated a €3.2 million fine over the 2021 spill" reports today's fine. A year a
    report is still about ("the 2024 accounts" in early 2025) is not one."""
    if pub is None:
        return frozenset()
    years = set()
    for m in _EARLIER_EVENT.finditer(text, 0, len(text) if first_figure is None else first_figure):
        y = int(m.group(1) or m.group(2) or m.group(3))
        if y <= pub.year - 2:
            years.add(y)
    for m in _MONTH_BACK.finditer(text, 0, len(text) if first_figure is None else first_figure):
        # "In March 2025, 271 people fell ill" in an April 2026 report: a month about a year back or more is an
        # earlier occasion's (as "in March last year" is), however near the two years are
        y = int(m.group(2)) if m.group(2) else pub.year - 1
        if (pub.year - y) * 12 + pub.month - MONTHS[m.group(1).lower()] >= 10:
            years.add(y)
    wm = _WHEN_CLAUSE.match(text)
    if wm:  # "When Corvane recalled 402,000 cars in 2021 ..., the bill came to €410 million": all of it is 2021's
        years.update(y for y in map(int, _YEAR.findall(wm.group())) if y <= pub.year - 2)
    for m in _YEARS_AGO.finditer(text):
        # "shed about 2,000 jobs two years ago": that year's event, as "in 2023" would say it
        n = m.group(1).lower()
        k = int(n) if n.isdigit() else ONES.get(n) or TENS.get(n, 0)
        if 2 <= k <= 50:
            years.add(pub.year - k)
    if _EARLIER_OCCASION.match(text):
        # "At the last exchange, in September 2024, 50 came home": a sentence about an earlier occasion of the kind,
        # whatever year it names before this one
        years.update(y for y in map(int, _YEAR.findall(text)) if y < pub.year)
    return frozenset(years)


def tells_earlier_occasion(text: str) -> bool:
    """Is the sentence told about an earlier occasion of the kind the story reports ("At the last exchange, in
    September 2024, ...", "The last comparable blackout, caused by storm Berit in 2011, ...", "... since 2008, when 41
    miners died")?"""
    return _EARLIER_OCCASION.match(text) is not None or _YEAR_WHEN.search(text) is not None


_YEAR_WHEN = re.compile(_YEAR_WHEN_RX)
_YEARS_AGO = re.compile(r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+years\s+ago\b", re.I)
#: a sentence that opens on an earlier occasion of what the story reports ("At the last exchange, ...", "In the first,
#: in November 2021, ...", "During the previous strike, ...")
_EARLIER_OCCASION = re.compile(r"\W*(?:At|In|During|For|Unlike|As\s+in)\s+(?:the|its|their)\s+(?:last|previous|first|earlier"
                               r"|prior|most\s+recent)\b[^,;:]{0,60},"
                               # a sentence about the earlier one: "The last comparable blackout, caused by storm Berit
                               # in 2011, cut power to 240,000", "The previous strike was in March 2019"
                               r"|\W*(?:The|Its|Their)\s+(?:last|previous|prior|most\s+recent)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+"
                               r"(?:,|\s+(?:was|were|came|happened|hit|struck|took|in)\b)")


#: a clause added after the reported fact: what it says of the future is not the claim's own status (", so the
#: unions can gather after all" is the result of the act the claim reports)
_ASIDE_AFTER = re.compile(r",\s+(?:which|who|but|so|albeit|although|though)\b")
#: a relative aside set off by commas inside the main clause, whose verb comes after it ("Varga, who cut short a
#: visit to the north, is expected to visit the site"): the aside goes, the main clause stays
_ASIDE_CLOSED = re.compile(r",\s+(?:which|who)\b[^,;:]*,\s+(?=(?:is|are|was|were|will|would|has|have|had|could|may"
                           r"|might|must|should|can|plans?|planned|intends?|intended|expects?|hopes?|wants?|aims?)\b)")
#: a plan told in the past perfect is a fact about the past ("the rally that unions had planned for Tuesday")
_HAD_PLANNED = re.compile(r"\bhad\s+(?:been\s+)?(?:planned|expected|hoped|intended|aimed|wanted|sought|proposed|promised"
                          r"|pledged|scheduled)\b")

#: a plan given up or stopped is a fact told of the plan ("has dropped her planned appeal", "scrapped the proposed
#: merger", "called off a planned strike"): the attributive "planned" names the thing, the verb tells what was done
_PLAN_UNDONE = re.compile(r"\b(?:dropped|drops|abandoned|abandons|scrapped|scraps|cancell?ed|cancels|withdrawn|withdrew"
                          r"|shelved|shelves|called\s+off|calls\s+off|halted|halts|blocked|blocks|rejected|rejects)\s+"
                          r"(?:her|his|its|their|the|a|an|our|this|that)\s+(?:planned|proposed|intended|promised|pledged"
                          r"|scheduled)\b")

#: advice to someone to act ("has advised owners to stop driving", "urged residents not to return"): the act is still
#: to come, as "owners should stop driving" tells it
_ADVISED_TO = re.compile(r"(?=[auwerc])(?<!\bits\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\btheir\s)(?<!\bthis\s)(?<!\bthat\s)"
                         # (a noun is no advice: "raised its warning to red at 15:50")
                         r"\b(?:advis|urg|warn|encourag|recommend|call(?:ed|s|ing)?\s+on)\w*\s+(?:[\w'’-]+\s+){0,8}?"
                         r"(?:not\s+)?to\s+(?!the\b|a\b|an\b|their\b|his\b|her\b|its\b|be\b)[a-z]+")


def claim_status(claim: Claim) -> Status:
    """Whether a claim as a whole reports an intention or projection ("will join the strike on Wednesday")."""
    low = _MONTH_MAY.sub("Mai", claim.text).lower() if "May" in claim.text else claim.text.lower()
    cm = CONSEQUENCE.search(low)
    if cm:
        low = low[:cm.start()]  # "..., meaning those who appealed could still avoid jail": the writer's inference
    if ", wh" in low:
        low = _ASIDE_CLOSED.sub(" ", low)
    am = _ASIDE_AFTER.search(low)
    if am:
        low = low[:am.start()]  # "..., which unions say will hit rail", "..., but acknowledged the rise would hurt"
    if "had " in low:
        low = _HAD_PLANNED.sub("had", low)
    if ("planned" in low or "proposed" in low or "intended" in low or "promised" in low or "pledged" in low
            or "scheduled" in low):  # (a word of a plan, which every match of _PLAN_UNDONE holds: most claims have none)
        low = _PLAN_UNDONE.sub("dropped the", low)
    if not CLAIM_FUTURE_WORDS.isdisjoint(_TOKEN.findall(low)) or _CLAIM_FUTURE_RX.search(low) or (
            ("advis" in low or "urg" in low or "warn" in low or "encourag" in low or "recommend" in low
             or "call" in low)  # (a word of advice, which every match of _ADVISED_TO opens on)
            and _ADVISED_TO.search(low)):
        return Status.FUTURE
    return Status.FACT


#: a coordinated clause after a first one: ", and we will fix", "; it will"
#: (the lookahead: a character every match opens on, so that the engine rejects any other position at once)
_NEXT_CLAUSE = re.compile(r"(?=[,;\s])(?:(?:,\s+(?:and|but)|;)\s+"
                          # "finished fourth last season and will play in the Champions Cup": a second verb's clause
                          r"|\s+and\s+(?=(?:will|would|is\s+to|are\s+to)\s))")


def fact_before_future(claim: Claim) -> bool:
    """Does the claim state a fact in a clause of its own before the clause that is still to come ("We are sorry
    for the worry, and we will fix every car")?"""
    low = claim.text.lower()
    m = _NEXT_CLAUSE.search(low)
    if m is None:
        return False
    head = low[:m.start()]
    return CLAIM_FUTURE_WORDS.isdisjoint(_TOKEN.findall(head)) and not _CLAIM_FUTURE_RX.search(head)


def _capitalised_noun(text: str, a: int, b: int) -> bool:
    """Is the last word of the figure's span capitalised (a people noun: "Russians", "Britons")?"""
    words = _TOKEN.findall(text, a, b)
    # (a number word alone, "Five" opening a sentence, names no people)
    return bool(words) and words[-1][0].isupper() and not (len(words) == 1 and text.startswith(words[0], a))


#: a figure that states what is needed, not what happened: a threshold is its own measure (RELATIONS.md §1)
_THRESHOLD_BEFORE = re.compile(r"(?=[nrbs])\b(?:(?:needs?|needed|requires?|required|requiring)\s+(?:at\s+least\s+|a\s+|an\s+"
                               r"|the\s+)?|(?:begins?|starts?)\s+(?:at|from)\s+(?:[a-z]+\s+){0,3})$")
_THRESHOLD_BEFORE_WORDS = frozenset("need needs needed require requires required requiring begin begins start "
                                     "starts".split())
#: a group of the population a figure is told for: "the rate for women", "among men", "youth unemployment",
#: "the jobless rate among young people" (a count of "women" arrested names who, not a share's group: not read here)
_COHORT_WORDS = re.compile(r"\b(?:(?:for|among)\s+(?:(?:young|older)\s+)?(women|men|females|males|people)\b"
                           r"|(youth|female|male|women's|men's)\s+(?:unemployment|jobless|employment|rate|pay|wages?"
                           r"|earnings|participation|turnout)\b)")
#: (a match's last word may be cut short by the end of the window: the words before it)
_COHORT_WORDS_WORDS = frozenset("for among youth female male women men".split())
#: a plural noun naming who a relative clause defines ("pensioners who", "those whose")
_PLURAL = r"(?:[a-z]{3,}(?<!ss)s|children|people|those)"
#: people a group is made of ("pupils on free school meals")
_GROUP_NOUNS = r"(?:students|candidates|pupils|workers|employees|people|children|applicants|families|households)"
#: a group defined within a population ("Candidates on the education allowance passed at a rate of 76.5%", "the rate
#: for workers who are paid by the hour") or the rest of it ("compared with 90.2% for other students", "for everyone
#: else"): no figure of the whole population (all such groups share one key: two reports name one group in two ways)
_SUBGROUP = re.compile(rf"\b(?:for|among)\s+(?:(other\s+{_GROUP_NOUNS}|all\s+other\s+{_GROUP_NOUNS}|everyone\s+else"
                       rf"|all\s+others)\b|(?:the\s+)?(?:{_GROUP_NOUNS}\s+(?:on|receiving|eligible)|{_PLURAL}\s+(?:who|whose))\b)"
                       rf"|^(?:{_GROUP_NOUNS}\s+(?:on|receiving|eligible)|{_PLURAL}\s+(?:who|whose))\b")
#: (or "who", which a match may end on: looked for as a string)
_SUBGROUP_WORDS = frozenset("for among students candidates pupils workers employees people children applicants families "
                            "households".split())
#: a sector of an economy a figure is told for: "Construction lost 6,000 jobs", "about 9,000 construction jobs",
#: "Manufacturing, which employs one in six, shed 3,800 jobs" (the sector word with what a sector has or does after it)
_SECTOR = re.compile(r"\b(construction|manufacturing|hospitality|retail|agriculture|farming|mining|tourism|healthcare"
                     r"|public\s+administration|public\s+sector|private\s+sector|financial\s+services|utilities"
                     r"|logistics)(?:,[^,]{1,60},)?\s+(?:jobs?|workers?|employment|employers?|output|sector|industry"
                     r"|payrolls|wages|lost|added|shed|cut|gained|created|hired|was|were|had|has"
                     r"|accounted|employs|employed|fell|rose|grew|shrank|contracted|expanded|\d)")
_SECTOR_WORDS = frozenset("construction manufacturing hospitality retail agriculture farming mining tourism healthcare "
                          "public private financial utilities logistics".split())
#: a part of a price index a figure is told for: "Food prices were 6.8% higher", "Core inflation ... 3.3%", "Electricity
#: alone cost 18.4 per cent more", "energy, whose price rose 9.5 per cent" (not the headline rate, nor each other)
#: the parts of a price index, as a pattern's alternatives ("vegetables?": one or many)
_PRICE_PARTS = (r"core|food|energy|electricity|gas|fuel|petrol|diesel|services|goods|rents?|housing|transport|clothing"
                r"|vegetables?|fruit|bread|alcohol|tobacco|heating|pulses|cereals|milk|meat")
# (a service that acts is no part of an index: "while emergency services were combing the beach")
_COMPONENT = re.compile(rf"\b(?<!emergency )(?<!rescue )(?<!security )(?<!social )(?<!health )(?<!secret )"
                        rf"(?<!intelligence )(?<!fire )(?<!medical )({_PRICE_PARTS}|rural|urban)\b(?:\s+and\s+[a-z-]+(?:\s+drinks?)?)?"
                        r"(?:\s+alone)?(?:,\s+whose\s+price)?\s+(?:prices?|inflation|costs?|bills|rose|fell|jumped|climbed"
                        r"|increased|were|was)\b"
                        # "inflation in the food basket", "retail inflation in vegetables": the part named after it
                        r"|\binflation\s+in\s+(?:the\s+)?(core|food|energy|fuel|services|goods|housing|transport|clothing"
                        r"|vegetables?|fruit|pulses|cereals|milk|meat|rural\s+areas|urban\s+areas)\b")
#: the part of a price index a change right before it is told of: "a steep 8% jump in food prices"
_COMPONENT_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:in|of)\s+(?:the\s+)?({_PRICE_PARTS})\s+"
                              r"(?:prices?|costs?|inflation|bills)\b")
#: every word of those patterns, each plural spelled out (a claim holding none is not searched)
_COMPONENT_WORDS = frozenset(w for alt in f"{_PRICE_PARTS}|rural|urban".split("|")
                             for w in ((alt[:-2], alt[:-2] + "s") if alt.endswith("s?") else (alt,)))
_AGED_PEOPLE = re.compile(r"(?:young|older)\s+people$")
_COHORT_KEYS = {"females": "women", "female": "women", "women's": "women", "males": "men", "male": "men",
                "men's": "men", "youth": "youth"}


#: analysts' expectation of a figure ("Analysts had expected $55.19B in revenue", "analysts' average estimate of $61.66
#: billion", "the Street's $61.66 billion whisper number", "vs. $54.92bn expected"): the market's figure, not the
#: company's own result or forecast (RELATIONS.md §1: whose figure, and its status)
_CONSENSUS_BEFORE = re.compile(
    r"\b(?:analysts?|economists?|(?:the|wall)\s+street|consensus|lseg|refinitiv|factset|the\s+market)(?:['’]s?)?\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:expect\w*|estimat\w*|forecast\w*|predict\w*|anticipat\w*|project\w*|consensus"
    r"|average|whisper|polled|view)\b(?:[^.;:]|\.\d){0,60}?$"
    r"|\b(?:the|an?)\s+(?:anticipated|expected|estimated|predicted|forecast)\s+(?:[a-z$€£¥]{0,3})?$"
    r"|\b(?:market\s+expectations?|consensus)\s+(?:of|for|at)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?"
    r"(?:[a-z$€£¥]{0,3})?$")
_CONSENSUS_AFTER = re.compile(r"(?:\s+in\s+[a-z]+)?\s+(?:(?:median\s+|average\s+|consensus\s+)?(?:expected|estimated|forecast)"
                              r"(?=\s*[,.;:)]|\s+by\s+(?:analysts|economists))|whisper\s+number|consensus)\b")
#: a part of a company's business a money figure is told for ("data center revenue", "sales in the data-centre
#: segment", "Gaming revenue reached $4.3 billion"): the segment's, not the company's whole revenue
_SEGMENT_WORDS = (r"data[\s-]+cent(?:er|re)|gaming|automotive|cloud|advertising|services|hardware|software|networking"
                  r"|mobile|devices|consumer|enterprise|foundry|wholesale|subscriptions?|licensing|streaming"
                  r"|professional\s+visuali[sz]ation|client\s+computing")
_SEGMENT = re.compile(rf"\b({_SEGMENT_WORDS})\s+(?:segment\s+|division\s+|unit\s+|business\s+)?(?:revenue|revenues|sales)\b"
                      rf"|\b(?:revenue|revenues|sales)\s+(?:in|at|from|of)\s+(?:the|its)\s+({_SEGMENT_WORDS})\s+"
                      r"(?:segment|division|unit|business|arm)\b")


def _consensus(low: str, a: int, b: int, lo: int, kind: str) -> bool:
    """Is the money or per-cent figure at ``low[a:b]`` (a value of ``kind``) told as analysts' expectation of it? (A
    sum in millions or billions with no currency is read as a count: "revenue of 4.3 billion"; a distance is not.)"""
    return (kind in ("money", "percent") or kind in ("count", "number")
            and low[a:b].rstrip().endswith(("billion", "million", "bn", "m"))) and bool(
        _CONSENSUS_BEFORE.search(low, max(lo, a - 110), a) or _CONSENSUS_AFTER.match(low, b)
        or (low.startswith(("estimated", "expected", "anticipated"), a) and low.endswith("the ", max(0, a - 4), a)))


def _segment(low: str, b: int, lo: int, hi: int) -> str:
    """The segment of a company's business a revenue figure ending at ``b`` is told for, or ""."""
    if "sales" not in low and "revenue" not in low:
        return ""
    seg = [m for m in _SEGMENT.finditer(low, lo, hi) if m.start() < b]
    if not seg:
        return ""
    return " ".join((seg[-1].group(1) or seg[-1].group(2)).replace("-", " ").split()).replace("centre", "center").replace(
        "isation", "ization")


#: the standing of the people or accounts a count names, before its noun: "40 million former and prospective
#: customers", "7.8 million current postpaid customers"
_STANDING = re.compile(r"\s+((?:(?:former|prospective|current|existing|retired|postpaid|prepaid|post-paid|pre-paid"
                       r"|part-time|full-time|temporary|permanent)(?:\s+and\s+|\s+or\s+|,\s+|\s+))+)(?=[a-z])")
_STANDING_WORD = re.compile(r"[a-z-]+")


def _standing(low: str, a: int, b: int) -> str:
    """The standing words a count's noun phrase gives ("former+prospective"), or "" (a count's text holds its noun)."""
    sm = _STANDING.search(low, a, b)
    if sm is None:
        return ""
    return "+".join(sorted({w for w in _STANDING_WORD.findall(sm.group(1)) if w not in ("and", "or")}))


def _cohort(claim: Claim, low: str, a: int, b: int, lo: int, hi: int, base_off: int, cwords: frozenset[str]) -> str:
    """The group a figure at ``low[a:b]`` in ``low[lo:hi]`` is told for, or "": a group word in its clause, else one before the clause
    when no other figure stands between (an opening "Among 15- to 24-year-olds, the jobless rate rose to 14.8%")."""
    for before, (start, end) in enumerate(((lo, hi), (0, lo))):
        if start >= end:
            continue
        if before and any(start <= v.start - base_off < end for v in claim.values
                          if v.kind not in ("age", "date", "time")):
            break
        bands = [v for v in claim.values  # an age band: "15- to 24-year-olds", "aged 18 to 24"
                 if v.kind == "age" and isinstance(v.value, list) and start <= v.start - base_off < end]
        if bands:  # (the nearest before the figure: "the rate for 18- to 20-year-olds will rise to $10.90 and the
            # rate for 16- and 17-year-olds to $8.20")
            band = next((w for w in reversed(bands) if w.start - base_off < a), bands[0])
            young, old = band.value
            # (the band statistics call youth, "15- to 24-year-olds", is the youth rate; a narrower band, "16- and
            # 17-year-olds" against "18- to 20-year-olds", is its own group)
            return "youth" if 14 <= young <= 18 and 24 <= old <= 25 else f"aged {young:g}-{old:g}"
        found = [x for x in _COMPONENT.finditer(low, start, end) if x.start() < a] \
            if not cwords.isdisjoint(_COMPONENT_WORDS) else []
        after = _COMPONENT_AFTER.match(low, b) if not before and not cwords.isdisjoint(_COMPONENT_WORDS) else None
        if after is not None:  # "a steep 8% jump in food prices", "a 21% surge in fruit costs"
            return "component:" + after.group(1).rstrip("s")
        if found:
            part = found[-1].group(1) or found[-1].group(2).removesuffix(" areas")
            return "component:" + (part if part in ("pulses", "cereals") else part.rstrip("s"))
        found = list(_SECTOR.finditer(low, start, end)) if not cwords.isdisjoint(_SECTOR_WORDS) else []
        if found:  # the nearest sector before the figure ("Hospitality added 4,200 and public administration 2,900")
            sm = next((x for x in reversed(found) if x.start() < a), found[0])
            return "sector:" + " ".join(sm.group(1).split())
        groups = list(_SUBGROUP.finditer(low, start, end)) \
            if "who" in low or not cwords.isdisjoint(_SUBGROUP_WORDS) else []
        if groups:  # "for other students", "for everyone else": the rest; "candidates on the allowance": a defined
            # group; the one right after the figure ("90.2% for other students"), else the nearest before it
            m = next((g for g in groups if 0 <= g.start() - b <= 1), None) or next(
                (g for g in reversed(groups) if g.start() < a), None)
            # (not a count right before "among": "381 cases among the people who sailed on her" is that population's)
            if m is not None and not (0 <= m.start() - b <= 1 and m.group().startswith("among")
                                      and not low[a:b].rstrip().endswith(("%", "cent"))):
                return "others" if m.group(1) else "subgroup"
        m = _COHORT_WORDS.search(low, start, end) if not cwords.isdisjoint(_COHORT_WORDS_WORDS) else None
        if m:
            w = m.group(1) or m.group(2)
            if w == "people":
                if not _AGED_PEOPLE.search(m.group()):
                    continue  # ("for people", "among people": no group; the window before is not looked at then)
                w = "youth" if "young" in m.group() else "older"
            return _COHORT_KEYS.get(w, w)
    return ""


#: more nouns after a count's own, joined into one list: "410,000 cattle, goats and sheep", "cattle and goats"
_NOUN_LIST = re.compile(r"(?:,\s+[a-z]{3,}){0,4},?\s+(?:and|or)\s+[a-z]{3,}s?\b(?=\s+(?:have|has|had|were|was|are|died"
                        r"|perished|lost|killed|,|\.))")
#: a second part of one count told with its noun left out or again: "six counts of fraud and one (count) of money
#: laundering" (the figure tells all seven the clause gives; "and one of them" is a part of the same set, no more)
_ELIDED_MORE = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){1,5}?and\s+(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
                          r"\s+(?:more\s+|other\s+)?(?:([a-z]+)\s+)?of\s+(?!them\b|those\b|these\b|which\b|whom\b|it\b)")
#: a penalty the law sets as its limit, not one imposed: "the maximum sentence for fraud is 10 years", "carries a
#: minimum fine of €5,000" (a "maximum capacity" is a property of the thing, no rule: not read here)
_LIMIT_BEFORE = re.compile(r"(?=[m])\b(?:maximum|minimum)\s+(?:prison\s+|jail\s+|custodial\s+)?(?:sentence|penalty"
                           r"|term|fine|punishment)s?\s+(?:[a-z-]+\s+){0,4}?(?:is|was|are|were|of|would\s+be)\s+$")
_LIMIT_BEFORE_WORDS = frozenset(("maximum", "minimum"))
#: a figure told as a year before ("A year ago, inflation stood at 2.6%", "4.8% a year ago"), not a comparison with
#: then ("9.5% higher than a year earlier", "up from a year ago")
_YEAR_AGO_BEFORE = re.compile(r"(?=[ao])(?<!than\s)(?<!with\s)(?<!from\s)(?<!on\s)(?<!over\s)(?<!since\s)"
                              r"\b(?:a|one)\s+year\s+(?:ago|earlier|before)\b(?=(?:[^\d%]|\b(?:19|20)\d\d\b)*$)")
_YEAR_AGO_AFTER = re.compile(r"\s+(?:a|one)\s+year\s+(?:ago|earlier|before)\b")


def _year_ago(low: str, a: int, b: int, lo: int) -> bool:
    """Is the figure ``low[a:b]`` (clause from ``lo``) told as a year before: right after it, or before it with no
    other figure between?"""
    if "year" not in low:
        return False  # (both patterns need the word)
    return _YEAR_AGO_AFTER.match(low, b) is not None or _YEAR_AGO_BEFORE.search(low, max(0, lo - 40), a) is not None


#: a level aimed at, not reached: "the bank's 2.5% target", "a target of 2%", "targets inflation of 2%", "aims to keep
#: inflation at 2.5%" (its own measure: never a reading of the rate it aims for)
_TARGET_BEFORE = re.compile(r"(?=[tagi])\b(?:targets?\s+(?:of\s+|[a-z]+\s+of\s+)|targeting\s+(?:[a-z]+\s+)?"
                            r"|aims?\s+to\s+(?:keep|hold|bring|get)\s+(?:[a-z]+\s+){1,2}(?:at|to|below|under)\s+"
                            r"|goal\s+of\s+|inflation\s+target\s+(?:of\s+)?)(?:about\s+|around\s+)?$")
_TARGET_AFTER = re.compile(r"\s+(?:(?:inflation|annual|medium-term|official)\s+)?(?:target|goal)\b")
#: a level named as a condition: "regions where youth unemployment exceeds 15 per cent", "if inflation tops 5%"
_CONDITION_LEVEL = re.compile(r"(?=[wio])\b(?:where|wherever|if|once|when)\s+(?:[\w'’-]+\s+){0,5}?(?:exceeds?|tops?|passes"
                              r"|surpass(?:es)?|(?:goes|rises|climbs|falls|drops)\s+(?:above|below|over|under)"
                              r"|(?:is|are)\s+(?:above|below|over|under|higher\s+than|lower\s+than))\s+$")
_THRESHOLD_AFTER = re.compile(r"\s*(?!(?:have|has|had|were|was|who)\s)(?:[a-z-]+\s+){0,3}?(?:threshold|required|needed"
                              r"|(?:the\s+[a-z]+\s+)?requires)\b")


#: what a volume or an area counts, as a count's noun says what it counts
_UNIT_COUNTED = {"volume": "litre", "area": "square kilometre", "concentration": "concentration", "mass": "tonne"}
#: a sum told per day, week, month or year ("€365 per month", "€12 a day", "€4,380 per patient per year")
_MONEY_RATE = re.compile(r"(?:\s+(?:per|a|an|each|for\s+each)\s+(?:patient|person|head|user|customer|household|pupil"
                         r"|student|employee|worker|member))?\s+(?:for\s+)?(?:a|an|per|each|every)\s+(?:full\s+|whole\s+)?"
                         r"(day|week|month|year|annum)\b")
_PER_YEAR = {"day": 365.0, "week": 52.0, "month": 12.0, "year": 1.0, "annum": 1.0}
#: the rates of a sum told per unit of time (see :func:`rates_fit`)
RATE_PER_TIME, RATE_PER_YEAR = "per time", "per year"


def rates_fit(ra: str, rb: str) -> bool:
    """May two figures' rates be compared? The same rate; a sum told a year with a plain one or with one told a day,
    a week or a month (both are then sums a year); never a plain sum with one told a day, a week or a month."""
    if ra == rb:
        return True
    pair = {ra, rb}
    return pair == {"", RATE_PER_YEAR} or pair == {RATE_PER_YEAR, RATE_PER_TIME}
#: a sum's rate told by an adjective before what it measures: "the daily cost to the economy was about 45 million",
#: "an annual subsidy of 310 million"
_ADJ_RATE = re.compile(r"\b(daily|weekly|monthly|annual|yearly)\s+(?:[a-z-]+\s+){0,2}?(?:cost|costs|subsidy|subsidies|"
                       r"revenue|revenues|loss|losses|budget|output|production|income|sales|profit|profits|bill|bills|"
                       r"spending|turnover|wage|wages|salary|pay|fee|fees|rent|price|charge|payment|payments|allowance|"
                       r"grant|grants|deficit|surplus|take|earnings)\b")
_ANOTHER_NOUN = re.compile(r"\b(?:on|for|per|with|by|from|in)\b|\d")
_ADJ_RATE_UNIT = {"daily": "day", "weekly": "week", "monthly": "month", "annual": "year", "yearly": "year"}
#: a sum told per thing: "4.50 euros per laying hen", "11 euros a bird", "EUR 40 a head"
_PER_ITEM = re.compile(r"\s+(?:per|a|an|for\s+each|for\s+every)\s+(?:([a-z-]+)\s+)?([a-z]+)\b(?!\s+(?:of|in)\b)")
#: words after "a" that are no thing a sum is counted per ("€2m a record", "€5m a year" is a time rate)
_NOT_ITEMS = frozenset((*STOPWORDS, "hour", "day", "week", "month", "year", "annum", "record", "rise", "fall", "drop", "gain", "loss",
                        "total", "sum", "fine", "figure", "third", "quarter", "half", "fifth", "tenth", "decade"))


def _scaled(iv: Interval | None, factor: float) -> Interval | None:
    return iv if iv is None or factor == 1.0 else Interval(iv.lo * factor, iv.hi * factor)


#: kinds of figure that describe (a speed, a distance): no outcome measure is theirs
_MEASURELESS = frozenset(("speed", "distance", "temperature", "time"))


#: a body of people whose size the figure gives: "a force of", "a military division of", "a contingent of"
_UNIT_OF = re.compile(r"(?=a)\ban?\s+(?:[\w'’-]+\s+){0,3}(?:force|division|unit|army|brigade|battalion|contingent|corps"
                      r"|regiment|detachment)\s+of\s+(?:some\s+|about\s+|around\s+|roughly\s+)?$")
#: measures that say who is counted rather than what happened to them ("passengers"), and the measures of their
#: families (what happened to them: killed, missing, cancelled ...)
_WHO_MEASURES = frozenset(WHO_OUTCOMES)
#: a customer count told as what a firm has or serves ("has 6.2 million customers", "serves some 900,000 homes", "its
#: 9 million subscribers")
_HAS_BEFORE = re.compile(r"\b(?:has|have|had|having|serves|served|serving|its|their|with)\s+(?:about\s+|around\s+|some\s+"
                         r"|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+(?:over|under)\s+)?$")
#: what ends a figure's statement for the status of the next: a colon, a semicolon, or a clause with its own subject
#: (", and the total could rise to EUR 80m" says nothing of "are guaranteed EUR 65m" before it)
_CLAUSE_STOP = re.compile(r"[;:]|,\s+(?:and|but)\s+(?:the|a|an|its|their|his|her|this|that)\s")
#: what makes a case count confirmed or suspected (a confirmation named in the clause wins: "confirmed 1,203 of the
#: suspected cases")
_CONFIRMED = re.compile(r"\b(?:confirm\w*|laboratory|lab-confirmed)\b")
_SUSPECTED = re.compile(r"\b(?:suspected|probable)\b")


#: a share of those who voted: "64.3% of those who took part in a ballot", "two in three members who voted"
_WHO_VOTED = r"(?:[\w'’-]+\s+){0,6}?(?:who|that)\s+(?:voted|took\s+part|cast\s+(?:a\s+|their\s+)?(?:ballots?|votes?))\b"
_SHARE_OF_VOTERS = re.compile(r"\s+(?:of\s+)?(?:the\s+|those\s+|all\s+)?" + _WHO_VOTED)
#: the sentence opens on the voters the share is of: "Of the members who voted, 64 per cent backed the offer"
_OF_VOTERS_OPENING = re.compile(r"\W*of\s+(?:the|those|all)\s+" + _WHO_VOTED + r"[^,;.]{0,40},\s*(?:only\s+|just\s+|some\s+"
                                r"|about\s+|nearly\s+|almost\s+)?$")
#: a result told as its two shares: "accepted the deal by 64.3 per cent to 35.7 per cent"
_BY_SHARE_TO = re.compile(r"\s+to\s+\d[\d.,]*\s*(?:%|per\s*cent|percent)")
_BY_SHARE_TO_BEFORE = re.compile(r"\bby\s+\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+to\s+$")


#: a share that voted against: "rejected it by 71%", "seven in ten turned it down", "29% voted no"
_AGAINST = re.compile(r"\b(?:against|reject(?:ed|ing|s)?|turn(?:ed|ing|s)?\s+(?:it\s+|them\s+)?down|voted\s+no|said\s+no"
                      r"|opposed|opposing)\b")
#: a share that voted for: "backed the offer", "accepted the deal", "voted in favour", "said yes"
_FOR = re.compile(r"\b(?:for|back(?:ed|ing|s)?|accept(?:ed|ing|s)?|in\s+favour|in\s+favor|voted\s+yes|said\s+yes"
                  r"|support(?:ed|ing|s)?|approv(?:ed|ing|e|es))\b")


def _votes_against(low: str, lo: int, hi: int, a: int) -> bool:
    """Is a share of the votes the side against (RELATIONS.md §1: those for and those against are two figures)? The
    second share of "by 64.3 per cent to 35.7 per cent" is the other side of the first's verb."""
    against, for_ = _AGAINST.search(low, lo, hi), _FOR.search(low, lo, hi)
    if _BY_SHARE_TO_BEFORE.search(low, max(0, a - 40), a):
        return for_ is not None and against is None  # ("accepted it by 64% to 36%": the 36% were against)
    return against is not None and for_ is None


def _vote_share(low: str, a: int, b: int) -> bool:
    """Is the percent at ``low[a:b]`` a share of the votes cast (RELATIONS.md §1: a ballot's result, not what it was
    on: "64.3% of those who took part in a ballot backing the deal" is the vote, not the offer)?"""
    if _SHARE_OF_VOTERS.match(low, b) or _OF_VOTERS_OPENING.match(low, 0, a):
        return True
    # "approved by 64.3 per cent to 35.7 per cent": the winning share first (never "raised by 0.25% to 6%", a change
    # and the level it reached, nor "by 25 basis points")
    if "point" in low[a:b]:
        return False
    if low.endswith("by ", max(0, a - 3), a) and (m := _BY_SHARE_TO.match(low, b)):
        return _first_number(low[a:b]) > _first_number(m.group())
    if m := _BY_SHARE_TO_BEFORE.search(low, max(0, a - 40), a):
        return _first_number(m.group()) > _first_number(low[a:b])
    return False


_NUMBER_IN = re.compile(r"\d+(?:[.,]\d+)*")


def _first_number(s: str) -> float:
    m = _NUMBER_IN.search(s)
    return float(m.group().replace(",", "")) if m else 0.0


def figure_frames(claim: Claim, dates: list[tuple[int, int, Value]] | None = None,
                  cwords: frozenset[str] | None = None) -> list[FigureFrame]:
    """The frame of every non-date figure of a claim, in text order. ``cwords``: :func:`claim_words` of the claim,
    when the caller has read them."""
    text = claim.text
    low = text.lower()
    if cwords is None:
        cwords = claim_words(low)
    among = _claim_patterns(cwords)  # (the measure patterns its words allow)
    # (a word every match of _PART and _NAMED_PART holds: few claims do)
    alone = "alone" in low or "itself" in low
    # (a word that every match of _WHOLE_PLACE holds, one of _ACROSS_NAME's: most claims hold none)
    wholeish = ("wide" in low or "global" in low or "national" in low or "across" in low or "country" in low
                or "around" in low or "over" in low or "group" in low)
    acrossish = "cross" in text or "hroughout" in text or "over" in text
    base_off = claim.start
    if dates is None:
        filed = filed_end(claim)
        dates = [(v.start - base_off, v.end - base_off, v) for v in claim.values
                 if v.kind == "date" and v.start - base_off >= filed]
    out: list[FigureFrame] = []
    bounds: list[tuple[int, int]] = []  # each frame's clause
    label = _table_label(text, claim.source)  # (a table line's label owns every figure of the line)
    units: list[int] = []  # figures giving the size of a body of people ("a force of 20,000")
    for v in claim.values:
        if v.kind in ("date", "time"):
            continue  # (a time of day places the fact, as its date does: it is no figure of it)
        a, b = v.start - base_off, v.end - base_off
        lo, hi = clause_bounds(text, a, b)
        bounds.append((lo, hi))
        unit, rate = v.unit, ""
        if v.kind in ("count", "volume") and "/" in unit:
            unit, rate = unit.split("/", 1)
        per_year = 1.0
        adj = _ADJ_RATE.search(low, max(lo, a - 90), a) if v.kind in ("money", "count", "volume") and not rate else None
        if adj is not None and _ANOTHER_NOUN.search(low, adj.end(), a):
            adj = None  # ("the monthly payment on a 2 million-crown loan": the loan's sum, no monthly one)
        if v.kind in ("count", "volume") and adj is not None and not _MONEY_RATE.match(text, b):
            rate = _ADJ_RATE_UNIT[adj.group(1)]  # "the daily cost ... at about 45 million dalers": dalers a day
        if v.kind == "money":
            mr = _MONEY_RATE.match(text, b)
            if mr:  # "€365 per month" ~ "about €12 a day" ~ "€4,380 per patient per year": told as a sum a year
                per_year = _PER_YEAR[mr.group(1).lower()]
            elif adj is not None:  # "its daily cost, about €45 million" ~ "€45 million a day"
                per_year = _PER_YEAR[_ADJ_RATE_UNIT[adj.group(1)]]
            if mr or adj is not None:
                # told a day, a week or a month: compared as a sum a year with other rates and with sums told a year,
                # never with a plain total ("a billion dollars every week" is no reading of "$53 billion over the next
                # five years"); a sum told a year meets both (a budget's year is its plain total's)
                rate = RATE_PER_TIME if per_year != 1.0 else RATE_PER_YEAR
            elif (pi := _PER_ITEM.match(low, b)) and not ({pi.group(1), pi.group(2)} & _NOT_ITEMS):
                # "4.50 euros for each laying hen" ~ "11 euros a bird": a sum per thing (whichever noun names it), never
                # a total ("a 12-million-euro fund") nor the price of another thing ("a box of eggs costs 4.45 euros")
                rate = "per item"
        counted = unit if v.kind == "count" else _UNIT_COUNTED.get(v.kind, "")
        who_told = ""
        if not counted and v.kind in ("count", "number"):
            # "the number of police officers injured had risen to 17", "1,900 of the cases have been confirmed"
            counted = _number_of_noun(text, lo, a) or _partitive_noun(text, b, hi)
            if not counted:
                # (what befell them is told by the relative clause, which holds the figure: no role's own measure)
                counted = who_told = _number_of_who(text, lo)
        cclass = counted_class(counted)
        if v.kind == "count" and cclass.startswith("noun:") and (lm := _NOUN_LIST.match(low, b, hi)):
            # "410,000 cattle, goats and sheep": the figure counts all the list names, not its first noun (of things,
            # not of people: "1,200 staff and contractors" are one workforce)
            listed = {cclass, *(counted_class(lemma(w)) for w in re.findall(r"[a-z]+", lm.group()) if w not in ("and", "or"))}
            if all(c.startswith("noun:") for c in listed) and len(listed) > 1:
                cclass = "list:" + "+".join(sorted(listed))
        if cclass == "role:member" and _OF_A_UNIT.match(text, b, hi):
            cclass = "role:soldier"  # "Forty members of an army engineering regiment" are soldiers
        if counted and cclass.startswith("noun:") and _capitalised_noun(text, a, b):
            cclass = "people"  # "133,000 Russians", "200 Britons"
        mlo = _relative_clause_end(low, a, lo)  # (what a relative clause before the figure says is not its measure)
        mtext, mlow = text, low
        if mlo > lo and not _RELATIVE_OPEN.search(low, max(0, lo - 8), lo):
            # a closed aside after the subject ("inflation, which measures how fast prices rise, stood at 3.8%"):
            # left out, the subject before it kept
            spans = [(m.start(), m.end()) for m in _RELATIVE_CLAUSE.finditer(low, lo, a)]
            if spans and _TOKEN.search(text, lo, spans[0][0]):
                for sa, sb in spans:
                    mtext = mtext[:sa] + " " * (sb - sa) + mtext[sb:]
                mlow, mlo = mtext.lower(), lo
        measure = _pattern_around(mlow, a, b, mlo, hi, among)  # a wording that holds the figure ("searching for 14 ...")
        if not measure and counted and not cclass.startswith("role:"):
            measure = measure_of_word(counted)
            told = _predicate_measure(mtext, mlow, a, b, mlo, hi, cwords, among) if measure in _WHO_MEASURES else ""
            if told in WHO_OUTCOMES.get(measure, ()):
                # "Two passengers were still missing": the noun says who is counted (it stays the counted thing),
                # the predicate what happened to them
                measure = told
            elif measure:
                pm = _PHRASE_RX.search(low, a, min(hi, b + 24))
                if pm and pm.start() < b:  # "1.6 million valid votes", "1.62 million ballots were cast"
                    measure = MEASURE_PHRASES[pm.group()]
                # "76 deaths", "64 arrests": the noun names the measure, and what it counts are people ("76 people
                # were killed"); "5,200 cases", "€3m in fines": the measure alone
                cclass = "people" if measure in PEOPLE_MEASURES else ""
        if not measure:
            measure = _predicate_measure(mtext, mlow, a, b, mlo, hi, cwords, among, v.kind == "money")
            if measure in ("", _UNKNOWN) and cclass.startswith("role:") and not who_told:
                # "5,000 protesters gathered", "38,500 marchers": people named by what they do are counted under
                # it, as "4,000 demonstrators" is, unless the predicate says what happened to them ("were arrested")
                measure = measure_of_word(counted) or measure
        if measure in ("", _UNKNOWN) and v.kind == "percent":
            # "64% of deaths occurred at home": a share of the people a toll counts (a share of pay or of a budget
            # is said by its predicate: "gave up a tenth of their pay" is a cut)
            share_of = measure_of_word(_partitive_noun(text, b, hi, _OF_ANY))
            if share_of in PEOPLE_MEASURES:
                measure = share_of
        if measure in ("", _UNKNOWN) and (sm := _SUBJECT_LEVEL.match(mlow, mlo)) is not None and sm.end() <= a \
                and measure_of_word(sm.group(1)) and _SUBJECT_LEVEL_BEFORE.search(mlow, max(mlo, a - 40), a):
            # "The toll from Tuesday's blaze at the works in Kessmoor now stands at 11": the head noun of the clause's
            # subject, however long the phrases after it
            measure = measure_of_word(sm.group(1))
        if measure in ("", _UNKNOWN) and who_told:
            # "The number of people who fell ill after the lunch at the school in Vossberg rose to 338": the clause
            # opens on the relative pronoun after what is counted, and its first words say what befell them, however
            # long the phrases after them
            rel_end = min(a, lo + 30)
            pm = _PHRASE_RX.search(low, lo, rel_end)
            told = MEASURE_PHRASES[pm.group()] if pm is not None and pm.end() <= rel_end else ""
            told = told or next((mw for t in islice(_TOKEN.finditer(text, lo, rel_end), 3)
                                 if (mw := measure_of_word(t.group()))), "")
            if told:
                measure = told
        if measure == _UNKNOWN:
            measure = ""
        elif not measure:
            w0 = max(mlo, a - 90)
            window = mlow[w0:a]
            pm = _PUT_AT.search(mlow, w0, a) if " at" in window else None
            if pm is None and any(w in window for w in _COPULAS):
                pm = _SUBJECT_IS.search(mlow, w0, a)
            if pm and measure_of_word(pm.group(1)):
                # "put the cost of the damage in the city centre at EUR 1.8m", "the new offer, made on Wednesday, is
                # worth 6.5%": the noun the figure is stated of
                measure = measure_of_word(pm.group(1))
            else:
                measure, dist = _nearest_measure(mtext, mlow, a, b, mlo, hi, among)
                if dist > _NEAREST_MAX or (measure == "users" and cclass.startswith("noun:")):
                    measure = ""  # ("2,600 criminal complaints from customers": things counted, not the customers)
        if measure and v.kind == "duration" and measure in _NO_SPAN_MEASURES:
            # "three days of mourning for the dead", "the eight months she had spent awaiting her trial": a span of time counts
            # no casualties and no money (a "three-day strike" or "sentenced to 47 months" is told by its span)
            measure = ""
        if v.kind in ("count", "number") and (rel := _WHO_THEN_VERB.match(low, b, hi)) is not None:
            # "Three people who had been detained on Tuesday were released without charge": the clause says who they
            # are; the main verb after it what befell them
            main = next((mw for t in islice(_TOKEN.finditer(text, rel.end(), hi), 3)
                         if (mw := measure_of_word(t.group()))), "")
            if main:
                measure = main
        if not counted and v.kind in ("count", "number") and _UNIT_OF.search(low, max(lo, a - 60), a):
            # "100 people will be conscripted from each centre, a division of 20,000": the size of a body of
            # people, who take the measure and status of the people (or unknown things) counted before it (below)
            cclass = "people"
            units.append(len(out))
        if measure == "users" and _HAS_BEFORE.search(low, max(lo, a - 24), a):
            measure = "customer base"  # "Norvox has 6.2 million customers": all it serves, no count of what befell them
        if measure in ("cut", "jobs cut") and (ct := _CUT_TO.search(low, max(lo, a - 30), a)) is not None:
            # "the rate of the levy would be cut to 25%": the level it is cut to, of what the subject names
            measure = _subject_measure(text, lo, ct.start())
        if measure == "raised" and v.kind == "percent":
            # "the reverse repo rate has been raised by 25 basis points to 6%": a rate raised, not money raised (the
            # rate the clause names before the figure)
            measure = next((MEASURE_PHRASES[m.group()] for m in reversed(list(_PHRASE_RX.finditer(low, lo, a)))
                            if MEASURE_PHRASES[m.group()].endswith("rate")), "raised")
        if measure == "escaped" and v.kind in ("volume", "mass"):
            measure = "spilled"  # "1.1 million litres of crude had escaped": a leak, no break-out
        if measure in _WIND and v.kind != "speed":
            measure = ""  # "the winds damaged 4,000 homes": no wind speed
        if v.kind == "money" and measure in _WHO_ONLY:
            measure = ""  # "doubled its fund for affected families to 500,000 crowns": who the sum is for, no measure
        if measure == "emergency" and v.kind != "duration":
            measure = ""  # "under the state of emergency, 400 troops ...": no length of the emergency
        if (measure in _ZONES or measure == "rainfall") and v.kind != "distance":
            measure = ""  # "3,000 residents of the exclusion zone": no radius; "rain fell for 24 hours": no rainfall
        elif measure not in _DISTANCE_MEASURES and v.kind == "distance" and (zones := list(_ZONE_BEFORE.finditer(low, max(0, a - 80), a))) \
                and not any(x.kind == "distance" and zones[-1].end() <= x.start - base_off < a for x in claim.values):
            # "widened the exclusion zone around the erupting volcano to 5 km", "a protection zone with a radius of
            # about two miles", "the surveillance zone, which reaches 10 km": the nearest zone named before it
            # ("the fishing ban now covers about 40 km of coast": the stretch a ban closes, no length of oiled coast)
            measure = "ban zone" if zones[-1].group(2) else MEASURE_PHRASES.get(f"{zones[-1].group(1)} zone", "exclusion zone")
        if v.kind == "percent" and _vote_share(low, a, b):
            measure = "votes"  # "64.3% of those who took part in the ballot", "by 64.3 per cent to 35.7 per cent"
        if measure == "votes" and v.kind == "percent" and _votes_against(low, lo, hi, a):
            measure = "votes against"  # "71% of those voting rejected it" is no share of the 64.3% who backed it
        if v.kind == "tally":
            measure = "votes"  # "split 5-2", "divided four to three": a vote or a score
        elif v.unit == "category" and v.kind == "number":
            measure = "category"  # "a Category 4 cyclone": the storm's level on its scale
        elif v.kind == "concentration":
            # "0.8 nanograms per millilitre", "15 parts per billion": the level of a substance is what it measures
            measure = "concentration"
        elif v.kind in _MEASURELESS and not (measure in _DISTANCE_MEASURES and v.kind == "distance") and not (
                measure in _WIND and v.kind == "speed"):
            measure = ""  # "at about 180 km/h, killing 80": a speed is not the toll the clause goes on to give
        if measure == "eligible" and v.kind not in ("count", "number", "range", "percent"):
            measure = ""  # "only people aged 60 and older were eligible": the age is a rule of who counts, no count
        lost_sum = v.kind == "money" and (_LOST_SUM.search(low, max(lo, a - 24), a) is not None
                                          or _LOST_SUM_AFTER.match(low, b, hi) is not None)
        if lost_sum:
            measure = "loss"  # "the club lost €18m in 2023-24": a loss, no fall of some other sum
        if measure == "deployed" and v.kind not in ("count", "number", "range"):
            measure = ""  # "the spill sent 3.2 million litres into the river": who is sent to help are counted
        if not measure and v.kind == "money" and _WORTH_BEFORE.search(low, max(lo, a - 24), a):
            measure = "value"  # "the deal is worth about €1.1bn": what it values the company at
        if not cwords.isdisjoint(_MANY_PASSED_WORDS) \
                and _MANY_PASSED.search(low, max(lo, a - 90), a + _lead_len(v.text)):
            measure = "threshold"  # "Several stations passed 45°C": a mark many things went past, no one reading
        if measure == "cost" and _COSTS_CUT_BY.search(low, max(lo, a - 60), a):
            measure = "savings"  # "aims to lower annual costs by 3.1 billion crowns": what it saves
        if measure == "value" and _EQUITY.search(low, max(lo, a - 40), a):
            measure = "equity value"  # "valuing its equity at 9.8 billion crowns": the shares alone, debt left out
        if v.kind == "volume" and measure == "released":
            measure = "spilled"  # "released about 2.3 million litres" of effluent is a spill, not freed prisoners
        if v.kind == "duration" and (_RECORD_SPAN_AFTER.match(low, b) or _RECORD_SPAN_BEFORE.search(low, max(lo, a - 50), a)):
            measure = "record span"  # "a 15-month high", "its highest level in more than a year": how long since
        if measure and " or " in low[lo:hi]:
            measure = _either_measure(low, lo, hi, measure)
        if not measure and v.kind == "number" and _QUAKE_AT.search(low, max(lo, a - 40), a) and _QUAKE.search(low) \
                and isinstance(v.value, float) and 1 <= v.value < 10 and "." in v.text:
            measure = "magnitude"  # "measured the quake at 6.8", "measured it at 6.8" (of earthquakes): its size
        if measure == "magnitude" and (_GIVEN_MAGNITUDE.search(low, max(lo, a - 24), a) or (
                _THE_BEFORE.search(low, max(lo, a - 24), a) and _MAGNITUDE_AFTER.match(low, b))) and sum(
                x.kind != "date" for x in claim.values) > 1:
            # "The toll from the magnitude 6.9 earthquake rose to 687": the quake named by its size in passing (told
            # as known, "the"), beside the figure the sentence reports; "A magnitude 6.9 quake struck" reports it
            measure = "magnitude in passing"
        elif measure == "seats" and _SEAT_ADJECTIVE.match(low, b):
            # "In the 174-seat Dail, Fianna Fail emerged as the largest party": the chamber named by its size in passing
            # (RELATIONS.md §1: identifying details are background)
            measure = "seats in passing"
        elif measure == "killed" and _toll_in_passing(low, a):
            # "Police are investigating the stadium crush that killed 131 people": the toll names the event inside a
            # relative clause of a sentence that reports something else (RELATIONS.md §1: identifying details are
            # background)
            measure = "killed in passing"
        elif measure == "magnitude" and _OR_GREATER.match(low, b):
            measure = "magnitude threshold"  # "a 10% chance of an aftershock of magnitude 6 or greater": a class of shocks
        elif measure == "magnitude" and _AFTERSHOCK.search(low):
            # an aftershock's size is not the quake's: "The strongest aftershock, of magnitude 5.4", "The strongest,
            # of magnitude 5.4, struck later" (one of several shocks), "a 10% chance of an aftershock of magnitude 6"
            measure = "aftershock magnitude"
        if measure == "cases":
            # confirmed cases and suspected cases are two counts of an outbreak ("Laboratories have confirmed 1,203
            # of the suspected cases", "suspected cases have passed 5,200"); cases said to be neither fit both
            if _CONFIRMED.search(low, lo, hi):
                measure = "confirmed cases"
            elif _SUSPECTED.search(low, lo, hi):
                measure = "suspected cases"
        if measure == "passengers" and v.kind in ("mass", "volume", "money"):
            measure = ""  # "1,600 tonnes of fuel on board": what a ship carries, not people aboard
        if measure in ("damaged", "destroyed") and v.kind == "money":
            measure = "cost"  # "the damage came to EUR 1.8 million": what the damage costs, not things damaged
        if v.kind == "duration" and measure in ("jobs cut", "") and (vm := _CHANGED_TO_BEFORE.search(low, max(lo, a - 40), a)):
            measure = _subject_measure(text, lo, vm.start()) or measure  # "her ban has been cut to three years"
        if measure == "jobs cut" and v.kind not in ("count", "number", "range"):
            measure = "cut"  # "cut by €120 million": a budget cut, not jobs
        elif measure == "jobs cut" and cclass.startswith("noun:"):
            measure = ""  # "a trial of 21,000 villagers reported a 14% cut in strokes", "cut 40 routes": not jobs
        if v.kind == "percent" and (_TARGET_BEFORE.search(low, max(lo, a - 50), a) or _TARGET_AFTER.match(low, b, hi)):
            measure = "target"  # "the Lavrenian National Bank's 2.5% target": the level aimed at
        elif ((not cwords.isdisjoint(_THRESHOLD_BEFORE_WORDS) and _THRESHOLD_BEFORE.search(low, max(lo, a - 30), a))
                or _THRESHOLD_AFTER.match(low, b, hi)
                or (not cwords.isdisjoint(_LIMIT_BEFORE_WORDS) and _LIMIT_BEFORE.search(low, max(lo, a - 60), a))
                or _CONDITION_LEVEL.search(low, max(0, a - 70), a + _lead_len(v.text))):
            measure = "threshold"  # "a party needs 56 seats", "the 50% turnout the law requires": a rule, not a count
        change = _change(text, a, b, lo, hi) if v.kind in _CHANGE_KINDS and not lost_sum \
            else ""
        if measure == "price" and change and v.kind == "percent" and _ANNUAL.search(low, lo, hi):
            measure, change = "inflation", ""  # "prices rose 3.8% in the 12 months to September": annual inflation
        if measure == "cut" and change == "down" and v.kind == "percent" and not (
                "by" in low[max(lo, a - 12):a] and _WORKFORCE_CUT.search(low, lo, a)):
            measure = ""  # "strokes were cut by 12%": a fall of 12%, as "strokes fell by 12%" says it
        elif measure == "offer":
            change = ""  # "offered a 5% rise" is an offer of 5%, as "an offer of 6%" is: the offer does not move
        elif measure == "deployed" and change and _SENT_MOVING.search(low, max(lo, a - 70), a):
            measure = ""  # "sent the index down more than 800 points": a move, nobody sent anywhere
        if measure not in ("demand", "offer") and not cwords.isdisjoint(_REQUEST_BEFORE_WORDS) \
                and _REQUEST_BEFORE.search(low, max(lo, a - 90), a):
            measure, change = "demand", ""  # "asked the vaccine reserve on Saturday for 1.1 million doses": what was
            # asked for, never what was granted or delivered ("approved 850,000 doses")
        status = _status(low, lo, a, b, hi, text)
        if status is Status.FACT and not measure:
            status = Status.UNMARKED
        when, weekday = None, None
        best = None
        em = _EVENT_CLAUSE.search(text, b, hi) if dates else None
        for da, db, dv in dates:
            if lo <= da < hi and not _DATE_NAMES_EVENT.match(text, db) and not (
                    em is not None and da >= em.end() and _CLAUSE_VERB.search(text, em.end(), da)) and not (
                    da >= b and _FROM_VALUE_BEFORE_DATE.search(text, b, da)) and not (
                    da >= b and _relative_after(text, b, da)) and not (
                    db <= a and "," in text[db:a] and _relative_date(text, max(0, da - 50), da)):
                d = min(abs(da - b), abs(a - db))
                if best is None or d < best[0]:
                    best = (d, dv, da)
        period = None
        if best is not None:
            dv = best[1]
            when = date_bounds(dv)
            if when is None and dv.unit == "weekday" and dv.value in WEEKDAYS:
                weekday = WEEKDAYS.index(dv.value)
            if when is not None and (when[1] - when[0]).days >= 27:
                period, when = when, None  # "in 2026", "for the third quarter": the period the figure covers
                ys = _YEAR_SPAN.search(text, max(lo, best[2] - 32), min(hi, best[2] + 40))
                if ys is not None and ys.start(1) <= best[2] < ys.end(2) and int(ys.group(1)) < int(ys.group(2)):
                    # "between 2016 and 2025", "from 2019 to 2023": the whole span, not its first year
                    period = (dt.date(int(ys.group(1)), 1, 1), dt.date(int(ys.group(2)), 12, 31))
            elif best[1].start - base_off < a:
                # "a decree signed on Sept. 30 orders 133,000 to be drafted between October and January": the day
                # belongs to what comes before; the span right after the figure is the period it covers
                for da, _db, dv in dates:
                    if b <= da < min(hi, b + 40):
                        span = date_bounds(dv)
                        if span is not None and (span[1] - span[0]).days >= 27:
                            period = span
                            break
        partitive_end, group = _partitive(text, a, lo)
        year_ago = status not in (Status.FUTURE, Status.INTENT) and _year_ago(low, a, b, lo)
        iv = _scaled(interval(v), per_year)
        if v.kind == "count" and iv is not None and (em := _ELIDED_MORE.match(low, b, hi)):
            more = parse_number(em.group(1))  # "six counts of fraud and one of money laundering": seven counts
            if more and (em.group(2) is None or lemma(em.group(2)) == v.unit):  # ("and one count of": the same noun)
                iv = Interval(iv.lo + more, iv.hi + more)
        places, several = _places(text, max(_leading_clause_end(text, a, lo), _running_total_start(low, lo, a)),
                                  _subordinate_start(text, b, hi), cwords, a)
        out.append(FigureFrame(
            value=v, cls=_cls(v), interval=iv, measure=measure,
            change=change,
            counted=counted, counted_class=cclass,
            head="" if measure else (_stuff_of(text, b) if v.kind == "distance" and not _WITHIN_BEFORE.search(
                low, max(lo, a - 12), a) else "")
            or (_lasting(text, a, lo) if v.kind == "duration" else "")
            or _head(text, a, b, partitive_end, hi, counted),
            rate=_rain_window(claim) if measure == "rainfall" else rate, status=status,
            base=_share_before_of(text, a),
            owners=_owners(text, a, b, lo, hi, claim.source, cwords, label) | (
                _vote_option(low, a, b, lo, hi) if measure == "votes" and v.kind == "percent" else _NO_KEYS),
            agents=_agents(text, a, lo, claim.source),
            anchors=(_anchors(text, a, b, lo, hi, claim.source)
                     if (not cwords.isdisjoint(_ITS_BEFORE_WORDS) and _ITS_BEFORE.search(text, max(0, a - 60), a))
                     or _OF_ITS_AFTER.match(text, b) else _NO_KEYS),
            places=places,
            several=several,
            whole=((wholeish and _WHOLE_PLACE.search(low, lo, hi) is not None)
                   or (acrossish and _ACROSS_NAME.search(text, lo, hi) is not None)),
            part=((alone and (_PART.search(low, lo, hi) is not None or _NAMED_PART.search(text, lo, a) is not None))
                  or _PART_PLACE.search(text, lo, a) is not None or _OF_ITS_OWN.match(low, b) is not None
                  or _OF_A_TOLD_TOLL.match(low, b) is not None
                  or (measure == "killed" and (_OUT_OF_THESE.match(text, lo) is not None or _OF_THEM.match(low, b) is not None))
                  or ((_OTHER_IN.search(v.text) is not None or _OTHER_IN.match(low, b) is not None)
                      and (cclass == "people" or cclass.startswith("role:") or measure in PEOPLE_MEASURES))),
            # ("up from 5.1% in January and 4.8% a year ago": a figure told as a year before is of that moment, not
            # of the month the clause gives the figure before it)
            **({"when": None, "period": None, "weekday": None} if year_ago and _YEAR_AGO_AFTER.match(low, b) else
               {"when": when, "period": period, "weekday": weekday}),
            mark=_mark(low, lo, a, b, hi, cwords),
            label=" ".join(v.text.split()), level=_level(low, a, lo), group=group,
            window=_day_window(text, dates, lo, hi) if len(dates) >= 2 else None,
            standing=_standing(low, a, b) if v.kind == "count" else "",
            other_occasion=(not cwords.isdisjoint(_OTHER_OCCASION_WORDS)
                            and _OTHER_OCCASION.search(low, lo, hi) is not None) or (
                not cwords.isdisjoint(_EARLIER_WORDS) and _earlier_thing(low, a, b, lo, hi)) or (
                # "had chosen to keep the rate at 3.5% at its March policy meeting": a meeting before this one
                "had" in cwords and _MONTH_MEETING.search(low, lo, hi) is not None
                and _HAD.search(low, lo, hi) is not None) or (
                # (not an expectation told a year ago for a period still to come: "A year ago, the ministry expected
                # the 2026 deficit to be 2.9%" is an earlier forecast of the same deficit)
                year_ago) or (
                # "Unlike the Tamsen tower fire of 2029, which killed 97, such collapses are ...": the
                # event compared with, before the sentence's own verb
                ("unlike" in cwords or "like" in cwords) and _COMPARED_EVENT.match(text) is not None
                and _FINITE.search(low, 0, a) is None),
            cohort=_cohort(claim, low, a, b, lo, hi, base_off, cwords),
            consensus=_consensus(low, a, b, lo, v.kind),
            segment=_segment(low, b, lo, hi) if measure == "revenue" else "",
            subject=_change_subject(text, a, lo),
            at_one_point=(_AT_ONE_POINT.search(low, max(lo, a - 70), a) is not None
                          or _BRIEFLY_BEFORE.search(low, max(lo, a - 70), a) is not None),
            added=_added(low, lo, a) or _MORE_IN.search(v.text) is not None,
            joint=(not cwords.isdisjoint(_JOINT_WORDS) and (_JOINT_BEFORE.search(low, max(lo, a - 40), a) is not None
                                                          or _JOINT_AFTER.match(low, b, hi) is not None)),
            listed=("and" in cwords and cclass not in ("", "people") and v.kind == "count"
                    and (_LISTED_AFTER.match(low, b, hi) is not None or _LISTED_BEFORE.search(low, max(lo, a - 40), a)
                         is not None)),
            since="since" in low and _SINCE.search(low, lo, hi) is not None,
            peoples=_peoples(text, v, a, lo) if _cls(v) == "count" else _NO_KEYS,
            # (a peak needs one of its words, "peak", "height", "worst", "point" or "stage"; a count left, one of
            # "still", "remain" or "yet")
            peak=_cls(v) == "count" and ("peak" in low or "height" in low or "worst" in low or "point" in low
                                         or "stage" in low) and _AT_PEAK.search(low, lo, hi) is not None,
            remaining=_cls(v) == "count" and ("still" in low or "remain" in low or "yet" in low)
            and _REMAINING.search(low, lo, hi) is not None,
            negated=(not cwords.isdisjoint(_FIG_NEGATED_WORDS)
                     and _FIG_NEGATED.search(low, max(lo, a - 40), a) is not None),
            org=(om.group(1).rstrip("s") if not cwords.isdisjoint(_ORG_SUBJECT_WORDS)
                 and (om := _ORG_SUBJECT.search(low, max(lo, a - 60), a)) else ""),
            stuff=_stuff_of(text, b) if v.kind in ("mass", "volume") else "",
        ))
    for k in units:
        f = out[k]
        people = next((p for p in reversed(out[:k]) if p.measure and p.counted_class.startswith(("people", "role:",
                                                                                                 "noun:"))), None)
        if people is not None and not f.measure:
            f.measure, f.status, f.head = people.measure, people.status, ""
    marked = [f for f in out if f.status in (Status.FUTURE, Status.INTENT)]
    if marked:
        for f in out:
            if f.status is not Status.UNMARKED:
                continue
            # "100 per centre will be conscripted ..., 20,000 in all": the plan's figure; not across a colon or a
            # semicolon ("The 12% figure is uncertain: the effect could lie between 2% and 21%")
            for m in marked:
                # (the text between the two figures)
                x, y = ((f.value.end, m.value.start) if f.value.start < m.value.start
                        else (m.value.end, f.value.start))
                if not _CLAUSE_STOP.search(text, x - base_off, y - base_off):
                    f.status = m.status
                    break
    for k in range(1, len(out)):
        f, prev = out[k], out[k - 1]
        if not (f.owners or f.agents or f.places) and (prev.owners or prev.agents) and (
                bounds[k] == bounds[k - 1]
                or (not f.whole and _no_other_name(text, prev.value.end - base_off, f.value.start - base_off,
                                                   prev.owners | prev.agents))):
            # "The STG's ballot produced an 88% vote on a 58% turnout": the STG's; so is a figure later in the
            # sentence when no other name comes between ("94% of EUS members backed a strike, on a turnout of 71%")
            f.agents = prev.owners | prev.agents
        bare = not (f.owners or f.agents or f.places)
        shift = bool(prev.change) and not f.change and f.cls != prev.cls
        if (bare or shift) and _RESTATED.search(text, max(0, f.value.start - base_off - 24), f.value.start - base_off):
            if bare:
                f.owners, f.agents, f.places = prev.owners, prev.agents, prev.places  # "158 of its 168 schools, or 94%"
            if shift:
                f.change = prev.change  # "skidded 41.2 points, or 2.3 per cent": the same fall, told as a share
    for k in range(1, len(out)):
        f = out[k]
        if f.cls == "percent" and f.change and not f.measure:
            # "Operating profit came in at EUR 2bn, almost 40 per cent lower than a year earlier": the change of the
            # level told just before it, in a trailing phrase of its own
            level = next((p for p in reversed(out[:k]) if p.measure and p.cls != "percent"), None)
            if level is not None and _TRAILING_CHANGE.match(text, level.value.end - base_off,
                                                            f.value.start - base_off):
                f.measure = level.measure
    if out and not out[0].measure and (km := _KEY_NUMBER.match(text)) is not None \
            and km.end(1) == out[0].value.end - base_off:
        # "$39.8 billion: The total deficit, just shy of ...", "535 billion: Total government spending": a list of key
        # numbers, each figure named by the words after its colon
        f = out[0]
        pm = _PHRASE_RX.search(low, km.end(), min(len(low), km.end() + 60))
        named = [measure_of_word(t.group()) for t in islice(_TOKEN.finditer(text, km.end()), 8)]
        f.measure = (MEASURE_PHRASES[pm.group()] if pm is not None else "") or next((m for m in named if m), "")
        if f.measure:
            f.status = _status(low, 0, f.value.start - base_off, f.value.end - base_off, len(low), text)
    for f in out:
        if f.cls != "count":
            continue
        if f.measure and (f.value.start - base_off > 40 or any(
                measure_of_word(t.group()) for t in _TOKEN.finditer(text, 0, f.value.start - base_off))):
            continue  # (a measure told before the figure is its own: "killed 15 people, including four workers, ...")
        pm = _PREDICATE_AFTER_ASIDE.match(text, f.value.end - base_off)
        told = measure_of_word(pm.group("verb")) if pm is not None else ""
        if pm is not None and told in PEOPLE_MEASURES and not any(
                measure_of_word(t.group()) for t in _TOKEN.finditer(pm.group("pre"))):
            # "At least 15 people from the region, including four health workers, died", "121 people, mostly women,
            # died and 31 were injured": the predicate after the aside is the figure's own (a verb of what befell
            # people, and none before the aside: "22 had been injured in the blasts, most of them with cuts, burns")
            f.measure = told
            f.status = _status(low, 0, f.value.start - base_off, f.value.end - base_off, len(low), text)
    for k in range(1, len(out)):
        f, whole = out[k], out[k - 1]
        a = f.value.start - base_off
        im = _INCLUDING_PART.search(text, max(0, a - 24), a)
        if im is None or not whole.measure or f.cls != whole.cls or (f.measure and f.measure != whole.measure):
            continue
        # "will cut 3,600 jobs worldwide, including 650 in Denmark": Denmark's part of the whole, of its measure
        f.measure, f.part, f.status, f.whole = whole.measure, True, whole.status, False
        f.counted, f.counted_class = f.counted or whole.counted, f.counted_class or whole.counted_class
        if f.places and whole.places:
            w_lo = bounds[k - 1][0]
            whole.places = whole.places & _places(text, w_lo, im.start(), cwords)[0] if im.start() > w_lo \
                else frozenset()
    for k in range(1, len(out)):
        f = out[k]
        if f.measure or f.mark is not TimeMark.PAST or f.cls != out[k - 1].cls or not out[k - 1].measure:
            continue
        a = f.value.start - base_off
        if _FROM_BEFORE.search(low, max(0, a - 40), a) and not _CLAUSE_STOP.search(text, out[k - 1].value.end - base_off, a):
            # "rose to 780 on Friday, up from 610 on Thursday": the earlier level of the same measure
            f.measure, f.status = out[k - 1].measure, out[k - 1].status
    _own_places_of_a_breakdown(out, text, base_off)
    derived = []
    for k in range(1, len(out)):
        f, part = out[k], out[k - 1]
        if not f.base:
            continue
        if part.cls == "percent" and part.measure:
            f.measure, f.status = part.measure, part.status  # "40% of the 60,000 defendants": who the share is of
        if not f.measure:
            f.measure = part.measure
        if part.cls == "count" and not (part.owners or part.agents or part.places):
            part.owners, part.agents, part.places = f.owners, f.agents, f.places  # "158 of its 168 schools": the council's
        extra = _derived(part, f)
        if extra is not None:
            derived.append(extra)
    return out + derived


#: the place a figure is told for, right after it: "302 people dead in Ludian", "66 in Qiaojia County", "15 from Madhya
#: Pradesh" (a few lower-case words between, never a clause)
_OWN_PLACE_AFTER = re.compile(r"(?:\s+(?!in\b|from\b|and\b|or\b)[a-z][\w-]*){0,3}?\s+(?:in|from)\s+(?:the\s+)?"
                              r"((?:[A-Z][\w'’.-]*|\d+-[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|\d+-[A-Z][\w'’.-]*))*)")


def _own_places_of_a_breakdown(out: list[FigureFrame], text: str, base_off: int) -> None:
    """A sentence that splits one measure by place ("left 302 people dead in Ludian, 66 dead in Qiaojia County", "20
    are from Uttar Pradesh, 15 from Madhya Pradesh"): each figure is told for its own place, not for every place the
    clause names (RELATIONS.md §1: where is part of the frame)."""
    own: dict[str, list[tuple[FigureFrame, frozenset[str]]]] = {}
    for f in out:
        if f.cls != "count":
            continue
        m = _OWN_PLACE_AFTER.match(text, f.value.end - base_off)
        keys = place_keys(m.group(1)) if m else frozenset()
        if keys:  # (a figure of no measure of its own goes with the one of the sentence: "and 12 in West Bengal")
            own.setdefault(f.measure, []).append((f, keys))
    if "" in own and len(own) == 2:
        unnamed = own.pop("")
        next(iter(own.values())).extend(unnamed)
    for measure, told in own.items():
        if measure and len(told) >= 2 and len({k for _, k in told}) >= 2:
            for f, keys in told:
                f.places, f.several = keys, False
                f.part = True  # (each place's figure is a part of the measure's whole, no rival of it)


#: a figure told for a whole country or the world (against a figure placed in one city: two scopes, RELATIONS.md §1)
_WHOLE_PLACE = re.compile(r"\b(?:nationwide|countrywide|worldwide|globally|nationally|across\s+the\s+(?:country|nation|world|globe)"
                          # "the national pass rate", "the national average": the whole country's figure
                          r"|the\s+national\s+(?:[a-z-]+\s+)?(?:rate|average|figure|share|total|level)"
                          r"|at\s+(?:the\s+)?national\s+level|(?:the\s+)?country\s+as\s+a\s+whole"
                          r"|around\s+the\s+(?:country|world|globe)|all\s+over\s+the\s+(?:country|world)"
                          r"|(?:in|throughout)\s+the\s+(?:whole\s+|entire\s+)?country"
                          # a company's figure for all its markets: "group deliveries fell 7%", "group-wide sales"
                          r"|group(?:-wide)?\s+(?:deliveries|sales|revenues?|turnover|output|shipments))\b")


#: "Across France", "throughout Germany": a figure told across a named country or region is told for all of it
_ACROSS_NAME = re.compile(r"\b(?:[Aa]cross|[Tt]hroughout|[Aa]ll\s+over)\s+[A-Z][\w'’-]+")


#: ", or 94 per cent": the figure restates the one before it in other terms (whose and where are the same)
_RESTATED = re.compile(r",\s+or\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|just\s+over\s+)?$")


def _derived(part: FigureFrame, base: FigureFrame) -> FigureFrame | None:
    """The share a text gives by implication: "1,640 of the 2,480 schools" is also 66% of them, compared like any
    other share ("about two-thirds of the schools")."""
    pi, bi = part.interval, base.interval
    if pi is None or bi is None or bi.lo <= 0 or base.cls != "count":
        return None
    from dataclasses import replace

    if part.cls == "count" and pi.hi <= bi.hi:
        iv = Interval(100 * pi.lo / bi.hi, 100 * pi.hi / bi.lo)
        value = Value(part.value.start, base.value.end, f"{part.label} of {base.label}", "percent",
                      round(100 * (pi.lo + pi.hi) / (bi.lo + bi.hi), 1), "%", True)
        return replace(part, value=value, cls="percent", interval=iv, counted="", counted_class="", base=False,
                       label=f"{part.label} of {base.label}", measure=part.measure or base.measure)
    return None  # "two-thirds of 2,480" is a share; RELATIONS.md: no count unless the text gives the product


@dataclass(frozen=True, slots=True)
class ActFrame:
    """An official act or event a claim reports: its verb's class, status, object words and moment."""

    act: str  # claims.vocab.ACTS value ("sign", "pass", "approve", ...)
    status: Status
    objects: frozenset[str]  # the stems of the words right after the act ("law", "decree", "merger")
    when: tuple[dt.date, dt.date] | None
    weekday: int | None
    negated: bool = False  # "has not yet signed", "still needs the president's signature"
    agents: frozenset[str] = frozenset()  # name keys of who acted, when named before the act ("Acme rejected")
    #: the act told as one of its own, apart from another of its kind ("opened its own inquiry", "a separate
    #: investigation")
    distinct: bool = False


_ACT_WORDS = frozenset(ACTS)


@lru_cache(maxsize=65536)
def _object_key(low: str) -> str:
    """A content word (lower case) as an act's object key (synonyms folded: law = legislation = bill), "" for
    stop words."""
    if low in STOPWORDS or len(low) < 3 or low in ACTS or low in _TIME_WORDS:
        return ""
    return canon(low)


_TURN = frozenset(("turn", "turns", "turned", "turning"))
#: when an act happened is its date, not what it acted on ("signed the law on Friday": the object is the law)
_TIME_WORDS = frozenset(w.lower() for w in WEEKDAYS) | frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun jul "
    "aug sep sept oct nov dec today yesterday tonight morning afternoon evening night week weekend month year "
    "earlier later".split())


#: words before a participle that make it describe the noun after it ("a banned substance", "any approved drug",
#: "the newly adopted law")
_ATTRIBUTIVE_BEFORE = frozenset("a an any no every each newly".split())


def act_frame(claim: Claim, cwords: frozenset[str] | None = None) -> ActFrame | None:
    """The act a claim reports ("signed a law", "approved the merger"), or None. ``cwords``: :func:`claim_words` of
    the claim, when the caller has read them."""
    text = claim.text
    low = text.lower()
    if (_ACT_WORDS.isdisjoint(_WORDS_LOW.findall(low) if cwords is None else cwords)
            and "green light" not in low and "go-ahead" not in low
            and " down" not in low and not (" in force" in low or " in place" in low or " in effect" in low)):
        return None  # no act word at all (most claims): skip the token walk (a restriction "in force" is read after it)
    toks = list(_TOKEN.finditer(text))
    # each token in lower case (an ASCII text's tokens lower-cased are the lower-cased text's tokens)
    words = _TOKEN.findall(low) if text.isascii() else [t.group().lower() for t in toks]
    for i, w in enumerate(words):
        act = ACTS.get(w)
        if act is None:
            if w == "light" and i and words[i - 1] == "green":
                act = "approve"  # "gave the takeover the green light"
            elif w == "down" and any(x in _TURN for x in words[max(0, i - 3):i]):
                act = "reject"  # "turned the application down", "was turned down"
            else:
                continue
        t = toks[i]
        if t.start() > 0 and text[t.start() - 1] in "“\"":
            continue
        if act == "sign" and i + 1 < len(words) and words[i + 1] == "up":
            continue  # "traders who sign up": joining, not signing a text
        if act == "declare" and i + 1 < len(words) and words[i + 1] in _SAID_AFTER:
            continue  # "the minister declared that ...": a saying, not the act of declaring something
        before = words[max(0, i - 4):i]
        if before and before[-1] in _COMPLEMENT and not (before[-1] == "to" and before[-2:-1] == ["decision"]):
            # "from signing contracts", "to sign": not the act the sentence reports (but "the cabinet's decision to
            # declare an emergency" reports the declaring)
            continue
        if any(b in _SUBORDINATE for b in before):
            continue  # "before the law was signed": background to what the sentence reports
        if w.endswith("ed") and before and before[-1] in _ATTRIBUTIVE_BEFORE and i + 1 < len(words) \
                and words[i + 1] not in ("by", "on", "in", "at", "last", "this", "after", "before"):
            continue  # "taking a banned substance", "the approved list": a participle naming a kind of thing
        if _APPOSITIVE_ACT.search(text, max(0, t.start() - 24), t.start()) and _BY_THEN_COMMA.match(text, t.end()):
            continue  # "a companion law, also signed by the president, frees ...": names the law, reports what it does
        objects = []
        put_to = (w == "signature" and i >= 2 and words[i - 1] in ("his", "her", "their", "its")
                  and words[i - 2] in ("put", "puts", "putting", "set", "sets", "added", "adds"))
        if w in _APPROVAL_NOUNS:
            # "received conditional clearance on Tuesday for its purchase of Sunnfield", "gave the takeover of
            # Sunnfield the green light": what is approved is named after the noun, or before it
            for u in words[i + 1:i + 7] + words[max(0, i - 6):i - (w == "light")]:
                key = _object_key(u)
                if key:
                    objects.append(key)
                if len(objects) == 4:
                    break
        elif (w == "signature" or w.endswith("ure")) and not put_to:
            # "the bill now needs only Putin's signature": the object is the sentence's subject
            for u in words[:i]:
                key = _object_key(u)
                if key:
                    objects.append(key)
                if len(objects) == 3:
                    break
        elif w.endswith("ed") and ((i + 1 < len(words) and words[i + 1] == "by")
                                   or (i >= 2 and words[i - 1] in _BE_FORMS)
                                   or any(words[k] in _CAUSATIVE and words[k + 1] in _HAVE_DETERMINERS
                                          for k in range(max(0, i - 4), i - 1))):
            # passive "a decree signed by the president", "the provisional figures were released shortly before
            # 3 a.m.", "can have their cases suspended": the object comes before the act; a noun with a phrase after
            # it is the head ("proceedings against these people will be suspended": the proceedings)
            back = words[max(0, i - 8):i]
            head = next((k for k in range(len(back) - 1) if back[k + 1] in _HEAD_PREPS and _object_key(back[k])), None)
            if head is not None:
                objects.append(_object_key(back[head]))
            else:
                for u in reversed(words[max(0, i - 3):i]):
                    key = _object_key(u)
                    if key:
                        objects.append(key)
                        break
        else:
            for u in words[i + 1:i + 6]:
                key = _object_key(u)
                if key:
                    objects.append(key)
                if len(objects) == 3:
                    break
        if act == "lift" and RESTRICTIONS.isdisjoint(objects):
            continue  # "lifted its policy rate", "lifted the carriage out": no restriction ended
        lo = max(0, t.start() - 40)
        status = Status.FUTURE if (not FUTURE_WORDS.isdisjoint(_TOKEN.findall(low, lo, t.start()))
                                   or _FUTURE_RX.search(low, lo, t.start())) else Status.FACT
        negated = bool(_NOT_YET.search(low, lo, t.start()))
        if negated:
            status = Status.FUTURE  # "has not yet signed": the act has not happened
        when, weekday = None, None
        filed = filed_end(claim)
        for v in claim.values:
            if v.kind == "date" and v.start - claim.start >= filed:
                when = date_bounds(v)
                if when is None and v.unit == "weekday" and v.value in WEEKDAYS:
                    weekday = WEEKDAYS.index(v.value)
                break
        lo_c, _hi = clause_bounds(text, t.start(), t.end())
        if lo_c == 0 and (dm := _LEAD_DATELINE.match(text)) is not None and dm.end() < t.start():
            lo_c = dm.end()  # "VOSSBERG -- U.S. regulators on Friday approved": the dateline is where, not who
        if lo_c < filed < t.start():
            lo_c = filed  # ("Nov. 13 (Ostnet) -- the water board imposed": the wire is who filed, not who acted)
        names = {m.group() for m in _PROPER_RUN.finditer(text, lo_c, t.start())
                 if not _described(text, m.start(), m.end()) and not _NATION_BEFORE_NOUN.match(m.group())}
        agents = _name_keys(text, names, claim.source.lower())
        distinct = _DISTINCT_OBJECT.match(low, t.end()) is not None
        return ActFrame(act, status, frozenset(objects), when, weekday, negated, agents, distinct)
    m = _IN_FORCE.search(low)
    if m is not None:
        # "The fishing ban remains in force", "the advice to keep windows shut is still in place": a restriction not
        # yet lifted (RELATIONS.md §3: in force on one day, lifted on a later one is an update)
        lo_c = clause_bounds(text, m.start(), m.end())[0]
        objects = [k for k in map(_object_key, _WORDS_LOW.findall(low, lo_c, m.start())) if k][-6:]
        if not RESTRICTIONS.isdisjoint(objects):
            when, weekday = _act_when(claim)
            return ActFrame("lift", Status.FUTURE, frozenset(objects), when, weekday, True)
    return None


#: an act's object told as one apart from another of its kind: "opened its own inquiry", "launched a separate
#: investigation", "a parallel review"
_DISTINCT_OBJECT = re.compile(r"\s+(?:(?:its|their|his|her)\s+own|(?:a|an)\s+(?:separate|parallel|second))\b")
#: what can be lifted or stay in force: a restriction, an order, a warning (their object keys)
RESTRICTIONS = frozenset(canon(w) for w in "advisory advice alert warning ban order curfew restriction restrictions "
                         "notice emergency lockdown zone suspension sanction sanctions embargo quarantine closure "
                         "moratorium".split())
#: a restriction still in force: "remains in force", "is still in place", "stayed in effect"
_IN_FORCE = re.compile(r"\b(?:(?:remains?|remained|stays?|stayed|is|are|was|were)\s+(?:still\s+)?|still\s+)in\s+"
                       r"(?:force|place|effect)\b")


def _act_when(claim: Claim) -> tuple[tuple[dt.date, dt.date] | None, int | None]:
    """The day a claim's act is placed on: its first date (or weekday), as act_frame reads it."""
    filed = filed_end(claim)
    for v in claim.values:
        if v.kind == "date" and v.start - claim.start >= filed:
            when = date_bounds(v)
            if when is None and v.unit == "weekday" and v.value in WEEKDAYS:
                return None, WEEKDAYS.index(v.value)
            return when, None
    return None, None


#: nouns that say something was approved (the thing approved may come before or after them)
_APPROVAL_NOUNS = frozenset("approval clearance light go-ahead".split())
#: "have" before a participle: its object is done to ("had their licences suspended")
_CAUSATIVE = frozenset("have has had having get got".split())
#: what opens the thing done to after a causative "have" ("have their fines", "had the ban"): not "had not lodged"
_HAVE_DETERMINERS = frozenset("their his her its the our my your".split())
#: prepositions after a noun that end the noun (its head) and open a phrase about it ("proceedings against them")
_HEAD_PREPS = frozenset("against of for over into".split())
#: forms of "be" right before a participle: the act is told in the passive ("the figures were released")
_BE_FORMS = frozenset("was were is are been be being".split())
#: words after "declared" that make it a verb of saying ("declared that", "declared it a success")
_SAID_AFTER = frozenset("that it he she they we this his her their".split())
_APPOSITIVE_ACT = re.compile(r",\s+(?:(?:also|already|earlier|recently|previously|itself|likewise)\s+)?$")
_BY_THEN_COMMA = re.compile(r"\s+by\s+[^,.;]{1,60},")
#: words after which an act word is a complement, not the act reported ("from signing", "to sign", "of passing")
_COMPLEMENT = frozenset("to from into of for by without".split())
#: words opening a clause that only places the reported fact in time ("before the law was signed")
_SUBORDINATE = frozenset("before after since until once when while".split())
_NOT_YET = re.compile(r"\b(?:not|yet to|never|awaits?|awaiting|needs?|requires?|pending)\b(?:\s+[\w'’]+){0,3}\s+$")


__all__ = ["OWN_AREA", "SUB_AREA", "ActFrame", "FigureFrame", "Status", "TimeMark", "act_frame", "claim_status",
           "claim_words", "clause_bounds", "counted_class",
           "earlier_event_years", "years_named",
           "figure_frames", "measure_of_word"]
