"""Event recall and sides on wire-story grammar, tenth round (issue 9,
item 5): expulsions told as declarations ("declared X persona non grata")
and orders ("ordering him to leave the country", "gave the envoy 48 hours
to leave"). Every article here is written for the test; the first line of
each is its headline."""

from __future__ import annotations

from redline.pipeline import analyze


# -- persona non grata --------------------------------------------------------

def test_declaring_an_ambassador_persona_non_grata_expels_him(story):
    found = story("Lima and Mexico City at odds\n\n"
                  "Peru declared the Mexican ambassador persona non grata on Tuesday after a row "
                  "over the former president.")
    assert ("SANCTION", "expel", ["PER"], ["MEXGOV"], "declared") in found


def test_persona_non_grata_told_as_a_participle_after_a_response(story):
    # the parser makes "persona" a clause of its own with the envoy its subject
    found = story("Diplomatic row deepens\n\n"
                  "The Chilean Foreign Ministry responded on Friday, declaring the Bolivian "
                  "ambassador persona non grata.")
    expel = [f for f in found if f[0] == "SANCTION"]
    assert expel and expel[0][1] == "expel" and expel[0][3] == ["BOLGOV"]
    assert expel[0][2] and expel[0][2][0].startswith("CHL")


def test_declaring_a_state_of_emergency_is_still_no_expulsion(story):
    found = story("Curfew in the capital\n\n"
                  "The Kenyan government declared a state of emergency on Monday.")
    assert not any(f[0] == "SANCTION" for f in found)


# -- orders to leave the country ------------------------------------------------

def test_ordering_a_diplomat_to_leave_the_country_is_an_expulsion(story):
    found = story("Envoy told to go\n\n"
                  "Kenya on Sunday ordered the Ugandan ambassador to leave the country within 48 hours.")
    assert ("SANCTION", "expel", ["KEN"], ["UGAGOV"], "ordered leave") in found
    assert not any(f[0] == "REQUEST" for f in found)


def test_giving_diplomats_hours_to_leave_is_an_expulsion_of_the_diplomats(story):
    found = story("Ties cut\n\n"
                  "Ghana said on Monday it was giving Togolese diplomats 72 hours to leave the country.")
    expel = [f for f in found if f[0] == "SANCTION"]
    assert expel and expel[0][1] == "expel" and expel[0][3] == ["TGOGOV"]
    assert not any(f[0] == "AID" for f in found)  # no gift of hours


def test_ordering_a_reporter_out_of_a_named_state_is_a_deportation(story):
    found = story("Reporter expelled\n\n"
                  "Ethiopia ordered a Kenyan reporter to leave Ethiopia on Friday.")
    assert any(f[0] == "COERCE" and f[1] == "deport" and f[2] == ["ETH"] for f in found)


def test_police_ordering_protesters_off_a_square_is_no_expulsion(story):
    found = story("Square cleared\n\n"
                  "Police in Nairobi ordered the protesters to leave the square on Monday.")
    assert not any(f[1] in ("expel", "deport") for f in found)


def test_an_order_that_spells_out_the_declaration_is_one_act_and_the_reply_is_its_own(story):
    found = story("Tit-for-tat expulsions\n\n"
                  "Croatia's Foreign Ministry declared the Serbian ambassador persona non grata on "
                  "Saturday, ordering him to leave the country and Serbia responded in kind, ordering "
                  "the Croatian ambassador to leave Serbia.")
    expel = [f for f in found if f[0] == "SANCTION" and f[1] == "expel"]
    assert [f[4] for f in expel] == ["declared", "ordering leave"]
    assert expel[0][2] == ["HRVGOV"] and expel[0][3] == ["SRBGOV"]
    assert expel[1][2] == ["SRB"]
    assert not any(f[0] == "REQUEST" for f in found)


# -- whose envoy ------------------------------------------------------------------

def test_an_envoy_is_the_state_that_sent_him_not_the_capital_he_leaves(story):
    # a two-state row: the ambassador "from Nairobi" is Uganda's, not Kenya's
    found = story("Envoy expelled\n\n"
                  "On Monday, Kenya expelled Uganda's ambassador from Nairobi after a border row.")
    expel = [f for f in found if f[0] == "SANCTION"]
    assert expel and expel[0][2] == ["KEN"] and expel[0][3] == ["UGAGOV"]


