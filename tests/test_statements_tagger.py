"""The learned attribution tagger and the statement forms of issue 14, on a
wire-style article written for these tests."""

from __future__ import annotations

import pytest

import redline
from redline.statements import extract_statements

PORT_STORY = """Harbor Authority: Port Talks Will Resume Next Week

VALMORA, March 3 (Wire) - The harbour authority on Monday confirmed that talks with the dock workers' union would resume next week.

The union's leader, Marta Oskarsson, posted a short message on social media on Sunday, writing: "We are ready to sit down again, but not at any price."

"The strike will go on until the ministers listen," added the union's deputy chief, Pavel Lind.

The port lost more than two million euros in the first week of the strike, according to the chamber of commerce.

When asked whether the government would step in, the transport minister declined to comment.

The navy began exercises called "Iron Tide" near the harbour on Tuesday.

The union rejected what it called "cosmetic" offers from the ministry, and its members voted to stay out.
"""


@pytest.fixture(scope="module")
def port():
    analysis = redline.analyze(PORT_STORY, title="Harbor Authority: Port Talks Will Resume Next Week")
    return analysis.statements


def _cue(statement) -> str:
    return " ".join(PORT_STORY[s:e] for s, e in statement.cue)


def test_tagger_finds_a_cue_no_lexicon_lists(nlp):
    text = "The mayor has embraced the idea of a congestion charge for the old town."
    statements = extract_statements(nlp(text))
    assert len(statements) == 1
    st = statements[0]
    assert " ".join(text[s:e] for s, e in st.cue) == "has embraced"
    assert st.cue_type == "stance"
    assert [text[s:e] for s, e in st.content] == ["the idea of a congestion charge for the old town"]


def test_headline_label_is_not_a_statement(port):
    assert all(not PORT_STORY[s:e].startswith("Port Talks") for st in port for s, e in st.content)
    confirmed = next(st for st in port if _cue(st) == "confirmed")
    assert confirmed.speaker.name == "Harbor Authority"  # no label colon in the name


def test_quoted_post_is_one_statement_by_its_writer(port):
    sentence_start = PORT_STORY.index("The union's leader")
    sentence_end = PORT_STORY.index("\n", sentence_start)
    in_sentence = [st for st in port if sentence_start <= st.content[0][0] < sentence_end]
    assert [_cue(st) for st in in_sentence] == ["writing"]
    assert in_sentence[0].speaker.name == "Marta Oskarsson"
    assert in_sentence[0].kind == "direct"


def test_inverted_attribution_names_the_appositive(port):
    added = next(st for st in port if _cue(st) == "added")
    assert added.speaker.name == "Pavel Lind"


def test_a_question_put_to_someone_is_not_their_statement(port):
    assert "asked" not in [_cue(st) for st in port]
    declined = next(st for st in port if _cue(st) == "declined")
    # the minister is not the union's deputy chief named just before
    assert declined.speaker.name != "Pavel Lind"


def test_naming_verbs_report_nothing(port):
    assert [st for st in port if _cue(st) == "called"] == []


def test_according_to_is_a_speech_statement(port):
    according = next(st for st in port if _cue(st) == "according to")
    assert according.speaker.name == "chamber of commerce"
    assert PORT_STORY[according.content[0][0] : according.content[0][1]].startswith("The port lost")


def test_embedded_post_and_pull_quote_are_credited(nlp):
    text = (
        "The storm cut power to thousands of homes on the island.\n\n"
        "Crews are working through the night on more than 400 broken lines across the valley. "
        "pic.twitter.com/Ab12Cd — North Grid (@northgrid) March 4, 2025\n\n"
        "I was scared at first, but the nurses never let me feel alone. Adela Moreno.\n\n"
        "He walked home past the river to Santa Rosa.\n"
    )
    statements = extract_statements(nlp(text))
    credited = {st.speaker.name: text[st.content[0][0] : st.content[0][1]] for st in statements}
    assert credited["North Grid"].startswith("Crews are working") and "pic.twitter" not in credited["North Grid"]
    assert credited["Adela Moreno"] == "I was scared at first, but the nurses never let me feel alone."
    assert all(st.kind == "direct" for st in statements)
    assert len(statements) == 2


def test_colon_lines_need_an_utterance(nlp):
    text = (
        "The prizes were handed out on Sunday night.\n\n"
        "** WINNER: Olivia Ferrand, The Long Road.\n\n"
        "** WINNER: Tom Reyes, If the River Could Speak.\n\n"
        "HOLM: Well, look, I think the vote was fair and we accept it.\n"
    )
    statements = extract_statements(nlp(text))
    assert [st.speaker.name for st in statements if st.cue_type == "speech"] == ["HOLM"]


