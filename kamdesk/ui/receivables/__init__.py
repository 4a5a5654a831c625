"""The Receivables section: balances, payments, statements."""
