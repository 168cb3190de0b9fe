import os
from types import SimpleNamespace

import pytest

from tests.production.served import (
    drop_database,
    manage,
    production_env,
    recreate_database,
    server_url,
)


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory):
    """The demo site in its own PostgreSQL database, built once through production
    settings (migrate, collectstatic, load_demo), as `make serve` would."""
    server = server_url()
    name = f"newsroom_served_{os.environ.get('TEST_DB_TAG', 'default')}"
    root = tmp_path_factory.mktemp("served")
    env = production_env(
        recreate_database(server, name), root / "media", root / "static"
    )
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    # The demo app is installed in development only: load it with those settings.
    manage({**env, "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev"}, "load_demo")
    yield SimpleNamespace(server=server, name=name, env=env, root=root)
    drop_database(server, name)