def test_a_named_subject_introduces_a_quotation_after_a_colon(nlp):
    text = (
        "Worries returned in May when Ellen Varga took to social media with this: "
        '"The board is a formality, and I will run the company as I see fit."\n'
    )
    (statement,) = extract_statements(nlp(text))
    assert statement.speaker.name == "Ellen Varga"
    assert statement.kind == "direct"


def test_how_someone_spoke_and_anonymity_requests_are_not_statements(nlp):
    text = (
        "Colonel Marc Dunn spoke by telephone from the base on Monday. "
        '"There is fighting near the airport," he said.\n\n'
        "The ceasefire would start on Friday, an official said, asking not to be identified because talks "
        "were continuing.\n"
    )
    statements = extract_statements(nlp(text))
    contents = [" / ".join(text[s:e] for s, e in st.content) for st in statements]
    assert contents == ["There is fighting near the airport,", "The ceasefire would start on Friday"]


def test_a_participle_cue_points_at_the_subject_named_in_its_sentence(nlp):
    text = "Mayor Ines Varga said the bridge would reopen in May, adding that the tolls would stay.\n"
    statements = extract_statements(nlp(text))
    adding = next(st for st in statements if text[st.cue[0][0] : st.cue[0][1]] == "adding")
    assert adding.speaker.name == "Ines Varga"
    assert [text[s:e] for s, e in adding.speaker.spans] == ["Mayor Ines Varga"]


def test_an_appositive_after_a_name_describes_it_and_a_credit_is_the_name_alone(nlp):
    text = (
        '"The car will be cheap," said Guenther Holm, e.Volt\'s founder.\n\n'
        "Crews are working through the night on more than 400 broken lines across the valley. "
        "#GridStorm pic.twitter.com/Ab12Cd — North Grid (@northgrid) March 4, 2025\n"
    )
    statements = extract_statements(nlp(text))
    assert [st.speaker.name for st in statements] == ["Guenther Holm", "North Grid"]
    assert [text[s:e] for s, e in statements[1].speaker.spans] == ["North Grid"]


def test_a_that_clause_the_parser_hung_on_a_statement_noun_is_the_content(nlp):
    text = "The council met on Monday. Its chairman said in a statement that the new king would be sworn in soon.\n"
    (statement,) = extract_statements(nlp(text))
    assert [text[s:e] for s, e in statement.content] == ["the new king would be sworn in soon"]


def test_items_the_parser_hung_on_the_cue_continue_the_content(nlp):
    text = ("The senator urged voters to double the size of the youth program, fund the rail link "
            "and build a new harbour school.\n")
    (statement,) = extract_statements(nlp(text))
    assert [text[s:e] for s, e in statement.content] == [
        "to double the size of the youth program, fund the rail link and build a new harbour school"
    ]


def test_a_parenthetical_cue_on_a_subordinate_clause_reports_the_whole_sentence(nlp):
    text = ("Though the handover was fairly smooth, he said, replacing the chairman now would be far more bitter "
            "and could split the board.\n")
    statements = extract_statements(nlp(text))
    assert [[text[s:e] for s, e in st.content] for st in statements] == [[
        "Though the handover was fairly smooth",
        "replacing the chairman now would be far more bitter and could split the board",
    ]]


def test_a_date_is_never_a_speaker(nlp):
    # the parser may read "on Friday added …" with Friday as the verb's
    # modifier, and the tagger may then offer it as the source
    from redline.statements.cues import can_speak

    doc = nlp("The United States on Friday added the port's owner to a list, Mayor Ines Varga said.")
    friday = next(t for t in doc if t.text == "Friday")
    varga = next(t for t in doc if t.text == "Varga")
    assert not can_speak(friday)
    assert can_speak(varga)


def test_any_verb_right_after_a_quotation_and_its_subject_tags_it(nlp):
    text = 'They met at a bus stop.\n\n"You\'re short," Bardos blurted out. "But so am I."\n\n"Get out," she snapped.\n'
    statements = extract_statements(nlp(text))
    tagged = {text[st.content[0][0] : st.content[0][1]]: st for st in statements}
    assert tagged["You're short,"].speaker.name == "Bardos"
    assert tagged["You're short,"].cue_type == "speech"
    assert tagged["But so am I."].speaker.name == "Bardos"  # the next quotation continues
    assert "Get out," in tagged


def test_a_one_word_piece_stays_in_a_content_in_pieces(nlp):
    text = "Police, Sinclair says, have no policies to deal with the protests."
    statements = extract_statements(nlp(text))
    assert len(statements) == 1
    assert [text[s:e] for s, e in statements[0].content] == ["Police", "have no policies to deal with the protests"]


