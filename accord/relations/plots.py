"""Charts: interactive HTML with Plotly (its JavaScript embedded, so files work offline) and PNG
with matplotlib (Plotly's PNG export would need kaleido and a browser)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..errors import AccordError
from .series import DyadSeries

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
QUAD_COLOURS = {1: "#8fd18f", 2: "#2e8b57", 3: "#f4a582", 4: "#b2182b"}
LAYOUT_SEED = 7  # spring layout seed: the same store draws the same map


def _title(series: DyadSeries) -> str:
    arrow = "→" if series.directed else "–"
    return f"{series.a} {arrow} {series.b}: events per {series.by} and net cooperation index"


def plot_dyad(series: DyadSeries, path: str | Path) -> Path:
    """Write the series chart to `path`: `.html` (Plotly) or `.png` (matplotlib)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        _dyad_html(series, path)
    elif suffix == ".png":
        _dyad_png(series, path)
    else:
        raise AccordError(f"Cannot plot to {path.name!r}: give a file ending in .html or .png.")
    return path


def dyad_figure(series: DyadSeries) -> go.Figure:
    """Stacked QuadClass counts per period (bars) and the net cooperation index (line)."""
    labels = [p.label for p in series.periods]
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    for q, name in QUAD_NAMES.items():
        fig.add_trace(go.Bar(x=labels, y=[p.quad[q] for p in series.periods], name=name,
                             marker_color=QUAD_COLOURS[q]), secondary_y=False)
    fig.add_trace(go.Scatter(x=labels, y=[p.net for p in series.periods], name="net index",
                             mode="lines+markers", line={"color": "black"}, connectgaps=False),
                  secondary_y=True)
    fig.update_layout(barmode="stack", title=_title(series), template="plotly_white",
                      legend={"orientation": "h", "y": -0.15})
    fig.update_xaxes(type="category")
    fig.update_yaxes(title_text="events", secondary_y=False)
    fig.update_yaxes(title_text="net cooperation index", range=[-1.1, 1.1], secondary_y=True,
                     tickvals=[-1, -0.5, 0, 0.5, 1], showgrid=False, zeroline=True, zerolinecolor="#bbb")
    return fig


def _dyad_html(series: DyadSeries, path: Path) -> None:
    dyad_figure(series).write_html(str(path), include_plotlyjs=True, full_html=True)


def _dyad_png(series: DyadSeries, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = [p.label for p in series.periods]
    x = range(len(labels))
    fig, ax = plt.subplots(figsize=(max(6.0, 0.35 * len(labels) + 3), 4.5))
    bottom = [0] * len(labels)
    for q, name in QUAD_NAMES.items():
        heights = [p.quad[q] for p in series.periods]
        ax.bar(x, heights, bottom=bottom, color=QUAD_COLOURS[q], label=name)
        bottom = [b + h for b, h in zip(bottom, heights)]
    ax.set_ylabel("events")
    ax.set_xticks(list(x), labels, rotation=60, ha="right", fontsize=8)
    twin = ax.twinx()
    twin.plot(list(x), [float("nan") if p.net is None else p.net for p in series.periods],
              color="black", marker="o", label="net index")
    twin.set_ylim(-1.05, 1.05)
    twin.set_ylabel("net cooperation index")
    handles = ax.get_legend_handles_labels()[0] + twin.get_legend_handles_labels()[0]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.25), ncol=5, fontsize=7,
              frameon=False)
    ax.set_title(_title(series), fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110, bbox_inches="tight")
    plt.close(fig)


def network_figure(graph: nx.Graph, *, seed: int = LAYOUT_SEED) -> go.Figure:
    """A network map: green edges cooperative, red conflictual, nodes coloured by bloc."""
    pos = nx.spring_layout(graph, seed=seed, weight=None) if graph.number_of_nodes() else {}
    traces = []
    for a, b, d in graph.edges(data=True):
        colour = "#2e8b57" if d["weight"] > 0 else "#b2182b" if d["weight"] < 0 else "#999999"
        traces.append(go.Scatter(
            x=[pos[a][0], pos[b][0]], y=[pos[a][1], pos[b][1]], mode="lines", hoverinfo="text",
            text=f"{a}–{b}: weight {d['weight']:+d} ({d['coop']} coop, {d['conflict']} conflict)",
            line={"color": colour, "width": 1 + min(abs(d["weight"]), 8)}, showlegend=False))
    nodes = list(graph.nodes(data=True))
    traces.append(go.Scatter(
        x=[pos[n][0] for n, _ in nodes], y=[pos[n][1] for n, _ in nodes], mode="markers+text",
        text=[n for n, _ in nodes], textposition="top center",
        hovertext=[f"{d['name']} (bloc {d['community']})" for _, d in nodes], hoverinfo="text",
        marker={"size": 16, "color": [d["community"] for _, d in nodes], "colorscale": "Turbo"},
        showlegend=False))
    fig = go.Figure(traces)
    fig.update_layout(title="Alliance network: edge = cooperation − conflict; colour = bloc",
                      template="plotly_white", xaxis={"visible": False}, yaxis={"visible": False})
    return fig


def plot_network(graph: nx.Graph, path: str | Path) -> Path:
    """Write the network map to `path` as a self-contained interactive HTML file."""
    path = Path(path)
    network_figure(graph).write_html(str(path), include_plotlyjs=True, full_html=True)
    return path
