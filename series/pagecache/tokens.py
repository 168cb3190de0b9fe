"""Path version tokens: the one read every cached hit makes, kept in memory and
invalidated by Redis itself.

With django-redis behind Django's cache, tokens live as plain strings under their
own keys and are read and written over a minimal RESP3 connection per thread with
Redis's client-side caching on (``CLIENT TRACKING``). A token this connection has
read is remembered; when any client changes it, Redis pushes an ``invalidate``
message down the same connection and the token is forgotten. A hit then costs
one non-blocking ``recv`` instead of a round trip (~25 µs, and Redis's own CPU on
a machine it shares with the web workers). Without Redis, or with a URL this
client does not speak (TLS, a Unix socket), tokens go through Django's cache.

Why this is never staler than a round trip:
- Replies and pushes share one ordered connection: a token read is never older
  than an invalidation already on its way.
- A purge ends with a PING on the purging connection. Redis writes every
  pending message (the invalidations included) to its sockets before it reads
  the next command, so when the purge returns every tracking connection has the
  invalidation in its socket buffer, and its next hit reads it.
- A connection that has heard nothing from Redis for HEARTBEAT seconds pings
  before it trusts what it remembers: a lost connection or a partition costs at
  most that long, then every remembered token is dropped (a miss).

Any error reads as "no token", which the store treats as a miss, and drops the
connection with everything it remembered; the next call connects again. A server
older than Redis 6 (no RESP3, no tracking) is asked on every read, as before.
"""

from __future__ import annotations

import contextlib
import os
import select
import socket
import threading
import time
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed

TIMEOUT = 0.5
HEARTBEAT = 0.2  # seconds a connection trusts its tokens without hearing Redis


@lru_cache(maxsize=1)
def redis_location() -> str | None:
    """The redis:// URL of Django's default cache, if it is django-redis.

    Read once (every cache hit asks), and again when tests change CACHES.
    """
    config = settings.CACHES.get("default", {})
    if not config.get("BACKEND", "").startswith("django_redis."):
        return None
    location = config.get("LOCATION")
    if isinstance(location, (list, tuple)):
        location = location[0] if location else None
    return location if location and location.startswith("redis://") else None


def _caches_changed(setting, **kwargs):
    if setting == "CACHES":
        redis_location.cache_clear()


setting_changed.connect(_caches_changed, dispatch_uid="pagecache_tokens_location")


class RedisError(ConnectionError):
    """An error reply, or a connection this client can no longer trust."""


class _Incomplete(Exception):
    """The buffer ends inside a frame: read more."""


class _Push(list):
    """An out-of-band RESP3 push frame (``>``), kept apart from replies."""


_AGGREGATES = {b"*": 1, b"~": 1, b">": 1, b"%": 2, b"|": 2}


def _parse(buffer: bytes | bytearray, pos: int):
    """One RESP3 frame from buffer[pos:]: (value, next position)."""
    end = buffer.find(b"\r\n", pos)
    if end < 0:
        raise _Incomplete
    kind, rest, pos = (
        bytes(buffer[pos : pos + 1]),
        bytes(buffer[pos + 1 : end]),
        end + 2,
    )
    if kind in (b"$", b"=", b"!"):
        size = int(rest)
        if size < 0:
            return None, pos
        if len(buffer) < pos + size + 2:
            raise _Incomplete
        value = bytes(buffer[pos : pos + size])
        if kind == b"!":
            value = RedisError(value.decode(errors="replace"))
        return value, pos + size + 2
    if kind in _AGGREGATES:
        count = int(rest)
        if count < 0:
            return None, pos
        items = _Push() if kind == b">" else []
        for _ in range(count * _AGGREGATES[kind]):
            item, pos = _parse(buffer, pos)
            items.append(item)
        if kind == b"|":  # attributes annotate the frame that follows
            return _parse(buffer, pos)
        return items, pos
    if kind == b"-":
        return RedisError(rest.decode(errors="replace")), pos
    if kind == b"_":
        return None, pos
    if kind in (b"+", b":", b"#", b",", b"("):
        return rest, pos
    raise RedisError(f"unexpected Redis reply type {kind!r}")


