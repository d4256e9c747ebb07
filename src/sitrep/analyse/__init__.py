"""Analyses over stored events: timelines, dyad series, actor networks, upcoming events.

Each function takes a Store and returns plain data (dicts and lists) that the CLI prints and the
brief (sitrep.ask) reuses. Analyses count only `asserted` events unless told otherwise.
"""

from sitrep.analyse.common import party
from sitrep.analyse.dyads import dyads
from sitrep.analyse.network import network
from sitrep.analyse.timeline import timeline
from sitrep.analyse.upcoming import upcoming

__all__ = ["dyads", "network", "party", "timeline", "upcoming"]
