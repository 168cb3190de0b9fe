"""Turn a publish or move the installment rules refuse into a message, not a 500.

The refusal comes from the model (series/rules.py via InstallmentPage.publish/move)
deep inside Wagtail's views, e.g. a workflow's "批准" that would publish. Wagtail
wraps those writes in transactions, so nothing was written when it arrives here.
"""

from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from wagtail.admin import messages

from series.rules import InstallmentRefused


class InstallmentRefusedMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, InstallmentRefused):
            return None
        messages.error(request, exception.message)
        if exception.page_id is not None:
            url = reverse("wagtailadmin_pages:edit", args=[exception.page_id])
        else:
            url = reverse("wagtailadmin_home")
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # Wagtail's workflow modal follows {"step": "success", "redirect": …}.
            return JsonResponse({"step": "success", "redirect": url})
        return redirect(url)
