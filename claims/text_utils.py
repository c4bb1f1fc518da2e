"""Small text helpers shared by the claim engine: folding, content words, a crude stemmer
and a synonym map of general news vocabulary.

Nothing here knows about any particular event or outlet: the synonym groups are ordinary
newsroom words (prisoner ~ inmate ~ detainee, recruit ~ enlist ~ conscript ~ draft, ...).
"""

from __future__ import annotations

import gc
import hashlib
import re
from contextlib import contextmanager
from functools import lru_cache
from itertools import chain

#: quote marks, dashes and odd spaces folded to ASCII for comparisons and hashing
FOLD = str.maketrans(
    {
        "’": "'", "‘": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
        "—": "-", "–": "-", "‒": "-", "‐": "-", "‑": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    }
)


def fold(s: str) -> str:
    return s.translate(FOLD)


def norm_text(s: str) -> str:
    """Folded, lower-cased, whitespace-collapsed text (for hashing and comparisons)."""
    if not s.isascii():
        s = s.translate(FOLD)
    elif single_spaced(s):
        return s.casefold()  # (most sentences: already collapsed, no list of its words needed)
    return " ".join(s.split()).casefold()


def single_spaced(s: str) -> bool:
    """Is ``s`` ASCII whose only white space is single spaces between words (printable: no tab, line break or other
    control), so that ``" ".join(s.split()) == s`` and it holds ``s.count(" ") + 1`` words?"""
    return s.isascii() and s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " " and s != ""


def short_hash(s: str, n: int = 8) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


STOPWORDS = frozenset(
    """
    a an the and or but nor so yet if then than that this these those there here which who whom whose what when where
    why how whether while as at by for from in into of off on onto out over under up down to with without within
    upon about above below after before between among amid amidst across along around through throughout during
    against toward towards via per each every any all both either neither some such other another same own more most
    much many few fewer less least very too also just only even still already again ever never not no nor now
    once twice is are was were be been being am have has had having do does did doing will would shall should can
    could may might must ought i me my mine we us our ours you your yours he him his she her hers it its they them
    their theirs itself himself herself themselves ourselves one ones its s t said says say saying told tell tells
    according reported reports report noted notes note added adds explained explains stated states wrote writes
    claimed claims citing cited cite quoted quote estimated estimates announced announces confirmed confirms
    argued argues warned warns mr mrs ms dr however meanwhile moreover furthermore additionally also although
    though because since until unless whereas further including include includes included like well new
    currently now today yesterday recently initially first second later earlier last next year years month months
    week weeks day days time times nearly roughly approximately almost estimated some total
    percent cent per
    """.split()
)

# irregular plurals and forms worth knowing
IRREGULAR = {
    "men": "man", "women": "woman", "people": "person", "persons": "person", "children": "child",
    "servicemen": "serviceman", "policemen": "policeman", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "lives": "life", "wives": "wife", "knives": "knife", "held": "hold", "fled": "flee", "ran": "run",
    "taken": "take", "took": "take", "began": "begin", "begun": "begin", "sent": "send", "went": "go",
    "gone": "go", "left": "leave", "led": "lead", "paid": "pay", "fought": "fight", "killed": "kill",
    "died": "die", "dead": "die", "death": "die", "deaths": "die", "criteria": "criterion", "data": "datum",
    "media": "media", "news": "news", "series": "series", "species": "species", "status": "status",
    "bus": "bus", "gas": "gas", "crisis": "crisis", "analysis": "analysis", "thesis": "thesis",
    "million": "million", "billion": "billion", "trillion": "trillion", "fell": "fall",  # ("billion" is not "bill")
    "chose": "choose", "chosen": "choose", "brought": "bring", "caught": "catch", "seized": "seize",
}

