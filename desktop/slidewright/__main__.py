import sys

from slidewright.cli import main

sys.exit(main())
