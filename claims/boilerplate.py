"""Mark the paragraphs of a page that are not the article: appeals, sign-up forms, bios, menus.

Paragraphs are marked, never removed, so offsets stay put. Two kinds of evidence:

* **Cues in the paragraph itself** (:func:`classify`): general wording, never an
  outlet's own strings. First-person-plural appeals to the reader ("support us",
  "readers like you"), sign-up wording ("newsletter", "indicates required",
  "privacy policy"), first-person-singular career bios, photo credits, menu words
  ("Previous", "Read more", "Skip to content"), time stamps, cookie banners. A cue
  is *strong* when the paragraph is short or speaks to the reader, *weak* when it
  is a long paragraph that merely mentions the word (an article about a donation
  is still an article).
* **Position** (:func:`mark_boilerplate`): the article body is found as the
  stretch of paragraphs with the most prose and the least boilerplate (a maximum
  sub-array, as in Finn et al.'s Body Text Extraction). After that body, a run of
  boilerplate absorbs its short neighbours and whatever it encloses: the footer of
  a scraped page is a mix of appeals, related headlines and feed items. Weak cues
  count when they touch a run of the same kind, or once the body is over.

Quoted speech is ignored when counting pronouns, so a quoted official saying "we
need help" stays article text.
"""

from __future__ import annotations

import functools
import heapq
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from claims.metadata import clean_markup, date_line
from claims.model import Paragraph
from claims.text_utils import STOPWORDS, TEASER_PROMISE, stem

__all__ = ["REASONS", "Verdict", "boilerplate_reasons", "classify", "is_boilerplate", "mark_boilerplate"]

REASONS = (
    "donation appeal",
    "newsletter",
    "form",
    "cookie notice",
    "author bio",
    "caption",
    "navigation",
    "related link",
    "link list",
    "metadata",
    "headline",
    "service notice",
)

STRONG, WEAK = 2, 1

#: paragraphs longer than this are article text whatever they contain (and regexes stay cheap)
_MAX_CHARS = 2500


@dataclass(frozen=True, slots=True)
class Verdict:
    reason: str = ""
    strength: int = 0  # 0 none, 1 weak, 2 strong


_NONE = Verdict()


class _Cue(NamedTuple):
    bit: int
    words: tuple[str, ...]
    rx: re.Pattern


_CUES: list[_Cue] = []


def _cue(words: str, pattern: str, flags: int = 0) -> _Cue:
    """A cue regex and the lower-case words one of which must occur before it is tried.

    A paragraph's words are looked up in one set intersection, so the regexes run only
    on the few paragraphs that contain a trigger word; a plain article paragraph costs
    a ``split()`` and a set lookup.
    """
    c = _Cue(1 << len(_CUES), tuple(words.split()), re.compile(pattern, flags))
    _CUES.append(c)
    return c


# --------------------------------------------------------------------------- cue lists

# Cue patterns run on the lower-cased paragraph without its quotes. Most start with a
# literal (no leading \b), which lets the regex engine skip ahead fast.
_DONATION = [
    _cue("donate donates donated donating donation donations donor donors", r"don(?:at(?:e[sd]?|ing|ions?)|ors?)\b"),
    _cue("support", r"support (?:us|our (?:work|journalism|reporting|mission|newsroom|team))\b"),
    _cue("support", r"support (?:independent|quality|local|free|fearless)(?: [\w-]+)? (?:journalism|media|press|news"
                    r"|reporting)\b"),
    _cue("become becoming", r"becom(?:e|ing) an? (?:member|supporter|patron|subscriber|donor|sponsor)\b"),
    _cue("membership memberships", r"membership"),
    # (a reader's contribution, never a pension's: "farmers can postpone their social-insurance contributions")
    _cue("contribute contribution contributions",
         r"\b(?:your|every|any|a|make|reader|readers['’]?|one-off|one-time|small|regular|monthly)\s+(?:small\s+|regular\s+)?"
         r"contributions?\b|^\W*(?:please\s+)?contribute\b"
         r"|\bcontribut(?:e|ing)\b(?!\s+(?:to|towards?)\s+(?:the|a|an|its|their|his|her)\s)"),
    _cue("readers reader-funded reader-supported funded",
         r"readers like you\b|funded by (?:our )?readers\b|reader[- ](?:funded|supported)\b"),
    _cue("help", r"help (?:us|fund|keep)\b"),
    # "only one reader in 10,000 pays", "fewer than 1 in 100 of our readers contributes"
    _cue("reader readers", r"\breaders?\b.{0,60}\b(?:pays?|paying|contribut\w*|donat\w*|subscrib\w*)\b"),
    _cue("keep keeping", r"keep(?:ing)? (?:our|this) (?:journalism|reporting|work|site)\b"),
    _cue("patreon paypal coffee ko-fi", r"patreon|paypal|buy me a coffee|ko-fi"),
    _cue("thanks", r"thanks to (?:our |the )?(?:[\d,.]+ )?(?:[\w'’.-]+ ){0,4}?(?:readers|supporters|members|subscribers"
         r"|donors)\b"),
    # "This article is free to read", "Harbour News is free to read": the page about itself
    _cue("free", r"\b(?:this|the) (?:article|story|piece|newsletter) is free(?: to read)?\b|\bis free to read\b"),
    _cue("one-time monthly annual recurring",
         r"(?:one-time|monthly|annual|recurring) (?:gift|donation|contribution|support|payment)\b"),
    _cue("need supporting thank",
         r"we need your (?:help|support)\b|by supporting\b|thank you for (?:standing|supporting)\b"),
    _cue("dear", r"^dear (?:readers?|friends|subscribers|supporters)\b"),
    _cue("funded supported paid", r"\b(?:is|are)\s+(?:entirely\s+|wholly\s+)?(?:funded|supported|paid\s+for)\s+by\s+"
         r"(?:its|our|their)\s+(?:readers|members|subscribers|supporters)\b"),
    _cue("method methods", r"pa[iy]?ment methods?\b"),
]  # fmt: skip
_NEWSLETTER = [
    _cue("newsletter newsletters", r"newsletter"),
    _cue("sign signing sign-up signup", r"sign(?:ing)?[- ]?up\b"),
    _cue("subscribe subscribed subscribing subscription subscriptions", r"subscri(?:be[ds]?|bing|ptions?)\b"),
    _cue("inbox mailbox", r"(?:in|mail)box\b"),
    _cue("address email e-mail", r"e-?mail address\b|enter (?:your|correct|a valid) e-?mail\b|your e-?mail\b"),
    _cue("privacy terms", r"privacy (?:policy|notice)\b|terms (?:of|and) (?:use|service|conditions)\b"),
    _cue("unsubscribe confirmation", r"unsubscribe\b|confirmation e-?mail\b"),
    _cue("trial", r"\b(?:start|begin|try|claim) (?:a |your )?free trial\b|\bfree trial\b"),
    # a paywall's offer: "Get unlimited access for $1 a week."
    _cue("unlimited", r"unlimited (?:digital )?(?:access|articles|reading)\b"),
    # a local site's own promotion: "Find out what's happening in Tamsen, with the latest news from the Ostby Courier."
    _cue("find", r"^find out what['’]s happening in\b"),
    _cue("updates news alerts", r"\bwith the latest (?:updates|news|alerts) from\b"),
    _cue("sign sign-up signup", r"(?:^|[.!?]\s+)sign[- ]?up(?: (?:now|today|here|free|for free))?[.!]?$"),
    _cue("subscribe", r"subscribe\b.{0,40}\b(?:to\s+(?:get|receive)|every\s+(?:day|week|month|morning|evening|monday|tuesday"
         r"|wednesday|thursday|friday|saturday|sunday))\b"),
    _cue("subscribers members", r"\b(?:subscribers|members)\s+(?:received|receive|get|got|read)\s+(?:this|the)\s+"
         r"(?:briefing|newsletter|story|article|report|piece)\b"),
    # "Get Furrow & Field's weekly bulletin: prices and policy for farmers, every Monday morning."
    _cue("get receive", r"^\W*(?:get|receive)\s+(?:our|the|[^:.]{1,40}?['’]s)\s+(?:free\s+)?(?:daily|weekly|monthly|"
         r"fortnightly|morning|evening)\s+(?:bulletin|briefing|digest|newsletter|round-?up|e-?mail|update|alert)s?\b"),
]  # fmt: skip
_FORM = [
    _cue("required robot captcha", r"indicates (?:a )?required\b|required fields?\b|i['’]?m not a robot\b|captcha"),
]
_COOKIE = [
    _cue(
        "cookie cookies",
        r"cookies?\b.{0,80}\b(?:use|accept|consent|policy|settings|preferences|agree|experience)\b"
        r"|\b(?:use|accept|consent|agree)\w*\b.{0,80}\bcookies?\b",
    ),
    _cue("site website", r"by (?:continuing to )?(?:use|using|brows\w+) (?:this|our) (?:site|website)\b"),
]  # fmt: skip
_APPEALS = (("form", _FORM), ("newsletter", _NEWSLETTER), ("donation appeal", _DONATION), ("cookie notice", _COOKIE))
_VOICE = re.compile(r"\b(?:we|our|us(?![$.]|\s*dollars?\b)|you|your|you['’](?:re|ll|ve))\b")  # ("us$1.2 million" is money)
_PAYMENT = re.compile(r"\b(?:visa|master ?card|american ?express|amex|paypal|apple ?pay|google ?pay|maestro|discover)\b", re.I)
_SUPPORT_BANNER = re.compile(
    r"^(?i:please\s+)?(?i:support|donate to|back|fund)\s+(?:us\b|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s*[!.]?$"
)
_FORM_WORDS = {
    "submit", "send", "sign in", "log in", "login", "log out", "register", "first name", "last name",
    "email", "e mail", "password", "name", "continue", "cancel", "ok", "remind me later",
}  # fmt: skip

