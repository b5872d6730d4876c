"""PLOVER event types as data: quad class, intensity, modes, CAMEO codes, Goldstein.

Everything an event's numbers come from lives here, so the coder never
hard-codes a score:

- ``QUAD``: the five-class conflict/cooperation grouping used by redline
  (0 statement or appeal, 1 verbal cooperation, 2 material cooperation,
  3 verbal conflict, 4 material conflict). A REQUEST is a demand (3) or an
  appeal (0) depending on its force; see ``quad_for``.
- ``BASE_INTENSITY``: PLOVER's base score per type on the -10..+10 scale.
- ``MODES``: the PLOVER modes each type accepts.
- ``CAMEO``: the nearest CAMEO code per (type, mode), with the type's CAMEO
  root (two digits) for a missing or unmapped mode.
- ``GOLDSTEIN``: the Goldstein conflict/cooperation weight of each CAMEO
  code used here; a code missing from the table takes its root's weight.
"""

from __future__ import annotations

TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
    "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

QUAD: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}

# Quad classes of material acts (cooperation 2, conflict 4), as against words.
MATERIAL_QUADS = frozenset({2, 4})

QUAD_NAMES: dict[int, str] = {
    0: "statement or appeal",
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

# PLOVER base scores (conflict negative, cooperation positive).
BASE_INTENSITY: dict[str, float] = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5,
    "COOPERATE": 9.5, "AID": 10.0, "RETREAT": 6.5, "REQUEST": 0.0,
    "ACCUSE": -3.0, "REJECT": -2.0, "THREATEN": -3.5, "PROTEST": -5.0,
    "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0,
}

# A demand is a REQUEST pressed with the threat of consequences: scored as
# verbal conflict, between a rejection and an accusation. An appeal keeps
# REQUEST's neutral base.
DEMAND_INTENSITY = -2.5
APPEAL_INTENSITY = 0.0

# What a request, agreement or rejection is about (shared by the three types).
SETTLEMENT_MODES = ("assist", "change", "yield", "meet")

