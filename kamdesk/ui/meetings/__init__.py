"""The meeting window: details, preparation against the seven mistakes, after the meeting."""