_OUTLET_VOICE = _cue(
    "our independent",
    r"our(?<![a-z]our) (?:[a-z-]+ ){0,2}?(?:work|journalism|reporting|journalists|newsroom|staff|team|mission|readers|coverage|community|"
    r"editors|reporters|independence|website|site|outlet|publication|audience)\b|independent journalism",
)
_FIRST_SINGULAR = _cue("i i'm i’m i've i’ve i'd i’d i'll i’ll my me", r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me)\b")
_BIO_WORDS = re.compile(
    r"\b(?:writer|journalist|editor|author|analyst|reporter|columnist|correspondent|freelance\w*|blogger|"
    r"researcher|photographer|commentator|contributor)\b",
    re.I,
)
_CAREER = re.compile(
    r"\b(?:years|since (?:19|20)\d\d|have been working|worked (?:with|for|at|as)|experience\w*|career|"
    r"served as|graduated|degree|based in|speciali[sz]\w+)\b",
    re.I,
)
#: a capital letter, accented ones too ("Élise", "Øystein")
_CAP = "[A-ZÀ-ÖØ-Þ]"
_BIO_ROLES = (r"reporter|journalist|correspondent|writer|editor|columnist|contributor|analyst|photographer|producer"
              r"|fellow|epidemiologist|economist|scientist|professor|lecturer|researcher|commentator|blogger")
