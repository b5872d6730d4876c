"""The entity layer: who is who in one article, read by speakers and events."""

from __future__ import annotations

import pytest

from redline.actors import ArticleActors
from redline.entities import resolve_entities
from redline.entities.mentions import find_mentions
from redline.pipeline import actor_resolver

KREMLIN = (
    "Kremlin Rejects Western Warnings\n"
    "2022-01-20\n"
    "Kremlin spokesman Dmitry Peskov said on Thursday that Moscow would not be lectured by Washington. "
    "\"We have our own interests and I will not apologise for them,\" Peskov told reporters.\n"
    "The spokesman said the talks with NATO had been disappointing. "
    "He added that the alliance had ignored Russia's proposals.\n"
)


def names_of(analysis, entity):
    return [analysis.article.text[s:e] for s, e in entity.mentions]


def entity_named(analysis, name):
    found = [e for e in analysis.entities if e.name == name]
    assert found, [e.name for e in analysis.entities]
    return found[0]


def test_one_person_named_four_ways_is_one_entity(analyze):
    analysis = analyze(KREMLIN)
    peskov = entity_named(analysis, "Dmitry Peskov")
    said = names_of(analysis, peskov)
    assert peskov.kind == "person" and peskov.actor == "RUSGOV"
    assert peskov.role == "spokesman" and peskov.affiliation == "Kremlin"
    for form in ("Peskov", "The spokesman", "He"):
        assert form in said, said
    # every statement is his, however the article names him
    speakers = {s.speaker.name for s in analysis.statements}
    assert speakers == {"Dmitry Peskov"}, speakers


def test_first_person_in_a_quotation_is_its_speaker(analyze):
    analysis = analyze(KREMLIN)
    said = names_of(analysis, entity_named(analysis, "Dmitry Peskov"))
    assert "I" in said and "We" in said


def test_prediction_record_lists_entities_with_offsets(analyze):
    analysis = analyze(KREMLIN)
    record = analysis.to_prediction()
    by_name = {e["name"]: e for e in record["entities"]}
    assert by_name["Dmitry Peskov"]["actor"] == "RUSGOV"
    for entity in record["entities"]:
        for s, e in entity["mentions"]:
            assert 0 <= s < e <= len(KREMLIN)
    nato = [e for e in record["entities"] if e["name"] == "NATO"]
    assert nato and nato[0]["actor"].startswith("IGO") and nato[0]["actor"] != "IGO"


def test_mentions_cover_names_roles_groups_and_pronouns(nlp):
    text = ("In Geneva, Russian officials met the Ukrainian foreign minister. "
            "The rebels said they would attend. \"I am hopeful,\" the minister said.")
    mentions = find_mentions(nlp(text))
    got = {(text[m.span[0]:m.span[1]], m.kind) for m in mentions}
    assert ("Russian officials", "role") in got or ("Russian officials", "demonym") in got
    assert ("the Ukrainian foreign minister", "role") in got
    assert ("The rebels", "noun") in got
    assert ("they", "pronoun") in got
    assert ("I", "first") in got
    assert ("Geneva", "name") in got


def test_pronoun_subject_of_an_event_takes_its_antecedent(analyze):
    text = ("Iran Accuses Israel\n"
            "Iranian Foreign Minister Abbas Araghchi arrived in Oslo on Monday for a conference. "
            "He accused Israel of sabotaging the negotiations.\n")
    analysis = analyze(text)
    accuse = [e for e in analysis.events if e.type == "ACCUSE"]
    assert accuse, analysis.events
    assert accuse[0].sources and accuse[0].sources[0].code.startswith("IRN")
    assert accuse[0].targets and accuse[0].targets[0].code.startswith("ISR")


def test_a_title_gives_the_persons_own_country_not_a_nearby_one(nlp):
    text = ("Washington on Friday sanctioned Venezuelan Foreign Minister Jorge Arreaza, "
            "accusing him of helping the government evade US sanctions.")
    entities = resolve_entities(nlp(text), ArticleActors(actor_resolver(), "2019-04-26"))
    arreaza = [i for i in entities.identities if i.name == "Jorge Arreaza"]
    assert arreaza and arreaza[0].actor == "VENGOV"


