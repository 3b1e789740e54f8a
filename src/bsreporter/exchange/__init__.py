"""XLSX and PDF export, spreadsheet import and prior-cycle mappings (no Qt)."""
