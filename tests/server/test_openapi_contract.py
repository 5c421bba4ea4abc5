"""The OpenAPI document states every error status the server's code can give, and no other.

The statuses a route can raise are found from the code, not from a list kept beside it: the route
handler and every server function it (or one of its FastAPI dependencies) refers to, transitively,
are parsed, and each ``ApiError(<status>, ...)`` / ``not_found(...)`` counts; FastAPI's request
validation adds 422 for every operation with parameters or a body, and the error handlers add what
every operation can answer (body-size guard 400/413, unexpected failure 500).
"""

from __future__ import annotations

import ast
import inspect
import textwrap
import types

import pytest
from fastapi.routing import APIRoute

from lapor_desktop.protocol import API_PREFIX, ActionRequest
from lapor_desktop.server import auth, routes_actions, routes_feed, routes_handover, routes_uploads
from lapor_desktop.server.app import create_app
from lapor_desktop.server.errors import ALWAYS


def _referenced(fn, seen: set) -> list:
    """Server functions ``fn`` refers to by name (calls, or passed along as in
    ``run_in_threadpool(_append, ...)``)."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    out = []
    for node in ast.walk(tree):
        target = None
        if isinstance(node, ast.Name):
            target = fn.__globals__.get(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner = fn.__globals__.get(node.value.id)
            if isinstance(owner, types.ModuleType):
                target = getattr(owner, node.attr, None)
        if (inspect.isfunction(target) and target.__module__.startswith("lapor_desktop.server")
                and target not in seen):
            seen.add(target)
            out.append(target)
    return out


def _raised(fn) -> set[int]:
    codes = set()
    for node in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(fn)))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        if node.func.id == "not_found":
            codes.add(404)
        elif node.func.id == "ApiError":
            first = node.args[0]
            assert isinstance(first, ast.Constant), f"status not a literal in {fn.__name__}"
            codes.add(first.value)
    return codes


def _dependants(dependant):
    yield dependant
    for sub in dependant.dependencies:
        yield from _dependants(sub)


def raisable(route: APIRoute) -> set[int]:
    """Every error status the route's code (and the framework around it) can answer."""
    codes = set(ALWAYS)
    todo, seen = [], set()
    for dep in _dependants(route.dependant):
        if dep.path_params or dep.query_params or dep.header_params or dep.body_params:
            codes.add(422)  # RequestValidationError -> validation_error
        if inspect.isfunction(dep.call) and dep.call not in seen:
            seen.add(dep.call)
            todo.append(dep.call)
    while todo:
        fn = todo.pop()
        codes |= _raised(fn)
        todo.extend(_referenced(fn, seen))
    return codes


def _operation(doc: dict, route: APIRoute) -> dict:
    [method] = route.methods
    return doc["paths"][API_PREFIX + route.path_format][method.lower()]


def _declared(doc: dict, route: APIRoute) -> set[int]:
    return {int(code) for code in _operation(doc, route)["responses"] if int(code) >= 400}


def _routes(_app) -> list[APIRoute]:
    # The routers create_app mounts under API_PREFIX, with their handlers and dependencies.
    return [r for module in (auth, routes_feed, routes_actions, routes_uploads, routes_handover)
            for r in module.router.routes if isinstance(r, APIRoute) and r.include_in_schema]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    return create_app(f"sqlite:///{tmp_path_factory.mktemp('oa')}/s.db")


def test_every_route_declares_exactly_the_errors_its_code_can_raise(app):
    doc = app.openapi()
    routes = _routes(app)
    # login, logout, tokens (list, revoke), me, health, changes, reference, action, uploads (4),
    # handovers (create, list, incoming, package, received), deactivate
    assert len(routes) == 19
    mismatches = {f"{sorted(r.methods)[0]} {r.path_format}": (sorted(_declared(doc, r)),
                                                              sorted(raisable(r)))
                  for r in routes if _declared(doc, r) != raisable(r)}
    assert not mismatches, f"declared vs raisable: {mismatches}"


def test_the_walker_sees_what_the_handlers_raise(app):
    # Guards the guard: the code walk must find the statuses raised deep in helpers.
    by_id = {r.operation_id: r for r in _routes(app)}
    assert {401, 404, 409, 422} <= raisable(by_id["postAction"])  # _accept, _check_attachments
    assert {409, 413, 415} <= raisable(by_id["patchUpload"])  # _append via run_in_threadpool
    assert 429 in raisable(by_id["login"])
    assert 401 not in raisable(by_id["health"])


