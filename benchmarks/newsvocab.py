"""Word banks for :mod:`benchmarks.newscorpus`: name parts, outlets and the vocabulary of each news domain.

Everything here is invented or generic English: no real person, place or outlet is named. Name parts come
in several naming traditions so that made-up people and places look like the mix a foreign desk sees;
each domain lists its own nouns, verbs and adjectives so that an article about a flood does not read like
one about an election, and the corpus's vocabulary grows with the number of events as real news does.
"""

from __future__ import annotations


def _w(s: str) -> tuple[str, ...]:
    return tuple(s.split())


#: given names by tradition (common names, not people), and the syllables surnames and places are built from
GIVEN = {
    "anglo": _w("""James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan
        Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Margaret Paul Sandra
        Steven Ashley Andrew Emily Joshua Donna Kenneth Michelle Kevin Carol Brian Amanda George Melissa Timothy
        Deborah Ronald Stephanie Jason Rebecca Edward Laura Jeffrey Helen Ryan Sharon Jacob Cynthia Gary Kathleen
        Nicholas Amy Eric Shirley Jonathan Angela Stephen Anna Larry Ruth Justin Brenda Scott Pamela Brandon Nicole
        Frank Katherine Gregory Samantha Raymond Christine Samuel Emma Patrick Catherine Alexander Debra Jack Rachel
        Dennis Carolyn Jerry Janet Tyler Maria Aaron Heather Henry Diane Douglas Julie Peter Joyce Adam Victoria
        Nathan Kelly Zachary Christina Walter Joan Kyle Evelyn Harold Lauren Carl Judith Jeremy Olivia Keith Martha
        Roger Cheryl Gerald Megan Ethan Andrea Arthur Hannah Terry Jacqueline Christian Ann Sean Jean Lawrence Alice
        Austin Kathryn Joe Gloria Noah Teresa Jesse Doris Albert Sara Bryan Janice Billy Julia Bruce Marie Willie
        Madison Jordan Grace Dylan Judy Alan Theresa Ralph Beverly Gabriel Denise Roy Marilyn Juan Amber Wayne
        Danielle Eugene Abigail Logan Brittany Randy Rose Louis Diana Russell Natalie Vincent Sophia Philip Alexis
        Bobby Lori Johnny Kayla Bradley Jane Fiona Declan Siobhan Callum Isla Rhys Cerys Owen Bethan"""),
    "slavic": _w("""Andrei Olga Dmitri Irina Sergei Natalia Pavel Tatiana Mikhail Yelena Alexei Svetlana Ivan Marina
        Nikolai Ludmila Viktor Galina Oleg Larisa Yuri Vera Boris Nadezhda Roman Oksana Artem Polina Kirill Darya
        Maxim Yulia Anton Ksenia Denis Alina Bohdan Halyna Taras Iryna Mykola Lesya Petro Zoryana Vasyl Olena
        Tomasz Agnieszka Piotr Katarzyna Marek Magdalena Jakub Zofia Krzysztof Ewa Milan Jana Lukas Petra Ondrej
        Lenka Goran Jelena Dragan Milica Zoran Ivana Stefan Dragana Nenad Vesna"""),
    "iberian": _w("""Ines Joao Beatriz Miguel Catarina Pedro Mariana Tiago Sofia Rui Leonor Duarte Carmen Javier Lucia
        Alejandro Pilar Diego Rocio Pablo Elena Sergio Nuria Alvaro Marta Jorge Raquel Luis Ana Fernando Isabel
        Carlos Gabriela Rafael Valentina Mateo Camila Santiago Daniela Andres Paula Emilio Ximena Ricardo Lorena
        Joaquin Florencia Gonzalo Renata"""),
    "nordic": _w("""Lars Ingrid Erik Astrid Nils Sigrid Magnus Freya Henrik Karin Anders Liv Bjorn Solveig Johan
        Maja Mikkel Frida Rasmus Ida Oskar Tove Sven Elin Jonas Hanna Emil Saga Gustav Linnea Eero Aino Mikko
        Kaisa Jussi Satu Ville Riikka"""),
    "germanic": _w("""Klaus Ursula Jurgen Sabine Stefan Petra Wolfgang Monika Andreas Birgit Matthias Claudia Tobias
        Katrin Florian Anja Sebastian Julia Markus Nadine Pieter Anouk Joost Femke Bram Sanne Maarten Lotte Jeroen
        Eva Dieter Heike Rainer Gisela Uwe Renate"""),
    "arabic": _w("""Ahmed Fatima Mohammed Aisha Omar Layla Youssef Mariam Khaled Noura Hassan Salma Ali Rania Karim
        Huda Tariq Samira Nabil Dina Walid Amal Samir Hiba Faisal Yasmin Bilal Leila Hamza Zainab Rami Maha Anas
        Ghada Ibrahim Nadia Mustafa Souad"""),
    "westafrican": _w("""Kwame Ama Kofi Akosua Chidi Ngozi Emeka Adaeze Tunde Funmilayo Femi Yetunde Oluwaseun Bisi
        Kwabena Efua Yaw Abena Ousmane Awa Mamadou Fatou Ibrahima Aminata Seydou Mariama Abdoulaye Kadiatou Moussa
        Aissatou Babajide Chiamaka Obinna Nkechi"""),
    "southasian": _w("""Rahul Priya Amit Anjali Vikram Sunita Arjun Kavita Rohan Deepa Sanjay Meera Rajesh Pooja
        Anil Neha Suresh Lakshmi Kiran Divya Ravi Shreya Arun Nandini Imran Ayesha Farhan Sana Tanvir Nusrat
        Nimal Chamari Dinesh Tharushi Prakash Geeta"""),
    "eastasian": _w("""Hiroshi Yuki Takeshi Aiko Kenji Naoko Satoshi Emi Daisuke Haruka Min-jun Ji-woo Seo-yeon
        Do-hyun Ha-eun Jun-ho Wei Mei Jian Li Hao Xiu Tao Lan Minh Linh Duc Thao Anh Huong Somchai Malee
        Arthit Nok"""),
}

