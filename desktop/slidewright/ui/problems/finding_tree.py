"""The Problems list's rows: a group for each slide (and one for the article) holding its
findings, coloured by severity and named for a screen reader. The panel (panel.py) decides
when the list is built again; this is how it looks once it is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from slidewright.credits.findings import Finding, worst
from slidewright.ui.access.contrast import severity_color
from slidewright.ui.editing.slide_list import problem_count
from slidewright.ui.problems import finding_text

FindingRole = Qt.ItemDataRole.UserRole + 2
SlideRole = Qt.ItemDataRole.UserRole + 3  # on a group: the slide it is for (None: the article)


def folded_slides(tree: QTreeWidget) -> set[object]:
    """The slides whose groups the writer folded away (they stay folded when the list is
    built again; the scroll position stays by itself)."""
    return {
        item.data(0, SlideRole)
        for item in map(tree.topLevelItem, range(tree.topLevelItemCount()))
        if item is not None and not item.isExpanded()
    }


def fill(
    tree: QTreeWidget,
    findings: list[Finding],
    title: Callable[[int | None], str],
    selected: Finding | None,
) -> None:
    """Build the list again from ``findings`` (``title``: a group's title for its slide), the
    writer's folded groups kept folded and ``selected`` the current row again if it is there."""
    folded = folded_slides(tree)
    tree.clear()
    groups: dict[int | None, QTreeWidgetItem] = {}
    for finding in findings:
        group = groups.get(finding.slide)
        if group is None:
            group = QTreeWidgetItem(tree, [title(finding.slide)])
            group.setData(0, SlideRole, finding.slide)
            group.setExpanded(finding.slide not in folded)
            groups[finding.slide] = group
        item = QTreeWidgetItem(group, [finding_text.row_text(finding), finding.rule])
        item.setData(0, FindingRole, finding)
        item.setForeground(0, QBrush(severity_color(finding.severity, tree.palette())))
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, finding_text.row_name(finding))
        item.setToolTip(0, finding_text.tooltip(finding))
        if finding == selected:
            tree.setCurrentItem(item)
    for slide, group in groups.items():
        severity = worst([f for f in findings if f.slide == slide])
        if severity is not None:
            group.setForeground(0, QBrush(severity_color(severity, tree.palette())))
            name_group(group, findings, slide)


def name_group(group: QTreeWidgetItem, findings: list[Finding], slide: int | None) -> None:
    """A slide's group as a screen reader says it: its title, its count and worst severity
    (what a sighted writer reads from its colour and its rows)."""
    own = [f for f in findings if f.slide == slide]
    severity = worst(own)
    if severity is not None:
        group.setData(
            0,
            Qt.ItemDataRole.AccessibleTextRole,
            f"{group.text(0)}, {problem_count(severity, len(own))}",
        )


def badges(findings: list[Finding]) -> dict[int, tuple[str, int]]:
    """Each slide's worst severity and number of findings, for its badge in the slide list."""
    per_slide: dict[int, list[Finding]] = {}
    for finding in findings:
        if finding.slide is not None:
            per_slide.setdefault(finding.slide, []).append(finding)
    return {slide: (worst(items) or "info", len(items)) for slide, items in per_slide.items()}
