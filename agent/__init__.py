"""The agent: wires an optional chat model to the deterministic tools (planners, writers, guard, memory)."""
