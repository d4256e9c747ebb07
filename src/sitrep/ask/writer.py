"""Optional writer: phrase a brief through an OpenAI-compatible chat-completions server.

The writer sees only the brief's evidence (E1, E2, ... each an event with its cited sentences)
and must end every sentence with the ids it rests on, like [E1] or [E2, E3]. Code then keeps a
sentence only when it names at least one id and every id it names exists; the rest are dropped
and listed. Nothing here runs unless asked (`--writer openai --endpoint URL`).
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request

from sitrep.errors import BadConfig

_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])|(?<=\])\s+(?=[A-Z\"“(])")
_BRACKET = re.compile(r"\[([^\]]*)\]")
_ID = re.compile(r"\bE\d+\b")

SYSTEM = (
    "You are an analyst writing a short situation brief. Use ONLY the numbered evidence. "
    "End EVERY sentence with the ids of the evidence it rests on in square brackets, for "
    "example [E1] or [E2, E5]. Do not state anything the evidence does not support; say when a "
    "claim is alleged or denied, and by whom."
)


def chat_url(endpoint: str) -> str:
    """The chat-completions URL of an endpoint given as a base, a /v1 base or the full URL."""
    e = endpoint.rstrip("/")
    if e.endswith("/chat/completions"):
        return e
    if e.endswith("/v1"):
        return e + "/chat/completions"
    return e + "/v1/chat/completions"


def evidence_text(brief: dict) -> tuple[str, dict[str, dict]]:
    """The evidence block shown to the writer, and id -> {event_id, text, citations}."""
    by_event: dict[str, dict] = {}
    for section in ("facts", "upcoming", "contested", "implications"):
        for item in brief.get(section) or []:
            for eid, event_id in zip(item["evidence"], item["event_ids"], strict=True):
                slot = by_event.setdefault(eid, {"event_id": event_id, "text": None,
                                                  "citations": []})
                if len(item["event_ids"]) == 1 and slot["text"] is None:
                    slot["text"] = item["text"]
                for c in item["citations"]:
                    if c not in slot["citations"] and len(item["event_ids"]) == 1:
                        slot["citations"].append(c)
    lines = [f"Question: {brief['question']}", "", "Evidence:"]
    for eid in sorted(by_event, key=lambda k: int(k[1:])):
        slot = by_event[eid]
        lines.append(f"{eid}: {slot['text'] or 'event ' + slot['event_id']}")
        for c in slot["citations"][:2]:
            lines.append(f"    source: \"{c['sentence']}\" ({c.get('outlet')}, "
                         f"{c.get('published')})")
    if brief.get("implications"):
        lines += ["", "Rule-derived implications:"]
        for imp in brief["implications"]:
            lines.append(f"- {imp['text']} [{', '.join(imp['evidence'])}]")
    return "\n".join(lines), by_event


def check_sentences(text: str, evidence: dict[str, dict]) -> tuple[list[dict], list[str]]:
    """Split the writer's text into sentences; keep those whose evidence ids all exist."""
    kept, dropped = [], []
    for raw in _SPLIT.split(text.strip()):
        sentence = " ".join(raw.split())
        if not sentence:
            continue
        ids = [i for group in _BRACKET.findall(sentence) for i in _ID.findall(group)]
        if not ids or any(i not in evidence for i in ids):
            dropped.append(sentence)
            continue
        ids = list(dict.fromkeys(ids))
        citations = []
        for i in ids:
            for c in evidence[i]["citations"][:1]:
                if c not in citations:
                    citations.append(c)
        kept.append({"text": sentence, "evidence": ids,
                     "event_ids": [evidence[i]["event_id"] for i in ids],
                     "citations": citations})
    return kept, dropped


def write_narrative(brief: dict, *, endpoint: str, model: str = "default",
                    timeout: float = 120.0) -> dict:
    """Ask the server for a narrative and keep only its sentences with valid evidence ids."""
    prompt, evidence = evidence_text(brief)
    body = json.dumps({
        "model": model,
        "temperature": 0,
        "messages": [{"role": "system", "content": SYSTEM},
                     {"role": "user", "content": prompt}],
    }).encode("utf-8")
    url = chat_url(endpoint)
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            data = json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise BadConfig("E601", input=url, detail=str(exc)) from exc
    try:
        content = data["choices"][0]["message"]["content"] or ""
    except (KeyError, IndexError, TypeError) as exc:
        raise BadConfig("E602", input=url, detail="no choices[0].message.content") from exc
    kept, dropped = check_sentences(content, evidence)
    return {"writer": f"openai-compatible {model} at {url}", "sentences": kept,
            "dropped": dropped}
