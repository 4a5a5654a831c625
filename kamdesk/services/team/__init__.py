"""The team: reports across KAMs and managers on the team server."""
