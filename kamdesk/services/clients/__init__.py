"""Clients: the list, dossier, contacts, terms, history and key-client classification."""
