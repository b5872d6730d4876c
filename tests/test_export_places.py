"""Exports carry where each event happened: GDELT's ActionGeo columns, PLOVER's
``event_loc``, location columns in CSV / JSON Lines / Parquet; and the
location filters (country, bounding box) of ``export``."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest
from test_store_support import db_url  # noqa: F401

from redline.export import export
from redline.export.gdelt import GDELT_COLUMNS
from redline.export.rows import COLUMN_NAMES
from redline.pipeline import analyze
from redline.store import QueryError, store_analyses

# Three short stories of my own: fighting in Goma (DR Congo), an arrest in
# Austin (Texas), talks in Istanbul; the last event has no place at all.
STORIES = [
    "Rebels seize hill near Goma\nJan 27 2026\n\n"
    "Rebels attacked army positions in Goma on Tuesday, a UN official said.",
    "Protest in Austin\nMar 3 2026\n\nPolice arrested dozens of protesters in Austin on Tuesday, officials said.",
    "Talks\nMar 5 2026\n\nRussia and Ukraine held talks in Istanbul on Thursday.",
    "Sanctions\nMar 6 2026\n\nThe United States imposed sanctions on Iran on Friday.",
]


@pytest.fixture
def located(db_url) -> str:
    analyses = [analyze(text) for text in STORIES]
    assert [e.location.place.name for a in analyses[:3] for e in a.events if e.location] == ["Goma", "Austin", "Istanbul"]
    store_analyses(analyses, db_url)
    return db_url


def _gdelt(path) -> list[dict[str, str]]:
    return [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in path.read_text(encoding="utf-8").splitlines()]


def test_gdelt_action_geo_columns(located, tmp_path):
    out = tmp_path / "events.tsv"
    export(located, format="gdelt", output=out)
    rows = {r["ActionGeo_FullName"]: r for r in _gdelt(out)}
    goma = rows["Goma, North Kivu, Democratic Republic of the Congo"]  # the region by name
    assert goma["ActionGeo_Type"] == "4" and goma["ActionGeo_CountryCode"] == "CG"  # FIPS, as GDELT writes it
    assert goma["ActionGeo_ADM1Code"] == "CG11" and goma["ActionGeo_FeatureID"] == "216281"
    assert goma["ActionGeo_CountryISO3"] == "COD" and goma["PloverType"] == "ASSAULT"
    assert abs(float(goma["ActionGeo_Lat"]) + 1.674) < 0.01 and abs(float(goma["ActionGeo_Long"]) - 29.228) < 0.01
    austin = next(r for name, r in rows.items() if name.startswith("Austin, Texas"))
    assert austin["ActionGeo_Type"] == "3" and austin["ActionGeo_ADM1Code"] == "USTX"
    assert rows["Istanbul, Turkey"]["ActionGeo_CountryCode"] == "TU"
    nowhere = rows[""]  # the sanctions: no place in the text, every geography column empty
    assert nowhere["PloverType"] == "SANCTION"
    assert all(nowhere[c] == "" for c in GDELT_COLUMNS if c.startswith("ActionGeo"))


def test_plover_event_loc(located, tmp_path):
    out = tmp_path / "events.plover.jsonl"
    export(located, format="plover", output=out)
    records = {r["event"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    loc = records["ASSAULT"]["event_loc"]
    assert loc["name"] == "Goma" and loc["geonameid"] == 216281 and loc["cc3"] == "COD"
    assert loc["country code"] == "CD" and loc["admin1 code"] == "11" and loc["feature class"] == "P"
    assert loc["via"] == "locative" and STORIES[0][slice(*loc["evidence"])] == "in Goma"
    assert STORIES[0][slice(*loc["span"])] == "Goma"
    assert records["SANCTION"]["event_loc"] is None


def test_rows_carry_location_columns(located, tmp_path):
    csv_out, pq_out = tmp_path / "events.csv", tmp_path / "events.parquet"
    export(located, format="csv", output=csv_out)
    export(located, format="parquet", output=pq_out)
    rows = {r["type"]: r for r in csv.DictReader(csv_out.open(encoding="utf-8"))}
    assert list(next(iter(rows.values()))) == COLUMN_NAMES
    goma = rows["ASSAULT"]
    assert (goma["location_name"], goma["location_country"], goma["location_geonameid"]) == ("Goma", "COD", "216281")
    assert goma["location_text"] == "Goma" and goma["location_via"] == "locative" and float(goma["location_lat"]) < 0
    assert rows["SANCTION"]["location_name"] == ""
    table = pq.read_table(pq_out).to_pylist()
    by_type = {r["type"]: r for r in table}
    assert by_type["CONSULT"]["location_country"] == "TUR" and isinstance(by_type["CONSULT"]["location_lon"], float)
    assert by_type["SANCTION"]["location_lat"] is None


def test_export_filters_by_location_country_and_bbox(located, tmp_path):
    out = tmp_path / "e.jsonl"
    assert export(located, format="jsonl", output=out, location_country="cod") == 1
    assert json.loads(out.read_text())["location_name"] == "Goma"
    # Africa and Europe's east: Goma and Istanbul, not Austin nor the event with no place
    export(located, format="jsonl", output=out, bbox="10,-10,45,45")
    assert sorted(json.loads(line)["location_name"] for line in out.read_text().splitlines()) == ["Goma", "Istanbul"]
    # a box across the antimeridian (west edge east of its east edge): 170E to 95W holds Austin only
    export(located, format="jsonl", output=out, bbox="170,0,-95,60")
    assert [json.loads(line)["location_name"] for line in out.read_text().splitlines()] == ["Austin"]


@pytest.mark.parametrize("bbox", ["1,2,3", "a,b,c,d", "0,50,10,40", "0,-91,10,10", "-200,0,10,10", "nan,0,1,1"])
def test_export_bad_bbox(located, tmp_path, bbox):
    with pytest.raises(QueryError, match="bbox"):
        export(located, format="csv", output=tmp_path / "x.csv", bbox=bbox)
    assert not (tmp_path / "x.csv").exists()


def test_export_bad_location_country(located, tmp_path):
    with pytest.raises(QueryError, match="location_country"):
        export(located, format="csv", output=tmp_path / "x.csv", location_country="Congo")


def test_export_cli_location_flags(located, tmp_path):
    from typer.testing import CliRunner

    from redline.cli.main import app

    out = tmp_path / "cli.jsonl"
    args = ["export", "--db", located, "--format", "jsonl", "-o", str(out), "--location-country", "USA"]
    assert CliRunner().invoke(app, args).exit_code == 0
    assert [json.loads(line)["location_name"] for line in out.read_text().splitlines()] == ["Austin"]
    args = ["export", "--db", located, "--format", "jsonl", "-o", str(out), "--bbox=-100,20,-90,40"]
    assert CliRunner().invoke(app, args).exit_code == 0
    assert [json.loads(line)["location_name"] for line in out.read_text().splitlines()] == ["Austin"]
    result = CliRunner().invoke(app, ["export", "--db", located, "--format", "csv", "--bbox", "1,2,3"])
    assert result.exit_code == 2 and "bbox" in result.output
