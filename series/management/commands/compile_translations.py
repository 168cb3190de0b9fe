"""`manage.py compile_translations`: build locale/*.mo from the .po files, no gettext needed."""

from django.core.management.base import BaseCommand

from series.catalogs import compile_catalogs


class Command(BaseCommand):
    help = "Compile the project's translation catalogs (locale/) with polib."

    def handle(self, *args, **options):
        written = compile_catalogs()
        for path in written:
            self.stdout.write(f"compiled {path}")
        if not written:
            self.stdout.write("translation catalogs are up to date")
