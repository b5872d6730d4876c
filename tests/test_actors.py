"""Actor resolution: mentions to ISO/CAMEO codes, people by date, user tables."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from redline.actors import (
    ActorCode,
    ActorResolver,
    ArticleActors,
    TableError,
    load_tables,
    resolve_in_article,
)
from redline.actors.normalize import normalize_date, tokenize


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


def code_of(resolver: ActorResolver, mention: str, date: str | None = None) -> str | None:
    actor = resolver.resolve(mention, date)
    return actor.code if actor else None


# -- states: names, aliases, demonyms -------------------------------------------


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("Russia", "RUS"),
        ("Russian", "RUS"),
        ("the Russian Federation", "RUS"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("the United States", "USA"),
        ("America", "USA"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("Ukraine", "UKR"),
        ("Ukrainian", "UKR"),
        ("Ukrainians", "UKR"),
        ("Britain", "GBR"),
        ("British", "GBR"),
        ("UK", "GBR"),
        ("U.K.", "GBR"),
        ("Britons", "GBR"),
        ("China", "CHN"),
        ("Chinese", "CHN"),
        ("Israeli", "ISR"),
        ("Israelis", "ISR"),
        ("North Korea", "PRK"),
        ("N. Korea", "PRK"),
        ("South Korea", "KOR"),
        ("Côte d'Ivoire", "CIV"),
        ("Ivory Coast", "CIV"),
        ("Türkiye", "TUR"),
        ("Turkish", "TUR"),
        ("Burma", "MMR"),
        ("Guinea-Bissau", "GNB"),
        ("Guinea", "GIN"),
        ("Papua New Guinea", "PNG"),
        ("Equatorial Guinea", "GNQ"),
        ("South Sudan", "SSD"),
        ("Sudanese", "SDN"),
        ("Dominican Republic", "DOM"),
        ("Dominica", "DMA"),
        ("the Palestinian territories", "PSE"),
        ("Palestinian", "PSE"),
        ("Taiwan", "TWN"),
        ("Taiwanese", "TWN"),
        ("Kosovo", "XKX"),
        ("the Holy See", "VAT"),
        ("Emirati", "ARE"),
        ("UAE", "ARE"),
        ("Saudi", "SAU"),
    ],
)
def test_actors_states_from_names_and_demonyms(resolver: ActorResolver, mention: str, code: str) -> None:
    actor = resolver.resolve(mention)
    assert actor is not None and actor.code == code
    assert actor.kind == "state"


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("russia", "RUS"),
        ("RUSSIA", "RUS"),
        ("Russia's", "RUS"),
        ("Russia’s", "RUS"),
        ("the Kremlin's", "RUSGOV"),
        ("Americans'", "USA"),
        ("u.s.", "USA"),
        ("U.S", "USA"),
        ("  the   United   States  ", "USA"),
        ("Élysée", "FRAGOV"),
        ("Elysee", "FRAGOV"),
    ],
)
def test_actors_case_punctuation_and_accents(resolver: ActorResolver, mention: str, code: str) -> None:
    assert code_of(resolver, mention) == code


# -- capitals and seats of power --------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("Moscow", "RUS"),
        ("the Kremlin", "RUSGOV"),
        ("Washington", "USA"),
        ("the White House", "USAGOV"),
        ("the Pentagon", "USAMIL"),
        ("the State Department", "USAGOV"),
        ("the Treasury's Office of Foreign Assets Control", "USAGOV"),  # the sanctions office, in sanctions news
        ("OFAC", "USAGOV"),
        ("Capitol Hill", "USALEG"),
        ("Downing Street", "GBRGOV"),
        ("the British Foreign Office", "GBRGOV"),
        ("Pakistan's Foreign Office", "PAKGOV"),  # many states have a "Foreign Office": not Britain's alone
        ("the German Foreign Office", "DEUGOV"),
        ("Whitehall", "GBRGOV"),
        ("Beijing", "CHN"),
        ("Kiev", "UKR"),
        ("Kyiv", "UKR"),
        ("Tehran", "IRN"),
        ("the Elysee", "FRAGOV"),
        ("Elysee Palace", "FRAGOV"),
        ("the Knesset", "ISRLEG"),
        ("the Bundestag", "DEULEG"),
        ("the State Duma", "RUSLEG"),
        ("the Verkhovna Rada", "UKRLEG"),
        ("Zhongnanhai", "CHNGOV"),
        ("the IDF", "ISRMIL"),
        ("Revolutionary Guards", "IRNMIL"),
        ("Tel Aviv", "ISR"),
        ("Ramallah", "PSEGOV"),
    ],
)
def test_actors_seats_of_power(resolver: ActorResolver, mention: str, code: str) -> None:
    assert code_of(resolver, mention) == code


# -- organisations ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "code", "org", "kind"),
    [
        ("NATO", "IGOWSTNAT", "NATO", "igo"),
        ("Nato", "IGOWSTNAT", "NATO", "igo"),
        ("the UN", "IGOUNO", "UN", "igo"),
        ("United Nations", "IGOUNO", "UN", "igo"),
        ("U.N. Security Council", "IGOUNO", "UNSC", "igo"),
        ("UN Security Council", "IGOUNO", "UNSC", "igo"),
        ("EU", "IGOEUREEC", "EU", "igo"),
        ("the European Union", "IGOEUREEC", "EU", "igo"),
        ("Brussels", "IGOEUREEC", "EU", "igo"),
        ("European Commission", "IGOEUREEC", "EC", "igo"),
        ("OSCE", "IGOEUROSC", "OSCE", "igo"),
        ("IAEA", "IGOUNOIAE", "IAEA", "igo"),
        ("the UN nuclear watchdog", "IGOUNOIAE", "IAEA", "igo"),
        ("WHO", "IGOUNOHLHWHO", "WHO", "igo"),
        ("World Health Organization", "IGOUNOHLHWHO", "WHO", "igo"),
        ("IMF", "IGOBUSIMF", "IMF", "igo"),
        ("the World Bank", "IGOUNODEVWBK", "WB", "igo"),
        ("WTO", "IGOBUSWTO", "WTO", "igo"),
        ("the African Union", "IGOAFROAU", "AU", "igo"),
        ("ASEAN", "IGOSEAASN", "ASEAN", "igo"),
        ("the Arab League", "IGOMEAARL", "LAS", "igo"),
        ("OPEC", "IGOOPC", "OPEC", "igo"),
        ("G7", "IGOGOS", "G7", "igo"),
        ("G-7", "IGOGOS", "G7", "igo"),
        ("the Red Cross", "NGOHLHIRC", "ICRC", "ngo"),
        ("ICRC", "NGOHLHIRC", "ICRC", "ngo"),
        ("Amnesty International", "NGOHRIAMN", "AI", "ngo"),
        ("Human Rights Watch", "NGOHRI", "HRW", "ngo"),
        ("Doctors Without Borders", "NGOHLHMSF", "MSF", "ngo"),
        ("the Syrian Observatory for Human Rights", "NGOSYRHRI", "SOHR", "ngo"),
        ("NATO troops", "IGOWSTNATMIL", "NATO", "igo"),
        ("UN peacekeepers", "IGOUNOMIL", "UN", "igo"),
        ("Hamas", "PSEREB", "HAMAS", "group"),
        ("Hezbollah", "LBNREB", "HEZBOLLAH", "group"),
        ("Houthi rebels", "YEMREB", "HOUTHIS", "group"),
        ("Islamic State", "REB", "ISIS", "group"),
        ("Reuters", "MED", "REUTERS", "group"),
        ("the New York Times", "USAMED", "NYT", "group"),
    ],
)
def test_actors_organizations_igo_ngo_and_groups(
    resolver: ActorResolver, mention: str, code: str, org: str, kind: str
) -> None:
    actor = resolver.resolve(mention)
    assert actor is not None
    assert (actor.code, actor.org, actor.kind) == (code, org, kind)


def test_actors_igo_official_is_plain_igo(resolver: ActorResolver) -> None:
    # A title does not turn the UN into a government: the organisation's own code, no GOV.
    assert code_of(resolver, "UN spokesman") == "IGOUNO"
    assert code_of(resolver, "a NATO official") == "IGOWSTNAT"


# -- sectors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("Russian Foreign Ministry", "RUSGOV"),
        ("Ukrainian troops", "UKRMIL"),
        ("Kremlin spokesman", "RUSGOV"),
        ("Israeli police", "ISRCOP"),
        ("Syrian rebels", "SYRREB"),
        ("opposition", "OPP"),
        ("the opposition", "OPP"),
        ("parliament", "LEG"),
        ("court", "JUD"),
        ("the president", "GOV"),
        ("prime minister", "GOV"),
        ("a minister", "GOV"),
        ("the government", "GOV"),
        ("officials", "GOV"),
        ("a spokesman", "GOV"),
        ("the ambassador", "GOV"),
        ("diplomats", "GOV"),
        ("the army", "MIL"),
        ("soldiers", "MIL"),
        ("the military", "MIL"),
        ("security forces", "MIL"),
        ("the navy", "MIL"),
        ("the air force", "MIL"),
        ("refugees", "REF"),
        ("protesters", "CVL"),
        ("civilians", "CVL"),
        ("residents", "CVL"),
        ("the company", "BUS"),
        ("a firm", "BUS"),
        ("the newspaper", "MED"),
        ("state TV", "MED"),
        ("Russian Defense Ministry", "RUSMIL"),
        ("the Russian army's spokesman", "RUSMIL"),
        ("Iraqi army spokesman", "IRQMIL"),
        ("Israeli police spokesman", "ISRCOP"),
        ("Pentagon spokesman", "USAMIL"),
        ("Syrian opposition leader", "SYROPP"),
        ("rebel commander", "REB"),
        ("government troops", "MIL"),
        ("Egyptian lawmakers", "EGYLEG"),
        ("the Supreme Court", "JUD"),
        ("Iranian state media", "IRNMED"),
        ("Palestinian refugees", "PSEREF"),
        ("French protesters", "FRACVL"),
        ("Chinese companies", "CHNBUS"),
        ("Taliban government", "AFGGOV"),
        ("the US State Department", "USAGOV"),
        ("the U.S. Embassy in Moscow", "USAGOV"),
    ],
)
def test_actors_sector_mapping(resolver: ActorResolver, mention: str, code: str) -> None:
    assert code_of(resolver, mention) == code


def test_actors_non_state_kinds(resolver: ActorResolver) -> None:
    assert resolver.resolve("Syrian rebels").kind == "group"
    assert resolver.resolve("Ukrainian troops").kind == "state"
    assert resolver.resolve("protesters").kind == "group"


# -- affiliation rules ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("Russian ambassador to the United States", "RUSGOV"),
        ("the US envoy to the UN", "USAGOV"),
        ("UN envoy to Syria", "IGOUNO"),
        ("residents in Gaza", "PSECVL"),
        ("pro-Russian separatists", "REB"),
        ("Russian-backed separatists", "REB"),
        ("Iran-backed Houthi rebels", "YEMREB"),
        ("anti-government protesters", "CVL"),
        ("Belgian officials in Brussels", "BELGOV"),
        ("Lebanon's Hezbollah", "LBNREB"),
        ("Russia's ambassador to the UN", "RUSGOV"),
        ("the Biden administration", "USAGOV"),
        ("Netanyahu's office", "ISRGOV"),
        ("The Israeli Defense Forces", "ISRMIL"),
        ("Ukraine's State Border Guard Service", "UKRMIL"),
    ],
)
def test_actors_affiliation_ignores_targets_and_sponsors(resolver: ActorResolver, mention: str, code: str) -> None:
    actor = resolver.resolve(mention, "2024-01-01")
    assert actor is not None and actor.code == code
    assert actor.name is None  # modifiers and institution names are not people


# -- people -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "date", "code", "name"),
    [
        ("President Biden", "2021-06-01", "USAGOV", "Joe Biden"),
        ("Joe Biden", "2021-06-01", "USAGOV", "Joe Biden"),
        ("Biden", "2021-06-01", "USAGOV", "Joe Biden"),
        ("Mr. Biden", "2021-06-01", "USAGOV", "Joe Biden"),
        ("White House spokeswoman Jen Psaki", "2021-06-01", "USAGOV", "Jen Psaki"),
        ("Psaki", "2021-06-01", "USAGOV", "Jen Psaki"),
        ("Kremlin spokesman Dmitry Peskov", "2022-03-01", "RUSGOV", "Dmitry Peskov"),
        ("Dmitry Peskov, the Kremlin spokesman", "2022-03-01", "RUSGOV", "Dmitry Peskov"),
        ("Putin's spokesman Dmitry Peskov", "2022-03-01", "RUSGOV", "Dmitry Peskov"),
        ("Maria Zakharova", "2022-03-01", "RUSGOV", "Maria Zakharova"),
        ("Karine Jean-Pierre", "2023-01-10", "USAGOV", "Karine Jean-Pierre"),
        ("Sergei Lavrov", "2022-03-01", "RUSGOV", "Sergei Lavrov"),
        ("Sergey Lavrov", "2022-03-01", "RUSGOV", "Sergei Lavrov"),
        ("Secretary of State Antony Blinken", "2022-03-01", "USAGOV", "Antony Blinken"),
        ("Ukraine's President Volodymyr Zelenskyy", "2022-03-01", "UKRGOV", "Volodymyr Zelensky"),
        ("Zelenskiy", "2022-03-01", "UKRGOV", "Volodymyr Zelensky"),
        ("Xi Jinping", "2022-03-01", "CHNGOV", "Xi Jinping"),
        ("Chinese President Xi", "2022-03-01", "CHNGOV", "Xi Jinping"),
        ("Netanyahu", "2024-01-01", "ISRGOV", "Benjamin Netanyahu"),
        ("Erdogan", "2022-03-01", "TURGOV", "Recep Tayyip Erdogan"),
        ("Erdoğan", "2022-03-01", "TURGOV", "Recep Tayyip Erdogan"),
        ("Macron", "2022-03-01", "FRAGOV", "Emmanuel Macron"),
        ("Chancellor Olaf Scholz", "2022-03-01", "DEUGOV", "Olaf Scholz"),
        ("Angela Merkel", "2015-03-01", "DEUGOV", "Angela Merkel"),
        ("Ayatollah Ali Khamenei", "2022-03-01", "IRNGOV", "Ali Khamenei"),
        ("Iranian President Ebrahim Raisi", "2022-03-01", "IRNGOV", "Ebrahim Raisi"),
        ("North Korean leader Kim Jong Un", "2022-03-01", "PRKGOV", "Kim Jong Un"),
        ("Kim Jong-un", "2022-03-01", "PRKGOV", "Kim Jong Un"),
        ("UN Secretary-General Antonio Guterres", "2022-03-01", "IGOUNO", "Antonio Guterres"),
        ("António Guterres", "2022-03-01", "IGOUNO", "Antonio Guterres"),
        ("NATO Secretary General Jens Stoltenberg", "2022-03-01", "IGOWSTNAT", "Jens Stoltenberg"),
        ("Hamas leader Ismail Haniyeh", "2022-03-01", "PSEREB", "Ismail Haniyeh"),
        ("Ursula von der Leyen", "2022-03-01", "IGOEUREEC", "Ursula von der Leyen"),
        ("joe biden", "2021-06-01", "USAGOV", "Joe Biden"),
    ],
)
def test_actors_people_from_table(resolver: ActorResolver, mention: str, date: str, code: str, name: str) -> None:
    actor = resolver.resolve(mention, date)
    assert actor is not None
    assert (actor.code, actor.name, actor.kind) == (code, name, "person")


@pytest.mark.parametrize(
    ("mention", "date", "code", "role"),
    [
        ("Trump", "2019-06-01", "USAGOV", "president"),
        ("Trump", "2022-06-01", "USAOPP", "former president"),
        ("President Trump", "2022-06-01", "USAOPP", "former president"),
        ("Trump", "2025-06-01", "USAGOV", "president"),
        ("Putin", "2010-06-01", "RUSGOV", "prime minister"),
        ("Putin", "2021-06-01", "RUSGOV", "president"),
        ("Putin", "2005-06-01", "RUSGOV", "president"),
        ("Biden", "2015-06-01", "USAGOV", "vice president"),
        ("Biden", "2022-06-01", "USAGOV", "president"),
        ("Biden", "2000-06-01", "USALEG", "senator"),
        ("Netanyahu", "2022-03-01", "ISROPP", "opposition leader"),
        ("Netanyahu", "2023-03-01", "ISRGOV", "prime minister"),
        ("Jens Stoltenberg", "2010-03-01", "NORGOV", "prime minister"),
        ("Jens Stoltenberg", "2020-03-01", "IGOWSTNAT", "secretary general"),
        ("Mark Rutte", "2020-03-01", "NLDGOV", "prime minister"),
        ("Mark Rutte", "2025-03-01", "IGOWSTNAT", "secretary general"),
        ("Ursula von der Leyen", "2015-03-01", "DEUMIL", "defence minister"),
    ],
)
def test_actors_date_dependent_roles(resolver: ActorResolver, mention: str, date: str, code: str, role: str) -> None:
    actor = resolver.resolve(mention, date)
    assert actor is not None and actor.code == code
    assert actor.name is not None
    held = resolver.role_of(actor.name, date)
    assert held is not None and held.role == role


@pytest.mark.parametrize(
    ("mention", "date", "name"),
    [
        ("Bush", "1991-06-01", "George H. W. Bush"),
        ("Bush", "2005-06-01", "George W. Bush"),
        ("George Bush", "2005-06-01", "George W. Bush"),
        ("Clinton", "1995-06-01", "Bill Clinton"),
        ("Clinton", "2011-06-01", "Hillary Clinton"),
        ("Duterte", "2019-06-01", "Rodrigo Duterte"),
        ("Duterte", "2023-06-01", "Sara Duterte"),
    ],
)
def test_actors_shared_surnames_pick_person_by_date(resolver: ActorResolver, mention: str, date: str, name: str) -> None:
    actor = resolver.resolve(mention, date)
    assert actor is not None and actor.name == name


def test_actors_shared_surname_without_date_keeps_only_country(resolver: ActorResolver) -> None:
    actor = resolver.resolve("Bush")
    assert actor == ActorCode("USA", None, None, None, "state")


def test_actors_person_without_role_on_date_keeps_country(resolver: ActorResolver) -> None:
    actor = resolver.resolve("Donald Trump", "2016-03-01")
    assert actor == ActorCode("USA", None, None, "Donald Trump", "person")
    assert resolver.role_of("Donald Trump", "2016-03-01") is None


def test_actors_no_date_takes_latest_role(resolver: ActorResolver) -> None:
    assert code_of(resolver, "Putin") == "RUSGOV"
    assert resolver.role_of("Vladimir Putin").role == "president"


@pytest.mark.parametrize(
    ("mention", "date", "name"),
    [
        ("the Russian president", "2021-06-01", "Vladimir Putin"),
        ("the Russian president", "2010-06-01", "Dmitry Medvedev"),
        ("the Russian prime minister", "2010-06-01", "Vladimir Putin"),
        ("the Russian prime minister", "2021-06-01", "Mikhail Mishustin"),
        ("the US secretary of state", "2022-06-01", "Antony Blinken"),
        ("the British foreign secretary", "2020-06-01", "Dominic Raab"),
        ("Iran's supreme leader", "2022-06-01", "Ali Khamenei"),
        ("the UN secretary-general", "2010-06-01", "Ban Ki-moon"),
        ("the German chancellor", "2019-06-01", "Angela Merkel"),
    ],
)
def test_actors_office_title_finds_holder_on_date(resolver: ActorResolver, mention: str, date: str, name: str) -> None:
    actor = resolver.resolve(mention, date)
    assert actor is not None and actor.name == name and actor.kind == "person"


def test_actors_former_title_finds_no_holder(resolver: ActorResolver) -> None:
    actor = resolver.resolve("a former Russian president", "2021-06-01")
    assert actor is not None and actor.name is None and actor.country == "RUS"


@pytest.mark.parametrize(
    ("mention", "code", "name"),
    [
        ("an unnamed White House official", "USAGOV", None),
        ("a senior Pentagon official", "USAMIL", None),
        ("Foreign Ministry spokeswoman Ivana Petrova", "GOV", "Ivana Petrova"),
        ("Kremlin spokesman Ivan Ivanov", "RUSGOV", "Ivan Ivanov"),
        ("Putin aide Ivan Petrov", "RUSGOV", "Ivan Petrov"),
        ("Ivan Petrov, a Russian diplomat", "RUSGOV", "Ivan Petrov"),
        ("UN envoy to Syria Geir Pedersen", "IGOUNO", "Geir Pedersen"),
        ("Ukrainian army commander Oleh Kovalenko", "UKRMIL", "Oleh Kovalenko"),
    ],
)
def test_actors_role_titled_names_resolve_from_text(
    resolver: ActorResolver, mention: str, code: str, name: str | None
) -> None:
    actor = resolver.resolve(mention, "2022-03-01")
    assert actor is not None
    assert (actor.code, actor.name) == (code, name)


def test_actors_surname_of_someone_else_is_not_the_table_person(resolver: ActorResolver) -> None:
    # "Hunter Biden" is not Joe Biden, and nothing says who he is.
    assert resolver.resolve("Hunter Biden", "2021-06-01") is None
    assert resolver.resolve("Ivanka Trump", "2019-06-01") is None


@pytest.mark.parametrize(
    "mention",
    ["John Smith", "Mr Smith", "he", "He", "they", "us", "who", "", "   ", "the", "an unnamed source",
     "Sources", "123", "..."],
)
def test_actors_unknown_mention_is_none(resolver: ActorResolver, mention: str) -> None:
    assert resolver.resolve(mention) is None


def test_actors_acronyms_that_are_words_need_capitals(resolver: ActorResolver) -> None:
    assert code_of(resolver, "US") == "USA"
    assert resolver.resolve("us") is None
    assert code_of(resolver, "WHO") == "IGOUNOHLHWHO"
    assert resolver.resolve("who") is None


# -- per-article memory -------------------------------------------------------------


def test_actors_article_remembers_introduced_people(resolver: ActorResolver) -> None:
    article = ArticleActors(resolver, "2023-03-01")
    first = article.resolve("Kremlin spokesman Ivan Ivanov")
    assert first == ActorCode("RUS", "GOV", None, "Ivan Ivanov", "person")
    assert resolver.resolve("Ivanov", "2023-03-01") is None  # the tables do not know him
    assert article.resolve("Ivanov") == first
    assert article.resolve("Mr. Ivanov") == first
    assert article.resolve("Ivan Ivanov") == first
    assert "Ivan Ivanov" in article.people


def test_actors_article_memory_does_not_shadow_other_entries(resolver: ActorResolver) -> None:
    article = ArticleActors(resolver, "2023-03-01")
    article.resolve("Kremlin spokesman Ivan Ivanov")
    assert code_of(resolver, "Ukrainian troops") == "UKRMIL"
    assert article.resolve("Ukrainian troops").code == "UKRMIL"
    assert article.resolve("Zelensky").name == "Volodymyr Zelensky"


def test_actors_learn_person_from_role(resolver: ActorResolver) -> None:
    article = ArticleActors(resolver, "2022-01-10")
    learned = article.learn_person("Olga Petrova", "Russian Foreign Ministry spokeswoman")
    assert learned == ActorCode("RUS", "GOV", None, "Olga Petrova", "person")
    assert article.resolve("Petrova") == learned
    assert resolver.learn_person("Olga Petrova", "an old friend") is None
    # a private person is a civilian (CAMEO's CVL), with no state of her own
    assert resolver.learn_person("Olga Petrova", "a passer-by").code == "CVL"


def test_actors_resolve_in_article_carries_introductions(resolver: ActorResolver) -> None:
    codes = resolve_in_article(
        ["Ukrainian presidential adviser Mykola Shevchenko", "Shevchenko", "the Kremlin"], resolver, "2023-01-01")
    assert [c.code if c else None for c in codes] == ["UKRGOV", "UKRGOV", "RUSGOV"]
    assert codes[1].name == "Mykola Shevchenko"


# -- user tables ----------------------------------------------------------------------


def _write(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_actors_user_people_table_extends_and_overrides(tmp_path: Path) -> None:
    people = _write(tmp_path / "people.tsv", [
        ["name", "aliases", "country", "sector", "role", "start", "end"],
        ["Ivan Ivanov", "Ivanov|Ivan Ivanov", "RUS", "MIL", "general", "2020-01-01", ""],
        ["Joe Biden", "Biden|Joe Biden", "USA", "OPP", "test override", "", ""],
        ["Jane Doe", "Jane Doe", "NATO", "", "spokeswoman", "", ""],
    ])
    custom = ActorResolver([people])
    assert custom.resolve("Ivanov", "2022-01-01") == ActorCode("RUS", "MIL", None, "Ivan Ivanov", "person")
    assert custom.resolve("Biden", "2022-01-01").code == "USAOPP"
    assert custom.resolve("Jane Doe") == ActorCode("IGO", None, "NATO", "Jane Doe", "person",
                                                   "IGOWSTNAT", "North Atlantic Treaty Organization")
    # Built-in people and the default resolver are untouched.
    assert custom.resolve("Putin", "2022-01-01").code == "RUSGOV"
    assert ActorResolver().resolve("Biden", "2022-01-01").code == "USAGOV"


def test_actors_user_tables_of_every_layout(tmp_path: Path) -> None:
    countries = _write(tmp_path / "countries.tsv", [
        ["code", "name", "aliases", "adjectives", "capital", "seats"],
        ["ATL", "Atlantis", "Lost Continent", "Atlantean", "Poseidonis", "Temple of Poseidon"],
    ])
    orgs = _write(tmp_path / "orgs.tsv", [
        ["acronym", "name", "aliases", "code", "members"],
        ["SEALS", "Sea League", "Sea League|SEALS", "IGO", "coastal states"],
        ["NATO", "North Atlantic Treaty Organization", "NATO", "NGO", "overridden"],
    ])
    sectors = _write(tmp_path / "sectors.tsv", [
        ["word", "sector", "kind"],
        ["mermaid", "CVL", "body"],
        ["troops", "COP", "body"],
    ])
    custom = ActorResolver([countries, orgs, sectors])
    assert custom.resolve("Atlantean mermaids").code == "ATLCVL"
    assert custom.resolve("Poseidonis").code == "ATL"
    assert custom.resolve("the Temple of Poseidon").code == "ATLGOV"
    assert custom.resolve("the Sea League").code == "IGO"
    assert custom.resolve("NATO").code == "NGO"
    assert custom.resolve("Ukrainian troops").code == "UKRCOP"
    assert custom.resolve("Ukrainian soldiers").code == "UKRMIL"


def test_actors_user_table_without_header_by_column_count(tmp_path: Path) -> None:
    people = _write(tmp_path / "people.tsv", [["Ivan Ivanov", "Ivanov", "RUS", "MIL", "general", "", ""]])
    assert ActorResolver([people]).resolve("Ivanov").code == "RUSMIL"


@pytest.mark.parametrize(
    "rows",
    [
        [["name", "aliases", "country", "sector", "role", "start", "end"], ["X", "X", "RUS", "GOV", "r", "soon", ""]],
        [["name", "aliases", "country", "sector", "role", "start", "end"], ["", "X", "RUS", "GOV", "r", "", ""]],
        [["word", "sector", "kind"], ["mermaid", "CVL", "sometimes"]],
        [["just one column"]],
    ],
)
def test_actors_bad_user_table_raises(tmp_path: Path, rows: list[list[str]]) -> None:
    path = _write(tmp_path / "bad.tsv", rows)
    with pytest.raises(TableError, match=re.escape(str(path))):
        ActorResolver([path])


def test_actors_missing_user_table_raises(tmp_path: Path) -> None:
    with pytest.raises(TableError, match="cannot read"):
        ActorResolver([tmp_path / "missing.tsv"])


# -- the tables themselves --------------------------------------------------------------


def test_actors_tables_cover_all_states() -> None:
    tables = load_tables()
    codes = set(tables.countries)
    assert len(codes) >= 197  # 193 UN members + Holy See, Palestine, Taiwan, Kosovo
    assert {"PSE", "TWN", "XKX", "VAT", "SSD", "USA", "RUS", "CHN"} <= codes
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    # Hong Kong and Macau are cities as well as territories: no capital of
    # their own; Bermuda's and the Falklands' (Hamilton, Stanley) are
    # people's names far more often than metonyms in the news
    assert all(c.name and (c.capitals or code in {"HKG", "MAC", "BMU", "FLK"})
               for code, c in tables.countries.items())


def test_actors_tables_are_consistent() -> None:
    tables = load_tables()
    iso = set(tables.countries)
    orgs = tables.organizations
    assert not iso & set(orgs), "an org acronym must not shadow an ISO code"
    assert len(orgs) >= 50
    assert all(o.country in iso | {"IGO", "NGO", None} for o in orgs.values())
    assert {o.acronym for o in orgs.values() if o.country == "IGO"} >= {"UN", "NATO", "EU", "OSCE", "IAEA", "WHO"}
    assert len(tables.people) >= 150
    sectors = {s.sector for s in tables.sectors.values()}
    assert sectors >= {"GOV", "MIL", "REB", "OPP", "POL", "JUD", "BUS", "MED", "REF", "CVL", "COP", "LEG", "EDU", "HLH"}
    codes = {o.code for o in orgs.values()}
    for name, rows in tables.people.items():
        for row in rows:
            # An ISO code, an acronym, or (converted CAMEO people) an organisation's code.
            assert (row.affiliation in iso | set(orgs)
                    or any(row.affiliation.startswith(c) for c in codes if len(c) > 3)
                    or row.affiliation[:3] in ("IGO", "NGO")), (name, row.affiliation)
            assert row.start is None or row.end is None or row.start < row.end, name


def test_actors_code_property() -> None:
    assert ActorCode("RUS", "GOV", None, None, "state").code == "RUSGOV"
    assert ActorCode("USA", None, None, None, "state").code == "USA"
    assert ActorCode("IGO", None, "NATO", None, "igo").code == "IGO"
    assert ActorCode("IGO", "MIL", "NATO", None, "igo").code == "IGOMIL"
    assert ActorCode("IGO", None, "NATO", None, "igo", "IGOWSTNAT").code == "IGOWSTNAT"
    assert ActorCode("IGO", "MIL", "NATO", None, "igo", "IGOWSTNAT").code == "IGOWSTNATMIL"
    assert ActorCode("PSE", "REB", "HAMAS", None, "group", "PSEREB").code == "PSEREB"
    assert ActorCode("AFG", "GOV", "TALIBAN", None, "group", "AFGREB").code == "AFGGOV"
    assert ActorCode("SYR", "REB", "ISIS", None, "group", "REB").code == "SYRREB"
    assert ActorCode(None, "REB", None, None, "group").code == "REB"
    ref = ActorCode("RUS", "GOV", None, "Dmitry Peskov", "person").as_ref("Peskov", ((0, 6),))
    assert (ref.code, ref.name, ref.spans) == ("RUSGOV", "Dmitry Peskov", ((0, 6),))


# -- helpers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2021-03-04", "2021-03-04"),
        ("2021-03-04T10:00:00Z", "2021-03-04"),
        ("2021/3/4", "2021-03-04"),
        ("2021-03", "2021-03-15"),
        ("2021", "2021-07-01"),
        ("", None),
        (None, None),
        ("yesterday", None),
        ("2021-02-30", None),
    ],
)
def test_actors_date_normalization(value: str | None, day: str | None) -> None:
    assert normalize_date(value) == day


def test_actors_tokens_keep_offsets_and_possessives() -> None:
    text = "the U.S. envoy's aide, Jean-Pierre"
    tokens = tokenize(text)
    assert [t.low for t in tokens] == ["the", "us", "envoy", "aide", "jean", "pierre"]
    assert text[tokens[1].start:tokens[1].end] == "U.S."
    assert tokens[2].poss and not tokens[3].poss
    assert tokens[1].upper and tokens[4].cap


def test_actors_resolution_is_fast(resolver: ActorResolver) -> None:
    mentions = ["Kremlin spokesman Dmitry Peskov", "an unnamed White House official", "Ukrainian troops",
                "the Russian president", "U.N. Security Council", "John Smith"] * 200
    start = time.perf_counter()
    for m in mentions:
        resolver.resolve_with(m, "2022-03-01", None)  # uncached path
    assert time.perf_counter() - start < 2.0


# -- CAMEO dictionaries: specific organisation codes, converted people, user dictionaries ----------


def test_actors_organisations_keep_their_own_code_and_name(resolver: ActorResolver) -> None:
    nato = resolver.resolve("NATO")
    assert nato.code.startswith("IGOWSTNAT") and nato.org == "NATO"
    assert nato.org_name == "North Atlantic Treaty Organization"
    assert resolver.resolve("UNICEF").code == "IGOUNOKID"
    council = resolver.resolve("UN Security Council")
    assembly = resolver.resolve("UN General Assembly")
    assert council.code == assembly.code == "IGOUNO"
    assert council.org_name != assembly.org_name
    assert (council.org_name, assembly.org_name) == ("United Nations Security Council",
                                                     "United Nations General Assembly")
    # The name travels with the reference a caller writes out.
    assert council.as_ref("UN Security Council").name == "United Nations Security Council"
    assert resolver.resolve("the United Nations").as_ref("the United Nations").name == "United Nations"


def test_actors_no_known_organisation_is_a_bare_igo(resolver: ActorResolver) -> None:
    tables = load_tables()
    hand = [o for o in tables.organizations.values() if ("org", o.acronym) not in tables.weak]
    assert not [o.acronym for o in hand if o.code in ("IGO", "NGO")]


def test_actors_sector_after_an_organisation(resolver: ActorResolver) -> None:
    assert code_of(resolver, "NATO troops") == "IGOWSTNATMIL"
    assert code_of(resolver, "Hamas fighters") == "PSEREB"
    assert code_of(resolver, "Taliban government") == "AFGGOV"
    # A title keeps the organisation itself: a UN spokesman speaks for the UN.
    assert code_of(resolver, "UN spokesman") == "IGOUNO"


def test_actors_people_of_an_organisation_carry_its_code(resolver: ActorResolver) -> None:
    ban = resolver.resolve("UN Secretary-General Ban Ki-moon", "2010-05-01")
    assert (ban.code, ban.org, ban.name, ban.kind) == ("IGOUNO", "UN", "Ban Ki-moon", "person")
    assert ban.org_name == "United Nations"


def test_actors_converted_office_holder_resolves_on_dates_in_office(resolver: ActorResolver) -> None:
    # From the Phoenix country dictionary: minister 2007-03 to 2010-05, not in people.tsv.
    assert "Milinda Moragoda" not in {r.name for rows in load_tables().people.values() for r in rows
                                      if ("person", r.name) not in load_tables().weak}
    in_office = resolver.resolve("Milinda Moragoda", "2008-06-01")
    assert (in_office.code, in_office.name, in_office.kind) == ("LKAGOV", "Milinda Moragoda", "person")
    # Out of office: still Sri Lankan, the role is not invented.
    assert code_of(resolver, "Milinda Moragoda", "2014-06-01") == "LKA"


def test_actors_converted_tables_are_large_and_filtered() -> None:
    tables = load_tables()
    weak_people = [k for kind, k in tables.weak if kind == "person"]
    weak_orgs = [k for kind, k in tables.weak if kind == "org"]
    assert len(weak_people) > 10_000 and len(weak_orgs) > 1_000
    # No converted person is matched by a bare surname or by a title and a surname.
    resolver = ActorResolver()
    assert resolver.resolve("Moragoda", "2008-06-01") is None
    assert resolver.resolve("Putin", "2010-01-01").name == "Vladimir Putin"  # people.tsv wins
    # An ordinary word that a dictionary lists as a group's alias names no one.
    assert resolver.resolve("the youth") is None


def test_actors_hand_tables_win_over_converted(resolver: ActorResolver) -> None:
    # "Bush" alone and "President Bush" are the hand-written Bushes, by date.
    assert resolver.resolve("President Bush", "2003-05-01").name == "George W. Bush"
    assert resolver.resolve("the European Union").org == "EU"


@pytest.mark.parametrize("mention", ["all parties", "the parties", "forces", "the city",
                                     "independence forces", "both sides"])
def test_actors_generic_nouns_without_owner_are_none(resolver: ActorResolver, mention: str) -> None:
    assert resolver.resolve(mention) is None


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("Russian forces", "RUSMIL"),
        ("security forces", "MIL"),
        ("opposition parties", "OPP"),  # the side the word before a group word names
        ("Syrian rebel forces", "SYRREB"),
        ("government forces", "MIL"),  # a state's side: the group word's own sector
        ("Venezuelan Foreign Minister Jorge Arreaza", "VENGOV"),
        ("Venezuelan minister accused by the US", "VENGOV"),
        ("Taiwan Affairs Office spokesman", "CHNGOV"),
        ("Chinese fishermen", "CHNAGR"),  # a CAMEO agent noun
    ],
)
def test_actors_owned_words_and_titles_give_country_and_sector(
        resolver: ActorResolver, mention: str, code: str) -> None:
    assert code_of(resolver, mention, "2019-05-01") == code


def test_actors_title_of_another_country_beats_a_table_surname(resolver: ActorResolver) -> None:
    # "Putin" is in the table, but this title names France: an unknown French president.
    actor = resolver.resolve("French President Putin", "2019-05-01")
    assert (actor.code, actor.name) == ("FRAGOV", "Putin")
    assert resolver.resolve("Russian President Putin", "2019-05-01").name == "Vladimir Putin"


def test_actors_user_table_in_cameo_dictionary_format(tmp_path: Path) -> None:
    cameo = tmp_path / "analyst.actors.txt"
    cameo.write_text(
        "# an analyst's own CAMEO actor dictionary\n"
        "ZORBLAT_QUENTIVAR_  # made up\n"
        "+Z._QUENTIVAR_\n"
        "\t[FRAGOV 100101-151231]\n"
        "\t[FRAELI]\n"
        "\n"
        "GRAND_ORDER_OF_MADE_UP_THINGS_ [NGOHRI]\n",
        encoding="utf-8")
    custom = ActorResolver([cameo])
    in_office = custom.resolve("Zorblat Quentivar", "2012-06-01")
    assert (in_office.code, in_office.name, in_office.kind) == ("FRAGOV", "Zorblat Quentivar", "person")
    assert custom.resolve("Z. Quentivar", "2012-06-01").name == "Zorblat Quentivar"
    assert code_of(custom, "Zorblat Quentivar", "2018-06-01") == "FRAELI"  # the default code
    org = custom.resolve("the Grand Order of Made Up Things")
    assert (org.code, org.org_name) == ("NGOHRI", "Grand Order Of Made Up Things")
    assert ActorResolver().resolve("Zorblat Quentivar", "2012-06-01") is None


def test_actors_cameo_dictionary_via_cli_option(tmp_path: Path) -> None:
    from redline.actors.dictionaries import looks_like_cameo, table_layout

    text = "ZORBLAT_QUENTIVAR_\n\t[FRAGOV 100101-151231]\n"
    assert looks_like_cameo(text)
    assert not looks_like_cameo("name\taliases\tcountry\tsector\trole\tstart\tend\n")
    assert table_layout("name\taliases\tcountry\tsector\trole\tstart\tend\n", "x") == "people"
    empty = tmp_path / "empty.actors.txt"
    empty.write_text("NOBODY_ [XXX]\n", encoding="utf-8")
    with pytest.raises(TableError):
        load_tables((str(empty),))


def test_actors_tables_load_once_per_process() -> None:
    first = ActorResolver()
    start = time.perf_counter()
    second = ActorResolver()
    assert time.perf_counter() - start < 0.05
    assert first.tables is second.tables and first.index is second.index


def test_actors_title_beats_a_table_person_out_of_office(resolver: ActorResolver) -> None:
    # Sri Lankan minister 2007-2010 in the converted dictionary; in 2015 the mention's
    # title says what he is now.
    actor = resolver.resolve("UN envoy Milinda Moragoda", "2015-06-01")
    assert (actor.code, actor.name) == ("IGOUNO", "Milinda Moragoda")
    # In office, the table's role stands.
    assert code_of(resolver, "UN envoy Milinda Moragoda", "2008-06-01") == "LKAGOV"


@pytest.mark.parametrize(
    "mention,code",
    [("Ethopia", "ETH"), ("Quatar", "QAT"), ("Phillippines", "PHL"), ("Isreal", "ISR"),
     ("Afganistan", "AFG")],
)
def test_actors_country_names_one_slip_off(resolver: ActorResolver, mention: str, code: str) -> None:
    # news copy misspells countries; a letter left out, added or two swapped
    # still names the country
    found = resolver.resolve(mention)
    assert found is not None and found.code == code


@pytest.mark.parametrize("mention", ["Roland", "Frances", "Indiana", "Britton"])
def test_actors_names_near_a_country_stay_names(resolver: ActorResolver, mention: str) -> None:
    found = resolver.resolve(mention)
    assert found is None or found.country is None, found


@pytest.mark.parametrize("mention,code", [("the former Russian president", "RUSELI"),
                                          ("former Argentine president Carlos Menem", "ARGELI")])
def test_actors_former_office_holders_are_elites(resolver: ActorResolver, mention: str, code: str) -> None:
    found = resolver.resolve(mention, "2001-09-01")
    assert found is not None and found.code == code, found


def test_actors_a_title_case_headline_teaches_no_person_named_after_common_words(resolver: ActorResolver) -> None:
    article = ArticleActors(resolver, None)
    headline = article.resolve("Rebels Near Lakeside City")
    assert headline is not None and headline.kind != "person", headline
    # so a later "the eastern city" is no one
    assert article.resolve("the eastern city") is None
    # a real unknown name still teaches its surname
    assert article.resolve("spokesman Ivan Petrov").name == "Ivan Petrov"
    assert article.resolve("Petrov").name == "Ivan Petrov"


def test_actors_undated_mention_takes_the_role_its_title_gives(tmp_path: Path) -> None:
    # a president who later led the opposition: without an article date the
    # title in the text says which role is meant; with no title, the latest
    people = _write(tmp_path / "people.tsv", [
        ["name", "aliases", "country", "sector", "role", "start", "end"],
        ["Marta Kovalenko", "Kovalenko|Marta Kovalenko", "UKR", "GOV", "president", "2010-01-01", "2015-01-01"],
        ["Marta Kovalenko", "Kovalenko|Marta Kovalenko", "UKR", "OPP", "opposition leader", "2015-01-01", ""],
    ])
    resolver = ActorResolver([people])
    assert resolver.resolve("Ukrainian President Marta Kovalenko").code == "UKRGOV"
    assert resolver.resolve("opposition leader Marta Kovalenko").code == "UKROPP"
    assert resolver.resolve("Kovalenko").code == "UKROPP"
    assert resolver.resolve("President Marta Kovalenko", "2020-05-01").code == "UKROPP"


def test_article_titles_and_bodies_take_the_state_of_the_body_named_before() -> None:
    from redline.actors import ArticleActors

    article = ArticleActors(ActorResolver())
    # no state in the title alone
    assert article.resolve("ministry spokesman Omar Haddad").country is None
    assert article.resolve("Kenyan interior ministry").code == "KENGOV"
    # later, "the ministry" and a ministry's spokesman are that ministry's
    assert article.resolve("ministry spokesman Omar Haddad").code == "KENGOV"
    assert article.resolve("the ministry").code == "KENGOV"
    # a word no state's body has is no one's
    assert article.resolve("Treasury Secretary Ann Cole").country is None
    # two states' ministries: "the ministry" is neither
    article.resolve("Ugandan foreign ministry")
    assert article.resolve("ministry official").country is None


def test_a_body_the_tables_cannot_read_alone_is_the_one_named_in_full_before() -> None:
    from redline.actors import ArticleActors

    article = ArticleActors(ActorResolver())
    assert article.resolve("Treasury") is None
    article.resolve("US Treasury Department")
    assert article.resolve("Treasury").code == "USAGOV"
    assert article.resolve("Treasury Secretary Ann Cole").code == "USAGOV"
    assert article.resolve("Treasury bonds") is None


@pytest.mark.parametrize("mention", ["Political advisers", "Regional leaders", "Local residents"])
def test_a_capitalised_word_before_a_plural_group_is_no_persons_name(mention: str) -> None:
    code = ActorResolver().resolve(mention)
    assert code is not None and code.name is None and code.kind == "group"


@pytest.mark.parametrize("mention", ["South China Sea", "Gulf of Mexico", "Indian Ocean", "Strait of Hormuz"])
def test_a_sea_named_after_a_state_is_neither_the_state_nor_a_person(mention: str) -> None:
    assert ActorResolver().resolve(mention) is None


def test_a_body_named_for_a_sea_keeps_its_own_state() -> None:
    code = ActorResolver().resolve("Philippine task force on the South China Sea")
    assert code is not None and code.country == "PHL" and code.name is None


def test_a_surname_shared_with_an_unknown_full_name_names_no_table_person(tmp_path: Path) -> None:
    from redline.actors import ArticleActors

    people = _write(tmp_path / "people.tsv", [
        ["name", "aliases", "country", "sector", "role", "start", "end"],
        ["Marta Kovalenko", "Kovalenko|Marta Kovalenko", "UKR", "GOV", "president", "2010-01-01", ""],
    ])
    article = ArticleActors(ActorResolver([people]), "2020-01-01")
    assert article.resolve("Kovalenko").code == "UKRGOV"
    # her brother, whom the tables do not know, is named in full
    assert article.resolve("Pavel Kovalenko") is None
    assert article.resolve("Kovalenko") is None
    # a title still reaches the table's president
    assert article.resolve("President Kovalenko").code == "UKRGOV"


def test_a_body_word_in_another_case_may_be_another_states_body() -> None:
    from redline.actors import ArticleActors

    # the Omani ministry, named in lower case, is not the capitalised one
    # whose spokeswoman speaks elsewhere in the story
    article = ArticleActors(ActorResolver())
    article.resolve("the Omani foreign ministry")
    assert article.resolve("Foreign Ministry spokeswoman Lina Haddad").country is None
    assert article.resolve("foreign ministry spokeswoman Lina Haddad").code == "OMNGOV"


def test_a_title_names_a_person_the_tables_file_as_a_group(tmp_path: Path) -> None:
    from redline.actors import ArticleActors

    # the dictionaries list a politician only as an opposition actor of his state
    orgs = _write(tmp_path / "organizations.tsv", [
        ["acronym", "name", "aliases", "code", "members"],
        ["TOMAS VRANJE", "Tomas Vranje", "Tomas Vranje", "MNEOPP", "test"],
    ])
    article = ArticleActors(ActorResolver([orgs]))
    assert article.resolve("Tomas Vranje").code == "MNEOPP"
    # in this article a title says what he is, and his surname stays so
    assert article.resolve("Montenegrin Prime Minister Tomas Vranje").code == "MNEGOV"
    assert article.resolve("Vranje").code == "MNEGOV"
    assert article.resolve("Tomas Vranje").code == "MNEGOV"


def test_an_undated_title_picks_the_persons_role_in_that_body(tmp_path: Path) -> None:
    from redline.actors import ArticleActors

    people = _write(tmp_path / "people.tsv", [
        ["name", "aliases", "country", "sector", "role", "start", "end"],
        ["Ola Brekke", "Brekke|Ola Brekke", "NOR", "GOV", "prime minister", "2001-01-01", "2009-01-01"],
        ["Ola Brekke", "Brekke|Ola Brekke", "NATO", "", "secretary general", "2010-01-01", "2016-01-01"],
        ["Ola Brekke", "Brekke|Ola Brekke", "NOR", "GOV", "finance minister", "2020-01-01", ""],
    ])
    article = ArticleActors(ActorResolver([people]))
    # named bare first: the latest role
    assert article.resolve("Ola Brekke").code == "NORGOV"
    # the title names the alliance: this article's Brekke is its secretary general
    assert article.resolve("NATO Secretary-General Ola Brekke").code == "IGOWSTNAT"
    assert article.resolve("Brekke").code == "IGOWSTNAT"


def test_a_board_and_a_count_opening_a_sentence_are_no_person() -> None:
    from redline.actors import ArticleActors

    article = ArticleActors(ActorResolver())
    # "Board" is a body's word, "Twelve" a count: neither is someone's name
    code = article.resolve("the Board of Governors")
    assert code is None or code.kind != "person"
    code = article.resolve("Twelve states on the WHO's 34-member board")
    assert code is None or code.kind != "person"
    # so the next bare "board" is not that imagined person
    assert article.resolve("WHO board").code.startswith("IGO")


def test_a_group_linked_to_another_is_itself() -> None:
    from redline.actors import ArticleActors

    # "Al-Qaeda-linked" says whom the group is tied to, not who it is
    code = ArticleActors(ActorResolver()).resolve("Al-Qaeda-linked al-Shabaab fighters")
    assert code.code == "SOMREB"


@pytest.mark.parametrize(
    "places, actor",
    [
        # every place the story names is in Guinea: the minister is Guinea's
        ("in Conakry, the capital of Guinea", "GINGOV"),
        # a second state named: no one's
        ("in Conakry, after talks in Dakar, Senegal", "GOV"),
    ],
)
def test_actors_a_bare_title_in_a_story_set_in_one_state(nlp, places: str, actor: str) -> None:
    from redline.pipeline import analyze_article
    from redline.types import Article

    text = (
        "Women renew protests\n\n"
        f"Hundreds of women marched {places} on Wednesday.\n\n"
        "The Justice Minister promised to prosecute all those responsible for the violence."
    )
    statements = analyze_article(Article(text=text), nlp).statements
    assert [s.speaker.actor for s in statements if s.cue_text(text) == "promised"] == [actor]


def test_a_states_armed_forces_are_its_own_not_sponsored():
    from redline.actors import ActorResolver
    resolver = ActorResolver()
    # "armed" after a state is its sponsorship only for a group it arms
    assert resolver.resolve("Azerbaijani armed forces", "2016-05-04").code == "AZEMIL"
    assert resolver.resolve("the Armenian Armed Forces General Staff", "2016-05-04").code == "ARMMIL"
    assert resolver.resolve("Russian-armed rebels", "2016-05-04").code == "REB"


def test_actors_a_title_naming_only_an_international_body_is_the_persons_post_now(resolver: ActorResolver) -> None:
    # the tables know Moussa Faki Mahamat as a Chadian minister (their rows
    # stop years ago); his title in the story names the African Union
    assert code_of(resolver, "Moussa Faki Mahamat", "2021-06-01") == "TCDGOV"
    assert code_of(resolver, "African Union Commission chairman Moussa Faki Mahamat", "2021-06-01") == "IGOAFROAU"
    assert code_of(resolver, "Chadian Foreign Minister Moussa Faki Mahamat", "2021-06-01") == "TCDGOV"
    # a state's ambassador to a body is still the state's
    assert code_of(resolver, "US ambassador to the UN Linda Thomas-Greenfield", "2021-06-01") == "USAGOV"


def test_actors_a_states_name_ending_a_persons_name_is_the_surname(resolver: ActorResolver) -> None:
    # "Jim Jordan" is a person, not the kingdom; "the Jordan government" is
    assert code_of(resolver, "Rep. Jim Jordan", "2022-01-01") == "GOV"
    assert resolver.resolve("Rep. Jim Jordan", "2022-01-01").name == "Jim Jordan"
    assert code_of(resolver, "the Jordan government", "2022-01-01") == "JORGOV"
    assert code_of(resolver, "King Abdullah of Jordan", "2022-01-01") == "JORGOV"


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("National Democratic Congress", "POL"),  # a party, though "Congress" alone is a legislature
        ("National People's Congress", "CHNLEG"),  # a legislature
        ("the governing Colorado Party", "POL"),
        ("Unity Alliance president Tomas Banda", "POL"),  # the party's president, no government's
        ("The leader of Britain's opposition Labour Party", "GBROPP"),
        ("the Union of Democratic Forces of Guinea", "GINPOL"),  # a party, no army
        ("Thousands of Malians", "MLICVL"),  # people of the state, not the state
        ("Washington-based Iranians", "IRNCVL"),
        ("Bosnian Serbs", "BIHCVL"),  # the first nationality says whose
        ("the Russians", "RUS"),  # often the state itself
    ],
)
def test_actors_party_names_and_counted_nationals(resolver: ActorResolver, mention: str, code: str) -> None:
    assert code_of(resolver, mention, "2019-05-01") == code


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("the central African nation", None),  # Chad or any other, not the Central African Republic
        ("the Central African Republic", "CAF"),
        ("Cote d'Ivoire", "CIV"),
        ("Port-au-Prince", "HTI"),
        ("south african police", "ZAFCOP"),  # a mention written all in lower case keeps its reading
    ],
)
def test_actors_a_states_name_of_several_words_is_written_with_capitals(
        resolver: ActorResolver, mention: str, code: str | None) -> None:
    assert code_of(resolver, mention, "2019-05-01") == code


def test_the_commonwealth_alone_is_the_commonwealth_of_nations(resolver: ActorResolver) -> None:
    # a town of that name in the Philippines had made its suspensions of members Philippine acts
    assert code_of(resolver, "The Commonwealth") == "IGOCWN"


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("Syrian opposition forces", "SYRREB"),  # an armed body of the opposition: its fighters
        ("Syrian opposition troops", "SYRREB"),
        ("Syrian rebel troops", "SYRREB"),
        ("Syrian government troops", "SYRMIL"),
        ("the Syrian opposition party", "SYROPP"),  # unarmed: stays the opposition
    ],
)
def test_actors_an_armed_body_of_a_side_is_its_fighters(resolver: ActorResolver, mention: str, code: str) -> None:
    assert code_of(resolver, mention) == code


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("the Hamas delegation", "PSEREB"),  # a group's delegation speaks for the group, not a government
        ("head of the Hamas delegation", "PSEREB"),
        ("a Russian delegation", "RUSGOV"),
        ("the Colombian government delegation", "COLGOV"),
        ("Thai protest leader Anon Sakda", "THACVL"),  # was THAGOV, from "leader"
    ],
)
def test_actors_a_delegation_is_its_senders(resolver: ActorResolver, mention: str, code: str) -> None:
    assert code_of(resolver, mention, "2023-02-13") == code


def test_actors_peoples_inside_a_bodys_name_is_no_civilian(resolver: ActorResolver) -> None:
    assert resolver.resolve("Kivu People's Liberation Front") is None
    assert resolver.resolve("ordinary people").code == "CVL"


def test_actors_a_headlines_pm_is_a_government(resolver: ActorResolver) -> None:
    assert resolver.resolve("Ethiopian PM").code == "ETHGOV"


def test_actors_a_ministry_of_defence_is_no_seat_of_britain(resolver: ActorResolver) -> None:
    assert resolver.resolve("Pakistan's Ministry of Defence").code == "PAKMIL"
    assert resolver.resolve("the British Ministry of Defence").code == "GBRMIL"


def test_actors_a_sanctions_regime_is_no_government(resolver: ActorResolver) -> None:
    assert resolver.resolve("the visa regime") is None
    assert resolver.resolve("a sanctions regime targeting Haiti").code != "HTIGOV"
    assert resolver.resolve("the Syrian regime").code == "SYRGOV"


@pytest.mark.parametrize("mention, code", [
    ("KFOR", "IGOWSTNAT"),          # NATO's Kosovo Force, not Kosovo's army
    ("the NATO-led Kosovo Force", "IGOWSTNAT"),
    ("EULEX", "IGOEUREEC"),
    ("Kosovo police forces", "XKXCOP"),  # police forces are police, not the military
    ("former Bolivian President Evo Morales", "BOLELI"),
    ("supporters of ousted President Manuel Zelaya", "HNDOPP"),
    ("opponents of the Tunisian government", "TUNOPP"),
    ("the army colonel who seized power in the former French colony", "MIL"),  # no state: not France
])
def test_actors_missions_police_forces_and_sides(resolver: ActorResolver, mention: str, code: str) -> None:
    assert code_of(resolver, mention) == code


def test_a_chain_of_supporters_is_read_once_not_once_per_link(resolver: ActorResolver) -> None:
    # a hostile mention once recursed a level per "supporters of" (RecursionError at 3,000)
    assert resolver.resolve("supporters of " * 3000 + "ousted President Manuel Zelaya") is not None
    assert code_of(resolver, "supporters of ousted President Manuel Zelaya") == "HNDOPP"


def test_builtin_tables_are_cached_on_disk_and_read_back(tmp_path: Path) -> None:
    # each run in a fresh process: the first builds and writes the cache, the second reads it
    script = ("from redline.actors.resolve import ActorResolver; "
              "print(ActorResolver().resolve('Puerto Rican police', '2024-01-01').code)")
    env = {**os.environ, "REDLINE_CACHE": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    cached = list(tmp_path.glob("actors-*.pickle"))
    assert len(cached) == 1
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.strip() == second.stdout.strip() == "PRICOP"
    assert list(tmp_path.glob("actors-*.pickle")) == cached
