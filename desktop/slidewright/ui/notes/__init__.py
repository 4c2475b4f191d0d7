"""Editor's notes in the window: the undo commands that change them and the Notes panel."""
