"""First and second person outside quotations: voices, their names, turns."""

from __future__ import annotations

from redline.entities.coref import cluster_mentions
from redline.entities.mentions import find_mentions
from redline.entities.voices import turn_labels


def _clusters(nlp, text: str):
    doc = nlp(text)
    mentions = find_mentions(doc)
    return doc, mentions, cluster_mentions(doc, mentions)


def _group(doc, mentions, groups, surface: str, nth: int = 0) -> list[str]:
    """Surfaces, in text order, of the group holding the ``nth`` mention reading ``surface``."""
    hits = [i for i, m in enumerate(mentions) if doc.text[m.span[0]:m.span[1]] == surface]
    assert len(hits) > nth, (surface, [doc.text[m.span[0]:m.span[1]] for m in mentions])
    group = next(g for g in groups if hits[nth] in g)
    return [doc.text[mentions[j].span[0]:mentions[j].span[1]] for j in group]


LETTER = (
    "Dear Hannah :\n"
    "We are back from the coast , and the weather was fine .\n"
    "I hope your book is going well .\n"
    "I have been reading Johnson every evening , and my garden has never looked better .\n"
    "Martha is working on her novel .\n"
    "Martha and I send you our love .\n"
    "Yours ,\n"
    "Bill\n"
)


def test_letter_writer_is_one_person_signed_at_the_end(nlp):
    doc, mentions, groups = _clusters(nlp, LETTER)
    writer = _group(doc, mentions, groups, "I")
    assert writer.count("I") == 3 and "my" in writer, writer
    assert "Bill" in writer, writer
    # the addressee is someone else
    assert "you" not in writer and "your" not in writer, writer
    assert "Hannah" in _group(doc, mentions, groups, "your")


def test_we_is_the_group_the_writer_names(nlp):
    doc, mentions, groups = _clusters(nlp, LETTER)
    we = _group(doc, mentions, groups, "We")
    assert "Martha and I" in we and "our" in we, we
    assert "Bill" not in we and "I" not in we, we


def test_interview_header_names_who_answers(nlp):
    text = (
        "Wikinews interviews botanist Clara Whitfield about desert orchids\n"
        "How did you start studying orchids ?\n"
        "I grew up near the dunes , and my grandmother kept a greenhouse .\n"
        "What comes next for your team ?\n"
        "I am going back to the field in March .\n"
    )
    doc, mentions, groups = _clusters(nlp, text)
    answers = _group(doc, mentions, groups, "I")
    assert "Clara Whitfield" in answers, answers
    assert answers.count("I") == 2 and "my" in answers, answers
    asked = _group(doc, mentions, groups, "you")
    assert "Clara Whitfield" in asked, asked


def test_self_introduction_names_the_voice(nlp):
    text = ("Hi everyone , welcome back to my channel .\n"
            "My name is Priya and today I am going to show you my kitchen .\n"
            "I painted it myself last spring .\n")
    doc, mentions, groups = _clusters(nlp, text)
    voice = _group(doc, mentions, groups, "I", 1)
    assert "Priya" in voice and "my" in voice, voice
    assert "you" not in voice, voice


def test_transcript_labels_keep_speakers_apart(nlp):
    text = (
        "HOST : Welcome back . I am here with a guest from the harbour office .\n"
        "GUEST : Thanks . I have worked at the harbour for ten years .\n"
        "HOST : What did I miss last week ?\n"
        "GUEST : I think you missed the storm .\n"
    )
    assert [label for _, label in turn_labels(text)] == ["host", "guest", "host", "guest"]
    doc, mentions, groups = _clusters(nlp, text)
    host = _group(doc, mentions, groups, "I", 0)
    guest = _group(doc, mentions, groups, "I", 1)
    assert host.count("I") == 2 and guest.count("I") == 2, (host, guest)
    assert host != guest


def test_a_letterhead_is_no_transcript():
    assert turn_labels("Phone : 555 0101\nFax : 555 0102\nEmail : office\nDear Sir ,\n") == []


def test_first_person_in_a_quotation_is_not_the_narrator(nlp):
    text = ('I met the minister on Tuesday .\n'
            'She told me : " I will resign tomorrow . "\n'
            'I did not believe her .\n')
    doc, mentions, groups = _clusters(nlp, text)
    narrator = _group(doc, mentions, groups, "I")
    assert narrator.count("I") == 2 and "me" in narrator, narrator
    quoted = [i for i, m in enumerate(mentions) if m.kind == "first"]
    assert quoted and all([i] in groups for i in quoted)


def test_third_person_never_joins_the_voice(nlp):
    text = ("I called my brother on Sunday .\n"
            "He said I should visit him soon .\n")
    doc, mentions, groups = _clusters(nlp, text)
    voice = _group(doc, mentions, groups, "I")
    assert "He" not in voice and "him" not in voice, voice


def test_two_people_named_together_are_they(nlp):
    text = "The mayor met Albert Mendez and Marcia Lopez on Monday . They asked for a new bridge ."
    doc, mentions, groups = _clusters(nlp, text)
    pair = _group(doc, mentions, groups, "They")
    assert "Albert Mendez and Marcia Lopez" in pair, pair
    # each keeps an entity of their own
    assert _group(doc, mentions, groups, "Albert Mendez") == ["Albert Mendez"]
    joint = next(m for m in mentions if m.kind == "joint")
    assert doc[joint.head].lower_ == "and"  # no member's own phrase is taken for the pair


def test_he_never_joins_two_people(nlp):
    text = "Albert Mendez and Marcia Lopez opened a bakery . He said it was hard work ."
    doc, mentions, groups = _clusters(nlp, text)
    assert "Albert Mendez and Marcia Lopez" not in _group(doc, mentions, groups, "He")


def test_we_as_a_people_names_the_we(nlp):
    text = ("Good evening .\nWe face hard times , but we as Canadians have faced them before .\n"
            "Our strength is our unity .\n")
    doc, mentions, groups = _clusters(nlp, text)
    we = _group(doc, mentions, groups, "We")
    assert "Canadians" in we and "Our" in we, we


def test_a_nickname_given_to_me_is_my_name(nlp):
    text = ("I was nine that summer .\nMy uncle always called me Sparrow .\n"
            "I never minded it .\n")
    doc, mentions, groups = _clusters(nlp, text)
    me = _group(doc, mentions, groups, "I")
    assert "Sparrow" in me and "me" in me, me
    assert "My uncle" not in me


def test_as_a_title_before_the_speaker_names_it(nlp):
    text = ("Good evening .\nI speak to you tonight about the budget .\n"
            "As Governor , I must protect the schools .\n")
    doc, mentions, groups = _clusters(nlp, text)
    voice = _group(doc, mentions, groups, "I")
    assert "Governor" in voice and voice.count("I") == 2, voice


def test_a_short_closing_without_a_comma_signs_too(nlp):
    text = ("dear mum ,\nI passed the exam and I start in May .\n"
            "Love ya .\nMarcie\n")
    doc, mentions, groups = _clusters(nlp, text)
    voice = _group(doc, mentions, groups, "I")
    assert "Marcie" in voice, voice


def test_a_name_alone_on_a_line_with_a_comma_greets_the_reader(nlp):
    text = (
        "Student Council of Westbrook College\n"
        "14 March 2025\n"
        "Margaret Hollis Dean of Students\n"
        "Dr. Hollis ,\n"
        "Thank you for meeting with us last week about the library hours .\n"
        "We hope you will support the proposal when the board meets .\n"
    )
    doc, mentions, groups = _clusters(nlp, text)
    reader = _group(doc, mentions, groups, "you")
    assert "Dr. Hollis" in reader, reader
