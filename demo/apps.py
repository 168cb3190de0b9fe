from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content and developer accounts; installed by the dev and test settings only."""

    name = "demo"
    verbose_name = "演示内容"
