"""Dedup: group copies and rewrites of a report into stories; merge their events."""

from sitrep.dedup.events import merge_events
from sitrep.dedup.stories import StoryAssigner

__all__ = ["StoryAssigner", "merge_events"]