#: syllables and endings that make surnames of each tradition
SURNAME = {
    "anglo": (_w("ash brad bur cal dun ed fen gar hal hart kel lan mar mor pen red rid sal stan thorn wel wick "
                 "whit brook clay cran dal els fair hay holl kent lind pres rad shel"),
              _w("ton ford ley son well wood field by worth ham more ridge stead land man croft wick mont dale "
                 "shaw cott er ing")),
    "slavic": (_w("kov mar vol ber gor kras lip nov pet sok tar zar bel dob kuz lev mor pav rud sav sem tok vas "
                  "yak zhel brod hrab kowal lisz now"),
               _w("enko ova ov ovich ska ski uk ich yak in ina ovsky chuk ak ec")),
    "iberian": (_w("al ber cas dor fer gal hur lor mar nav ort pal quin rib sal tor val var zam bar cor esc "
                   "gon mend ped rod"),
                _w("ez es eira ado ano eda illa ero oso uez ales ino ares")),
    "nordic": (_w("berg dahl lund hol sand strom vik lind mal ny sjo fjell kor lah nie vir halm"),
               _w("qvist gren man sen sson strom lund berg ainen inen nen ela")),
    "germanic": (_w("bau brun dorn eich fass grun hof kamp lang mau ross schwarz stein vogel wag zimm van_der "
                    "de_vries hoog jans"),
                 _w("er mann berg hoff feld meier haus rath en ing ink")),
    "arabic": (_w("al-Har al-Mas al-Rash al-Zah al-Qas al-Khat Bar Had Man Nas Sal Tam Yus Ham Sha"),
               _w("idi ani ouri awi ami ash ir ad oun im")),
    "westafrican": (_w("Ade Oko Ban Dia Kou Tra Mens Asa Owu Nwa Eze Abu Sy Kei Ndi"),
                    _w("yemi nkwo gura llo maro ore ah fo chukwu ike ye ba diallo")),
    "southasian": (_w("Shar Ver Rao Nai Iy Chat Bhat Mukh Des Kap Pil Rah Sen Gup Jayas"),
                   _w("ma ndra yan er ar kar erjee pande ur ai uriya inghe ta")),
    "eastasian": (_w("Taka Naka Yama Ishi Mori Kawa Park Kim Lee Choi Zhang Liu Chen Tran Nguy Pha"),
                  _w("hashi mura moto da no ta en ao ang eng ong uyen am")),
}

