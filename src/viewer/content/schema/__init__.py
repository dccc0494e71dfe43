"""JSON Schemas of the content files (document.schema.json, figures.schema.json)."""
