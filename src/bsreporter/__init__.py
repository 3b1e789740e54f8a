"""bsreporter: prepare a national report on the Cartagena Protocol on Biosafety offline."""

# Written out rather than read from the installed metadata: importlib.metadata costs every command
# tens of milliseconds at start. A test keeps it equal to pyproject.toml's version.
__version__ = "0.1.0"
