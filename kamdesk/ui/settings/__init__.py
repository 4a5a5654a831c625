"""Settings dialogs: the own company and the team's sales rules."""
