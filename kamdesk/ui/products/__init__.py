"""Products: the catalogue, price columns, promotions and the import of price lists."""
