"""``python -m govnews_extract``: the same as the ``govnews-extract`` command."""

from .cli import main

raise SystemExit(main())
