"""Entry point for the frozen build."""

import sys

from slidewright.cli import main

sys.exit(main())
