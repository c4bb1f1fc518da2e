"""Sentence splitting with exact code-point offsets into ``Document.text``.

Rule based: a boundary is a full stop, question or exclamation mark (or an ellipsis), with
any closing quotes or brackets, followed by white space and a token that can start a
sentence. Known abbreviations (titles, months, "U.S."-style initialisms, "No.") and
initials ("J. R. R.") do not end a sentence; neither does punctuation followed by a lower
case word ("…!” she said"). Decimals never split because a boundary needs white space.
"""

from __future__ import annotations

import re

from claims.model import Document, Sentence
from claims.vocab import MONTHS

#: abbreviations that precede a name or a number and never end a sentence
TITLE_ABBR = frozenset(
    """mr mrs ms messrs dr prof gen col lt sgt capt cpt maj adm gov sen rep rev st fr hon pres brig cmdr cdr
    supt insp det gov atty mt ft sr jr fig figs vol vols pp art sec ch op""".split()
)
MONTH_ABBR = frozenset(m for m in MONTHS if len(m) <= 4 and m not in ("may", "june", "july"))
#: abbreviations that may end a sentence; they do only before a typical sentence opener
OTHER_ABBR = frozenset("inc ltd corp co llc plc bros vs etc approx est dept univ assn ave blvd rd no nos incl esp govt "
                       "misc viz fig figs vol vols pp ch art sec para eds trans rev jr sr cf min max hrs yrs mths "
                       "tel ext dist div ca c".split())  # ("ca. 1580", "c. 1600": circa)
#: words that typically open a sentence (used after ambiguous abbreviations such as "U.S.")
STARTERS = frozenset(
    """the a an it its he she they we i in on at but and or so this that these those there then however meanwhile
    his her their our my its after before when while if as for since although though yet still also according
    some many most all both one two three four five six seven eight nine ten earlier later last next""".split()
)

#: sentence openers after a single capital letter and its full stop (STARTERS less words that are also surnames or
#: letters: "Last", "Still", "Most", "A")
_AFTER_LETTER = STARTERS - frozenset("a i as one still yet most all some many both later last next earlier".split())

# every alternative opens with a literal, so the engine skips to the next ".", "!", "?" or "…" in C
# (the same matches as "(?:\.\.\.|…|[.!?]+)...")
_CAND = re.compile(r"(?:\.\.\.|…|\.[.!?]*|![.!?]*|\?[.!?]*)[\"”’'»)\]]*(?=\s|$)")
#: _CAND in a paragraph without "!", "?" and "…" (most): its alternatives that open on "." (the same matches there), which
#: open on one literal: the engine skips to the next "." by a plain character loop, not a test of a set at each character
#: (twice as fast)
_CAND_DOT = re.compile(r"(?:\.\.\.|\.[.!?]*)[\"”’'»)\]]*(?=\s|$)")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]$")
_NEXT_WORD = re.compile(r"\s*([\"“‘'«(\[]?)(\S*)")
_NON_WORD = re.compile(r"[^\w]")
_BULLET = re.compile(r"\s*(?:[-*•·]|\d+[.)])\s")
#: a line of hard-wrapped text that goes on in the next one: it ends on a word that never ends a heading ("... safety
#: regulators on" / "Wednesday expanded ..."), or the next line opens in lower case or with a comma ("... Vesk, Corvane"
#: / "and Halden cars ...", "... Dorvik, Tamsen" / ", Brannock, VRX", "... Road Safety Agency" / "(VRSA) said"); a line
#: ending on a comma goes on as well
_GOES_ON = re.compile(r"(?i:\b(?:a|an|the|of|on|in|at|to|for|from|by|with|and|or|but|that|than|as|its|their|his|her"
                      r"|is|are|was|were|has|have|had|will|would|be|been|said|says|into|about|over|after|before)$|[,;]$)")
GOES_ON_NEXT = re.compile(r"\s*[a-z,;()]")


def _prev_token(text: str, pos: int) -> str:
    """The word before the full stop at ``pos``: the run of word characters and dots ending in a word
    character right before it, at most 40 characters back (what ``([\\w.]*\\w)\\.$`` finds there)."""
    if not pos or not (text[pos - 1].isalnum() or text[pos - 1] == "_"):
        return ""
    lo = max(0, pos - 40)
    # (the run read backwards in C: the reversed 40 characters up to the first that is none of them; a Python loop
    # over each character cost four times as much)
    back = text[lo:pos][::-1]
    m = _NOT_TOKEN.search(back)
    return text[pos - (m.start() if m else len(back)):pos]


#: what ends _prev_token's run: neither a word character (``\w`` is ``str.isalnum()`` or "_") nor a dot
_NOT_TOKEN = re.compile(r"[^\w.]")


