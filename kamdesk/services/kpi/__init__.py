"""The KPI dashboard of the Reports section: figures for a period against the same period a
year before, each with the clients behind it (dashboard.py assembles them)."""
