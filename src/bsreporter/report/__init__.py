"""Report files: one SQLite file per national report, its history and completeness (no Qt)."""