@pytest.mark.parametrize("text", [
    "Russia held talks with all parties in the capital on Monday.",
    "The city was quiet as forces moved through the streets, Chinese and Taiwanese media said.",
])
def test_generic_nouns_get_no_invented_country(analyze, text):
    analysis = analyze("Headline Words Here\n" + text)
    for event in analysis.events:
        for ref in event.targets:
            assert ref.text not in ("all parties", "forces", "The city"), event


def test_text_report_lists_the_articles_actors(analyze):
    from redline.report import render_analysis

    report = render_analysis(analyze(KREMLIN))
    actors = report.split("Actors (", 1)[1].split("Statements (", 1)[0]
    line = next(x for x in actors.splitlines() if "Dmitry Peskov" in x)
    assert "[RUSGOV]" in line and "spokesman" in line and "Peskov" in line


def test_a_dateline_place_is_neither_speaker_nor_actor(analyze):
    text = ("Kremlin Rebuffs Alliance\n"
            "MOSCOW (Reuters) - The Kremlin on Monday rejected the alliance's offer of talks, "
            "saying the proposal ignored Russian security interests.\n")
    analysis = analyze(text)
    reject = [e for e in analysis.events if e.type == "REJECT"]
    assert reject and reject[0].sources[0].text.endswith("Kremlin")
    assert analysis.statements and analysis.statements[0].speaker.name == "Kremlin"


def test_a_role_named_by_its_appositive_beats_the_last_person_named(analyze):
    text = ("Beijing Says Drills Met Goals\n"
            "The drills met their goals, a defence ministry spokesperson said on Thursday. "
            "They followed the inauguration of President Lai Ching-te, whom Beijing calls a separatist.\n"
            "\"The drills were a stern warning,\" the spokesperson, Zhang Wei, said in Beijing.\n")
    analysis = analyze(text)
    said = [s for s in analysis.statements if (s.speaker.mention or "").startswith("the spokesperson")]
    assert said and said[0].speaker.name == "Zhang Wei", [s.speaker for s in analysis.statements]


def test_wire_style_title_case_role_and_bare_role_noun_are_the_same_person(analyze):
    # Title-case titles ("Kremlin Spokesman") and a role noun with no article
    # and another qualifier of the same state ("Russian presidential
    # spokesman") still point back to the person.
    text = (
        "Moscow weighs reply to new tariffs\n"
        "2024-03-02\n"
        "It is too early to talk about a response, Kremlin Spokesman Dmitry Peskov told reporters on Friday.\n\n"
        "The tariffs undermine the talks planned for April, Russian presidential spokesman added.\n"
    )
    analysis = analyze(text)
    assert [s.speaker.name for s in analysis.statements] == ["Dmitry Peskov", "Dmitry Peskov"]
    peskov = entity_named(analysis, "Dmitry Peskov")
    assert "Russian presidential spokesman" in names_of(analysis, peskov)


def test_hyphenated_given_name_keeps_its_spelling_and_family_name_first_joins(analyze):
    text = (
        "Patrols near the island go on\n"
        "2024-06-05\n"
        "“The pressure on us is constant,” Foreign Minister Lin Chia-lung told reporters in Taipei.\n\n"
        "The island will keep seeking a place at international meetings, Lin added.\n"
    )
    analysis = analyze(text)
    assert [s.speaker.name for s in analysis.statements] == ["Lin Chia-lung", "Lin Chia-lung"]
    lin = entity_named(analysis, "Lin Chia-lung")
    assert "Lin" in names_of(analysis, lin)


def test_the_date_line_names_no_one(analyze):
    analysis = analyze("Ministers meet in Oslo\nApr 26 2019\n\nThe talks opened on Friday, officials said.\n")
    text = analysis.article.text
    date_line = (text.index("Apr"), text.index("2019") + 4)
    assert not any(date_line[0] <= s < date_line[1] for e in analysis.entities for s, _ in e.mentions)


