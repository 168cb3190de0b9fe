"""One JSON object per log line on stdout, for log shippers (docs/deploy.md)."""

import json
import logging
from datetime import UTC, datetime

# Attributes every LogRecord has; anything else was passed in `extra=` and is kept.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            entry["method"] = request.method
            entry["path"] = request.path
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in entry and key != "request":
                entry[key] = value if _is_plain(value) else repr(value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def _is_plain(value) -> bool:
    return isinstance(value, str | int | float | bool | type(None))


def json_logging(level: str = "INFO") -> dict:
    """A LOGGING dict: everything to stdout as JSON, Django's request errors included."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "newsroom.jsonlog.JsonFormatter"}},
        "handlers": {
            "stdout": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stdout",
                "formatter": "json",
            }
        },
        "root": {"handlers": ["stdout"], "level": "WARNING"},
        "loggers": {
            "django": {"handlers": ["stdout"], "level": level, "propagate": False},
            "series": {"handlers": ["stdout"], "level": level, "propagate": False},
            "newsroom": {"handlers": ["stdout"], "level": level, "propagate": False},
            # Lockouts are warnings; axes' INFO start-up line would pollute command output.
            "axes": {"handlers": ["stdout"], "level": "WARNING", "propagate": False},
        },
    }
