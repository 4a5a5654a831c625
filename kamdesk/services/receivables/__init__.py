"""Receivables: payments posted and allocated, the local cache of what is open, aging, dunning,
bank statements and reconciliation statements."""
