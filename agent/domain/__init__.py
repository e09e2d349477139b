"""The domain tools the agent may call: typed wrappers that bind the store, shop and settings."""