#: groups of general news vocabulary; every member maps to the group's first word
SYNONYM_GROUPS = [
    "prisoner inmate convict detainee defendant criminal incarcerated jailed imprisoned",
    "recruit enlist enlistment recruitment conscript conscription draft draftee mobilize mobilise mobilization "
    "mobilisation enroll enrol",
    "center centre facility",
    "soldier troop serviceman fighter combatant",
    "man male",
    "woman female",
    "person individual resident citizen",
    "kill die fatality",
    "injure wound hurt",
    "law legislation bill amendment statute",
    "army military",
    "war conflict",
    "country nation",
    "government authority administration",
    "crime offense offence charge indictment",
    "flee escape",
    "plan intend aim seek",
    "child minor kid",
    "attack strike assault walkout stoppage",
    "missile rocket",
    "drone uav",
    "protest demonstration rally",
    "city town",
    "home house dwelling",
    "arrest detain",
    "free release",
    "ban prohibit",
    "exempt exclude",
    "serious severe grave",
    "sexual sex",
    "start begin launch",
    "sign signature approve enact",
    "fund funding finance",
    "pretrial pre-trial",
    "spearhead pioneer initiate",
    "takeover take-over acquisition buyout",
    "autumn",  # ("fall" is mostly a decline: only "the fall", "last fall" ... are the season, PHRASES)
    "disease illness",
    "coast coastline shoreline shore seafront",
    "doctor physician",
    "hospital clinic",
    "car vehicle",
    "firm company business",
    "worker employee staff",
    "vote ballot",
    "price cost",
    "factory plant",
    "investigation inquiry probe",
    "judge magistrate",  # (before the next group: "judges" is not "judgments", whose stem it shares)
    "decision ruling judgment judgement judgments judgements",
    "error fault mistake glitch",
    "apologise apologize apology",
    "deal agreement accord",
    "talk negotiation",
    "spokesman spokeswoman spokesperson",
    "researcher scientist",
    "outbreak epidemic",
    "rival competitor",
    "lawmaker legislator",
    "unnecessary needless",
    "expert specialist",
    "deploy send dispatch",
    "expect forecast anticipate predict",
    "cancel cancelled cancelling canceled scrap axe axed",
    "refund reimburse reimbursement",
    "lawyer solicitor attorney barrister",
    "timetable schedule",
    "rise increase hike",
    "oppose resist",
    "revive reinstate restore",
    "notify notified notification",
    "remain stay",
    # general news paraphrases ("blamed a slowdown" ~ "the slowdown caused", "pay increases" ~ "wage growth",
    # "the chief driver" ~ "the main source", "contest the order" ~ "challenge the decision")
    "blame cause",
    "wage salary",
    "main chief principal",
    "contest challenge",
    "reject refuse",
    "concede acknowledge admit",
    "pledge promise vow",
    "suspend halt pause freeze froze frozen",
    "resume reopen restart",
    "aid assistance relief",
    "destroy wreck flatten raze",
    "warn caution",
    "advisory advice",
    "proceeding case",
    "tug tugboat",
    "driver motorist",
    "crash collision smash pileup pile-up",
    "lorry truck",
    "shortfall gap deficit",
    "customer client",
    "trap strand",
]

SYNONYMS: dict[str, str] = {}
for _g in SYNONYM_GROUPS:
    _words = _g.split()
    for _w in _words:
        SYNONYMS.setdefault(_w, _words[0])

#: a clause that only draws a consequence of what the sentence states (", meaning those who appealed could still
#: ..."): the extractor's hedge count and a claim's status both read the sentence before it
CONSEQUENCE = re.compile(r",\s+(?:meaning|which\s+means)\b")
#: a page's promise of what follows ("Here's what you need to know", "Here is everything we know"), as a pattern's
#: text (case-insensitive where it is used): boilerplate's teaser lines and the extractor's teaser sentences
TEASER_PROMISE = (r"here(?:['’]s|\s+is|\s+are)\s+(?:what|everything|all)\s+(?:you\s+need\s+to\s+know|we\s+know"
                  r"|you\s+should\s+know|to\s+know)\b")
#: a dateline opening a report, with or without the agency's credit: "EDINBURGH, Jan 28 (Northwire) - "
DATELINE = re.compile(r"[A-Z][A-Za-z .'-]{1,30},(?:\s+[A-Z][A-Za-z .'-]{1,30},)?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*"
                      r"(?:\([^)]{1,40}\))?\s*"
                      r"[-–—]\s+")