#: place names: openings and endings (several traditions), and forms for a country or region
PLACE_START = _w("Ash Bel Bran Cal Dar Eld Fal Gal Har Ist Kar Lor Mar Nor Or Pel Quar Ros Sal Tar Ul Val Wes Zan "
                 "Alt Bor Cor Dun Fen Gor Hal Kes Lin Mir Nev Ost Pra Riv Sel Tor Vel Yar Ber Cas Dro Ema Gra Ked "
                 "Lum Mon Nar Ora Pes Sor Tem Var Zel Ab Ar En Ir Os Ul")
PLACE_END = _w("ford bridge ton ville burg grad stad mouth haven port field holm mere dale vik berg ovo ovka ino "
               "ara esa ona ica ista enko ia ova abad pur ganj hara kent mund heim thorpe chester wick ley ham "
               "sk ino ano ence anne ion")
COUNTRY_END = _w("ia land stan ania onia ova ica aria ovia esia mark")
REGION_WORDS = _w("Province Region County District Valley Oblast Prefecture Governorate State")
STREET_KINDS = _w("Street Avenue Road Boulevard Square Lane Quay")

#: outlet names: The <place> <noun>, or <noun> <noun>
OUTLET_NOUNS = _w("Herald Courier Post Ledger Gazette Chronicle Times Observer Tribune Dispatch Review Wire Daily "
                  "Monitor Sentinel Journal Bulletin Standard Record Examiner Telegraph Mirror Star Voice Press "
                  "Independent Current Report Register Beacon Messenger Leader Globe Express Reporter Signal")
AGENCIES = _w("Newswire Ticker Dispatchwire Presswire Wirefeed Newsdesk")

WEEKDAYS = _w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
MONTHS = _w("January February March April May June July August September October November December")
MONTHS_AP = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")

#: words every domain uses in its filler (reporting verbs, connectives, general nouns)
GENERAL_NOUNS = _w("""decision statement report announcement plan proposal move measure step figure estimate review
    assessment inquiry investigation hearing meeting session briefing interview press conference comment response
    criticism concern pressure support opposition debate dispute question warning appeal request demand promise
    pledge commitment deal agreement talks negotiations deadline timetable schedule budget cost price bill fee
    funding payment compensation contract tender licence permit rule regulation guideline standard policy strategy
    reform programme scheme project initiative campaign effort attempt failure success setback delay problem
    shortage backlog gap risk threat danger damage impact effect consequence outcome result trend pattern change
    increase decrease rise fall drop surge decline jump slump rebound recovery crisis emergency situation
    incident event episode case matter issue topic subject area region district neighbourhood community
    residents families households workers employees staff officials authorities agencies ministry department
    office spokesperson spokeswoman spokesman lawmakers legislators critics analysts experts observers campaigners
    activists volunteers witnesses survivors victims relatives neighbours visitors passengers customers users
    consumers taxpayers voters citizens members delegates leaders executives managers owners investors lenders
    creditors shareholders partners rivals competitors""")
GENERAL_ADJ = _w("""significant major minor serious severe limited broad narrow sharp steep gradual sudden unexpected
    expected previous earlier recent latest current former new fresh further additional separate similar
    different key main central local regional national international federal municipal provincial public private
    independent official unofficial preliminary final initial interim temporary permanent annual monthly weekly
    daily long-term short-term widespread growing mounting renewed lengthy brief detailed formal informal
    controversial contested disputed unprecedented rare frequent routine urgent critical stable fragile modest
    substantial considerable marginal""")
REPORT_VERBS = (("said", "said"), ("told reporters", "told reporters"), ("said in a statement", "said in a statement"),
                ("told", "told"), ("wrote on social media", "wrote on social media"), ("confirmed", "confirmed"),
                ("announced", "announced"), ("added", "added"), ("stated", "stated"), ("noted", "noted"))
CONNECTIVES = _w("However Meanwhile Separately Earlier Later Still Nonetheless Previously Elsewhere Instead")