_THIRD_BIO = _cue(
    "reporter journalist correspondent writer editor columnist contributor analyst photographer producer fellow "
    "epidemiologist economist scientist professor lecturer researcher commentator blogger",
    rf"^\W*(?:Dr\.?\s+|Prof\.?\s+)?{_CAP}[\w.'’-]+(?:\s+{_CAP}[\w.'’-]+){{1,3}}\s+(?:is|was|has been)\s+(?:(?:[Aa]n?|[Tt]he)\s+"
    r"(?:[\w'’.&-]+\s+){0,5}?|(?:[A-Z&][\w'’.&-]*\s+){1,6}(?:[\w'’.-]+\s+){0,3}?)(?i:" + _BIO_ROLES + r")s?\b",
    0,
)
#: "Dana Reyes covers courts and policing for The Example Post."
_COVERS_BIO = _cue(
    "covers reports writes",
    rf"^\W*(?:Dr\.?\s+|Prof\.?\s+)?{_CAP}[\w.'’-]+(?:\s+{_CAP}[\w.'’-]+){{1,3}}\s+(?:covers|reports on|reports about|writes about|writes on)\s+"
    # (or the whole line is the beat: "Sigrun Aalto writes about retail, consumer goods and the food industry.")
    r"(?:[^.]{3,120}?\bfor\s+(?:the\s+)?[A-Z]|(?!(?:the\s+|its\s+|their\s+|her\s+|his\s+)?(?:cost|bill|fee|loss)e?s?\b)"
    r"(?![^.]*\b(?:said|says|told|tells|according)\b)[^.\d]{3,120}(?:\.?\s*$|\.\s+(?:She|He|They)\s))",
    0,
)
#: a column or newsletter naming who writes it: "The Fare Box is written by Signe Oddvar, a former transport planner",
#: "This newsletter is edited by ..."
_WRITTEN_BY = _cue(
    "written edited compiled produced curated",
    rf"^\W*(?:(?:The|This|Our)\s+)?(?:{_CAP}[\w'’&-]*\s+|(?:newsletter|column|briefing|digest|blog)\s+){{1,5}}is\s+"
    r"(?:written|edited|compiled|produced|curated)\s+(?:each\s+\w+\s+|every\s+\w+\s+)?by\s+" + _CAP,
    0,
)
#: "Lena Ortiz has written about consumer rights for 15 years", "Sam Reed has covered Westminster since 2012": a
#: career told of a named person whose only fact is how long they have written (no figure of the story's own)
_CAREER_BIO = _cue(
    "written covered reported reporting writing",
    rf"^\W*(?:Dr\.?\s+|Prof\.?\s+)?{_CAP}[\w.'’-]+(?:\s+{_CAP}[\w.'’-]+){{1,3}}\s+has\s+(?:written\s+(?:about|on|for)"
    r"|covered(?!\s+(?:the\s+|its\s+|their\s+)?(?:cost|bill|fee|loss)e?s?\b)|reported\s+(?:on|for)|worked\s+for"
    r"|been\s+(?:writing|reporting)\s+(?:about|on))\s+[^.;\d]{3,100}?\b(?:for\s+(?:(?:more\s+than|over|nearly|almost"
    r"|some|about)\s+)?(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)\s+years|a\s+decade"
    r"|two\s+decades|three\s+decades)|since\s+(?:19|20)\d\d)\b",
    0,
)
#: the reader told how to look something up ("Residents can check their address on the county's online map or call
#: the non-emergency line"): a service box, with no figure and nothing reported (it may follow one short sentence)
_HOW_TO_CHECK = _cue(
    "check look find call visit",
    r"(?:^\W*|^[^.!?\d]{5,80}[.!?]\s+)(?:residents|readers|customers|passengers|travellers|travelers|parents|people"
    r"|anyone|those|users|members|viewers|listeners|drivers|patients|voters|owners|households)\b[^.;\d]{0,40}?"
    r"\b(?:can|should|may)\s+(?:also\s+)?(?:check|look\s+up|find\s+out|visit|call|ring)\b[^\d]{0,140}?\b(?:online"
    r"|website|web\s+site|map|app|hotline|helpline|(?:phone|telephone|non-emergency|emergency|information)\s+"
    r"(?:line|number))\b",
    re.I,
)
_SAID = re.compile(r"\b(?:said|says|according\s+to|told)\b")  # (what the company said readers can do is its claim)
#: "Flood helpline: residents who need help should call ...", "Lines are open around the clock"
_SERVICE = _cue(
    "helpline helplines hotline hotlines lines",
    r"^\W*[\w '’-]{0,30}\b(?:help ?line|hot ?line)s?\s*:|\blines are open\b|\b(?:call|ring|phone) (?:the|our) "
    r"[\w '’-]{0,40}(?:help ?line|hot ?line)\b",
)
#: the outlet telling of its own newsroom: "The Corner has a team of on-the-ground reporters in capital cities ...",
#: "Their stories are edited by the teams at ..."
_NEWSROOM = _cue(
    "team teams stories articles reporting",
    r"\b(?:has|have)\s+a\s+team\s+of\s+(?:[\w-]+\s+){0,3}(?:reporters|journalists|correspondents|editors|writers)\b"
    r"|^(?:Their|Our|All\s+(?:our|its))\s+(?:stories|articles|reports|reporting)\s+(?:are|is)\s+(?:edited|written|checked"
    r"|produced|reviewed)\s+by\b",
)
#: a feed's footer and an author's page link: "The post Port strike ends as ... appeared first on FreightWaves.", "Find
#: more articles by Ana Ruiz here."
_FEED_FOOTER = _cue(
    "post articles stories",
    r"^The\s+post\s+.{3,200}?\s+appeared\s+first\s+on\b|^(?:Find|Read|See|View)\s+(?:more|all)\s+(?:articles|stories"
    r"|posts)\s+by\s+(?:[A-Z][\w'’.-]*\s+){1,4}here\b",
)
#: the site talking about itself as software: "IE 11 is not supported. For an optimal experience visit our site on another
#: browser", "Please enable JavaScript", "This site uses Akismet to reduce spam"
_SITE_NOTICE = _cue(
    "ie explorer browser browsers javascript akismet spam views watch read listen view hear",
    r"\b(?:(?:ie|internet\s+explorer)\s*\d*\s+is\s+not\s+supported|(?:another|a\s+different|your|a\s+supported|modern)"
    r"\s+browser|(?:enable|turn\s+on)"
    r"\s+javascript|javascript\s+is\s+(?:disabled|required|off)|uses\s+akismet|to\s+reduce\s+spam"
    # a disclaimer: "The views expressed in reader comments on harbourdaily.com are those of their authors", "The
    # views expressed are the author's own"
    r"|^the\s+views\s+expressed\b.{0,90}?\b(?:are\s+(?:those|the|solely|their|his|her)|do\s+not\s+(?:necessarily\s+)?"
    r"reflect)\b)"
    # where to watch or read more: "To watch the full briefing, go to https://ost.by/3Ab9x" (a link, not the story)
    r"|^to\s+(?:watch|read|listen\s+to|view|hear|see)\b.{0,80}?\b(?:go\s+to|visit|click)\s+(?:here|https?://|www\.)",
)
#: the outlet asking its reader to do something ("Please do not bring clothes to the shelters", "Please contact us"):
#: a reader-service box, not the report (a request inside quotation marks is someone's words, and stays)
_READER_REQUEST = _cue(
    "please get download install turn never",
    r"(?:^|[.!?:]\s+)please\s+(?:do\s+not|don['’]t|note|contact|call|check|visit|send|email|e-mail|bring|donate|give"
    r"|share|sign|tell|write|get\s+in\s+touch)\b"
    # the outlet's app ("Never miss a story: get the Daily Bugle app and turn on alerts"): told to the reader as a
    # command at a sentence's start, or "never miss a story"
    r"|(?:^|[.!?:]\s+)(?:get|download|install)\s+(?:the|our)\s+[^.;]{0,40}?\bapp\b|(?:^|[.!?:]\s+)turn\s+on\s+"
    r"(?:push\s+|breaking[- ]news\s+)?(?:alerts|notifications)\b|\bnever\s+miss\s+an?\s+(?:story|thing|headline|update)\b",
)
#: the second sentence of a bio ("She previously covered agriculture", "He has covered Holyrood since 2011")
_BIO_FOLLOW = _cue(
    "she he previously covered reported worked joined trained studied",
    r"^(?:she|he)\s+(?:has\s+|had\s+|previously\s+|also\s+)*(?:covered|reported|worked|joined|written|edited|trained"
    r"|studied|been\s+(?:a|an|the)\s+)\b",
    re.I,
)
#: notes about the page itself: corrections, updates, disclaimers, personal-views lines
_PAGE_NOTE = _cue(
    "article story report piece updated amended corrected disclaimer views note printed version substitute delayed "
    "responsible developing breaking follow check position positions click",
    # "This is a developing story and will be updated.", "This story will be updated.", "More to follow."
    r"^\W*this\s+is\s+an?\s+(?:developing|breaking)\s+(?:news\s+)?(?:story|report|situation)(?:[,;]?\s+(?:and|which|it)\s+"
    r"(?:it\s+)?will\s+be\s+updated(?:\s+as\s+[^.\d]{0,60})?)?\W*$"
    r"|\bthis\s+(?:article|story|report|page)\s+will\s+be\s+updated\b|^\W*more\s+to\s+follow\W*$"
    r"|^\W*check\s+back\s+(?:later\s+|soon\s+)?for\s+(?:updates|more)\b"
    r"|(?:^|[.:]\s+)(?:\*?editor['’]s\s+note:\s*)?this\s+(?:article|story|report|piece|page)\s+(?:was|has\s+been|had\s+been|is)\s+"
    r"(?:updated|amended|corrected|changed|edited|provided)\b|^\W*disclaimer\b|^\W*printed in (?:the|our)\b"
    r"|^\W*a version of this (?:article|story|piece) (?:appears|appeared|was published) in\b"
    r"|\bthis (?:article|story|page|content) is (?:for|intended for) (?:general )?information(?:al)? (?:purposes )?only\b"
    r"|\bnot (?:a|intended as a) substitute for (?:professional )?(?:medical|legal|financial) advice\b"
    r"|\bviews\s+(?:are|expressed\s+are)\s+"
    r"(?:her|his|their|my|the\s+author['’]s)\s+own\b|^\W*editor['’]s\s+note\b"
    # a market data box: "Market data delayed by at least 15 minutes."
    r"|^\W*(?:market\s+)?(?:data|prices|quotes)\s+(?:are\s+|is\s+)?delayed\b"
    # "The Post is not responsible for the content of external sites."
    r"|\bnot\s+responsible\s+for\s+the\s+content\s+of\s+(?:external|third[- ]party|other)\s+(?:web\s*)?(?:sites|websites|links)\b"
    # a writer's disclosure under a markets story: "As of this writing, Ana Ruiz did not hold a position in any of the
    # aforementioned securities.", "The author has no position in any of the stocks mentioned."
    r"|\b(?:did|does|do)\s+not\s+(?:hold|have|own)\s+(?:a\s+|any\s+)?positions?\s+in\s+(?:any\s+of\s+)?the\s+"
    r"(?:aforementioned|above[- ]mentioned|above)\b|\bha(?:s|ve)\s+no\s+positions?\s+in\s+any\s+(?:of\s+the\s+)?"
    r"(?:stocks|securities|companies|shares)\s+mentioned\b"
    # a call to follow the outlet: "Stay updated with the latest - Click here to follow us on Instagram"
    r"|\bclick\s+here\s+to\s+(?:follow|join|subscribe)\b|\bfollow\s+us\s+on\s+(?:instagram|twitter|facebook|x|telegram"
    r"|whatsapp|youtube|tiktok|linkedin|threads|bluesky|google\s+news)\b",
    re.I,
)

