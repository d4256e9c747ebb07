"""Event coding: spaCy pipeline that turns sentences into coded events."""

from sitrep.coding.pipeline import CodedArticle, Coder, make_coder

__all__ = ["CodedArticle", "Coder", "make_coder"]
