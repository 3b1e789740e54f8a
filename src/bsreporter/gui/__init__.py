"""The desktop application: a thin PySide6 layer over the Qt-free core (form, report, exchange).

Widgets only show data and forward what the person did to the core; no business rule
lives here. ``bsreporter.gui.app.run_gui`` is the entry point.
"""