_NAV_EXACT = {
    "previous", "next", "prev", "previous article", "next article", "previous post", "next post", "older", "newer",
    "read more", "read also", "see also", "more", "more news", "more stories", "more articles", "related",
    "related articles", "related stories", "related news", "related content", "related topics", "editors picks",
    "editor's picks", "editors' picks", "most read", "most popular", "most viewed", "popular", "trending",
    "trending now", "latest", "latest news", "latest stories", "news feed", "top stories", "recommended",
    "recommended for you", "you may also like", "you might also like", "don't miss", "skip to content",
    "skip to main content", "skip to navigation", "menu", "main menu", "home", "search", "share", "share this",
    "share this article", "share this story", "tweet", "print", "copy link", "link copied", "comments",
    "show comments", "leave a comment", "load more", "show more", "back to top", "advertisement", "ad",
    "sponsored", "sponsored content", "follow us", "continue reading", "read the full story", "listen", "close",
    "open", "toggle navigation", "all rights reserved", "tags", "topics", "categories", "feedback", "contact us",
    "about us", "log in", "sign in", "opinion", "watch", "video", "photos",
    "gallery", "podcasts", "explainer", "live", "live updates", "top", "up next", "in focus",
    "explore more on these topics", "more on this story", "more on this topic", "reuse this content",
    "suggested topics", "related coverage", "view comments", "print this page", "skip advertisement",
    "story continues below advertisement", "article continues below", "scroll to continue",
}  # fmt: skip
_META_WORDS = {"published", "updated", "last updated", "posted", "first published", "modified"}
_CAPTION_LABEL = re.compile(r"^(?:image|photo|picture|video) (?:caption|source|credit)s?\b", re.I)
_CREDIT_CUE = _cue(
    "reporting writing editing compiled translated produced reported contributed",
    # ("Reporting: Ana Ruiz and the newsroom.", as "Reporting by ...")
    r"^(?:(?:additional |further )?reporting|writing|editing|compiled|translated|produced)(?: by\b|:)"
    # "The Associated Press contributed to this report.", "Ana Ruiz contributed reporting from Velikar."
    r"|^[\w.'’&-]+(?: [\w.'’&-]+){0,6} contributed (?:reporting\b|(?:to|for) (?:this|the) (?:report|story|article)\.?$)"
    # "Timur Sagyndykov reported from Yeskara, Lena Petrova from Velikar.": where the reporters were
    r"|^[\w.'’-]+(?: [\w.'’-]+){1,3} reported from [\w'’ -]{2,40}(?:, [\w.'’-]+(?: [\w.'’-]+){1,3} from [\w'’ -]{2,40})*\.?$",
)
_SOCIAL = {
    "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "email", "e-mail", "mail",
    "pinterest", "vk", "viber", "messenger", "instagram", "youtube", "tiktok", "bluesky", "threads", "mastodon",
    "copy", "link", "print", "share", "on", "via", "rss",
}  # fmt: skip
#: a page's promise of what follows: "Here's what you need to know.", "Here's everything we know so far", "Here are
#: the firms racing to make the new pills"
_TEASER = _cue(
    "here's here’s here what",
    # (also after a page's bracketed embed code: "[video-embed id=4] Here's what to know about the new price")
    rf"(?:^|[.!?\]]\s+)(?i:{TEASER_PROMISE}[^.!?]{{0,90}}[.!?:]?\s*$)"
    # a subheading that promises a list or an explainer, with no full stop, on a line with no figure: "Here are the
    # firms racing to make the new pills", "Demand may soon grow. Here's how the new rules work"
    r"|^(?!.*\d)(?:[^.!?]*[.!?]\s+)?(?i:here(?:['’]s|\s+is|\s+are)\s+(?:the|how|why|what|who|where|which)\s+"
    r"[^.!?:]{0,80}$)"
    # a standfirst closing on the explainer's promise: "Ferries will stop running at dusk from Monday while the
    # harbour wall is mended. What to know."
    r"|[.!?]\s+(?i:what\s+(?:to|you\s+need\s+to|we)\s+know(?:\s+so\s+far)?)[.:]?\s*$",
)
#: another story's kicker glued to its headline, as a scraped inline link reads: "Toy drive:Governor's wife collects ..."
_GLUED_KICKER = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}:[A-Z][a-z]")
_NAV_PREFIX = re.compile(
    r"^(?:see also|read also|also read|read more|related(?: \w+)?|more on this(?: story)?|recommended|more from [\w\s]+"
    r"|also on [\w\s]+|(?:readers['’]? )?letters(?: to the editor)?"
    r"|watch|listen|opinion|analysis|explainer|editorial|factbox|read next|up next|don['’]t miss|more|next week|next time|coming up|coming next"
    r"|(?:photo |picture |video )?gallery|in pictures|photos|video|podcast|sponsored|promoted|advertisement|partner content"
    r"|in (?:the|our) next (?:issue|edition|episode|newsletter))\s*[:：»›|-]\s*\S",
    re.I,
)
_SHARE = re.compile(r"^(?:share|follow(?: us)?|like us|join us)(?: (?:this|the) (?:article|story|page))?(?: on| via)?\b", re.I)
_TIMESTAMP = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?$", re.I)
_AUDIO = _cue(
    "listen audio speech min mins minute minutes reading text-to-speech ai-generated",
    r"\b(?:listen to (?:this|the) (?:article|story|podcast|episode)|this (?:audio|article|recording) (?:is|was|has been) "
    r"(?:created|generated|read|produced)|audio (?:version|player)|text[- ]to[- ]speech|ai[- ]generated (?:audio|voice)"
    r"|\d+\s*min(?:ute)?s?\.? read|reading time)\b",
    re.I,
)
_COPYRIGHT = _cue(
    "(c) copyright reserved reproduction reproduced",
    # (or after the outlet's name, "Harbour Daily © 2026. Reproduction without permission prohibited.")
    r"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b|©\s*(?:19|20)\d\d\b"
    r"|\breproduction\b[^.]{0,40}\b(?:prohibited|forbidden|not\s+permitted|without\s+(?:prior\s+)?(?:written\s+)?permission)"
    r"|\bmay\s+not\s+be\s+(?:reproduced|republished|redistributed|rewritten)\b[^.]{0,40}\bwithout\b",
    re.I,
)

_AGENCY = (
    r"AFP|AP|Reuters|Getty(?: Images)?|EPA(?:-EFE)?|TASS|Sputnik|Pool|Shutterstock|Anadolu|Xinhua|Bloomberg|"
    r"Imago|Alamy|Wikimedia(?: Commons)?|Kremlin\.ru|Handout|RIA Novosti|Ukrinform|UNIAN|NurPhoto|SOPA|Associated Press"
    r"|Agence France-Presse"
)
_CAPTION_WORD = _cue(
    "photo photos photograph image images picture pictures illustration credit credits video chart charts graphic "
    "graphics infographic map maps",
    r"(?:photo credit|photo(?:graph)?|image|picture|illustration|credit|video|chart|graphic|infographic|map)s?\s*"
    r"(?::|by\b)",
)
#: a wire photo's caption: the picture's day in full, then where it was taken ("... from a friend's home Sunday, Dec.
#: 12, 2021, in Mayfield, Ky."), which report prose never spells out so; or a composite's "This combination of images"
_WIRE_CAPTION = _cue(
    "monday tuesday wednesday thursday friday saturday sunday combination",
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+(?:Jan|Feb|March|April|May|June|July|Aug|Sept?"
    r"|Oct|Nov|Dec)\.?\s+\d{1,2},\s+(?:19|20)\d\d,\s+(?:in|at|near|outside|on)\s+(?:the\s+)?[A-Z]"
    r"|^(?:This|A)\s+combination\s+of\s+(?:[\w-]+\s+)?(?:images|photos|pictures|photographs)\b"
    # (or the scene's sentence ending on the picture's day after the place, with no "on": "... in the Kemerovo
    # region, Russia, Friday, Nov. 26, 2021.")
    r"|,\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+(?:Jan|Feb|March|April|May|June|July|Aug"
    r"|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2},\s+(?:19|20)\d\d\.(?:\s|$)",
)
#: a photo's caption closing on where and when it was taken, the date told in full after the place ("... due to
#: excess heat in Lalitpur, Uttar Pradesh state, on June 17, 2023.", "... in her trial in San Jose, California, January
#: 3, 2022."): report prose puts no comma between a place and the full day it ends on
_PLACE_DAY_CAPTION = _cue(
    "january february march april may june july august september october november december jan feb aug sept oct "
    "nov dec",
    r"\b(?:in|at|near|outside)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,\s+[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,2})*,\s+"
    r"(?:on\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2},\s+(?:19|20)\d\d\.?$",
)
#: a photo's caption telling a scene in the simple present ("Firefighters and rescue workers stand at the site of the
#: collapsed bridge", "Houses burn amid the spread of wildfires", "Relatives mourn near the remains of people who
#: died"): report prose tells what happened in the past, or says who said it
_SCENE_VERBS = (
    "stand stands work works sit sits search searches walk walks gather gathers mourn mourns inspect inspects burn burns comfort comforts wait waits pray prays "
    "watch watches remove removes grieve grieves react reacts gesture gestures sift sifts dig digs pose poses queue queues hug hugs weep weeps survey surveys "
    "cry cries carry carries"
)
#: a caption's closing day ("... in Vina del Mar, Chile February 3, 2024."): the only figure a scene caption gives
_TRAILING_DAY = re.compile(r",?\s+(?:on\s+)?(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
                           r"(?:,\s+(?:19|20)\d\d)?\.?$")
_SCENE_CAPTION = _cue(
    _SCENE_VERBS,
    # (the subject right before the verb: a plural noun for the plain form, "Firefighters stand", "People ... work";
    # any word but an article for the -s form, "A man walks": never "the search for survivors", a noun)
    r"^(?:[A-Z][\w'’-]*)(?:\s+(?!(?:said|says|told|were|was|are|is|has|have|had|will|would)\b)[\w'’,-]+){0,9}?"
    r"(?:(?:s|people|children|police|men|staff|crowd|family)\s+(?:" + "|".join(_SCENE_VERBS.split()[0::2]) + r")"
    r"|(?<!\bthe)(?<!\ba)(?<!\ban)\s+(?:" + "|".join(_SCENE_VERBS.split()[1::2]) + r"))"
    r"\s+(?:at|amid|near|next\s+to|in|on|outside|inside|beside|by|through|for|as|over|under|around|among|after|the|a"
    r"|an)\b",
)
#: what report prose says and a caption does not ("was signed in Paris, France, on June 17, 2023", "officials said")
_TOLD_PAST = re.compile(r"\b(?:was|were|had|has been|have been|said|says|told)\b")
_CAPTION_BEFORE = ".!?()[]|/–—-"  # a caption label starts the line or follows one of these ("[Image: ...]")
_CAPTION_TAIL = _cue(
    "photo image picture illustration photograph",
    r"\((?:file |archive |illustrative |illustration |handout |stock )?(?:photo|image|picture|illustration|photograph)\)\s*\.?$",
    re.I,
)
#: "(Herald photo: Maik Sommer)", "(Photo by Ana Ruiz for The Post)" closing a caption
_CREDIT_LABEL_PAREN = re.compile(r"\((?:[\w'’.&-]+\s+){0,3}(?:photo|photograph|picture|image|video)s?\s*(?::|by\b)[^()]{1,80}\)\s*\.?$",
                                 re.I)
_CREDIT_PAREN = re.compile(
    r"\((?:[A-Z][^()/]*/\s*[A-Z][^()]*|[^()]*\b(?:" + _AGENCY + r")\b[^()]*)\)\s*\.?$"
)
_CREDIT_LINE = re.compile(r"[A-Z][\w.'’-]*\s*/\s*[A-Z]")
_AGENCY_WORD = re.compile(r"\b(?:" + _AGENCY + r"|Agency|Images|Photo|Press|News|Commons|Archive|Service)\b")
_AGENCY_END = re.compile(r"(?:via\s+)?(?:" + _AGENCY + r")\s*$")
#: a caption opening on its credit: "Ana Ruiz—Eurowire via Getty Images A hatchback's airbags on display in ..."
_VIA_AGENCY_START = re.compile(r"^[A-Z][\w.'’&/ —–-]{0,60}?\bvia\s+(?:" + _AGENCY + r")\b")
#: a caption closing on its photographer's credit after a full stop, the agency in capitals: "... on Parliament Hill
#: on Tuesday, April 16, 2031. HARBOUR PRESS/Jana Okafor", "... in Velikar. REUTERS/Ana Ruiz"
_CAPS_CREDIT_END = re.compile(r"[.!?]\s+(?:[A-Z][A-Z&'’-]+\s+){0,3}[A-Z][A-Z&'’-]+\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")

_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]+(?:\s+\"[^\"]*\")?\)")
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_TEASER_END = re.compile(r"[^\W\d_]\s?(?:…|\.\.\.)\s*$")


