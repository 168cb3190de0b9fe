"""{% feed_links_for obj as feeds %}: the feeds a page, theme, person or place advertises."""

from django import template

from series.feeds.links import feed_links_for as _feed_links_for

register = template.Library()


@register.simple_tag(takes_context=True)
def feed_links_for(context, obj):
    return _feed_links_for(obj, context.get("request"))
