"""The stand-in's answers have exactly the API's field names: every key is a field of ksef_client's model for
that answer (generated from the official OpenAPI document), and every required field is there. A misspelt key
would be dropped silently by the library's from_dict, so the gateway tests alone would not catch it."""

from __future__ import annotations

import dataclasses
import typing

import httpx
from ksef_client import openapi_models as m


def _model_of(hint):
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) is list and args:
        return _model_of(args[0])
    if args and typing.get_origin(hint) is not dict:
        return _model_of(args[0])
    return hint if dataclasses.is_dataclass(hint) else None


def check(model, data: dict) -> None:
    hints = typing.get_type_hints(model, vars(__import__(model.__module__, fromlist=["x"])))
    fields = {f.metadata.get("json_key", f.name): f for f in dataclasses.fields(model)}
    assert set(data) <= set(fields), (model.__name__, set(data) - set(fields))
    required = {k for k, f in fields.items()
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    assert required <= set(data), (model.__name__, required - set(data))
    for key, value in data.items():
        inner = _model_of(hints[fields[key].name])
        if inner is not None and isinstance(value, dict):
            check(inner, value)
        if inner is not None and isinstance(value, list):
            for item in value:
                check(inner, item)


def test_every_answer_matches_the_library_models(ksef_standin):
    base = ksef_standin.base_url + "/v2"
    with httpx.Client() as http:
        for cert in http.get(f"{base}/security/public-key-certificates").json():
            check(m.PublicKeyCertificate, cert)
        challenge = http.post(f"{base}/auth/challenge").json()
        check(m.AuthenticationChallengeResponse, challenge)
    from app.services.invoicing.ksef.gateway import make_gateway
    from tests.core.invoicing.ksef.test_gateway import fa3

    with make_gateway("test", ksef_standin.nip, ksef_standin.token, base_url=ksef_standin.base_url) as gateway:
        session = gateway.open_session()
        sent = gateway.send(session, fa3(ksef_standin.nip))
    for _ in range(3):   # processing, then accepted
        _, answer, _ = ksef_standin._status(session, sent.invoice_reference)
        check(m.SessionInvoiceStatusResponse, {k: v for k, v in answer.items() if v is not None})
    _, listing, _ = ksef_standin._list(session, {})
    check(m.SessionInvoicesResponse, {"invoices": [{k: v for k, v in i.items() if v is not None}
                                                   for i in listing["invoices"]]})
    auth = next(iter(ksef_standin._auths.values()))
    _, status, _ = ksef_standin._auth_status(auth.reference, auth.auth_token)
    check(m.AuthenticationOperationStatusResponse, status)
    _, error, _ = ksef_standin._no_session("x")
    check(m.ExceptionResponse, error)