# -- the means of a future act ------------------------------------------------------

def test_a_means_clause_under_will_is_a_threat_not_a_done_act(story):
    found = story("Row over envoys\n\n"
                  "Austria will respond by expelling Iranian diplomats, the chancellor said on Monday.")
    assert any(f[0] == "THREATEN" and f[1] == "expel" and f[3] == ["IRNGOV"] for f in found)
    assert not any(f[0] == "SANCTION" for f in found)
    done = story("Row over envoys\n\n"
                 "Austria responded by expelling Iranian diplomats, the chancellor said on Monday.")
    assert any(f[0] == "SANCTION" and f[1] == "expel" for f in done)


# -- peacekeepers rushed in -----------------------------------------------------------

def test_rushing_peacekeepers_to_a_state_is_military_aid_to_it(story):
    found = story("Peacekeepers sent to Tonga\n\n"
                  "New Zealand rushed peacekeepers to Tonga on Friday to help quell riots in the capital.")
    assert ("AID", "military", ["NZL"], ["TON"], "rushed") in found


def test_the_force_sent_is_no_target_of_the_aid(story):
    found = story("Help for Tonga\n\n"
                  "New Zealand on Friday rushed a 100-strong police and military force to Tonga to help "
                  "restore order.")
    aid = [f for f in found if f[0] == "AID"]
    assert aid and aid[0][3] == ["TON"]


def test_rushing_a_stage_sends_nothing(story):
    found = story("Concert chaos\n\nFans in Lagos rushed the stage on Saturday night.")
    assert not any(f[0] in ("AID", "MOBILIZE") for f in found)


# -- a coup named by whom it ousted ---------------------------------------------------

def test_a_coup_that_ousted_a_leader_is_coded_under_a_background_preposition(story):
    found = story("Bloc acts on Gabon\n\n"
                  "The African Union has suspended Gabon following a coup that ousted its president last week.")
    assert ("ASSAULT", None, [], ["GABGOV"], "coup ousted") in found
    assert any(f[0] == "SANCTION" and f[3] == ["GAB"] for f in found)


def test_a_coup_that_failed_to_oust_no_one_is_no_act(story):
    found = story("Plot foiled\n\n"
                  "The coup that did not topple the president of Gabon was quickly forgotten.")
    assert not any(f[0] == "ASSAULT" for f in found)


# -- an accusation made before the act the story tells -------------------------------

def test_an_accusation_under_after_is_told_and_the_army_is_the_accusers(story):
    # the accuser fled to a neighbour: the army is his state's, not the neighbour's
    found = story("Prime minister flees\n\n"
                  "Malawi's prime minister fled to Zambia on Saturday after alleging the army had "
                  "ousted him in a coup.")
    assert ("ACCUSE", "disapprove", ["MWIGOV"], ["MWIMIL"], "alleging") in found


def test_other_acts_under_after_stay_background(story):
    found = story("Minister quits\n\n"
                  "The Malawian minister resigned on Monday after meeting the Zambian president.")
    assert not any(f[0] in ("CONSULT", "AGREE") for f in found)


# -- words that look like acts ----------------------------------------------------------

def test_a_demonstration_of_force_is_no_protest(story):
    found = story("Opposition leader held\n\n"
                  "\"It is just another demonstration of force to silence the opposition,\" the party "
                  "spokesman in Suva said on Monday.")
    assert not any(f[0] == "PROTEST" for f in found)
    rally = story("Rally in Suva\n\nThousands of students staged a demonstration in Suva on Monday.")
    assert any(f[0] == "PROTEST" for f in rally)


def test_a_month_named_march_is_no_march(story):
    found = story("Vote disputed\n\n"
                  "The Fijian president has ruled for twenty years and won a disputed election in March.")
    assert not any(f[0] == "PROTEST" for f in found)


def test_killing_an_abstraction_kills_no_one(story):
    found = story("Opposition anger\n\n"
                  "\"The police are killing democracy,\" the Fijian opposition leader said.")
    assert not any(f[0] == "ASSAULT" for f in found)
    killed = story("Villagers killed\n\nFijian soldiers killed five villagers on Monday.")
    assert any(f[0] == "ASSAULT" for f in killed)


