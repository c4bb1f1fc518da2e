"""Check-worthy claims: sentences stating a checkable fact.

A sentence is a claim when it is a declarative statement of the article's own text (not a
heading, caption, question, appeal to the reader or author bio) and, for a high score,
carries typed values, an attribution ("according to X", "X said", "X told Y", "citing X")
or a direct quote. Plain factual sentences are kept with a low score so an editor can still
tag them. Boilerplate paragraphs (``Paragraph.boilerplate``, marked by
:mod:`claims.boilerplate`) never yield claims.

Extraction of one document depends on that document alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from claims.model import Claim, ClaimKind, Document, Paragraph, Value
from claims.sentences import split_span
from claims.text_utils import CONSEQUENCE, DATELINE, TEASER_PROMISE, norm_text, short_hash, single_spaced
from claims.values import find_values

# ----------------------------------------------------------------------------- sentence cues

_WORD_RX = re.compile(r"[A-Za-z]+")
#: first- and second-person words (as tokens of the text outside quotes; "US" is not "us")
#: ("mine" is left out: in news it is nearly always the pit, "the copper mine", and an appeal in the first person says
#: "I", "my", "we" or "our" as well)
_PERSON_WORDS = frozenset("I me Me my My we We us Us our Our ours Ours you You your Your yours Yours".split())
_PERSON_LOWER = frozenset(w.lower() for w in _PERSON_WORDS)
#: the outlet speaking of itself inside a report ("the economists we surveyed", "told us on Monday"): the sentence
#: is still the report's; at its start ("We need your support") it is not. "our" is kept out: mid-sentence it is
#: mostly the outlet selling itself ("free to read because of our partners", "download our tracker")
_OUTLET_VOICE = frozenset("we us".split())
#: letters whose case folding involves ASCII letters ("İ".lower() is "i̇", Kelvin "K" is "k"; "ı" and "ſ"
#: match "i" and "s" case-insensitively): where one occurs, a lower-case word set says nothing exact
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")
_IMPERATIVE = frozenset(
    """please click subscribe sign read follow share enter become gift help consider donate join support thank thanks
    download listen watch visit contact send email register log skip remind continue see whatsapp advertise""".split()
)
#: a page's own label before an appeal: "PREMIUM DATA: Track grain prices daily with ...", "OFFER: Get 3 months free"
_LABEL_APPEAL = re.compile(r"[A-Z][A-Z&' -]{2,30}:\s+(?:track|try|get|unlock|discover|explore|start|save|claim|upgrade"
                           r"|subscribe|sign|join|download|read|watch|listen|follow)\b", re.IGNORECASE)
#: an imperative's word used as a noun: "Support for the reform", "Share of the vote"
_NOUN_USE = re.compile(r"\s+(?:for|of)\s+(?:the|a|an|[A-Z])")
_CREDIT = re.compile(r"(?i)(?:^photo:|\bphoto:\s|\(file photo\)|/(?:afp|ap|reuters|getty|pool|epa|tass)\)\s*$"
                     r"|^(?:see also|read more|related|also read|watch|listen)\b:?"
                     r"|^(?:(?:photo|image|picture|video)\s+)?caption:|^pictured:)")
#: the outlet telling what its page gathers: "The Halden Wire has gathered the key facts on the ballot", "we have
#: rounded up the key points" (a note on the article, not a report)
_ROUNDUP = re.compile(r"\b(?:has|have)\s+(?:collected|compiled|gathered|rounded\s+up|put\s+together)\s+(?:the\s+|some\s+)?"
                      r"(?:main|key|latest|most\s+important|essential)\s+(?:reports|facts|details|updates|news|points)\b")
#: the page's promise of what follows, as a sentence in the article's run ("Here's what to know about the new
#: price", after a page's bracketed embed code): a teaser, not a report
_TEASER_LEAD = re.compile(rf"(?:\[[^\]]{{0,80}}\]\s*)?(?i:{TEASER_PROMISE})")
#: a picture's caption told as a sentence: "CT image of a knee showing the damaged cartilage.", "A photo taken on Monday
#: shows the flooded square.", a video's: "Drone footage taken on Monday shows the ruin in Ostby." (no figure)
_PICTURE_CAPTION = re.compile(r"(?:(?:An?\s+|The\s+)?(?:[A-Z]{2,5}\s+)?(?i:image|photo|photograph|picture|illustration)\s+"
                              r"(?:of\s+[^.;,]{0,80}?\s+)?"
                              # (a video only as the page's own: "CCTV footage shows the intruders fled" is evidence)
                              r"|(?:(?i:new|aerial|drone|dramatic|amateur|raw)\s+){1,2}(?i:video|footage)\s+"
                              r"(?:(?:of|from)\s+[^.;,]{0,80}?\s+)?)(?:showing|shows|taken|released)\b")
#: a wire photo's caption: someone doing something in the present tense, then the day the picture was taken and where
#: ("Ana Ruiz, the minister, waits for the vote, May 4, 2031, in Vossberg."): a picture, not a report
_WIRE_VERB_LIST = """listens speaks looks walks stands sits waits arrives gestures waves talks testifies smiles poses attends
    leaves addresses reacts prays watches departs greets holds carries cries works rests wears""".split()
_WIRE_VERBS = frozenset(_WIRE_VERB_LIST)
_WIRE_CAPTION = re.compile(rf"\b(?:{'|'.join(_WIRE_VERB_LIST)})\b[^.;]{{0,160}},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
                           r"|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}(?:,\s+(?:in|at|near|outside)\s+[A-Z][^.;]{0,60})?\.$")
#: the words every match of _ROUNDUP and _PICTURE_CAPTION (case-insensitive) holds as a whole word (and _WIRE_CAPTION
#: one of _WIRE_VERBS)
_ROUNDUP_WORDS = frozenset("collected compiled gathered rounded together".split())
_PICTURE_WORDS = frozenset("image photo photograph picture illustration video footage".split())
#: the words _CREDIT's matches without ":", "(" or "/" open the text on
_CREDIT_OPENERS = ("see also", "read more", "related", "also read", "watch", "listen")
_CREDIT_OPENERS_LEN = max(map(len, _CREDIT_OPENERS))
#: the page selling itself or pointing the reader elsewhere, as an imperative with its object: "Get the Ledger's
#: World Briefing", "Get breaking news alerts on the app", "Start a 14-day trial", "Hear more on Today, weekdays from
#: 7am", "Message the Travel Desk on ..." (each word alone may open a report's sentence: "Start dates slipped")
_APPEAL_VERBS = ("get", "start", "try", "hear", "message", "text", "call", "ring")
_APPEAL = re.compile(rf"(?i)(?:{'|'.join(_APPEAL_VERBS)})\s+(?:the|a|an|our|your|more|breaking|free"
                     r"|unlimited|full|it|us|\d)\b")
_APPEAL_WORDS = frozenset(_APPEAL_VERBS)
#: a telephone number or an e-mail address: how to reach the newsroom or a helpline, never a fact to check. Two
#: patterns, each tried only when its one literal character is in the sentence (the e-mail pattern, tried at every
#: word, was a tenth of extraction's time)
_PHONE = re.compile(r"(?:\+\d{1,3}[ -]?)?\(?\b0\d{2,4}\)?[ -]\d{3,4}[ -]?\d{3,4}\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}")


#: the part of a telephone number no optional prefix precedes: searched first (a literal scan), the full number after
_PHONE_CORE = re.compile(r"0\d{2,4}\)?[ -]\d{3,4}[ -]?\d{3,4}\b")


def _contact(s: str) -> bool:
    """A telephone number or an e-mail address in ``s``."""
    return ("0" in s and _PHONE_CORE.search(s) is not None and _PHONE.search(s) is not None) or (
        "@" in s and _EMAIL.search(s) is not None)


#: the byline's note on its writer: "Lotta Engstrom is education editor.", "Kasper Moe is a news reporter.", "Helen
#: Marsh has edited the Beacon's consumer pages since 2017."
_STAFF_NOTE = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+(?:(?:is|has\s+been)\s+(?:the\s+|an?\s+|our\s+)?(?:[\w'’-]+\s+){0,4}"
    r"(?:editor|reporter|correspondent|writer|columnist|journalist|producer|presenter)s?(?:\s+(?:at|for|of)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
    r"|has\s+(?:edited|written\s+for|reported\s+(?:on|for)|covered)\s+.{3,60}?\s+since\s+(?:19|20)\d\d)\.$")


# ----------------------------------------------------------------------------- quotes


_PREP = re.compile(r"(?i)\b(?:from|of|in|within|at|to|near|by|for|with|inside)\b")
_POSSESSIVE = re.compile(r"['’]s$")
_THAT_SPLIT = re.compile(r"\bthat\b|[;:]")
_STUDY = re.compile(r"\b(?:study|survey|report|investigation|analysis)\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be|being)\s+$")
_NOUN_BEFORE = re.compile(r"(?i)\b(?:an|a|the|with|of)\s+$")
_OF_AFTER = re.compile(r"\s+of\b")
_BY_IN_AFTER = re.compile(r"\s+(?:by|in)\b")
_THAT_AFTER = re.compile(r"\s*(?:that\b|[,.:;“\"]|$)")
_REPORTEDLY = re.compile(r"(?i)\b(?:reportedly|reports (?:indicate|suggest|say)|is said to|are said to|allegedly)\b")
_FIRST_WORD = re.compile(r"[\W_]*([A-Za-z]+)")
_INNER_CAPITAL = re.compile(r"\s[A-Z][a-z]")
_SPACE_CAPITAL = re.compile(r" [A-Z][a-z]")
_QUOTE_CHARS = re.compile(r"[“«„”»\"]")


def quoted_mask(s: str) -> list[tuple[int, int]]:
    """Spans of ``s`` inside double quotation marks (curly or straight). A closing mark with no
    opening one before it means the sentence started inside a quote."""
    spans: list[tuple[int, int]] = []
    if '"' not in s and s.isascii():
        return spans  # (most sentences quote no one: in ASCII text only '"' is a quotation mark, found by a C scan)
    first = _QUOTE_CHARS.search(s)
    if first is None:
        return spans
    opened = None
    straight_open = False
    for m in _QUOTE_CHARS.finditer(s, first.start()):
        ch, i = m.group(), m.start()
        if ch in "“«„":
            opened = i
        elif ch in "”»":
            spans.append((0 if opened is None else opened, i + 1))
            opened = None
        elif straight_open:
            spans.append((opened or 0, i + 1))
            opened, straight_open = None, False
        else:
            opened, straight_open = i, True
    if opened is not None:
        spans.append((opened, len(s)))
    return spans


#: ASCII letters to lower case, every other byte to a space
_ASCII_WORD_BYTES = bytes(c | 0x20 if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))


def outside_words(outside: str) -> frozenset:
    """The lower-case words of ``outside`` (the ``[A-Za-z]+`` runs of ``outside.lower()``) as a set: of ASCII text
    (most sentences) by one byte translation and a split, half the pattern's cost."""
    if outside.isascii():
        return frozenset(outside.encode().translate(_ASCII_WORD_BYTES).decode().split())
    return frozenset(_WORD_RX.findall(outside.lower()))


