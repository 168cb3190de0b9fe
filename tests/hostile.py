"""The one hostile text the tests put into every field a person can type.

It breaks naive HTML (tags, quotes, &), script blocks (``</script>``), XML and CDATA
(``]]>``) and JSON-in-HTML handling. Whatever shows it must show these characters as
text and run nothing.
"""

from django.utils.html import escape

HOSTILE = "</script><script>alert(1)</script>]]> & \"引号\" '单' <b>粗</b>"
# 57 characters: it fits a 60-character name after a three-character prefix.
# For fields of 40 characters or fewer.
HOSTILE_SHORT = "</script>&\"'<b>"
# The same words as rich-text source: escaped, as the editor stores them.
HOSTILE_HTML = escape(HOSTILE)