def test_what_it_is_illegal_to_do_is_not_done(story):
    found = story("Law on the emir\n\n"
                  "Under Kuwait's constitution, it is illegal to criticise the emir.")
    assert not any(f[0] == "ACCUSE" for f in found)
    done = story("Swift reply\n\nThe Kuwaiti opposition criticised the emir on Monday.")
    assert any(f[0] == "ACCUSE" for f in done)


# -- a crowd told by its size ------------------------------------------------------------

def test_thousands_who_protest_are_the_protest_s_civilian_source(story):
    found = story("Unrest in Karakalpakstan\n\n"
                  "Uzbek police detained fifty people in Nukus on Friday. Thousands protested in Nukus on "
                  "Saturday against the planned changes to the Uzbek constitution.")
    protest = [f for f in found if f[0] == "PROTEST"]
    assert protest and protest[0][2] and protest[0][2][0].endswith("CVL")


def test_thousands_of_troops_are_not_a_crowd(story):
    found = story("Troops massed\n\nThousands of Russian troops crossed into Ukraine on Thursday.")
    assert not any("CVL" in c for f in found for c in f[2])


# -- a headline object the parser read as an adverb --------------------------------------

def _parsed(nlp, words, heads, deps, pos, ents=()):
    """A Doc with the parse given (the small model's misreading, fixed for the test)."""
    from spacy.tokens import Doc, Span
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def test_a_bare_noun_phrase_after_a_headline_verb_is_its_object(nlp):
    from redline.events.senses import obj_of
    # "Croatia expels Serbian ambassador, Serbia responds in kind" as the parser reads it
    words = ["Croatia", "expels", "Serbian", "ambassador", ",", "Serbia", "responds", "in", "kind"]
    doc = _parsed(nlp, words, heads=[1, 1, 3, 1, 3, 6, 1, 6, 6],
                  deps=["nsubj", "ROOT", "amod", "npadvmod", "punct", "nsubj", "conj", "prep", "advmod"],
                  pos=["PROPN", "VERB", "ADJ", "NOUN", "PUNCT", "PROPN", "VERB", "ADP", "NOUN"])
    assert obj_of(doc[1]).text == "ambassador"
    # "protested this week": a time noun is no object
    doc = _parsed(nlp, ["Farmers", "protested", "this", "week"], heads=[1, 1, 3, 1],
                  deps=["nsubj", "ROOT", "det", "npadvmod"], pos=["NOUN", "VERB", "DET", "NOUN"])
    assert obj_of(doc[1]) is None


# -- acts told as participles after an act ------------------------------------------------

def test_a_result_participle_of_another_type_is_its_own_act(story):
    found = story("Rally broken up\n\n"
                  "Fijian riot police beat up young activists in Suva on Monday, wounding at least four "
                  "and arresting six others.")
    assert any(f[0] == "ASSAULT" and f[2] == ["FJICOP"] for f in found)
    assert any(f[0] == "COERCE" and f[1] == "arrest" and f[2] == ["FJICOP"] and f[4] == "arresting"
               for f in found)
    # the wounding restates the beating: one assault
    assert len([f for f in found if f[0] == "ASSAULT"]) == 1


def test_a_participle_after_words_is_not_the_speakers_act(story):
    found = story("Rights report\n\n"
                  "Rights groups accuse the Fijian army of extrajudicial killings, razing villages and "
                  "using air strikes against its opponents.")
    assert not any(f[0] == "COERCE" for f in found)


# -- a mission of officials is a visit --------------------------------------------------------

def test_a_mission_of_officials_sent_is_a_visit_not_military_aid(story):
    found = story("Bloc sends envoys\n\n"
                  "ECOWAS sent a mission of army chiefs of staff to Bamako on Saturday.")
    assert any(f[0] == "CONSULT" and f[1] == "visit" and f[2] == ["IGOWAFWAS"] for f in found)
    assert not any(f[0] == "AID" for f in found)
    keep = story("Bloc sends troops\n\nECOWAS sent a peacekeeping mission to Bamako on Saturday.")
    assert any(f[0] == "AID" and f[1] == "military" for f in keep)


def test_riot_shields_are_gear_but_human_shields_a_coercion():
    from redline.pipeline import analyze

    gear = analyze("Police advanced on the marchers with batons and riot shields.")
    assert not any(e.type == "COERCE" for e in gear.events)
    shields = analyze("Rights groups said the militants used villagers as human shields during the assault.")
    assert any(e.type == "COERCE" for e in shields.events)
