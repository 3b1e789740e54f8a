"""Questionnaire model, strict loader and the XLSForm expression language (no Qt)."""
