"""Vocabularies shared by the engine: months, weekdays, number words, scales, vague quantities, currencies,
units, approximators, label words and counted-noun helpers. General English news vocabulary only: nothing
here names an event, an outlet or a person.
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
#: the months' names written out in full, capitalised ("January" ... "December")
MONTH_NAMES = frozenset(k.capitalize() for k, n in MONTHS.items() if k == max((j for j in MONTHS if MONTHS[j] == n), key=len))
#: currency codes written before a sum ("DKK 3 billion")
CURRENCY_CODES = ("USD", "EUR", "GBP", "RUB", "UAH", "DKK", "SEK", "NOK", "ISK", "CHF", "JPY", "CNY", "INR", "PLN", "CZK", "HUF")
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
PART_OF_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "k": 1e3, "mln": 1e6, "mil": 1e6, "milion": 1e6, "m": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9, "tn": 1e12,
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
#: vague quantities and the interval each stands for (RELATIONS.md §2: "tens of thousands" 20,000-99,999,
#: "hundreds" 200-999, "dozens" 24-99; the others by the same reading: at least two of the unit, fewer than ten
#: of the next)
VAGUE = {
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "tens of millions": (20e6, 99_999_999), "hundreds of millions": (200e6, 999_999_999), "dozens": (24, 99),
    "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999), "millions": (2e6, 9_999_999),
    "billions": (2e9, 9_999_999_999),
}

CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "¥": "JPY", "₴": "UAH", "₹": "INR",
                    "Rs": "INR", "Rs.": "INR",
                    # (codes written before the sum: "DKK 3 billion" is three billion crowns, as the word says it)
                    "DKK": "KR", "SEK": "KR", "NOK": "KR", "ISK": "KR", "PLN": "PLN", "CZK": "CZK", "HUF": "HUF"}
CURRENCY_WORDS = {
    "dollar": "USD", "usd": "USD", "euro": "EUR", "eur": "EUR", "pound": "GBP", "gbp": "GBP", "ruble": "RUB",
    "rouble": "RUB", "rub": "RUB", "hryvnia": "UAH", "hryvna": "UAH", "uah": "UAH", "yuan": "CNY", "cny": "CNY",
    "yen": "JPY", "jpy": "JPY", "franc": "CHF", "chf": "CHF", "rupee": "INR", "inr": "INR", "lira": "TRY",
    "shekel": "ILS", "zloty": "PLN",
    # (Nordic crowns are one word in English reports, whichever country's: "kr" stands for all of them)
    "crown": "KR", "krona": "KR", "kronor": "KR", "krone": "KR", "kroner": "KR", "koruna": "CZK", "forint": "HUF",
    "dkk": "KR", "sek": "KR", "nok": "KR", "isk": "KR", "pln": "PLN", "czk": "CZK", "huf": "HUF",
    "peso": "PESO", "dinar": "DINAR", "dirham": "AED", "riyal": "SAR", "ringgit": "MYR", "baht": "THB",
    "rupiah": "IDR", "naira": "NGN", "shilling": "SHILLING",
    "rand": "ZAR", "reais": "BRL", "rial": "RIAL", "leva": "BGN", "lei": "RON",
    "kuna": "HRK", "kwacha": "KWACHA", "cedi": "GHS", "birr": "ETB", "tenge": "KZT", "manat": "MANAT", "lari": "GEL",
    "taka": "BDT", "kyat": "MMK", "quetzal": "GTQ", "quetzale": "GTQ", "lempira": "HNL", "colone": "CRC",
    "colón": "CRC", "guarani": "PYG", "guaraní": "PYG", "guaranie": "PYG", "guaraníe": "PYG", "ariary": "MGA",
    "afghani": "AFN", "lek": "ALL", "leke": "ALL", "denar": "MKD", "tugrik": "MNT", "riel": "KHR", "dalasi": "GMD",
    "leone": "SLE", "kwanza": "AOA", "meticai": "MZN", "metical": "MZN", "rufiyaa": "MVR", "sole": "PEN",
    "bolivare": "VES", "bolívare": "VES", "bolivar": "VES", "bolívar": "VES", "boliviano": "BOB", "renminbi": "CNY",
    "somoni": "TJS", "florin": "FLORIN", "guilder": "GUILDER", "taler": "TALER", "thaler": "TALER", "ducat": "DUCAT", "mark": "MARK",
}
DISTANCE_UNITS = {"kilometer": 1.0, "kilometre": 1.0, "km": 1.0, "mile": 1.609344, "mi": 1.609344,
                  "meter": 0.001, "metre": 0.001,
                  # rainfall, snow depth, water levels: "12 inches (30 cm) of rain" = "more than 300 millimetres"
                  "centimeter": 1e-5, "centimetre": 1e-5, "cm": 1e-5, "millimeter": 1e-6, "millimetre": 1e-6,
                  "mm": 1e-6, "inch": 2.54e-5, "inche": 2.54e-5, "foot": 3.048e-4, "feet": 3.048e-4,
                  "ft": 3.048e-4}
DURATION_UNITS = {"year": "years", "month": "months", "week": "weeks", "day": "days", "hour": "hours",
                  "decade": "decades", "minute": "minutes", "century": "centuries", "second": "seconds"}

#: approximators and how each bounds the figure N it qualifies (RELATIONS.md §2):
#: "around" N ± 5%, "above" N to 1.1 N, "just below" 0.95 N to N, "below" 0.9 N to N, "at most" 0.5 N to N
APPROXIMATORS = {
    "about": "around", "around": "around", "roughly": "around", "approximately": "around", "approx.": "around",
    "some": "around", "an estimated": "around", "estimated": "around", "circa": "around", "close to": "around",
    "an approximate": "around", "in the region of": "around", "on the order of": "around",
    "more than": "above", "over": "above", "above": "above", "at least": "above", "just over": "above",
    "well over": "above", "upwards of": "above", "no fewer than": "above", "no less than": "above",
    "in excess of": "above", "exceeding": "above", "exceed": "above", "exceeds": "above", "exceeded": "above",
    "topped": "above", "surpassed": "above", "passed": "above",
    "nearly": "just below", "almost": "just below", "just under": "just below", "just shy of": "just below",
    "fewer than": "below", "less than": "below", "under": "below", "below": "below",
    "up to": "at most", "as many as": "at most", "as much as": "at most", "at most": "at most",
    "no more than": "at most",
}
#: each approximator rule as factors (low, high) of N
APPROX_RULES = {"around": (0.95, 1.05), "above": (1.0, 1.1), "just below": (0.95, 1.0), "below": (0.9, 1.0),
                "at most": (0.5, 1.0)}
#: a bare figure stands for N ± 2% (rounding in reporting)
BARE_TOLERANCE = 0.02
#: the side of N the truth lies on, per approximator ("+" above, "-" below, "" around it)
APPROX_DIRECTION = {w: {"above": "+", "around": ""}.get(rule, "-") for w, rule in APPROXIMATORS.items()}

#: words before a figure that make it a label, not a quantity ("Article 8", "Flight 17")
LABEL_WORDS = frozenset(
    """article section chapter paragraph clause part resolution room flight route highway unit brigade regiment
    battalion corps item point level grade class category phase stage type model version episode season volume
    vol page table figure fig step rule protocol amendment no number bus line gate platform terminal track
    district ward precinct block lot apartment suite floor building row seat code case decree order bill nos
    articles sections chapters paragraphs clauses blocks flats buildings platforms gates routes lines""".split()
) | frozenset(
    # aircraft makers name a model by its number ("the Boeing 787 Dreamliner", "an ATR 72"): a label, never a count
    "boeing airbus embraer bombardier atr cessna tupolev antonov ilyushin sukhoi".split())

#: words that end a counted noun phrase
NP_STOP = frozenset(
    """a an the this that these those of in on at by for from to with without into onto over under about around
    between among per each every and or but nor so than as is are was were be been being am have has had do does
    did will would shall should can could may might must who whom whose which what when where while it its they
    them their he she his her we our you your i me my not no also already currently now still just only even
    more most less fewer very too more here there then yet all both some any such other another same own like
    via after before since until during through across against toward towards amid upon if because though
    although unless whether according said says say told reported""".split()
) | frozenset(
    # verbs a figure is the subject of, never a counted thing: "the rival figure of 241,000 sits just outside that
    # range", "a toll of 21 remains the highest"
    "sits stands remains means compares represents exceeds equals includes excludes reflects suggests puts makes "
    "brings takes comes goes seems appears".split()) | frozenset(
    # "Three others were placed under house arrest": the rest of a group, no counted thing of its own
    ("others",))
IRREGULAR_PLURALS = {
    "men": "man", "women": "woman", "people": "person", "children": "child", "police": "police",
    "personnel": "personnel", "staff": "staff", "troops": "troop", "servicemen": "serviceman",
    "policemen": "policeman", "cattle": "cattle", "sheep": "sheep", "fish": "fish", "deer": "deer",
    "aircraft": "aircraft", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life",
    "wives": "wife", "crises": "crisis", "analyses": "analysis", "data": "data", "media": "media",
    "series": "series", "species": "species", "offspring": "offspring", "livestock": "livestock", "crew": "crew",
}
NOT_PLURAL = frozenset(
    "was has is its this thus perhaps always towards besides afterwards as us yes news his hers ours yours theirs "
    "whereas unless series status virus census bus gas plus minus bonus campus chaos corpus measles mumps rabies "
    "diabetes herpes rickets".split()
)


# ----------------------------------------------------------------------------- comparison frames (RELATIONS.md §1)

#: what a figure measures: measure -> the words (any inflection) that name it. General news vocabulary only.
#: Two figures are compared only when their measures are the same ("killed" != "missing" != "injured").
MEASURES: dict[str, str] = {
    "killed": "kill killed killing killings dead death deaths died die dying fatality fatalities fatal perish perished "
              "toll body bodies lives",
    "missing": "missing unaccounted",
    "injured": "injured injure injuring injury injuries wounded wounding hurt",
    "casualties": "casualty casualties",
    "hospitalised": "hospitalised hospitalized hospitalisation hospitalization hospitalisations hospitalizations",
    "rescued": "rescued rescue rescues survivors survivor survived",
    "evacuated": "evacuated evacuate evacuating evacuation evacuations evacuees",
    "displaced": "displaced homeless fled flee fleeing refugees refugee",
    "arrested": "arrested arrest arrests detained detain detaining detentions",
    "charged": "charged charges indicted indictment prosecuted",
    # a break-out and the manhunt after it: who got out, who was caught again, who is still free (three counts)
    "escaped": "escaped escape escapes escapees escapee escaping absconded",
    "recaptured": "recaptured recapture recaptures recapturing rearrested re-arrested",
    "convicted": "convicted conviction convictions guilty",
    # a verdict's other outcomes: counts a jury cleared ("acquitted on four counts") and counts it could not decide
    "acquitted": "acquitted acquittal acquittals acquit",
    "mistrial": "mistrial mistrials deadlocked hung",
    "sentenced": "sentenced sentence sentences jailed imprisonment",
    # how long someone is barred from competing or working: "banned for four years", "a 36-month suspension",
    # "the standard four-year period of ineligibility", "the sanction was cut to three years"
    "ban": "ban bans banned banning suspension suspensions suspended suspend ineligibility ineligible sanction sanctions",
    "released": "released release freed exchanged swapped",
    "jobs cut": "cut cuts cutting axe axed axing slash slashed slashing shed shedding eliminate eliminated eliminating "
                "layoffs layoff redundancies redundancy redundant downsize downsized downsizing",
    "hired": "hire hired hiring hires",
    "enlisted": "recruit recruited recruiting recruitment recruits enlist enlisted enlisting enlistment conscript "
                "conscripted conscription draft drafted drafting mobilise mobilised mobilize mobilized mobilisation "
                "mobilization",
    "strikers": "strike striking strikers walkout walkouts",  # (not "struck": a deal, a quake or a car "struck")
    "protesters": "protest protests protesting protesters protestors demonstrators demonstrations rally rallies "
                  "marched marchers crowd crowds",
    "closed": "closed close closing closure closures shut shutting",
    "cancelled": "cancelled canceled cancellation cancellations grounded",
    "delayed": "delayed delays delay",
    "affected": "affected affecting impacted",
    "cases": "cases infected infection infections diagnosed positive outbreak",
    # people who fell ill, told by the illness and not by a diagnosis ("356 people on board had fallen ill", "sickened
    # 40 guests", "reported symptoms")
    "ill": "sickened symptomatic",
    "vaccinated": "vaccinated vaccination vaccinations vaccine vaccines doses jabs",
    "recovered": "recovered recovery recoveries",
    "reconnected": "reconnected reconnect reconnects reconnecting reconnection reconnections",
    # a supply brought back, however its share is told ("58% of the power had been restored", "restored 97% of
    # demand"): no kin of the customers reconnected, whose share counts people, not load
    "restored": "restored restore restores restoring restoration",
    "eligible": "eligible eligibility qualify qualifies qualified qualifying",
    "revenue": "revenue revenues sales turnover",
    "signatures": "signatures signatories",
    "profit": "profit profits earnings",
    "loss": "loss losses",
    # an accounting charge booked against profit is not what the thing it covers costs ("a provision of EUR 410m to
    # cover the recall" vs "the recall will cost about EUR 410 million")
    "provision": "provision provisions impairment impairments writedown writedowns write-down write-downs",
    "spending": "spend spending spent expenditure outlays allocated allocation allocations appropriations",
    "cost": "cost costs costing",
    "savings": "saving savings save saves",
    "price": "price prices priced",
    "fine": "fine fined fines penalty penalties",
    "damages": "damages compensation settlement",
    # money given back to those it was taken from ("£120m was paid back to bondholders"): no kin of a sum paid out
    "repaid": "repaid repay repays repaying repayment repayments refunded",
    # how likely a thing is ("a roughly 62% chance of a rate cut", "put the odds at 45%"): no level of anything
    "probability": "probability probabilities chance chances odds likelihood",
    "paid": "pay paid paying payment payments",
    # what a buyer gave for a thing: "who bought it for $31.5 million in 2024" (no kin of a sum paid out or into a fund)
    "bought": "bought purchased",
    "raised": "raised raise raising",
    "invested": "invest invested investing investment investments",
    "debt": "debt debts borrowing",
    "deficit": "deficit deficits shortfall",
    "surplus": "surplus",
    "tax": "tax taxes taxation levy vat",
    "budget": "budget budgets",
    "growth": "growth",
    "inflation": "inflation",
    "yield": "yield yields",
    "unemployment": "unemployment jobless joblessness",
    "votes": "vote votes voted voting ballots",
    "turnout": "turnout",
    "seats": "seat seats mandates deputies",
    "passengers": "passengers passenger aboard",
    "destroyed": "destroyed destroy destroying destruction razed flattened",
    # animals killed to stop a disease: "culled 186,000 birds", "the number of pigs slaughtered"
    "culled": "culled cull culls culling slaughtered euthanised euthanized",
    "damaged": "damaged damage",
    "burned": "burned burnt burning scorched",
    # a thing sold at auction: "auctioned off for $9.2 million", "the vase fetched £3.1m"
    "sold": "sold sell selling auctioned fetched fetches",
    "produced": "production output",
    "exported": "exported export exports",
    "imported": "imported import imports",
    "wages": "wage wages salary salaries",
    "population": "population inhabitants",
    "attendance": "attendance attended attendees spectators",
    "users": "users customers subscribers",
    "suing": "suing sue sued suit suits lawsuit lawsuits plaintiffs claimants litigants",
    "power outage": "blackout blackouts",
    # a system or a service out of action: power where power is the story, a computer system where one failed
    "outage": "outage outages standstill offline",
    # an earthquake's size and how deep it began are two figures of their own ("magnitude 6.8", "a depth of 10 km")
    "magnitude": "magnitude magnitudes richter",
    # what a deal or a company is worth ("the deal values Sunnfield at 12.4 billion crowns"; a sum the deal "is worth"
    # is read in frames, for sums only: an offer "worth 6.5%" is the offer's)
    "value": "valued values valuing valuation",
    # those sent to help: "200 personnel were deployed", "3,000 troops are taking part in the search"
    "deployed": "deploy deployed deploying deployment dispatched sent",
    "spilled": "spill spills spilled spilt spilling leak leaks leaked leaking leakage",
    "depth": "depth",
    # a storm's strength: its sustained winds and its gusts are two figures ("winds of 150 km/h, gusting to 190")
    "wind speed": "wind winds",
    "gusts": "gust gusts gusting gusted",
    # how much rain fell (a depth: "412 mm of rain", "16 inches of rain"), for lengths only
    "rainfall": "rain rainfall rains",
    "sheltered": "sheltering sheltered",
    "altitude": "altitude altitudes",
    # what one side of a negotiation puts on the table ("offered a 5% rise", "a revised offer of 6%")
    "offer": "offer offers offered offering tabled",
    # what the other side asks for: "is seeking 10%", "demands a 10 per cent rise", "a pay claim of 10%"
    "demand": "demand demands demanded demanding seek seeks seeking sought",
    # those held up in a queue: "321 vessels were queued", "369 ships were now waiting to pass", "lorries waiting"
    "waiting": "waiting queued queuing queueing",
    # what an adviser puts forward, not what is decided: "the commission had recommended $13.10 an hour"
    "recommended": "recommend recommends recommended recommending recommendation recommendations",
    # posts no one fills: "8,600 nursing posts are vacant", "more than 13,000 vacancies"
    "vacancies": "vacancy vacancies vacant unfilled",
}

#: several words naming a measure at once (matched on the lower-cased text before single words)
MEASURE_PHRASES: dict[str, str] = {
    "at large": "at large", "on the run": "at large", "back in custody": "recaptured",
    "death toll": "killed", "lost their lives": "killed", "lost his life": "killed", "lost her life": "killed",
    "handed over": "released", "hand over": "released", "hands over": "released", "set free": "released",
    "were killed": "killed", "the toll": "killed", "laid off": "jobs cut", "lay off": "jobs cut",
    "lose their jobs": "jobs cut", "lose their posts": "jobs cut", "lost their jobs": "jobs cut",
    "job losses": "jobs cut", "job cuts": "jobs cut", "out of work": "jobs cut", "let go": "jobs cut",
    "walked out": "strikers", "walk out": "strikers", "on strike": "strikers", "took to the streets": "protesters",
    # staying away from work in a strike: "walked off the job", "failed to turn up", "downed tools", "stayed away"
    "walked off the job": "strikers", "walk off the job": "strikers",
    "failed to turn up": "strikers", "failed to report": "strikers", "did not turn up": "strikers",
    "did not report": "strikers", "stayed away": "strikers", "downed tools": "strikers",
    "down tools": "strikers", "joined the strike": "strikers", "join the strike": "strikers",
    "net income": "net profit", "net profit": "net profit", "net earnings": "net profit",
    "operating profit": "operating profit", "operating income": "operating profit",
    "pre-tax profit": "pre-tax profit", "pretax profit": "pre-tax profit", "profit before tax": "pre-tax profit",
    "net loss": "loss",
    # a survey's uncertainty ("a margin of error of roughly 15,000 jobs"): no count of what it surveys
    "margin of error": "margin of error", "margins of error": "margin of error", "error margin": "margin of error",
    "paid back": "repaid",
    # a price told by the sale: "the vase went for $9.2 million", "going for £3.1m at the Ostby rooms"
    "went for": "sold", "going for": "sold", "goes for": "sold", "paid out": "paid", "compensation order": "damages", "restitution order": "damages",
    # the price of money: a central bank's or a lender's rate, and what bonds pay
    "policy rate": "interest rate",
    "key rate": "interest rate", "base rate": "interest rate", "benchmark rate": "interest rate",
    # central banks' own names for it: the Fed's, the Bank of England's, the RBA's, the RBI's
    "federal funds rate": "interest rate", "fed funds rate": "interest rate", "bank rate": "interest rate",
    "cash rate": "interest rate", "repo rate": "interest rate", "overnight rate": "interest rate",
    # (the rate at which a central bank borrows from banks is another rate than the one it lends at: "the reverse repo
    # rate was raised by 25 basis points to 6%" alongside "the repo rate ... to 6.25%")
    "reverse repo rate": "reverse repo rate", "standing deposit facility rate": "reverse repo rate",
    "refinancing rate": "interest rate",
    "deposit rate": "interest rate", "lending rate": "interest rate", "mortgage rate": "interest rate",
    "borrowing costs": "interest rate", "consumer prices": "inflation", "price growth": "inflation",
    # ballots cast and the valid votes counted among them are two figures (spoilt ballots are the difference)
    "valid votes": "valid votes", "valid ballots": "valid votes", "votes cast": "votes cast",
    "ballots cast": "votes cast", "ballots were cast": "votes cast", "votes were cast": "votes cast",
    "on board": "passengers", "sign up": "enlisted", "signed up": "enlisted", "signing up": "enlisted",
    "called up": "enlisted", "call up": "enlisted", "sent to fight": "enlisted", "sent to the front": "enlisted",
    "sent to serve": "enlisted", "sent to war": "enlisted", "serve in the army": "enlisted",
    "serve in the military": "enlisted", "join the army": "enlisted", "join the military": "enlisted",
    "join the armed forces": "enlisted",
    "taken into custody": "arrested", "in custody": "arrested", "unaccounted for": "missing",
    "treated in hospital": "hospitalised", "in hospital": "hospitalised", "being treated": "hospitalised",
    "admitted to hospital": "hospitalised", "taken to hospital": "hospitalised",
    "hospital admissions": "hospitalised", "hospital admission": "hospitalised",
    "hospital treatment": "hospitalised", "treated in hospitals": "hospitalised", "in hospitals": "hospitalised",
    # what a reorganisation costs, however booked ("restructuring charges" are no criminal charges)
    "restructuring charges": "restructuring costs", "restructuring charge": "restructuring costs",
    "restructuring costs": "restructuring costs", "restructuring cost": "restructuring costs",
    # those in intensive care are some of those in hospital: a count of its own ("48 in hospital, 9 in intensive care")
    "in intensive care": "critical", "in critical condition": "critical", "in a critical condition": "critical",
    "left the country": "displaced", "fled the country": "displaced", "fled abroad": "displaced",
    "tested positive": "cases", "fallen ill": "ill", "fell ill": "ill", "falls ill": "ill", "taken ill": "ill",
    "became ill": "ill", "become ill": "ill", "reported symptoms": "ill", "developed symptoms": "ill",
    "reporting symptoms": "ill", "showed symptoms": "ill", "shown symptoms": "ill", "pleaded guilty": "convicted", "admitted guilt": "convicted",
    "the number of dead": "killed", "number of deaths": "killed", "new jobs": "hired", "created jobs": "hired", "job creation": "hired",
    "cost savings": "savings", "cost cuts": "savings", "cost-cutting": "savings",
    "spending cuts": "cut", "spending cut": "cut", "budget cuts": "cut", "budget cut": "cut",
    # what a tax cut is worth is what it costs the budget: "income tax reductions worth EUR 1.1bn" ~ "income tax cuts
    # will cost EUR 1.1bn" (a tax's own figure, "VAT will raise EUR 950m", stays the tax's)
    "tax cuts": "cost", "tax cut": "cost", "tax reductions": "cost", "tax reduction": "cost", "tax relief": "cost",
    "tax breaks": "cost", "tax break": "cost",
    "market value": "value", "market capitalisation": "value", "market capitalization": "value",
    "interest rate": "interest rate", "interest rates": "interest rate", "exchange rate": "exchange rate",
    "fatality rate": "fatality rate", "mortality rate": "fatality rate", "death rate": "fatality rate",
    "gross domestic product": "gdp", "share price": "share price", "shares rose": "share price",
    "shares fell": "share price", "shares jumped": "share price", "shares dropped": "share price",
    "stock fell": "share price", "stock rose": "share price",
    # money a measure brings in is money raised ("bring in about €950 million a year" ~ "raise nearly €1 billion")
    "bring in": "raised", "brings in": "raised", "brought in": "raised", "bringing in": "raised",
    # a ballot's answer and who took part in it: "94 per cent said yes, on a turnout of 71 per cent"
    "said yes": "votes", "voted yes": "votes", "said no": "votes", "voted no": "votes",
    "took part in the ballot": "turnout", "took part in the vote": "turnout", "took part in the election": "turnout",
    "without power": "power outage", "without electricity": "power outage", "lost power": "power outage",
    "lost electricity": "power outage", "lost their power": "power outage", "lose power": "power outage",
    "lost their electricity": "power outage", "no power": "power outage",
    "power cut": "power outage", "power cuts": "power outage", "no electricity": "power outage",
    # held by the police: "bringing the number of people held to three", "two men held on suspicion of arson"
    "people held": "arrested", "suspects held": "arrested", "held in custody": "arrested",
    "held on suspicion": "arrested",
    # a supply cut to whom is named after it: "cut power to 240,000 customers", "knocked out power to 64,000 homes"
    **{f"{v} {s} to": "power outage" for v in ("cut", "cuts", "cutting", "knocked out", "knocks out", "knocking out")
       for s in ("power", "electricity", "supply", "supplies")},
    # cut off from a supply (or by a flood): not jobs cut
    "called off": "cancelled", "call off": "cancelled", "calls off": "cancelled", "calling off": "cancelled",
    "cut off": "cut off", "off supply": "cut off", "lost supply": "cut off", "without supply": "cut off",
    # a network down: "2.3 million customers lost service", "left without mobile service"
    "lost service": "cut off", "without service": "cut off", "lost their service": "cut off",
    "lost mobile service": "cut off", "without mobile service": "cut off", "lost connection": "cut off",
    "back on supply": "reconnected",
    # people brought out of a collapse or a wreck alive are those rescued
    "brought out alive": "rescued", "pulled out alive": "rescued", "pulled alive": "rescued",
    "brought up alive": "rescued", "brought to the surface alive": "rescued", "got out alive": "rescued",
    "meet the criteria": "eligible", "meets the criteria": "eligible", "met the criteria": "eligible",
    "entitled to": "eligible",
    # what employers pay out in all is a cost to them: "add $2.4 billion to employers' wage bills"
    "wage bill": "cost", "wage bills": "cost", "payroll costs": "cost", "labour costs": "cost", "labor costs": "cost",
    # what workers earn is pay, not a company's earnings: "60% of median hourly earnings", "average weekly earnings"
    "hourly earnings": "wages", "weekly earnings": "wages", "median earnings": "wages", "average earnings": "wages",
    "pay offer": "offer", "wage offer": "offer", "salary offer": "offer",
    "pay claim": "demand", "wage claim": "demand", "salary claim": "demand", "claim is for": "demand",
    "pay demand": "demand", "wage demand": "demand", "asking for": "demand", "calling for": "demand",
    # those who rescue are not those rescued: "600 troops are helping the rescue crews" counts helpers
    "rescue crews": "rescuers", "rescue teams": "rescuers", "rescue workers": "rescuers", "rescuers": "rescuers",
    "rescue crew": "rescuers", "rescue team": "rescuers",
    "without water": "water outage", "without tap water": "water outage", "without drinking water": "water outage",
    "without running water": "water outage", "no running water": "water outage", "no drinking water": "water outage",
    "without clean water": "water outage",
    "held up": "delayed",
    "was down for": "outage", "were down for": "outage", "went down": "outage", "went dark": "outage",
    "out of action": "outage", "out of service": "outage",
    "below the surface": "depth", "beneath the surface": "depth", "below ground": "depth",
    "left homeless": "displaced", "made homeless": "displaced",
    # how high a volcano's ash rises: "the ash column rose to 12 km", "a plume of ash 9 km high"
    "ash column": "altitude", "column of ash": "altitude", "ash plume": "altitude", "plume of ash": "altitude",
    "eruption column": "altitude",
    # how long an emergency lasts (a length of time only): "a 30-day state of emergency" ~ "the month-long state of
    # emergency"
    "state of emergency": "emergency", "emergency rule": "emergency", "state of disaster": "emergency",
    # people taken out of harm's way are those evacuated: "2,900 people had been moved out"
    "moved out": "evacuated", "moved to safety": "evacuated", "taken to safety": "evacuated",
    # how far a closed area reaches (its radius, for distances only): "a three-kilometre exclusion zone", "the no-go
    # zone now extends 5 km", "the cordon was widened to 2 km"
    "exclusion zone": "exclusion zone", "no-go zone": "exclusion zone", "exclusion area": "exclusion zone",
    "safety zone": "exclusion zone", "security zone": "exclusion zone", "cordon": "exclusion zone",
    "security perimeter": "exclusion zone", "safety perimeter": "exclusion zone",
    # the rings drawn around an outbreak: each its own radius ("a 3 km protection zone inside a 10 km surveillance zone")
    "protection zone": "protection zone", "surveillance zone": "surveillance zone", "buffer zone": "buffer zone",
    "restriction zone": "restriction zone", "restricted zone": "restriction zone", "control zone": "control zone",
}

#: measures close enough that texts use one for the other ("must pay the €3.2m" = "a €3.2m fine"): within a
#: family, two named measures neither confirm nor exclude each other
MEASURE_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"fine", "paid", "damages", "cost"}),
    # (money raised, "a tax forecast to raise €1 billion", is what comes in: no kin of what a measure costs)
    frozenset({"spending", "budget", "cost", "invested", "paid"}),
    frozenset({"revenue", "sold"}),
    # what a thing sold for is what its buyer gave: "sold for $9.2 million" ~ "the buyer bought it for $9.2 million" ~
    # "the record paid for a vase, $9.2 million" (not a price, which may be one still to come: "bread still sold for 2
    # crowns" against "the price of bread will rise to 3 crowns from 1 April")
    frozenset({"sold", "bought", "paid"}),
    # a claim for compensation is a sum demanded: "filed a claim for $916 million in compensation" ~ "is demanding
    # $916 million from the owner"
    frozenset({"damages", "demand"}),
    # what a buyer pays for a company is what the deal values it at
    frozenset({"value", "paid", "price"}),
    # what a thing costs a buyer is its price: "the tablets will cost €4,400 a year" ~ "a list price of €4,850 a year"
    frozenset({"price", "cost"}),
    frozenset({"killed", "casualties"}),
    # the bodies found are how a toll is counted where the dead are being recovered: "rescuers have recovered 27
    # bodies" ~ "the death toll stands at 27" (one family: the two measures no longer clash; a count of bodies that
    # differs from the toll, "21 bodies recovered" while 22 are dead, is still no rival of it, told unnamed)
    frozenset({"killed", "bodies recovered"}),
    frozenset({"injured", "casualties", "hospitalised"}),
    frozenset({"displaced", "evacuated"}),
    # (the arrested and the charged are two counts: "bringing the number charged to 12" is no update of "the number
    # arrested rose to 14")
    frozenset({"strikers", "protesters"}),
    # "a crowd of 40,000" is how a march and a match are both told: the crowd's measure may be either
    frozenset({"protesters", "attendance"}),
    # "put the turnout at 120,000" is a march's size where a march is the story, a ballot's where a vote is
    frozenset({"protesters", "turnout"}),
    # cases not said to be confirmed or suspected may be either count
    frozenset({"cases", "confirmed cases"}),
    frozenset({"cases", "suspected cases"}),
    # a case of an illness is a person who fell ill with it: "381 cases among the passengers" ~ "356 people had fallen
    # ill"
    frozenset({"ill", "cases"}),
    frozenset({"destroyed", "damaged"}),
    # a tally of the damaged is usually told with the destroyed in it ("3,400 homes were damaged, 1,150 of them
    # destroyed"): "damaged or destroyed" is the same tally (never the destroyed alone)
    frozenset({"damaged", "damaged or destroyed"}),
    # animals destroyed to stop a disease are those culled: "190,000 birds were destroyed" ~ "190,000 birds culled"
    frozenset({"culled", "destroyed"}),
    # "still cut off", "remained off supply": without power where power is the story, without water where water is
    frozenset({"power outage", "cut off"}),
    frozenset({"power outage", "outage"}),
    frozenset({"outage", "cut off"}),
    # those an outage affected are those it cut off: "1.6 million customers were affected" ~ "2.3 million lost service"
    *(frozenset({"affected", m}) for m in ("cut off", "power outage", "outage", "water outage")),
    # rescue crews are among those sent to help
    frozenset({"deployed", "rescuers"}),
    frozenset({"water outage", "cut off"}),
    # "prices rose by 3.8% in the 12 months to September" is how annual inflation is told without its name
    frozenset({"price", "inflation"}),
    # a profit not said to be net, operating or before tax may be any of them; those three are three figures
    frozenset({"profit", "net profit"}),
    frozenset({"profit", "operating profit"}),
    frozenset({"profit", "pre-tax profit"}),
    frozenset({"votes", "valid votes"}),
    frozenset({"votes", "votes cast"}),
    # "passengers" names who is counted, not what happened to them: "Two passengers were still missing" is the
    # missing count, "160,000 passengers had their flights cancelled" the cancellations'
    *(frozenset({"passengers", m}) for m in ("killed", "missing", "injured", "rescued", "evacuated", "hospitalised",
                                             "cancelled", "delayed", "affected", "ill")),
    # customers (users, subscribers) name who is counted too: "231,000 customers were still without power" is the
    # outage's count, "Nordlesk put the peak at 410,000 customers" too (the customer base is a measure of its own)
    *(frozenset({"users", m}) for m in ("affected", "cut off", "power outage", "outage", "water outage", "repaid")),
)
#: nouns that name who is counted, and the measures of what happens to them that the predicate may tell: "Two
#: passengers were still missing" is the missing count, "2.3 million customers lost service" the outage's
WHO_OUTCOMES: dict[str, frozenset[str]] = {
    who: frozenset(m for fam in MEASURE_FAMILIES if who in fam and len(fam) == 2 for m in fam) - {who}
    for who in ("passengers", "users")
}
#: escapees counted by what befell them after the break-out ("27 escapees had been recaptured", "two escapees died")
WHO_OUTCOMES["escaped"] = frozenset(("recaptured", "at large", "killed", "injured", "hospitalised", "arrested",
                                     "charged"))
#: measures whose nouns count people ("76 deaths", "64 arrests", "five injuries" are people, as "76 people were
#: killed" are); "5,200 cases" or "€3m in fines" count the measure alone
PEOPLE_MEASURES = frozenset(("killed", "missing", "injured", "casualties", "hospitalised", "critical", "rescued", "ill",
                             "evacuated", "displaced", "arrested", "charged", "convicted", "sentenced", "strikers", "protesters",
                             "enlisted"))

#: a workforce made smaller by a share or a number is jobs cut: "will downsize its workforce by 15 percent", "reduce its
#: global headcount by 9,000" (a share of a workforce cut, never a fall of some level by that share)
WORKFORCE_CUT = (r"\b(?:downsiz|reduc|trimm?|shr[iau]nk|cut|slash)\w*\s+(?:its|their|the|[\w'’.-]+['’]s)\s+(?:[\w-]+\s+)?"
                 r"(?:workforce|staff|headcount|payroll|employees|work\s+force|ranks)\s+by\b")

#: flexible wordings of a measure (regular expressions on the lower-cased text)
MEASURE_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?(?:\w+\s+)?(?:army|military|armed\s+forces|ranks)\b", "enlisted"),
    (r"\b(?:lose|lost|losing)\s+(?:their|his|her)\s+(?:jobs?|posts?|positions?|roles?)\b", "jobs cut"),
    (r"\bout\s+of\s+(?:a\s+)?jobs?\b", "jobs cut"),
    # a share of the vote ("won 42.16% of the vote", "50.2% of the ballots cast")
    # (not how much of the ballot is counted: "with over 50% of the votes counted")
    (r"[\d.,]+\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:vote|votes|ballots)\b(?!\s+(?:have\s+been\s+"
     r"|had\s+been\s+|were\s+|being\s+|now\s+|yet\s+to\s+be\s+|still\s+to\s+be\s+)?(?:counted|tallied|processed|reporting"
     r"|reported|in)\b)", "votes"),
    # turnout told as a share of the electoral rolls ("which represents 51.4% of the people listed on the electoral rolls")
    (r"[\d.,]+\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,7}?(?:electoral\s+rolls?|electoral\s+lists?"
     r"|registered\s+voters|eligible\s+voters|electorate)\b", "turnout"),
    # people let go are jobs cut ("will be letting go approximately 7,000 to 9,000 employees")
    (r"\blet(?:ting|s)?\s+go\s+(?:of\s+)?(?:about\s+|approximately\s+|around\s+|some\s+|up\s+to\s+|as\s+many\s+as\s+)?[\d,.]+"
     r"(?:\s+(?:to|and)\s+[\d,.]+)?\s+(?:people|employees|staff|workers)\b", "jobs cut"),
    # the people a company employs are its workforce ("HP had 55,000 employees as of a year ago")
    (r"\b(?:had|has|have|employs|employed|employing)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?"
     r"[\d,.]+(?:\s+million)?\s+(?:employees|staff|workers)\b(?!\s+(?:in|on|at|out|deployed|working|searching|helping)\b)",
     "workforce"),  # (not those it has at work somewhere: "has more than 1,500 workers in the field")
    # the size of a workforce is its own measure ("its global workforce of about 55,000", "a headcount of 12,400")
    (r"\b(?:workforce|work\s+force|headcount|payroll)\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+"
     r"|more\s+than\s+|over\s+|just\s+(?:over|under)\s+)?[\d,.]+(?:\s+(?:million|people|employees|staff|workers))?\b", "workforce"),
    # people taken off a workforce are jobs cut ("expects to drop 7,000 to 9,000 people from its global workforce")
    (r"\b(?:drop|drops|dropped|dropping|remov(?:e|es|ed|ing)|tak(?:e|es|ing)|took)\s+(?:about\s+|around\s+|up\s+to\s+|some\s+"
     r"|as\s+many\s+as\s+|between\s+)?[\d,.]+(?:\s+(?:to|and)\s+[\d,.]+)?\s+(?:people|employees|staff|workers|jobs|positions)\s+"
     r"(?:off|from)\s+(?:its|their|the|[\w'’.-]+['’]s)\s+(?:[\w-]+\s+)?(?:workforce|payroll|staff|headcount|work\s+force)\b",
     "jobs cut"),
    (r"\bsen[dt]\w*\s+to\s+(?:the\s+)?(?:war|front|fight|serve|battle|combat)\b", "enlisted"),
    (r"\binto\s+uniform\b", "enlisted"),
    # what a vessel, a vehicle or a venue may hold is its capacity, no count of who was there ("its designed capacity
    # was 101 passengers", "had a capacity to carry 100 people", "a stadium with a capacity of 38,000")
    (r"\bcapacit(?:y|ies)\s+(?:[\w,.-]+\s+){0,4}?(?:was|is|of|to\s+carry|to\s+hold|for)\s+(?:about\s+|around\s+|some\s+"
     r"|only\s+|just\s+|up\s+to\s+)?\d[\d,.]*(?:\s+[a-z]+)?\b", "capacity"),
    (r"\b(?:designed|built|licensed|certified|allowed|permitted|authori[sz]ed)\s+to\s+(?:carry|hold|take|seat)\s+"
     r"(?:about\s+|around\s+|some\s+|only\s+|just\s+|up\s+to\s+)?\d[\d,.]*(?:\s+[a-z]+)?\b", "capacity"),
    # a vessel's rated size told before its noun ("a 43-passenger capacity", "a 60-seat capacity")
    (r"\b[\d,.]+[\s-]+(?:passenger|person|people|seat)s?\s+capacity\b", "capacity"),
    # people a vessel or vehicle carries are its passengers ("the ferry was carrying more than 300 people", "a bus
    # carrying 40 students")
    (r"\bcarr(?:ying|ied|ies|y)\s+(?:[\w,.-]+\s+){0,3}?(?:people|passengers|persons|migrants|pilgrims|students|tourists"
     r"|workers|refugees|children|soldiers|fans|worshippers|devotees)\b", "passengers"),
    # bodies a hospital or morgue has received are its count, not the toll ("the facility had received 270 bodies")
    (r"\b(?:received|receiving|receives|admitted)\s+(?:[\w,.-]+\s+){0,2}?bodies\b", "bodies held"),
    # the examinations done on bodies are no toll ("post-mortem examinations were conducted on 166 bodies")
    (r"\b(?:post[- ]?mortems?|autops(?:y|ies))\s+(?:[\w-]+\s+){0,5}?(?:on|of)\s+(?:[\w,.-]+\s+){0,2}?bodies\b", "post-mortems"),
    # bodies still to be brought out are the dead not yet reached, never the toll ("Thirty bodies are yet to be
    # recovered", "12 bodies have still not been retrieved")
    (r"\bbodies\s+(?:are|were|remain|have|had)\s+(?:still\s+)?(?:yet\s+to\s+be|not\s+(?:yet\s+)?(?:been\s+)?|to\s+be)\s*"
     r"(?:recovered|retrieved|found|pulled\s+out|brought\s+(?:out|up))\b", "bodies not recovered"),
    # bodies brought out are not the toll ("21 bodies have been recovered" while 22 are dead)
    # ("The bodies of five miners who were killed in the blast have been recovered": the bodies brought out, however
    # long the clause between)
    (r"\bbodies\s+of\s+(?:the\s+)?[\w,.-]+\s+(?:[\w-]+\s+){0,2}?[a-z]+s\b[^.;]{0,120}?\b(?:have|has|had|were|was)\s+"
     r"(?:now\s+|also\s+|so\s+far\s+)?been\s+(?:recovered|retrieved|found|pulled\s+out|brought\s+(?:out|up|to\s+the\s+surface))\b",
     "bodies recovered"),
    (r"\b(?:recover(?:s|ed|ing)?|retriev(?:e|es|ed|ing)|extricat(?:e|es|ed|ing)|brought|bring(?:s|ing)?|pull(?:s|ed|ing)?|carr(?:y|ies|ied))"
     r"\s+(?:out\s+|up\s+)?(?:the\s+)?(?:[\w,.-]+\s+){0,2}?bodies\b", "bodies recovered"),
    (r"\bbodies\s+(?:[\w]+\s+){0,3}?(?:recovered|retrieved|pulled\s+(?:out|from)|brought\s+(?:out|up|to))\b",
     "bodies recovered"),
    # bodies lying at one place are that place's count, not the toll ("88 bodies kept at the hospital", "103 bodies
    # at the morgue", "of the 205 bodies at the school, 94 have been identified")
    (r"\bbodies\s+(?:[\w-]+\s+){0,3}?(?:at|in|reached|(?:taken|brought|sent|moved)\s+to)\s+(?:the\s+|a\s+"
     r"|[\w'’-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:hospitals?|morgues?|mortuar(?:y|ies)|hall|school|stadium|warehouse"
     r"|facility)\b", "bodies held"),
    (r"\bbodies\s+(?:[\w]+\s+){0,2}?(?:(?:have|had|has|were|was)\s+(?:now\s+|so\s+far\s+|also\s+)?(?:been\s+)?)?"
     r"(?:identified|claimed|handed\s+over|returned\s+to|released\s+to)\b", "bodies identified"),
    # the dead identified so far are no toll of their own ("Among the dead, 62 have been identified", "27 identified
    # bodies")
    (r"\b(?:among|of)\s+(?:the|these|those)\s+(?:dead|victims|bodies|deceased)\s*,?\s+(?:[\w,.-]+\s+){1,2}?(?:have|had|has"
     r"|were|was)\s+(?:now\s+|so\s+far\s+|also\s+)?been\s+identified\b", "bodies identified"),
    (r"\bidentified\s+(?:dead\s+)?bodies\b", "bodies identified"),
    # nor the burials ("42 bodies were buried in a mass grave")
    (r"\bbodies\s+(?:[\w]+\s+){0,2}?(?:(?:have|had|has|were|was)\s+(?:now\s+|so\s+far\s+|also\s+)?(?:been\s+)?)?"
     r"(?:buried|cremated|laid\s+to\s+rest)\b", "buried"),
    # how much of a ballot is counted is the count's progress, no share of the vote ("with over half of the
    # referendum votes counted", "with 97% of precincts reporting", "with 1.4% of votes yet to be tallied"); a share,
    # never a number of votes ("2.8 million valid votes were counted"); the wording closes its phrase, so its verb
    # governs no figure after it ("..., turnout was 61%")
    (r"(?:(?:over|more\s+than|about|nearly|almost|around|roughly|approximately|just\s+(?:over|under)|some)\s+)?"
     r"(?:half|a\s+(?:third|quarter)|two[\s-]thirds|three[\s-]quarters|[\d.,]+\s*(?:%|per\s*cent|percent))\s+of\s+"
     r"(?:the\s+)?(?:[a-z]+\s+)?(?:votes|ballots|ballot\s+papers|precincts|polling\s+stations|protocols|returns)\s+"
     r"(?:have\s+been\s+|had\s+been\s+|were\s+|being\s+|now\s+|yet\s+to\s+be\s+|still\s+to\s+be\s+)?"
     r"(?:counted|tallied|processed|reporting|reported|in)\b\s*(?:[,;:.)]|$)", "count progress"),
    (r"\b(?:took|taken|take|takes|taking)\s+to\s+the\s+streets\b", "protesters"),
    (r"\b(?:join(?:s|ed|ing)?|attend(?:s|ed|ing)?)\s+(?:the\s+|a\s+|[\w’'-]+['’]s\s+)?(?:[\w-]+\s+)?"
     r"(?:march|marches|protests?|rall(?:y|ies)|demonstrations?|procession)\b", "protesters"),
    (r"\b(?:search(?:es|ed|ing)?|look(?:s|ed|ing)?|hunt(?:s|ed|ing)?)\s+for\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}?"
     r"(?:people|persons|passengers|residents|survivors|hikers|climbers|crew|workers|miners|children)\b", "missing"),
    (r"\b(?:yet\s+to\s+be|not\s+(?:yet\s+)?(?:been\s+)?)(?:found|located|accounted\s+for)\b", "missing"),
    (r"\b(?:left|leave|leaving|fled|flee|fleeing)\s+(?:the|their)\s+country\b", "displaced"),
    # those whose homes were destroyed are the homeless: "48,000 people had lost their homes"
    (r"\b(?:lost|lose|losing|loses)\s+(?:their|his|her)\s+homes?\b", "displaced"),
    (r"\b(?:tak(?:e|es|ing)\s+part|took\s+part|involved|working|helping|engaged)\s+(?:in|on|with)\s+the\s+"
     r"(?:[\w-]+\s+)?(?:search|rescue|clean-?up|response|relief|operations?|recovery|effort|field)\b", "deployed"),
    # those searching are those sent to search: "600 police officers were searching the forest"
    # (what is searched follows; "searching for survivors" counts the missing, above)
    (r"\b(?:searching|combing|scouring)\s+(?:the|a|an)\b", "deployed"),
    # "38 inmates got out", "prisoners who broke out": a break-out told without "escaped"
    (r"\b(?:inmates|prisoners|detainees|convicts)\s+(?:who\s+|had\s+)?(?:got|broke|break|get)\s+out\b", "escaped"),
    # "21 of the escaped men had been caught": escapees caught are the recaptured
    (r"\b(?:escaped\s+(?:men|inmates|prisoners|detainees|convicts)|escapees|fugitives)\s+(?:had|have|has)\s+(?:now\s+)?"
     r"been\s+(?:caught|captured|found|detained|arrested)\b", "recaptured"),
    (r"\b(?:sent|dispatched|deployed|mobili[sz]ed)\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:area|region|scene|site|zone"
     r"|province|coast)\b", "deployed"),
    # animals (or people) brought to a shelter or a rescue centre are those rescued: "140 oiled birds had been brought
    # to a rehabilitation centre" (not "taken in": "records taken in the attack")
    (r"\b(?:taken|took|take|takes|taking|brought)\s+(?:to\s+(?:a|the|an)\s+(?:[\w-]+\s+)?"
     r"(?:(?:rehabilitation|rescue|animal|wildlife|care|relief|evacuation|reception)\s+(?:centres?|centers?)|shelters?"
     r"|sanctuary|sanctuaries)\b)", "rescued"),
    # "38 miles up", "61 km above the ground": a height
    # ("about 2 km (6,500 feet) high": the same height told in a second unit between)
    (r"\d[\d.,]*\s*(?:km|kilomet(?:re|er)s?|miles?|m|metres?|meters?|feet|ft)\s+(?:\([^)]{1,24}\)\s+)?(?:up|high"
     r"|above\s+(?:the\s+)?(?:ground|earth|sea|surface))\b", "altitude"),
    # "10 km deep", "nine miles below the surface": a depth
    (r"\d[\d.,]*\s*(?:km|kilomet(?:re|er)s?|miles?|m|metres?|meters?|feet|ft)\s+(?:\([^)]{1,20}\)\s+)?"
     r"(?:deep|underground)\b", "depth"),
    (r"\b(?:told|ordered|forced|urged|asked)\s+to\s+(?:leave|flee|evacuate)\b", "evacuated"),
    # people in shelters: "were still staying in 140 evacuation centres", "sheltering in schools", "in emergency
    # shelters" (a count of its own: not all the evacuated are in shelters)
    (r"\b(?:in|at)\s+(?:(?:more\s+than|over|some|about)\s+)?(?:\d[\d,]*\s+)?(?:(?:evacuation|emergency|temporary|relief"
     r"|government)\s+)?(?:centres|centers|shelters|camps)\b", "sheltered"),
    # people housed for now: "140 people had been placed in hotels", "in emergency accommodation"
    (r"\b(?:in|into)\s+(?:(?:emergency|temporary|council)\s+)?(?:hotels|hostels|accommodation)\b", "sheltered"),
    # money an appeal has brought in: "the appeal had passed 800,000 euros", "donations topped $2 million"
    (r"\b(?:appeal|fundraiser|fundraising|crowdfunding|donations)\b(?:\s+[\w’'-]+){0,4}?\s+(?:(?:had|has|have)\s+)?"
     r"(?:passed|reached|topped|hit|exceeded|surpassed|crossed)\b", "raised"),
    # "45,000 residents left low-lying coastal villages before the storm hit": moved out of harm's way
    (r"\bleft\s+(?:their\s+homes|(?:the\s+)?(?:[\w-]+\s+){0,2}(?:villages|towns|areas|coast|coastline|islands?))\b",
     "evacuated"),
    # "No one is allowed within 3 km of the crater": how far the closed area reaches
    (r"\b(?:allowed|permitted|go|enter|approach|stay)\s+within\s+(?=\S*\d|\w+[- ]kilomet|\w+[- ]miles?)",
     "exclusion zone"),
    (r"\b(?:pleaded|pled|pleads|pleading|admitted|admits)\s+(?:guilty|liability)\s+(?:[\w,-]+\s+){0,3}?to\s+"
     r"(?:[\w,-]+\s+){1,3}?(?:charges?|counts?|offen[cs]es?)\b", "convicted"),
    # people who signed a petition are its signatures: "more than 12,000 people had signed its petition" ~ "the
    # petition had gathered nearly 15,000 signatures" (not "signed the decree", an act)
    (r"\b(?:sign(?:s|ed|ing)?|backed|supported)\s+(?:the\s+|an?\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?"
     r"(?:[\w-]+\s+){0,2}?petitions?\b", "signatures"),
    # what a revision took off or added ("Revisions took a net 6,100 jobs off the tally"): no count of its own thing
    # (a figure "revised to 3.6%" is the figure's new level, read as the figure)
    (r"\brevisions?\s+(?:took|take|takes|added|add|adds|knocked|removed|shaved|cut|lopped|trimmed)\b", "revision"),
    # people who need help to live: "1.8 million people need food assistance", "in need of humanitarian aid"
    (r"\b(?:need|needs|needed|needing|in\s+need\s+of|require|requires|required|rely\s+on|depend\s+on)\s+(?:urgent\s+)?"
     r"(?:food|humanitarian|emergency|relief)\s+(?:aid|assistance|help|support|relief|rations)\b", "need aid"),
    # "found guilty on seven of the eight charges": the charges a verdict convicts on, not those brought
    # ("not guilty of four charges" is an acquittal, not a conviction; "unable to reach a verdict on three counts" no
    # verdict at all)
    (r"\bnot\s+guilty\s+(?:on|of)\s+(?:[\w,-]+\s+){0,4}?(?:charges?|counts?|offen[cs]es?)\b", "acquitted"),
    (r"\b(?:unable|failed|could\s+not|couldn['’]t)\s+(?:to\s+)?reach\s+(?:a\s+)?(?:unanimous\s+)?verdicts?\s+on\s+"
     r"(?:[\w,-]+\s+){0,4}?(?:charges?|counts?)\b", "mistrial"),
    (r"\bguilty\s+(?:on|of)\s+(?:[\w,-]+\s+){0,4}?(?:charges?|counts?|offen[cs]es?)\b", "convicted"),
    (r"\b(?:had|have|has|forced|obliged)\s+to\s+(?:leave|abandon|flee)\s+(?:their|his|her)\s+homes?\b", "evacuated"),
    (r"\b(?:shares?|stock)\b(?:\s+[\w’'.,%-]+){0,4}\s+(?:closed|ended|finished|fell|fallen|rose|risen|dropped|jumped"
     r"|slid|slumped|gained|lost|tumbled|plunged|climbed|slipped|sank|sunk|soared|surged|rallied|recovered|rebounded"
     r"|dipped|were\s+down|were\s+up|down|up|lower|higher)\b", "share price"),
    # a market's close told by its move: "before closing 6.4% higher", "ended the day 3% down"
    (r"\b(?:clos(?:ed|ing|es)|end(?:ed|ing|s)|finish(?:ed|ing|es))\s+(?:the\s+day\s+)?(?:up\s+|down\s+)?"
     r"[\d.,]+\s*(?:%|per\s*cent|percent|p\b|pence|cents?)\s*(?:higher|lower|up|down)?", "share price"),
    (r"\b(?:jobs?|roles?|posts?|positions?)\b(?:\s+[\w’'-]+){0,3}\s+(?:would|will|could|may|might|to|are\s+to)\s+go\b",
     "jobs cut"),
    (r"\b(?:put|puts|putting|placed|places)\s+(?:[\w,.%-]+\s+){1,8}?on\s+the\s+table\b", "offer"),
    # a winner's margin is not a vote count: "ahead by 8,010 votes", "his lead over X's party was just over 8,000 votes"
    # (any "by 41 votes" is a margin, not "passed by 310 votes to 250", a tally; "about 8,000 votes ahead of")
    (r"\bby\s+(?:[a-z]+\s+){0,2}[\d][\d,.]*\s+votes?\b(?!\s+to\b)", "margin"),
    (r"(?:\b[a-z]+\s+){0,2}[\d][\d,.]*\s+votes?\s+(?:ahead|behind|clear)\b", "margin"),
    (r"\b(?:lead|margin|majority)\b(?:\s+[\w'’-]+){0,6}?\s+(?:of|was|is|at|to|stood\s+at)\s+(?:[a-z]+\s+){0,2}"
     r"[\d][\d,.]*\s+votes?\b", "margin"),
    # "put the size of Saturday's march at 38,000": how many marched
    (r"\bsize\s+of\s+(?:the\s+|a\s+|[\w’'-]+['’]s\s+)?(?:[\w-]+\s+)?(?:march|marches|protests?|rall(?:y|ies)"
     r"|demonstrations?|procession|crowds?)\b", "protesters"),
    # jobs that went or were removed are jobs cut: "In 2023, 2,100 jobs went", "removed 2,100 positions"
    (r"\b(?:jobs?|roles?|posts?|positions?)\b(?:\s+[\w’'-]+){0,2}\s+(?:went|have\s+gone|had\s+gone|were\s+lost"
     r"|have\s+been\s+lost|had\s+been\s+lost|disappeared|vanished)\b", "jobs cut"),
    (r"\bremov(?:e|es|ed|ing)\s+(?:[\w,.]+\s+){1,3}?(?:jobs|roles|posts|positions)\b", "jobs cut"),
    (WORKFORCE_CUT, "jobs cut"),
    # jobs a plan costs are jobs cut: "the takeover could still cost 2,500 jobs"
    (r"\bcost(?:s|ing)?\s+(?:[\w,.]+\s+){1,4}?(?:jobs|roles|posts|positions)\b", "jobs cut"),
    # jobs created are jobs hired for: "will create 400 jobs in its online business"
    (r"\bcreat(?:e|es|ed|ing)\s+(?:up\s+to\s+|some\s+|about\s+|around\s+|more\s+than\s+|nearly\s+)?[\d][\d,.]*\s+"
     r"(?:new\s+|more\s+)?(?:jobs|roles|positions|posts)\b", "hired"),
    # an economy's jobs added: "employers added 21,400 jobs", "jobs were added", "employment rose by 12,400",
    # "payrolls grew by 12,000" (the jobs gained, as a firm's jobs created)
    (r"\badd(?:ed|s|ing)?\s+(?:a\s+)?(?:net\s+|seasonally\s+adjusted\s+)?(?:[\w,.]+\s+){0,3}?(?:new\s+)?(?:jobs|roles"
     r"|positions|posts)\b|\b(?:jobs|roles|positions|posts)\s+(?:were|was|had\s+been|have\s+been)\s+added\b"
     r"|\b(?:employment|payrolls|job\s+numbers)\s+(?:rose|grew|increased|climbed|expanded|was\s+up)\s+(?:by\s+)?"
     r"(?:a\s+)?(?:seasonally\s+adjusted\s+|net\s+)?(?:about\s+|around\s+|some\s+|just\s+over\s+|more\s+than\s+)?"
     r"[\d][\d,.]*", "hired"),
    # a crowd told by where it gathered: "About 400 supporters gathered outside the stadium"
    (r"(?:\b[\d][\d,.]*|\bhundreds|\bthousands|\bdozens)\s+(?:[a-z]+\s+){0,3}?(?:gathered|assembled|rallied|massed)"
     r"\s+(?:outside|in|at|near|on|around|before|in\s+front\s+of)\b", "protesters"),
    # a petition's size: "signed by almost 21,000 people" is "21,000 signatures"
    (r"\bsigned\s+by\s+(?:[\w,.]+\s+){1,3}?(?:people|supporters|fans|residents|members|voters|citizens|parents)\b",
     "signatures"),
    # a share of a market is a share of its sales: "a combined share of the grocery market" ~ "30% of grocery sales"
    (r"\b(?:market\s+share|share\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}market)\b", "revenue"),
    # people who "demonstrated" (in the streets), not a study that "demonstrated that" or "demonstrated its worth"
    (r"\bdemonstrat(?:ed|ing)\b(?!\s+(?:that|how|what|why|its|their|his|her|the|a|an|this|these|those)\b)",
     "protesters"),
)

#: words that say a figure is a change of a measure, not its level ("revenue rose 12%"), and which way
CHANGE_WORDS: dict[str, str] = {
    **{w: "up" for w in "rose rise rises rising risen increase increased increases increasing grew grow grows growing "
       "jumped jump jumps climbed climb climbs surged surge soared soar gained gain gains up higher boosted advanced "
       "rebounded leapt leaped spiked expanded climbing jumping surging soaring gaining rebounding leaping spiking "
       "expanding soars surges rallied rallies rallying".split()},
    **{w: "down" for w in "fell fall falls falling fallen dropped drop drops declined decline declines declining "
       "decreased decrease decreases slumped slump plunged plunge lost shrank shrink down lower tumbled sank slipped "
       "slid dipped eased contracted retreated plummeted sagged dropping slumping plunging shrinking tumbling sinking "
       "slipping sliding dipping easing contracting retreating plummeting sagging skidded skidding slumps tumbles "
       "plunges plummets sinks".split()},
}

#: verbs that make a figure a change only when it follows "by" ("strokes were cut by 12%", "lowered the risk by
#: a fifth"); with a bare figure they are the measure itself ("cut 3,000 jobs")
CHANGE_BY_WORDS: dict[str, str] = {
    **{w: "up" for w in "raised raise raises raising lifted lift lifts lifting doubled tripled".split()},
    # a gap to a mark: "the limits exceed the scientists' advice by almost 37,000 tonnes" (no level of the limits)
    **{w: "up" for w in "exceed exceeds exceeded exceeding overshoot overshoots overshot outstrip outstrips outstripped "
       "surpass surpasses surpassed".split()},
    **{w: "down" for w in "undershoot undershoots undershot trail trails trailed".split()},
    **{w: "down" for w in "cut cuts cutting reduced reduce reduces reducing lowered lowers lowering slashed slash "
       "trimmed trim narrowed narrows shortened".split()},
}

#: counted nouns grouped by what they count; two figures fit when their nouns are the same, in one class,
#: or one is a generic group of people and the measure already fixes who (RELATIONS.md §1)
COUNTED_CLASSES: dict[str, str] = {
    **{w: "job" for w in "job position role post vacancy".split()},
    **{w: "worker" for w in "employee worker staff staffer personnel workforce".split()},
    **{w: "home" for w in "home house dwelling building property residence apartment".split()},
    # ("150,000 British tourists" ~ "150,000 British holidaymakers" ~ "holiday-makers stranded abroad")
    **{w: "role:tourist" for w in "tourist holidaymaker holiday-maker vacationer sightseer".split()},
    # ("64 Boko Haram members" ~ "64 terrorists" ~ "64 militants": one armed group's men, whatever a report calls them)
    **{w: "role:militant" for w in "militant terrorist insurgent jihadist gunman gunmen extremist".split()},
    **{w: "school" for w in "school classroom".split()},
    **{w: "vehicle" for w in "vehicle car truck bus".split()},
    **{w: "flight" for w in "flight departure arrival".split()},  # (at an airport: "420 departures and arrivals")
    # an aircraft is no flight: "chartered 45 aircraft" to operate "more than 1,000 flights"
    **{w: "aircraft" for w in "plane aircraft airliner jet jetliner".split()},
    "train": "train",
    **{w: "centre" for w in "center centre facility prison jail".split()},
    **{w: "passenger" for w in "passenger traveller traveler flyer".split()},
    **{w: "seat" for w in "seat deputy mandate lawmaker legislator mp councillor councilor".split()},
    **{w: "role:officer" for w in "police policeman policewoman".split()},  # "2,000 police" are officers
    # "six counts of fraud" are six charges ("guilty on seven of the eight charges")
    **{w: "charge" for w in "charge count offence offense".split()},
    # "300,000 households" ~ "300,000 families" ~ "300,000 homes" (without power, evacuated, flooded)
    **{w: "home" for w in "household family".split()},
    # a platform's accounts are its users ("1.2 million registered accounts" ~ "1.2 million registered users")
    "account": "role:user",
    # ("14 crew" ~ "14 crew members" ~ "14 sailors")
    **{w: "role:crew" for w in "crew sailor seafarer seaman mariner crewman crewmember".split()},
}
#: roles loose enough to name people of another role too ("members" of a union are its strikers, "victims" are
#: the dead): a figure of one of them is not set apart from another role's by its noun alone
LOOSE_ROLES = frozenset(f"role:{w}" for w in "member supporter official victim".split())
#: roles that may name the same people ("600 troops" ~ "1,200 soldiers"; "strikers" and "protesters" are any trade's,
#: "workers" and "employees" any employer's): two roles in no group together count two sets of people ("teachers"
#: are not "nurses", "protesters" are not "officers")
_TRADES = "teacher nurse doctor miner farmer journalist lawyer pilot driver student pupil"
ROLE_GROUPS: tuple[frozenset[str], ...] = tuple(frozenset(f"role:{w}" for w in g.split()) for g in (
    "soldier troop recruit", "student pupil child", "prisoner inmate detainee convict defendant suspect",
    "patient evacuee refugee migrant", "passenger customer user", "fan spectator",
    *(f"protester demonstrator marcher activist striker worker employee {t}" for t in _TRADES.split())))
#: classes whose members may be counted as the same thing under one measure (jobs cut = employees let go)
COUNTED_FIT = frozenset({frozenset({"job", "worker"}),
                         # people let go are the jobs cut when both name that measure ("drop 7,000 people from its
                         # workforce" ~ "cut up to 9,000 jobs")
                         frozenset({"job", "people"}),
                         # a utility's customers are the homes (and businesses) it supplies: "400,000 homes lost
                         # power" ~ "410,000 customers were cut off"
                         frozenset({"home", "role:customer"})})
#: nouns that count whatever the story's things are (a "service" is a flight at an airport, a train on a line): no
#: class of their own, as if no noun were said
ANY_THING = frozenset(("service",))
#: counted nouns that stand for any group of people
GENERIC_PEOPLE = frozenset("person people man woman individual resident citizen civilian adult inhabitant".split())
#: counted classes of people that are no role ("241 passengers" and "356 people" may count one group)
PEOPLE_CLASSES = frozenset(("passenger", "worker"))
#: nouns counting people in some role (comparable with each other only through GENERIC_PEOPLE)
PEOPLE_ROLES = frozenset(
    """prisoner soldier recruit child student worker voter refugee migrant patient member supporter lawyer official
    journalist activist protester victim employee reader teacher nurse doctor passenger defendant detainee inmate
    convict suspect customer user fan spectator striker firefighter officer troop evacuee miner farmer pupil
    demonstrator marcher""".split()
)

#: words before or around a figure that present it as an intention, projection or estimate of an outcome
#: rather than a count (RELATIONS.md §1 "status")
FUTURE_WORDS = frozenset(
    """will would could may might can shall should expected expects expect expecting plan plans planned planning
    intend intends intended intending aim aims aimed aiming want wants wanted hope hopes hoped seek seeks sought
    projected projection projections forecast forecasts forecasted predicted predicts prediction likely probably potentially
    possibly proposed proposes proposal target targets targeting goal envisaged envisages prepared preparing
    feared fear fears presumed
    anticipated anticipates mandated mandate mandates ordered orders decreed decree quota quotas decided
    consensus poll polls polling guidance outlook foresee foresees foreseen envisage envisages pledged pledge
    pledges promised promise promises budgeted earmarked allocates allocate setting vowed vow vows vowing""".split()
)
#: of those, the words that present the actor's own plan or decision (RELATIONS.md §1: an intention, any tense;
#: "will cut 9,000 jobs" and "the 9,000 job cuts unveiled" report one decision); the rest present an estimate or
#: projection of an outcome ("could reach", "is expected to"), which links only with its like
INTENT_WORDS = frozenset(
    """will would shall plan plans planned planning intend intends intended intending aim aims aimed aiming want
    wants wanted hope hopes hoped seek seeks sought proposed proposes proposal prepared preparing
    mandated mandate mandates ordered orders decreed decree quota quotas decided pledged pledge pledges promised
    promise promises budgeted earmarked allocates allocate setting envisaged envisages envisage vowed vow vows
    vowing""".split()
)
INTENT_PHRASES = ("set to", "going to", "is due to", "are due to", "was due to", "were due to", "is to ", "are to ",
                  "was to ", "were to ", "due to be", "to be sent", "to be taken")
#: phrases that make a figure future on their own
FUTURE_PHRASES = ("set to", "going to", "is due to", "are due to", "was due to", "were due to", "points to", "is to ", "are to ", "was to ", "were to ", "on track to", "poised to",
                  # a course is no count: "is on course for a landslide with 410 seats"
                  "on course for", "on course to", "on track for",
                  "due to be", "to be sent", "to be taken", "could reach", "may reach", "could exceed", "may exceed",
                  # a company's projection of its own figure ("projects its fourth-quarter revenue to reach $65bn")
                  "projects its", "projects their", "projecting",
                  "is expected", "are expected", "was expected", "were expected",
                  "is supposed to", "are supposed to",
                  # an exit poll is a projection of the result ("put at 11.5 per cent in the exit poll")
                  "in the exit poll", "in an exit poll", "in exit polls", "in the poll", "in a poll", "in polls",
                  "according to the exit poll", "according to exit polls", "according to polls",
                  # a provisional figure in a plan or a forecast ("had pencilled in €85.7 billion for 2026")
                  "pencilled in", "penciled in", "pencils in", "pencil in", "pencilling in", "penciling in",
                  # a warning tells what may come ("warned of gusts of up to 100 km/h"): a projection
                  "warned of", "warns of", "warning of", "warnings of")
#: phrases that make a figure an estimate, not a whole claim ("Dozens are believed to have died" is no count; "The fire is
#: believed to have started in a kitchen" still tells where it started)
FIGURE_ESTIMATE_PHRASES = ("believed to have", "thought to have", "feared to have")
#: what makes a whole claim an intention or projection ("will join the strike on Wednesday"): the modal and
#: planning verbs, without the words that only frame a figure beside them ("ordered 133,000 drafted", "polls",
#: "the plan was approved", "a quota of"), which in a sentence of their own report a fact
CLAIM_FUTURE_WORDS = FUTURE_WORDS - frozenset(
    """ordered orders decreed decree decided quota quotas mandate mandated mandates consensus poll polls polling
    guidance outlook setting budgeted earmarked allocate allocates target targets goal plan proposal projection
    projections prediction""".split()
)
#: phrases that make a whole claim not yet done ("is scheduled for December", "must still be approved")
CLAIM_FUTURE_PHRASES = FUTURE_PHRASES + ("scheduled for", "scheduled to", "must still", "still needs", "still need",
                                         "still has to", "still have to", "yet to be", "is set for", "are set for",
                                         # a refusal speaks of what will not be done ("ruled out withdrawing the
                                         # bill" is what "would not withdraw the bill" says)
                                         "ruled out", "rules out", "rule out", "ruling out", "not on the table",
                                         "off the table", "not being considered")
#: markers that place a figure before another report of it
PAST_MARKERS = ("previously", "initially", "originally", "first reported", "had said", "had put", "had reported",
                "had estimated", "had given", "earlier reported", "earlier said", "had earlier", "earlier confirmed",
                "earlier put", "earlier gave",
                "earlier figure", "earlier estimate", "earlier count", "earlier toll", "a day earlier",
                "the day before", "the previous day", "before revising", "was revised", "were revised",
                "had stood at", "a week earlier", "days earlier", "weeks earlier", "a month earlier", "the week before", "the previous week")
#: markers that present a figure as the newest of a series
LATEST_MARKERS = ("rose to", "risen to", "climbed to", "increased to", "jumped to", "grew to", "reached", "now stands",
                  "now at", "has risen", "have risen", "has climbed", "latest", "updated", "revised",
                  "had risen to", "went up to", "surged to", "soared to")

#: acts that official propositions report (a signed law, a passed bill, a ruling, a fine)
ACTS: dict[str, str] = {
    **{w: "sign" for w in "sign signed signs signing signature".split()},
    **{w: "pass" for w in "pass passed passes passing adopt adopted adopts".split()},
    **{w: "approve" for w in "approve approved approves approving endorsed endorse ratified ratify approval cleared "
                             "clears clearance greenlit green-lit go-ahead authorised authorized authorisation "
                             "authorization".split()},
    **{w: "reject" for w in "reject rejected rejects rejecting vetoed veto overturned overturn struck".split()},
    **{w: "rule" for w in "ruled upheld uphold".split()},
    **{w: "announce" for w in "announce announced announces announcing unveiled unveil".split()},
    **{w: "publish" for w in "publish published publishes publishing released".split()},
    **{w: "resign" for w in "resign resigned resigns resigning quit stepped".split()},
    **{w: "appoint" for w in "appoint appointed appoints named nominate nominated".split()},
    **{w: "ban" for w in "ban banned bans banning prohibit prohibited outlawed".split()},
    **{w: "launch" for w in "launched launches opened".split()},
    **{w: "charge" for w in "charged indicted".split()},
    **{w: "sentence" for w in "sentenced jailed".split()},
    **{w: "arrest" for w in "arrested detained".split()},
    **{w: "fine" for w in "fined".split()},
    **{w: "lodge" for w in "lodged lodges lodging filed".split()},  # an appeal, a complaint, a lawsuit
    **{w: "order" for w in "ordered decreed".split()},
    **{w: "suspend" for w in "suspend suspended suspends suspending halted halt".split()},
    **{w: "deny" for w in "deny denied denies denying".split()},
    **{w: "declare" for w in "declare declared declares declaring".split()},
    # a firm's end ("ceased trading with immediate effect") and a defeat owned ("Sunak has conceded the election")
    **{w: "cease" for w in "cease ceased ceases ceasing".split()},
    **{w: "concede" for w in "concede conceded concedes conceding".split()},
    # a restriction ended: "lifted its smoke advisory", "the curfew was lifted" (only of a restriction: rates, cranes
    # and rockets are lifted too, see claims.frames.RESTRICTIONS)
    **{w: "lift" for w in "lift lifted lifts lifting rescinded revoked".split()},
}

#: a people's adjective -> its country's name, where the two do not share their first five letters (the name key:
#: "Russian" and "Russia" already do); "the Chinese trial" is "the trial in China" (whose and where, RELATIONS §1)
DEMONYMS: dict[str, str] = {
    "chinese": "china", "italian": "italy", "spanish": "spain", "iranian": "iran", "polish": "poland",
    "swedish": "sweden", "finnish": "finland", "greek": "greece", "british": "britain", "danish": "denmark",
    "norwegian": "norway", "dutch": "netherlands", "french": "france", "irish": "ireland", "scottish": "scotland",
    "welsh": "wales", "english": "england", "turkish": "turkey", "swiss": "switzerland", "thai": "thailand",
    "iraqi": "iraq", "afghan": "afghanistan", "filipino": "philippines", "peruvian": "peru", "cuban": "cuba",
    "chilean": "chile", "hungarian": "hungary", "czech": "czechia", "slovak": "slovakia", "lebanese": "lebanon",
    "sudanese": "sudan", "yemeni": "yemen", "omani": "oman", "qatari": "qatar", "maltese": "malta",
    "cypriot": "cyprus", "icelandic": "iceland", "flemish": "flanders", "basque": "basque country",
}
