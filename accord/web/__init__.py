"""The dashboard: server-rendered pages (Jinja2), Plotly charts, Plotly's JavaScript served from
the installed package. Mounted by `accord.server.create_app`."""
