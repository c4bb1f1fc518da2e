"""Persistence for claimdesk annotations on TinyDB. Imports no Textual (a test enforces it)."""
