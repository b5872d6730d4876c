"""The corpus database: SQLAlchemy Core tables, the same on SQLite and PostgreSQL.

Tables (``metadata`` holds them; Alembic migrations in ``migrations/`` create
them, so this module and the newest revision describe the same schema):

- ``articles``: one row per stored text, keyed by ``content_hash`` (SHA-256
  of the text exactly as read). ``body_hash`` and ``minhash`` fingerprint the
  body without boilerplate; a near-duplicate (the same story republished with
  other furniture) points to its original through ``duplicate_of`` and has no
  statements or events of its own.
- ``article_bands``: the MinHash LSH band keys that find near-duplicate
  candidates with an index lookup (see ``redline.store.fingerprint``).
- ``statements``: attributed statements with the speaker's fields flattened;
  offsets as JSON lists of ``[start, end]`` pairs into ``articles.text``.
- ``speaker_mentions``: each place a statement names its speaker.
- ``actors``: every actor code seen, split into country and sector.
  "Country" columns (here and on ``events`` and ``entities``) hold the
  code's *family* (``redline.store.codes``): the ISO country of a state code
  (``RUSGOV`` → ``RUS``) or the organisation code of an organisation's
  (``IGOWSTNATMIL`` → ``IGOWSTNAT``), so one index serves countries and
  organisations alike.
- ``events``: PLOVER events, one row per distinct happening: the same event
  reported by several articles is one row with several ``event_sources``.
  ``article_id`` and the offsets on the row belong to the first article that
  reported it; ``event_key`` groups candidates for that merge.
  ``location`` (JSON: place, coordinates, ISO alpha-3 country, how the text
  says so and the evidence offsets) is where it happened, from the same
  report, with ``location_country``/``_lat``/``_lon`` beside it to filter on.
  ``ix_events_family_dyad`` indexes events by (source family, target family,
  date) for early warning (``redline.alerts``).
- ``event_pair_weeks``: each directed pair of families' sums per week
  (events, conflict strength, conflict events), kept by triggers on
  ``events`` for early warning.
- ``event_sources``: every (event, article) mention with its offsets and
  that report's location.
- ``entities``: the people, organisations, states and groups each article
  refers to (``Analysis.entities``), in article order, with their actor code
  split like the events', and every mention's offsets as JSON
  ``[[start, end], ...]``; indexed by code and by family (then article) for
  "every article that mentions X".
- ``places``: every place each article names (``Analysis.places``), in text
  order: offsets, the GeoNames place (null where the gazetteer lacks it),
  coordinates, ISO alpha-3 country, first-level region; indexed by country
  (then article) and GeoNames id.

Full-text search of statement content is not in ``metadata``: the migrations
make an FTS5 table ``statements_fts`` (kept by triggers) on SQLite and a GIN
index over ``to_tsvector('english', content_text)`` on PostgreSQL;
``redline.store.query.search_statements`` uses whichever is there.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.Text),  # the input's own id (file stem, JSONL "id", feed entry id)
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("date", sa.Date),
    sa.Column("publisher", sa.Text),
    sa.Column("language", sa.String(16)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("body_start", sa.Integer, nullable=False, server_default="0"),
    sa.Column("boilerplate", sa.JSON),  # [[start, end], ...]
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("source", sa.Text),  # file path, "file.jsonl:LINE" or URL it was read from
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("analyzed_at", sa.DateTime(timezone=True)),
    sa.Column("body_hash", sa.String(64), index=True),
    sa.Column("minhash", sa.LargeBinary),
    sa.Column("duplicate_of", sa.Integer, sa.ForeignKey("articles.id"), index=True),
    sa.Index("ix_articles_date", "date"),
    sa.Index("ix_articles_url", "url"),
)

article_bands = sa.Table(
    "article_bands",
    metadata,
    sa.Column("band", sa.SmallInteger, primary_key=True),
    sa.Column("key", sa.BigInteger, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

statements = sa.Table(
    "statements",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),  # index in Analysis.statements
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("cue_type", sa.String(16), nullable=False),
    sa.Column("speaker_name", sa.Text, index=True),
    sa.Column("speaker_actor", sa.String(32), index=True),
    sa.Column("speaker_mention", sa.Text),
    sa.Column("speaker_role", sa.Text),
    sa.Column("speaker_affiliation", sa.Text),
    sa.Column("speaker_kind", sa.String(16)),
    sa.Column("speaker_spans", sa.JSON),
    sa.Column("cue_spans", sa.JSON),
    sa.Column("content_spans", sa.JSON),
    sa.Column("sentence_start", sa.Integer),
    sa.Column("sentence_end", sa.Integer),
    sa.Column("cue_text", sa.Text),
    sa.Column("content_text", sa.Text),
)

speaker_mentions = sa.Table(
    "speaker_mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text),
)

actors = sa.Table(
    "actors",
    metadata,
    sa.Column("code", sa.String(32), primary_key=True),
    sa.Column("country", sa.String(32), index=True),  # the code's family (redline.store.codes)
    sa.Column("sector", sa.String(32)),
    sa.Column("name", sa.Text),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id", ondelete="SET NULL")),
    sa.Column("date", sa.Date),
    sa.Column("type", sa.String(32), nullable=False),
    sa.Column("mode", sa.String(32)),
    sa.Column("source_text", sa.Text),
    sa.Column("source_code", sa.String(32)),
    sa.Column("source_name", sa.Text),
    sa.Column("source_country", sa.String(32)),
    sa.Column("source_sector", sa.String(32)),
    sa.Column("target_text", sa.Text),
    sa.Column("target_code", sa.String(32)),
    sa.Column("target_name", sa.Text),
    sa.Column("target_country", sa.String(32)),
    sa.Column("target_sector", sa.String(32)),
    sa.Column("sources", sa.JSON),  # every source code (compound actors)
    sa.Column("targets", sa.JSON),
    sa.Column("intensity", sa.Float),
    sa.Column("quad", sa.SmallInteger),
    sa.Column("cameo", sa.String(8)),
    sa.Column("goldstein", sa.Float),
    sa.Column("negated", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("asserted_by", sa.String(16)),
    sa.Column("sentence_start", sa.Integer),
    sa.Column("sentence_end", sa.Integer),
    sa.Column("trigger_spans", sa.JSON),
    sa.Column("evidence", sa.Text),  # the evidence sentence's text
    sa.Column("event_key", sa.String(40), nullable=False, index=True),
    # Where it happened (redline.places), from the report the row points to:
    # the place and evidence as JSON, country and point for filtering.
    sa.Column("location", sa.JSON(none_as_null=True)),  # no location: SQL NULL, not JSON null
    sa.Column("location_country", sa.String(3)),
    sa.Column("location_lat", sa.Float),
    sa.Column("location_lon", sa.Float),
    sa.Index("ix_events_source_code", "source_code"),
    sa.Index("ix_events_target_code", "target_code"),
    sa.Index("ix_events_dyad", "source_code", "target_code"),
    sa.Index("ix_events_source_country", "source_country"),
    sa.Index("ix_events_target_country", "target_country"),
    sa.Index("ix_events_type", "type"),
    sa.Index("ix_events_date", "date"),
    sa.Index("ix_events_location_country", "location_country"),
)

# Early warning (``redline.alerts``) reads events by directed pair of families
# (coalesce(country, code)), in date order: this index holds both families, the
# date and every field detection reads (the codes and countries too, so SQLite
# answers from the index alone), so it aggregates weeks and walks red lines
# pair by pair without sorting the table, and finds one week's events by a seek.
FAMILY_DYAD_COLUMNS = ("date", "quad", "intensity", "type", "mode", "cameo", "negated",
                       "source_code", "target_code", "source_country", "target_country")
sa.Index(
    "ix_events_family_dyad",
    sa.func.coalesce(events.c.source_country, events.c.source_code),
    sa.func.coalesce(events.c.target_country, events.c.target_code),
    *(events.c[name] for name in FAMILY_DYAD_COLUMNS),
)

# Each directed pair of families' weekly sums (source family, target family, the
# week's Monday): events, conflict strength and conflict events, kept by triggers
# on ``events`` (migration 0006) so early warning reads one row per pair-week
# instead of summing every event (``redline.alerts.weekly_totals``).
event_pair_weeks = sa.Table(
    "event_pair_weeks",
    metadata,
    sa.Column("source", sa.String(32), primary_key=True),
    sa.Column("target", sa.String(32), primary_key=True),
    sa.Column("week", sa.Date, primary_key=True),
    sa.Column("events", sa.Integer, nullable=False),
    sa.Column("conflict", sa.Float, nullable=False),
    sa.Column("conflict_events", sa.Integer, nullable=False),
)

event_sources = sa.Table(
    "event_sources",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id", ondelete="SET NULL")),
    sa.Column("sentence_start", sa.Integer),
    sa.Column("sentence_end", sa.Integer),
    sa.Column("trigger_spans", sa.JSON),
    sa.Column("location", sa.JSON(none_as_null=True)),  # this report's location (see events.location)
)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),  # index in Analysis.entities
    sa.Column("name", sa.Text),
    sa.Column("actor", sa.String(32)),  # the actor code ("RUSGOV", "IGOWSTNAT")
    sa.Column("country", sa.String(32)),  # its family: country or organisation code
    sa.Column("sector", sa.String(32)),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("role", sa.Text),
    sa.Column("affiliation", sa.Text),
    sa.Column("org", sa.Text),  # the organisation's own name ("UN Security Council")
    sa.Column("mentions", sa.JSON),  # [[start, end], ...] into articles.text
    sa.Column("mention_count", sa.Integer, nullable=False, server_default="0"),
    sa.Index("ix_entities_article", "article_id", "position"),
    sa.Index("ix_entities_actor", "actor", "article_id"),
    sa.Index("ix_entities_country", "country", "article_id"),
)

places = sa.Table(
    "places",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),  # index in Analysis.places
    sa.Column("start", sa.Integer, nullable=False),  # offsets into articles.text
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("name", sa.Text),  # the gazetteer's place, null where it lacks it
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("country", sa.String(3)),
    sa.Column("region", sa.Text),
    sa.Column("geonameid", sa.Integer),
    sa.Column("kind", sa.String(16)),
    sa.Column("adjective", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Index("ix_places_article", "article_id", "position"),
    sa.Index("ix_places_country", "country", "article_id"),
    sa.Index("ix_places_geonameid", "geonameid"),
)

# Tables whose rows are derived from an article's analysis (replaced by reanalyze).
DERIVED = (event_sources, speaker_mentions, statements, entities, places)