_WORD = re.compile(r"[^\W\d_](?:[\w'’]*[^\W_])?(?:-[^\W\d_][\w'’]*)*")
#: the same in an ASCII text (most are), written with ASCII classes: the engine tests them faster than Unicode
#: categories, and on ASCII text the two match alike
_WORD_ASCII = re.compile(r"[A-Za-z](?:[A-Za-z0-9_']*[A-Za-z0-9])?(?:-[A-Za-z][A-Za-z0-9_']*)*")
_PREFIXES = ("pre", "post", "ex", "anti", "non", "co", "re", "semi", "self", "multi", "counter", "over", "under")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A deliberately crude English stemmer: enough to fold plurals and -ed/-ing/-ment/-ion forms."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in IRREGULAR:
        return IRREGULAR[w]
    if len(w) <= 3:
        return w
    for suf, rep, minlen in (
        ("ations", "", 8), ("ation", "", 7), ("ments", "", 7), ("ment", "", 6), ("ions", "", 6), ("ion", "", 5),
        ("ies", "y", 5), ("ied", "y", 5), ("ing", "", 6), ("sses", "ss", 5), ("xes", "x", 4), ("ches", "ch", 5),
        ("shes", "sh", 5), ("ed", "", 5), ("ees", "ee", 5), ("es", "e", 5), ("s", "", 4), ("e", "", 5),
    ):
        if w.endswith(suf) and len(w) >= minlen:
            if suf == "s" and (w.endswith("ss") or w.endswith("us") or w.endswith("is")):
                break
            w = w[: len(w) - len(suf)] + rep
            if suf in ("es", "ees") and len(w) >= 5:
                w = w[:-1]  # "strokes" -> "strok", as "stroke" -> "strok" below ("rates" -> "rate" = "rate")
            break
    # doubled final consonant after -ing/-ed ("running" -> "runn" -> "run")
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "lsaeiou":
        w = w[:-1]
    elif len(w) >= 6 and w.endswith("at") and w[-3] != "e" and _ATE_VERB.search(word):
        w = w[:-2]  # "investigated", "evacuating" -> the root of "investigation", "evacuation" ("-ation" above)
    return w


#: the endings of an "-ate" verb ("evacuate", "investigated", "operating")
_ATE_VERB = re.compile(r"at(?:e|ed|es|ing)$", re.I)


@lru_cache(maxsize=65536)
def canon(word: str) -> str:
    """Content-word key: synonym group of the stem (or of the surface word)."""
    lw = word.lower().replace("’", "'")
    if lw in SYNONYMS:
        return SYNONYMS[lw]
    s = stem(lw)
    return SYNONYMS.get(s) or _STEMMED_SYNONYMS.get(s, s)


_STEMMED_SYNONYMS: dict[str, str] = {}
for _w, _k in list(SYNONYMS.items()):
    _STEMMED_SYNONYMS.setdefault(stem(_w), _k)


def _split_hyphen(tok: str) -> list[str]:
    if "-" not in tok:
        return [tok]
    parts = tok.split("-")
    if parts[0].lower() in _PREFIXES:
        return ["".join(parts)]
    return parts


#: multi-word expressions folded to one word before tokenising (general news vocabulary); each
#: replacement is no longer than the shortest text it replaces, so offsets survive (it is padded with spaces;
#: tests/test_phrases.py checks every wording)
PHRASES = [
    (r"\b(?:awaiting|facing|pending)\s+(?:their\s+|a\s+)?trials?\b", "pretrial"),
    (r"\bpre[-\s]trial\b", "pretrial"),
    (r"\barmed\s+forces\b", "army"),
    (r"\bcall(?:ed|s|ing)?[-\s]ups?\b", "recruit"),
    (r"\bsign(?:ed|s|ing)?\s+up\b", "recruit"),
    (r"\bput\s+(?:his|her|their)\s+signature\s+to\b", "sign"),
    (r"\b(?:took|taken|take)\s+over\b|\bassumed\s+control\b|\btook\s+control\b", "takeover"),
    # what a speaker refuses to consider, however it is put
    (r"\brul(?:ed|es|ing|e)\s+out\b|\b(?:not|off)\s+on\s+the\s+table\b|\boff\s+the\s+table\b"
     r"|\bnot\s+being\s+considered\b", "ruleout"),
    (r"\b(?:bring|brings|bringing|brought)\s+back\b", "revive"),
    # the season in American English ("the regular fall conscription", "last fall"), not a decline ("the fall in
    # prices", "profits fall")
    (r"\b(?:the|this|last|next|regular)\s+fall\b(?!\s+(?:in|of|to|by|from|short)\b)", "autumn"),
    (r"\bnot\s+(?:needed|necessary)\b", "needless"),  # (= "unnecessary", SYNONYM_GROUPS; no longer than "not needed")
    # what a rule leaves out, however it is put: "does not include", "is not eligible", "ineligible", "barred from"
    (r"\b(?:does|do|did|will)\s+not\s+(?:include|cover|apply\s+to|extend\s+to)\b|\bnot\s+eligible\b|\bineligible\b"
     r"|\bbarred\s+from\b", "exclude"),
]
# the lookahead lets the engine skip, cheaply, every position where no phrase can start
_PHRASE_RX = re.compile(r"\b(?=[afpcstbdinworlAFPCSTBDINWORL])(?:" + "|".join(f"(?P<p{i}>{rx})" for i, (rx, _) in enumerate(PHRASES))
                        + ")", re.I)
