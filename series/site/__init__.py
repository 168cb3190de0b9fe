"""The reader site: everything a reader's browser is served, outside the feeds and search.

- contexts.py: what the home, series and installment pages show, in bounded queries;
- views.py and urls.py: theme, person and place pages, robots.txt and the sitemaps;
- seo.py and structured_data.py: canonical links, OpenGraph and JSON-LD;
- sitemaps.py: sitemap.xml and the news sitemap;
- body_index.py: questions asked of many stored bodies at once (which section covers
  which theme, which key figure is about which place);
- templatetags/reader_tags.py: pictures, JSON-LD scripts, the search target.
"""