def _outside_quotes(s: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return s
    out, p = [], 0
    for a, b in spans:
        out.append(s[p:a])
        out.append(" " * (b - a))
        p = b
    out.append(s[p:])
    return "".join(out)


# ----------------------------------------------------------------------------- attribution

_REPORT_VERBS = (
    r"said|says|say|told|tells|reported|reports|noted|notes|estimated|estimates|explained|explains|confirmed|confirms"
    r"|added|adds|argued|argues|claimed|claims|wrote|writes|stated|states|announced|announces|warned|warns|insisted"
    r"|insists|acknowledged|admitted|alleged|suggested|revealed|disclosed|indicated|indicate|indicates|believes"
    r"|emphasized|emphasised|stressed|concluded|quoted|cited|asserted|maintained|predicted|calculated|found"
)
_VERB = re.compile(rf"\b(?:has\s+|have\s+|had\s+)?(?P<verb>{_REPORT_VERBS})\b")
#: words one of which any attribution contains (a cheap filter before the patterns)
_SOURCE_WORDS = frozenset(_REPORT_VERBS.split("|")) | frozenset(
    "according citing reportedly allegedly indicate suggest saying".split())
#: "Romanova expressed concern over the conditions, saying that ...": the sentence's named subject says it
_SAYING = re.compile(r",\s+(?:adding|saying|arguing|warning)\s+(?:that\s+)?")
_LEADING_NAME = re.compile(r"(?:[A-Z][\w.'’&-]+\s+){0,3}[A-Z][\w.'’&-]+(?=\s+[a-z])")
_VERB_WORDS = frozenset(_REPORT_VERBS.split("|"))
_CITING_WORDS = frozenset(("citing", "cited", "quoted"))
_REPORTEDLY_WORDS = frozenset(("reportedly", "reports", "said", "allegedly"))


def _verb_scan_start(s: str, first: int) -> int:
    """Where a _VERB match can start at the earliest, given the first verb as written at ``first``
    (an auxiliary "has"/"have"/"had" and white space may come before it)."""
    i = first
    while i and s[i - 1].isspace():
        i -= 1
    return max(0, i - 4) if i < first else first


_ACCORDING = re.compile(r"(?i)\baccording\s+to\s+(?P<np>[^,;:“”\"]+)")
_CITING = re.compile(r"\b(?:citing|cited by|quoted by)\s+(?P<np>[^,;:“”\"]+)")
_SAID_NAME = re.compile(rf"\b(?:{_REPORT_VERBS})\s+(?P<np>(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w.'’-]*)")
_VIA = re.compile(
    r"\b(?:cited by|quoted by|reported by|published by|report by|told|tells|spoke to|speaking to|talking to|via"
    r"|in an interview with|citing"
    r"|confirmed to|said to)\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,4}?"
    r"(?P<via>[A-Z][\w.'’&-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w.'’&-]*)*)"
)


def _via(s: str) -> re.Match | None:
    """_VIA's first match in ``s``, tried only when one of its openings can be there (each holds "by", "to", "tell",
    "via", "interview" or "citing")."""
    if "by" in s or "to" in s or "tell" in s or "via" in s or "interview" in s or "citing" in s:
        return _VIA.search(s)
    return None


_DETERMINER = re.compile(r"^(?:the|a|an|this|that|these|those|its|his|her|their|some|two|three|several|one)\s+", re.I)
_TIME_TAIL = re.compile(r"\s+(?:on|in|at|last|this|earlier|since|during|as of|after|before|who|which|that|when|with"
                        r"|quoted|cited)\b.*$")
_GENERIC_NOUNS = ("website", r"web\s?site", "outlet", "news outlet", "newspaper", "portal", "publication", "media", "agency",
                  "news agency", "report", "magazine", "channel", "broadcaster", "service")
_GENERIC_TAIL = re.compile(rf"\s+(?:{'|'.join(_GENERIC_NOUNS)})$", re.I)
#: the words _GENERIC_TAIL's matches end with ("web\s?site" ends with "site")
_GENERIC_ENDS = tuple(dict.fromkeys(re.split(r"\\s\?|\s", n)[-1] for n in _GENERIC_NOUNS))
_PRONOUNS = frozenset("he she they it".split())
_ORG_NOUNS = ("ministry council group times news agency office committee court service bank government army forces "
              "department institute university party union network post journal intelligence website outlet media press "
              "radio tv television company corporation").split()
_ORG_WORDS = re.compile(rf"(?i)\b(?:{'|'.join(_ORG_NOUNS)})\b")
_ORG_NOUN_SET = frozenset(_ORG_NOUNS)


def _org_word(name: str) -> bool:
    """Does ``name`` hold one of _ORG_WORDS? The pattern (case-insensitive, tried at every position) only when the
    name's lower-case words hold one (each of its matches is such a word) or a letter of _ODD_CASE may stand for one
    of their ASCII letters."""
    return (not _ORG_NOUN_SET.isdisjoint(outside_words(name)) or not name.isascii() and _ODD_CASE.search(name) is not None) \
        and _ORG_WORDS.search(name) is not None


_PROPER = re.compile(r"[A-Z][\w.'’&-]*(?:\s+(?:of\s+|the\s+|and\s+|for\s+)?[A-Z][\w.'’&-]*)*")


def _proper_runs(s: str) -> list[re.Match]:
    return [m for m in _PROPER.finditer(s) if not (m.start() == 0 and m.group().lower() in ("the", "a", "an"))]


def _has_proper(s: str) -> bool:
    """Does :func:`_proper_runs` find any? (Stops at the first: a run after the first always counts.)"""
    m = _PROPER.search(s)
    return m is not None and (m.start() > 0 or m.group().lower() not in ("the", "a", "an")
                              or _PROPER.search(s, m.end()) is not None)


def _clean_np(np: str) -> str:
    """A source noun phrase reduced to its name: "the independent Russian news outlet IStories" -> "IStories",
    while "US intelligence", "Defense Ministry source" and "source from the Defense Ministry" stay whole."""
    np = np.strip().rstrip(".").strip()
    if np.isalpha() and ("A" <= np[0] <= "Z" or np.islower()):
        return np  # one word ("officials", "Reuters"), no proper-name run inside it ("eBay"): each step below needs a
        # space, a quotation mark or such a run
    np = _TIME_TAIL.sub("", np)
    dm = _DETERMINER.match(np)  # (anchored patterns: a match at the start is all a substitution could replace)
    np = (np[dm.end():] if dm else np).strip()
    last: re.Match[str] | None = None  # the last proper-name run (one at the start, even "The", never ends the phrase after a description)
    for run in _PROPER.finditer(np):
        last = run
    if last is not None and last.end() == len(np) and last.start() > 0:
        before = np[: last.start()]
        if not _PREP.search(before):
            np = last.group()
    # (the phrase, stripped, ends with one of _GENERIC_TAIL's words: the pattern, tried at every space, only then)
    m = _GENERIC_TAIL.search(np) if np.lower().endswith(_GENERIC_ENDS) or not np.isascii() and _ODD_CASE.search(np) \
        else None
    if m and np[: m.start()].split() and np[: m.start()].split()[-1][:1].isupper():
        np = np[: m.start()]  # "IStories website" -> "IStories"
    if np.endswith(("'s", "’s")):  # (what _POSSESSIVE matches: the phrase ends on no white space here)
        np = np[:-2]
    np = np.strip()
    rm = _ROLE.match(np)  # "Lawyer Dmitry Zakhvatov" -> "Dmitry Zakhvatov"; titles like "Governor" stay
    return np[rm.end():] if rm else np


_ROLE = re.compile(r"^(?:Lawyer|Attorney|Activist|Analyst|Journalist|Economist|Expert|Researcher|Historian|Sociologist"
                   r"|Spokesman|Spokeswoman|Spokesperson|Blogger|Commentator|Political scientist)\s+(?=[A-Z])")


_OUTLET_HEADS = frozenset("outlet publication website newspaper report media agency portal paper site".split())
_ANAPHORIC = re.compile(
    r"(?i)^(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}?(?P<head>source|official|publication|outlet|report|website|newspaper"
    r"|agency|portal|media|lawyer|person|spokes(?:man|woman|person)|paper)\b"
)
_UNNAMED = frozenset("reports report sources officials experts analysts observers critics media lawyers witnesses "
                     "residents activists".split())


class _SourceState:
    """Per-document memory for resolving "the outlet said", "she added", "Romanova explained"."""

    def __init__(self):
        self.carrier = ""  # the last outlet/organisation a claim was attributed to
        self.person = ""
        self.names: list[str] = []

    def full_name(self, name: str) -> str:
        if " " not in name:
            for n in reversed(self.names):
                if n.endswith(" " + name):
                    return n
        return name


def _subject_before(s: str, end: int) -> str:
    """The subject noun phrase of a reporting verb ending at ``end``: the comma chunk nearest the verb that
    does not start lower case (skipping appositives like ", head of ...,")."""
    left = s[:end]
    # stop at the end of a quote or at "that"
    cut = max(left.rfind("”"), left.rfind('"'), left.rfind("“"))
    if cut >= 0:
        left = left[cut + 1:]
    if "that" in left or ";" in left or ":" in left:  # (what _THAT_SPLIT cuts at: rarely there)
        left = _THAT_SPLIT.split(left)[-1]
    # the comma chunks read from the verb back, each with its leading "and"/"while"... cut (", and lawyers said": a new
    # clause); only as many as it takes to find the subject, then the one before it
    last = ""  # the chunk nearest the verb, the answer when none qualifies
    pending = ""  # an "a"/"an" chunk, the answer unless the chunk before it opens with a capital
    for piece in reversed(left.split(",")):
        c = piece.strip()
        if not c:
            continue
        lead = _LEAD_WORDS.match(c) if c[0] in _LEAD_INITIALS else None
        chunk = c[lead.end():] if lead else c
        if not chunk:
            continue
        if pending and not chunk[:1].isupper():
            return pending
        last = last or chunk
        if chunk[0].islower() and not chunk.startswith(("the ", "a ", "an ")) and not lead:
            continue  # ", head of the rights group ,"
        if chunk.startswith(("a ", "an ")):
            pending = chunk  # ("IStories, an investigative outlet, reported": the name before the apposition)
            continue
        return chunk
    return pending or last


#: ", Istories," after "according to independent Russian media": the name between commas
_NAME_BETWEEN_COMMAS = re.compile(r",\s*([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*)\s*,")
#: whom a source told, after "told": "told the state broadcaster KPB"
_TOLD_WHOM = re.compile(r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*)")
#: whom a source said it to: "said to the Courier"
_SAID_TO = re.compile(r"\s+to\s+(?:the\s+)?([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*)")
_LEAD_WORDS = re.compile(r"^(?:(?:and|but|while|after|before|when|since|as|if|although|because|though|once|until)\s+)+",
                         re.I)
#: the letters _LEAD_WORDS's words open on, either case (and the letters a case-insensitive "i" or "s" matches)
_LEAD_INITIALS = frozenset("abwsitou" + "abwsitou".upper() + "\u0130\u0131\u017f")
#: capitalised words that open a sentence without naming who speaks
_LEADING_NOT_NAMES = frozenset("The A An This That These Those It Its In On At By For Of And But As After When While "
                               "Officials Police".split())
#: present-tense reporting verbs that are just as often ordinary verbs ("law adds a layer"): need "that", a quote
#: or punctuation after them
_AMBIGUOUS_VERBS = frozenset("adds notes states claims reports estimates indicates indicate found".split())


def find_source(sentence: str, state: _SourceState | None = None, outside: str | None = None,
                words: frozenset | None = None) -> tuple[str, bool]:
    """(source, attributed): the named source of a sentence ("IStories", "U.K. Defense Ministry",
    "Dmitry Zakhvatov via IStories"), and whether the sentence is attributed at all."""
    state = state or _SourceState()
    s = sentence
    if outside is None:
        outside = _outside_quotes(s, quoted_mask(s))
    who, via, attributed = "", "", False
    if words is None:
        words = outside_words(outside)
    if words.isdisjoint(_SOURCE_WORDS):
        return "", False

    # ``words`` tells, exactly, which patterns below can match (but for the rare letters _ODD_CASE names)
    odd = not outside.isascii() and _ODD_CASE.search(outside) is not None
    m = _ACCORDING.search(outside) if odd or "according" in words else None
    if m:
        attributed = True
        np = s[m.start("np"):m.end("np")]
        vm = _via(np)
        if vm:
            via = vm.group("via")
            np = np[: vm.start()]
        who = np
        # "according to independent Russian media, Istories, ..."
        if not _has_proper(_clean_np(who)) and not via:
            am = _NAME_BETWEEN_COMMAS.match(s, m.end("np"))
            if am:
                who = am.group(1)
    if not attributed and not words.isdisjoint(_VERB_WORDS):
        # every match holds a verb as written (case-sensitive): start just before the first one
        first = -1
        for verb_word in words.intersection(_VERB_WORDS):  # (one or two)
            i = outside.find(verb_word)
            if i >= 0 and (first < 0 or i < first):
                first = i
        verbs = _VERB.finditer(outside, _verb_scan_start(outside, first)) if first >= 0 else ()
        for vm in verbs:
            verb = vm.group("verb")
            if verb == "found" and not _STUDY.search(outside, 0, vm.start()):
                continue
            if _PASSIVE_BEFORE.search(outside, max(0, vm.start() - 12), vm.start()):
                return "", True  # "are reported to have", "is said to"
            if _NOUN_BEFORE.search(outside, max(0, vm.start() - 8), vm.start()) or _OF_AFTER.match(outside, vm.end()):
                continue  # "an estimated 133,000", "with reports of": not a reporting verb here
            if verb in ("quoted", "cited") and _BY_IN_AFTER.match(outside, vm.end()):
                continue  # "a source quoted by IStories said": the participle modifies the subject
            if verb in _AMBIGUOUS_VERBS and not _THAT_AFTER.match(outside, vm.end()):
                continue
            subj = _subject_before(s, vm.start())
            if verb in ("said", "says", "added", "explained", "wrote", "noted") and (not subj or subj[0].islower() or
                                                                                        subj.lower() in ("", "and")):
                nm = _SAID_NAME.match(s, vm.start("verb"))
                if nm:
                    subj = nm.group("np")
            if not subj:
                continue
            attributed = True
            who = subj
            if verb in ("told", "tells"):
                tm = _TOLD_WHOM.match(s, vm.end())
                if tm:
                    via = tm.group(1)
            else:
                cm = _SAID_TO.match(s, vm.end())
                if cm:
                    via = cm.group(1)
            vm2 = _via(who)
            if vm2 and not via:
                via = vm2.group("via")
                who = who[: vm2.start()]
            break
    if not attributed and "saying" in words:
        sm = _SAYING.search(outside)
        nm = _LEADING_NAME.match(s) if sm else None
        if nm and _has_proper(nm.group()) and nm.group().split()[0] not in _LEADING_NOT_NAMES:
            attributed = True
            who = nm.group()
    if not attributed and not words.isdisjoint(_CITING_WORDS):
        cm = _CITING.search(outside)
        if cm:
            attributed = True
            who = s[cm.start("np"):cm.end("np")]
    if not attributed:
        if (odd or not words.isdisjoint(_REPORTEDLY_WORDS)) and _REPORTEDLY.search(outside):
            return "", True
        return "", False

    raw_who = who.strip()
    # "according to independent Russian media, Istories, ...": the name follows the description
    if m and not via and (head_words := _WORD_RX.findall(raw_who)) and head_words[-1].lower() in _OUTLET_HEADS:
        am = _NAME_BETWEEN_COMMAS.match(s, m.end("np"))
        if am:
            raw_who = am.group(1)
    who = _clean_np(raw_who)
    via = _clean_np(via) if via else ""
    anaphor = _ANAPHORIC.match(raw_who)
    if anaphor or (who and who.split()[0].lower() in _PRONOUNS):
        low = who.lower()
        if low.split()[0] in ("he", "she") and state.person:
            who = state.person
        elif state.carrier and not via:
            via = state.carrier
            if anaphor and anaphor.group("head").lower() in _OUTLET_HEADS:
                who = ""
    if who.lower() in _UNNAMED or _DETERMINER.match(who + " ") and len(who.split()) == 1:
        who = ""
    who_proper = False  # (_has_proper(who), asked once)
    if who:
        who_proper = _has_proper(who)
        if not (who_proper or _org_word(who) or who.lower().split()[-1] in _SPEAKERS):  # (as _real_source)
            who = ""  # "the newly adopted legislation": a phrase, not an organisation, outlet, person or document
    if via and not _real_source(via):
        via = ""
    if who and not via:
        full = state.full_name(who)
        if full is not who:
            who, who_proper = full, True  # (a name the state remembers has a proper-name run)
    # remember for later sentences
    for name, proper in ((via, via and _has_proper(via)), (who, who_proper)):
        if name and proper:
            if _org_word(name) or name == via or not _PERSON_NAME.fullmatch(name):
                state.carrier = name
            else:
                state.person = name
                state.names.append(name)
    if who and via and who.lower() != via.lower():
        source = f"{who} via {via}"
    else:
        source = who or via
    return source.strip(), True


def _real_source(name: str) -> bool:
    """An attribution that names someone: a proper name (an organisation, an outlet, a person, a titled
    document) or an office that speaks ("the ministry", "police", "prosecutors")."""
    return _has_proper(name) or _org_word(name) or name.lower().split()[-1] in _SPEAKERS


#: a person's name as the state remembers it: two to four capitalised words
_PERSON_NAME = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+")


#: common nouns that are sources in their own right when they speak ("police said", "prosecutors said")
_SPEAKERS = frozenset("police prosecutors prosecutor officials official ministry government court army military "
                      "investigators regulator authorities authority spokesman spokeswoman spokesperson envoy "
                      "minister president governor mayor diplomat diplomats ambassador chief director judge "
                      "judges lawyer lawyers analyst analysts economist economists researcher researchers "
                      "witness witnesses source sources company agency union".split())


# ----------------------------------------------------------------------------- scoring

#: hedging and evaluative words: a sentence full of them is opinion more than fact
_HEDGE_WORDS = frozenset(
    """could might perhaps possibly arguably seem seems appear appears likely troubling remarkably unfortunately clearly
    obviously desperate gamble ethical moral worry worrying worries alarming should must hope hopes risk risks concern
    concerns""".split()
)
#: hedges that say how the writer knows, not that the fact is uncertain
_EVIDENTIAL = frozenset("seem seems appear appears".split())
_CLOSERS = "\"”’'»)]"
_STOPS = frozenset(".!?…")


def _terminal(s: str) -> bool:
    """Does the sentence end like one (a full stop, ?, ! or … before any closing quotes and brackets, or a
    closing quote)? Headings, captions and navigation do not. A bold sentence ("**Sixteen people have died ...
    on Monday.**", a lead) ends where its bold does; an italic line is a standfirst or a disclosure."""
    if s[-1:] in _STOPS:
        return True  # (most sentences: their own full stop last)
    if s.endswith("**"):
        s = s[:-2]
    if s.endswith(";") and _BULLET_ITEM.match(s):
        return True  # an item of a list of clauses: "Amid the chaos: * Holidaymakers had to barricade themselves ...;"
    return s.rstrip(_CLOSERS).endswith((".", "!", "?", "…")) or s.endswith(('"', "”", "»"))


_BULLET_ITEM = re.compile(r"[*•·–-]\s+\S")
_STRONG_KINDS = frozenset("number percent money count age range duration distance tally mass".split())


def _words(s: str) -> int:
    return len(s.split())


_READERSHIP = re.compile(r"\b(?:read(?:s|ers?)?|subscri\w+|members?|supporters?|donat\w+|pays|paid|contribut\w+"
                        r"|funded|journalism|newsroom|audience)\b")


#: the outlet telling how it comes out: "The Exchange Letter is published every weekday", "is sent to members", "Campus
#: Ledger will publish a breakdown by institution on Tuesday"
_COMES_OUT = re.compile(r"\b(?:(?:is|are)\s+(?:published|produced|edited|printed|issued|distributed|sent|delivered"
                        r"|updated)|will\s+(?:publish|carry|run|bring\s+you|host|update)|(?:publishes|carries))\b")
#: what subscribers or members may do on the outlet's site: "Subscribers can download Monday's full data"
_PERK_OPENERS, _PERK_WHO = ("Premium", "Paying"), ("Subscribers", "Members", "Readers")
_PERK = re.compile(rf"(?:(?:{'|'.join(_PERK_OPENERS)})\s+)?(?:{'|'.join(_PERK_WHO)})\s+(?:can|may|get|receive)\s")
_PERK_WORDS = frozenset(_PERK_OPENERS + _PERK_WHO)


#: a publisher's company word after the outlet's own name ("Example Letter Publishing", "Lamp Media Group")
_CORPORATE = re.compile(r"(?:\s+(?:publishing|publications|media|group|ltd|limited|inc|plc|holdings))+\.?$")


@lru_cache(maxsize=256)
def _outlet_name(outlet: str) -> str:
    """The outlet's name as a sentence names it: lower case, without "the" and its company words."""
    name = _CORPORATE.sub("", outlet.strip().lower())
    return name[4:] if name.startswith("the ") else name


def _self_promotion(sentence: str, outlet: str, lowered: str | None = None) -> bool:
    """The outlet talking about itself and its readers ("1 reader in 10,000 pays for the Ledger", "The Ledger is
    published every weekday"). ``lowered``: ``sentence.lower()``, when known."""
    name = _outlet_name(outlet)
    if not name or name not in (sentence.lower() if lowered is None else lowered):
        return False  # (most sentences: the outlet is not named)
    dm = DATELINE.match(sentence)  # "EDINBURGH, Jan 28 (Northwire) - ...": the wire's credit, not its voice
    low = sentence[dm.end() if dm else 0:].lower()
    if name not in low:
        return False
    k = low.find(name)
    # (near the name: "1 reader in 10,000 pays for the Ledger"; not "the firm paid bribes, officials told the Ledger")
    if _READERSHIP.search(low, max(0, k - 40), k + len(name) + 40):
        return True
    # the outlet as the subject of how it comes out ("The Exchange Letter is published every weekday")
    cm = _COMES_OUT.search(low, k + len(name))
    return cm is not None and cm.start() - (k + len(name)) <= 2


_LIST_FIGURE = re.compile(r"^(?:[-*•]\s+)?[A-Z][\w ,()’'&/-]{2,60}:\s+\S.*\d")
#: an item of a list a paragraph opened with a colon: a label and the figure it gets ("Fianna Fail 21.9%", "- Sinn Féin -
#: 39", "Labour: 11 seats")
_LISTED_FIGURE = re.compile(r"\s*(?:[-*•]\s+)?[A-Z][\w ,()’'&/.-]{1,60}?(?:\s+[-–—]\s*|:\s*|\s+)(?:[$€£]\s?)?\d[\d,.]*"
                            r"\s*(?:%|per\s+cent|seats?|votes?|bn|billion|million|m)?\.?\s*$")
#: a line opening on a short capitalised label, a dash or a colon, then a figure: "Tamsen - 412,300 of whom ...",
#: "Halden: 98,410" (an item of a table printed as lines)
_LABEL_FIGURE = re.compile(r"\s*(?:[-*•]\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3}(?:\s*[-–—:]\s*|\s+)(?:[$€£]\s?)?\d[\d,.]*")
_VERBISH = re.compile(r"\b[a-z]{3,}(?:ed|es|s|ing)\b|\b(?:is|are|was|were|will|would|has|have|had|said|says)\b")


_RUNNING = re.compile(r"(?i)\b(?:the|a|an|is|are|was|were|will|would|has|have|had|its|their)\b")


def _cut_off_sentence(s: str, paragraph: int, index: int, last: bool = False) -> bool:
    """A last sentence the page cut off before its full stop (RELATIONS.md §4: still a claim when complete):
    the last of a paragraph that had a sentence before it, a long one well into the article, or the page's own
    last line (``last``: the text ends there, "... are due to resume on Monday"), in running text (verbs, mostly
    lower-case words), not a title-case headline or a label."""
    words = s.split()
    if len(words) < 8 or s.rstrip().endswith((":", ",", ";", "-", "–", "—")):
        return False
    head = s[: len(s) // 2]
    if ": " in head or " | " in s or " – " in head:
        return False  # "Rail disaster: toll reaches 34 as ...": a headline
    lower = sum(1 for w in words if w[:1].islower())
    if lower < len(words) * 0.5 or not _VERBISH.search(s):
        return False
    if _BULLET_ITEM.match(s) and _RUNNING.search(s) is None:
        return False  # "- Foreign Secretary to visit Bangladesh today amid tensions": a list of headlines, which drop the
        # articles and auxiliaries a sentence keeps
    # (the page's last line: a headline drops the articles and auxiliaries a sentence keeps, "Booking platforms
    # face new EU rules" against "Talks are due to resume on Monday")
    return index > 0 or (paragraph >= 3 and (len(words) >= 14 or last and _RUNNING.search(s) is not None))


def _list_figure(s: str) -> bool:
    """A list item giving a figure: "Defence: EUR 6.8 billion" (short: a label, a colon, a figure)."""
    return len(s) < 90 and len(s.split()) <= 12 and bool(_LIST_FIGURE.match(s))


#: an "I" that is no pronoun: in an abbreviation ("Estuary Mutual P&I", "R&I") or a numeral after its noun ("Phase I",
#: "World War I", "Category I")
_NOT_A_PRONOUN = re.compile(
    r"\b[A-Z]+&I\b|\b(?:Phase|Stage|Type|Class|Category|Grade|Level|War|Part|Title|Tier) I\b"
    # a ruler's numeral: "King Orla I", "Orla I of Dornland", "Dornland's Orla I" (a name right before the "I" of a
    # first person opens the sentence or follows "and": "Then I", "Ana and I")
    r"|\b(?:King|Queen|Pope|Emperor|Empress|Tsar|Czar|Sultan|Shah|Kaiser|Pharaoh|Prince|Princess)\s+[A-Z][a-z]+ I\b"
    r"|\b[A-Z][a-z]+ I(?= of [A-Z])|(?<=['’]s )[A-Z][a-z]+ I\b")


def _person_appeal(words: list[str]) -> bool:
    """A first- or second-person sentence, as an appeal or a column speaks: any "I", "you", "my" or "our", or a
    "we" or "us" opening it. The outlet's plural voice further in ("the economists we surveyed") is reporting."""
    for k, w in enumerate(words):
        if w in _PERSON_WORDS and (k == 0 or w not in _OUTLET_VOICE):
            return True
    return False


#: a colon, then a sentence of its own: "If you wanted the month in one line, here it is: On Friday the office
#: reported that ..."
_COLON_SENTENCE = re.compile(r":\s+(?=[A-Z][a-z]+\s+(?:\S+\s+){5})")


def _after_lead_in(outside: str) -> str:
    """The words a person appeal is looked for in: after a writer's lead-in that a colon closes, when a sentence of
    its own follows (the reader addressed in the lead-in is no appeal of the report after it)."""
    if ": " not in outside:
        return outside
    ends = [m.end() for m in _COLON_SENTENCE.finditer(outside)]
    return outside[ends[-1]:] if ends else outside


def reject(sentence: str, spans: list[tuple[int, int]], outside: str, outlet: str = "",
           words: frozenset | None = None) -> bool:
    """Cheap checks that rule a sentence out whatever its figures: headings and captions (no final
    punctuation), questions, exclamations, first- or second-person appeals, imperatives, credits.
    ``words``: the lower-case words of ``outside`` (see :func:`outside_words`), when known."""
    s = sentence
    if not _terminal(s):
        return True  # headings, captions, credits, navigation
    tail = outside.rstrip()
    if tail.endswith("?") or (tail.endswith("!") and not spans):
        return True
    # the person words are case-sensitive ("US" is not "us"): the lower-case set only rules them out
    if (words is None or not _PERSON_LOWER.isdisjoint(words) or not outside.isascii() and _ODD_CASE.search(outside)):
        told = _after_lead_in(outside)
        if _person_appeal(_WORD_RX.findall(_NOT_A_PRONOUN.sub(" ", told) if "I" in told else told)):
            return True
    first = _FIRST_WORD.match(s)
    if first:
        word, at = first.group(1), first.start(1)
        low_word = word.lower()
        if low_word in _IMPERATIVE and not _NOUN_USE.match(s, first.end(1)):
            return True  # ("Support for the reform has fallen to 31%": a noun, not an appeal)
        # _APPEAL and _PERK open on the first word itself (the first case-insensitively, so a letter of _ODD_CASE may
        # stand for one of its ASCII letters): tried only after one of their words
        if (low_word in _APPEAL_WORDS or not s.isascii() and _ODD_CASE.search(s)) and _APPEAL.match(s, at):
            return True
        if word in _PERK_WORDS and _PERK.match(s, at):
            return True  # "Subscribers can download the full data from the members' area": the page selling itself
        # (a staff note says "is" or "has" as a word: without quotes ``words`` are the sentence's own)
        if _contact(s) or (spans or words is None or "is" in words or "has" in words) and _STAFF_NOTE.match(s, at):
            return True
        if word.isupper() and len(word) > 1 and (lm := _LABEL_APPEAL.match(s, at)) and lm.group().split(":")[0].isupper():
            return True  # "PREMIUM DATA: Track African grain prices daily": the page selling itself
    elif _contact(s):
        return True
    # without quotes ``words`` are the sentence's own: the patterns below that need a word of theirs (each a whole word,
    # case-sensitive or, in ASCII text, case-insensitive) are tried only after one; one set test instead of the scans
    own = words if not spans else None
    if s.endswith(".") and (", 19" in s or ", 20" in s) and (own is None or not _WIRE_VERBS.isdisjoint(own)) \
            and _WIRE_CAPTION.search(s):  # (its year follows a comma)
        return True  # a wire photo's caption told as a sentence
    if (not _ROUNDUP_WORDS.isdisjoint(own) if own is not None else (
            "collected" in s or "compiled" in s or "gathered" in s or "rounded" in s or "together" in s)) \
            and _ROUNDUP.search(s):
        return True  # the page describing itself
    if not spans and (words is None or not _PICTURE_WORDS.isdisjoint(words) or not s.isascii()) \
            and _PICTURE_CAPTION.match(s) and not any(c.isdigit() for c in s):
        return True  # a picture's caption
    if "know" in s and _TEASER_LEAD.match(s):
        return True  # "Here's what to know about ...": what the page goes on to tell
    # every match of _CREDIT holds ":", "(" or "/" or opens the text on one of its words (in ASCII text, lower-cased as
    # it is written): three C scans rule most sentences out before the ten scans of the words the pattern looks for
    # (and before the sentence is lower-cased: of ASCII text its first letters tell the opening words)
    low = None
    if ":" in s or "(" in s or "/" in s or not s.isascii() or s[:_CREDIT_OPENERS_LEN].lower().startswith(_CREDIT_OPENERS):
        low = s.lower()
        if ("photo" in low or "/" in low or "see also" in low or "read more" in low or "related" in low
                or "also read" in low or "watch" in low or "listen" in low or "caption" in low or "pictured" in low) \
                and _CREDIT.search(s):  # _CREDIT_HINTS
            return True
    return bool(outlet and _self_promotion(s, outlet, low))


def classify(sentence: str, values: list[Value], source: str, attributed: bool, outlet: str = "",
             spans: list[tuple[int, int]] | None = None, checked: bool = False,
             outside: str | None = None, words: frozenset | None = None,
             tokens: list[str] | None = None, single: bool | None = None) -> tuple[str, float] | None:
    """(kind, score) for a sentence, or None when it is not a checkable claim. ``checked``: :func:`reject`
    has already passed it (``spans`` and ``outside`` are then the quote spans and the text outside them).
    ``tokens``: ``sentence.split()``, when known; ``single``: ``single_spaced(sentence)``, when known."""
    s = sentence
    # (the sentence's words, as _words counts them: of a single-spaced sentence, its spaces and one)
    if single is None:
        single = tokens is None and single_spaced(s)
    n = len(tokens) if tokens is not None else s.count(" ") + 1 if single else len(s.split())
    if spans is None:
        spans = quoted_mask(s)
    if outside is None:
        outside = _outside_quotes(s, spans)
    if not checked and reject(s, spans, outside, outlet):
        return None
    if values:
        strong = [v for v in values if v.kind in _STRONG_KINDS]
        dates = [v for v in values if v.kind == "date"]
    else:
        strong = dates = []  # (most sentences have no figure)
    if n < 4 and not strong:
        return None
    quote_words = max((_words(s[a:b]) for a, b in spans), default=0) if spans else 0
    has_quote = quote_words >= 4
    score = 0.25
    if strong:
        score += 0.35 + 0.05 * min(len(strong) - 1, 2)
    if dates:
        score += 0.15
    if attributed:
        score += 0.15 + (0.05 if source else 0)
    if has_quote:
        score += 0.1
    # a name inside the sentence (in ASCII text whose only white space is " ", all of it printable, the pattern that
    # opens on that literal: a faster scan)
    inner = (_SPACE_CAPITAL if outside.isascii() and outside.isprintable() else _INNER_CAPITAL).search(outside, 1) \
        is not None
    if inner:
        score += 0.05
    low_words = words if words is not None else outside_words(outside)
    # (a hedge in a clause that only draws a consequence, "..., meaning those who appealed could still ...", leaves
    # the main clause a plain fact)
    cm = CONSEQUENCE.search(outside) if "mean" in outside else None  # (the pattern says "meaning" or "means")
    if cm:
        low_words = frozenset(_WORD_RX.findall(outside[:cm.start()].lower()))
    hedges = ("remains to be seen" in outside) + (0 if _HEDGE_WORDS.isdisjoint(low_words) else len(low_words & _HEDGE_WORDS))
    if hedges:  # (without a hedge the score loses nothing)
        # a hedge weakens a claim but leaves it checkable ("the VAT rise appears to be the biggest tax increase": a
        # word of evidence, "appears", "seems", weighs as little as any hedge in a claim with a figure, date or source)
        weak = hedges - len(low_words & _EVIDENTIAL)
        plain = not (strong or dates or attributed or inner)
        score -= (0.12 if plain else 0.04) * min(weak, 2) + 0.04 * min(hedges - weak, 2)
    if n > 60:
        score -= 0.1
    if score > 1.0:  # (as max(0.0, min(1.0, score)); below 0.2 the sentence is dropped)
        score = 1.0
    if score < 0.2:
        return None
    if strong:
        kind = "figure"
    elif dates:
        kind = "date"
    elif has_quote:
        kind = "quote"
    elif attributed:
        kind = "attribution"
    else:
        kind = "other"
    return kind, score


# ----------------------------------------------------------------------------- documents

_FULL_DATE_YEAR = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b"
    r"|\b[0-3]?\d\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\b"
    r"|\b((?:19|20)\d\d)-[01]\d-[0-3]\d\b"
)


_YEAR_HINT = re.compile(r"\b(?:19|20)\d\d\b")


def reference_year(doc: Document) -> int | None:
    """When the publication date is unknown: the latest year among the document's own full dates."""
    text = doc.text
    years: list[int] = []
    for y in _YEAR_HINT.finditer(text):  # a year first (a plain literal scan), then the full date around it
        m = _FULL_DATE_YEAR.search(text, max(0, y.start() - 20), min(len(text), y.end() + 6))
        while m and m.start() <= y.start():
            years.extend(int(g) for g in m.groups() if g)
            m = _FULL_DATE_YEAR.search(text, m.end(), min(len(text), y.end() + 6))
    return max(years) if years else None


_KINDS = {k.value: k for k in ClaimKind}


def claim_id(doc_id: str, text: str, seen: Counter, tokens: list[str] | None = None, single: bool = False) -> str:
    """``doc_id`` and a hash of the text (normalised), numbered after its first time in ``seen``. ``tokens``:
    ``text.split()``, when known (of ASCII text, :func:`norm_text` joins them lower case); ``single``:
    ``single_spaced(text)`` is known to be true (the text is its own collapsed form)."""
    norm = text.casefold() if single else " ".join(tokens).casefold() if tokens is not None and text.isascii() \
        else norm_text(text)
    base = f"{doc_id}-{short_hash(norm)}"
    n = seen.get(base, 0) + 1  # (dict.get: a Counter's own lookup of a missing key calls __missing__ in Python)
    seen[base] = n
    return base if n == 1 else f"{base}-{n}"


def extract_claims(doc: Document) -> list[Claim]:
    """The claims of one document, in text order."""
    text = doc.text
    ref_date = doc.date
    ref_year = None if ref_date else reference_year(doc)
    paragraphs = doc.paragraphs
    if not paragraphs and text.strip():
        paragraphs = (Paragraph(0, 0, len(text)),)
    state = _SourceState()
    seen: Counter = Counter()
    out: list[Claim] = []
    # terminal control sequences in the text (an OSC 52 payload, a CSI) are not words: the engine reads a
    # copy with each sequence blanked out, same length, so offsets and the claim's own text are unchanged
    original = text
    if _has_control(text):
        text = _CONTROL_SEQUENCE.sub(lambda m: " " * len(m.group()), text)
    # the outlet's name (as a sentence names it, ASCII) in none of the article's own paragraphs: none of its sentences
    # can be the outlet speaking of itself (a name a sentence holds lower-cased, its paragraph holds lower-cased too;
    # one ending on a full stop might end a cut-off sentence read with one added)
    outlet = doc.outlet
    name = _outlet_name(outlet) if outlet else ""
    if name and name.isascii() and not name.endswith(".") \
            and not any(name in text[p.start:p.end].lower() for p in paragraphs if not p.boilerplate):
        outlet = ""
    # the text's ASCII letters lower-cased, every other character a space (what outside_words makes of an ASCII
    # sentence), made once: each ASCII sentence without quotes then takes its words from its slice (every character
    # is one byte of the ASCII encoding, a character outside it one "?", so offsets hold)
    word_text = text.encode("ascii", "replace").translate(_ASCII_WORD_BYTES).decode()
    listing = False  # the paragraphs before open a list ("the main parties have as follows:") or are its items
    # a run of lines each opening on a label and its figure ("Tamsen - 412,300 of whom 201,000 are men"), one after
    # another: a table printed as lines, each an item however it ends (asked only of a paragraph of one sentence, and
    # of its neighbours when it is so shaped: ``shaped`` holds the answers found)
    shaped: list[bool | None] = [None] * len(paragraphs)
    summary = _summary_repeats(text, paragraphs)
    for pi, p in enumerate(paragraphs):
        if p.boilerplate or pi in summary:
            continue
        sents = split_span(text, p.start, p.end)
        items = len(sents) == 1 and (_in_run(text, paragraphs, shaped, pi)
                                     or listing and _LISTED_FIGURE.match(text, p.start, p.end) is not None)
        # (the last sentence ends where the paragraph's text does, white space trimmed alike)
        listing = items or bool(sents) and text[sents[-1][1] - 1] == ":"
        for k, (a, b) in enumerate(sents):
            s = text[a:b]
            spans = quoted_mask(s)
            outside = _outside_quotes(s, spans)
            words = frozenset(word_text[a:b].split()) if not spans and s.isascii() else outside_words(outside)
            if reject(s, spans, outside, outlet, words):
                if not (k == len(sents) - 1 and _cut_off_sentence(s, p.index, k, p is paragraphs[-1])
                        or _list_figure(s) or items) or \
                        reject(s + ".", spans, outside + ".", outlet, words):
                    continue
            # without quotes ``words`` are the sentence's own words, which find_values looks for
            values = find_values(s, a, ref_date, ref_year=ref_year, words=None if spans else words)
            source, attributed = find_source(s, state, outside, words)
            single = single_spaced(s)  # (classify counts its words, the claim's id normalises it: of most, by its spaces)
            kc = classify(s, values, source, attributed, doc.outlet, spans, checked=True, outside=outside, words=words,
                          single=single)
            if kc is None:
                continue
            kind, score = kc
            if source:
                source = " ".join(source.split())
            if original is not text:  # (control sequences were blanked: the claim keeps its text as written)
                s = original[a:b]
                single = single_spaced(s)
                values = [v if original[v.start:v.end] == v.text else replace(v, text=original[v.start:v.end])
                          for v in values]
            out.append(Claim(claim_id(doc.id, s, seen, single=single), doc.id, a, b, s, _KINDS[kind], score, source,
                             tuple(values)))
    return out


def _shaped(text: str, paragraphs: Sequence[Paragraph], shaped: list[bool | None], i: int) -> bool:
    """Does paragraph ``i`` open on a label and its figure, on one line (see :func:`extract_claims`)? ``shaped``: the
    answers found so far, by paragraph."""
    v = shaped[i]
    if v is None:
        p = paragraphs[i]
        v = shaped[i] = not p.boilerplate and _LABEL_FIGURE.match(text, p.start, p.end) is not None \
            and text.find("\n", p.start, p.end) < 0
    return v


def _in_run(text: str, paragraphs: Sequence[Paragraph], shaped: list[bool | None], i: int) -> bool:
    """Is paragraph ``i`` so shaped, and the one before or after it too (a table printed as lines)?"""
    return _shaped(text, paragraphs, shaped, i) and (
        (i > 0 and _shaped(text, paragraphs, shaped, i - 1))
        or (i + 1 < len(paragraphs) and _shaped(text, paragraphs, shaped, i + 1)))


#: a page's summary heading over its bullets ("KEY POINTS", "Highlights", "In brief")
_SUMMARY_HEADING = re.compile(r"\s*(?i:key\s+points|key\s+takeaways|highlights|in\s+brief|at\s+a\s+glance|summary)\s*:?\s*$")
_SUMMARY_BULLET = re.compile(r"\s*[•*·-]\s")
_CONTENT_WORD = re.compile(r"[a-z][a-z'’-]{3,}")
_DIGIT_RUN = re.compile(r"\d[\d,.]*\d|\d")


def _summary_repeats(text: str, paragraphs: Sequence[Paragraph]) -> frozenset[int]:
    """The bullets under a page's summary heading near its top ("KEY POINTS", then "• The agency acted after a
    study found ...") that the article's body goes on to tell: each figure of the bullet in the body, and most of its words
    (RELATIONS.md §4: what repeats the body is no claim of its own; a bullet the body does not repeat still is)."""
    head = next((i for i, p in enumerate(paragraphs[:8]) if _SUMMARY_HEADING.match(text, p.start, p.end)
                 and p.end - p.start < 40), None)
    if head is None:
        return frozenset()
    bullets = []
    i = head + 1
    while i < len(paragraphs) and _SUMMARY_BULLET.match(text, paragraphs[i].start, paragraphs[i].end):
        bullets.append(i)
        i += 1
    if not bullets or i >= len(paragraphs):
        return frozenset()
    body = text[paragraphs[i].start:].lower()
    body_words = frozenset(_CONTENT_WORD.findall(body))
    out = set()
    for k in bullets:
        low = text[paragraphs[k].start:paragraphs[k].end].lower()
        words = set(_CONTENT_WORD.findall(low))
        if len(words) >= 4 and len(words & body_words) >= 0.7 * len(words) \
                and all(d in body for d in _DIGIT_RUN.findall(low)):
            out.add(k)
    return frozenset(out)


#: a C1 control (U+0080-U+009F) in UTF-8: the lead byte 0xC2, then a continuation byte 0x80-0x9F (no other sequence)
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


def _has_control(text: str) -> bool:
    """Does ``text`` hold ESC or a C1 control, which can open a terminal sequence? (C1 is looked for in the UTF-8
    bytes, after a 0xC2 byte: a C-level byte search; the character class over the text was 1.5% of extraction.)"""
    if "\x1b" in text:
        return True
    if text.isascii():
        return False
    raw = text.encode("utf-8", "surrogatepass")
    return b"\xc2" in raw and _C1_UTF8.search(raw) is not None
#: ESC sequences (OSC up to BEL or ST, CSI up to its final byte, two-character escapes) and their C1 forms
_CONTROL_SEQUENCE = re.compile(
    r"(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC ... BEL / ST
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    r"|\x1b[@-Z\\-_]"  # other two-character escapes
    r"|[\x1b\x80-\x9f]"  # a lone control
)