def test_a_role_is_a_title_or_the_phrase_head_never_a_noun_further_on(analyze):
    text = ("Sanctions list grows\n2019-04-26\n\n"
            "LIMA, Peru (AP) — The United States on Friday added Peru’s interior minister and a judge "
            "who ruled against opposition leaders to a list of sanctioned officials.\n\n"
            "It is too early to discuss a response, Kremlin Spokesman Dmitry Peskov told journalists.\n")
    analysis = analyze(text)
    us = entity_named(analysis, "United States")
    assert us.role is None, us
    peskov = entity_named(analysis, "Dmitry Peskov")
    assert peskov.role == "spokesman" and peskov.affiliation == "Kremlin", peskov


def test_a_role_in_the_headline_joins_the_one_person_named_with_it_later(analyze):
    text = ("US sanctions Bolivia interior minister\n2021-03-02\n\n"
            "The United States on Tuesday imposed sanctions on Interior Minister Carlos Ruiz Vega, "
            "freezing his assets in American banks.\n\n"
            "Ruiz Vega called the measure an insult.\n")
    analysis = analyze(text)
    ruiz = entity_named(analysis, "Carlos Ruiz Vega")
    assert ruiz.actor == "BOLGOV", ruiz
    assert any(text[s:e].startswith("Bolivia interior minister") for s, e in ruiz.mentions), names_of(analysis, ruiz)


def test_a_spokesman_for_a_body_takes_the_body_code(analyze):
    text = ("Fighting near the airport\n2012-11-19\n\n"
            "Colonel Jean-Paul Mbala, a spokesman for the Congolese army, said the rebels had been pushed back.\n")
    mbala = entity_named(analyze(text), "Jean-Paul Mbala")
    assert mbala.actor == "CODMIL", mbala


def test_he_after_a_new_subject_is_that_person_with_his_code(analyze):
    text = ("Fighting near the airport\n2012-11-19\n\n"
            "Colonel Pierre Ndala, spokesman for the M23 rebels, said fighters had reached the hills.\n\n"
            "“We are not going to take the airport,” Ndala told reporters.\n\n"
            "Earlier, Colonel Jean-Paul Mbala, a spokesman for the Congolese army, spoke to reporters "
            "briefly by telephone before the line was cut. “There is combat near the airport,” he said.\n")
    statements = analyze(text).statements
    last = statements[-1]
    assert last.speaker.name == "Jean-Paul Mbala", [(s.speaker.name, s.speaker.mention) for s in statements]
    assert last.speaker.actor == "CODMIL", last.speaker


def test_a_wire_dateline_is_no_entity(analyze):
    text = ("Rebels reach the airport\n2012-11-19\n\n"
            "KINSHASA, (Reuters) – Rebels in the east reached the airport on Monday, a rebel spokesman said.\n\n"
            "The army spokesman told Reuters the airport was still open.\n")
    analysis = analyze(text)
    filed = (text.index("KINSHASA"), text.index("–"))
    assert not any(filed[0] <= s < filed[1] for e in analysis.entities for s, _ in e.mentions), \
        [(e.name, [text[a:b] for a, b in e.mentions]) for e in analysis.entities]


def test_a_city_the_recogniser_takes_for_a_person_is_a_place(analyze):
    text = ("Rebels close in on Goma\n2012-11-19\n\n"
            "Rebels pushed toward Goma on Sunday after a week of fighting. "
            "Aid groups said thousands had fled Goma by road.\n")
    goma = entity_named(analyze(text), "Goma")
    assert goma.kind == "place", goma


def test_a_one_word_name_with_a_pronoun_stays_a_person(analyze):
    # Austin is a city of a million, but "he" makes this one a man
    text = ("Talks resume\n2012-11-19\n\nThe coach, Austin, said the team would stay. "
            "He did not say for how long.\n")
    austin = entity_named(analyze(text), "Austin")
    assert austin.kind == "person", austin


