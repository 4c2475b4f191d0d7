"""File ▸ Import…: placeholder until importers land."""
