"""The web application: server-rendered pages and a JSON API over one corpus database.

``create_app(db_url, token=...)`` returns a FastAPI app. Each page is one
data function from ``redline.serve.data`` rendered two ways: as HTML by a
Jinja2 template (autoescaped: article text is untrusted) and as JSON, either
with ``?format=json`` on the page or at its ``/api`` twin. Every error is
answered in one envelope, ``{"ok": false, "error": message, "status": code}``
(an HTML page shows the same message). Reading needs nothing; the one
endpoint that writes (``POST /api/ingest``) needs the operator's token.

    pages                      JSON twins
    /                          /api/overview
    /search                    /api/statements, /api/suggest
    /articles, /articles/{id}  /api/articles, /api/articles/{id}
    /dyads/{a}/{b}             /api/dyads/{a}/{b}
    /alerts, /alerts.atom      /api/alerts
    /events                    /api/events  (downloads: /api/events/export/{csv,parquet,plover})
    /actors, /actors/{code}    /api/actors, /api/actors/{code}
"""

from __future__ import annotations

import hmac
import logging
import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlencode, urlsplit

import jinja2
import sqlalchemy as sa
from fastapi import Depends, FastAPI, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, BeforeValidator, Field, WithJsonSchema, field_validator
from starlette.background import BackgroundTask
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException

from redline.serve import data, models, queries
from redline.serve.guard import MAX_BODY_BYTES, RequestGuard
from redline.serve.highlight import highlight
from redline.store.codes import is_code
from redline.store.db import open_db
from redline.store.query import QueryError

HERE = Path(__file__).resolve().parent
log = logging.getLogger("redline.serve")
TOKEN_ENV = "REDLINE_TOKEN"
MAX_INGEST_ARTICLES = 100
MAX_INGEST_CHARS = 1_000_000  # characters in one text of POST /api/ingest (spaCy's own default bound)
MAX_OFFSET = 2**63 - 1  # the largest row offset a database takes
ALERT_CACHE_SIZE = 8  # alert lists kept (one per `since` asked), while the events are unchanged

# HTML pages run only our own scripts (vega needs eval for its expressions).
CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
PAGE_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff"}

# -- parameters shared by pages and API ------------------------------------


def blank_as_none(value: Any) -> Any:
    """A blank form field (``since=``) means no filter, as if it was left out."""
    return None if isinstance(value, str) and not value.strip() else value


