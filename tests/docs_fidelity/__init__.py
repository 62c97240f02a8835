"""``make docs-fidelity``: every generated command page against awscli's own page.

See ``compare.py`` (normalisation and causes) and ``__main__.py`` (the run)."""
