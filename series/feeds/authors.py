"""Who wrote an item: the one rule behind RSS ``dc:creator``, Atom ``author``
and JSON Feed ``authors``.

The authors of an installment are its writers: reporters, correspondents and
commentators in the byline (series.models.snippets.WRITING_ROLES), then the
author of its commentary sidebar. Editors, designers and photographers are
credits: the item's content prints them with their roles and Atom lists them
as contributors, but no feed reader shows them as the author. Each person
appears once, at their first place.
"""

from __future__ import annotations

from series.feeds.generators import FeedPerson
from series.models.snippets import WRITING_ROLES, Role

SIDEBAR_ROLE = Role.COMMENTATOR


def item_people(page, person_url) -> list[FeedPerson]:
    """Authors (``primary``) first, then credited people; nobody twice.

    ``person_url(person)`` gives a person's absolute URL or None.
    """
    bylines = [(b.person, Role(b.role)) for b in page.bylines.all()]
    writers = [(p, role) for p, role in bylines if role in WRITING_ROLES]
    writers += [(author, SIDEBAR_ROLE) for author in _sidebar_authors(page)]
    credits = [(p, role) for p, role in bylines if role not in WRITING_ROLES]
    people, seen = [], set()
    for primary, group in ((True, writers), (False, credits)):
        for person, role in group:
            if person.pk in seen:
                continue
            seen.add(person.pk)
            people.append(_feed_person(person, role, person_url, primary))
    return people


def _sidebar_authors(page) -> list:
    return [c.get("author") for c in page.commentaries() if c.get("author")]


def _feed_person(person, role: Role, person_url, primary: bool) -> FeedPerson:
    return FeedPerson(
        name=person.name,
        role=role.value,
        role_label=str(role.label),
        url=person_url(person),
        primary=primary,
    )
