"""Demo pages: the site root, the series and its installments in their editorial states.

A page is described by a `PageSpec` (fields, child rows, many-to-many links and the
state it should be in). `page_sync` compares the spec with the page's latest revision
and writes a new revision only when the content or the state differs, so a second run
adds no revisions.
"""

import datetime
import json
import uuid
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Model
from django.utils import timezone
from wagtail.blocks import StreamValue
from wagtail.models import Page, Site

from demo import content
from demo.summary import CREATED, REMOVED, UNCHANGED, UPDATED, DemoSummary
from series import body_format as stream
from series.links import base_host_port
from series.models import HomePage, InstallmentPage, SeriesPage

PUBLISHED, DRAFT, SCHEDULED = "published", "draft", "scheduled"

# Block ids derive from this namespace and the block's position, so the stored
# StreamField JSON is the same on every run.
BLOCK_ID_NAMESPACE = uuid.UUID("6f1d8a52-3c0e-4d5b-9a43-0c8f1e2b7d10")
GO_LIVE_TIME = datetime.time(5, 0)


@dataclass
class PageSpec:
    model: type[Page]
    slug: str
    fields: dict
    # relation name -> (field names, rows of values), e.g. bylines -> (person_id, role)
    children: dict[str, tuple[tuple[str, ...], list[tuple]]] = field(
        default_factory=dict
    )
    m2m: dict[str, list[Model]] = field(default_factory=dict)
    state: str = PUBLISHED
    go_live_at: datetime.datetime | None = None
    first_published_at: datetime.datetime | None = None


@dataclass
class Refs:
    """Demo objects by the keys content.py uses."""

    images: dict
    themes: dict
    places: dict
    people: dict


# ---------------------------------------------------------------- comparing


def plain(value):
    """A comparable, JSON-like form of a field value."""
    if isinstance(value, StreamValue):
        return json.loads(json.dumps(list(value.raw_data), cls=DjangoJSONEncoder))
    if isinstance(value, Model):
        return value.pk
    return value


def snapshot(obj, spec: PageSpec) -> dict:
    data = {name: plain(getattr(obj, name)) for name in spec.fields}
    for relation, (names, _rows) in spec.children.items():
        data[relation] = [
            tuple(plain(getattr(child, name)) for name in names)
            for child in getattr(obj, relation).all()
        ]
    for relation in spec.m2m:
        data[relation] = sorted(item.pk for item in getattr(obj, relation).all())
    return data


def spec_snapshot(spec: PageSpec) -> dict:
    data = {
        name: json.loads(json.dumps(value, cls=DjangoJSONEncoder))
        if name == "body"
        else plain(value)
        for name, value in spec.fields.items()
    }
    for relation, (_names, rows) in spec.children.items():
        data[relation] = [tuple(plain(value) for value in row) for row in rows]
    for relation, items in spec.m2m.items():
        data[relation] = sorted(item.pk for item in items)
    return data


def state_is_right(page: Page, spec: PageSpec) -> bool:
    scheduled = page.revisions.filter(approved_go_live_at__isnull=False)
    if spec.state == PUBLISHED:
        return page.live and not page.has_unpublished_changes
    if spec.state == DRAFT:
        return (
            not page.live
            and page.latest_revision_id is not None
            and not scheduled.exists()
        )
    # Scheduled: once the scheduler has published it, that is the natural course.
    return (
        page.live or scheduled.filter(approved_go_live_at__gt=timezone.now()).exists()
    )


# ---------------------------------------------------------------- writing


def page_sync(
    *, parent: Page, page: Page | None, spec: PageSpec, summary: DemoSummary
) -> Page:
    kind = str(spec.model._meta.verbose_name)
    title = spec.fields["title"]
    if page is None:
        page = page_create(parent=parent, spec=spec)
        summary.record(CREATED, kind, title)
        return page
    current = page.get_latest_revision_as_object()
    if snapshot(current, spec) == spec_snapshot(spec) and state_is_right(page, spec):
        summary.record(UNCHANGED, kind, title)
        return page
    page_write(page=page, spec=spec)
    summary.record(UPDATED, kind, title)
    return page


def child_of(model, names: tuple[str, ...], row: tuple, index: int):
    fields = dict(zip(names, row, strict=True))
    # Orderables keep the listed order (PostgreSQL returns equal keys in any order).
    if getattr(model, "sort_order_field", None):
        fields.setdefault(model.sort_order_field, index)
    return model(**fields)


