"""Live intake: follow news feeds over HTTP, continuously, losing nothing.

Stages, each in its own module:

- `settings`: the politeness settings (rate, concurrency, timeouts, retries, sizes), declared once.
- `safety`: which URLs may be fetched (http and https to public addresses) and how URLs are logged.
- `robots`: robots.txt, fetched once per host and cached.
- `client`: the HTTP client (httpx): conditional requests, per-host rate and concurrency limits,
  retries with backoff, redirects, size and content-type checks, charset handling.
- `state`: the sources, the entries seen and the queue of pages to fetch or analyse, in the
  database (`intake_sources`, `intake_entries`), so that a killed process resumes where it stopped.
- `sourcefile`: a TOML list of sources, for people who keep theirs in version control.
- `watch`: one round (poll the due feeds, fetch the new pages, analyse and store them) and the
  loop that repeats it.

Only `state` is imported by the API and the dashboard; it does not import httpx.
"""
