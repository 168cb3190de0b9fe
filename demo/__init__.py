"""The demo site, for development and tests only: production settings do not install it.

`manage.py load_demo` builds (or confirms) the demo series through `demo.load.demo_load`;
`manage.py ensure_dev_admin` creates the local admin account.
"""
