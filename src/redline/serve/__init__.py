"""``redline serve``: the web UI and JSON API over a corpus database.

    from redline.serve import create_app
    app = create_app("corpus.db", token=None)  # an ASGI app (FastAPI)
"""

from redline.serve.app import create_app

__all__ = ["create_app"]