def test_a_title_written_with_capitals_is_the_person_who_holds_it(analyze):
    text = (
        "Ministers Defend Loan Waiver\n\n"
        "Education Secretary Harriet Vance defended the student loan waiver on Tuesday. "
        "Lawyers for the states argued that the Secretary had gone beyond the law. "
        "The Secretary said the program was lawful, and she urged the court to let it stand.\n"
    )
    analysis = analyze(text)
    vance = entity_named(analysis, "Harriet Vance")
    said = names_of(analysis, vance)
    assert said.count("the Secretary") + said.count("The Secretary") >= 2, said
    assert "she" in said, said


def test_a_title_the_recogniser_takes_into_a_body_name_stays_with_the_person(analyze):
    text = (
        "Moscow Weighs Reply To Sanctions\n\n"
        "The Kremlin said on Friday that it would study the new measures. "
        "Kremlin Spokesman Dmitry Peskov told reporters that no decision had been taken.\n"
    )
    analysis = analyze(text)
    names = [e.name for e in analysis.entities]
    assert not any(n and "Spokesman" in n for n in names), names
    kremlin = entity_named(analysis, "Kremlin")
    assert text.index("Kremlin Spokesman") in [s for s, _ in kremlin.mentions], names_of(analysis, kremlin)


def test_the_city_of_a_place_is_that_place_and_bodies_the_recogniser_calls_places_are_bodies(analyze):
    text = (
        "Rebels reach the outskirts of a lakeside city\n\n"
        "M23 fighters reached the outskirts of the eastern city of Goma on Sunday, a rebel spokesman said. "
        "The city has been calm since the weekend. "
        "The rebels said they would not enter Goma, and the United Nations called for talks.\n"
    )
    analysis = analyze(text)
    goma = entity_named(analysis, "Goma")
    said = names_of(analysis, goma)
    assert goma.kind == "place" and "the eastern city of Goma" in said, said
    un = entity_named(analysis, "United Nations")
    assert un.kind == "organisation" and un.actor.startswith("IGO"), un


def test_a_name_inside_a_clause_on_a_phrase_does_not_code_the_phrase(nlp):
    text = ("The United States on Friday imposed sanctions on the foreign minister, escalating its pressure "
            "campaign aimed at removing President Nicolas Maduro.")
    doc = nlp(text)
    entities = resolve_entities(doc, ArticleActors(actor_resolver(), None))
    start = text.index("its pressure campaign")
    campaign = [e for e in entities.entities() if any(s == start and end - s > 3 for s, end in e.mentions)]
    assert campaign and campaign[0].actor is None, campaign


def test_a_surname_the_recogniser_called_a_place_in_the_headline_joins_the_full_name(analyze):
    text = ("Turkey's Erdogan, Russia's Putin held talks on phone over Syria ceasefire\n\n"
            "Turkish President Tayyip Erdogan had a telephone conversation with his Russian counterpart on "
            "Thursday. Erdogan's office gave no details.\n")
    analysis = analyze(text)
    erdogans = [e for e in analysis.entities if e.name and "Erdogan" in e.name]
    assert len(erdogans) == 1, [(e.name, names_of(analysis, e)) for e in erdogans]
    assert "Turkey's Erdogan" in names_of(analysis, erdogans[0])


def test_a_body_the_recogniser_calls_a_place_is_a_group(analyze):
    text = ("Rebels take the town\n\n"
            "M23 seized the town on Sunday after a week of fighting in the hills.\n")
    analysis = analyze(text)
    m23 = entity_named(analysis, "M23")
    assert m23.actor == "CODREB" and m23.kind == "group", m23


def test_a_speaker_joining_several_states_gets_no_single_code(analyze):
    text = ("Border to reopen\n\n"
            "Officials from Poland, Hungary and Austria said on Monday that the crossing would reopen. "
            "Polish officials said the queues had already shortened.\n")
    analysis = analyze(text)
    actors = {s.speaker.mention: s.speaker.actor for s in analysis.statements}
    assert actors["Officials from Poland, Hungary and Austria"] is None, actors
    assert actors["Polish officials"] == "POLGOV", actors


