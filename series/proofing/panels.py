"""The 机审 panel at the top of the installment editor.

It shows the findings for the text being edited (the latest revision), each with
where it is and the words marked, the sign-offs so far, and, for the 终审 editor,
the way to let errors through.
"""

from django.urls import reverse
from wagtail.admin.panels import Panel

from series.proofing.checks import precheck


class PrecheckPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "series/proofing/precheck_panel.html"

        def get_context_data(self, parent_context=None):
            # Imported here: the page models import this panel.
            from series.proofing.gate import can_override, override_for
            from series.workflow.signoff import sign_off_record

            context = super().get_context_data(parent_context)
            page = self.instance
            report = precheck(page)
            saved = bool(page.pk)
            context.update(
                report=report,
                override=override_for(page) if saved else None,
                sign_offs=sign_off_record(page) if saved else [],
                override_url=(
                    reverse("series_precheck_override", args=[page.pk])
                    if saved and report.errors and can_override(page, self.request.user)
                    else ""
                ),
            )
            return context
