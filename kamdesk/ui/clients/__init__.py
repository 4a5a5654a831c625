"""Clients: the list, the dossier and its pages, the relationship map."""
