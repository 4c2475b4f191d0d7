"""The menus: every shortcut belongs to one action (Qt fires none of them when two share a key)."""

from __future__ import annotations

from collections import defaultdict

from slidewright.ui.window.main_window import MainWindow


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(type(window.actions_by_name["find"])):
        for key in action.shortcuts():
            if not key.isEmpty():
                owners[key.toString()].append(action.text())
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert not shared, f"shortcuts on more than one action: {shared}"
    assert "Ctrl+F" in owners and "Ctrl+H" in owners and "F3" in owners
