"""PLOVER event coding: who did what to whom, with intensity and evidence."""

from redline.events.code import code_events, default_resolver
from redline.events.ontology import QUAD, TYPES, cameo_for, goldstein_for, quad_for

__all__ = ["QUAD", "TYPES", "cameo_for", "code_events", "default_resolver", "goldstein_for",
           "quad_for"]