class TrackingConnection:
    """Just enough of RESP3 for GET, SET NX, MSET and client-side tracking."""

    def __init__(self, url: str):
        parts = urlsplit(url)
        self.sock = socket.create_connection(
            (parts.hostname or "127.0.0.1", parts.port or 6379), timeout=TIMEOUT
        )
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        # Asked before every read whether Redis has sent anything: a poll with no
        # timeout is one syscall, and no exception when the answer is no.
        self.waiting = select.poll()
        self.waiting.register(self.sock.fileno(), select.POLLIN)
        self.buffer = bytearray()
        self.known: dict[str, str | None] = {}
        self.heard_at = time.monotonic()
        self.tracking = self._hello(parts)
        database = parts.path.strip("/")
        if database and database != "0":
            self.call("SELECT", database)
        if self.tracking:
            self.call("CLIENT", "TRACKING", "ON")

    def _hello(self, parts) -> bool:
        """RESP3 when the server speaks it (Redis 6+); False for an older server."""
        user = unquote(parts.username or "default")
        password = unquote(parts.password) if parts.password else None
        try:
            self.call("HELLO", "3", *(["AUTH", user, password] if password else []))
        except RedisError as error:
            if "unknown command" not in str(error).lower():
                raise
            # Redis before 6 has neither RESP3 nor tracking: every read asks.
            if password:
                self.call("AUTH", password)
            return False
        return True

    def call(self, *args: str | bytes):
        payload = [b"*%d\r\n" % len(args)]
        for arg in args:
            data = arg.encode() if isinstance(arg, str) else arg
            payload.append(b"$%d\r\n%s\r\n" % (len(data), data))
        self.sock.sendall(b"".join(payload))
        while True:
            frame = self._frame()
            if isinstance(frame, _Push):
                self._on_push(frame)
                continue
            if isinstance(frame, RedisError):
                raise frame
            return frame

    def get(self, key: str) -> str | None:
        if not self.tracking:
            value = self.call("GET", key)
            return value.decode() if value is not None else None
        self._catch_up()
        if key in self.known:
            return self.known[key]
        # Tracking remembers the key even when it is missing: None is cached too.
        value = self.call("GET", key)
        self.known[key] = value.decode() if value is not None else None
        return self.known[key]

    def forget(self, keys) -> None:
        for key in keys:
            self.known.pop(key, None)

    def _catch_up(self) -> None:
        """Apply the invalidations already received, without waiting for more."""
        data = None
        if self.waiting.poll(0):
            # With a timeout set, Python polls again before each recv; os.read on
            # the descriptor reads what is there at once.
            data = os.read(self.sock.fileno(), 65536)
        if data == b"":
            raise RedisError("Redis closed the connection")
        if data:
            self.buffer += data
            self.heard_at = time.monotonic()
            while self.buffer:
                try:
                    frame = self._take()
                except _Incomplete:
                    break
                if not isinstance(frame, _Push):
                    raise RedisError("a reply nobody asked for")
                self._on_push(frame)
        if time.monotonic() - self.heard_at > HEARTBEAT:
            self.call("PING")

    def _frame(self):
        """The next whole frame, reading from the socket as needed."""
        while True:
            try:
                return self._take()
            except _Incomplete:
                data = self.sock.recv(65536)
                if not data:
                    raise RedisError("Redis closed the connection") from None
                self.buffer += data
                self.heard_at = time.monotonic()

    def _take(self):
        value, end = _parse(self.buffer, 0)
        del self.buffer[:end]
        return value

    def _on_push(self, frame: _Push) -> None:
        if len(frame) < 2 or frame[0] != b"invalidate":
            return
        if frame[1] is None:  # FLUSHDB / FLUSHALL: everything goes
            self.known.clear()
        else:
            self.forget(key.decode() for key in frame[1])

    def close(self) -> None:
        self.known.clear()
        with contextlib.suppress(OSError):
            self.sock.close()


class TrackedTokens:
    """Tokens over TrackingConnection, one connection per thread and location."""

    def __init__(self):
        self._local = threading.local()

    def reset(self) -> None:
        # A forked worker must not share its parent's socket (gunicorn preloads).
        self._local = threading.local()

    def _connection(self, location: str) -> TrackingConnection:
        current = getattr(self._local, "connection", None)
        if current is not None and self._local.location == location:
            return current
        if current is not None:
            current.close()
        self._local.connection = TrackingConnection(location)
        self._local.location = location
        return self._local.connection

    def _do(self, location: str, action):
        try:
            return action(self._connection(location))
        except (OSError, ValueError, ConnectionError):
            connection = getattr(self._local, "connection", None)
            if connection is not None:
                connection.close()
            self._local.connection = None
            raise

    def get(self, location: str, key: str) -> str | None:
        return self._do(location, lambda connection: connection.get(key))

    def add(self, location: str, key: str, value: str) -> None:
        def add_and_forget(connection):
            connection.call("SET", key, value, "NX")
            connection.forget([key])

        self._do(location, add_and_forget)

    def set_many(self, location: str, mapping: dict[str, str]) -> None:
        def purge(connection):
            connection.call(
                "MSET", *[item for pair in mapping.items() for item in pair]
            )
            connection.forget(mapping)
            # Redis flushes every pending invalidation before it answers this.
            connection.call("PING")

        self._do(location, purge)


_tracked = TrackedTokens()
os.register_at_fork(after_in_child=_tracked.reset)


def get(key: str) -> str | None:
    location = redis_location()
    return _tracked.get(location, key) if location else cache.get(key)


def add(key: str, value: str) -> None:
    location = redis_location()
    if location:
        _tracked.add(location, key, value)
    else:
        cache.add(key, value, None)


def set_many(mapping: dict[str, str]) -> None:
    location = redis_location()
    if location:
        _tracked.set_many(location, mapping)
    else:
        cache.set_many(mapping, None)
