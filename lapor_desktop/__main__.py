"""Allow ``python -m lapor_desktop``."""

import sys

from lapor_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
