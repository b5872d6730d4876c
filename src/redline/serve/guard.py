"""What every request passes before the app sees it: no NUL characters in
the path or the query, the token before a write's body is read, and a bound
on the size of any request body.

The checks live in one plain ASGI middleware (``RequestGuard``) rather than
in the endpoints, because an endpoint's body is read and parsed before its
dependencies run: a token checked there comes after the server has already
taken in whatever the client sent.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.datastructures import Headers, QueryParams
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 16 * 1024 * 1024  # a request body larger than this is refused (413)
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# (request, status, message) → the error response the app answers with.
Responder = Callable[[Request, int, str], Response]
# headers → why a write is refused (403), or None when the token is right.
TokenCheck = Callable[[Headers], "str | None"]


class BodyTooLarge(HTTPException):
    """A request body over the limit, found while it was being read (413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, too_large(limit))


def too_large(limit: int) -> str:
    """The 413 message."""
    return f"request body too large: at most {limit:,} bytes are accepted"


def nul_problem(scope: Scope) -> str | None:
    """Why the request's path or query cannot be answered (a NUL character), or None.

    A NUL reaches neither SQLite's full-text index nor PostgreSQL (which
    refuses it in any string), so it is refused here, naming the parameter.
    """
    if "\x00" in scope.get("path", ""):
        return "the path contains a NUL character (%00)"
    raw = scope.get("query_string", b"")
    if b"%00" not in raw and b"\x00" not in raw:  # the only ways to spell a NUL
        return None
    for key, value in QueryParams(raw.decode("latin-1")).multi_items():
        if "\x00" in value and "\x00" not in key:
            return f"{key}: a NUL character (%00) is not allowed"
    return "the query contains a NUL character (%00)"


class RequestGuard:
    """ASGI middleware: NUL characters (400), write token first (403), body size (413).

    app: the application to guard.
    respond: renders an error the way the app does (JSON envelope or HTML page).
    token_problem: why a write request's token is refused, or None.
    write_paths: paths whose requests need the token before their body is read.
    max_body (int): the most bytes a request body may have; checked from
        Content-Length before reading and again while the body streams in.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        respond: Responder,
        token_problem: TokenCheck,
        write_paths: frozenset[str],
        max_body: int = MAX_BODY_BYTES,
    ) -> None:
        self.app, self.respond, self.token_problem = app, respond, token_problem
        self.write_paths, self.max_body = write_paths, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problem = nul_problem(scope)
        if problem is not None:
            await self._refuse(scope, receive, send, 400, problem)
            return
        if scope["method"] in READ_METHODS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if scope["path"] in self.write_paths:
            refused = self.token_problem(headers)
            if refused is not None:  # before a byte of the body is read
                await self._refuse(scope, receive, send, 403, refused)
                return
        length = headers.get("content-length")
        if length is not None:
            if not length.strip().isdigit():
                await self._refuse(scope, receive, send, 400, f"bad Content-Length {length!r}")
                return
            if int(length) > self.max_body:
                await self._refuse(scope, receive, send, 413, too_large(self.max_body))
                return
        await self._bounded(scope, receive, send)

    async def _bounded(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The app, with a receive that stops at ``max_body`` bytes (a body sent
        without Content-Length, or longer than it said)."""
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, watched_send)
        except BodyTooLarge as exc:  # read outside an endpoint's handlers
            if started:
                raise
            await self._refuse(scope, receive, send, 413, str(exc.detail))

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, status: int, message: str) -> None:
        response = self.respond(Request(scope, receive), status, message)
        # the body was not read: the connection cannot carry another request
        if scope["method"] not in READ_METHODS:
            response.headers["connection"] = "close"
        await response(scope, receive, send)


__all__ = ["MAX_BODY_BYTES", "BodyTooLarge", "RequestGuard", "nul_problem", "too_large"]