def test_every_authenticated_operation_documents_401_and_security(app):
    doc = app.openapi()
    for route in _routes(app):
        op = _operation(doc, route)
        needs_login = route.operation_id not in ("health", "login")
        assert ("401" in op["responses"]) is (needs_login or route.operation_id == "login")
        assert bool(op.get("security")) is needs_login, route.operation_id
        for code, response in op["responses"].items():
            if int(code) >= 400:
                schema = response["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ErrorBody"}, (route.path, code)


def test_action_request_schema_states_the_per_kind_rules():
    """The schema's if/then rules accept and refuse the same bodies as the server's model."""
    import jsonschema_rs  # the validator schemathesis uses

    validator = jsonschema_rs.validator_for(ActionRequest.model_json_schema())
    cases = [
        {"kind": "follow_up", "base_revision": 0},
        {"kind": "follow_up", "base_revision": 0, "text": "terlalu pendek"},
        {"kind": "follow_up", "base_revision": 0, "text": " " * 30},
        {"kind": "follow_up", "base_revision": 0, "text": "\u202e" * 5 + "x" * 19},
        {"kind": "follow_up", "base_revision": 0, "text": "x" * 20},
        {"kind": "follow_up", "base_revision": 0, "text": "x" * 19 + "\x00"},
        {"kind": "follow_up", "base_revision": 0, "text": "x" * 25, "reason": "r"},
        {"kind": "internal_note", "base_revision": 0, "text": "\ufeff "},
        {"kind": "internal_note", "base_revision": 0, "text": "catatan"},
        {"kind": "internal_note", "base_revision": 0, "text": "ok", "propose_close": True},
        {"kind": "internal_note", "base_revision": 0, "text": "ok", "propose_close": False},
        {"kind": "bukan_wewenang", "base_revision": 0, "reason": "bukan kami"},
        {"kind": "bukan_wewenang", "base_revision": 0, "reason": "a", "suggested_agency": "b"},
        {"kind": "bukan_wewenang", "base_revision": 0, "reason": "a", "suggested_agency": "b",
         "text": "x"},
        {"kind": "acknowledge_reply", "base_revision": 0},
        {"kind": "acknowledge_reply", "base_revision": 0, "attachments": ["a" * 64]},
        # sign-off (issue 15)
        {"kind": "submit_signoff", "base_revision": 0, "text": "x" * 20},
        {"kind": "submit_signoff", "base_revision": 0, "text": "pendek"},
        {"kind": "submit_signoff", "base_revision": 0, "text": "x" * 20, "signoff_id": 1},
        {"kind": "approve_signoff", "base_revision": 0, "signoff_id": 1},
        {"kind": "approve_signoff", "base_revision": 0},
        {"kind": "approve_signoff", "base_revision": 0, "signoff_id": 1, "text": "pendek"},
        {"kind": "approve_signoff", "base_revision": 0, "signoff_id": 1, "text": "x" * 20,
         "comment": "ok"},
        {"kind": "approve_signoff", "base_revision": 0, "signoff_id": 1, "propose_close": True},
        {"kind": "return_signoff", "base_revision": 0, "signoff_id": 1, "comment": "ubah"},
        {"kind": "return_signoff", "base_revision": 0, "signoff_id": 1},
        {"kind": "return_signoff", "base_revision": 0, "signoff_id": 1, "comment": " "},
        {"kind": "return_signoff", "base_revision": 0, "signoff_id": 1, "comment": "a",
         "text": "x" * 20},
        {"kind": "follow_up", "base_revision": 0, "text": "x" * 20, "comment": "c"},
        {"kind": "withdraw_signoff", "base_revision": 0, "signoff_id": 3},
        {"kind": "withdraw_signoff", "base_revision": 0},
        {"kind": "withdraw_signoff", "base_revision": 0, "signoff_id": 3, "comment": "c"},
        {"kind": "withdraw_signoff", "base_revision": 0, "signoff_id": 3, "text": "x" * 20},
    ]
    for body in cases:
        try:
            ActionRequest.model_validate(body)
            model_ok = True
        except ValueError:
            model_ok = False
        assert validator.is_valid(body) is model_ok, (body, model_ok)

