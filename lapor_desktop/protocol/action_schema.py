"""The per-kind rules of ``ActionRequest`` as JSON Schema ``if``/``then`` clauses, so the OpenAPI
document states what the model's validators enforce (a generated client or a fuzzer then knows
that a follow-up needs 20 visible characters, that only ``bukan_wewenang`` carries a reason ...).
``tests/server/test_openapi_contract.py`` checks schema and validators agree case by case."""

from __future__ import annotations

from lapor_desktop.core.models import ActionKind
from lapor_desktop.protocol.limits import (
    FOLLOW_UP_MIN_CHARS,
    NONBLANK_PATTERN,
    min_visible_pattern,
)


def action_schema_rules(schema: dict) -> None:
    """Add the per-kind rules to ``ActionRequest``'s generated JSON Schema (in place)."""
    follow_up = min_visible_pattern(FOLLOW_UP_MIN_CHARS)
    text_only = {"attachments": {"maxItems": 0}, "propose_close": {"const": False}}
    no_bw = {"reason": {"type": "null"}, "suggested_agency": {"type": "null"},
             "signoff_id": {"type": "null"}, "comment": {"type": "null"}}
    no_related = {"related": {"maxItems": 0}, "unrelated": {"maxItems": 0}}
    review = {"reason": {"type": "null"}, "suggested_agency": {"type": "null"}, **text_only,
              **no_related}

    def when(kind: ActionKind, then: dict) -> dict:
        return {"if": {"properties": {"kind": {"const": kind.value}}, "required": ["kind"]},
                "then": then}

    schema["allOf"] = [
        when(ActionKind.FOLLOW_UP, {"required": ["text"], "properties": {
            "text": {"type": "string", "pattern": follow_up}, **no_bw, **no_related}}),
        when(ActionKind.SUBMIT_SIGNOFF, {"required": ["text"], "properties": {
            "text": {"type": "string", "pattern": follow_up}, **no_bw, **no_related}}),
        when(ActionKind.APPROVE_SIGNOFF, {"required": ["signoff_id"], "properties": {
            "text": {"anyOf": [{"type": "string", "pattern": follow_up}, {"type": "null"}]},
            "signoff_id": {"type": "integer"}, **review}}),
        when(ActionKind.RETURN_SIGNOFF, {"required": ["signoff_id", "comment"], "properties": {
            "text": {"type": "null"}, "signoff_id": {"type": "integer"},
            "comment": {"type": "string", "pattern": NONBLANK_PATTERN}, **review}}),
        when(ActionKind.WITHDRAW_SIGNOFF, {"required": ["signoff_id"], "properties": {
            "text": {"type": "null"}, "signoff_id": {"type": "integer"},
            "comment": {"type": "null"}, **review}}),
        when(ActionKind.INTERNAL_NOTE, {"required": ["text"], "properties": {
            "text": {"type": "string", "pattern": NONBLANK_PATTERN}, **text_only, **no_bw}}),
        when(ActionKind.ACKNOWLEDGE_REPLY, {"properties": {**text_only, **no_bw, **no_related}}),
        when(ActionKind.BUKAN_WEWENANG, {
            "required": ["reason", "suggested_agency"], "properties": {
                "text": {"type": "null"}, **text_only, **no_related,
                "reason": {"type": "string", "pattern": NONBLANK_PATTERN},
                "suggested_agency": {"type": "string", "pattern": NONBLANK_PATTERN},
                "signoff_id": {"type": "null"}, "comment": {"type": "null"}}}),
    ]
