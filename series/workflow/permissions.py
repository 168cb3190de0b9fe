"""Page permission testers for the newsroom's pages.

Wagtail ties deleting and moving a page to editing it: anyone who may edit a
draft may delete or move it. In the newsroom a reporter edits drafts but only an
editor (someone with publish permission) removes or moves a story, and a series'
own settings are the editors' too. Page models return these testers from
``permissions_for_user``, so every admin view, button and bulk action that asks
Wagtail's tester gets the newsroom's answer.
"""

from wagtail.models import PagePermissionTester


class NewsroomPagePermissionTester(PagePermissionTester):
    def is_editor(self) -> bool:
        if not self.user.is_active:
            return False
        # Non-superusers' page permissions are computed in the parent __init__.
        return self.user.is_superuser or "publish" in self.permissions

    def can_delete(self, ignore_bulk=False):
        return self.is_editor() and super().can_delete(ignore_bulk=ignore_bulk)

    def can_move(self):
        return self.is_editor() and super().can_move()


class SeriesPermissionTester(NewsroomPagePermissionTester):
    """Reporters given a series may add installments below it, not edit or lock it."""

    def can_edit(self):
        return self.is_editor() and super().can_edit()

    def can_lock(self):
        return self.is_editor() and super().can_lock()
