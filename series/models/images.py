"""Images that carry their photographer's credit into every rendition."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class NewsImage(AbstractImage):
    """A newsroom photo: the credit travels with the file, not with each use."""

    credit = models.CharField(
        _("署名"),
        max_length=120,
        blank=True,
        help_text=_("摄影者或来源，例如“本报记者 刘军国摄”。"),
    )
    default_caption = models.CharField(
        _("默认图说"),
        max_length=300,
        blank=True,
        help_text=_("引用图片时未填写图说，则使用这一条。"),
    )

    admin_form_fields = Image.admin_form_fields + ("credit", "default_caption")

    class Meta(AbstractImage.Meta):
        verbose_name = _("图片")
        verbose_name_plural = _("图片")

    @property
    def alt_text(self) -> str:
        # Readers on screen readers hear the caption; the title is the fallback.
        return self.default_caption or self.title


class NewsRendition(AbstractRendition):
    image = models.ForeignKey(
        NewsImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
