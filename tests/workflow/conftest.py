"""People of the newsroom for workflow tests: reporters, an editor, one series each."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from series.workflow.roles import EDITORS
from series.workflow.services import reporter_grant_series
from tests.factories import SeriesPageFactory
from tests.workflow.helpers import PASSWORD


def make_user(username: str, *groups: str):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.com", password=PASSWORD
    )
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def reporter(series):
    user = make_user("yaoxueqing")
    reporter_grant_series(user=user, series=series)
    return user


@pytest.fixture
def other_reporter(series):
    user = make_user("liujunguo")
    reporter_grant_series(user=user, series=series)
    return user


@pytest.fixture
def editor(db):
    return make_user("bianji", EDITORS)


@pytest.fixture
def other_series(home):
    return SeriesPageFactory(parent=home, title="乡村振兴看变化", slug="xiangcun")


@pytest.fixture
def reporter_client(reporter):
    client = Client()
    client.force_login(reporter)
    return client


@pytest.fixture
def editor_client(editor):
    client = Client()
    client.force_login(editor)
    return client
