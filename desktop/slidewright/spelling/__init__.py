"""Spell checking without Qt: which words of a line to check, and the dictionary that checks them.

The window underlines what this finds (ui/editing/spelling.py); keeping the rules here lets them be
tested without a display and keeps Enchant out of the widgets.
"""

from slidewright.spelling.dictionary import SpellDictionary, open_dictionary, system_language
from slidewright.spelling.words import checkable_words

__all__ = ["SpellDictionary", "checkable_words", "open_dictionary", "system_language"]
