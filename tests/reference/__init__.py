"""Readers of the Secretariat's public definitions that forms are checked against."""
