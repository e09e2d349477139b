"""Chat tab: streaming answers with tool steps, citations that open the playbook entry, examples."""

from __future__ import annotations

from typing import Any

import gradio as gr

from ui import formatting as fmt
from ui.chat import EXAMPLE_QUESTIONS, answer_stream
from ui.tabs import TabDeps, shows_errors

# Scroll the chat so the first message after the seller's last question is at the top of the view.
_SHOW_ANSWER_TOP = """() => { setTimeout(() => {
  const wrap = document.querySelector('#chatbot .bubble-wrap');
  const rows = [...document.querySelectorAll('#chatbot .message-row')];
  let at = rows.length - 1;
  while (at > 0 && !rows[at - 1].classList.contains('user-row')) at--;
  if (wrap && rows[at]) wrap.scrollTop = rows[at].getBoundingClientRect().top - wrap.getBoundingClientRect().top + wrap.scrollTop;
}, 30); }"""


def build(deps: TabDeps) -> dict[str, Any]:
    with gr.Row():
        with gr.Column(scale=3):
            # The view stays at the top of the new answer (its point comes first) instead of following the text
            # to its end, where a long answer's "fix first" list would be off screen.
            chatbot = gr.Chatbot(height=520, elem_id="chatbot", label="Seller Copilot", buttons=["copy"],
                                 placeholder="Ask about your products, videos or reviews.", autoscroll=False)
            cited = gr.Dropdown(choices=[], value=None, label="Playbook entries cited", elem_id="chat-cited",
                                render=False)
            # The last answer's language: a cited entry opens as the answer quoted it, in that language.
            answered_in = gr.State("en")

            def respond(message: str, history: list[dict[str, Any]], request: gr.Request):
                session_id = getattr(request, "session_hash", None) or "anonymous"
                for messages, turn in answer_stream(message, history, session_id, agent=deps.agent()):
                    if turn is None:
                        yield messages, gr.skip(), gr.skip()
                    else:
                        yield messages, gr.Dropdown(choices=turn.cited_entries(),
                                                    value=turn.citations[0] if turn.citations else None), turn.language

            gr.ChatInterface(
                respond, chatbot=chatbot, examples=EXAMPLE_QUESTIONS, additional_outputs=[cited, answered_in],
                api_name="chat", fill_height=False, autofocus=False,
                textbox=gr.Textbox(placeholder="Ask about your products, videos or reviews, in your own words", elem_id="chat-input",
                                   submit_btn=True, show_label=False),
            )
        with gr.Column(scale=2):
            cited.render()
            entry = gr.Markdown("Citations of the last answer open here.", elem_id="chat-entry")

    @shows_errors
    def open_entry(entry_id: str | None, language: str = "en") -> str:
        from vectorstore.content import localized

        if not entry_id:
            return "Citations of the last answer open here."
        kb = deps.knowledge()
        found = kb.get(entry_id) if kb is not None else None
        if found is None:
            return f"No knowledge-base entry `{entry_id}`."
        shown = localized(found, language)
        return fmt.entry_markdown(shown.title, shown.body)

    cited.change(open_entry, [cited, answered_in], entry, api_name="open_entry")
    chatbot.change(None, None, None, js=_SHOW_ANSWER_TOP, api_visibility="private")
    return {}
