"""docs/credit-rules.md, written from the rule registry so the page cannot drift from the code.

Regenerate after changing a rule: ``python -m slidewright.credits.ruledoc docs/credit-rules.md``
(tests/credits/test_registry.py fails while the page and the registry disagree).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from slidewright.credits.registry import RULES, Rule
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


def _scope(rule: Rule) -> str:
    parts = [
        "each slide" if rule.per_slide else "",
        "the whole article" if rule.per_article else "",
    ]
    return " and ".join(part for part in parts if part)


def rules_markdown(rules: Iterable[Rule] = RULES) -> str:
    return rules_page(HEADER, rules, _scope)


def main(argv: list[str] | None = None) -> int:
    """Write the page to the path given, or print it."""
    return write_page(rules_markdown, argv)


if __name__ == "__main__":
    sys.exit(main())