# trigger word, also with punctuation glued on -> the bits of every cue it gates
_OPEN = ("", "(", "[", "“", '"', "‘", "'", "*", "«")
_CLOSE = ("", ".", ",", ";", ":", "!", "?", ")", "]", "”", '"', "’", "'", "…", "*", ".”", ",”", '."', ',"', ").", "),", "»", "].")


@functools.cache
def _triggers() -> tuple[frozenset[str], dict[str, int]]:
    """Built on first use (twenty thousand strings: not worth paying for at import)."""
    bits: dict[str, int] = {}
    for c in _CUES:
        for w in c.words:
            for o in _OPEN:
                for e in _CLOSE:
                    bits[o + w + e] = bits.get(o + w + e, 0) | c.bit
    return frozenset(bits), bits


_GLUE = ("—", "–", "/", "|")  # punctuation that glues words together


def _features(s: str) -> tuple[int, int, str]:
    """``(word count, bits of the cues whose trigger words occur in s, s lower-cased)``."""
    low = glued = s.lower()
    for g in _GLUE:
        if g in glued:
            glued = glued.replace(g, " ")
    words = glued.split()
    trigger_words, trigger_bits = _triggers()
    m = 0
    for w in trigger_words.intersection(words):
        m |= trigger_bits[w]
    return len(words), m, low


_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|«[^»]*»|„[^“”]*[“”]")
_OPEN_QUOTE = re.compile(r"[“«„\"]")
_NON_WORD = re.compile(r"[^\w\s'’]+")
_TERMINAL = (".", "!", "?", "…")


def _outside_quotes(s: str) -> str:
    """``s`` without quoted speech (an unclosed quote runs to the end)."""
    s = _QUOTED.sub(" ", s)
    m = _OPEN_QUOTE.search(s)
    return s[: m.start()] if m else s


_LIST_MARKS = frozenset("-*•·–—+0123456789")  # a list item's opening, never a crosshead's


def _ends_sentence(s: str) -> bool:
    return s.rstrip("\"'”’»)]").endswith(_TERMINAL)


def _norm(s: str) -> str:
    return " ".join(_NON_WORD.sub(" ", s.lower()).split())


# --------------------------------------------------------------------------- classify


def classify(text: str) -> Verdict:
    """What the paragraph's own wording says it is."""
    if len(text) > _MAX_CHARS:
        return _NONE
    s = clean_markup(text)
    if not s:
        return _NONE
    return _classify(s, *_features(s))  # (s, nw, mask, low)


#: a paragraph longer than this many words that an appeal's cue words hit may be a whole page flattened into one
#: line (share buttons, the story, then "Keep our reporters out there: give today")
_FLAT_WORDS = 80
#: sentences with no cue word that make a flattened page's story, and the least share of its characters they hold
_FLAT_SENTENCES, _FLAT_SHARE = 4, 0.7
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’)]*\s+")


def _appeal_tail(outside: str, cues: Sequence[_Cue]) -> bool:
    """Do the appeal's cue words sit in a few of the paragraph's sentences, the rest (at least _FLAT_SENTENCES
    full sentences, most of its text) being sentences no cue touches? Then it is a story with an appeal beside it."""
    clean = cue_chars = 0
    for sentence in _SENTENCE_BREAK.split(outside):
        if any(c.rx.search(sentence) for c in cues):
            cue_chars += len(sentence)
        elif len(sentence) >= 40:
            clean += 1
    return clean >= _FLAT_SENTENCES and cue_chars <= (1 - _FLAT_SHARE) * len(outside)


def _caption_label(low: str) -> bool:
    for m in _CAPTION_WORD.rx.finditer(low):
        before = low[: m.start()].rstrip()
        if not before or before[-1] in _CAPTION_BEFORE:
            return True
    return False


