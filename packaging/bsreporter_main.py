"""Entry point of the frozen program (PyInstaller runs this file)."""

import multiprocessing
import sys

from bsreporter.cli import main

if __name__ == "__main__":
    # The window exports and reads import files in a child process of this same program: started
    # with the arguments of such a child, the program becomes that child instead.
    multiprocessing.freeze_support()
    sys.exit(main())
