"""The image-credit checker: embedded metadata, house rules, findings and certain fixes."""

from slidewright.credits.checker import CreditChecker, check_article
from slidewright.credits.context import CheckOptions
from slidewright.credits.findings import Finding, Fix
from slidewright.credits.metadata import MetadataCache

__all__ = ["CheckOptions", "CreditChecker", "Finding", "Fix", "MetadataCache", "check_article"]
