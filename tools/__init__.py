"""The deterministic core: data model, store, import, and every number the product shows.

Nothing in this package imports an LLM library, `agent`, or `ui`.
"""
