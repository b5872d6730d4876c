"""Cue words as data: which lemmas introduce speech, and which a stance.

Speech cues report an utterance (said, told, wrote); stance cues attribute a
belief, intention, position or perception (believes, wants, found). The two
sets are disjoint; a lemma's set decides the statement's ``cue_type``.
"""

from __future__ import annotations

SPEECH_VERBS: frozenset[str] = frozenset(
    """
    say tell add note confirm state announce declare claim explain insist argue
    warn write report reply respond answer ask urge stress emphasize emphasise
    acknowledge admit deny reiterate remark comment suggest predict promise
    pledge vow concede joke quip recall mention describe tweet post allege
    assert contend maintain observe testify tout boast complain lament caution
    counter retort shout whisper recount reveal disclose indicate inform assure
    advise propose demand charge cite quote estimate conclude repeat affirm
    proclaim stipulate underline underscore highlight cry yell scream mutter
    brag concur dispute rebut retract clarify elaborate specify summarize
    summarise speculate guess hint imply acknowledge accuse criticize criticise
    blast slam praise hail welcome thank apologize apologise reassure threaten
    order instruct signal broadcast publish print announce predict forecast
    grumble sigh laugh chuckle muse wonder exclaim interject object protest
    testify plead beg request implore appeal call continue begin agree
    """.split()
)

# Cues that take the speaker as object of "to"/"by" or similar are handled
# in reported.py; these are the verbs of belief, intention and perception.
STANCE_VERBS: frozenset[str] = frozenset(
    """
    believe think want plan fear hope expect support oppose find show feel
    know doubt consider intend seek aim worry suspect assume reckon figure
    prefer wish desire favor favour reject accept recognize
    recognise understand realize realise view regard deem judge decide
    determine conclude learn discover notice perceive sense imagine envision
    anticipate trust suppose presume prove demonstrate reveal
    suggest indicate conclude estimate project calculate
    """.split()
) - SPEECH_VERBS

# Nouns that, as object of "express", "voice", "raise" etc., make a cue:
# "Moscow has expressed consternation about ..." (speech, as the gold sets
# count it: the position is voiced).
EXPRESSION_VERBS: frozenset[str] = frozenset(
    "express voice raise register air reiterate signal convey issue".split()
)

# Multi-word cues built on a light verb, e.g. "made clear that", "pointed out".
PARTICLE_CUES: dict[str, frozenset[str]] = {
    "point": frozenset({"out"}),
    "make": frozenset({"clear"}),
    "spell": frozenset({"out"}),
    "go": frozenset({"on"}),
    "weigh": frozenset({"in"}),
    "lay": frozenset({"out"}),
}

# Prepositional cues: "according to X" names X as the source.
ACCORDING_LEMMAS: frozenset[str] = frozenset({"accord", "according"})

PERSONAL_PRONOUNS: dict[str, str | None] = {
    "he": "m",
    "him": "m",
    "she": "f",
    "her": "f",
    "they": None,
    "we": None,
    "i": None,
    "it": None,
}

# Role nouns that name a person by office ("the spokesman"). Used to link a
# role mention to the person the article introduced with that role.
ROLE_NOUNS: frozenset[str] = frozenset(
    """
    spokesman spokeswoman spokesperson president minister premier chancellor
    secretary ambassador envoy official diplomat governor mayor senator
    representative congressman congresswoman lawmaker leader chairman chairwoman
    chair director chief head commander general admiral officer adviser advisor
    aide negotiator prosecutor judge attorney lawyer candidate nominee king queen
    prince emperor monarch pope ruler dictator counterpart deputy analyst expert
    professor researcher economist strategist executive ceo founder campaign
    manager organizer activist councillor councilor mp speaker whip minister
    commissioner rapporteur ombudsman
    """.split()
)

# Words that mark a source as unnamed ("an unnamed official"): its name is
# null. Other descriptions ("a senior diplomat", "some voters") are kept as
# the source's name, as the canonical-speaker corpora do.
UNNAMED_MARKERS: frozenset[str] = frozenset("unnamed anonymous unidentified".split())
# Phrases in the sentence that make its source anonymous.
ANONYMITY_PHRASES: tuple[str, ...] = (
    "condition of anonymity",
    "not to be named",
    "not authorized to",
    "not authorised to",
    "declined to be named",
)

# Suffixes of abstract nouns ("resolution", "agreement", "tension",
# "majority"): never a person, nor anyone who speaks.
ABSTRACT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ity", "ism", "ure")
# Nouns for what happened, which show or reveal but say nothing ("another
# incident showing tensions"), whatever their shape.
HAPPENING_NOUNS = frozenset("incident event episode case affair row spat standoff clash crisis move step".split())


def abstract_noun(lemma: str) -> bool:
    """Whether a noun's lemma has the shape of an abstract noun, or names a
    happening."""
    low = lemma.lower()
    return low.endswith(ABSTRACT_SUFFIXES) or low in HAPPENING_NOUNS


# Verbs whose subject is a crowd, never the police or troops facing it
# ("police clashed with supporters as they protested").
PROTEST_VERBS: frozenset[str] = frozenset("protest demonstrate rally march chant riot picket".split())
# Words of a toll that a number makes a noun of ("19 dead", "three injured").
CASUALTY_WORDS: frozenset[str] = frozenset("dead killed injured wounded hurt missing".split())
# What crowds cry out: a security force is seldom who does it.
CROWD_CRIES: frozenset[str] = PROTEST_VERBS | frozenset("call demand chant shout".split())
# Nouns for security forces.
SECURITY_NOUNS: frozenset[str] = frozenset("police policeman policemen officer troop soldier force army military "
                                           "gendarme gendarmerie".split())
