"""Reading articles: plain text, HTML pages and JSON Lines records.

Readers never rewrite the text; bad input is reported as InputError values
(``read_path``/``read_paths``) or raised (``article_from_*``).
"""

from redline.read.files import read_path, read_paths
from redline.read.html import article_from_html
from redline.read.jsonl import article_from_record, read_jsonl
from redline.read.text import article_from_text, parse_date

__all__ = [
    "article_from_html",
    "article_from_record",
    "article_from_text",
    "parse_date",
    "read_jsonl",
    "read_path",
    "read_paths",
]
