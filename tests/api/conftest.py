# The feed tests' small newsroom (hostile copy included) serves the API tests too.
from tests.feeds.conftest import _empty_cache, newsroom  # noqa: F401
