"""Search vocabulary the newsroom keeps: synonym groups and words from the copy."""

import re

from django.db import models
from django.utils.translation import gettext_lazy as _

_SEPARATORS = re.compile(r"[\s,，、;；/／|]+")


class SynonymGroup(models.Model):
    """Words readers use for the same thing: 烟花 / 焰火 / 花炮.

    A query word in a group finds installments with any word of the group.
    """

    words = models.CharField(
        _("同义词"),
        max_length=400,
        help_text=_("用空格、顿号或斜杠分隔，例如：烟花 焰火 花炮"),
    )
    note = models.CharField(_("备注"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("搜索同义词")
        verbose_name_plural = _("搜索同义词")
        ordering = ["words"]

    def __str__(self) -> str:
        return " / ".join(self.word_list())

    def word_list(self) -> list[str]:
        from series.search.segment import normalize

        words = [normalize(word) for word in _SEPARATORS.split(self.words or "")]
        return list(dict.fromkeys(word for word in words if word))


class CopyTerm(models.Model):
    """A word the newsroom prints as a unit (a heading, a key figure's label, a
    product in quotes, a number with its unit), kept whole by the segmenter.

    Rebuilt from published installments when one is published and by
    `manage.py update_index`.
    """

    term = models.CharField(_("词语"), max_length=40, unique=True)

    class Meta:
        verbose_name = _("稿件词语")
        verbose_name_plural = _("稿件词语")

    def __str__(self) -> str:
        return self.term
