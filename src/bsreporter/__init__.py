"""bsreporter: prepare a national report on the Cartagena Protocol on Biosafety offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("bsreporter")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
