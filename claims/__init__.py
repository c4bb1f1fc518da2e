"""Pure domain code for claimdesk: documents, sentences, values, claims, alignment.

Imports neither Textual nor TinyDB (a test enforces it).
"""

from claims.model import Analysis, Claim, Cluster, Document, DocumentError, Link, Paragraph, Sentence, Value

__all__ = ["Analysis", "Claim", "Cluster", "Document", "DocumentError", "Link", "Paragraph", "Sentence", "Value"]
