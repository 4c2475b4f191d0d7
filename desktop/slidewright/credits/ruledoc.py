"""docs/credit-rules.md, written from the rule registry so the page cannot drift from the code.

Regenerate after changing a rule: ``python -m slidewright.credits.ruledoc docs/credit-rules.md``
(tests/credits/test_registry.py fails while the page and the registry disagree).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from slidewright.credits.registry import RULES, Rule
from slidewright.licence_dates import EXPIRING_DAYS
from slidewright.ruledoc import rules_page, write_page

HEADER = """\
# Credit rules

<!-- Generated from desktop/slidewright/credits/registry.py by
     `python -m slidewright.credits.ruledoc docs/credit-rules.md`; edit the registry, not this page. -->

`slidewright check` and the Problems panel run these rules, in this order. A finding is an
**error** (`check` exits 1), a **warning** (`check --strict` exits 1) or a **note** (`info` in the JSON output and the table below).

```sh
slidewright check --list-rules                     # the same list, one line per rule
slidewright check ARTICLE --disable credit-hygiene # leave a rule out (repeatable)
```

| Rule | Default severity | Looks at | What it asks |
| --- | --- | --- | --- |
"""


# After the table: what the licence-date rules take as the dates and the day, which a one-line
# description cannot say.
LICENCE_DATES = f"""
## Licence dates

The five `license-` date rules read a picture's licence dates as `slidewright audit` does (one
module, `licence_dates.py`, for both): the slide's *Licence from* and *Licence until*
(`license_start`, `license_end`, written `YYYY-MM-DD`), else the dates in the picture file (PLUS
`LicenseStartDate` / `LicenseEndDate` in its XMP, else IIM `ExpirationDate` for the end). A slide's
date counts even when it is not a date: `license-date-invalid` asks to correct it, and the other
rules wait for a date. The date forms the article's Date field takes (`5 Jan 2027`) are dates;
`31/12/2026` is not (which day?). Every finding is on the slide's field for that date, also when
the date comes from the file: the slide's date is the one to correct, and counts before the file's.

The article's day is its Date. An article with no date is a draft that can be published today at
the earliest: a licence that ended before today is then `license-ended-before-article`, and a
licence that starts later is not a finding (the draft can wait for it).

`license-ending-soon` is a note for an article not yet published (no date, or dated today or
later) whose picture's licence ends within {EXPIRING_DAYS} days of today, the library audit's `--expiring`
default: the page will outlive the licence. An article dated in the past is online already; a
licence ending, or ended, under it is the audit's `license-expiring` (docs/library.md), which
watches every published article.
"""


def _scope(rule: Rule) -> str:
    parts = [
        "each slide" if rule.per_slide else "",
        "the whole article" if rule.per_article else "",
    ]
    return " and ".join(part for part in parts if part)


def rules_markdown(rules: Iterable[Rule] = RULES) -> str:
    return rules_page(HEADER, rules, _scope) + LICENCE_DATES


def main(argv: list[str] | None = None) -> int:
    """Write the page to the path given, or print it."""
    return write_page(rules_markdown, argv)


if __name__ == "__main__":
    sys.exit(main())
