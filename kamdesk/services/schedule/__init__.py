"""The schedule: meetings and calls, their preparation, Today, calendar files, the brief."""
