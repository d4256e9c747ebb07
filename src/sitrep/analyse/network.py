"""Actor network: parties as nodes, edges weighted by the events from actor to recipient."""

from __future__ import annotations

import networkx as nx

from sitrep.analyse.common import modality_filter, parties
from sitrep.store import Store


def build_graph(store: Store, *, modality: str | None = "asserted") -> nx.DiGraph:
    """A directed graph: node attrs n_events; edge attrs weight (events), goldstein_sum."""
    keep = modality_filter(modality)
    g = nx.DiGraph()
    for e in store.events():
        if keep is not None and e.modality not in keep:
            continue
        acts, recs = parties(e.actor), parties(e.recipient)
        for p in dict.fromkeys([*acts, *recs]):  # in order: a set would vary by process
            if not g.has_node(p):
                g.add_node(p, n_events=0)
            g.nodes[p]["n_events"] += 1
        for a in acts:
            for r in recs:
                if a == r:
                    continue
                if not g.has_edge(a, r):
                    g.add_edge(a, r, weight=0, goldstein_sum=0.0, event_ids=[])
                d = g.edges[a, r]
                d["weight"] += 1
                d["goldstein_sum"] = round(d["goldstein_sum"] + (e.goldstein or 0.0), 3)
                d["event_ids"].append(e.event_id)
    return g


def network(store: Store, *, modality: str | None = "asserted") -> dict:
    """The actor network as networkx node-link JSON (plus degree centrality per node)."""
    g = build_graph(store, modality=modality)
    centrality = nx.degree_centrality(g) if g.number_of_nodes() > 1 else {}
    for node in g.nodes:
        g.nodes[node]["degree_centrality"] = round(centrality.get(node, 0.0), 4)
    data = nx.node_link_data(g, edges="links")
    data["modality"] = modality or "asserted"
    return data