MODES: dict[str, tuple[str, ...]] = {
    "AGREE": SETTLEMENT_MODES,
    "REQUEST": SETTLEMENT_MODES,
    "REJECT": SETTLEMENT_MODES,
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "AID": ("economic", "military", "humanitarian", "asylum"),
    "RETREAT": ("withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"),
    "ACCUSE": ("disapprove", "investigate"),
    "THREATEN": ("restrict", "ban", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike-gen", "strike-lim", "strike-hun", "boycott", "obstruct"),
    "SANCTION": ("convict", "cancel", "expel", "withdraw", "sever"),
    "MOBILIZE": ("troops", "weapons", "police"),
    "COERCE": ("confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest",
               "deport", "withhold"),
    "ASSAULT": ("abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy",
                "primitive", "firearms", "explosives", "suicide-attack", "heavy-weapons"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
}

# CAMEO root (cue category) of each PLOVER type; a REQUEST that is only an
# appeal belongs to CAMEO 02, an investigation to 09.
CAMEO_ROOT: dict[str, str] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "CONCEDE": "08",
    "COOPERATE": "06", "AID": "07", "RETREAT": "08",
    "REQUEST": "10", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13",
    "PROTEST": "14", "SANCTION": "16", "MOBILIZE": "15", "COERCE": "17", "ASSAULT": "18",
}
APPEAL_ROOT = "02"

# Nearest CAMEO code for a (type, mode) pair.
CAMEO: dict[tuple[str, str], str] = {
    ("AGREE", "assist"): "031", ("AGREE", "change"): "034",
    ("AGREE", "yield"): "035", ("AGREE", "meet"): "036",
    ("CONSULT", "phone"): "041", ("CONSULT", "visit"): "042",
    ("CONSULT", "third-party"): "044", ("CONSULT", "multilateral"): "044",
    ("AID", "economic"): "071", ("AID", "military"): "072",
    ("AID", "humanitarian"): "073", ("AID", "asylum"): "075",
    ("RETREAT", "withdraw"): "0874", ("RETREAT", "release"): "0841",
    ("RETREAT", "return"): "0842", ("RETREAT", "disarm"): "0873",
    ("RETREAT", "ceasefire"): "0871", ("RETREAT", "access"): "086",
    ("RETREAT", "resign"): "0832",
    ("REQUEST", "assist"): "101", ("REQUEST", "change"): "104",
    ("REQUEST", "yield"): "105", ("REQUEST", "meet"): "106",
    ("ACCUSE", "disapprove"): "110", ("ACCUSE", "investigate"): "090",
    ("REJECT", "assist"): "121", ("REJECT", "change"): "123",
    ("REJECT", "yield"): "124", ("REJECT", "meet"): "125",
    ("THREATEN", "restrict"): "1312", ("THREATEN", "ban"): "1322",
    ("THREATEN", "arrest"): "137", ("THREATEN", "relations"): "1313",
    ("THREATEN", "expel"): "136", ("THREATEN", "territory"): "1382",
    ("THREATEN", "violence"): "138",
    ("PROTEST", "demo"): "141", ("PROTEST", "riot"): "145",
    ("PROTEST", "strike-gen"): "143", ("PROTEST", "strike-lim"): "143",
    ("PROTEST", "strike-hun"): "142", ("PROTEST", "boycott"): "143",
    ("PROTEST", "obstruct"): "144",
    ("SANCTION", "cancel"): "164", ("SANCTION", "expel"): "166",
    ("SANCTION", "withdraw"): "166", ("SANCTION", "sever"): "161",
    ("MOBILIZE", "troops"): "154", ("MOBILIZE", "weapons"): "152",
    ("MOBILIZE", "police"): "153",
    ("COERCE", "confiscate"): "1711", ("COERCE", "restrict"): "1721",
    ("COERCE", "ban"): "1722", ("COERCE", "curfew"): "1723",
    ("COERCE", "martial-law"): "1724", ("COERCE", "censor"): "1721",
    ("COERCE", "arrest"): "173", ("COERCE", "deport"): "174",
    ("ASSAULT", "abduct"): "181", ("ASSAULT", "beat"): "182",
    ("ASSAULT", "sexual"): "1821", ("ASSAULT", "torture"): "1822",
    ("ASSAULT", "execute"): "1823", ("ASSAULT", "explosives"): "183",
    ("ASSAULT", "suicide-attack"): "1831", ("ASSAULT", "assassinate"): "186",
    ("ASSAULT", "destroy"): "1712", ("ASSAULT", "primitive"): "180",
    ("ASSAULT", "firearms"): "193", ("ASSAULT", "heavy-weapons"): "194",
}

# Appeals (CAMEO 02) by what is appealed for.
APPEAL_CAMEO: dict[str, str] = {"assist": "021", "change": "024", "yield": "025", "meet": "026"}

# Goldstein weights of the CAMEO codes above (roots and the codes used).
GOLDSTEIN: dict[str, float] = {
    "01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0,
    "08": 5.0, "09": -2.0, "10": -5.0, "11": -2.0, "12": -4.0, "13": -6.0,
    "14": -6.5, "15": -7.2, "16": -4.0, "17": -7.0, "18": -9.0, "19": -10.0, "20": -10.0,
    "021": 3.4, "024": 3.0, "025": 3.0, "026": 3.0,
    "031": 5.2, "034": 4.5, "035": 4.5, "036": 4.0,
    "041": 1.0, "042": 1.9, "043": 2.8, "044": 2.5, "045": 5.0, "046": 7.0,
    "051": 3.4, "052": 3.5, "054": 6.0, "055": 7.0, "057": 8.0,
    "061": 6.4, "062": 7.4, "063": 7.4, "064": 7.0,
    "071": 7.4, "072": 8.3, "073": 7.4, "075": 7.0,
    "081": 5.0, "0832": 5.0, "0841": 7.0, "0842": 7.0, "085": 7.0, "086": 9.0,
    "0871": 9.0, "0873": 9.0, "0874": 10.0,
    "090": -2.0, "101": -5.0, "104": -5.0, "105": -5.0, "106": -5.0,
    "110": -2.0, "111": -2.0, "112": -2.0, "115": -2.0,
    "121": -4.0, "123": -4.0, "124": -4.0, "125": -5.0, "129": -5.0,
    "1312": -5.8, "1313": -5.8, "1322": -5.8, "136": -7.0, "137": -7.0, "138": -7.0,
    "1382": -7.0, "139": -7.0,
    "141": -6.5, "142": -6.5, "143": -6.5, "144": -7.5, "145": -7.5,
    "152": -7.2, "153": -7.2, "154": -7.6,
    "161": -4.0, "163": -8.0, "164": -7.0, "166": -7.0,
    "1711": -9.2, "1712": -9.2, "1721": -5.0, "1722": -5.0, "1723": -5.0, "1724": -5.0,
    "173": -5.0, "174": -5.0,
    "180": -9.0, "181": -9.0, "182": -9.5, "1821": -9.5, "1822": -9.5, "1823": -9.5,
    "183": -10.0, "1831": -10.0, "186": -10.0, "190": -10.0, "192": -9.5,
    "193": -10.0, "194": -10.0, "195": -10.0, "196": -9.5,
}


def is_mode(event_type: str, mode: str | None) -> bool:
    """Whether ``mode`` is one PLOVER defines for ``event_type`` (None always is)."""
    return mode is None or mode in MODES.get(event_type, ())


def quad_for(event_type: str, intensity: float | None = None, mode: str | None = None) -> int:
    """The five-class quad of an event: a REQUEST is a demand (3) when its
    intensity is negative (or, with none, when its mode is change or yield),
    otherwise an appeal (0)."""
    if event_type == "REQUEST":
        demand = intensity < 0 if intensity is not None else mode in ("change", "yield")
        return 3 if demand else 0
    return QUAD[event_type]


def intensity_for(event_type: str, demand: bool = True) -> float:
    """The PLOVER intensity of an event type; a REQUEST scores as a demand or an appeal."""
    if event_type == "REQUEST":
        return DEMAND_INTENSITY if demand else APPEAL_INTENSITY
    return BASE_INTENSITY[event_type]


def cameo_for(event_type: str, mode: str | None = None, hint: str | None = None,
              appeal: bool = False) -> str:
    """The nearest CAMEO code: the lexicon's ``hint`` when it agrees with the
    type's root, else the (type, mode) code, else the type's root."""
    if appeal:
        return APPEAL_CAMEO.get(mode or "", APPEAL_ROOT)
    if hint:
        return hint
    if mode is not None and (event_type, mode) in CAMEO:
        return CAMEO[(event_type, mode)]
    if event_type == "ACCUSE" and mode == "investigate":
        return "09"
    return CAMEO_ROOT[event_type]


def goldstein_for(cameo: str) -> float:
    """The Goldstein weight of a CAMEO code (its root's where the code is unlisted)."""
    while cameo:
        if cameo in GOLDSTEIN:
            return GOLDSTEIN[cameo]
        cameo = cameo[:-1]
    return 0.0


# PLOVER's crosswalk from CAMEO (the PLOVER manual's "CAMEO to PLOVER"
# table), at the most specific code listed; a code not listed takes its
# parent's mapping (a code minus its last digit). A target of None: no
# PLOVER event (CAMEO 01 public statements, 1x "rally opposition" and the
# like). REQUEST from CAMEO 02 is an appeal, from 10 a demand.
_CROSSWALK: dict[str, tuple[str, str | None] | None] = {
    "01": None,
    "02": ("REQUEST", None), "021": ("REQUEST", "assist"), "022": ("REQUEST", None),
    "023": ("REQUEST", "assist"), "024": ("REQUEST", "change"), "025": ("REQUEST", "yield"),
    "026": ("REQUEST", "meet"), "027": ("REQUEST", None), "028": ("REQUEST", "meet"),
    "03": ("AGREE", None), "031": ("AGREE", "assist"), "032": ("AGREE", None),
    "033": ("AGREE", "assist"), "034": ("AGREE", "change"), "035": ("AGREE", "yield"),
    "036": ("AGREE", "meet"), "037": ("AGREE", None), "038": ("AGREE", "meet"),
    "039": ("AGREE", "meet"),
    "04": ("CONSULT", None), "041": ("CONSULT", "phone"), "042": ("CONSULT", "visit"),
    "043": ("CONSULT", "visit"), "044": ("CONSULT", "multilateral"),
    "045": ("CONSULT", "third-party"), "046": ("CONSULT", None),
    "05": ("SUPPORT", None), "053": None, "057": ("AGREE", None),
    "06": ("COOPERATE", None),
    "07": ("AID", None), "071": ("AID", "economic"), "072": ("AID", "military"),
    "073": ("AID", "humanitarian"), "074": ("AID", "military"), "075": ("AID", "asylum"),
    "08": ("CONCEDE", None), "0831": ("RETREAT", "resign"), "084": ("RETREAT", "release"),
    "0842": ("RETREAT", "return"), "085": ("RETREAT", None), "086": ("RETREAT", "access"),
    "087": ("RETREAT", None), "0871": ("RETREAT", "ceasefire"), "0872": ("RETREAT", None),
    "0873": ("RETREAT", "disarm"), "0874": ("RETREAT", "withdraw"),
    "09": ("ACCUSE", "investigate"),
    "10": ("REQUEST", None), "101": ("REQUEST", "assist"), "102": ("REQUEST", None),
    "103": ("REQUEST", "assist"), "104": ("REQUEST", "change"), "105": ("REQUEST", "yield"),
    "106": ("REQUEST", "meet"), "107": ("REQUEST", None), "108": ("REQUEST", "meet"),
    "11": ("ACCUSE", "disapprove"), "113": None, "116": ("SANCTION", "convict"),
    "12": ("REJECT", None), "121": ("REJECT", "assist"), "122": ("REJECT", "assist"),
    "123": ("REJECT", "change"), "124": ("REJECT", "yield"), "125": ("REJECT", "meet"),
    "126": ("REJECT", "meet"), "127": ("REJECT", None), "128": ("REJECT", None),
    "129": ("REJECT", None),
    "13": ("THREATEN", None), "131": ("THREATEN", "relations"), "1312": ("THREATEN", "restrict"),
    "132": ("THREATEN", "restrict"), "1322": ("THREATEN", "ban"), "133": ("THREATEN", "restrict"),
    "134": ("THREATEN", "relations"), "135": ("THREATEN", "relations"), "136": ("THREATEN", "expel"),
    "137": ("THREATEN", "arrest"), "138": ("THREATEN", "violence"),
    "1382": ("THREATEN", "territory"), "139": ("THREATEN", None),
    "14": ("PROTEST", None), "141": ("PROTEST", "demo"), "142": ("PROTEST", "strike-hun"),
    "143": ("PROTEST", "strike-lim"), "144": ("PROTEST", "obstruct"), "145": ("PROTEST", "riot"),
    "15": ("MOBILIZE", None), "151": ("MOBILIZE", "police"), "152": ("MOBILIZE", "weapons"),
    "153": ("MOBILIZE", "police"), "154": ("MOBILIZE", "troops"),
    "16": ("SANCTION", None), "161": ("SANCTION", "sever"), "162": ("SANCTION", "withdraw"),
    "163": ("SANCTION", "sever"), "164": ("SANCTION", "cancel"), "165": ("SANCTION", "cancel"),
    "166": ("SANCTION", "expel"),
    "17": ("COERCE", None), "1711": ("COERCE", "confiscate"), "172": ("COERCE", "restrict"),
    "1722": ("COERCE", "ban"), "1723": ("COERCE", "curfew"), "1724": ("COERCE", "martial-law"),
    "173": ("COERCE", "arrest"), "174": ("COERCE", "deport"), "175": ("COERCE", "restrict"),
    "18": ("ASSAULT", None), "180": ("ASSAULT", "primitive"), "181": ("ASSAULT", "abduct"),
    "182": ("ASSAULT", "beat"), "1821": ("ASSAULT", "sexual"), "1822": ("ASSAULT", "torture"),
    "1823": ("ASSAULT", "execute"), "183": ("ASSAULT", "explosives"),
    "1831": ("ASSAULT", "suicide-attack"), "184": ("COERCE", None),
    "185": ("ASSAULT", "assassinate"), "186": ("ASSAULT", "assassinate"),
    "19": ("ASSAULT", None), "193": ("ASSAULT", "firearms"), "194": ("ASSAULT", "heavy-weapons"),
    "195": ("ASSAULT", "heavy-weapons"),
    "20": ("ASSAULT", None),
}


def plover_for_cameo(code: str) -> tuple[str, str | None, bool] | None:
    """PLOVER (type, mode, appeal) for a CAMEO code, or None where PLOVER has
    no event for it (CAMEO 01, unknown codes)."""
    code = code.strip()
    if not code.isdigit() or len(code) < 2:
        return None
    key = code
    while key and key not in _CROSSWALK:
        key = key[:-1]
    target = _CROSSWALK.get(key) if key else None
    if target is None:
        return None
    type_, mode = target
    return type_, mode, type_ == "REQUEST" and code.startswith("02")
