"""Parse texts in batches so that one text spaCy cannot parse fails alone.

``nlp.pipe`` raises out of the whole batch when any one text fails (one over
``nlp.max_length``, an error in a component); ``parse_batch`` then parses
the batch's texts one by one so the others still get their Doc and the
failing one gets the exception, to be reported with its name.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

LOGGER = logging.getLogger(__name__)


def parse_batch(nlp: Language, texts: Sequence[str]) -> list[Doc | Exception]:
    """One Doc per text, in order; an exception in place of each text that fails.

    nlp (Language): the pipeline.
    texts (Sequence[str]): one batch (its size bounds the memory used).
    RETURNS (list[Doc | Exception]): parsing never raises for a bad text;
        a batch is parsed with one ``nlp.pipe`` call (results do not depend
        on the batching), or text by text after that call fails.
    """
    if not texts:
        return []
    try:
        return list(nlp.pipe(texts, batch_size=len(texts)))
    except Exception as exc:  # noqa: BLE001 - isolated below, one text at a time
        LOGGER.warning("a batch of %d texts failed to parse (%s); parsing them one by one", len(texts), reason(exc))
    docs: list[Doc | Exception] = []
    for text in texts:
        try:
            docs.append(nlp(text))
        except Exception as exc:  # noqa: BLE001 - returned as this text's failure
            docs.append(exc)
    return docs


def reason(exc: BaseException, limit: int = 200) -> str:
    """An exception as one short line for a report: its first line, clipped
    (spaCy's messages run to paragraphs; none should carry article text)."""
    lines = str(exc).strip().splitlines()
    text = lines[0].strip() if lines else type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