# Dates are checked by ``redline.store.query.parse_day`` (a bad one is a 400 naming
# the parameter); the schema still says they are dates.
DayText = Annotated[str, WithJsonSchema({"type": "string", "format": "date"})]
Since = Annotated[
    DayText | None, BeforeValidator(blank_as_none),
    Query(description="First day, inclusive (YYYY-MM-DD); blank for none.", examples=["2022-01-01"]),
]
Until = Annotated[
    DayText | None, BeforeValidator(blank_as_none),
    Query(description="Last day, inclusive (YYYY-MM-DD); blank for none.", examples=["2022-12-31"]),
]
Limit = Annotated[int, Query(ge=1, le=500, description="Rows per page (at most 500).")]
Offset = Annotated[
    int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip (the previous page's `next_offset`).")
]
Words = Annotated[str | None, Query(description="Words the statement's content contains (all of them).")]
Speaker = Annotated[str | None, Query(description="Part of the speaker's name, any case.")]
SpeakerActor = Annotated[
    str | None, Query(description="The speaker's actor code or its prefix (`RUS` finds `RUSGOV`).")
]
Interval = Annotated[Literal["day", "week", "month"], Query(description="Period of the timeline's bars.")]
DyadInterval = Annotated[
    Literal["day", "week", "month", "quarter"] | None, BeforeValidator(blank_as_none),
    Query(description="Period of the timeline's bars; none (or blank) chooses one from the span shown: "
                      "day up to 45 days, week up to 60 weeks, month up to 6 years, else quarter."),
]
Format = Annotated[Literal["html", "json"], Query(description="`json` answers with the page's data.")]
ActorCode = Annotated[
    str,
    PathParam(description="An actor code (`RUSGOV`), a country (`RUS`) or organisation code (`IGOWSTNAT`) "
                          "covering all its codes, or a name or acronym resolved to a code (`NATO`, `Russia`)."),
]


def event_filter(
    source: Annotated[str | None, Query(description="Who acted: a code, a country or organisation (all its codes), or a name.")] = None,
    target: Annotated[str | None, Query(description="Who was acted on: a code, country, organisation or name.")] = None,
    actor: Annotated[str | None, Query(description="The same as `source` (older name).")] = None,
    recipient: Annotated[str | None, Query(description="The same as `target` (older name).")] = None,
    involving: Annotated[str | None, Query(description="Either side: code, country, organisation or name.")] = None,
    type: Annotated[str | None, Query(description="PLOVER type (`REJECT`), or `DEMAND` (a REQUEST scored as conflict).")] = None,
    mode: Annotated[str | None, Query(description="PLOVER mode (`violence`, `change` ...).")] = None,
    quad: Annotated[Annotated[int, Field(ge=0, le=4)] | None, BeforeValidator(blank_as_none),
                    Query(description="Quad class: 0 neutral, 1 verbal / 2 material cooperation, "
                                      "3 verbal / 4 material conflict.")] = None,
    q: Annotated[str | None, Query(description="Words the evidence sentence contains (all of them, any case).")] = None,
    since: Since = None,
    until: Until = None,
    location_country: Annotated[str | None, Query(
        description="Where the event happened: an ISO alpha-3 country code (`COD`, `UKR`).", examples=["COD"])] = None,
    bbox: Annotated[str | None, Query(
        description="Where the event happened: `minlon,minlat,maxlon,maxlat` in degrees (WGS 84); a west edge "
                    "east of the east edge crosses the antimeridian. Events with no location never match.",
        examples=["28.5,-2.5,29.5,-1"])] = None,
) -> dict[str, Any]:
    """The events browser's filters, shared by the page, the API and the downloads."""
    return {"actor": blank_as_none(source) or blank_as_none(actor), "recipient": blank_as_none(target) or blank_as_none(recipient),
            "involving": blank_as_none(involving), "type": blank_as_none(type), "mode": blank_as_none(mode), "quad": quad,
            "q": blank_as_none(q), "since": since, "until": until,
            "location_country": blank_as_none(location_country), "bbox": blank_as_none(bbox)}


EventFilter = Annotated[dict[str, Any], Depends(event_filter)]
AlertLimit = Annotated[int, Query(ge=1, le=10_000, description="The latest alerts shown (`total` says how many there are).")]
Cursor = Annotated[
    str | None, BeforeValidator(blank_as_none),
    Query(description="Where the page starts: the previous page's `next_cursor` (keyset paging)."),
]
DOWNLOADS = {  # kind → (redline export format, media type, file name)
    "csv": ("csv", "text/csv; charset=utf-8", "events.csv"),
    "parquet": ("parquet", "application/vnd.apache.parquet", "events.parquet"),
    "plover": ("plover", "application/x-ndjson; charset=utf-8", "events.plover.jsonl"),
}
DOWNLOAD_SCHEMAS = {  # what /openapi.json says each download's body is
    "csv": {"type": "string", "description": "CSV with a header row: the columns of `redline export --format csv`."},
    "parquet": {"type": "string", "format": "binary", "description": "A Parquet file: the columns of `redline export`."},
    "plover": {"type": "string", "description": "PLOVER JSON records, one a line (JSON Lines)."},
}


def connection(request: Request) -> Iterator[sa.Connection]:
    """A connection to the app's database for one request."""
    with request.app.state.engine.connect() as conn:
        yield conn


Conn = Annotated[sa.Connection, Depends(connection)]


class ArticleIn(BaseModel):
    """One article to analyse and store (the fields of a JSONL input record)."""

    text: str = Field(
        min_length=1, max_length=MAX_INGEST_CHARS,
        description=f"The article text (at most {MAX_INGEST_CHARS:,} characters); offsets point into it.",
    )
    id: str | None = Field(None, description="Your id for the article.")
    title: str | None = None
    date: str | None = Field(None, description="Publication date (YYYY-MM-DD or a date line).")
    url: str | None = None
    publisher: str | None = None
    language: str | None = None

    @field_validator("text")
    @classmethod
    def _has_words(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("text is empty (only whitespace)")
        return text


class IngestIn(BaseModel):
    """Articles to ingest."""

    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_INGEST_ARTICLES)


# -- the envelope -------------------------------------------------------------


class ErrorOut(BaseModel):
    """The one shape of every error answer."""

    ok: Literal[False] = False
    error: str = Field(description="What was wrong, for a person to read.")
    status: int = Field(description="The HTTP status again.")


def answers(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for the error statuses a route can answer."""
    return {status: {"model": ErrorOut, "description": ERROR_ANSWERS[status]} for status in statuses}


ERROR_ANSWERS = {
    400: "A bad value: a date that is not YYYY-MM-DD, a NUL character, an empty actor.",
    403: "Writing is disabled, or the token is missing or wrong.",
    404: "No such article or actor.",
    413: f"The request body is larger than the server accepts ({MAX_BODY_BYTES:,} bytes by default).",
    422: "A parameter or body field of the wrong type or out of range.",
}
READ_ANSWERS = answers(400, 422)


def envelope(status: int, message: str) -> dict[str, Any]:
    """The one error shape every JSON error has."""
    return {"ok": False, "error": message, "status": status}


def wants_json(request: Request) -> bool:
    """JSON for the API, the OpenAPI document and ``?format=json``; HTML for pages."""
    path = request.url.path
    if path.startswith("/api/") or path == "/api" or path == "/openapi.json":
        return True
    if request.query_params.get("format") == "json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where}: {error.get('msg')}" if where else str(error.get("msg")))
    return "; ".join(parts) or "invalid request"


# -- the app ------------------------------------------------------------------


def create_app(
    db_url: str | Path | None = None, *, token: str | None = None, indexes: bool = True,
    max_body: int = MAX_BODY_BYTES,
) -> FastAPI:
    """The redline web app over the database at ``db_url``.

    db_url (str | Path | None): SQLAlchemy URL or SQLite path; None is ./redline.db.
    token (str | None): the secret that write endpoints require (``Authorization:
        Bearer TOKEN`` or ``X-Redline-Token``); None reads ``REDLINE_TOKEN``;
        with neither, writing is refused (403).
    indexes (bool): add the indexes the dyad pages need when missing
        (``redline.serve.queries.SERVE_INDEXES``; the one change this makes
        to the database, skipped with a warning when it cannot write).
    max_body (int): the most bytes a request body may have (413 above it,
        refused from Content-Length before any of it is read).
    RETURNS (FastAPI): the application (ASGI).
    RAISES (StoreError): the database cannot be opened.
    """
    engine = open_db(db_url)
    if indexes:
        try:
            created = queries.ensure_indexes(engine)
        except sa.exc.SQLAlchemyError as exc:  # a read-only database or role: serve anyway, slower
            log.warning("redline serve: cannot add the dyad indexes (%s); dyad pages will be slower", exc)
        else:
            if created:
                log.info("redline serve: added indexes %s", ", ".join(created))
    token = token if token is not None else (os.environ.get(TOKEN_ENV) or None)
    write_lock = threading.Lock()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> Iterator[None]:
        yield
        engine.dispose()

    app = FastAPI(
        title="redline",
        summary="Who said what, to or about whom, and what they did: statements and PLOVER events from news.",
        description=(
            "Read-only JSON API over a redline corpus database. Every page of the web UI has a JSON twin "
            "here. Errors have one shape: `{\"ok\": false, \"error\": message, \"status\": code}`. "
            "Writing (`POST /api/ingest`) needs the operator's token."
        ),
        version="1",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.engine = engine
    app.state.db_url = db_url
    app.state.token = token
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True)
    env.globals.update(actor_label=data.actor_label, qs=query_string, json_query=json_query, web_link=web_link)
    env.filters["highlight"] = highlight
    templates = Jinja2Templates(env=env)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    swagger = _swagger_static()
    if swagger is not None:
        app.mount("/swagger-ui", StaticFiles(directory=swagger), name="swagger")

    def page(request: Request, template: str, body: dict[str, Any], format: str, **extra: Any) -> Response:
        if format == "json":
            return JSONResponse({"ok": True, **body})
        context = {"data": body, "request": request, **extra}
        return templates.TemplateResponse(request, template, context, headers=PAGE_HEADERS)

    # -- errors --------------------------------------------------------------

    def error_response(request: Request, status: int, message: str) -> Response:
        if wants_json(request):
            return JSONResponse(envelope(status, message), status_code=status)
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "message": message}, status_code=status, headers=PAGE_HEADERS
        )

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path}"
        return error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, _validation_message(exc))

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError) -> Response:
        return error_response(request, 400, str(exc).replace("--", ""))

    @app.exception_handler(data.NotFound)
    async def not_found(request: Request, exc: data.NotFound) -> Response:
        return error_response(request, 404, str(exc))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> Response:
        return error_response(request, 500, f"internal error: {type(exc).__name__}")

    def token_problem(headers: Headers) -> str | None:
        """Why a write is refused (403), or None: checked before its body is read."""
        if not app.state.token:
            return f"writing is disabled: start redline serve with --token or {TOKEN_ENV}"
        given = headers.get("x-redline-token") or ""
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        if not hmac.compare_digest(given.encode(), app.state.token.encode()):
            return "a valid token is required (Authorization: Bearer TOKEN)"
        return None

    app.add_middleware(
        RequestGuard, respond=error_response, token_problem=token_problem,
        write_paths=frozenset({"/api/ingest"}), max_body=max_body,
    )

    # -- pages ---------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview_page(request: Request, conn: Conn, since: Since = None, until: Until = None, format: Format = "html"):
        return page(request, "overview.html", data.overview_data(conn, since=since, until=until), format)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request, conn: Conn, q: Words = None, speaker: Speaker = None, actor: SpeakerActor = None,
        since: Since = None, until: Until = None, limit: Limit = 50, offset: Offset = 0, format: Format = "html",
    ):
        body = data.statements_data(
            conn, q=q, speaker=speaker, actor=actor, since=since, until=until, limit=limit, offset=offset
        )
        return page(request, "search.html", body, format, limit=limit)

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(
        request: Request, conn: Conn, q: str | None = None, since: Since = None, until: Until = None,
        limit: Limit = 50, offset: Offset = 0, format: Format = "html",
    ):
        body = data.articles_data(conn, q=q, since=since, until=until, limit=limit, offset=offset)
        return page(request, "articles.html", body, format, limit=limit)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, conn: Conn, article_id: int, format: Format = "html"):
        return page(request, "article.html", data.article_data(conn, article_id), format)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, conn: Conn, filters: EventFilter, limit: Limit = 50, cursor: Cursor = None,
                    format: Format = "html"):
        body = data.events_data(conn, **filters, limit=limit, cursor=cursor)
        return page(request, "events.html", body, format, limit=limit, downloads=list(DOWNLOADS))

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, conn: Conn, q: Annotated[str | None, Query()] = None, since: Since = None,
                    until: Until = None, format: Format = "html"):
        return page(request, "actors.html", data.actor_index_data(conn, q=q, since=since, until=until), format)

    alerts_cache: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    alerts_lock = threading.Lock()

    def alerts_body(conn: sa.Connection, since: str | None, limit: int) -> dict[str, Any]:
        from redline.alerts import (
            BASELINE_WEEKS, K, MIN_ACTIVE_WEEKS, MIN_EVENTS, MIN_SCALE, attach_spike_events, detect, fingerprint,
            to_json,
        )

        # detection reads every pair's weeks; its answer is kept while the events are unchanged
        key = (since, fingerprint(conn))
        with alerts_lock:
            every = alerts_cache.get(key)
        if every is None:
            every = detect(conn, since=since, with_events=False)
            with alerts_lock:
                if len(alerts_cache) >= ALERT_CACHE_SIZE:
                    alerts_cache.pop(next(iter(alerts_cache)))
                alerts_cache[key] = every
        shown = every[:limit]  # newest first: the latest ``limit``
        # a spike's events are read when it is first shown (kept with it; two requests
        # filling the same spike at once write the same list)
        attach_spike_events(conn, [a for a in shown if a["events"] is None])
        found = [to_json(a) for a in shown]
        for alert in found:
            alert["source_label"], alert["target_label"] = data.actor_label(alert["source"]), data.actor_label(alert["target"])
        rule = {"baseline_weeks": BASELINE_WEEKS, "k": K, "min_scale": MIN_SCALE, "min_events": MIN_EVENTS,
                "min_active_weeks": MIN_ACTIVE_WEEKS}
        return {"filters": {"since": since, "limit": limit}, "rule": rule, "total": len(every), "alerts": found}

    @app.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
    def alerts_page(request: Request, conn: Conn, since: Since = None, limit: AlertLimit = 500, format: Format = "html"):
        return page(request, "alerts.html", alerts_body(conn, since, limit), format)

    @app.get("/alerts.atom", include_in_schema=False)
    def alerts_atom(request: Request, conn: Conn, since: Since = None, limit: AlertLimit = 100) -> Response:
        from redline.serve.atom import alerts_feed

        body = alerts_feed(alerts_body(conn, since, limit)["alerts"], str(request.base_url))
        return Response(body, media_type="application/atom+xml; charset=utf-8")

    @app.get("/dyad", include_in_schema=False)
    def dyad_form(a: str = "", b: str = "", since: Since = None, until: Until = None, interval: DyadInterval = None):
        if not a.strip() or not b.strip():
            raise QueryError("give two actor codes, a and b")
        query = "&".join(f"{k}={v}" for k, v in (("since", since), ("until", until), ("interval", interval)) if v)
        a, b = (quote(v.strip().upper() if is_code(v) else v.strip(), safe="") for v in (a, b))
        return RedirectResponse(f"/dyads/{a}/{b}?{query}", status_code=303)

    @app.get("/dyads/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(
        request: Request, conn: Conn, a: ActorCode, b: ActorCode, since: Since = None, until: Until = None,
        interval: DyadInterval = None, format: Format = "html",
    ):
        return page(request, "dyad.html", data.dyad_data(conn, a, b, since=since, until=until, interval=interval), format)

    @app.get("/actors/{code}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(
        request: Request, conn: Conn, code: ActorCode, since: Since = None, until: Until = None,
        interval: Interval = "month", format: Format = "html",
    ):
        return page(request, "actor.html", data.actor_data(conn, code, since=since, until=until, interval=interval), format)

    # -- API -----------------------------------------------------------------

    def ok(body: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, **body}

    @app.get("/api/overview", response_model=models.OverviewOut, response_model_exclude_unset=True, tags=["overview"], summary="Overview: most active dyads and actors", responses=READ_ANSWERS)
    def api_overview(conn: Conn, since: Since = None, until: Until = None,
                     limit: Annotated[int, Query(ge=1, le=100)] = 10) -> dict[str, Any]:
        """Corpus counts, most active dyads and actors, and recent articles in a date range (the front page)."""
        return ok(data.overview_data(conn, since=since, until=until, limit=limit))

    @app.get("/api/articles", response_model=models.ArticlesOut, response_model_exclude_unset=True, tags=["articles"], summary="List articles", responses=READ_ANSWERS)
    def api_articles(
        conn: Conn, q: Annotated[str | None, Query(description="Words the title contains.")] = None,
        since: Since = None, until: Until = None, limit: Limit = 50, offset: Offset = 0,
    ) -> dict[str, Any]:
        """Stored articles (near-duplicates left out), newest first, with statement and event counts."""
        return ok(data.articles_data(conn, q=q, since=since, until=until, limit=limit, offset=offset))

    @app.get("/api/articles/{article_id}", response_model=models.ArticleOut, response_model_exclude_unset=True, tags=["articles"], summary="One article with its highlights", responses=answers(400, 404, 422))
    def api_article(conn: Conn, article_id: int) -> dict[str, Any]:
        """One article: its text, the actors it refers to (stored entities: name, code, kind, number
        of mentions and their offsets), statements and events with their offsets, and the text cut
        into highlight segments (the article page)."""
        return ok(data.article_data(conn, article_id))

    @app.get("/api/statements", response_model=models.StatementsOut, response_model_exclude_unset=True, tags=["statements"], summary="Search statements", responses=READ_ANSWERS)
    def api_statements(
        conn: Conn, q: Words = None, speaker: Speaker = None, actor: SpeakerActor = None,
        since: Since = None, until: Until = None, limit: Limit = 50, offset: Offset = 0,
    ) -> dict[str, Any]:
        """Statements by words in their content, speaker, speaker's actor code and article date;
        newest first (the search page)."""
        return ok(data.statements_data(
            conn, q=q, speaker=speaker, actor=actor, since=since, until=until, limit=limit, offset=offset))

    @app.get("/api/suggest", response_model=models.SuggestOut, response_model_exclude_unset=True, tags=["statements"],
             summary="Suggestions for the search's speaker and actor filters", responses=READ_ANSWERS)
    def api_suggest(
        conn: Conn,
        field: Annotated[Literal["speaker", "actor"], Query(description="The filter field being typed in.")],
        q: Annotated[str, Query(max_length=100, description="What has been typed so far.")] = "",
        limit: Annotated[int, Query(ge=1, le=20)] = 10,
    ) -> dict[str, Any]:
        """Speaker names containing `q`, or speaker actor codes (and their country or
        organisation) whose code starts with `q` or whose name contains it, each with the
        statements it finds; most frequent first (the search form offers them as one types)."""
        return ok(data.suggest_data(conn, field=field, q=q, limit=limit))

    @app.get("/api/events", response_model=models.EventsOut, response_model_exclude_unset=True, tags=["events"], summary="Browse events", responses=READ_ANSWERS)
    def api_events(conn: Conn, filters: EventFilter, limit: Limit = 50, cursor: Cursor = None) -> dict[str, Any]:
        """PLOVER events by source, target, either side, type, mode, quad class, words in the
        evidence and date; newest first, each with every article that reported it. Pages are
        keyset pages: pass `next_cursor` back as `cursor` (the events browser, `/events`)."""
        return ok(data.events_data(conn, **filters, limit=limit, cursor=cursor))

    @app.get("/api/events/export/{kind}", tags=["events"], summary="Download events (CSV, Parquet, PLOVER JSON)",
             response_class=Response,  # a file: no JSON body documented for 200
             responses={200: {"description": "The events as a file of the kind asked.",
                              "content": {DOWNLOADS[k][1].split(";")[0]: {"schema": DOWNLOAD_SCHEMAS[k]} for k in DOWNLOADS}},
                        **READ_ANSWERS})
    def api_events_export(
        conn: Conn, filters: EventFilter,
        kind: Annotated[Literal["csv", "parquet", "plover"], PathParam(description="csv, parquet or plover (JSON Lines).")],
    ) -> Response:
        """Every event the filters match (no paging), written by the code of `redline export`:
        CSV and Parquet with its columns, or PLOVER JSON records one a line."""
        from redline.export import export_events

        export_format, media_type, name = DOWNLOADS[kind]
        actor, recipient, involving = (
            data.resolve_actor(conn, v) if v and v.strip() else None
            for v in (filters["actor"], filters["recipient"], filters["involving"])
        )
        where = queries.event_where(source=actor, target=recipient, involving=involving, type=filters["type"],
                                    mode=filters["mode"], quad=filters["quad"], q=filters["q"],
                                    since=filters["since"], until=filters["until"],
                                    location_country=filters["location_country"], bbox=filters["bbox"])
        # written to a temporary file first: Parquet needs one, and an error then is still a clean answer
        handle = tempfile.NamedTemporaryFile(prefix="redline-", suffix="-" + name, delete=False)
        handle.close()
        try:
            export_events(conn, format=export_format, output=handle.name, where=where)
        except BaseException:
            os.unlink(handle.name)
            raise
        return FileResponse(handle.name, media_type=media_type, filename=name,
                            background=BackgroundTask(os.unlink, handle.name))

    @app.get("/api/alerts", response_model=models.AlertsOut, response_model_exclude_unset=True, tags=["alerts"], summary="Early warning: conflict spikes and new red lines",
             responses=READ_ANSWERS)
    def api_alerts(conn: Conn, since: Since = None, limit: AlertLimit = 500) -> dict[str, Any]:
        """Weeks whose conflict intensity between two actors breaks above the median + k·MAD of
        their previous 12 weeks, and new red lines (a first demand, threat, ultimatum or rejection
        of a kind between them, or one more intense than any before); newest week first, each with
        its figure, its baseline, the ids of its events and a link to them (the alerts page; the
        same as an Atom feed at `/alerts.atom`)."""
        return ok(alerts_body(conn, since, limit))

    @app.get("/api/dyads/{a}/{b}", response_model=models.DyadOut, response_model_exclude_unset=True, tags=["dyads"], summary="Dyad: tension timeline and key events", responses=READ_ANSWERS)
    def api_dyad(
        conn: Conn, a: ActorCode, b: ActorCode, since: Since = None, until: Until = None, interval: DyadInterval = None,
        limit: Annotated[int, Query(ge=1, le=500, description="Latest events listed.")] = 100,
    ) -> dict[str, Any]:
        """Two actors, each direction on its own (`directions`: a → b, then b → a, each with its
        events per period by quad class and summed intensity (`timeline`), Vega-Lite chart and its
        demands, threats, rejections and agreements) and both together (`timeline`, `totals`,
        `key_events` as ids, the latest events either way). The timelines are columns over one
        axis, `periods`, null for a period without events. The interval is chosen from the span
        shown unless given; one that would draw more than `max_periods` bars is coarsened
        (`interval_asked` says what was asked). Countries and organisations cover all their codes
        (the dyad page)."""
        return ok(data.dyad_data(conn, a, b, since=since, until=until, interval=interval, limit=limit))

    @app.get("/api/actors", response_model=models.ActorsOut, response_model_exclude_unset=True, tags=["actors"], summary="List actors by activity", responses=READ_ANSWERS)
    def api_actors(conn: Conn, since: Since = None, until: Until = None, limit: Limit = 50) -> dict[str, Any]:
        """Actors by activity: events they acted in or received, and statements by their speakers;
        codes rolled up to their country or organisation (`codes` lists those merged)."""
        return ok(data.actors_data(conn, since=since, until=until, limit=limit))

    @app.get("/api/actors/{code}", response_model=models.ActorOut, response_model_exclude_unset=True, tags=["actors"], summary="One actor", responses=answers(400, 404, 422))
    def api_actor(
        conn: Conn, code: ActorCode, since: Since = None, until: Until = None, interval: Interval = "month",
    ) -> dict[str, Any]:
        """One actor: whom it acts on, who acts on it, whom its statements are about, the articles
        that mention it, its statements over time, its latest statements and events (the actor page)."""
        return ok(data.actor_data(conn, code, since=since, until=until, interval=interval))

    def require_token(request: Request) -> None:
        """Writes need the operator's token; without one configured they are refused.
        (``RequestGuard`` has checked it before the body was read; this guards the
        endpoint itself too.)"""
        problem = token_problem(request.headers)
        if problem is not None:
            raise HTTPException(403, problem)

    @app.post("/api/ingest", tags=["write"], summary="Ingest articles (token)", dependencies=[Depends(require_token)],
              responses=answers(403, 413, 422))
    def api_ingest(body: IngestIn) -> dict[str, Any]:
        """Analyse articles and store them (needs the token: `Authorization: Bearer TOKEN`).
        Texts already stored are skipped; the answer is the ingest summary. The token is
        checked before the body is read; a body over the server's limit is refused (413),
        and so is a text that is blank or longer than the limit (422)."""
        from redline.pipeline import analyze_stream
        from redline.read.jsonl import article_from_record
        from redline.store.ingest import store_analyses

        items = [article_from_record(a.model_dump(exclude_none=True), f"api:{i}") for i, a in enumerate(body.articles)]
        with write_lock:
            summary = store_analyses(analyze_stream(items), app.state.db_url)
        return {"ok": True, "summary": summary.to_dict()}

    # -- docs ----------------------------------------------------------------

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs(request: Request) -> Response:
        if swagger is not None:
            return get_swagger_ui_html(
                openapi_url="/openapi.json", title="redline API",
                swagger_js_url="/swagger-ui/swagger-ui-bundle.js",
                swagger_css_url="/swagger-ui/swagger-ui.css",
                swagger_favicon_url="/swagger-ui/favicon-32x32.png",
            )
        return api_index(request)

    @app.get("/help", response_class=HTMLResponse, include_in_schema=False)
    def api_index(request: Request) -> Response:
        return templates.TemplateResponse(
            request, "help.html", {"endpoints": endpoints(app.openapi())}, headers=PAGE_HEADERS
        )

    return app


def web_link(url: str | None) -> str | None:
    """``url`` when it may be a live link (http or https with a host), else None.

    A stored URL is the input's word: ``javascript:``, ``data:`` or ``file:``
    would run or open something in the reader's browser, so the article page
    shows those as text only.
    """
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def query_string(params: dict[str, Any] | None = None, **more: Any) -> str:
    """A URL query from filters, leaving out empty ones (for paging links)."""
    merged = {**(params or {}), **more}
    return urlencode({k: v for k, v in merged.items() if v is not None and v != ""})


def json_query(request: Request) -> str:
    """This request's query with ``format=json`` (the page's JSON twin)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "format"]
    return urlencode([*params, ("format", "json")])


def endpoints(openapi: dict[str, Any]) -> list[dict[str, Any]]:
    """The API's endpoints from its OpenAPI document: method, path, summary, parameters."""
    out = []
    for path, methods in openapi.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {"name": p["name"], "in": p["in"], "description": p.get("description", "")}
                for p in op.get("parameters", [])
            ]
            out.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "parameters": params})
    return out


def _swagger_static() -> Path | None:
    """Swagger UI's files from the installed ``swagger-ui-py`` package (Swagger UI 5, which reads
    OpenAPI 3.1), or None when it is not installed."""
    try:
        import swagger_ui
    except ImportError:
        return None
    path = Path(swagger_ui.__file__).resolve().parent / "static"
    return path if (path / "swagger-ui-bundle.js").is_file() else None