#: domain name -> (nouns, plural nouns, adjectives, past-tense verbs); the filler sentences draw on these
DOMAIN_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "flood": (_w("river embankment levee dam reservoir floodplain downpour rainfall torrent deluge mudslide landslide "
                 "evacuation shelter rescue helicopter dinghy sandbag pump culvert drainage forecast warning meteorologist "
                 "hydrologist basin tributary spillway sluice barrier"),
              _w("villages farmlands crops bridges roads homes basements rooftops boats sandbags pumps shelters blankets "
                 "rations tents levees embankments"),
              _w("torrential swollen waterlogged submerged flooded muddy stranded cut-off low-lying upstream downstream "
                 "overflowing"),
              _w("inundated submerged breached overflowed swept stranded evacuated rescued airlifted drained receded "
                 "collapsed")),
    "quake": (_w("earthquake tremor aftershock epicentre magnitude fault rubble debris collapse rescuer excavator "
                 "seismologist seismograph tsunami quake shaking masonry"),
              _w("buildings apartments schools hospitals mosques churches bridges aftershocks rescuers excavators "
                 "survivors tents"),
              _w("seismic shallow deep powerful destructive collapsed crumbling unreinforced quake-hit"),
              _w("struck shook flattened toppled collapsed crushed trapped unearthed pulled dug")),
    "storm": (_w("hurricane cyclone typhoon storm gale landfall surge windspeed gust outage blackout forecaster "
                 "trajectory eye shoreline coastline"),
              _w("gusts winds trees powerlines shingles roofs windows flights ferries coastlines"),
              _w("tropical gale-force hurricane-force coastal battered downed uprooted powerless"),
              _w("battered lashed downed uprooted knocked grounded cancelled flattened ripped")),
    "rail": (_w("train carriage locomotive track derailment junction signal points sleeper platform timetable "
                "conductor driver operator inspection bend viaduct embankment axle brake"),
             _w("carriages tracks signals passengers commuters services sleepers brakes axles wagons"),
             _w("intercity regional high-speed freight overcrowded derailed mangled overturned"),
             _w("derailed collided overturned jumped plunged slid braked crashed halted")),
    "road": (_w("bus coach lorry truck motorway highway intersection crash collision pile-up ravine guardrail "
                "tyre driver fatigue speed checkpoint"),
             _w("buses coaches lorries vehicles cars motorcyclists pedestrians drivers lanes tyres"),
             _w("head-on multi-vehicle overturned overloaded speeding unlicensed icy foggy"),
             _w("collided swerved overturned plunged skidded rammed crashed veered")),
    "court": (_w("court judge ruling verdict sentence appeal trial prosecutor defendant lawyer jury testimony "
                 "evidence indictment charge conviction acquittal bail custody hearing tribunal chamber"),
              _w("judges prosecutors defendants lawyers jurors charges counts witnesses victims documents exhibits"),
              _w("guilty unanimous appellate constitutional criminal civil suspended concurrent consecutive landmark "
                 "unlawful"),
              _w("ruled sentenced convicted acquitted overturned upheld dismissed adjourned testified indicted "
                 "charged")),
    "law": (_w("bill law amendment statute decree parliament assembly chamber senate committee vote quorum "
               "reading ballot majority coalition opposition veto ordinance regulation"),
            _w("lawmakers deputies senators amendments votes abstentions provisions clauses parties ministers"),
            _w("legislative parliamentary controversial sweeping landmark bipartisan draft amended repealed"),
            _w("passed approved adopted rejected signed vetoed amended debated tabled ratified repealed")),
    "election": (_w("election poll ballot turnout constituency candidate runoff coalition campaign manifesto "
                    "incumbent challenger electorate seat majority count recount observer"),
                 _w("voters ballots seats candidates constituencies parties districts observers results polls"),
                 _w("electoral presidential parliamentary municipal provisional decisive narrow landslide "
                    "opposition ruling"),
                 _w("won lost secured conceded claimed gained retained ousted polled trailed edged")),
    "company": (_w("revenue profit loss margin quarter guidance dividend buyback shareholder acquisition merger "
                   "takeover bid valuation forecast earnings subsidiary workforce layoff restructuring outlook"),
                (*_w("shares sales orders deliveries analysts investors stores factories units customers subscribers "
                     "layoffs"),),
                _w("quarterly annual operating net pre-tax adjusted underlying disappointing robust sluggish record"),
                _w("reported posted forecast beat missed cut raised trimmed slumped jumped acquired announced")),
    "economy": (_w("inflation unemployment interest rate central bank growth recession output deficit debt "
                   "currency exchange bond yield index wage consumer spending forecast economist"),
                _w("prices wages rates economists markets exports imports households bonds jobs"),
                _w("annual monthly seasonally-adjusted core headline fiscal monetary sluggish robust"),
                _w("rose fell climbed slowed accelerated eased slipped held surged contracted expanded")),
    "health": (_w("outbreak infection virus vaccine dose hospital clinic ward patient symptom fever diagnosis "
                  "epidemiologist pathogen strain quarantine isolation trial placebo efficacy"),
               _w("cases infections patients doses beds nurses doctors clinics hospitals vaccines tests"),
               _w("infectious contagious mild severe critical confirmed suspected fatal clinical experimental"),
               _w("confirmed detected spread admitted treated vaccinated tested recovered died isolated")),
    "strike": (_w("strike walkout union picket wage pay deal mediation arbitration shift overtime ballot "
                  "stoppage grievance bargaining contract employer negotiator"),
               _w("teachers nurses drivers dockers miners workers members unions pickets classrooms schools"),
               _w("indefinite nationwide unofficial wildcat striking unionised disruptive"),
               _w("walked struck picketed rejected accepted balloted negotiated suspended called")),
    "conflict": (_w("ceasefire offensive shelling airstrike drone artillery frontline militia brigade convoy "
                    "checkpoint truce corridor displacement refugee camp humanitarian aid"),
                 _w("troops fighters civilians refugees drones missiles shells convoys camps villages"),
                 _w("armed displaced besieged humanitarian cross-border disputed contested fragile"),
                 _w("shelled struck seized captured withdrew fled displaced killed wounded launched")),
    "science": (_w("satellite telescope launch orbit rocket probe mission survey species habitat glacier "
                   "emissions carbon temperature study researcher journal sample dataset"),
                _w("species samples researchers scientists satellites glaciers emissions tonnes measurements "
                   "findings"),
                _w("endangered peer-reviewed orbital atmospheric marine glacial migratory unprecedented"),
                _w("launched observed measured recorded discovered published detected estimated mapped surveyed")),
    "sport": (_w("final tournament championship match league season transfer fee stadium attendance coach "
                 "striker goalkeeper penalty medal record podium"),
              _w("fans goals points medals matches players spectators tickets clubs"),
              _w("thrilling dominant unbeaten relegated promoted record-breaking"),
              _w("won beat scored clinched defeated drew equalised signed retired")),
    "budget": (_w("budget allocation spending cut tax levy revenue deficit surplus grant subsidy audit "
                  "council treasury contractor overspend"),
               _w("schools roads hospitals councils programmes services grants taxes"),
               _w("municipal fiscal capital operating unfunded earmarked"),
               _w("allocated earmarked slashed approved overspent audited froze raised")),
    "tech": (_w("breach outage hacker ransomware server database password encryption platform app update "
                "regulator fine privacy firmware patch"),
             _w("accounts records users passwords servers devices customers apps files"),
             _w("encrypted compromised exposed stolen leaked malicious unpatched"),
             _w("breached leaked exposed patched hacked encrypted restored disrupted fined")),
}

