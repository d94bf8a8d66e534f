"""Prints, as JSON, the HTTP request botocore 1.43.11 sends for one operation — nothing goes on the network.

Input (stdin, JSON): {"service", "operation", "params", "region", "endpoint_url", "time" (ISO 8601, UTC),
"access_key", "secret_key", "token", "data_path" (optional), "builtin_handlers" (default true), "all_requests"
(optional: report every request the call sent, e.g. endpoint discovery's DescribeEndpoints first)}. The clock is fixed by patching
botocore.auth.get_current_datetime (and botocore.auth's time.gmtime for SigV2), and the send is short-circuited by a before-send handler.
Output: {"method", "url", "headers": {lower-case name: value}, "body_base64"} or {"error": type, "message"}.

Batch mode: when stdin holds a JSON array of scenarios, one result per scenario is printed as a JSON array, in order,
so a test run pays for one python3 start, and clients are reused per (service, region, endpoint, token, handlers).
In "params", {"__bytes__": base64} stands for a bytes value, {"__stream__": base64} for a file-like object and
{"__datetime__": ISO 8601} for a datetime, since JSON has neither.
"""
import base64
import datetime
import io
import json
import sys
import time
import types
import uuid

import botocore.auth
import botocore.awsrequest
import botocore.session


def main():
    scenarios = json.load(sys.stdin)
    if isinstance(scenarios, list):
        print(json.dumps([run(scenario) for scenario in scenarios]))
    else:
        print(json.dumps(run(scenarios)))


def decode(value):
    if isinstance(value, dict):
        if set(value) == {"__bytes__"}:
            return base64.b64decode(value["__bytes__"])
        if set(value) == {"__stream__"}:
            return io.BytesIO(base64.b64decode(value["__stream__"]))
        if set(value) == {"__datetime__"}:
            return datetime.datetime.fromisoformat(value["__datetime__"].replace("Z", "+00:00"))
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


_clients = {}
_sessions = {}
_captured = []


def session_for(scenario):
    # One session per handler setting and data folder: a session caches the models it loaded, clients do not.
    key = (scenario.get("builtin_handlers", True), scenario.get("data_path"))
    if key not in _sessions:
        session = botocore.session.Session(include_builtin_handlers=key[0])
        if key[1]:
            session.set_config_variable("data_path", key[1])
        _sessions[key] = session
    return _sessions[key]


def client_for(scenario):
    key = (scenario["service"], scenario.get("region"), scenario.get("endpoint_url"), scenario.get("token"),
           scenario.get("builtin_handlers", True), scenario.get("data_path"))
    if key not in _clients:
        client = session_for(scenario).create_client(
            scenario["service"], region_name=scenario.get("region"), endpoint_url=scenario.get("endpoint_url"),
            aws_access_key_id=scenario.get("access_key", "AKIDEXAMPLE"),
            aws_secret_access_key=scenario.get("secret_key", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            aws_session_token=scenario.get("token"))
        client.meta.events.register_first("before-send", capture)
        _clients[key] = client
    return _clients[key]


def capture(request, **kwargs):
    body = request.body
    if hasattr(body, "read"):
        body = body.read()
    if isinstance(body, str):
        body = body.encode("utf-8")
    _captured.append({
        "method": request.method,
        "url": request.url,
        "headers": {k.lower(): (v.decode() if isinstance(v, bytes) else v) for k, v in request.headers.items()},
        "body_base64": base64.b64encode(body or b"").decode("ascii"),
    })
    return botocore.awsrequest.AWSResponse(request.url, 200, {}, _EmptyRaw())


def run(scenario):
    fixed = datetime.datetime.fromisoformat(scenario["time"].replace("Z", "+00:00")).replace(tzinfo=None)
    botocore.auth.get_current_datetime = lambda *args, **kwargs: fixed
    # SigV2 stamps time.gmtime(): botocore.auth gets a time module whose gmtime is the fixed instant.
    botocore.auth.time = types.SimpleNamespace(gmtime=lambda *args: fixed.timetuple(), strftime=time.strftime, time=time.time)
    del _captured[:]
    try:
        client = client_for(scenario)
        operation = client.meta.method_to_api_mapping
        python_name = {v: k for k, v in operation.items()}[scenario["operation"]]
        getattr(client, python_name)(**decode(scenario.get("params", {})))
    except Exception as error:  # the stubbed empty response may not parse; the request is what we want
        if not _captured:
            return {"error": type(error).__name__, "message": str(error)}
    if scenario.get("all_requests"):
        return {"requests": list(_captured)}
    return _captured[-1]


class _EmptyRaw:
    def stream(self, *args, **kwargs):
        return iter([b""])

    def read(self, *args, **kwargs):
        return b""


if __name__ == "__main__":
    uuid.uuid4 = lambda: uuid.UUID("00000000-0000-4000-8000-000000000000")
    main()
