"""OpenAPI links: how the answer of one operation feeds the next (login -> changes -> upload ->
action -> download), for readers of the contract and for stateful fuzzing (schemathesis follows
them to build real chains instead of calls with made-up ids).

Each route passes ``openapi_extra=links(...)``; FastAPI merges it into the operation.
"""

from __future__ import annotations

_BEARER = {"header.Authorization": "Bearer {$response.body#/token}"}

# operationId -> {status: {link name: link}}
LINKS: dict[str, dict[str, dict[str, dict]]] = {
    "login": {"200": {
        "Me": {"operationId": "me", "parameters": _BEARER},
        "Changes": {"operationId": "changes",
                    "parameters": {**_BEARER, "query.cursor": 0}},
        "Reference": {"operationId": "reference", "parameters": _BEARER},
    }},
    "changes": {"200": {
        "NextPage": {"operationId": "changes",
                     "parameters": {"query.cursor": "$response.body#/next_cursor"}},
        "ActOnFirstItem": {"operationId": "postAction",
                           "parameters": {"path.complaint_id": "$response.body#/items/0/id"},
                           "requestBody": {"base_revision": "$response.body#/items/0/revision"}},
    }},
    "createUpload": {"201": {
        "SendChunk": {"operationId": "patchUpload",
                      "parameters": {"path.upload_id": "$response.body#/upload_id",
                                     "header.Upload-Offset": "$response.body#/offset"}},
        "Resume": {"operationId": "getUpload",
                   "parameters": {"path.upload_id": "$response.body#/upload_id"}},
        "AttachToAction": {"operationId": "postAction",
                           "requestBody": {"kind": "follow_up",
                                           "attachments": ["$response.body#/sha256"]}},
    }},
    "patchUpload": {"200": {
        "NextChunk": {"operationId": "patchUpload",
                      "parameters": {"path.upload_id": "$response.body#/upload_id",
                                     "header.Upload-Offset": "$response.body#/offset"}},
        "Status": {"operationId": "getUpload",
                   "parameters": {"path.upload_id": "$response.body#/upload_id"}},
    }},
    "postAction": {"201": {
        "ChangesSince": {"operationId": "changes", "parameters": {"query.cursor": 0}},
        "DownloadAttachment": {
            "operationId": "download",
            "parameters": {"path.sha256": "$response.body#/complaint/attachments/0/sha256"}},
    }},
}


def links(operation_id: str) -> dict:
    """``openapi_extra`` for ``operation_id``: its response links, if it has any."""
    by_status = LINKS.get(operation_id, {})
    return {"responses": {status: {"links": named} for status, named in by_status.items()}}
