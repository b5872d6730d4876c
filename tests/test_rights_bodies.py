"""A body the tables lack that is named for the rights it defends
("the Kenyan Centre for Civic Rights") is a rights group (NGO) of the
state its name gives, and its executive director is of that group, not a
businessman. "The Bill of Rights" is no body. The article is written for
the test; its first line is the headline."""

from __future__ import annotations

import redline

_STORY = ("Kenyan rights advocate summoned by police\n\n"
          "NAIROBI (Reuters) - Police on Tuesday summoned Wanjiru Otieno, executive director of the Kenyan Centre "
          "for Civic Rights, over a report on deaths in custody. The centre said the summons breached the Bill of "
          "Rights. Otieno said she would not be silenced.\n")


def test_a_body_named_for_rights_is_a_rights_group(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    codes = {e.name: e.actor for e in analysis.entities if e.name}
    assert codes.get("Wanjiru Otieno") == "KENNGO", codes
    centre = [code for name, code in codes.items() if "Centre for Civic Rights" in name]
    assert centre == ["KENNGO"], codes
    assert not any(("Bill of Rights" in name or name == "Rights") and code for name, code in codes.items()), codes
