from django.apps import AppConfig


class ReaderSiteConfig(AppConfig):
    """Installed so Django finds the reader site's template tags; it has no models."""

    name = "series.site"
    label = "reader_site"
    verbose_name = "读者网站"
