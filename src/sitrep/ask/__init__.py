"""Answers to analysts' questions: focus, retrieval, a brief with cited facts, contested claims,
dyad trends, upcoming events, rule-derived implications and gaps; citation checking."""

from sitrep.ask.brief import build_brief
from sitrep.ask.citations import check_citations
from sitrep.ask.focus import Focus, find_focus
from sitrep.ask.render import render

__all__ = ["Focus", "ask", "build_brief", "check_citations", "find_focus", "render"]


def ask(store, question: str, *, writer: str | None = None, endpoint: str | None = None,
        model: str = "default") -> dict:
    """The brief for a question; with `writer="openai"`, plus a narrative phrased by an
    OpenAI-compatible server at `endpoint` whose every kept sentence cites evidence ids."""
    from sitrep.errors import BadInput

    brief = build_brief(store, question)
    if writer is None:
        return brief
    if writer != "openai":
        raise BadInput("E112", input="--writer", value=writer, choices="openai")
    if not endpoint:
        raise BadInput("E201", input="--endpoint", detail="the openai writer needs --endpoint URL")
    from sitrep.ask.writer import write_narrative

    brief["narrative"] = write_narrative(brief, endpoint=endpoint, model=model)
    return brief