_PHRASE_REP = [rep for _, rep in PHRASES]


def _phrase(m: re.Match[str]) -> str:
    return _PHRASE_REP[int((m.lastgroup or "p0")[1:])].ljust(m.end() - m.start())


def _fold_phrases(text: str) -> str:
    """``text`` with the PHRASES folded to their keys (offsets kept)."""
    low = text.lower()
    if not low.isprintable():
        low = " ".join(low.split())  # (a line break or a no-break space between two words of a phrase is a space)
    if ("trial" in low or "forces" in low or "call" in low or "sign" in low or " over" in low or "control" in low
            or " not " in low or "eligible" in low or "barred" in low or " out" in low or "table" in low
            or "back" in low or "fall" in low or "consider" in low or "needed" in low or "necessary" in low) and (
            not low.isascii() or _may_hold_phrase(low)):
        return _PHRASE_RX.sub(_phrase, text)  # (the checks: a substring every PHRASES pattern needs)
    return text


def _may_hold_phrase(low: str) -> bool:
    """Does a lower-cased ASCII text hold every word of some wording of PHRASES (each as a substring)? A text
    without that holds no phrase, and the checks above pass one text in three, the phrases one in a thousand
    (" over", " not ", " out", "back" are common words alone)."""
    return (("trial" in low and ("awaiting" in low or "facing" in low or "pending" in low or "pre" in low))
            or ("forces" in low and "armed" in low)
            or ("up" in low and ("call" in low or "sign" in low)) or "signature" in low
            or ("over" in low and ("took" in low or "tak" in low)) or "control" in low
            or ("out" in low and "rul" in low) or "table" in low or "considered" in low
            or ("back" in low and ("bring" in low or "brought" in low))
            or "fall" in low or "needed" in low or "necessary" in low
            or ("not" in low and ("include" in low or "cover" in low or "apply" in low or "extend" in low))
            or "eligible" in low or "barred" in low)


def _chunk_tokens(chunk: str) -> tuple[tuple[int, str], ...]:
    """(offset, canonical content-word key) for the content words of ``chunk``, in order, repeats kept."""
    out: list[tuple[int, str]] = []
    append = out.append
    keys_of = _WORD_KEYS.__getitem__
    find = chunk.find
    pos = 0
    # words never overlap and the gaps between them hold no letters, so find() from the end of the
    # previous word lands on the word itself
    for word in (_WORD_ASCII if chunk.isascii() else _WORD).findall(chunk):
        pos = find(word, pos)
        for c in keys_of(word):
            append((pos, c))
        pos += len(word)
    return tuple(out)


class _ChunkTokens(dict):
    """A text's run of non-space characters ("Tuesday's", "(Reuters)") -> its _chunk_tokens(), keyed on its first
    look-up, but not for a run with a digit in it (figures, dates: too many of them are told once). No word
    spans a space, so a text's content words are its runs', in order."""

    def __missing__(self, chunk: str) -> tuple[tuple[int, str], ...]:
        got = _chunk_tokens(chunk)
        if not any(map(str.isdigit, chunk)):
            self[chunk] = got
        return got


class _ChunkKeys(dict):
    """The same, without the offsets: a run of non-space characters -> its content-word keys."""

    def __missing__(self, chunk: str) -> tuple[str, ...]:
        got = tuple(c for _, c in _CHUNK_TOKENS[chunk])
        if not any(map(str.isdigit, chunk)):
            self[chunk] = got
        return got


_CHUNK_TOKENS: dict[str, tuple[tuple[int, str], ...]] = _ChunkTokens()
_CHUNK_KEYS: dict[str, tuple[str, ...]] = _ChunkKeys()


