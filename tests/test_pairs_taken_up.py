"""Two people named together and then taken up as "the pair", "the two",
"both men" are who the act is done to; "two human rights activists" are
new people, and "both men — an accountant and a broker" are named in
place. The articles are written for the tests; the first line of each is
its headline."""

from __future__ import annotations

import redline


def test_the_pair_named_together_is_who_the_act_is_done_to(nlp):
    text = ("Former premier charged in Suva\n\n"
            "SUVA - Former prime minister Josaia Vuki and former police chief Tevita Lomu were arrested on "
            "Thursday. The pair were charged with fraud on Friday.\n\n"
            "Two human rights activists were also charged, police said.\n")
    analysis = redline.analyze(text, nlp=nlp)
    pair = text.index("The pair")
    charged = next(e for e in analysis.events if e.sentence[0] <= pair < e.sentence[1])
    assert charged.targets and all(r.code == "FJIELI" for r in charged.targets), charged
    activists = next(e for e in analysis.events if "activists" in text[e.sentence[0]:e.sentence[1]])
    assert [r.code for r in activists.targets] == ["FJICVL"], activists


def test_both_men_named_in_place_are_not_an_earlier_pair(nlp):
    text = ("Two held over smear campaign in Monaco\n\n"
            "Journalist Anna Ricci and banker Paolo Verdi met in Nice last month. Both men - a Dutch "
            "accountant and a Swiss broker - were detained on Tuesday by French police.\n")
    analysis = redline.analyze(text, nlp=nlp)
    arrested = next(e for e in analysis.events if e.type == "COERCE")
    assert not any("Ricci" in (r.name or "") or "Verdi" in (r.name or "") for r in arrested.targets), arrested
