"""The live preview: the view, its private URL scheme and the renders pushed into it."""
