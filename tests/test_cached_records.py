"""The records the actor index is cached as come back from disk whole: each
field, defaults included, and still frozen."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from redline.actors.dictionaries import Organization, PersonRole
from redline.actors.index import Entry


def test_records_read_back_equal_and_frozen() -> None:
    records = [Entry("person", "Ana Lima", None, titled=True, owned=True),
               next(iter(_some_people()))]
    for record in records:
        back = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == record and type(back) is type(record)
        with pytest.raises(dataclasses.FrozenInstanceError):
            back.__setattr__(dataclasses.fields(back)[0].name, "x")


def test_an_organisation_keeps_every_field() -> None:
    org = next(iter(_some_orgs()))
    back = pickle.loads(pickle.dumps(org))
    assert [getattr(back, f.name) for f in dataclasses.fields(Organization)] == \
        [getattr(org, f.name) for f in dataclasses.fields(Organization)]


def _some_people() -> list[PersonRole]:
    from redline.actors.dictionaries import build_builtin_tables
    return [role for roles in build_builtin_tables().people.values() for role in roles][:1]


def _some_orgs() -> list[Organization]:
    from redline.actors.dictionaries import build_builtin_tables
    return list(build_builtin_tables().organizations.values())[:1]
