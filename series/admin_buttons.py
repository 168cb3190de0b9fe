"""One way to put a page action in both the page header's menu and the listing's
"更多" menu (the series desk, 记者分工, 导出公众号稿)."""

from wagtail import hooks


def register_page_menu_button(button_class, *, header_priority, listing_priority):
    """Register `button_class` (a PageMenuItem with its own is_shown) in both menus."""

    def header_button(page, user, view_name, next_url=None):
        yield button_class(page=page, priority=header_priority)

    def listing_button(page, user, next_url=None):
        yield button_class(page=page, priority=listing_priority)

    hooks.register("register_page_header_buttons", header_button)
    hooks.register("register_page_listing_more_buttons", listing_button)
