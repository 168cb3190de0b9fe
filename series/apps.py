from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeriesConfig(AppConfig):
    name = "series"
    verbose_name = _("系列报道")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # New series get their reporters group and join the review workflow.
        from series.workflow import signals as workflow_signals

        workflow_signals.connect()

        # Users are named family name first, as the newsroom writes them.
        from series.workflow.names import use_chinese_order

        use_chinese_order()

        # Feeds drop their cache and ping WebSub when content is published.
        from series.feeds import signals as feed_signals

        feed_signals.connect()

        # Search keeps names whole: renamed snippets reload the segmenter's words.
        from series.search import signals as search_signals

        search_signals.connect()

        # Published changes purge exactly the cached pages that show them.
        from series.pagecache import signals as page_cache_signals

        page_cache_signals.connect()

        # An installment's first publication mails its series' followers.
        from series.newsletters import signals as newsletter_signals

        newsletter_signals.connect()
