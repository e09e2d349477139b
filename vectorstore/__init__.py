"""Chroma knowledge base: playbook (success cases) and help entries, embedded offline.

Import from the modules (`vectorstore.index`, `vectorstore.embeddings`, ...): the package itself imports
nothing, so code that only needs the entries' names does not load chromadb.
"""
