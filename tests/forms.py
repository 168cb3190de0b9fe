"""Admin form POST data shared by the admin, workflow and importer tests."""

from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)


def installment_form(**overrides) -> dict:
    """POST data for the installment add/edit form (every tab, empty formsets)."""
    data = {
        "title": "创新突围看县域",
        "slug": "",
        "number": "1",
        "subtitle_override": "",
        "deck": "县域产业集群的创新之路",
        "standfirst": "一座县城如何把传统产业做成隐形冠军。",
        "hero_image": "",
        "body": streamfield(
            [("paragraph", rich_text("<p>江阴的车间里灯火通明。</p>"))]
        ),
        "bylines": inline_formset([]),
        "corrections": inline_formset([]),
        "edition_date": "",
        "print_page": "",
        "page_name": "",
        "planned_date": "",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(overrides)
    return nested_form_data(data)
