"""Dashboard charts: Plotly figures rendered to HTML fragments.

Plotly's JavaScript is not embedded; each fragment loads it from `/assets/plotly.min.js`, which
the app serves from the installed plotly package, so the dashboard works offline.
"""

from __future__ import annotations

import networkx as nx
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..relations.plots import QUAD_COLOURS, QUAD_NAMES
from ..relations.series import DyadSeries

PLOTLY_JS_URL = "/assets/plotly.min.js"
LAYOUT_SEED = 7  # spring layout seed: the same store draws the same map


def _html(fig: go.Figure, div_id: str) -> str:
    fig.update_layout(template="plotly_white", margin={"l": 50, "r": 30, "t": 50, "b": 40})
    return fig.to_html(full_html=False, include_plotlyjs=PLOTLY_JS_URL, div_id=div_id,
                       config={"displaylogo": False, "responsive": True})


def dyad_chart(series: DyadSeries) -> str:
    """Stacked QuadClass counts per period (bars) and the net cooperation index (line)."""
    labels = [p.label for p in series.periods]
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    for q, name in QUAD_NAMES.items():
        fig.add_trace(go.Bar(x=labels, y=[p.quad[q] for p in series.periods], name=name,
                             marker_color=QUAD_COLOURS[q]), secondary_y=False)
    fig.add_trace(go.Scatter(x=labels, y=[p.net for p in series.periods], name="net index",
                             mode="lines+markers", line={"color": "black"}), secondary_y=True)
    fig.update_layout(barmode="stack", legend={"orientation": "h", "y": -0.15}, height=420,
                      title=f"{series.a} – {series.b}: events per {series.by}")
    fig.update_xaxes(type="category")
    fig.update_yaxes(title_text="events", secondary_y=False)
    fig.update_yaxes(title_text="net cooperation index", range=[-1.1, 1.1], secondary_y=True,
                     tickvals=[-1, -0.5, 0, 0.5, 1], showgrid=False, zeroline=True, zerolinecolor="#bbb")
    return _html(fig, "dyad-chart")


def network_chart(graph: nx.Graph) -> str:
    """Spring layout as a Plotly scatter: green edges cooperative, red conflictual, colour = bloc."""
    pos = nx.spring_layout(graph, seed=LAYOUT_SEED, weight=None)
    traces: list[go.Scatter] = []
    for a, b, d in graph.edges(data=True):
        colour = "#2e8b57" if d["weight"] > 0 else "#b2182b" if d["weight"] < 0 else "#999999"
        traces.append(go.Scatter(
            x=[pos[a][0], pos[b][0]], y=[pos[a][1], pos[b][1]], mode="lines", hoverinfo="text",
            text=f"{a}–{b}: weight {d['weight']:+d} ({d['coop']} coop, {d['conflict']} conflict)",
            line={"color": colour, "width": 1 + min(abs(d["weight"]), 8)}, showlegend=False))
    nodes = list(graph.nodes(data=True))
    traces.append(go.Scatter(
        x=[pos[n][0] for n, _ in nodes], y=[pos[n][1] for n, _ in nodes], mode="markers+text",
        text=[n for n, _ in nodes], textposition="top center", hoverinfo="text",
        hovertext=[f"{d['name']} (bloc {d['community']})" for _, d in nodes],
        marker={"size": 18, "color": [d["community"] for _, d in nodes], "colorscale": "Turbo"},
        showlegend=False))
    fig = go.Figure(traces)
    fig.update_layout(height=560, xaxis={"visible": False}, yaxis={"visible": False},
                      title="Alliance network: edge = cooperation − conflict; colour = bloc")
    return _html(fig, "network-chart")
