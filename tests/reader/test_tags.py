"""Template helpers of the reader site."""

import datetime as dt

from series.site.templatetags.reader_tags import news_time


def test_news_time_prints_dates_the_newsroom_way():
    assert news_time(dt.date(2024, 5, 9)) == (
        '<time datetime="2024-05-09">2024年5月9日</time>'
    )


def test_news_time_shows_aware_datetimes_in_local_time(settings):
    moment = dt.datetime(2024, 5, 8, 23, 30, tzinfo=dt.UTC)  # 07:30 in Shanghai
    html = news_time(moment, with_time=True)
    assert html == (
        '<time datetime="2024-05-09T07:30:00+08:00">2024年5月9日 07:30</time>'
    )
    assert news_time(moment) == (
        '<time datetime="2024-05-09T07:30:00+08:00">2024年5月9日</time>'
    )


def test_news_time_is_empty_without_a_value():
    assert news_time(None) == ""
