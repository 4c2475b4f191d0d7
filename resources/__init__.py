"""Slidewright package data: templates, CSS/JS, icons, sample article, layouts, schema."""