#: lower-case words that open a sentence often enough to split after an ordinary word's full stop
LOWER_OPENERS = frozenset(
    """the a an it its he she they we this that these those there then however but and or so in on at by for
    after before when while if as since although though yet still also according some many most all both one
    two three four five six seven eight nine ten officials police authorities cranes rescuers investigators
    pensioners teachers workers residents families prosecutors analysts critics""".split()
)


#: a plain lower-case word (not "e.g.", "www.example", "3.5m"): after an ordinary word's full stop it opens a sentence
#: whose capital the scrape lost ("The gauges tell the story. more than 300 millimetres of rain fell")
_LOWER_WORD = re.compile(r"[a-z]{2,}[,;:]?")


def _ordinary_word_before(text: str, pos: int) -> bool:
    """Is the word before the full stop at ``pos`` an ordinary lower-case word (not an abbreviation, initial or
    number)?"""
    prev = _prev_token(text, pos)
    if prev.replace(",", "").isdigit() and len(prev) >= 2:
        return not _NUMBER_LABEL.search(text, max(0, pos - 12), pos)  # "put it at 29,800. the count ..."
    low = prev.lower()
    return (len(prev) >= 3 and prev.isalpha() and prev.islower() and low not in TITLE_ABBR and low not in MONTH_ABBR
            and low not in OTHER_ABBR)


#: a full stop glued to the next sentence's capitalised first word ("authorities.Hong Kong"), after a lower-case letter
_GLUED = re.compile(r"[.!?](?=[A-Z][a-z]|[AI]\s)")  # (the letter or digit before is checked by the caller: a
# regex that opens on a look-behind is tried at every position of the text, one that opens on its punctuation is not)
_GLUED_DOT = re.compile(r"\.(?=[A-Z][a-z]|[AI]\s)")  # (_GLUED where no "!" or "?" is: one literal to skip to)
_WEB = re.compile(r"(?:www|https?://\S*)$", re.I)  # (an address: "www.Example.com")
_NUMBER_LABEL = re.compile(r"(?i)\b(?:no|nos|art|sec|ch|p|pp|vol|fig)\.?\s*\d[\d,]*$")


#: a title and a name right after a glued full stop: "in Vossberg.Dr. Ana", "the capital.Mr. Dorvik"
_TITLE_NAME = re.compile(r"([A-Z][a-z]{1,4})\.\s+[A-Z]")


def _glued_title(text: str, pos: int) -> bool:
    """After a capitalised word of four letters or more (a place, a name: "Vossberg"), a full stop glued to a title
    and a name ends the sentence; the title's own stop does not."""
    prev = _prev_token(text, pos)
    m = _TITLE_NAME.match(text, pos + 1)
    return (m is not None and m.group(1).lower() in TITLE_ABBR and len(prev) >= 4 and prev.isalpha()
            and prev[0].isupper() and prev[1:].islower())


def _is_boundary(text: str, pos: int, end_punct: int, limit: int) -> bool:
    """``text[pos:end_punct]`` is a candidate terminal punctuation run; decide whether it ends a sentence."""
    if end_punct + 1 < limit and text[end_punct] == " " and "A" <= text[end_punct + 1] <= "Z" and pos >= 7 \
            and end_punct == pos + 1 and text[pos] == "." and text[pos - 7:pos].isalnum():
        return True  # (most boundaries: a full stop after a long word, a space, a capital: as the tests below find)
    m = _NEXT_WORD.match(text, end_punct, limit)
    opener, nxt = m.groups() if m else ("", "")
    if not nxt and not opener:
        return True  # end of the paragraph
    first = (nxt[:1] or opener[:1])
    if opener == "[" and text[pos:end_punct] == ".":
        return True  # "... ran for 18 months. [video-embed id=4]": a page's bracketed code or note opens after it
    if first.islower():
        # scrape damage: "... the authority said. cranes lifted the carriage" still ends a sentence when the full
        # stop closes an ordinary word (not an abbreviation) and a plain word or a common opener ("a") follows
        return text[pos:end_punct] == "." and _ordinary_word_before(text, pos) and (
            _NON_WORD.sub("", nxt).lower() in LOWER_OPENERS or _LOWER_WORD.fullmatch(nxt) is not None)
    punct = text[pos:end_punct]
    if punct != ".":
        return True  # "?", "!", "...", or a full stop followed by a closing quote
    if pos >= 7 and text[pos - 7:pos].isalnum():
        return True  # (seven letters or digits before it: no initial, no initialism (ending letter, dot, letter), no
        # abbreviation (six letters at most))
    prev = _prev_token(text, pos)
    if not prev:
        return True
    low = prev.lower()
    if len(prev) == 1 and prev.isupper():
        # an initial: "J. R. R. Tolkien", "Vladimir V. Putin"; but a letter that ends a name or a label ("Orla I",
        # "Plan B") before a word that opens sentences ("... owned by Orla I. But the crown ...") ends the sentence:
        # no middle initial comes before "But" or "The"
        word = _NON_WORD.sub("", nxt)
        return len(word) > 1 and word.lower() in _AFTER_LETTER and not nxt.endswith(".")
    if "." in prev and prev.rsplit(".", 1)[1].lower() in TITLE_ABBR:
        return False  # "in Vossberg.Dr. Ana Ruiz said": a title glued to the sentence before, not an end
    if "." in prev and _INITIALISM.search(prev):  # (an initialism has a dot: most words are not tried)
        return _NON_WORD.sub("", nxt).lower() in STARTERS  # "U.S. officials" vs "in the U.S. The ..."
    if low in TITLE_ABBR:
        return False
    if low in MONTH_ABBR:
        return not first.isdigit()
    if low in OTHER_ABBR:
        if low in ("no", "nos") and first.isdigit():
            return False
        return _NON_WORD.sub("", nxt).lower() in STARTERS
    return True


