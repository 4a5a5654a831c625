"""Schedule: the week of meetings and calls, the chosen day, leave-by reminders."""
