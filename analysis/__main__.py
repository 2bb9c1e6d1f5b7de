"""``python -m analysis``: runs :func:`analysis.cli.main`."""

import sys

from analysis.cli import main

sys.exit(main())
