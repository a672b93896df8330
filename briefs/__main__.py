"""Entry point for `python -m briefs`."""

import sys

from briefs.cli import main

sys.exit(main())