def _classify(s: str, nw: int, mask: int, low: str) -> Verdict:
    """``s``: the paragraph without Markdown marks; ``nw``: its word count; ``mask``: the cue
    words present; ``low``: ``s`` lower-cased."""
    short = nw <= 25
    if not mask and nw > 25 and "](" not in s and "©" not in s and not s.endswith((")", ").", "…", "...")) \
            and "/" not in s[-40:] and " via " not in s[:80]:
        return _NONE  # the common case: an article paragraph with no cue word at all
    sentence = _ends_sentence(s)

    # menus, buttons, time stamps, credits: short lines
    if nw <= 12:
        v = _classify_short(s, nw, sentence)
        if v is not None:
            return v
        if nw <= 15 and mask & _AUDIO.bit and _AUDIO.rx.search(s):
            return Verdict("navigation", STRONG)
    if short and _NAV_PREFIX.match(s):
        return Verdict("related link", STRONG)
    if nw <= 25 and mask & _TEASER.bit and _TEASER.rx.search(s):
        return Verdict("headline", STRONG)  # "The verdict is in. Here's what you need to know."
    if nw <= 30 and not sentence and _GLUED_KICKER.match(s):
        return Verdict("related link", STRONG)  # "Kentucky toy drive:Governor's wife collects toys for survivors"
    if nw <= 60 and mask & _CREDIT_CUE.bit and _CREDIT_CUE.rx.match(low):
        return Verdict("metadata", STRONG)  # "Reporting by ...; Editing by ..."
    if nw <= 30 and (mask & _COPYRIGHT.bit or "©" in s) and _COPYRIGHT.rx.search(s):
        return Verdict("navigation", STRONG)
    if "](" in s:
        links = _MD_LINK.findall(s)
        if links and sum(len(t) + 4 for t in links) >= 0.6 * len(_MD_LINK.sub("", s) + "".join(links)):
            return Verdict("link list", STRONG)

    # photo captions and credits
    if _PHOTO_ID.match(s) or (mask & _CAPTION_WORD.bit and _HANDOUT_PHOTO.match(s)) or _FILE_PHOTO.match(s) \
            or (nw <= 150 and s.endswith((")", ").")) and _PHOTO_CREDIT_PAREN.search(s)):
        return Verdict("caption", STRONG)  # an agency picture's caption, however long: "epa01234567 A handout photo ..."
    if nw <= 60 and (
        (mask & _CAPTION_WORD.bit and _caption_label(low))
        or (mask & _CAPTION_TAIL.bit and _CAPTION_TAIL.rx.search(s))
        or (s.endswith((")", ").")) and (_CREDIT_PAREN.search(s) or _CREDIT_LABEL_PAREN.search(s)))
        or ("/" in s and _CAPS_CREDIT_END.search(s))
        or (" via " in s[:80] and _VIA_AGENCY_START.match(s))
        or (mask & _WIRE_CAPTION.bit and _WIRE_CAPTION.rx.search(s))
        or (mask & _PLACE_DAY_CAPTION.bit and _PLACE_DAY_CAPTION.rx.search(s) and not _TOLD_PAST.search(s))
        or (nw <= 40 and mask & _SCENE_CAPTION.bit and _SCENE_CAPTION.rx.match(s) and not _TOLD_PAST.search(s)
            and not any(c.isdigit() for c in _TRAILING_DAY.sub("", s)))
    ):
        return Verdict("caption", STRONG)

    # appeals, sign-ups, cookie banners, forms
    outside: str | None = None  # lower-cased, quotes removed
    best = _NONE
    for reason, cues in _APPEALS:
        hits = 0
        for c in cues:
            if mask & c.bit:
                if outside is None:
                    outside = _outside_quotes(low)
                if c.rx.search(outside):
                    hits += 1
        if not hits:
            continue
        assert outside is not None
        if nw > _FLAT_WORDS and _appeal_tail(outside, cues):
            continue  # a whole page flattened into one line: the story with its appeal glued on, not an appeal
        if hits >= 2 or nw <= _SHORT_WORDS or reason == "form" or _VOICE.search(outside):
            return Verdict(reason, STRONG)
        if not best.strength and not _SAID.search(outside):
            # (one sign-up word in an attributed statement is the story's: "Corvane said it would offer free
            # roadside assistance, which normally requires a paid subscription")
            best = Verdict(reason, WEAK)

    # service boxes: helplines and hotlines to call
    if nw <= 60 and mask & _SERVICE.bit and _SERVICE.rx.search(low):
        return Verdict("service notice", STRONG)
    if nw <= 40 and mask & _SITE_NOTICE.bit and _SITE_NOTICE.rx.search(low):
        return Verdict("service notice", STRONG)
    if nw <= 45 and mask & _HOW_TO_CHECK.bit and _HOW_TO_CHECK.rx.match(s) and not any(c.isdigit() for c in s) \
            and not _SAID.search(s):
        return Verdict("service notice", STRONG)
    if nw <= 60 and mask & _READER_REQUEST.bit:
        if outside is None:
            outside = _outside_quotes(low)
        if _READER_REQUEST.rx.search(outside):
            return Verdict("service notice", STRONG)

    # career bios and notes about the page
    if low.startswith("about the author"):
        return Verdict("author bio", STRONG)
    if nw <= 60 and mask & _FEED_FOOTER.bit and _FEED_FOOTER.rx.search(s):
        return Verdict("metadata", STRONG)  # "The post ... appeared first on FreightWaves."
    if nw <= 80 and mask & _NEWSROOM.bit and _NEWSROOM.rx.search(s):
        return Verdict("author bio", STRONG)  # the outlet telling who writes it: "X has a team of reporters in ..."
    if nw <= 60 and mask & _PAGE_NOTE.bit and _PAGE_NOTE.rx.search(s):
        return Verdict("metadata", STRONG)
    if nw <= 40 and mask & _BIO_FOLLOW.bit and _BIO_FOLLOW.rx.match(s):
        return Verdict("author bio", STRONG if nw <= 15 else WEAK)
    if mask & _FIRST_SINGULAR.bit:
        if outside is None:
            outside = _outside_quotes(low)
        if len(_FIRST_SINGULAR.rx.findall(_outside_quotes(s))) >= 2:
            bio, career = bool(_BIO_WORDS.search(outside)), bool(_CAREER.search(outside))
            if bio and career:
                return Verdict("author bio", STRONG)
            if (bio or career) and not best.strength:
                best = Verdict("author bio", WEAK)
    if best.strength:
        return best
    if nw <= 80 and mask & _THIRD_BIO.bit and _THIRD_BIO.rx.match(s):
        return Verdict("author bio", STRONG if nw <= 20 else WEAK)
    if nw <= 60 and mask & _COVERS_BIO.bit and _COVERS_BIO.rx.match(s):
        return Verdict("author bio", STRONG if nw <= 30 else WEAK)
    if nw <= 40 and mask & _CAREER_BIO.bit and _CAREER_BIO.rx.match(s):
        return Verdict("author bio", STRONG)
    if nw <= 40 and mask & _WRITTEN_BY.bit and _WRITTEN_BY.rx.match(s):
        return Verdict("author bio", STRONG)

    # the outlet talking about itself ("our work", "our staff")
    if mask & _OUTLET_VOICE.bit:
        if outside is None:
            outside = _outside_quotes(low)
        if _OUTLET_VOICE.rx.search(outside):
            return Verdict("donation appeal", WEAK)
    # a teaser cut off mid-sentence: the start of another article
    if s.endswith(("…", "...")) and _TEASER_END.search(s[-6:]):
        return Verdict("related link", WEAK)
    if nw <= 12 and not sentence and _title_case(s, nw):
        return Verdict("headline", STRONG)
    return _NONE


def _classify_short(s: str, nw: int, sentence: bool) -> Verdict | None:
    if nw <= 8:
        norm = _norm(s)
        if norm in _NAV_EXACT or norm.replace("'", "") in _NAV_EXACT:
            return Verdict("navigation", STRONG)
        if norm in _META_WORDS:
            return Verdict("metadata", STRONG)
        if _CAPTION_LABEL.match(s) or (nw <= 4 and not sentence and _IMAGES_CREDIT.match(s)):
            return Verdict("caption", STRONG)
        if _TIMESTAMP.match(s):
            return Verdict("navigation", STRONG)
        if nw >= 2 and all(w in _SOCIAL for w in norm.split()):
            return Verdict("navigation", STRONG)
        if len(_PAYMENT.findall(s)) >= 2 and len(_PAYMENT.sub("", s).split()) <= 2:
            return Verdict("donation appeal", STRONG)
        if nw <= 3 and s.isupper() and len(s) >= 3 and not any(c.isdigit() for c in s) and not sentence:
            return Verdict("navigation", STRONG)
        if _SHARE.match(s) and not sentence:
            return Verdict("navigation", STRONG)
        if norm in _FORM_WORDS:
            return Verdict("form", STRONG)
        if _SUPPORT_BANNER.match(s):
            return Verdict("donation appeal", STRONG)
    if date_line(s) is not None:
        return Verdict("metadata", STRONG)
    if " " not in s and _URL_ONLY.match(s):
        return Verdict("related link", STRONG)
    if nw <= 10 and not sentence and (
        ("/" in s and _CREDIT_LINE.search(s) and _AGENCY_WORD.search(s)) or _AGENCY_END.search(s)
    ):
        return Verdict("caption", STRONG)
    return None


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: short words a headline in title case may leave lower case
_TITLE_MINOR = frozenset("a an the and or but nor for of in on at to by from with as vs via per into over".split())


