"""Who must act on a workflow task, read generically from Wagtail's Task models.

A task that names its actors (`get_actors()`, as a custom task may) is asked; a
group approval task (any task with a `groups` relation) names its groups' members.
Loading is per task type, never per installment.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Prefetch, prefetch_related_objects
from wagtail.admin.utils import get_user_display_name
from wagtail.models import Task


def specific_tasks(task_ids) -> dict[int, Task]:
    """Tasks by id, specific, with their groups' members when they have groups."""
    tasks = list(Task.objects.filter(pk__in=set(task_ids)).specific())
    active = get_user_model().objects.filter(is_active=True).order_by("pk")
    groups = Group.objects.order_by("name").prefetch_related(
        Prefetch("user_set", queryset=active)
    )
    by_class: dict[type, list] = {}
    for task in tasks:
        by_class.setdefault(type(task), []).append(task)
    for cls, same_type in by_class.items():
        if _has_groups(cls):
            prefetch_related_objects(same_type, Prefetch("groups", queryset=groups))
    return {task.pk: task for task in tasks}


def _has_groups(cls) -> bool:
    try:
        cls._meta.get_field("groups")
    except FieldDoesNotExist:
        return False
    return True


def task_actors(task) -> list[str]:
    """Names of whoever may act on `task`: people first, then groups with nobody in them."""
    if hasattr(task, "get_actors"):
        return [_name(actor) for actor in task.get_actors()]
    if not _has_groups(type(task)):
        return []
    names: list[str] = []
    for group in task.groups.all():
        people = [get_user_display_name(user) for user in group.user_set.all()]
        names.extend(name for name in people if name not in names)
        if not people:
            names.append(group.name)
    return names


def _name(actor) -> str:
    if isinstance(actor, Group):
        return actor.name
    if hasattr(actor, "get_username"):
        return get_user_display_name(actor)
    return str(actor)