def test_a_group_drawn_from_several_states_belongs_to_none(analyze):
    # the first mention names no state; the one coreference joins it to
    # names five, so no one state speaks or acts for the group
    text = ("Envoys call for truce\n\n"
            "NAIROBI (Reuters) - Foreign ministers from five nations on Saturday called for a truce in the "
            "north, Kenyan Foreign Minister Amina Odhiambo said.\n\n"
            "\"We call on all sides to stop the fighting,\" Odhiambo told reporters after a meeting that "
            "included the foreign ministers of Uganda, Tanzania, Rwanda, Burundi and Kenya.\n")
    analysis = analyze(text)
    ministers = next(e for e in analysis.entities if e.role == "ministers")
    assert len(ministers.mentions) == 2 and ministers.actor is None
    call = next(e for e in analysis.events if e.type == "REQUEST" and e.sources
                and e.sources[0].text.startswith("Foreign ministers"))
    assert call.sources[0].code == "GOV"


PARTY_SPOKESMEN = (
    "Opposition says dozens of members held\n\n"
    "LUSAKA (AFP) - Zambia's main opposition party, the People's Alliance for Renewal (PAR), "
    "said on Tuesday that police had detained 31 of its members after a rally.\n\n"
    "\"This is an attack on democracy,\" PAR spokesman Mwila Chanda said.\n\n"
    "Joseph Banda, a spokesman for the Front for National Salvation (FNS), said its fighters "
    "had withdrawn from the border town of Kasama.\n"
)


def test_a_spokesman_speaks_for_the_body_named_with_the_role_not_for_a_government(analyze):
    # "spokesman" alone would be a government's: the party's spokesman is
    # the opposition's, and the spokesman of a front no table knows has no
    # side the tool could vouch for
    analysis = analyze(PARTY_SPOKESMEN)
    party = entity_named(analysis, "People's Alliance for Renewal")
    assert party.actor == "ZMBOPP"
    assert "PAR" in names_of(analysis, party)  # the bracketed acronym, and its later use
    assert entity_named(analysis, "Mwila Chanda").actor == "ZMBOPP"
    banda = entity_named(analysis, "Joseph Banda")
    assert banda.actor is None and banda.affiliation == "Front for National Salvation"
    speakers = {st.speaker.name: st.speaker.actor for st in analysis.statements}
    assert speakers["Mwila Chanda"] == "ZMBOPP"
    assert speakers["Joseph Banda"] is None
    assert speakers["People's Alliance for Renewal"] == "ZMBOPP"


def test_a_word_ending_a_bodys_name_is_no_one(analyze):
    # "Change" in "the Citizens Union for Change" names no one
    text = ("Opposition says members held\n\n"
            "HARARE (AFP) - The main opposition party, the Citizens Union for Change (CUC), said on "
            "Thursday that police had arrested 20 of its members.\n")
    analysis = analyze(text)
    assert "Change" not in [e.name for e in analysis.entities]
    # what the story calls the party, not "Citizens" (civilians) of its name
    assert entity_named(analysis, "Citizens Union for Change").actor == "ZWEOPP"
    assert [s.speaker.actor for s in analysis.statements if s.speaker.name == "Citizens Union for Change"] \
        == ["ZWEOPP"]


def test_an_acronym_keeping_a_small_word_of_the_name_is_that_body(analyze):
    # "UNMISS" spells "United Nations Mission *in* South Sudan"; the recogniser
    # leaves "Mission" capitalised, which is no person's name
    text = ("Peacekeepers shelter civilians\n\n"
            "JUBA (Reuters) - Fighting in Upper Nile has displaced thousands of people, the United Nations "
            "Mission in South Sudan said on Friday.\n\n"
            "UNMISS said its peacekeepers were sheltering 3,000 civilians at its base in Malakal.\n")
    analysis = analyze(text)
    mission = [e for e in analysis.entities if "UNMISS" in names_of(analysis, e)]
    assert mission and mission[0].actor == "IGOUNO", analysis.entities
    speakers = {analysis.article.text[s.content[0][0]:s.content[0][1]]: s.speaker.actor for s in analysis.statements}
    assert speakers["its peacekeepers were sheltering 3,000 civilians at its base in Malakal"] == "IGOUNO"


