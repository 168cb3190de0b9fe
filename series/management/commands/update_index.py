"""`manage.py update_index`: Wagtail's full reindex, after rebuilding the words the
copy adds to the segmentation dictionary (series/search/copy_terms.py), so every
page is cut with the same, current dictionary."""

from modelsearch.management.commands.rebuild_modelsearch_index import (
    Command as RebuildIndexCommand,
)

from series.search import copy_terms, vocabulary


class Command(RebuildIndexCommand):
    help = "Rebuild the copy's dictionary words, then the search index."

    def handle(self, **options):
        count = copy_terms.rebuild_all()
        vocabulary.bump_version()
        if options["verbosity"] > 0:
            self.stdout.write(f"稿件词语：{count} 个")
        super().handle(**options)
