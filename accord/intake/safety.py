"""Which URLs may be fetched, and how URLs appear in logs.

Only http and https. A host that resolves to a private, loopback, link-local, multicast, reserved
or unspecified address is refused unless `allow_private` is set: a server deployment must not
fetch its own network because a feed links there (or redirects there). Every hop of a redirect
chain is checked. Credentials in a URL (`user:password@`, `?token=`) never reach a log line:
`redact` replaces them.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..errors import AccordError

SCHEMES = ("http", "https")
# Query parameters that carry credentials in feed URLs of paywalled or API-backed outlets.
SECRET_PARAMS = re.compile(r"(?i)^(.*token.*|.*key.*|.*secret.*|.*passw.*|auth.*|sig|signature|session.*|sid)$")
# Parameters that only track a click and never change the page: dropped from canonical URLs.
TRACKING_PARAMS = re.compile(r"(?i)^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|rss|at_\w+)$")


class UnsafeURL(AccordError):
    """A URL accord refuses to fetch."""


def check_url(url: str, allow_private: bool = False) -> str:
    """The host of `url` when it may be fetched; UnsafeURL (saying why and what to do) if not."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise UnsafeURL(f"{redact(url)}: only http and https URLs are fetched, not {parts.scheme or 'a bare path'!r}.")
    host = parts.hostname
    if not host:
        raise UnsafeURL(f"{redact(url)}: the URL names no host.")
    port = parts.port or (443 if parts.scheme == "https" else 80)  # ValueError for a port out of range
    if not allow_private:
        for address in _addresses(host, port):
            if not _public(address):
                raise UnsafeURL(f"{redact(url)}: {host} is a private, loopback or link-local address "
                                f"({address}); accord does not fetch its own network unless --allow-private is given.")
    return host


def _addresses(host: str, port: int) -> list[str]:
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as error:
        raise UnsafeURL(f"{host}: the host name does not resolve ({error}); check the URL.") from None
    return sorted({str(info[4][0]).split("%")[0] for info in found})


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
                or ip.is_reserved or ip.is_unspecified)


def redact(url: str) -> str:
    """`url` fit for a log: user and password, and the values of secret-looking parameters, as ***."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable URL>"
    netloc = parts.netloc
    if "@" in netloc:
        netloc = "***@" + netloc.rpartition("@")[2]
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(SECRET_PARAMS.match(k) for k, _ in pairs):
            query = urlencode([(k, "***" if SECRET_PARAMS.match(k) else v) for k, v in pairs], safe="*")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def canonical_url(url: str) -> str:
    """The form two links to one page share: scheme and host in lower case, no default port,
    no fragment, no tracking parameters, the others sorted. `HTTP://Ex.com:80/a?utm_source=x&b=1#top`
    -> `http://ex.com/a?b=1`. A malformed URL is its own canonical form."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    if parts.username:
        host = f"{parts.username}@{host}"
    pairs = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k))
    return urlunsplit((scheme, host, parts.path or "/", urlencode(pairs), ""))