def test_a_spokesman_of_a_person_speaks_for_that_persons_body(analyze):
    # the copy broke the given name at a line end ("Ki- moon"): "Ban" is
    # still the secretary-general, and his spokesman is the UN's
    text = ("UN chief condemns attack on aid convoy\n\n"
            "UNITED NATIONS, June 3 (Xinhua) -- UN Secretary-General Ban Ki- moon on Tuesday condemned an "
            "attack on an aid convoy in the north of the country.\n\n"
            "Ban said he was appalled by the killing of two drivers, said Ban's deputy spokesperson "
            "Mario Rossi at the daily briefing.\n\n"
            "Rossi said the convoy had been clearly marked.\n")
    analysis = analyze(text)
    ban = [e for e in analysis.entities if e.name and e.name.startswith("Ban Ki")]
    assert ban and "Ban" in names_of(analysis, ban[0]), analysis.entities
    assert entity_named(analysis, "Mario Rossi").actor == "IGOUNO"
    assert {s.speaker.actor for s in analysis.statements if "Rossi" in (s.speaker.name or "")} == {"IGOUNO"}


def test_a_un_missions_acronym_and_a_pronouns_leader(analyze):
    text = ("Peacekeepers killed in Mali\n\n"
            "BAMAKO (Reuters) - Two peacekeepers were killed on Sunday when their convoy hit a mine near "
            "Kidal, the UN mission said.\n\n"
            "MINUSMA said it had opened an inquiry. Mali's main opposition party, the Front for Renewal, "
            "blamed the government. Its leader Amadou Keita said the army had abandoned the north.\n")
    analysis = analyze(text)
    speakers = {s.speaker.name: s.speaker.actor for s in analysis.statements}
    assert speakers["MINUSMA"] == "IGOUNO"  # the tables' UN peace operations
    # "its leader": the party the pronoun takes up, not a government
    assert entity_named(analysis, "Amadou Keita").actor == "MLIOPP"
    assert speakers["Amadou Keita"] == "MLIOPP"


def test_entities_in_a_story_set_in_one_state_are_that_states(analyze):
    # the entity records carry the story's state, as the statements do
    text = ("Court upholds election result\n\n"
            "ASUNCION (AP) - Paraguay's top court on Monday upheld the result of the presidential vote. "
            "Senate chief Carlos Vera welcomed the ruling.\n")
    assert entity_named(analyze(text), "Carlos Vera").actor == "PRYLEG"


def test_a_speaker_phrase_never_ends_in_an_unclosed_bracket(analyze):
    text = ("Ruling party accuses opposition\n\n"
            "MASERU (AFP) - A spokesman for the ruling Basotho Unity Party (BUP) accused the opposition "
            "of fraud on Monday.\n")
    [st] = [s for s in analyze(text).statements if s.speaker.mention]
    assert "(" not in st.speaker.mention and st.speaker.mention.endswith("Basotho Unity Party")


def test_wire_titles_and_lower_case_departments_are_read(nlp):
    resolver = actor_resolver()
    assert resolver.resolve("Sen. Maria Gomez").code == "LEG"  # "Sen." is a senator
    assert resolver.resolve("Amartya Sen") is None  # a surname stays a name
    assert resolver.resolve("Kenya's department of international relations").code == "KENGOV"
    assert resolver.resolve("the police department").code == "COP"


def test_a_sentence_opening_noun_and_a_bodys_name_word_are_no_people(analyze):
    text = ("Rebels seize town in north\n\n"
            "BANGUI (Reuters) - Fighters of the Union for Peace, a rebel group, seized the town of Birao on "
            "Sunday, the army said.\n\n"
            "Photographs and videos on social media show soldiers fleeing the town.\n")
    analysis = analyze(text)
    names = {e.name: e.actor for e in analysis.entities}
    assert "Peace" not in names and names.get("Union for Peace") == "CAFREB", names
    # "Photographs", capitalised where the sentence starts, is no soldier
    assert names.get("Photographs") is None, names