def page_fill(page: Page, spec: PageSpec) -> None:
    for name, value in spec.fields.items():
        setattr(page, name, value)
    for relation, (names, rows) in spec.children.items():
        model = page._meta.get_field(relation).related_model
        setattr(
            page,
            relation,
            [child_of(model, names, row, i) for i, row in enumerate(rows)],
        )
    for relation, items in spec.m2m.items():
        getattr(page, relation).set(items)
    page.go_live_at = spec.go_live_at


def page_create(*, parent: Page, spec: PageSpec) -> Page:
    page = spec.model(slug=spec.slug, live=False)
    page_fill(page, spec)
    page.first_published_at = spec.first_published_at
    parent.add_child(instance=page)
    page_commit(page, spec)
    return page


def page_write(*, page: Page, spec: PageSpec) -> None:
    if spec.state == DRAFT:
        if page.live:
            page.unpublish()
        # A draft must not keep an older revision queued for publication.
        page.revisions.update(approved_go_live_at=None)
    page_fill(page, spec)
    page_commit(page, spec)


def page_commit(page: Page, spec: PageSpec) -> None:
    """Save a revision and, unless it is a draft, publish it (now or at go_live_at)."""
    revision = page.save_revision(log_action=True)
    if spec.state != DRAFT:
        revision.publish(log_action=True)


# ---------------------------------------------------------------- site and home


def welcome_page_remove(*, root: Page, summary: DemoSummary) -> None:
    """Delete Wagtail's "Welcome to your new Wagtail site!" page if it is unused.

    It is a plain `Page` (not creatable in the admin); sites pointing at it move to
    the tree root first so deleting it does not cascade to the Site row.
    """
    plain_page = ContentType.objects.get_for_model(Page)
    for page in root.get_children().filter(content_type=plain_page, numchild=0):
        Site.objects.filter(root_page=page).update(root_page=root)
        summary.record(REMOVED, str(Page._meta.verbose_name), page.title)
        page.delete()


def slug_free(parent: Page, slug: str) -> str:
    taken = set(parent.get_children().values_list("slug", flat=True))
    candidate, n = slug, 1
    while candidate in taken:
        n += 1
        candidate = f"{slug}-{n}"
    return candidate


def home_sync(*, summary: DemoSummary) -> HomePage:
    root = Page.get_first_root_node()
    page = HomePage.objects.first()
    if page is None:
        welcome_page_remove(root=root, summary=summary)
    spec = PageSpec(
        model=HomePage,
        slug=page.slug if page else slug_free(root, content.HOME["slug"]),
        fields={
            "title": content.HOME["title"],
            "intro": stream.rich_text(content.HOME["intro"]),
        },
    )
    return page_sync(parent=root, page=page, spec=spec, summary=summary)


def site_sync(*, home: HomePage, summary: DemoSummary) -> Site:
    """The default site at WAGTAILADMIN_BASE_URL's host and port (what `make run`
    serves), so canonical, feed and e-mail links point where the site runs; as
    the default site it also answers any other host."""
    hostname, port = base_host_port()
    site = (
        Site.objects.filter(hostname=hostname, port=port).first()
        or Site.objects.filter(is_default_site=True).first()
    )
    created = site is None
    site = site or Site()
    values = {
        "hostname": hostname,
        "port": port,
        "root_page_id": home.pk,
        "is_default_site": True,
        "site_name": content.SITE_NAME,
    }
    changed = [name for name, value in values.items() if getattr(site, name) != value]
    if created or changed:
        Site.objects.exclude(pk=site.pk).filter(is_default_site=True).update(
            is_default_site=False
        )
        for name, value in values.items():
            setattr(site, name, value)
        site.save()
    action = CREATED if created else UPDATED if changed else UNCHANGED
    summary.record(action, str(Site._meta.verbose_name), str(site))
    return site


# ---------------------------------------------------------------- series


def series_sync(*, home: HomePage, refs: Refs, summary: DemoSummary) -> SeriesPage:
    data = content.SERIES
    spec = PageSpec(
        model=SeriesPage,
        slug=data["slug"],
        fields={
            "title": data["title"],
            "kicker": data["kicker"],
            "strapline": data["strapline"],
            "search_description": data["search_description"],
            "editors_note": stream.rich_text(data["editors_note"]),
            "cover_image_id": refs.images[data["cover_image"]].pk,
            "planned_installments": data["planned_installments"],
            "concluded": False,
        },
        children={
            "series_themes": (
                ("theme_id",),
                [(refs.themes[slug].pk,) for slug in data["themes"]],
            )
        },
    )
    page = SeriesPage.objects.child_of(home).filter(slug=data["slug"]).first()
    return page_sync(parent=home, page=page, spec=spec, summary=summary)


