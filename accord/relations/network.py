"""The alliance network: actors as nodes, edges weighted by cooperation minus conflict.

Edge weight = (number of cooperation events) - (number of conflict events) between the two actors
over the window, each fused event once, either direction. Candidate blocs are the communities
found by networkx's greedy modularity maximisation on the positive-weight edges only (conflict
is not a tie that binds); it is deterministic, unlike Louvain.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx
from networkx.algorithms.community import greedy_modularity_communities

from .load import DyadEvent
from .shifts import by_dyad

MIN_EVENTS = 2  # per edge


def build_network(events: Iterable[DyadEvent], *, min_events: int = MIN_EVENTS,
                  names: dict[str, str] | None = None) -> nx.Graph:
    """The weighted, undirected actor graph; edges with fewer than `min_events` events dropped.
    Node attribute `community` is the bloc index (-1: in no positive tie)."""
    totals = {pair: (len(evs), sum(e.coop > 0 for e in evs)) for pair, evs in by_dyad(events, max_grain=2).items()}
    return network_from_totals(totals, min_events=min_events, names=names)


def network_from_totals(totals: dict[tuple[str, str], tuple[int, int]], *, min_events: int = MIN_EVENTS,
                        names: dict[str, str] | None = None) -> nx.Graph:
    """`build_network` from (events, cooperation events) per pair, as `load.pair_totals` counts them."""
    graph = nx.Graph()
    for (a, b), (events, coop) in sorted(totals.items()):
        if events < min_events:
            continue
        conflict = events - coop
        graph.add_edge(a, b, weight=coop - conflict, coop=coop, conflict=conflict, events=events)
    names = names or {}
    for node in graph.nodes:
        graph.nodes[node]["name"] = names.get(node, node)
        graph.nodes[node]["community"] = -1
    for i, bloc in enumerate(blocs(graph)):
        for node in bloc:
            graph.nodes[node]["community"] = i
    return graph


def blocs(graph: nx.Graph) -> list[list[str]]:
    """Communities of the positive-weight subgraph, largest first; singletons dropped."""
    positive = nx.Graph()
    positive.add_edges_from((a, b, {"weight": d["weight"]}) for a, b, d in graph.edges(data=True)
                            if d["weight"] > 0)
    if positive.number_of_edges() == 0:
        return []
    found = greedy_modularity_communities(positive, weight="weight")
    return sorted((sorted(c) for c in found if len(c) > 1), key=lambda c: (-len(c), c))


def network_dict(graph: nx.Graph) -> dict[str, Any]:
    communities: dict[int, list[str]] = {}
    for node, data in graph.nodes(data=True):
        if data["community"] >= 0:
            communities.setdefault(data["community"], []).append(node)
    return {
        "edge_weight": "coop - conflict (QuadClass 1-2 vs 3-4 events, fused, either direction)",
        "nodes": [{"id": n, "name": d["name"], "community": d["community"],
                   "degree": graph.degree(n), "strength": graph.degree(n, weight="weight")}
                  for n, d in sorted(graph.nodes(data=True))],
        "edges": sorted(({"source": min(a, b), "target": max(a, b), **d} for a, b, d in graph.edges(data=True)),
                        key=lambda e: (e["source"], e["target"])),
        "communities": [sorted(v) for _, v in sorted(communities.items())],
    }


def write_graphml(graph: nx.Graph, path: str | Path) -> None:
    nx.write_graphml(graph, str(path))
