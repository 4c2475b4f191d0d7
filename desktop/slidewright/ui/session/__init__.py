"""The open article's life: the session that opens, saves and closes it, crash recovery,
file watching and what the app remembers between runs."""
