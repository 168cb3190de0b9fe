"""`data/`, `data/csv/` and `data/json/` under a series page."""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path


class DataRoutesMixin(RoutablePageMixin):
    @path("data/", name="data")
    def data(self, request):
        from series.data.views import data_page

        return data_page(request, self)

    @path("data/csv/", name="data_csv")
    def data_csv(self, request):
        from series.data.views import data_csv

        return data_csv(request, self)

    @path("data/json/", name="data_json")
    def data_json(self, request):
        from series.data.views import data_json

        return data_json(request, self)
