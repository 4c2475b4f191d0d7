"""The Problems panel: credit-check findings as the writer types."""