def content_tokens(text: str) -> list[tuple[int, str]]:
    """(offset, canonical content-word key) for the content words of ``text``, in order, repeats kept."""
    text = _fold_phrases(text)
    out: list[tuple[int, str]] = []
    append = out.append
    tokens_of = _CHUNK_TOKENS.__getitem__
    find = text.find
    pos = 0
    # (only spaces come before each run after the one before: find() lands on the run itself)
    for chunk in text.split():
        pos = find(chunk, pos)
        for off, c in tokens_of(chunk):  # (a run holds one word or none, mostly: a plain loop, no comprehension
            append((pos + off, c))  # to set up per run)
        pos += len(chunk)
    return out


def content_words(text: str) -> list[str]:
    """Canonical content-word keys of ``text``, in order, repeats kept: the keys of :func:`content_tokens`
    without their offsets."""
    return list(chain.from_iterable(map(_CHUNK_KEYS.__getitem__, _fold_phrases(text).split())))


class _KeysOfWord(dict):
    """word as found -> the keys of its parts (a hyphenated word may have several), stop words left out; a word
    not seen yet is keyed on its first look-up."""

    def __missing__(self, word: str) -> tuple[str, ...]:
        keys = self[word] = _word_keys(word)
        return keys


_WORD_KEYS: dict[str, tuple[str, ...]] = _KeysOfWord()
_KEY_CACHE: dict[str, str] = {}


def _word_keys(word: str) -> tuple[str, ...]:
    keys = []
    for tok in (_split_hyphen(word) if "-" in word else (word,)):
        c = _KEY_CACHE.get(tok)
        if c is None:
            c = _KEY_CACHE[tok] = _key(tok)
        if c:
            keys.append(c)
    return tuple(keys)


def _key(tok: str) -> str:
    """The content-word key of one token, "" for stop words and fragments."""
    low = tok.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    if len(low) < 2 or low in STOPWORDS:
        return ""
    c = canon(low)
    return "" if c in STOPWORDS else c


@contextmanager
def gc_paused():
    """No cyclic garbage collection inside: alignment and extraction allocate hundreds of thousands of
    objects but no reference cycles, and the collector would walk every live object again and again
    (~15% of alignment's time at 1,000 articles). Reference counting still frees everything."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains (each 3 characters or more), read from the
    pattern's parse: a literal run, or the literal starts of an alternation's branches (``(?:lose|lost)``), at the
    most selective point of its top-level sequence. None when no such set is found (the pattern must then always
    be tried). Lower-cased: for patterns run on lower-cased text. ``str.find`` on a clause for these is far cheaper
    than a regular-expression scan that the engine cannot anchor on a literal (a leading ``\\b``)."""
    import importlib

    try:  # (private modules of re, stable since 3.11; typeshed does not list them)
        c = importlib.import_module("re._constants")
        sre = importlib.import_module("re._parser")
    except ImportError:  # pragma: no cover - a Python without the 3.11 module names
        return None

    def starts(seq: list, pre: list[str]) -> tuple[list[str], bool]:
        for op, av in seq:
            if op is c.AT:
                continue
            if op is c.LITERAL:
                pre = [p + chr(av) for p in pre]
            elif op is c.SUBPATTERN:
                pre, done = starts(list(av[3]), pre)
                if not done:
                    return pre, False
            elif op is c.BRANCH:
                out: list[str] = []
                done = True
                for branch in av[1]:
                    got, d = starts(list(branch), pre)
                    out.extend(got)
                    done = done and d
                pre = out
                if not done:
                    return pre, False
            elif op is c.IN and len(av) <= 4 and all(o is c.LITERAL for o, _ in av):
                pre = [p + chr(ch) for p in pre for _, ch in av]
            else:
                return pre, False
        return pre, True

    try:
        seq = list(sre.parse(pattern))
    except Exception:  # pragma: no cover - a pattern re.compile accepts parses
        return None
    best: tuple[tuple[int, int], list[str]] | None = None
    for i in range(len(seq)):
        found = sorted({p.lower() for p in starts(seq[i:], [""])[0]})
        if not found or min(map(len, found)) < 3:
            continue
        key = (min(map(len, found)), -len(found))
        if best is None or key > best[0]:
            best = (key, found)
    if best is None:
        return None
    lits = best[1]
    return tuple(p for p in lits if not any(q != p and p.startswith(q) for q in lits))
