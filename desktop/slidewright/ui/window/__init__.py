"""The main window and what it is built from: menus, the slide actions, the welcome page."""