#: a player's or a page's control label glued to the paragraph's first word, as a scrape flattens it: "click to download
#: audioOfficials said ...", "AdvertisementThe storm ...": a label of its own, not the sentence's opening
_UI_GLUED = re.compile(r"\s*(?:(?i:click|tap|press)\s+(?:here\s+)?to\s+(?:download|listen|play|watch|hear|read)"
                       r"(?:\s+(?:to\s+)?(?:the\s+)?[a-z]+){0,2}|Advertisement|ADVERTISEMENT"
                       r"|Listen(?:\s+to\s+(?:this\s+)?(?:article|story))?|Watch(?:\s+(?:the\s+)?video)?|Play(?:\s+video)?"
                       r"|Download(?:\s+audio)?)(?=[A-Z][a-z])")


def split_span(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (trimmed of white space) inside ``text[start:end]``, in order."""
    cuts = []
    ui = _UI_GLUED.match(text, start, end)
    if ui is not None:
        cuts.append(ui.end())  # ("click to download audio" | "Officials said ...")
    # (three C scans tell whether the paragraph has a "!", "?" or "…": without them, patterns that open on "." alone)
    dots = text.find("!", start, end) < 0 and text.find("?", start, end) < 0
    for m in (_CAND_DOT if dots and text.find("…", start, end) < 0 else _CAND).finditer(text, start, end):
        b = m.end()
        if b == end or _is_boundary(text, m.start(), b, end):  # (the paragraph's own last stop ends a sentence)
            cuts.append(b)
    # scrape damage: "... from city authorities.Hong Kong's leader said ..." lost the space after a full stop (most
    # paragraphs have none: one search says so)
    glued = _GLUED_DOT if dots else _GLUED
    g = glued.search(text, start, end)
    while g is not None:
        p = g.start()
        if p > start and (text[p - 1].islower() or text[p - 1].isdigit()) and (
                _ordinary_word_before(text, p) or _glued_title(text, p)) \
                and not _WEB.search(text, max(start, p - 12), p):
            cuts.append(g.end())
        g = glued.search(text, g.end(), end)
    # a line break after a short line without final punctuation (a heading, a credit) also ends a sentence
    nl = text.find("\n", start, end)
    while nl != -1:
        line_start = text.rfind("\n", start, nl) + 1
        line_start = max(line_start, start)
        line = text[line_start:nl].rstrip()
        if line and ((len(line) < 60 and not _GOES_ON.search(line) and not GOES_ON_NEXT.match(text, nl + 1, end))
                     or _BULLET.match(text, nl + 1, end) or line[-1] in ".!?:…\"”’"):
            cuts.append(nl)
        nl = text.find("\n", nl + 1, end)
    cuts.append(end)
    if len(cuts) > 2 or cuts[0] != end:
        cuts = sorted(set(cuts))
    else:
        cuts = [end]  # (a paragraph of one sentence: the most common)
    out = []
    s = start
    for c in cuts:
        a, b = s, c
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        s = c
    return out


def split_sentences(doc: Document, include_boilerplate: bool = False) -> list[Sentence]:
    """All sentences of the document's paragraphs (by default skipping boilerplate paragraphs)."""
    out = []
    paragraphs = doc.paragraphs or ()
    if not paragraphs and doc.text.strip():
        from claims.model import Paragraph

        paragraphs = (Paragraph(0, 0, len(doc.text)),)
    for p in paragraphs:
        if p.boilerplate and not include_boilerplate:
            continue
        for a, b in split_span(doc.text, p.start, p.end):
            out.append(Sentence(doc.id, a, b, p.index))
    return out


def split_text(text: str) -> list[str]:
    """Convenience for tests and tools: the sentences of a plain string."""
    return [text[a:b] for a, b in split_span(text, 0, len(text))]
