"""Dialogs: the prompts the session asks through, export and import."""
