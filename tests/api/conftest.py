# The feed tests' small newsroom (hostile copy included) serves the API tests too.
from tests.feeds.conftest import (  # noqa: F401
    _empty_cache,
    newsroom,
    newsroom_once,
)
