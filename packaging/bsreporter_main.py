"""Entry point of the frozen program (PyInstaller runs this file)."""

import sys

from bsreporter.cli import main

if __name__ == "__main__":
    sys.exit(main())
