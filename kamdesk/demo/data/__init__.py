"""Word lists and templates for the demo database (kamdesk.demo), one module per topic.

Pure data: names, places, products and texts. Everything is fictitious; real brands are avoided.
"""
