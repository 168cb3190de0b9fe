"""Error pages in the site's design."""

from django.test import RequestFactory
from django.views.defaults import server_error


def test_404_uses_the_site_design(client, reader_site):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    body = response.content.decode()
    assert '<html lang="zh-Hans">' in body
    assert 'class="site-header"' in body and "页面不存在" in body
    assert '<meta name="robots" content="noindex">' in body
    assert body.count("<h1") == 1


def test_500_renders_without_context_or_database(db):
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    body = response.content.decode()
    assert '<html lang="zh-Hans">' in body
    assert "/static/css/site.css" in body
    assert 'class="site-header"' in body and "服务器出错" in body