#: occupations of the residents, witnesses and experts who are quoted
OCCUPATIONS = _w("""shopkeeper teacher nurse farmer fisherman electrician plumber baker butcher pharmacist mechanic
    carpenter taxi-driver waiter cook student retiree engineer accountant architect lawyer doctor midwife paramedic
    firefighter police-officer soldier veteran pastor imam priest librarian journalist photographer musician
    painter sculptor tailor hairdresser cleaner caretaker security-guard warehouse-worker lorry-driver bus-driver
    train-driver pilot sailor dock-worker miner welder bricklayer roofer gardener vet beekeeper winemaker
    shepherd cattle-rancher fruit-grower software-developer programmer data-analyst economist historian
    geologist biologist chemist physicist astronomer meteorologist surveyor translator interpreter courier
    postman social-worker care-worker volunteer activist campaigner community-leader councillor trader
    street-vendor market-trader hotel-manager restaurant-owner landlord tenant homeowner commuter""")

#: a wider general vocabulary for background sentences, drawn with a long tail (rare words keep appearing)
GENERAL_EXTRA = _w("""accountability accusation adjustment administration advocacy affordability aftermath
    allegation allocation ambiguity amendment anniversary anxiety apology appetite approval arrangement arrival
    aspiration assurance attention audience authenticity availability awareness balance bankruptcy bargain
    barrier baseline benchmark blueprint boundary breakthrough bureaucracy burden capacity catalyst caution
    ceremony challenge charter circumstance clarification coalition collaboration collapse commentary commission
    compliance compromise confidence confrontation confusion consensus consultation contingency controversy
    cooperation corruption credibility curfew custody deadlock decade deficiency delegation deliberation
    democracy deployment deprivation deterioration devastation dilemma diplomacy disclosure discrepancy
    discretion disruption diversion doctrine downturn drought dwelling efficiency embargo emphasis enforcement
    enthusiasm entitlement erosion escalation estimate exemption exodus expansion expenditure expertise
    exploitation exposure extension fatigue feasibility firmness flexibility footage forecast framework
    frustration fulfilment generosity governance grievance guarantee hardship heritage hesitation hostility
    hypothesis identity ignorance imbalance implementation impunity inadequacy incentive inclusion inconsistency
    indifference inequality inertia infrastructure initiative injustice innovation insistence inspection
    instability integrity intervention intimidation inventory isolation jurisdiction justification landmark
    legacy legitimacy leniency liability livelihood logistics loophole majority mandate maintenance manoeuvre
    memorandum migration milestone misconduct mismanagement mobilisation momentum monopoly morale negligence
    neutrality nuisance obligation obstacle omission optimism outcry outrage oversight ownership paralysis
    patience penalty perception persistence perspective petition phenomenon plight precaution precedent
    predicament premise prevalence priority probe procurement proliferation prosperity provision proximity
    quarantine rationale readiness reassurance recession reconciliation reconstruction redundancy referendum
    rehabilitation reliability reluctance remedy renovation repercussion resentment reservation resilience
    resistance resolve restraint retaliation retreat revenue revision rhetoric rivalry sanction scarcity
    scepticism scrutiny secrecy segregation sentiment settlement shortfall solidarity sovereignty speculation
    stability stagnation stalemate stewardship stigma stimulus subsidy succession sufficiency supervision
    surveillance suspicion sustainability sympathy tension testimony threshold tolerance transparency
    turbulence turmoil ultimatum uncertainty unrest upheaval urgency utility vacancy validity vigilance
    violation visibility vulnerability warrant welfare withdrawal abandon accelerate acknowledge adapt
    administer advocate allege amplify anticipate appease assemble attribute authorise bolster broker
    circumvent clarify collaborate compensate compile comply concede condemn confiscate consolidate
    contemplate contend contradict convene curb curtail defer delegate denounce deplore deter devise diminish
    dismantle dispatch displace disrupt divert downplay embrace endorse enforce entrench escalate exacerbate
    expedite exploit facilitate falter forfeit galvanise hamper hinder implement impose incur inflame
    intensify intervene jeopardise lament levy mitigate mobilise monitor negotiate nullify obstruct overhaul
    oversee postpone pledge prioritise proclaim prolong reaffirm rebuke reconsider rectify reinforce reiterate
    relinquish renounce repeal replenish rescind resume retract revoke safeguard scrap shelve spearhead
    stabilise streamline summon suspend thwart tighten undermine unveil uphold waive withstand abrupt acute
    adamant adverse ambiguous ample arbitrary austere belated bleak blunt candid cautious chronic coherent
    complacent comprehensive conspicuous contentious credible crippling cumbersome decisive defiant deliberate
    dire discreet dismal divisive dormant drastic dubious elaborate elusive eminent erratic exorbitant
    explicit feasible fervent fledgling formidable frail futile grim hasty hefty hostile imminent impartial
    inadequate incessant inconclusive indefinite inevitable inflammatory insufficient intact intricate
    lavish lenient lucrative meagre meticulous momentous negligible notorious obsolete ominous opaque overdue
    paramount pervasive plausible poignant precarious prolonged prominent prudent punitive relentless
    reluctant resilient robust scathing sluggish sombre sporadic staggering stark stringent subdued
    sweeping tenuous unanimous unfounded unprecedented unrelenting unscathed vague vehement viable volatile
    vulnerable wary""")
