"""Cleaning: boilerplate ranges (never a rewritten text) and the language guesser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from redline.clean import article_language, boilerplate_spans, guess_language
from redline.read import article_from_text
from redline.types import Article

REAL_1 = (
    "Water ministers from the three riverside states met in Cairo on Monday, "
    "and the host government said the talks had been “frank and long overdue.”"
)
REAL_2 = (
    "“We will not accept any schedule that is imposed on us,” the deputy minister, "
    "Leila Haddad, told reporters. “Our farmers cannot wait another season,” she added."
)
REAL_3 = (
    "According to a senior official, the delegations agreed to meet again in April "
    "and asked the World Bank to send observers."
)
TEASER_LABEL = "Read also:"
TEASER_FR = "Pourquoi les négociations sur le barrage sont de nouveau dans l’impasse"
PUBLISHED = "Published at"
DISCLAIMER = (
    "We remind our readers that the publication of an article on this site does not "
    "mean that we agree with what is written in it. Our policy is to publish "
    "anything we consider of interest to our readers."
)

ARTICLE_TEXT = "\n\n".join(
    [
        "Riverside states resume water talks",
        "Mar 4 2022",
        REAL_1,
        REAL_2,
        f"{TEASER_LABEL}\n{TEASER_FR}",
        REAL_3,
        PUBLISHED,
        DISCLAIMER,
    ]
) + "\n"


def _article(body: str, headline: str = "Talks resume in Cairo") -> Article:
    return article_from_text(f"{headline}\n\nMar 4 2022\n\n{body}\n")


def _flagged(article: Article) -> list[str]:
    return [article.text[s:e] for s, e in boilerplate_spans(article)]


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _touched(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


# --- the worked example ---------------------------------------------------------


def test_boilerplate_example_ranges_are_exact_lines() -> None:
    article = article_from_text(ARTICLE_TEXT)
    assert _flagged(article) == [TEASER_LABEL, TEASER_FR, PUBLISHED, DISCLAIMER]


@pytest.mark.parametrize("piece", [TEASER_LABEL, TEASER_FR, PUBLISHED, DISCLAIMER])
def test_boilerplate_example_offsets_index_original_text(piece: str) -> None:
    article = article_from_text(ARTICLE_TEXT)
    start = ARTICLE_TEXT.index(piece)
    assert _covered(boilerplate_spans(article), start, start + len(piece))
    assert article.text == ARTICLE_TEXT  # never rewritten


@pytest.mark.parametrize(
    "piece", [REAL_1, REAL_2, REAL_3, "Riverside states resume water talks", "Mar 4 2022"]
)
def test_boilerplate_example_real_text_untouched(piece: str) -> None:
    article = article_from_text(ARTICLE_TEXT)
    start = ARTICLE_TEXT.index(piece)
    assert not _touched(boilerplate_spans(article), start, start + len(piece))


def test_boilerplate_spans_sorted_and_disjoint() -> None:
    spans = boilerplate_spans(article_from_text(ARTICLE_TEXT))
    assert spans == sorted(spans)
    assert all(e1 < s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))
    assert all(s < e for s, e in spans)


def test_boilerplate_crlf_offsets_point_into_original() -> None:
    text = ARTICLE_TEXT.replace("\n", "\r\n")
    article = article_from_text(text)
    assert _flagged(article) == [TEASER_LABEL, TEASER_FR, PUBLISHED, DISCLAIMER]


# --- one line of site furniture between real paragraphs ---------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Dam dispute enters its second decade",
        "Related: Egypt and Sudan sign a water-sharing memorandum",
        "See also: The Nile talks explained",
        "READ MORE: Ministers trade accusations over river levels",
        "WATCH: Farmers count the cost of a dry summer on the delta",
        "Share this article",
        "Share on Facebook",
        "Tweet | Share | Email",
        "Follow us on Telegram",
        "Follow us on Twitter and Facebook for more updates",
        "Subscribe to our newsletter",
        "Sign up for our daily newsletter",
        "Click here to read the full statement",
        "© 2022 Example Wire. All rights reserved.",
        "Copyright 2022 Example Wire",
        "Photo: Reuters",
        "Image: The dam site seen from the air in 2021",
        "File photo of the delegations in Cairo",
        "Published: 4 March 2022, 10:45 GMT",
        "Updated on Mar 4 2022 at 2:05 pm",
        "Published at",
    ],
)
def test_boilerplate_furniture_line_flagged(line: str) -> None:
    article = _article(f"{REAL_1}\n\n{line}\n\n{REAL_2}")
    assert _flagged(article) == [line]


@pytest.mark.parametrize(
    "label,teaser",
    [
        ("Read also:", "Warum die Gespräche über den Staudamm erneut gescheitert sind"),
        ("Also read:", "The long road to a Nile agreement"),
        ("Related", "Sudan recalls its ambassador"),
        ("Read also:", "‘Not one more drop’: the fight over the river"),
    ],
)
def test_boilerplate_teaser_label_and_headline_flagged(label: str, teaser: str) -> None:
    article = _article(f"{REAL_1}\n\n{label}\n\n{teaser}\n\n{REAL_2}")
    assert _flagged(article) == [label, teaser]


def test_boilerplate_teaser_takes_one_line_only() -> None:
    article = _article(f"{REAL_1}\n\nRead also:\nSudan recalls its ambassador\n{REAL_3}")
    assert _flagged(article) == ["Read also:", "Sudan recalls its ambassador"]


LONG_PLAIN = (
    "Negotiators from the three states spent most of the afternoon on the filling schedule "
    "for the reservoir, which upstream farmers want accelerated and downstream farmers want "
    "slowed, and on a mechanism for settling disputes without outside mediators."
)


@pytest.mark.parametrize("after_label", [REAL_2, REAL_1, LONG_PLAIN])
def test_boilerplate_teaser_label_never_takes_real_paragraph(after_label: str) -> None:
    article = _article(f"{REAL_3}\n\nRead also:\n\n{after_label}")
    assert _flagged(article) == ["Read also:"]


# --- what must NOT be flagged ---------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Published in 2019, the report found that the reservoir was filling faster than agreed.",
        "“Le barrage ne sera pas rempli sans accord,” the French ambassador said on Tuesday.",
        "“The views expressed by the envoy do not necessarily reflect the cabinet’s position,” "
        "the spokeswoman said.",
        "The ministry said the comments do not necessarily reflect the views of the government.",
        "Ursula von der Leyen met Emmanuel Macron and Olaf Scholz in Berlin on Tuesday "
        "to discuss the dispute.",
        "Abdel Fattah el-Sisi and Abiy Ahmed are due to meet in Addis Ababa.",
        "Photographers gathered outside the ministry as the delegations arrived.",
        "Sharing the river’s water fairly is the only way forward, the minister argued.",
        "Followers of the talks expect a deal by the summer.",
        "Related talks between Egypt and Israel on gas exports are due to start next week.",
    ],
)
def test_boilerplate_real_paragraph_not_flagged(paragraph: str) -> None:
    article = _article(f"{REAL_1}\n\n{paragraph}\n\n{REAL_2}")
    assert _flagged(article) == []


@pytest.mark.parametrize(
    "headline,date_line",
    [
        ("Read also: the dam dispute", "Mar 4 2022"),
        ("Riverside states resume water talks", "Published: 2022-03-04"),
        ("Les négociations sur le barrage reprennent au Caire", "Mar 4 2022"),
    ],
)
def test_boilerplate_headline_and_date_never_flagged(headline: str, date_line: str) -> None:
    article = article_from_text(f"{headline}\n\n{date_line}\n\n{REAL_1}\n")
    assert article.title == headline
    assert boilerplate_spans(article) == []


# --- paragraphs in another language ---------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le ministre a déclaré que les discussions se poursuivront la semaine prochaine "
        "au Caire, mais il n’a pas donné de date.",
        "Die Gespräche sollen in der kommenden Woche fortgesetzt werden, sagte ein Sprecher "
        "des Ministeriums.",
        "Министр заявил, что переговоры продолжатся на следующей неделе.",
        "El ministro dijo que las conversaciones continuarán la próxima semana en El Cairo.",
    ],
)
def test_boilerplate_foreign_paragraph_flagged(paragraph: str) -> None:
    article = _article(f"{REAL_1}\n\n{paragraph}\n\n{REAL_2}")
    assert _flagged(article) == [paragraph]


def test_boilerplate_hard_wrapped_disclaimer_flagged_whole() -> None:
    wrapped = (
        "We remind our readers that publication of articles on\n"
        "our site does not mean that we agree with what is\n"
        "written in them."
    )
    article = _article(f"{REAL_1}\n\n{wrapped}\n\n{REAL_2}")
    assert _flagged(article) == [wrapped]


def test_boilerplate_record_without_header_uses_whole_text() -> None:
    text = f"{REAL_1}\nFollow us on Telegram\n{REAL_3}"
    article = Article(text=text, body_start=0)
    assert _flagged(article) == ["Follow us on Telegram"]


# --- the language guesser ---------------------------------------------------------


@pytest.mark.parametrize(
    "text,language",
    [
        ("Tout est possible quand les voisins se parlent enfin dans les villages", "fr"),
        ("Warum die Verhandlungen in Wien erneut gescheitert sind", "de"),
        ("El gobierno de España no aceptará las condiciones del acuerdo", "es"),
        ("Il presidente del Consiglio ha detto che il governo non cambierà linea", "it"),
        ("O governo do Brasil não vai aceitar as condições do acordo", "pt"),
        ("De regering van Nederland heeft het voorstel niet gesteund", "nl"),
        ("Москва не собирается отступать от своих требований", "ru"),
        ("The minister said the talks would resume in the spring.", "en"),
        ("Ursula von der Leyen and Emmanuel Macron said the talks in Brussels would go on.", "en"),
        ("“Nous ne céderons pas sur ce point,” the French minister said on Tuesday.", None),
        ("Nous sommes là pour le peuple, he told the crowd in Lyon", None),
        ("La Repubblica and Il Corriere della Sera disagree", None),
        ("Los Angeles mayor meets De Blasio", None),
        ("Marine Le Pen visits Washington", None),
        ("Biden or Trump?", None),
        ("Kremlin spokesman Dmitry Peskov", None),
        ("", None),
    ],
)
def test_language_guess(text: str, language: str | None) -> None:
    assert guess_language(text) == language


@pytest.mark.parametrize(
    "text,language",
    [
        (ARTICLE_TEXT, "en"),
        ("Short.", "en"),
        ("Le ministre a déclaré que les discussions se poursuivront la semaine prochaine.", "fr"),
    ],
)
def test_language_article_language(text: str, language: str) -> None:
    assert article_language(text) == language


# --- the shipped example articles ------------------------------------------------

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))
_ALWAYS_BOILERPLATE = re.compile(r"^(?:Read also:.*|Read more:.*|Published at)$", re.MULTILINE)
# A paragraph with a closing quote mark followed by an attribution: a real quote.
_QUOTE_PARAGRAPH = re.compile(r"^.*”.*\b(?:said|told|added)\b.*$", re.MULTILINE)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_boilerplate_examples_flag_teasers_keep_quotes(path: Path) -> None:
    article = article_from_text(path.read_text(encoding="utf-8"))
    spans = boilerplate_spans(article)
    furniture = list(_ALWAYS_BOILERPLATE.finditer(article.text))
    quotes = list(_QUOTE_PARAGRAPH.finditer(article.text))
    assert furniture and quotes
    assert all(_covered(spans, m.start(), m.end()) for m in furniture)
    assert not any(_touched(spans, m.start(), m.end()) for m in quotes)


def test_boilerplate_inline_photo_credit_is_flagged_and_prose_is_not() -> None:
    text = ("Shelters fill up early\nJan 3 2019\n"
            "The city will open two more warming centres this week. (Maria Lopez / City News). "
            "Staff said the centres would stay open until March (and longer if needed).\n")
    article = article_from_text(text)
    flagged = [text[s:e] for s, e in boilerplate_spans(article)]
    assert flagged == ["(Maria Lopez / City News)"]


def test_speaker_pronoun_skips_a_photographer_in_a_credit(analyze) -> None:
    text = ("Shelters fill up early\nJan 3 2019\n"
            "Lena Brandt, who runs the night program, said demand had doubled.\n\n"
            "The program started eleven years ago in a church basement with twelve cots and a "
            "coffee urn. It now runs in nine buildings across the east end, from November to "
            "April, and serves a hot meal at seven every evening. Volunteers drive a van between "
            "the sites after midnight to move guests when one building fills up. The budget comes "
            "from the city, two charities and a spring fundraising dinner that sold out last year. "
            "More people slept outside this autumn than at any time since the program began.\n\n"
            "The city will open two more warming centres this week. (Sarah Cole / City News).\n\n"
            "“We turn people away every night,” she said.\n")
    analysis = analyze(text)
    assert [s.speaker.name for s in analysis.statements] == ["Lena Brandt", "Lena Brandt"]


@pytest.mark.parametrize(
    "line,dateline",
    [
        ("KINSHASA, Nov 19 (Reuters) - Rebels reached the city.", True),
        ("NEW YORK (AP) — The talks resumed.", True),
        ("EVEN THE MAYOR'S ALLIES: WE'RE DONE — Council members walked out.", False),
        ("WARNING TO VOTERS! READ THIS — The ballot changes.", False),
        ("SAN SALVADOR, El Salvador — (AP) — The talks resumed.", True),
        ("Nairobi (dpa) – Gunmen attacked a bus on Friday.", True),
        ("Nairobi, March 3 (Reuters) - Gunmen attacked a bus on Friday.", True),
        ("GARISSA, Kenya, Aug 3, 2012 (AFP) - Gunmen attacked a bus on Friday.", True),
        ("Nairobi: Gunmen attacked a bus on Friday, police said.", True),
        ("Police: The suspect fled on foot.", False),
        ("NAIROBI: Gunmen attacked a bus on Friday, police said.", True),
        ("NAIROBI, Sept 8: Gunmen attacked a bus on Friday, police said.", True),
        ("Nairobi, Mar 31 (EFE).- Gunmen attacked a bus on Friday.", True),
        ("NAIROBI, March 3, 2024: Gunmen attacked a bus on Friday.", True),
        ("NAIROBI, KENYA AND BEYOND: A special report.", False),
        ("UPDATE: The road has reopened.", False),
        ("Ruto (left) - the president - met the envoys.", False),
        ("Nairobi - the capital - was quiet.", False),
        # a small town's dateline names its country
        ("Nuuk, Greenland - The premier hit back at the threat.", True),
        ("Garissa, Kenya - Gunmen attacked a bus on Friday.", True),
        ("Garissa, the town - was quiet on Friday.", False),
    ],
)
def test_a_dateline_is_a_place_before_a_dash_not_a_shouted_line(nlp, line: str, dateline: bool) -> None:
    from redline.clean.dateline import is_dateline

    doc = nlp(f"Headline\n\n{line}")
    first = next(t for t in doc if t.is_alpha and t.idx > len("Headline"))
    assert is_dateline(first) is dateline


def test_a_lead_statement_after_a_long_dateline_leaves_the_dateline_out(nlp) -> None:
    from redline.pipeline import analyze

    text = ("Three dead in Kenya clash\n\nGARISSA, Kenya, Aug 3, 2012 (AFP) - Gunmen killed three people near "
            "Garissa on Friday, police said.\n")
    lead = analyze(text).statements[0]
    assert lead.content_text(text) == "Gunmen killed three people near Garissa on Friday"


def test_an_agency_credit_after_the_dash_is_part_of_the_dateline(nlp) -> None:
    """"PLACE — (AP) —": the lead starts after the second dash, so the
    agency is never its subject or a speaker."""
    from redline.pipeline import analyze

    text = ("Gunmen storm police post\n\nGARISSA, Kenya — (AP) — Six officers were killed when gunmen "
            "stormed a police post overnight, officials said Tuesday.\n\n"
            "Security forces killed two of the attackers, it said.\n")
    lead = analyze(text).statements[0]
    assert (lead.speaker.mention, lead.speaker.name) == ("officials", "officials")


@pytest.mark.parametrize("place", ["NAIROBI", "New Delhi", "MOGADISHU, Somalia", "MARSABIT", "New Delhi/IANS", "Kolkata/PTI"])
def test_a_colon_dateline_is_no_speaker(nlp, place) -> None:
    # a small town in capitals opening the story under its headline is a
    # dateline too ("MARSABIT:", population 36,000), and so is a city with
    # its agency after a slash ("New Delhi/IANS:")
    from redline.pipeline import analyze

    text = (f"Gunmen attack bus\n\n{place}: Gunmen attacked a bus on the coast road on Friday, killing "
            "four passengers, police said.\n")
    speakers = [s.speaker.name for s in analyze(text).statements]
    assert not any(n and n in place for n in speakers) and "police" in [n.lower() for n in speakers if n]


def test_a_colon_dateline_of_two_title_case_words_is_no_part_of_the_lead(nlp) -> None:
    from redline.pipeline import analyze

    text = "Two former MPs held\n\nPort Louis: Police arrested two former MPs on Monday, Ravi Dool said.\n"
    lead = analyze(text).statements[0]
    assert lead.content_text(text) == "Police arrested two former MPs on Monday"