def _title_case(s: str, nw: int) -> bool:
    """A headline in title case ("Army Plans to Enlist 20K Defendants for the War"): 5 to 12 words, no final
    punctuation, every word but the minor ones capitalised."""
    if nw < 5:
        return False
    words = _TITLE_WORD.findall(s)
    major = [w for w in words if w.lower() not in _TITLE_MINOR]
    return len(major) >= 3 and all(w[0].isupper() for w in major)


def is_boilerplate(text: str) -> bool:
    """True when the paragraph's own wording is clearly boilerplate (no context needed)."""
    return classify(text).strength == STRONG


# --------------------------------------------------------------------------- position

_SHORT_WORDS, _SHORT_CHARS = 12, 100
_ENCLOSED_CHARS = 600
_APPEAL_REASONS = ("donation appeal", "newsletter", "form", "cookie notice")


def _core(scores: Sequence[float]) -> tuple[int, int] | None:
    """Maximum-sum stretch ``[start, end]`` (inclusive), or None when nothing is positive."""
    best, best_span = 0.0, None
    run, run_start = 0.0, 0
    for i, sc in enumerate(scores):
        if run <= 0:
            run, run_start = sc, i
        else:
            run += sc
        if run > best:
            best, best_span = run, (run_start, i)
    return best_span


def mark_boilerplate(
    text: str, paragraphs: Sequence[Paragraph], metadata: Iterable[int] = ()
) -> tuple[Paragraph, ...]:
    """Return ``paragraphs`` with ``boilerplate``/``reason`` set. ``metadata``: indices of
    paragraphs already known to be header lines (they get reason "metadata")."""
    reasons = boilerplate_reasons(text, [(p.start, p.end) for p in paragraphs], metadata)
    return tuple(
        p if (p.index == i and p.reason == reasons[i] and p.boilerplate == bool(reasons[i]))
        else Paragraph(i, p.start, p.end, bool(reasons[i]), reasons[i])
        for i, p in enumerate(paragraphs)
    )


def boilerplate_reasons(text: str, spans: Sequence[tuple[int, int]], metadata: Iterable[int] = ()) -> list[str]:
    """For each paragraph ``text[start:end]``: its boilerplate reason, or "" for article text."""
    n = len(spans)
    if not n:
        return []
    cleaned: list[str] = []
    nwords: list[int] = []
    verdicts: list[Verdict] = []
    seen: dict[str, Verdict] = {}  # scraped pages repeat their buttons
    for start, end in spans:
        if end - start > _MAX_CHARS:
            cleaned.append(text[start : start + _MAX_CHARS])  # long: article text, prose
            nwords.append(_MAX_CHARS)
            verdicts.append(_NONE)
            continue
        c = clean_markup(text[start:end])
        nw, mask, low = _features(c)
        cleaned.append(c)
        nwords.append(nw)
        if nw <= 12:
            v = seen.get(c)
            if v is None:
                v = seen[c] = _classify(c, nw, mask, low) if c else _NONE
        else:
            v = _classify(c, nw, mask, low)
        verdicts.append(v)
    for i in metadata:
        if 0 <= i < n:
            verdicts[i] = Verdict("metadata", STRONG)
    reasons = [v.reason if v.strength == STRONG else "" for v in verdicts]
    # a paragraph printed twice in a row is page furniture (a picture's caption as its alt text and under it, a
    # title as the page's and the article's): report prose never repeats a paragraph word for word; a sentence that
    # tells what happened or was said is a lede printed again as the standfirst, and its second copy the article's
    for i in range(1, n):
        if cleaned[i] and cleaned[i] == cleaned[i - 1] and nwords[i] >= 4 and not (reasons[i] and reasons[i - 1]):
            if reasons[i] or reasons[i - 1] or not _ends_sentence(cleaned[i]) or not _TOLD_PAST.search(cleaned[i]):
                reasons[i - 1] = reasons[i] = reasons[i] or reasons[i - 1] or (
                    "caption" if _ends_sentence(cleaned[i]) else "headline")
            else:
                reasons[i - 1] = "headline"
    for i in range(2, n):  # (or on either side of its credit: caption, "Reuters", caption; or a credit broken over
        # short lines: caption, "Ana Ruiz", "/", "Eurowire Images", caption)
        if not cleaned[i] or nwords[i] < 4:
            continue
        for j in range(i - 2, max(-1, i - 6), -1):
            if nwords[j + 1] > 4:
                break
            if cleaned[j] == cleaned[i]:
                if "caption" in reasons[j + 1:i] and not (reasons[i] and reasons[j]):
                    reasons[j] = reasons[i] = "caption"
                break
    # the scene right above a credit standing alone ("Rescue workers carry a body at the port on Wednesday." then
    # "(Ana Ruiz / Eurowire)", in brackets: a "Source: ..." line may sit under a page's opening sentence instead): its
    # caption, when it tells nothing as past or said
    for i in range(n - 1):
        if not reasons[i] and reasons[i + 1] == "caption" and _CREDIT_ALONE.match(cleaned[i + 1]) \
                and 5 <= nwords[i] <= 45 and not _TOLD_PAST.search(cleaned[i]):
            reasons[i] = "caption"
    # a caption printed again beside itself, once with its label or credit and once without ("Rescue workers ride a
    # loader into the valley." and "Rescue workers ride a loader into the valley. (Photo: Eurowire)"; "Image: The judge
    # reads the sentence." and "The judge reads the sentence.Ana Ruiz")
    for i in range(n):
        if reasons[i] or not 5 <= nwords[i] <= 60:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < n and reasons[j] == "caption" and _caption_copy(cleaned[i], cleaned[j]):
                reasons[i] = "caption"
                break
    # a writer's note under the writer's name ("Ana Ruiz" then "Ana is a keen gardener. She writes on ..."): an author
    # box, not the story
    for i in range(1, n):
        if not reasons[i] and nwords[i] <= 80 and _NAME_LINE.match(cleaned[i - 1]):
            first = cleaned[i - 1].split()[0]
            if cleaned[i].startswith(first + " ") and _BIO_OPENING.match(cleaned[i], len(first) + 1):
                reasons[i] = "author bio"
    short = [nwords[i] <= _SHORT_WORDS and len(cleaned[i]) <= _SHORT_CHARS for i in range(n)]

    def neighbours(i: int) -> tuple[str, str]:
        return (reasons[i - 1] if i > 0 else "", reasons[i + 1] if i + 1 < n else "")

    # 1. a weak cue joins a touching run of the same kind
    def join_weak(i: int) -> bool:
        v = verdicts[i]
        if v.strength == WEAK and v.reason in neighbours(i):
            reasons[i] = v.reason
            return True
        return False

    _spread(reasons, [i for i in range(n) if verdicts[i].strength == WEAK], join_weak, 0)

    # 2. the article body: most prose, least boilerplate
    scores = []
    for i in range(n):
        size = spans[i][1] - spans[i][0]
        if reasons[i]:
            scores.append(-float(max(size, 40)))
        elif verdicts[i].strength == WEAK:
            scores.append(-0.25 * size)
        elif nwords[i] >= 25 or (nwords[i] >= 8 and _ends_sentence(cleaned[i])):  # prose
            scores.append(float(size))
        else:
            scores.append(-float(min(size, 20)))
    core = _core(scores)

    # 3. after the body, boilerplate runs absorb weak cues, short neighbours (menu words,
    #    headlines; not full sentences) and what they enclose
    if core is not None:

        def absorb(i: int) -> bool:
            prev, nxt = neighbours(i)
            if verdicts[i].strength == WEAK:
                reasons[i] = verdicts[i].reason
            elif short[i] and (prev or nxt) and not (nwords[i] > 6 and _ends_sentence(cleaned[i])):
                reasons[i] = _absorbed_reason(cleaned[i], nwords[i], prev, nxt)
            elif prev and nxt and len(cleaned[i]) <= _ENCLOSED_CHARS:
                reasons[i] = "related link"
            else:
                return False
            return True

        _spread(reasons, range(core[1] + 1, n), absorb, core[1] + 1)
        for i in range(core[1] + 1, n):
            if reasons[i] == "headline":
                reasons[i] = "related link"  # after the article: another story's headline

    # 4. before the body: a short line without final punctuation is the headline or a standfirst line
    if core is not None:
        for i in range(core[0]):
            if not reasons[i] and 4 <= nwords[i] <= 20 and not _ends_sentence(cleaned[i]) and "\n" not in cleaned[i]:
                reasons[i] = "headline"

    # 4b. a standfirst: short paragraphs above the byline near the top ("... among the worst on record there.
    #     Officials expect the toll to climb." then "By Jana Okafor") belong to the page's header
    for k in range(min(n, 8)):
        if _BYLINE.match(cleaned[k]) and nwords[k] <= 8:
            reasons[k] = "metadata"
            for i in range(k):
                if not reasons[i] and nwords[i] <= 50:
                    reasons[i] = "headline"
            for i in range(k + 1, min(n, k + 3)):  # "Reporting from Kellen, Talvora" under the byline
                if not reasons[i] and _REPORTING_FROM.match(cleaned[i]):
                    reasons[i] = "metadata"
            break

    # 4c. inside the body: a crosshead, a short line with no final stop that the next paragraph tells again ("The fire
    #     started in a ventilation shaft" over "The fire broke out in a ventilation shaft 250 metres down, ...")
    if core is not None:
        for i in range(core[0], min(core[1], n - 1)):
            if reasons[i] or reasons[i + 1] or not 4 <= nwords[i] <= 15 or _ends_sentence(cleaned[i]) \
                    or cleaned[i].endswith((":", ",", ";")) or text[spans[i][0]:spans[i][1]].lstrip()[:1] in _LIST_MARKS \
                    or nwords[i + 1] < max(12, nwords[i] + 1) or not _ends_sentence(cleaned[i + 1]):
                continue
            words = {stem(w) for w in _norm(cleaned[i]).split() if w not in STOPWORDS and len(w) > 2}
            if len(words) >= 3:
                nxt = {stem(w) for w in _norm(cleaned[i + 1]).split()}
                if 2 * len(words & nxt) >= len(words):
                    reasons[i] = "headline"

    # 5. anywhere: a short line between two paragraphs of the same kind belongs to them, and
    #    the line after a caption label ("Image caption,") is the caption
    for i in range(1, n):
        if reasons[i]:
            continue
        if i + 1 < n and short[i] and reasons[i - 1] and reasons[i - 1] == reasons[i + 1]:
            reasons[i] = reasons[i - 1]
        elif reasons[i - 1] == "caption" and cleaned[i - 1].endswith((",", ":")) and nwords[i] <= 40:
            reasons[i] = "caption"

    # 6. anywhere: the headlines listed under a heading such as "Most read" or "Related coverage"
    for i in range(n - 1):
        heading = _norm(cleaned[i]) if reasons[i] in ("navigation", "related link") and nwords[i] <= 6 else ""
        if heading in _LIST_HEADINGS or heading.replace("'", "") in _LIST_HEADINGS:
            j = i + 1
            while j < n and not reasons[j] and _listed_headline(cleaned[j], nwords[j]):
                reasons[j] = "related link"
                j += 1

    return reasons


