"""Bundle format, encryption, export and merge-on-import between laptops. No Qt."""
