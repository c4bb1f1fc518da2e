"""The claimdesk Textual app and command line."""