def test_a_stance_on_a_named_person_is_one_word(nlp):
    text = "The retired governor supported Halvorsen in the primary."
    statements = extract_statements(nlp(text))
    assert [(st.cue_type, [text[s:e] for s, e in st.content]) for st in statements] == [("stance", ["Halvorsen"])]


def test_a_speech_verb_with_one_word_says_nothing(nlp):
    assert extract_statements(nlp("Green called Schniederjans on Thursday night.")) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the parser hangs "as a reason …" on the cue: it is still what they cited
        (
            "The senators have cited the upcoming election as a reason to speed the release of the records.",
            "the upcoming election as a reason to speed the release of the records",
        ),
        # where and when it was said are not part of it
        ("The governor attacked the mayor in a string of late-night posts.", "the mayor"),
        ("The minister criticized the plan on Friday.", "the plan"),
    ],
)
def test_content_runs_on_over_the_cues_trailing_phrases(nlp, text, content):
    statements = extract_statements(nlp(text))
    assert [[text[s:e] for s, e in st.content] for st in statements] == [[content]]


def test_a_question_quoted_before_a_lower_case_tag_is_the_taggers(nlp):
    text = (
        "The advert ends on a question. “You work hard and you pay your taxes. So why should he not pay his?” "
        "a narrator in the advert asks."
    )
    statements = extract_statements(nlp(text))
    assert [(" ".join(text[s:e] for s, e in st.cue), [text[s:e] for s, e in st.content]) for st in statements] == [
        ("asks", ["You work hard and you pay your taxes. So why should he not pay his?"])
    ]


def test_a_that_clause_the_parser_hung_on_a_phrase_of_time(nlp):
    text = (
        "The Herald reported at the time that the editor, Anna Berg, told the staff that the column "
        "was not in line with its policy."
    )
    statements = extract_statements(nlp(text))
    reported = [st for st in statements if " ".join(text[s:e] for s, e in st.cue) == "reported"]
    assert [[text[s:e] for s, e in st.content] for st in reported] == [
        ["the editor, Anna Berg, told the staff that the column was not in line with its policy"]
    ]


def test_quoted_transcript_lines_are_one_statement_each(nlp):
    # each paragraph opens a quotation mark, only the last closes one
    text = (
        "Partial transcript as follows:\n\n"
        '"HOLM: Will the minister be there tomorrow night?\n\n'
        '"VANCE: The minister will not be attending the meeting tomorrow night. She was busy with the budget.\n\n'
        '"HOLM: Do you really see those two as equal?\n\n'
        '"VANCE: Well, look, the budget matters more than any meeting this week."'
    )
    statements = extract_statements(nlp(text))
    assert [(st.speaker.name, [text[s:e] for s, e in st.content]) for st in statements] == [
        ("HOLM", ["Will the minister be there tomorrow night?"]),
        ("VANCE", ["The minister will not be attending the meeting tomorrow night. She was busy with the budget."]),
        ("HOLM", ["Do you really see those two as equal?"]),
        ("VANCE", ["Well, look, the budget matters more than any meeting this week."]),
    ]


def test_the_preposition_after_the_cue_is_part_of_the_cue(nlp):
    text = "The bishop spoke of the legacy of the mines in the valley."
    statements = extract_statements(nlp(text))
    assert [(" ".join(text[s:e] for s, e in st.cue), [text[s:e] for s, e in st.content]) for st in statements] == [
        ("spoke of", ["the legacy of the mines in the valley"])
    ]


def test_a_pull_quote_credited_with_a_name_and_role(nlp):
    text = (
        "The storm cut power to thousands of homes on the island.\n\n"
        "It is very bad for the old people in the valley if they have no power at all. "
        "Rod Peters, Lake Cowichan mayor.\n\n"
        "So far the utility has not answered. Hope Hicks, a company spokeswoman, did not respond to my messages.\n"
    )
    statements = extract_statements(nlp(text))
    assert [(st.speaker.name, [text[s:e] for s, e in st.content]) for st in statements] == [
        ("Rod Peters", ["It is very bad for the old people in the valley if they have no power at all."])
    ]


def test_a_question_put_at_the_start_of_a_sentence_is_no_statement(nlp):
    text = "Asked what he would tell the mayor about the shelters, Dennis Brooks said: \"Just listen to us.\""
    statements = extract_statements(nlp(text))
    assert "Asked" not in [" ".join(text[s:e] for s, e in st.cue) for st in statements]