#: headings of a list of other stories
_LIST_HEADINGS = frozenset({
    "most read", "most popular", "most viewed", "popular", "trending", "trending now", "related", "related coverage",
    "related articles", "related stories", "related news", "related content", "read more", "read also", "see also",
    "more news", "more stories", "more articles", "top stories", "recommended", "recommended for you",
    "you may also like", "you might also like", "don't miss", "editors picks", "editor's picks", "editors' picks",
    "latest", "latest news", "latest stories", "more on this story", "more on this topic", "up next", "in focus",
})  # fmt: skip
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+\S")


def _listed_headline(s: str, nw: int) -> bool:
    """A line of a list of stories: a short headline (no final full stop), or a numbered one."""
    if not s or "\n\n" in s or nw > 18:
        return False
    return not _ends_sentence(s) or bool(_LIST_NUMBER.match(s))


#: a byline on a line of its own: "By Jana Okafor", "By Ana Ruiz and Tom Berg" (no final full stop)
_BYLINE = re.compile(r"^(?:[Bb]y|BY)(?:\s+|(?=[A-Z]))[A-Z][\w.'’-]*(?:,?\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5}\s*$")
_REPORTING_FROM = re.compile(r"^(?:[Rr]eporting|[Ww]riting) (?:from|in) [A-Z][^.]{0,60}$")


#: a picture agency's credit on a line of its own: "Eurowire Images", "Harbour Pictures"
_IMAGES_CREDIT = re.compile(r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}\s+(?:Images|Pictures)$")
#: a picture agency's caption opening on the picture's number: "epa01234567 Rescue workers ...", "EPA01234567 A view of"
_PHOTO_ID = re.compile(r"[A-Za-z]{2,5}\d{6,}\s+[A-Z]")
#: a caption telling what the picture is: "A handout photo made available by ...", "This handout picture released by ..."
_HANDOUT_PHOTO = re.compile(r"(?:A|This|An)\s+(?:undated\s+)?(?:handout\s+)?(?:photo|picture|image|photograph|still)\s+"
                            r"(?:made\s+available|released|provided|distributed|obtained|taken|shows|showing)\b")
#: a wire's file picture: "FILE - In this March 3, 2029, file photo, ...", "FILE PHOTO: A view of ..."
_FILE_PHOTO = re.compile(r"FILE(?:\s*[-–—]\s+(?:In\s+this\b|This\b|An?\b|[A-Z][a-z]+\s)|\s+PHOTO\s*[:-–—]\s)")
#: a picture's credit closing a caption of any length: "(Ostnet Photo/Ana Ruiz, File)", "(AFP Photo)"
_PHOTO_CREDIT_PAREN = re.compile(r"\((?:[\w.&'’-]+\s+){1,3}(?:Photo|PHOTO|Photos)(?:\s*/\s*[^()]{1,60})?\)\s*\.?$")
#: a photo credit standing alone, in brackets: "(Ana Ruiz / Eurowire)"
_CREDIT_ALONE = re.compile(r"\([A-Z][^()/\n]{0,60}\s*/\s*[A-Z][^()/\n]{0,60}\)\.?$")
#: a caption's label, dropped when the caption is printed again without it
_LABEL_OPENING = re.compile(r"(?:image|photo|picture|video)(?:\s+(?:caption|credit|source))?\s*:\s*", re.I)
#: a line holding only a person's name ("Ana Ruiz", "Diane A. Wade")
_NAME_LINE = re.compile(r"[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+)){1,3}$")
#: what an author box says of its writer right after the first name
_BIO_OPENING = re.compile(r"(?:is|has|enjoys|loves|writes|covers|lives)\s")


def _caption_copy(s: str, caption: str) -> bool:
    """Is ``s`` the caption ``caption`` printed again: inside it (without its credit), or it without its label and with
    a credit glued on?"""
    if s in caption:
        return True
    m = _LABEL_OPENING.match(caption)
    bare = caption[m.end():] if m else ""
    return len(bare.split()) >= 5 and s.startswith(bare)


def _spread(reasons: list[str], start: Iterable[int], step: Callable[[int], bool], lo: int) -> None:
    """Apply ``step`` to unmarked paragraphs, lowest index first, revisiting the
    neighbours of each paragraph it marks (indices below ``lo`` are left alone)."""
    heap = list(start)
    heapq.heapify(heap)
    n = len(reasons)
    while heap:
        i = heapq.heappop(heap)
        if reasons[i] or not step(i):
            continue
        for j in (i - 1, i + 1):
            if lo <= j < n and not reasons[j]:
                heapq.heappush(heap, j)


def _absorbed_reason(s: str, nw: int, prev: str, nxt: str) -> str:
    if s.endswith(":") and nxt:
        return nxt  # a label introducing what follows
    if nw >= 4 and not _ends_sentence(s):
        return "related link"  # a headline
    for r in (prev, nxt):
        if r in _APPEAL_REASONS:
            return r  # a button or a line of the appeal or form
    if nw >= 4:
        return "related link"  # a feed item
    return prev or nxt
