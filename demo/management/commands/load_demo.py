"""`manage.py load_demo`: build the demo series, or confirm it is already there."""

from django.core.management.base import BaseCommand

from demo.load import demo_load


class Command(BaseCommand):
    help = "载入演示系列报道（可重复运行，第二次不做任何改动）。"

    def handle(self, *args, **options):
        demo_load(stdout=self.stdout)
