"""Prompt files (versioned by suffix, e.g. `answer_v1.md`), rendered only by `agent.prompts.render_prompt`."""
