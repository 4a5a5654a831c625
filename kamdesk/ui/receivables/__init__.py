"""The Receivables section: balances and aging per client, a client's ledger, payments typed by
hand or imported from a bank statement and their allocation, reversals, dunning steps, and
reconciliation statements."""
