"""The database schema (SQLAlchemy Core), versioned from the first release.

Bump `SCHEMA_VERSION` with every change to the tables; `Store` refuses a database written by a
newer version and says how to proceed.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 9  # 2: articles.story_id, articles.minhash, story_bands (stories.py)
# 3: article_warnings (stages that failed on an article), actors.sector (a group's or party's sector)
# 4: quotes.cue_start, quotes.cue_end, quotes.position (the attribution's index in the analysis),
#    events.attribution (the index of the quote that carries a reported event)
# 5: intake_sources, intake_entries, intake_robots (accord.intake)
# 6: reviews, review_participants, actor_aliases (review.md; new tables only, from create_all)
# 7: indexes on the article and event keys of child tables (VERSION_7_INDEXES: listings at 1M events)
# 8: fused_pairs (pairs.py: the fused events of each pair, kept at write time; filled in place)
# 9: quotes.cameo (the CAMEO code of the attribution's speech act; null for quotes stored before)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("url", Text),
    Column("source", String(200)),
    Column("published", Date),
    Column("author", Text),
    Column("input", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime, nullable=False),
    # near-duplicate cluster: the id of the story's first article (stories.py); set on every
    # row, nullable only so the version 1 -> 2 migration can add it to a filled table
    Column("story_id", String(64)),
    Column("minhash", LargeBinary),  # the MinHash signature of the cleaned text, 128 x uint32
    Index("ix_articles_published", "published"),
    Index("ix_articles_source", "source"),
    Index("ix_articles_story", "story_id"),
)

story_bands = Table(  # LSH band keys of each article's signature: candidates in one indexed query
    "story_bands",
    metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("band", Integer, primary_key=True),
    Column("key", String(16), nullable=False),
    Index("ix_story_bands_key", "band", "key"),
)

removed_blocks = Table(
    "removed_blocks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("reason", String(100), nullable=False),
    Index("ix_removed_article", "article_id"),
)

article_warnings = Table(  # the contract's article.warnings: a stage failed, the rest was kept
    "article_warnings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("stage", String(20), nullable=False),
    Column("message", Text, nullable=False),
    Index("ix_article_warnings_article", "article_id"),
)

actors = Table(
    "actors",
    metadata,
    Column("id", String(120), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("country", String(16)),
    # the CAMEO sector of an actor that is one by nature (a party PTY, an armed group REB or INS);
    # a person's sector depends on the date and stays on the mention
    Column("sector", String(8)),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("actor_id", String(120)),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("method", String(30), nullable=False),
    Column("sector", String(60)),
    Column("role", Text),
    Index("ix_mentions_actor", "actor_id"),
    Index("ix_mentions_article", "article_id"),
)

events = Table(
    "events",
    metadata,
    Column("id", String(100), primary_key=True),  # "<article id>:<event id>"
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("fusion_key", String(64), nullable=False),  # same real-world event across articles
    Column("type", String(20), nullable=False),
    Column("mode", String(40)),
    Column("contexts", Text, nullable=False),  # space-separated PLOVER contexts
    Column("date", String(10)),
    Column("day", Date),  # the date as a day (first day of a month or year), for range filters
    Column("date_precision", String(12)),
    Column("status", String(20), nullable=False),
    Column("location_country", String(16)),
    Column("location_name", Text),
    Column("trigger_text", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("cameo", String(8)),
    Column("quad_class", Integer),
    Column("goldstein", Float),
    Column("plover_score", Float),
    Column("reciprocal", Boolean, nullable=False, default=False),
    Column("evidence_count", Integer, nullable=False, default=1),
    Column("source_code", String(40)),  # GDELT-style CAMEO actor code, e.g. CANGOV
    Column("target_code", String(40)),
    Column("attribution", Integer),  # quotes.position of the attribution stating the event, same article
    Index("ix_events_type", "type"),
    Index("ix_events_day", "day"),
    Index("ix_events_fusion", "fusion_key"),
    Index("ix_events_article", "article_id"),
)

event_participants = Table(
    "event_participants",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(100), ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(10), nullable=False),  # source, target, reporter
    Column("position", Integer, nullable=False),
    Column("actor_id", String(120)),
    Column("country", String(16)),  # country-level code of the actor (a person's state, an IGO's code)
    Column("sector", String(60)),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_participants_event", "event_id"),
    Index("ix_participants_country", "country"),
    Index("ix_participants_actor", "actor_id"),
)

event_evidence = Table(
    "event_evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(100), ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_evidence_event", "event_id"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("cue", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("position", Integer),  # index in the analysis's `quotes`, which events.attribution names
    Column("cameo", String(4)),
    Column("speaker_actor", String(120)),
    Column("speaker_country", String(16)),
    Column("speaker_text", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Index("ix_quotes_speaker", "speaker_actor"),
    Index("ix_quotes_article", "article_id"),
)

# -- live intake (accord.intake) ----------------------------------------------------------------

intake_sources = Table(  # the feeds `accord watch` follows, their validators and their health
    "intake_sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", String(2000), nullable=False, unique=True),
    Column("name", String(200)),
    Column("every_seconds", Integer, nullable=False),
    Column("origin", Text),  # None: added on the command line; else the TOML file that lists it
    Column("added_at", DateTime, nullable=False),
    Column("etag", Text),  # the feed's validators, for conditional requests
    Column("last_modified", Text),
    Column("last_checked", DateTime),
    Column("last_status", Integer),  # HTTP status of the last poll (304: unchanged)
    Column("last_new", DateTime),  # when the last new entry was found
    Column("error_streak", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("next_due", DateTime),
)

intake_entries = Table(  # every feed entry ever seen, and the queue of those not yet stored
    "intake_entries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", Integer, ForeignKey("intake_sources.id", ondelete="SET NULL")),
    Column("entry_key", String(64), unique=True),  # digest of the entry's id/guid
    Column("url_key", String(64), unique=True),  # digest of its canonical link
    Column("guid", Text),  # the entry's id/guid as the feed wrote it
    Column("url", Text),
    Column("title", Text),
    Column("author", Text),
    Column("published", Date),
    Column("outlet", String(200)),
    Column("entry_text", Text),  # the feed's own text, used when the entry has no link
    # pending (page to fetch), fetched (page held in `body`, not analysed), done, failed
    Column("state", String(10), nullable=False),
    Column("body", Text),
    Column("final_url", Text),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_try", DateTime),
    Column("last_error", Text),
    Column("article_id", String(64)),
    Column("first_seen", DateTime, nullable=False),
    Column("done_at", DateTime),
    Index("ix_intake_entries_state", "state"),
    Index("ix_intake_entries_source", "source_id"),
)

intake_robots = Table(  # each site's robots.txt as last fetched, so that runs from cron share it
    "intake_robots",
    metadata,
    Column("site", String(300), primary_key=True),  # scheme://host[:port]
    Column("status", Integer, nullable=False),
    Column("body", Text, nullable=False),
    Column("fetched_at", DateTime, nullable=False),
)

# -- analysts' corrections (docs/review.md) ------------------------------------------------------
# A review never changes the coded event: the reviewed view (reviewed.py) lays the event's one
# active review over it. Reviews have no foreign key to `events`, so they outlive a re-analysis
# of their article and are re-attached to the event with the same evidence (reviews.py).
reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(100), nullable=False),
    Column("article_id", String(64), nullable=False),
    # correct: the coding stands; corrected: the fields below replace it; not_event: no event;
    # undo: withdraws the review `undoes` (the one before it becomes active again)
    Column("verdict", String(12), nullable=False),
    Column("active", Boolean, nullable=False, default=False),  # the one review the view applies
    Column("undoes", Integer),
    Column("detached", Boolean, nullable=False, default=False),  # its event left in a re-analysis
    # the evidence the review was made on, to find the same event after a re-analysis
    Column("evidence", Text, nullable=False),
    Column("trigger_text", Text, nullable=False),
    Column("trigger_offset", Integer, nullable=False),  # trigger start within the sentence
    # the corrected event, complete (verdict "corrected" only): fields not corrected keep the coding
    Column("type", String(20)),
    Column("mode", String(40)),
    Column("status", String(20)),
    Column("date", String(10)),
    Column("day", Date),
    Column("date_precision", String(12)),
    Column("cameo", String(8)),
    Column("quad_class", Integer),
    Column("goldstein", Float),
    Column("plover_score", Float),
    Column("fusion_key", String(64)),
    Column("source_code", String(40)),
    Column("target_code", String(40)),
    Column("reviewer", String(120), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("note", Text),
    Index("ix_reviews_event_active", "event_id", "active"),
    Index("ix_reviews_fusion", "fusion_key"),
    Index("ix_reviews_article", "article_id"),
)

review_participants = Table(  # the corrected sources and targets of a "corrected" review
    "review_participants",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("review_id", Integer, ForeignKey("reviews.id", ondelete="CASCADE"), nullable=False),
    Column("event_id", String(100), nullable=False),
    Column("role", String(10), nullable=False),  # source, target
    Column("position", Integer, nullable=False),
    Column("actor_id", String(120)),
    Column("country", String(16)),
    Column("sector", String(60)),
    Column("text", Text, nullable=False),
    Index("ix_review_participants_review", "review_id"),
    Index("ix_review_participants_country", "country"),
)

actor_aliases = Table(  # the team's own dictionary: this phrase means this actor (actors/aliases.py)
    "actor_aliases",
    metadata,
    Column("phrase", String(200), primary_key=True),
    Column("actor_id", String(120), nullable=False),
    Column("name", Text),
    Column("kind", String(20), nullable=False),
    Column("country", String(16)),
    Column("role", Text),
    Column("sector", String(60)),
    Column("added_by", String(120), nullable=False),
    Column("added_at", DateTime, nullable=False),
    Column("note", Text),
    Index("ix_actor_aliases_actor", "actor_id"),
)

# -- fused events per pair (pairs.py) -------------------------------------------------------------
# What `accord dyad`, `network`, `shifts` and the dashboard read instead of fusing the stored
# reports at read time: one row per real-world event (fusion key) of the reviewed view and pair of
# codes it links, at country and at actor level, written in the same transaction as the article
# or review that changes it. The row holds the event as its most confident report decides it;
# `forward`/`backward` are the highest minimum confidence at which the event still links a->b /
# b->a (its reports at or above it name a as a source and b as a target), so that every
# threshold reads exactly what fusing the reports above it gives.
fused_pairs = Table(
    "fused_pairs",
    metadata,
    Column("level", String(8), primary_key=True),  # country, actor
    Column("a", String(120), primary_key=True),  # a < b
    Column("b", String(120), primary_key=True),
    Column("day", Date, primary_key=True),  # one per fusion key: the date is part of the key
    Column("fusion_key", String(64), primary_key=True),
    Column("forward", Float),  # None: never a->b
    Column("backward", Float),
    Column("reach", Float, nullable=False),  # the larger of the two: the pair is linked at or below it
    Column("grain", Integer, nullable=False),  # 0 a day (or the publication date), 1 a month, 2 a year
    Column("date_precision", String(12)),
    Column("type", String(20), nullable=False),
    Column("status", String(20), nullable=False),
    Column("quad_class", Integer),
    Column("plover_score", Float),
    Column("goldstein", Float),
    Column("confidence", Float, nullable=False),
    Column("reciprocal", Boolean, nullable=False),
    Column("event_id", String(100), nullable=False),  # the most confident report
    Column("article_id", String(64), nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Index("ix_fused_pairs_fusion", "fusion_key"),
    Index("ix_fused_pairs_day", "level", "day"),
    sqlite_with_rowid=False,  # SQLite keeps the rows in key order: a pair's events lie together
)

# Added in version 7 to tables that already existed: `Store._upgrade` creates them in place.
VERSION_7_INDEXES = ("ix_events_article", "ix_evidence_event", "ix_removed_article")
