"""The Receivables section: balances and aging per client, a client's ledger, payments typed by
hand and their allocation, reversals, and dunning steps."""
