"""A series with a reporter and an editor, and builders for the desk's slots."""

import pytest

from series.workflow.roles import REPORTERS
from tests.workflow.conftest import (  # noqa: F401  fixtures shared with workflow tests
    editor,
    editor_client,
    make_user,
    other_reporter,
    other_series,
    reporter,
    reporter_client,
)


@pytest.fixture
def outsider_client(client, db):
    """A reporter with admin access but no series of their own."""
    client.force_login(make_user("waibu", REPORTERS))
    return client
