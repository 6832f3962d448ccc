"""Dashboard charts: Plotly figures rendered to HTML fragments.

Plotly's JavaScript is not embedded; each fragment loads it from `/assets/plotly.min.js`, which
the app serves from the installed plotly package, so the dashboard works offline. The inline
calls carry the response's CSP nonce (`accord.api.guard`): the only inline scripts that run.
"""

from __future__ import annotations

import networkx as nx
import plotly.graph_objects as go

from ..relations.plots import dyad_figure, network_figure
from ..relations.series import DyadSeries

PLOTLY_JS_URL = "/assets/plotly.min.js"


def _html(fig: go.Figure, div_id: str, nonce: str) -> str:
    fig.update_layout(template="plotly_white", margin={"l": 50, "r": 30, "t": 50, "b": 40})
    html = fig.to_html(full_html=False, include_plotlyjs=PLOTLY_JS_URL, div_id=div_id,
                       config={"displaylogo": False, "responsive": True})
    return html.replace("<script>", f'<script nonce="{nonce}">')


def dyad_chart(series: DyadSeries, nonce: str) -> str:
    """Stacked QuadClass counts per period (bars) and the net cooperation index (line)."""
    fig = dyad_figure(series)
    fig.update_layout(height=420, title=f"{series.a} – {series.b}: events per {series.by}")
    return _html(fig, "dyad-chart", nonce)


def network_chart(graph: nx.Graph, nonce: str) -> str:
    """The alliance network map, as the CLI draws it."""
    fig = network_figure(graph)
    fig.update_layout(height=560)
    return _html(fig, "network-chart", nonce)
