"""What a demo load did, kept as (action, kind, label) rows for the console and tests."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

CREATED, UPDATED, UNCHANGED, REMOVED = "created", "updated", "unchanged", "removed"

ACTION_LABELS = {
    CREATED: gettext_lazy("新建"),
    UPDATED: gettext_lazy("更新"),
    UNCHANGED: gettext_lazy("不变"),
    REMOVED: gettext_lazy("移除"),
}


@dataclass
class DemoSummary:
    rows: list[tuple[str, str, str]] = field(default_factory=list)
    # Files written to storage during this run; removed again if the run rolls back.
    files_written: list[str] = field(default_factory=list)

    def record(self, action: str, kind: str, label: str) -> None:
        self.rows.append((action, kind, label))

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row[0] == action)

    @property
    def changed(self) -> bool:
        return any(action != UNCHANGED for action, _, _ in self.rows)

    def lines(self) -> list[str]:
        lines = [
            f"{ACTION_LABELS[action]}  {kind}  {label}"
            for action, kind, label in self.rows
            if action != UNCHANGED
        ]
        if not self.changed:
            lines.append(
                _("演示内容已是最新（%(total)d 项），无需改动。")
                % {"total": len(self.rows)}
            )
        else:
            lines.append(
                _(
                    "完成：新建 %(created)d 项，更新 %(updated)d 项，"
                    "移除 %(removed)d 项，不变 %(unchanged)d 项。"
                )
                % {
                    "created": self.count(CREATED),
                    "updated": self.count(UPDATED),
                    "removed": self.count(REMOVED),
                    "unchanged": self.count(UNCHANGED),
                }
            )
        return lines