# ---------------------------------------------------------------- installments


def installment_sync(
    *, series: SeriesPage, data: dict, refs: Refs, summary: DemoSummary
) -> InstallmentPage:
    page = InstallmentPage.objects.child_of(series).filter(slug=data["slug"]).first()
    current = page.get_latest_revision_as_object() if page else None
    go_live_at = None
    planned_date = None
    if data["state"] == SCHEDULED:
        go_live_at = go_live_keep(page) or go_live_ahead(data["go_live_in_days"])
        planned_date = timezone.localtime(go_live_at).date()
    elif data.get("planned_in_days"):
        planned_date = date_keep(current and current.planned_date) or (
            timezone.localdate() + datetime.timedelta(days=data["planned_in_days"])
        )
    spec = installment_spec(data=data, refs=refs, planned_date=planned_date)
    spec.go_live_at = go_live_at
    return page_sync(parent=series, page=page, spec=spec, summary=summary)


def installment_spec(*, data: dict, refs: Refs, planned_date) -> PageSpec:
    hero = refs.images.get(data.get("hero_image", ""))
    first_published_at = data.get("first_published_at")
    return PageSpec(
        model=InstallmentPage,
        slug=data["slug"],
        state=data["state"],
        first_published_at=first_published_at
        and timezone.make_aware(first_published_at),
        fields={
            "title": data["title"],
            "number": data["number"],
            "subtitle_override": data.get("subtitle_override", ""),
            "deck": data["deck"],
            "standfirst": data["standfirst"],
            "search_description": data.get("search_description", ""),
            "hero_image_id": hero.pk if hero else None,
            "body": body_raw(data["body"], key=data["slug"], refs=refs),
            "edition_date": data.get("edition_date"),
            "print_page": data.get("print_page"),
            "page_name": data.get("page_name", ""),
            "planned_date": planned_date,
        },
        children={
            "bylines": (
                ("person_id", "role"),
                [(refs.people[name].pk, role) for name, role in data["bylines"]],
            ),
            "corrections": (("date", "text"), list(data.get("corrections", []))),
        },
        m2m={"places": [refs.places[slug] for slug in data["places"]]},
    )


def go_live_keep(page: Page | None) -> datetime.datetime | None:
    """A schedule still in the future stays as it is; a run must not move it."""
    if page is None:
        return None
    revision = page.revisions.filter(approved_go_live_at__gt=timezone.now()).first()
    return revision.approved_go_live_at if revision else None


def go_live_ahead(days: int) -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, GO_LIVE_TIME))


def date_keep(value: datetime.date | None) -> datetime.date | None:
    return value if value and value > timezone.localdate() else None


# ---------------------------------------------------------------- body


def block_id(key: str) -> str:
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, key))


def body_raw(items: list[tuple[str, object]], *, key: str, refs: Refs) -> list[dict]:
    """Stream JSON as Wagtail stores it (series.body_format), with stable ids."""
    return [
        {
            **BLOCK_BUILDERS[kind](value, key=f"{key}/{i}", refs=refs),
            "id": block_id(f"{key}/{i}"),
        }
        for i, (kind, value) in enumerate(items)
    ]


def paragraph_block(text: str, **_) -> dict:
    return stream.paragraph(text)


def image_block(value: dict, *, refs: Refs, **_) -> dict:
    image = refs.images[value["image"]]
    return stream.figure(image, value.get("caption", ""), value.get("credit", ""))


def pull_quote_block(value: dict, **_) -> dict:
    return stream.pull_quote(value["text"], value["attribution"], value["role"])


def key_figure_block(value: dict, *, refs: Refs, **_) -> dict:
    place = value.get("place")
    return stream.key_figure(
        value["value"],
        value["unit"],
        value["label"],
        place=refs.places[place] if place else None,
        year=value.get("year"),
        source=value["source"],
    )


def section_block(value: dict, *, key: str, refs: Refs) -> dict:
    return stream.section(
        value["heading"],
        *body_raw(value["content"], key=key, refs=refs),
        subheading=value["subheading"],
        theme=refs.themes[value["theme"]],
    )


def commentary_block(value: dict, *, refs: Refs, **_) -> dict:
    return stream.commentary(
        value["title"],
        author=refs.people[value["author"]],
        paragraphs=value["paragraphs"],
    )


BLOCK_BUILDERS = {
    stream.PARAGRAPH: paragraph_block,
    stream.IMAGE: image_block,
    stream.PULL_QUOTE: pull_quote_block,
    stream.KEY_FIGURE: key_figure_block,
    stream.SECTION: section_block,
    stream.COMMENTARY: commentary_block,
}
