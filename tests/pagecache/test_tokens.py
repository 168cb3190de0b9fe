"""The bare Redis client for path tokens (series/pagecache/tokens.py)."""

import socket
import threading

import pytest
import redis

from series.pagecache import store, tokens

pytestmark = pytest.mark.single_pass
URL = "redis://127.0.0.1:6379/11"  # not the bench (15), loopback (14), worker (13)


@pytest.fixture
def on_redis(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": URL}
    }
    redis.Redis.from_url(URL).flushdb()
    yield redis.Redis.from_url(URL)
    redis.Redis.from_url(URL).flushdb()


def test_tokens_are_plain_strings_in_the_cache_database(on_redis):
    tokens.set_many({"series.pagecache:v:a": "one", "series.pagecache:v:b": "two"})
    tokens.add("series.pagecache:v:a", "ignored")  # NX keeps the first
    tokens.add("series.pagecache:v:c", "three")
    assert tokens.get("series.pagecache:v:a") == "one"
    assert tokens.get("series.pagecache:v:missing") is None
    assert on_redis.mget(["series.pagecache:v:b", "series.pagecache:v:c"]) == [
        b"two",
        b"three",
    ]


def test_a_purge_is_seen_by_another_connection_at_once(on_redis):
    where, _ = store.lookup("example.com", "/a/", "")
    store.store_entry(where, store.Entry(200, (), b"page"), 60)
    assert store.lookup("example.com", "/a/", "")[1].content == b"page"
    # Another process purges: a raw write to the same token.
    on_redis.set(store._version_key("/a/"), "purged-elsewhere")
    assert store.lookup("example.com", "/a/", "")[1] is None


def test_redis_down_is_a_miss_not_an_error(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }
    assert store.lookup("example.com", "/", "")[1] is None


def test_without_redis_tokens_use_django_cache(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    }
    assert tokens.redis_location() is None
    tokens.set_many({"k": "v"})
    assert tokens.get("k") == "v"


def _commands_seen(client) -> int:
    return int(client.info("stats")["total_commands_processed"])


def test_a_remembered_token_costs_no_round_trip(on_redis):
    tokens.set_many({"series.pagecache:v:a": "one"})
    assert tokens.get("series.pagecache:v:a") == "one"
    before = _commands_seen(on_redis)
    for _ in range(50):
        assert tokens.get("series.pagecache:v:a") == "one"
        assert tokens.get("series.pagecache:v:missing") is None
    # Only the INFO call itself (and at most the odd heartbeat PING) reached Redis.
    assert _commands_seen(on_redis) - before <= 4


def test_redis_pushes_every_change_to_a_remembered_token(on_redis):
    tokens.set_many({"series.pagecache:v:a": "one"})
    assert tokens.get("series.pagecache:v:a") == "one"
    assert tokens.get("series.pagecache:v:gone") is None
    other = redis.Redis.from_url(URL)
    other.set("series.pagecache:v:a", "two")
    other.set("series.pagecache:v:gone", "born")
    other.ping()  # as a purge does: Redis has written the invalidations
    assert tokens.get("series.pagecache:v:a") == "two"
    assert tokens.get("series.pagecache:v:gone") == "born"
    other.flushdb()
    other.ping()
    assert tokens.get("series.pagecache:v:a") is None


def test_a_killed_connection_forgets_what_it_remembered(on_redis):
    tokens.set_many({"series.pagecache:v:a": "one"})
    assert tokens.get("series.pagecache:v:a") == "one"
    # Redis drops every tracking client (a restart or failover looks the same),
    # then the token changes while nobody listens.
    on_redis.execute_command("CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes")
    on_redis.set("series.pagecache:v:a", "changed-while-away")
    # The first call after notices the closed socket: a miss, never the old token.
    with pytest.raises(ConnectionError):
        tokens.get("series.pagecache:v:a")
    assert tokens.get("series.pagecache:v:a") == "changed-while-away"


def test_a_silent_connection_pings_before_it_trusts(on_redis, monkeypatch):
    tokens.set_many({"series.pagecache:v:a": "one"})
    assert tokens.get("series.pagecache:v:a") == "one"
    monkeypatch.setattr(tokens, "HEARTBEAT", 0.0)
    before = _commands_seen(on_redis)
    tokens.get("series.pagecache:v:a")
    tokens.get("series.pagecache:v:a")
    assert _commands_seen(on_redis) - before >= 3  # INFO, then a PING per call


def test_a_frame_split_across_reads_is_parsed_whole():
    frame = b">2\r\n$10\r\ninvalidate\r\n*2\r\n$1\r\na\r\n$2\r\nbc\r\n"
    for cut in range(1, len(frame)):
        with pytest.raises(tokens._Incomplete):
            tokens._parse(frame[:cut], 0)
    value, end = tokens._parse(frame, 0)
    assert isinstance(value, tokens._Push) and end == len(frame)
    assert value == [b"invalidate", [b"a", b"bc"]]
    assert tokens._parse(b"%1\r\n+server\r\n+redis\r\n", 0)[0] == [b"server", b"redis"]
    assert isinstance(tokens._parse(b"-ERR wrong\r\n", 0)[0], tokens.RedisError)


class OldRedis:
    """A Redis 5 stand-in on loopback: no HELLO, RESP2 answers, counts its GETs."""

    def __init__(self, values: dict[bytes, bytes]):
        self.values, self.gets = values, 0
        self.server = socket.create_server(("127.0.0.1", 0))
        self.url = f"redis://127.0.0.1:{self.server.getsockname()[1]}/3"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        connection, _ = self.server.accept()
        reader = connection.makefile("rb")
        while line := reader.readline():
            args = []
            for _ in range(int(line[1:])):
                size = int(reader.readline()[1:])
                args.append(reader.read(size + 2)[:-2])
            connection.sendall(self._answer(args))

    def _answer(self, args) -> bytes:
        command = args[0].upper()
        if command == b"HELLO":
            return b"-ERR unknown command 'HELLO'\r\n"
        if command == b"GET":
            self.gets += 1
            value = self.values.get(args[1])
            return (
                b"$-1\r\n" if value is None else b"$%d\r\n%s\r\n" % (len(value), value)
            )
        return b"+OK\r\n"


def test_an_older_redis_is_asked_on_every_read(settings):
    old = OldRedis({b"series.pagecache:v:a": b"one"})
    settings.CACHES = {
        "default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": old.url}
    }
    assert tokens.get("series.pagecache:v:a") == "one"
    assert tokens.get("series.pagecache:v:a") == "one"
    assert tokens.get("series.pagecache:v:missing") is None
    assert old.gets == 3  # nothing remembered without tracking
