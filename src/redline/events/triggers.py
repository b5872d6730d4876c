"""The trigger lexicon: which words signal which PLOVER event, as data.

Three tables, all keyed by lemma so a lookup is one dict access:

- ``VERBS``: verb (and predicate adjective) lemmas. An entry gives a default
  sense and the conditions that change it: a particle ("call off"), a
  preposition ("call for"), the object's word or word group ("lift a
  curfew" vs "impose a curfew"), a crowd as subject ("workers struck").
  ``control`` says how the verb combines with an infinitive complement
  ("refused to recognize" is a refusal of recognition); ``light`` verbs
  take the sense of their event noun ("launched an attack"); ``speech``
  verbs pass their clausal complement on as reported content.
- ``NOUNS``: event nouns ("talks", "sanctions", "refusal"), with the
  modifiers that change them ("hunger strike" vs "air strike"). A ``strong``
  noun is an event on its own; a weak one needs a light verb ("expressed
  concern").
- ``GROUPS``: word groups the conditions refer to as ``@name``.

A sense with type None means "no event" (an explicit exception, e.g.
"declined to comment", "rejected the allegations").
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Sense:
    """What a trigger means: PLOVER type, mode, nearest CAMEO code.

    appeal: for REQUEST, an appeal (urge, call for) rather than a demand.
    """

    type: str | None
    mode: str | None = None
    cameo: str | None = None
    appeal: bool = False


NONE = Sense(None)
# A light particle or preposition: the event is the noun it governs
# ("carry out an attack", "go on strike", "remain on alert").
THROUGH = Sense("@through")

# How a verb combines with an infinitive (xcomp) complement.
COMMIT = "commit"        # agree/promise/offer to X: AGREE (or THREATEN for harm)
INTEND = "intend"        # plan/want/intend to X: like COMMIT, but no event alone
REFUSE = "refuse"        # refuse/decline to X: REJECT
THREAT = "threat"        # threaten to X: THREATEN, mode from X
PREPARE = "prepare"      # prepare to X: MOBILIZE for violence, AGREE for cooperation
FAIL = "fail"            # fail to X: REJECT for cooperation, nothing otherwise
ASPECT = "aspect"        # begin/continue/decide/try to X: X itself
ASK = "ask"              # urge/ask/order Y to X: REQUEST of Y
HYPO = "hypo"            # hope/consider X: nothing is done

# How a verb treats a clausal complement (ccomp).
REPORT = "report"        # say that X: X is reported content
ATTITUDE = "attitude"    # hope/fear/deny that X: X is not asserted
CONSUME = "consume"      # agree/warn/demand that X: the verb's own event covers X


@dataclass(frozen=True, slots=True)
class Entry:
    """A verb's senses; see the module doc. Keys of ``obj`` are lemmas,
    multiword keys ("hunger strike") or ``@group`` names."""

    sense: Sense | None = None
    prt: dict[str, "Sense | Entry"] = field(default_factory=dict)
    prep: dict[str, Sense] = field(default_factory=dict)
    obj: dict[str, Sense] = field(default_factory=dict)
    crowd: Sense | None = None
    subj: dict[str, Sense] = field(default_factory=dict)
    control: str | None = None
    light: bool = False
    speech: str | None = None
    person_obj: Sense | None = None  # sense when the object is an actor ("called Putin")
    needs_obj: bool = False  # the default sense only with a direct object
    oprd: Sense | None = None  # sense with an object complement ("called him a liar")
    partner: bool = False  # a consultation needs a partner ("met X", "talks with X", "the two met")
    crowd_alone: bool = False  # the crowd sense only without an object ("rallied supporters")


@dataclass(frozen=True, slots=True)
class NounEntry:
    """An event noun: its sense, whether it stands alone, modifier overrides."""

    sense: Sense
    strong: bool = False
    mods: dict[str, Sense] = field(default_factory=dict)
    plural_only: bool = False


def S(type_: str | None, mode: str | None = None, cameo: str | None = None,
      appeal: bool = False) -> Sense:
    return Sense(type_, mode, cameo, appeal)


def E(sense: Sense | None = None, **kw) -> Entry:
    return Entry(sense, **kw)


def N(sense: Sense, strong: bool = False, **kw) -> NounEntry:
    return NounEntry(sense, strong, **kw)


def _words(s: str) -> frozenset[str]:
    return frozenset(w.replace("_", " ") for w in s.split())


GROUPS: dict[str, frozenset[str]] = {
    "troops": _words("troop force soldier army unit tank warship ship jet aircraft fighter "
                     "battalion brigade division militia marine personnel contingent "
                     "reinforcement military navy artillery paratrooper commando pilot "
                     "officer recruit cadet platoon squad security_force police_force"),
    "weapons": _words("missile weapon rocket arm warhead bomber drone submarine artillery "
                      "launcher nuclear_weapon"),
    "peacekeepers": _words("peacekeeper peacekeeping_force peacekeeping_troop observer monitor "
                           "inspector weapons_inspector mission peacekeeping_mission"),
    "diplomats": _words("ambassador envoy diplomat consul attache embassy_staff charge_d'affaires"),
    "aid": _words("aid assistance funding fund loan grant credit money food medicine medication "
                  "supply relief help donation shelter vaccine fuel water tent blanket grain "
                  "wheat rice equipment dollar euro good item material ration package "
                  "food_aid humanitarian_aid military_aid economic_aid"),
    "arms": _words("arm weapon ammunition munition rifle gun"),
    "sanctions": _words("sanction embargo tariff blockade economic_sanction trade_embargo "
                        "arms_embargo boycott duty levy"),
    "restrictions": _words("restriction curfew ban measure emergency state_of_emergency siege "
                           "state_of_siege lockdown martial_law control limit limitation "
                           "emergency_measure travel_ban ban_on"),
    "persons": _words("prisoner hostage detainee captive inmate soldier person people man "
                      "woman activist journalist dissident politician leader member national "
                      "citizen refugee child civilian worker student suspect opponent "
                      "official officer crew sailor fisherman tourist captive"),
    "talks": _words("talk negotiation meeting summit dialogue discussion consultation session "
                    "round conference visit trip peace_talk consultation mediation"),
    "agreement": _words("agreement deal accord treaty pact memorandum protocol convention "
                        "charter contract framework understanding settlement resolution "
                        "peace_deal peace_agreement ceasefire cease-fire truce"),
    "proposal": _words("proposal offer plan initiative invitation call appeal request demand "
                       "ultimatum bid suggestion idea resolution motion bill draft "
                       "recommendation condition"),
    "accusation": _words("allegation accusation charge claim report criticism rumor rumour "
                         "suggestion_of finding"),
    "demands": _words("demand condition request call appeal"),
    "ties": _words("tie relation relationship contact link cooperation exchange"),
    "attack": _words("attack strike airstrike air_strike raid assault offensive bombing "
                     "shelling bombardment invasion incursion ambush massacre shooting "
                     "barrage operation military_operation missile_strike drone_strike"),
    "protest": _words("protest demonstration rally march sit-in strike walkout riot picket "
                      "vigil boycott hunger_strike general_strike"),
    "investigation": _words("investigation probe inquiry hearing inquest audit"),
    "ceasefire": _words("ceasefire cease-fire truce armistice"),
    "territory": _words("territory town city village area region land base airport "
                        "settlement district province outpost position hill mosque "
                        "building stronghold bastion headquarters camp port island zone "
                        "control power"),
    "media": _words("newspaper paper publication station broadcaster channel website site "
                    "internet medium media outlet magazine radio television tv agency "
                    "broadcast"),
    "information": _words("information intelligence expertise evidence data technology "
                          "experience knowledge"),
    "comment": _words("comment detail elaboration"),
    "property": _words("building house home village town city bridge road infrastructure office "
                       "car vehicle property crop field plant facility factory school hospital "
                       "mosque church temple shop store market headquarters base camp station "
                       "line pipeline tower dam airport port power_line embassy consulate "
                       "monument statue warehouse depot tank aircraft helicopter ship"),
    "officials": _words("president minister secretary envoy delegation official leader premier "
                        "chancellor king queen prince ambassador diplomat emir sultan pope "
                        "prime_minister foreign_minister secretary-general chief mediator "
                        "negotiator head vice-president governor senator lawmaker"),
}

# Subject words that make a crowd: "workers struck", "protesters blocked roads".
CROWD = _words("protester protestor demonstrator people thousand hundred resident student "
               "worker activist supporter farmer villager citizen crowd youth opponent "
               "union teacher doctor nurse employee miner driver trader shopkeeper "
               "merchant fan mob marcher striker picketer rioter pensioner muslim "
               "christian refugee woman man prisoner inmate demonstration")

# Speech and attitude verbs (their complement is content, not their event).
_REPORT_VERBS = ("say tell announce state add note report claim stress emphasize emphasise "
                 "explain confirm reveal disclose assert argue maintain acknowledge admit "
                 "write quote indicate predict believe think feel conclude insist declare "
                 "reiterate repeat remind recall observe comment remark tweet post "
                 "testify contend signal hint suggest show find know learn understand "
                 "see hear assure promise pledge vow swear recognize recognise realize realise")
_ATTITUDE_VERBS = "hope wish fear worry doubt deny consider propose question wonder speculate"


VERBS: dict[str, Entry] = {}


def _add(words: str, entry: Entry) -> None:
    for w in words.split():
        VERBS[w.replace("_", " ")] = entry


# --- AGREE -----------------------------------------------------------------
_add("agree", E(S("AGREE"), control=COMMIT, speech=CONSUME,
               prep={"with": S("AGREE")}))
_add("promise pledge vow swear", E(S("AGREE"), control=COMMIT, speech=REPORT))
_add("offer", E(S("AGREE"), control=COMMIT,
               obj={"@aid": S("AGREE", "assist"), "@talks": S("AGREE", "meet"),
                    "condolence": NONE, "sympathy": NONE, "prayer": NONE}))
_add("commit", E(S("AGREE"), control=COMMIT,
                obj={"atrocity": S("ASSAULT"), "crime": S("ASSAULT"), "massacre": S("ASSAULT", cameo="20"),
                     "abuse": S("ASSAULT", "beat"), "suicide": NONE, "violation": NONE,
                     "war crime": S("ASSAULT"), "genocide": S("ASSAULT", cameo="20"),
                     "fraud": NONE, "offence": NONE, "offense": NONE, "error": NONE,
                     "mistake": NONE}))
_add("undertake guarantee", E(S("AGREE"), control=COMMIT))
_add("consent", E(S("AGREE"), control=COMMIT))
_add("accept", E(S("AGREE"), control=COMMIT,
                obj={"@demands": S("CONCEDE"), "demand": S("CONCEDE"), "condition": S("CONCEDE"),
                     "refugee": S("AID", "asylum", "075"), "migrant": S("AID", "asylum", "075"),
                     "asylum seeker": S("AID", "asylum", "075"),
                     "responsibility": NONE, "resignation": S("RETREAT", "resign", "0832"),
                     "defeat": S("CONCEDE"), "result": S("CONCEDE"), "apology": S("SUPPORT"),
                     "@talks": S("AGREE", "meet"), "invitation": S("AGREE", "meet")}))
_add("reach clinch broker forge hammer", E(None, obj={"@agreement": S("AGREE", None, "057")}))
_add("conclude seal finalize finalise", E(None, obj={"@agreement": S("SUPPORT", None, "057")}))
_add("intend plan aim want wish expect", E(None, control=INTEND))
_add("seek", E(None, control=INTEND, obj={
    "refuge": S("REQUEST", "assist"), "asylum": S("REQUEST", "assist"),
    "@aid": S("REQUEST", "assist", appeal=True), "support": S("REQUEST", "assist", appeal=True),
    "extradition": S("REQUEST", "change"), "release": S("REQUEST", "yield"),
    "removal": S("REQUEST", "change"), "resignation": S("REQUEST", "change"),
    "compensation": S("REQUEST", "assist"), "talks": S("REQUEST", "meet", appeal=True)}))

# --- CONSULT ---------------------------------------------------------------
_add("meet", E(S("CONSULT"), partner=True, obj={"@demands": S("CONCEDE"), "demand": S("CONCEDE"),
                                  "target": NONE, "need": NONE, "requirement": NONE,
                                  "goal": NONE, "criterion": NONE, "deadline": NONE,
                                  "obligation": NONE, "standard": NONE, "expectation": NONE}))
_add("visit tour", E(S("CONSULT", "visit", "042")))
_add("host", E(S("CONSULT", cameo="043")))
_add("discuss negotiate confer consult", E(S("CONSULT"), speech=None, partner=True))
_add("talk", E(S("CONSULT"), partner=True))
_add("mediate", E(S("CONSULT", "third-party", "045")))
_add("phone telephone", E(S("CONSULT", "phone", "041")))
_add("receive", E(None, obj={"delegation": S("CONSULT", cameo="043"), "envoy": S("CONSULT", cameo="043"),
                             "minister": S("CONSULT", cameo="043"), "president": S("CONSULT", cameo="043"),
                             "ambassador": S("CONSULT", cameo="043"), "mission": S("CONSULT", cameo="043"),
                             "leader": S("CONSULT", cameo="043"), "secretary": S("CONSULT", cameo="043"),
                             "counterpart": S("CONSULT", cameo="043"), "aid": S("AID")}))

# --- SUPPORT ---------------------------------------------------------------
_add("support back endorse", E(S("SUPPORT", cameo="051")))
_add("praise commend hail applaud laud salute", E(S("SUPPORT", cameo="051")))
_add("welcome", E(S("SUPPORT", cameo="051")))
_add("congratulate thank", E(S("SUPPORT", cameo="051")))
_add("defend", E(S("SUPPORT", cameo="052")))
_add("recognize recognise", E(S("SUPPORT", cameo="054")))
_add("apologize apologise", E(S("SUPPORT", cameo="055")))
_add("ratify", E(S("SUPPORT", cameo="057")))
_add("approve", E(S("SUPPORT", cameo="051")))
_add("sign", E(None, obj={"@agreement": S("SUPPORT", cameo="057"), "law": NONE, "decree": NONE,
                          "order": NONE, "bill": NONE, "petition": S("ACCUSE", "disapprove")}))
_add("establish restore upgrade normalize normalise resume strengthen deepen improve",
     E(None, obj={"@ties": S("SUPPORT", cameo="05"), "@talks": S("CONSULT"),
                  "@troops": S("MOBILIZE", "troops"), "aid": S("AID")}))
_add("reaffirm", E(None, obj={"commitment": S("SUPPORT"), "support": S("SUPPORT")}))
_add("express voice reiterate renew", E(None, light=True, speech=REPORT))
_add("side", E(None, prep={"with": S("SUPPORT")}))
_add("stand", E(None, prep={"with": S("SUPPORT"), "by": S("SUPPORT")}))

# --- CONCEDE ---------------------------------------------------------------
_add("concede", E(S("CONCEDE"), speech=REPORT, prep={"to": S("CONCEDE")}))
_add("ease relax loosen", E(None, obj={"@restrictions": S("CONCEDE", cameo="081"),
                                       "@sanctions": S("RETREAT", cameo="085"),
                                       "pressure": NONE, "tension": NONE}))
_add("lift", E(None, obj={"@restrictions": S("CONCEDE", cameo="081"),
                          "@sanctions": S("RETREAT", cameo="085"),
                          "siege": S("RETREAT", cameo="0872")}))
_add("revoke rescind repeal overturn annul", E(None, obj={"@restrictions": S("CONCEDE", cameo="081"),
                                                           "@sanctions": S("RETREAT", cameo="085"),
                                                           "@agreement": S("SANCTION", "sever")}))
_add("pardon amnesty", E(S("CONCEDE")))
_add("accede yield relent capitulate compromise", E(S("CONCEDE"), prep={"to": S("CONCEDE")}))
_add("bow", E(None, prep={"to": S("CONCEDE")}))
_add("back", E(S("SUPPORT", cameo="051"), prt={"down": S("CONCEDE"), "off": S("CONCEDE"),
                                               "out": S("REJECT")}))
_add("drop", E(None, obj={"charge": S("CONCEDE"), "demand": S("CONCEDE"), "objection": S("CONCEDE"),
                          "claim": S("CONCEDE"), "opposition": S("CONCEDE"), "case": S("CONCEDE"),
                          "bomb": S("ASSAULT", "explosives", "195")}))
_add("abandon renounce forsake", E(None, obj={"demand": S("CONCEDE"), "claim": S("CONCEDE"),
                                              "plan": S("CONCEDE"), "opposition": S("CONCEDE")}))

# --- COOPERATE -------------------------------------------------------------
_add("cooperate collaborate", E(S("COOPERATE")))
_add("share", E(None, obj={"@information": S("COOPERATE", cameo="064")}))
_add("extradite", E(S("COOPERATE", cameo="063")))
_add("hand", E(None, prt={"over": E(S("COOPERATE", cameo="063"), obj={
    "@aid": S("AID"), "@arms": S("RETREAT", "disarm", "0873"),
    "@territory": S("RETREAT", "withdraw", "0874"), "power": S("RETREAT", "resign", "0832"),
    "control": S("RETREAT", "withdraw", "0874"), "body": S("RETREAT", "return", "0842"),
    "remains": S("RETREAT", "return", "0842"), "prisoner": S("RETREAT", "release", "0841"),
    "hostage": S("RETREAT", "release", "0841"), "letter": NONE, "document": NONE,
    "report": NONE, "list": NONE, "petition": S("ACCUSE", "disapprove", "114")})}))
_add("trade invest", E(S("COOPERATE", cameo="061")))
_add("exchange", E(None, obj={"@information": S("COOPERATE", cameo="064"),
                              "prisoner": S("RETREAT", "release", "0841"),
                              "@persons": S("RETREAT", "release", "0841")}))

# --- AID -------------------------------------------------------------------
# What is handed over decides: money, arms and relief are aid; words are not.
_NOT_GOODS = {w: NONE for w in (
    "speech statement message interview address lecture briefing account detail explanation "
    "testimony answer reply opinion view assurance signal indication example impression "
    "chance opportunity time birth way rise priority notice name title thought consideration "
    "attention update reason hint nod talk presentation performance concert sermon verdict "
    "ruling judgment judgement sentence evidence information data figure number estimate "
    "letter note condolence greeting regard thanks blessing hug kiss ovation welcome "
    "reception seat vote boost edge lead advantage push impetus momentum "
    "interpretation description summary overview picture sense idea insight advice "
    "guidance instruction order command mandate go-ahead assessment analysis lesson tour "
    "ride lift hand break shot try go look call ring appeal request month year week day "
    "hour minute life term credit point second minute glimpse preview").split()}
_MONEY = {w: S("AID", "economic", "071") for w in (
    "money fund funding loan grant credit dollar euro pound yen million billion "
    "trillion budget cash payment subsidy investment donation contribution financing "
    "$ € £").split()}
_GOODS = {**_NOT_GOODS, **_MONEY,
          "@arms": S("AID", "military", "072"), "equipment": S("AID", "military", "072"),
          "vehicle": S("AID", "military", "072"), "training": S("AID", "military", "072"),
          "asylum": S("AID", "asylum", "075"), "refuge": S("AID", "asylum", "075"),
          "shelter": S("AID", "asylum", "075"),
          "@peacekeepers": S("AID", "military", "072"),
          "support": S("AID"), "access": S("RETREAT", "access", "086"),
          "permission": S("RETREAT", "access", "086"),
          "@information": S("COOPERATE", cameo="064"),
          "food": S("AID", "humanitarian", "073"), "medicine": S("AID", "humanitarian", "073"),
          "@aid": S("AID")}
# Default: anything else handed over (supplies, a team of doctors) is aid.
_add("provide deliver supply airlift contribute allocate disburse channel distribute earmark "
     "donate", E(S("AID"), obj=_GOODS, needs_obj=True))
_add("contribute", E(S("AID"), obj=_GOODS))
_add("give", E(S("AID"), prt={"in": S("CONCEDE"), "up": S("CONCEDE"), "back": S("RETREAT", "return", "0842")},
               obj={**_GOODS, "amnesty": S("CONCEDE"), "pardon": S("CONCEDE"),
                    "ultimatum": S("THREATEN", cameo="139"), "warning": S("THREATEN"),
                    "deadline": S("THREATEN", cameo="139"),
                    "approval": S("SUPPORT"), "backing": S("SUPPORT"), "green light": S("SUPPORT"),
                    "recognition": S("SUPPORT", cameo="054")}, needs_obj=True))
_add("send dispatch ship", E(S("AID"), obj={**_GOODS,
                          "@troops": S("MOBILIZE", "troops", "154"),
                          "@weapons": S("MOBILIZE", "weapons", "152"),
                          "@arms": S("AID", "military", "072"),
                          "@peacekeepers": S("AID", "military", "072"),
                          "delegation": S("CONSULT", "visit", "042"),
                          "envoy": S("CONSULT", "visit", "042"),
                          "@diplomats": S("CONSULT", "visit", "042"),
                          "signal": NONE, "email": NONE, "tweet": NONE, "text": NONE,
                          "invitation": NONE, "invite": NONE, "card": NONE, "flower": NONE,
                          "wave": NONE, "shockwave": NONE, "chill": NONE, "shiver": NONE,
                          "price": NONE, "share": NONE, "stock": NONE, "team": S("AID"),
                          "@persons": NONE}, needs_obj=True))

_add("aid assist", E(S("AID")))
_add("donate", E(S("AID")))
_add("grant", E(None, obj={"@aid": S("AID"), "asylum": S("AID", "asylum", "075"),
                           "refuge": S("AID", "asylum", "075"),
                           "amnesty": S("CONCEDE"), "pardon": S("CONCEDE"),
                           "independence": S("CONCEDE"), "autonomy": S("CONCEDE"),
                           "concession": S("CONCEDE"), "access": S("RETREAT", "access", "086"),
                           "permission": S("RETREAT", "access", "086"),
                           "recognition": S("SUPPORT", cameo="054")}))
_add("fund finance bankroll subsidize subsidise lend", E(S("AID", "economic", "071")))
_add("rescue shelter feed", E(S("AID", "humanitarian", "073")))
_add("evacuate", E(S("AID", "humanitarian", "073"),
                   obj={"@territory": S("RETREAT", "withdraw", "0874"),
                        "settlement": S("RETREAT", "withdraw", "0874"),
                        "@troops": S("RETREAT", "withdraw", "0874")}))
_add("train equip arm", E(None, obj={"@troops": S("AID", "military", "072"),
                                     "police": S("AID", "military", "072"),
                                     "rebel": S("AID", "military", "072"),
                                     "fighter": S("AID", "military", "072"),
                                     "militant": S("AID", "military", "072")}))
_add("pay", E(None, light=True, obj={"compensation": S("RETREAT", "return", "0842"),
                         "reparation": S("RETREAT", "return", "0842"),
                         "@aid": S("AID", "economic", "071"), "tribute": S("SUPPORT")}))

# --- RETREAT ---------------------------------------------------------------
_add("withdraw", E(S("RETREAT", "withdraw", "0874"),
                   obj={"@peacekeepers": S("SANCTION", "withdraw", "166"),
                        "@diplomats": S("SANCTION", "withdraw", "166"),
                        "@aid": S("SANCTION", "withdraw", "162"),
                        "support": S("SANCTION", "withdraw", "162"),
                        "recognition": S("SANCTION", "withdraw", "161"),
                        "funding": S("SANCTION", "withdraw", "162"),
                        "@troops": S("RETREAT", "withdraw", "0874"),
                        "candidacy": S("RETREAT", "resign", "0832"),
                        "bid": S("RETREAT", "resign", "0832"),
                        "complaint": S("CONCEDE"), "charge": S("CONCEDE"),
                        "application": S("CONCEDE"), "request": S("CONCEDE"),
                        "proposal": S("CONCEDE"), "bill": S("CONCEDE")},
                   prep={"from": S("RETREAT", "withdraw", "0874")}))
_add("pull", E(None, prt={"out": S("RETREAT", "withdraw", "0874"),
                          "back": S("RETREAT", "withdraw", "0874")}))
_add("retreat cede", E(S("RETREAT", "withdraw", "0874")))
_add("arrive land", E(None, subj={"@peacekeepers": S("AID", "military", "072"),
                                  "@troops": S("MOBILIZE", "troops", "154"),
                                  "@officials": S("CONSULT", "visit", "042")}))
_add("release free", E(S("RETREAT", "release", "0841"),
                       obj={"report": NONE, "statement": NONE, "video": NONE, "data": NONE,
                            "figure": NONE, "detail": NONE, "document": NONE, "footage": NONE,
                            "image": NONE, "photo": NONE, "picture": NONE, "list": NONE,
                            "result": NONE, "recording": NONE, "tape": NONE, "record": NONE,
                            "plan": NONE, "album": NONE, "film": NONE, "book": NONE,
                            "information": NONE, "text": NONE, "transcript": NONE,
                            "finding": NONE, "version": NONE, "budget": NONE, "fund": S("AID"),
                            "@aid": S("AID")}))
_add("return repatriate", E(S("RETREAT", "return", "0842"), needs_obj=True, obj={"favor": NONE, "favour": NONE,
                                       "call": NONE, "serve": NONE, "ball": NONE, "verdict": NONE,
                                       "home": NONE, "power": NONE, "office": NONE, "seat": NONE,
                                       "profit": NONE, "gaze": NONE, "compliment": NONE,
                                       "artifact": S("RETREAT", "return", "0842"),
                                       "artefact": S("RETREAT", "return", "0842"),
                                       "antiquity": S("RETREAT", "return", "0842"),
                                       "property": S("RETREAT", "return", "0842"),
                                       "remains": S("RETREAT", "return", "0842"),
                                       "body": S("RETREAT", "return", "0842"),
                                       "@territory": S("RETREAT", "return", "0842"),
                                       "@arms": S("RETREAT", "disarm", "0873"),
                                       "@persons": S("RETREAT", "release", "0841"),
                                       "helicopter": S("RETREAT", "return", "0842"),
                                       "aircraft": S("RETREAT", "return", "0842"),
                                       "ship": S("RETREAT", "return", "0842"),
                                       "vessel": S("RETREAT", "return", "0842"),
                                       "asset": S("RETREAT", "return", "0842"),
                                       "money": S("RETREAT", "return", "0842"),
                                       "fire": S("ASSAULT", "firearms", "193")}))
_add("let", E(None, obj={"free": S("RETREAT", "release", "0841")},
              prt={"go": S("RETREAT", "release", "0841"), "out": S("RETREAT", "release", "0841")}))
_add("disarm demobilize demobilise decommission", E(S("RETREAT", "disarm", "0873")))
_add("lay", E(None, prt={"down": S("RETREAT", "disarm", "0873")}))
_add("surrender", E(S("RETREAT", "withdraw", "0874"), obj={"@arms": S("RETREAT", "disarm", "0873")}))
_add("resign abdicate", E(S("RETREAT", "resign", "0832")))
_add("step", E(None, prt={"down": S("RETREAT", "resign", "0832"),
                          "aside": S("RETREAT", "resign", "0832"),
                          "up": THROUGH}))
_add("allow permit", E(None, obj={"access": S("RETREAT", "access", "086"),
                                  "entry": S("RETREAT", "access", "086"),
                                  "@peacekeepers": S("RETREAT", "access", "086"),
                                  "@aid": S("RETREAT", "access", "086"),
                                  "convoy": S("RETREAT", "access", "086"),
                                  "delivery": S("RETREAT", "access", "086"),
                                  "worker": S("RETREAT", "access", "086"),
                                  "visit": S("RETREAT", "access", "086"),
                                  "agency": S("RETREAT", "access", "086")}))
_add("observe respect honor honour", E(None, obj={"@ceasefire": S("RETREAT", "ceasefire", "0871")}))
_add("reopen open", E(None, obj={"border": S("RETREAT", "access", "086"),
                                 "crossing": S("RETREAT", "access", "086"),
                                 "airspace": S("RETREAT", "access", "086"),
                                 "corridor": S("RETREAT", "access", "086"),
                                 "embassy": S("SUPPORT", cameo="05"),
                                 "@talks": S("CONSULT"),
                                 "@investigation": S("ACCUSE", "investigate", "090"),
                                 "case": S("ACCUSE", "investigate", "090"),
                                 "fire": S("ASSAULT", "firearms", "193")}))
_add("halt stop end cease suspend freeze", E(None, obj={
    "work": S("PROTEST", "strike-lim", "143"), "tax": S("RETREAT", cameo="085"),
    "@attack": S("RETREAT", "ceasefire", "0871"), "fighting": S("RETREAT", "ceasefire", "0871"),
    "hostility": S("RETREAT", "ceasefire", "0871"), "war": S("RETREAT", "ceasefire", "0871"),
    "violence": S("RETREAT", "ceasefire", "0871"), "fire": S("RETREAT", "ceasefire", "0871"),
    "@protest": S("CONCEDE"), "@aid": S("SANCTION", "sever", "162"),
    "@talks": S("SANCTION", "cancel", "164"), "@ties": S("SANCTION", "sever", "161"),
    "flight": S("SANCTION", "sever", "163"), "link": S("SANCTION", "sever", "161"),
    "trade": S("SANCTION", "sever", "163"), "import": S("SANCTION", "sever", "163"),
    "export": S("SANCTION", "sever", "163"), "membership": S("SANCTION", "expel", "166"),
    "asset": S("SANCTION", "sever", "163"), "account": S("SANCTION", "sever", "163"),
    "@media": S("COERCE", "censor", "1721"), "@sanctions": S("RETREAT", cameo="085"),
    "@restrictions": S("CONCEDE", cameo="081"), "occupation": S("RETREAT", "withdraw", "0874"),
    "visa": S("SANCTION", "sever", "161"), "deliveries": S("SANCTION", "sever", "162"),
    "delivery": S("SANCTION", "sever", "162"), "shipment": S("SANCTION", "sever", "162"),
    "program": S("SANCTION", "sever", "162"), "programme": S("SANCTION", "sever", "162"),
    "funding": S("SANCTION", "sever", "162"), "payment": S("SANCTION", "sever", "162")}))

# --- REQUEST ---------------------------------------------------------------
_add("demand", E(S("REQUEST"), control=ASK, speech=CONSUME,
                                prep={"from": S("REQUEST")}))
_add("order", E(S("REQUEST"), control=ASK, light=True,
                obj={"patrol": S("MOBILIZE", "police", "153"), "@troops": S("MOBILIZE", "troops", "154"),
                     "evacuation": S("AID", "humanitarian", "073")}))
_add("plead", E(None, prep={"for": S("REQUEST", appeal=True), "with": S("REQUEST", appeal=True)}))
_add("urge appeal ask request press beg petition lobby implore exhort",
     E(S("REQUEST", appeal=True), control=ASK, speech=CONSUME,
       obj={"question": NONE}, prep={"about": NONE}))
_add("push", E(None, prep={"for": S("REQUEST", appeal=True)}, control=ASK))
_add("call", E(None, oprd=S("ACCUSE", "disapprove", "111"),
               prep={"for": S("REQUEST", appeal=True), "on": S("REQUEST", appeal=True),
                           "upon": S("REQUEST", appeal=True)},
               prt={"off": S("CONCEDE")}, control=ASK,
               obj={"@protest": S("PROTEST"), "@ceasefire": S("RETREAT", "ceasefire", "0871"),
                    "election": NONE, "meeting": NONE, "vote": NONE, "referendum": NONE,
                    "session": NONE, "summit": NONE, "conference": NONE},
               person_obj=S("CONSULT", "phone", "041")))
_add("summon", E(S("ACCUSE", "disapprove", "114")))

# --- ACCUSE ----------------------------------------------------------------
_add("accuse blame fault", E(S("ACCUSE", "disapprove", "112")))
_add("criticize criticise condemn denounce decry deplore slam blast rebuke censure chide "
     "reproach castigate lambast lambaste berate assail disparage vilify",
     E(S("ACCUSE", "disapprove", "111")))
_add("charge indict prosecute", E(S("ACCUSE", "disapprove", "112"),
                                  obj={"fee": NONE, "price": NONE, "battery": NONE}))
_add("allege", E(S("ACCUSE", "disapprove", "112"), speech=CONSUME))
_add("complain object disapprove", E(S("ACCUSE", "disapprove", "114"), speech=CONSUME))
_add("sue", E(S("ACCUSE", "disapprove", "115")))
_add("file lodge bring", E(None, obj={"lawsuit": S("ACCUSE", "disapprove", "115"),
                                      "suit": S("ACCUSE", "disapprove", "115"),
                                      "complaint": S("ACCUSE", "disapprove", "114"),
                                      "charge": S("ACCUSE", "disapprove", "112"),
                                      "case": S("ACCUSE", "disapprove", "115"),
                                      "protest": S("ACCUSE", "disapprove", "114"),
                                      "petition": S("ACCUSE", "disapprove", "114")}))
_add("investigate probe interrogate", E(S("ACCUSE", "investigate", "090")))
_add("look", E(None, prep={"into": S("ACCUSE", "investigate", "090")}))
_add("protest", E(S("ACCUSE", "disapprove", "114"), crowd=S("PROTEST", "demo", "141")))
_add("lash", E(None, prt={"out": S("ACCUSE", "disapprove", "111")}))
_add("warn", E(S("THREATEN", cameo="130"), control=THREAT, speech=CONSUME))

# --- REJECT ----------------------------------------------------------------
# Rejecting an accusation is a denial (a comment, CAMEO 016), not a refusal.
_add("reject refute rebut", E(S("REJECT"), obj={"@accusation": NONE, "accusation": NONE,
                                   "charge": NONE, "claim": NONE, "allegation": NONE,
                                   "report": NONE, "characterization": NONE,
                                   "invitation": S("REJECT", "meet", "125"),
                                   "@talks": S("REJECT", "meet", "125")}))
_add("refuse", E(S("REJECT"), control=REFUSE))
_add("decline", E(None, control=REFUSE, obj={"invitation": S("REJECT", "meet", "125"),
                                            "offer": S("REJECT"), "request": S("REJECT"),
                                            "@comment": NONE}))
_add("veto", E(S("REJECT", cameo="129")))
_add("oppose", E(S("REJECT")))
_add("turn", E(None, prt={"down": S("REJECT")}))
_add("rule", E(None, prt={"out": S("REJECT")}))
_add("dismiss", E(None, obj={"@proposal": S("REJECT"), "@demands": S("REJECT"),
                             "@accusation": NONE}))
_add("renege", E(S("REJECT")))
_add("defy flout disobey", E(S("REJECT", cameo="128")))
_add("resist", E(S("REJECT")))
_add("snub spurn rebuff", E(S("REJECT")))
_add("deny", E(None, speech=ATTITUDE, obj={"access": S("REJECT"), "entry": S("REJECT"),
                                          "visa": S("REJECT"), "permission": S("REJECT"),
                                          "request": S("REJECT"), "asylum": S("REJECT"),
                                          "landing": S("REJECT")}))
_add("fail", E(None, control=FAIL))
_add("withhold", E(None, obj={"@aid": S("SANCTION", "sever", "162"),
                              "recognition": S("REJECT"), "support": S("REJECT"),
                              "approval": S("REJECT"), "consent": S("REJECT"),
                              "water": S("COERCE", "withhold"), "food": S("COERCE", "withhold"),
                              "electricity": S("COERCE", "withhold")}))
_add("violate breach break", E(S("REJECT", cameo="128"),
                               obj={"@ceasefire": S("ASSAULT", cameo="196"),
                                    "airspace": S("ASSAULT", cameo="19"),
                                    "border": S("ASSAULT", cameo="19"),
                                    "@ties": S("SANCTION", "sever", "161"),
                                    "silence": NONE, "record": NONE, "news": NONE,
                                    "story": NONE, "ground": NONE, "deadlock": NONE,
                                    "stalemate": NONE, "impasse": NONE, "heart": NONE,
                                    "leg": NONE, "arm": NONE, "siege": S("ASSAULT")},
                               prt={"off": S("SANCTION", "sever", "161"), "up": NONE,
                                    "out": NONE, "down": NONE, "into": NONE, "through": NONE}))
_add("block", E(S("REJECT"), crowd=S("PROTEST", "obstruct", "144"),
                obj={"road": S("COERCE", "restrict", "1721"), "street": S("COERCE", "restrict", "1721"),
                     "highway": S("COERCE", "restrict", "1721"), "access": S("COERCE", "restrict", "1721"),
                     "@media": S("COERCE", "censor", "1721"), "border": S("COERCE", "restrict", "1721")}))

# --- THREATEN --------------------------------------------------------------
_add("threaten", E(S("THREATEN", cameo="130"), control=THREAT))
_add("issue", E(None, light=True, speech=REPORT))
_add("menace", E(S("THREATEN", cameo="130")))

# --- PROTEST ---------------------------------------------------------------
_add("demonstrate rally march picket riot", E(None, crowd=S("PROTEST", "demo", "141"),
                                              crowd_alone=True))
_add("boycott", E(S("PROTEST", "boycott", "143")))
_add("strike", E(S("ASSAULT", cameo="195"), crowd=S("PROTEST", "strike-lim", "143"),
                 obj={"@agreement": S("AGREE", None, "057"), "balance": NONE,
                      "chord": NONE, "note": NONE, "tone": NONE, "blow": NONE,
                      "pose": NONE, "match": NONE}))
_add("stage hold organize organise lead join launch mount conduct", E(None, light=True,
     prep={"as": THROUGH, "for": THROUGH, "on": THROUGH, "in": THROUGH},
     obj={"election": NONE, "vote": NONE, "referendum": NONE, "@agreement": NONE,
          "power": NONE, "office": NONE, "seat": NONE, "position": NONE, "post": NONE,
          "job": NONE, "view": NONE, "opinion": NONE, "belief": NONE, "record": NONE,
          "hostage": S("ASSAULT", "abduct", "181"),
          "shield": S("COERCE", cameo="184"), "human shield": S("COERCE", cameo="184"),
          "patrol": S("MOBILIZE", "police", "153"), "exercise": S("MOBILIZE", "weapons", "152"),
          "drill": S("MOBILIZE", "weapons", "152"), "maneuver": S("MOBILIZE", "weapons", "152"),
          "manoeuvre": S("MOBILIZE", "weapons", "152"),
          "joint exercise": S("COOPERATE", cameo="062"), "joint drill": S("COOPERATE", cameo="062")}))
_add("go", E(None, prep={"on": THROUGH}))
_add("take", E(None, light=True, obj={"hostage": S("ASSAULT", "abduct", "181"),
                                      "control": S("ASSAULT", cameo="192"),
                                      "custody": S("COERCE", "arrest", "173"),
                                      "step": NONE, "action": NONE,
                                      "office": NONE, "power": NONE}))
_add("occupy", E(S("ASSAULT", cameo="192"), crowd=S("PROTEST", "obstruct", "144")))
_add("blockade besiege", E(S("ASSAULT", cameo="191"), crowd=S("PROTEST", "obstruct", "144")))
_add("burn torch", E(S("COERCE", None, "1712"), crowd=S("PROTEST", "riot", "145"),
                     obj={"flag": S("PROTEST", "demo", "141"), "effigy": S("PROTEST", "demo", "141")}))

# --- SANCTION --------------------------------------------------------------
_add("sanction embargo", E(S("SANCTION", "sever", "163")))
_add("impose slap levy", E(None, light=True, obj={
    "@sanctions": S("SANCTION", "sever", "163"), "tariff": S("SANCTION", "sever", "163"),
    "duty": S("SANCTION", "sever", "163"), "fine": S("SANCTION", "sever", "163"),
    "penalty": S("SANCTION", "sever", "163"), "curfew": S("COERCE", "curfew", "1723"),
    "ban": S("COERCE", "ban", "1722"), "@restrictions": S("COERCE", "restrict", "1721"),
    "martial law": S("COERCE", "martial-law", "1724"), "lockdown": S("COERCE", "curfew", "1723"),
    "emergency": S("COERCE", "martial-law", "1724"),
    "state of emergency": S("COERCE", "martial-law", "1724"),
    "blockade": S("ASSAULT", cameo="191"), "siege": S("ASSAULT", cameo="191"),
    "tax": NONE, "limit": S("COERCE", "restrict", "1721")}))
_add("cut", E(None, prt={"off": S("SANCTION", "sever", "161")},
              obj={"@ties": S("SANCTION", "sever", "161"), "@aid": S("SANCTION", "sever", "162"),
                   "@sanctions": S("RETREAT", cameo="085"), "tax": S("RETREAT", cameo="085"),
                   "funding": S("SANCTION", "sever", "162"), "supply": S("SANCTION", "sever", "162"),
                   "water": S("COERCE", "withhold"), "electricity": S("COERCE", "withhold"),
                   "power": S("COERCE", "withhold"), "internet": S("COERCE", "censor", "1721")}))
_add("sever", E(S("SANCTION", "sever", "161")))
_add("reduce slash lower remove scale trim", E(None, obj={
    "@sanctions": S("RETREAT", cameo="085"), "tax": S("RETREAT", cameo="085"),
    "@restrictions": S("CONCEDE", cameo="081"), "@aid": S("SANCTION", "sever", "162"),
    "funding": S("SANCTION", "sever", "162"), "@ties": S("SANCTION", "sever", "161"),
    "@troops": S("RETREAT", "withdraw", "0874"), "presence": S("RETREAT", "withdraw", "0874")},
    prt={"back": THROUGH}))
_add("roll", E(None, prt={"back": E(None, obj={"@sanctions": S("RETREAT", cameo="085"),
                                               "@restrictions": S("CONCEDE", cameo="081")})}))
_add("extend renew prolong tighten expand toughen broaden widen", E(None, obj={
    "@restrictions": S("COERCE", "restrict", "1721"), "curfew": S("COERCE", "curfew", "1723"),
    "@sanctions": S("SANCTION", "sever", "163"), "@ceasefire": S("RETREAT", "ceasefire", "0871"),
    "@aid": S("AID"), "@ties": S("SUPPORT", cameo="05"), "@troops": S("MOBILIZE", "troops", "154"),
    "deployment": S("MOBILIZE", "troops", "154"), "presence": S("MOBILIZE", "troops", "154")}))
_add("increase boost", E(None, obj={"@troops": S("MOBILIZE", "troops", "154"),
                                    "@aid": S("AID"), "presence": S("MOBILIZE", "troops", "154"),
                                    "@sanctions": S("SANCTION", "sever", "163")}))
_add("downgrade", E(None, obj={"@ties": S("SANCTION", "sever", "161")}))
_add("recall", E(None, speech=REPORT, obj={"@diplomats": S("SANCTION", "withdraw", "161")}))
_add("expel", E(S("COERCE", "deport", "174"), obj={"@diplomats": S("SANCTION", "expel", "166"),
                                                   "@peacekeepers": S("SANCTION", "expel", "166"),
                                                   "agency": S("SANCTION", "expel", "166"),
                                                   "organization": S("SANCTION", "expel", "166"),
                                                   "organisation": S("SANCTION", "expel", "166"),
                                                   "ngo": S("SANCTION", "expel", "166"),
                                                   "mission": S("SANCTION", "expel", "166")}))
_add("cancel postpone", E(None, obj={
    "@talks": S("SANCTION", "cancel", "164"), "@agreement": S("SANCTION", "sever", "161"),
    "@restrictions": S("CONCEDE", cameo="081"), "@protest": S("CONCEDE"),
    "@sanctions": S("RETREAT", cameo="085"), "contract": S("SANCTION", "sever", "163"),
    "flight": S("SANCTION", "sever", "163"), "visa": S("SANCTION", "sever", "161")}))
_add("terminate scrap", E(None, obj={"@agreement": S("SANCTION", "sever", "161"),
                                     "@ties": S("SANCTION", "sever", "161"),
                                     "contract": S("SANCTION", "sever", "163")}))
_LEAVE = dict(obj={"alliance": S("SANCTION", "withdraw", "166"),
                                "union": S("SANCTION", "withdraw", "166"),
                                "organization": S("SANCTION", "withdraw", "166"),
                                "@agreement": S("SANCTION", "withdraw", "166"),
                                "@talks": S("SANCTION", "cancel", "164"),
                                "post": S("RETREAT", "resign", "0832"),
                                "office": S("RETREAT", "resign", "0832"),
                                "job": S("RETREAT", "resign", "0832"),
                                "government": S("RETREAT", "resign", "0832"),
                                "coalition": S("SANCTION", "withdraw", "166")})
_add("leave", E(None, **_LEAVE))
_add("quit", E(S("RETREAT", "resign", "0832"), **_LEAVE))
_add("convict", E(S("SANCTION", "convict")))
_FORCE_OUT = E(S("SANCTION", "expel", "166"), obj={"@persons": S("COERCE", "deport", "174"),
                                                  "family": S("COERCE", "deport", "174"),
                                                  "resident": S("COERCE", "deport", "174")})
_add("ship force kick drive", E(None, prt={"out": _FORCE_OUT}, prep={"out": _FORCE_OUT}))

# --- MOBILIZE --------------------------------------------------------------
_add("mobilize mobilise", E(S("MOBILIZE", "troops", "154"), obj={"support": S("SUPPORT"),
                                                                 "group": S("SUPPORT"),
                                                                 "resource": NONE, "fund": NONE}))
_add("deploy station", E(S("MOBILIZE", "troops", "154"),
                         obj={"@peacekeepers": S("AID", "military", "072"),
                              "@weapons": S("MOBILIZE", "weapons", "152"),
                              "police": S("MOBILIZE", "police", "153")}))
_add("mass amass", E(None, obj={"@troops": S("MOBILIZE", "troops", "154"),
                                "division": S("MOBILIZE", "troops", "154")}))
_add("reinforce bolster beef intensify", E(None, light=True, prt={"up": THROUGH}, obj={"@troops": S("MOBILIZE", "troops", "154"),
                                            "presence": S("MOBILIZE", "troops", "154"),
                                            "security": S("MOBILIZE", "police", "153")}))
_add("move", E(None, control=ASPECT, obj={"@troops": S("MOBILIZE", "troops", "154")}))
_add("prepare", E(None, control=PREPARE))
_add("test", E(None, obj={"missile": S("MOBILIZE", "weapons", "152"),
                          "@weapons": S("MOBILIZE", "weapons", "152"),
                          "bomb": S("MOBILIZE", "weapons", "152")}))
_add("remain put place stay keep", E(None, prep={"on": THROUGH, "under": THROUGH}))
_add("gather convene assemble meet_up", E(None, prep={"for": THROUGH}))
_add("attend", E(None, obj={"@talks": S("CONSULT", "multilateral", "044"),
                            "@protest": S("PROTEST", "demo", "141")}))
_add("use employ", E(None, prep={"as": THROUGH}, obj={"tear gas": S("COERCE", "restrict", "175"),
                                                      "teargas": S("COERCE", "restrict", "175"),
                                                      "force": S("COERCE", "restrict", "175")}))
_add("speed accelerate expedite hasten", E(None, light=True, prt={"up": THROUGH}))

# --- COERCE ----------------------------------------------------------------
_add("arrest detain jail imprison apprehend incarcerate intern", E(S("COERCE", "arrest", "173")))
_add("sentence", E(S("COERCE", "arrest", "173")))
_add("round", E(None, prt={"up": S("COERCE", "arrest", "173")}))
_add("ban outlaw proscribe", E(S("COERCE", "ban", "1722"),
                               obj={"import": S("SANCTION", "sever", "163"),
                                    "export": S("SANCTION", "sever", "163"),
                                    "flight": S("SANCTION", "sever", "163"),
                                    "product": S("SANCTION", "sever", "163"),
                                    "@media": S("COERCE", "censor", "1721")}))
_add("deport evict", E(S("COERCE", "deport", "174")))
_add("confiscate expropriate nationalize nationalise impound", E(S("COERCE", "confiscate", "1711")))
_add("seize", E(S("COERCE", "confiscate", "1711"), obj={"@territory": S("ASSAULT", cameo="192"),
                                                        "power": S("ASSAULT", cameo="192")}))
_add("capture", E(S("COERCE", "arrest", "173"), obj={"@territory": S("ASSAULT", cameo="192")}))
_add("censor", E(S("COERCE", "censor", "1721")))
_add("shut close", E(None, prt={"down": S("COERCE", "censor", "1721")},
                     obj={"@media": S("COERCE", "censor", "1721"),
                          "border": S("COERCE", "restrict", "1721"),
                          "embassy": S("SANCTION", "sever", "161"),
                          "consulate": S("SANCTION", "sever", "161"),
                          "airspace": S("COERCE", "restrict", "1721")}))
_add("declare", E(None, light=True, speech=REPORT, obj={
    "emergency": S("COERCE", "martial-law", "1724"),
    "state of emergency": S("COERCE", "martial-law", "1724"),
    "state of siege": S("COERCE", "martial-law", "1724"),
    "siege": S("COERCE", "martial-law", "1724"),
    "martial law": S("COERCE", "martial-law", "1724"),
    "curfew": S("COERCE", "curfew", "1723"),
    "war": S("ASSAULT", cameo="190"), "independence": NONE,
    "victory": NONE}))
_add("crack clamp", E(None, prt={"down": S("COERCE", "restrict", "1721")}))
_add("suppress repress quell", E(S("COERCE", "restrict", "175")))
_add("prevent bar", E(None, obj={"@protest": S("COERCE", "restrict", "1721"),
                                 "@persons": S("COERCE", "restrict", "1721"),
                                 "candidate": S("COERCE", "ban", "1722"),
                                 "entry": S("COERCE", "restrict", "1721")}))
_add("disperse", E(S("COERCE", "restrict", "175")))
_add("restrict curb harass intimidate", E(S("COERCE", "restrict", "1721")))
# Destroying property is CAMEO 1712, a coercion (and so coded in PLOVER's GSR).
_add("demolish raze bulldoze destroy wreck vandalize vandalise loot ransack",
     E(None, obj={"@property": S("COERCE", None, "1712"), "@persons": S("ASSAULT", cameo="18")}))
_add("set", E(None, obj={"fire": S("COERCE", None, "1712"), "ablaze": S("COERCE", None, "1712")}))
_add("deface", E(S("COERCE", "censor", "1721")))

# --- ASSAULT ---------------------------------------------------------------
_add("attack assault target", E(S("ASSAULT", cameo="190")))
_add("kill murder slay", E(S("ASSAULT", cameo="18")))
_add("assassinate", E(S("ASSAULT", "assassinate", "186")))
_add("bomb", E(S("ASSAULT", "explosives", "183")))
_add("shell bombard pound pummel hammer blitz", E(S("ASSAULT", "heavy-weapons", "194"),
     obj={"table": NONE, "pavement": NONE, "street": NONE, "door": NONE, "message": NONE}))
_add("hit", E(None, subj={"@attack": S("ASSAULT", cameo="190"), "@weapons": S("ASSAULT", "heavy-weapons", "194"),
                          "@troops": S("ASSAULT", cameo="190"), "warplane": S("ASSAULT", "heavy-weapons", "195"),
                          "bomb": S("ASSAULT", "explosives", "183"), "shell": S("ASSAULT", "heavy-weapons", "194"),
                          "mortar": S("ASSAULT", "heavy-weapons", "194"), "fire": S("ASSAULT", cameo="190"),
                          "gunman": S("ASSAULT", "firearms", "193"), "militant": S("ASSAULT", cameo="190")}))
_add("shoot gun", E(S("ASSAULT", "firearms", "193"), prt={"down": S("ASSAULT", "firearms", "193")}))
_add("fire", E(None, obj={"rocket": S("ASSAULT", "heavy-weapons", "194"),
                          "missile": S("ASSAULT", "heavy-weapons", "194"),
                          "shell": S("ASSAULT", "heavy-weapons", "194"),
                          "mortar": S("ASSAULT", "heavy-weapons", "194"),
                          "shot": S("ASSAULT", "firearms", "193"),
                          "bullet": S("ASSAULT", "firearms", "193"),
                          "tear gas": S("COERCE", "restrict", "175"),
                          "teargas": S("COERCE", "restrict", "175"),
                          "gas": S("COERCE", "restrict", "175")},
               prep={"on": S("ASSAULT", "firearms", "193"), "at": S("ASSAULT", "firearms", "193"),
                     "upon": S("ASSAULT", "firearms", "193"),
                     "across": S("ASSAULT", "firearms", "193")}))
_add("invade", E(S("ASSAULT", cameo="192")))
_add("retake recapture overrun", E(S("ASSAULT", cameo="192")))
_add("storm", E(S("ASSAULT", cameo="192"), crowd=S("PROTEST", "riot", "145")))
_add("raid", E(S("ASSAULT", cameo="190")))
_add("ambush", E(S("ASSAULT", "firearms", "193")))
_add("massacre slaughter", E(S("ASSAULT", cameo="20")))
_add("behead execute hang", E(S("ASSAULT", "execute", "1823"),
                              obj={"plan": NONE, "order": NONE, "strategy": NONE,
                                   "agreement": NONE, "warrant": S("COERCE", "arrest", "173")}))
_add("wound injure maim", E(S("ASSAULT", cameo="18")))
_add("fight battle", E(S("ASSAULT", cameo="190"),
                       obj={"corruption": NONE, "poverty": NONE, "disease": NONE,
                            "pandemic": NONE, "crime": NONE, "inflation": NONE, "fire": NONE,
                            "wildfire": NONE, "virus": NONE, "case": NONE, "charge": NONE,
                            "battle": NONE, "election": NONE, "decision": NONE, "ruling": NONE,
                            "law": NONE, "epidemic": NONE, "outbreak": NONE, "climate": NONE,
                            "cancer": NONE, "extradition": NONE, "deportation": NONE},
                       prep={"for": NONE}))
_add("clash skirmish", E(S("ASSAULT", cameo="190")))
_add("blow", E(None, prt={"up": E(S("COERCE", None, "1712"), obj={
    "@persons": S("ASSAULT", "explosives", "183"), "themselves": S("ASSAULT", "suicide-attack", "1831"),
    "himself": S("ASSAULT", "suicide-attack", "1831"), "herself": S("ASSAULT", "suicide-attack", "1831"),
    "bus": S("ASSAULT", "explosives", "183"), "car": S("ASSAULT", "explosives", "183"),
    "bomb": S("ASSAULT", "explosives", "183")})}))
_add("detonate", E(S("ASSAULT", "explosives", "183")))
_add("hijack kidnap abduct", E(S("ASSAULT", "abduct", "181")))
_add("torture", E(S("ASSAULT", "torture", "1822")))
_add("rape", E(S("ASSAULT", "sexual", "1821")))
_add("beat lynch", E(S("ASSAULT", "beat", "182"), obj={"record": NONE, "expectation": NONE,
                                                        "forecast": NONE, "estimate": NONE}))
_add("abuse", E(S("ASSAULT", "beat", "182"), obj={"power": NONE, "position": NONE,
                                                   "authority": NONE, "office": NONE,
                                                   "trust": NONE, "privilege": NONE}))
_add("stab stone", E(S("ASSAULT", "primitive", "180")))
_add("wage", E(None, light=True, obj={"war": S("ASSAULT", cameo="190"),
                                      "campaign": S("ASSAULT", cameo="190")}))

# --- aspect, intention and attitude --------------------------------------
_add("begin start continue resume keep manage try attempt decide vote choose opt proceed "
     "escalate", E(None, control=ASPECT, light=True))
_add("carry", E(None, prt={"out": THROUGH}))
_add("hope", E(None, control=HYPO, speech=ATTITUDE))
_add("consider weigh contemplate mull ponder", E(None, control=HYPO, speech=ATTITUDE))
_add("make", E(None, light=True, obj={"decision": NONE, "statement": NONE, "comment": NONE,
                                      "remark": NONE, "change": NONE, "progress": NONE,
                                      "effort": NONE, "mistake": NONE}))
_add("engage participate enter", E(None, prep={"in": THROUGH, "into": THROUGH}, light=True))
_add("complete finish", E(None, light=True))

# Entries above that also report speech ("concede that", "declare that").
for _w in _REPORT_VERBS.split():
    if _w in VERBS:
        if VERBS[_w].speech is None:
            VERBS[_w] = Entry(**{**{f: getattr(VERBS[_w], f) for f in Entry.__slots__},
                                 "speech": REPORT})
    else:
        VERBS[_w] = Entry(speech=REPORT)
for _w in _ATTITUDE_VERBS.split():
    if _w not in VERBS:
        VERBS[_w] = Entry(speech=ATTITUDE)

# Predicate adjectives ("is prepared to discuss", "is opposed to").
ADJECTIVES: dict[str, Entry] = {
    # A disposition is an event only through what it is disposed to do.
    "willing": E(None, control=COMMIT),
    "ready": E(None, control=COMMIT),
    "prepared": E(None, control=PREPARE),
    "committed": E(None, control=COMMIT),
    "determined": E(None, control=COMMIT),
    "eager": E(None, control=COMMIT),
    "keen": E(None, control=COMMIT),
    "open": E(None, control=COMMIT, prep={"to": S("AGREE")}),
    "unwilling": E(S("REJECT"), control=REFUSE),
    "reluctant": E(S("REJECT"), control=REFUSE),
    "opposed": E(S("REJECT"), prep={"to": S("REJECT")}),
    "set": E(None, control=INTEND),
    "due": E(None, control=INTEND),
    "scheduled": E(None, control=INTEND),
    "expected": E(None, control=INTEND),
    "likely": E(None, control=HYPO),
    "unlikely": E(None, control=HYPO),
    "able": E(None, control=HYPO),
    "responsible": E(None, prep={"for": THROUGH}),
    "guilty": E(None, prep={"of": THROUGH}),
    "critical": E(None, prep={"of": S("ACCUSE", "disapprove", "111")}),
}


NOUNS: dict[str, NounEntry] = {}


def _noun(words: str, entry: NounEntry) -> None:
    for w in words.split():
        NOUNS[w.replace("_", " ")] = entry


_noun("talk", N(S("CONSULT"), strong=True, plural_only=True,
                mods={"peace": S("CONSULT", cameo="046")}))
_noun("negotiation", N(S("CONSULT", cameo="046"), strong=True))
_noun("meeting", N(S("CONSULT"), strong=False))
_noun("summit", N(S("CONSULT", "multilateral", "044")))
_noun("visit", N(S("CONSULT", "visit", "042")))
_noun("consultation dialogue discussion", N(S("CONSULT")))
_noun("mediation", N(S("CONSULT", "third-party", "045"), strong=True))
_noun("support backing praise solidarity endorsement", N(S("SUPPORT", cameo="051")))
_noun("recognition", N(S("SUPPORT", cameo="054")))
_noun("apology", N(S("SUPPORT", cameo="055")))
_noun("regret remorse", N(S("CONCEDE")))
_noun("aid assistance donation contribution", N(S("AID")))
_noun("donor benefactor", N(S("AID"), strong=True))
_noun("cessation", N(S("RETREAT", "ceasefire", "0871"), strong=True))
_noun("game", N(NONE, mods={"war": S("MOBILIZE", "weapons", "152")}))
_noun("action", N(NONE, mods={"legal": S("ACCUSE", "disapprove", "115"),
                             "military": S("ASSAULT", cameo="190"),
                             "court": S("ACCUSE", "disapprove", "115")}))
_noun("deadline", N(S("THREATEN", cameo="139")))
_noun("evacuation", N(S("AID", "humanitarian", "073")))
_noun("cooperation", N(S("COOPERATE")))
_noun("withdrawal pullout pullback", N(S("RETREAT", "withdraw", "0874")))
_noun("release", N(S("RETREAT", "release", "0841")))
_noun("ceasefire cease-fire truce armistice", N(S("RETREAT", "ceasefire", "0871")))
_noun("resignation", N(S("RETREAT", "resign", "0832")))
_noun("demand", N(S("REQUEST"), strong=True))
_noun("request appeal plea", N(S("REQUEST", appeal=True), strong=True))
_noun("call", N(S("REQUEST", appeal=True)))
_noun("ultimatum", N(S("THREATEN", cameo="139"), strong=True))
_noun("threat warning", N(S("THREATEN", cameo="130")))
_noun("accusation allegation", N(S("ACCUSE", "disapprove", "112"), strong=True))
_noun("criticism condemnation denunciation", N(S("ACCUSE", "disapprove", "111"), strong=True))
_noun("charge", N(S("ACCUSE", "disapprove", "112")))
# Disapproval is an accusation; worry ("concern", "alarm") is only a comment.
_noun("consternation outrage anger dismay disappointment displeasure indignation disapproval "
      "frustration condemnation", N(S("ACCUSE", "disapprove", "110")))
_noun("complaint protest_note", N(S("ACCUSE", "disapprove", "114")))
_noun("lawsuit suit", N(S("ACCUSE", "disapprove", "115")))
_noun("investigation probe inquiry hearing inquest", N(S("ACCUSE", "investigate", "090")))
_noun("refusal rejection", N(S("REJECT"), strong=True))
_noun("opposition", N(S("REJECT")))
_noun("veto", N(S("REJECT", cameo="129")))
_noun("protest demonstration rally march riot sit-in picket", N(S("PROTEST", "demo", "141"),
      strong=True, mods={"student": S("PROTEST", "demo", "141")}))
_noun("riot", N(S("PROTEST", "riot", "145"), strong=True))
_noun("strike", N(S("PROTEST", "strike-lim", "143"),
                  mods={"hunger": S("PROTEST", "strike-hun", "142"),
                        "general": S("PROTEST", "strike-gen", "143"),
                        "air": S("ASSAULT", "heavy-weapons", "195"),
                        "missile": S("ASSAULT", "heavy-weapons", "195"),
                        "drone": S("ASSAULT", "heavy-weapons", "195"),
                        "military": S("ASSAULT", cameo="190"),
                        "rocket": S("ASSAULT", "heavy-weapons", "194"),
                        "artillery": S("ASSAULT", "heavy-weapons", "194"),
                        "israeli": S("ASSAULT", "heavy-weapons", "195"),
                        "russian": S("ASSAULT", "heavy-weapons", "195")}))
_noun("boycott", N(S("PROTEST", "boycott", "143"), strong=True))
_noun("sanction embargo", N(S("SANCTION", "sever", "163"), strong=True))
_noun("suspension", N(S("SANCTION", "sever", "161")))
_noun("expulsion", N(S("SANCTION", "expel", "166")))
_noun("mobilization mobilisation buildup build-up", N(S("MOBILIZE", "troops", "154"), strong=True))
_noun("deployment", N(S("MOBILIZE", "troops", "154")))
_noun("alert", N(S("MOBILIZE", "troops", "152")))
_noun("exercise drill maneuver manoeuvre", N(S("MOBILIZE", "weapons", "152"),
      mods={"joint": S("COOPERATE", cameo="062")}))
_noun("patrol", N(S("MOBILIZE", "police", "153")))
_noun("arrest detention", N(S("COERCE", "arrest", "173")))
_noun("crackdown", N(S("COERCE", "restrict", "175"), strong=True))
_noun("curfew lockdown", N(S("COERCE", "curfew", "1723")))
_noun("ban", N(S("COERCE", "ban", "1722")))
_noun("deportation", N(S("COERCE", "deport", "174")))
_noun("emergency", N(S("COERCE", "martial-law", "1724")))
_noun("attack assault offensive raid incursion ambush", N(S("ASSAULT", cameo="190"), strong=True,
      mods={"cyber": S("ASSAULT", cameo="190"), "suicide": S("ASSAULT", "suicide-attack", "1831"),
            "verbal": S("ACCUSE", "disapprove", "111"), "rocket": S("ASSAULT", "heavy-weapons", "194"),
            "missile": S("ASSAULT", "heavy-weapons", "194"), "air": S("ASSAULT", "heavy-weapons", "195")}))
_noun("airstrike air-strike bombardment shelling barrage", N(S("ASSAULT", "heavy-weapons", "195"),
      strong=True))
_noun("bombing", N(S("ASSAULT", "explosives", "183"), strong=True,
                   mods={"suicide": S("ASSAULT", "suicide-attack", "1831")}))
_noun("invasion occupation", N(S("ASSAULT", cameo="192"), strong=True))
_noun("massacre", N(S("ASSAULT", cameo="20"), strong=True))
_noun("killing", N(S("ASSAULT", cameo="18")))
_noun("fighting clash battle hostility", N(S("ASSAULT", cameo="190")))
_noun("war warfare", N(S("ASSAULT", cameo="190"),
                       mods={"cyber": S("ASSAULT", cameo="190")}))
_noun("operation", N(S("ASSAULT", cameo="190"),
                     mods={"military": S("ASSAULT", cameo="190"),
                           "peacekeeping": S("AID", "military", "072"),
                           "rescue": S("AID", "humanitarian", "073")}))
_noun("cyberattack cyber-attack", N(S("ASSAULT", cameo="190"), strong=True))
_noun("kidnapping abduction hijacking", N(S("ASSAULT", "abduct", "181"), strong=True))
_noun("assassination", N(S("ASSAULT", "assassinate", "186"), strong=True))
_noun("torture", N(S("ASSAULT", "torture", "1822"), strong=True))
_noun("fire", N(S("ASSAULT", "firearms", "193"),
                mods={"artillery": S("ASSAULT", "heavy-weapons", "194"),
                      "rocket": S("ASSAULT", "heavy-weapons", "194"),
                      "mortar": S("ASSAULT", "heavy-weapons", "194"),
                      "tank": S("ASSAULT", "heavy-weapons", "194"),
                      "gun": S("ASSAULT", "firearms", "193")}))
_noun("hostage", N(S("ASSAULT", "abduct", "181")))
_noun("shield", N(S("COERCE", cameo="184")))


# Generic event heads that take their sense from a compound: "mediation effort",
# "aid package", "bombing campaign", "rescue mission".
GENERIC_HEADS = _words("effort effort mission package campaign operation program programme "
                       "drive initiative process attempt bid wave spree")


def group_match(keys: tuple[str, ...], table: dict[str, Sense]) -> Sense | None:
    """The sense for the first of ``keys`` (object words, most specific first)
    that ``table`` names directly or through a ``@group``."""
    for k in keys:
        if k in table:
            return table[k]
    for name, sense in table.items():
        if name.startswith("@"):
            members = GROUPS[name[1:]]
            for k in keys:
                if k in members:
                    return sense
    return None
