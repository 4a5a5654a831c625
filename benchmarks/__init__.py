"""`make bench`: speed targets, measured side by side with the floor of the same stack."""
