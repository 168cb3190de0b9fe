"""导出公众号稿: an installment as HTML the WeChat Official Account editor keeps.

``render`` builds it from the structured body (never from the page's HTML);
``views`` is the admin screen with the phone-width preview and the 复制 button.
"""
