"""Answers a batch of random session scenarios with botocore 1.43.11, for SessionDifferentialTests.

Input (stdin, JSON): a list of scenarios {"env": {name: value}, "profile": str|null, "instance": [[name, value]],
"regions": [str], "services": [str]}. The config and credentials files were written by the C# side and are named
by AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE in "env". Each scenario runs with os.environ replaced by "env"
(plus PATH), in the same question order as the C# side, because the session caches what it reads.
Output (stdout, JSON): one answer object per scenario; every field is a value or {"error": exception type name}.
"""
import copy
import json
import os
import sys

import botocore.loaders
import botocore.session
from botocore.credentials import DeferredRefreshableCredentials

PATH = os.environ.get("PATH", "/usr/bin:/bin")


_load_file = botocore.loaders.JSONFileLoader.load_file
_decoded = {}


def _load_file_once(self, file_path):
    # Decoding endpoints.json is ~100 ms, most of a scenario's time. Every session here reads the same installed
    # file and never mutates it, so it is decoded once; all other files load as usual.
    if os.path.basename(file_path) != "endpoints":
        return _load_file(self, file_path)
    if file_path not in _decoded:
        _decoded[file_path] = _load_file(self, file_path)
    return _decoded[file_path]


botocore.loaders.JSONFileLoader.load_file = _load_file_once


def ask(func):
    try:
        # Deep-copied now: botocore mutates cached config dicts on later lookups.
        return copy.deepcopy(func())
    except Exception as error:  # noqa: BLE001 - the type name is the answer
        return {"error": type(error).__name__}


def credentials(session):
    creds = session.get_credentials()
    if creds is None:
        return None
    if isinstance(creds, DeferredRefreshableCredentials):
        # Role, web identity and SSO credentials would call a service on first use: compared unused.
        return {"deferred": creds.method}
    return {"access_key": creds.access_key, "secret_key": creds.secret_key, "token": creds.token,
            "method": creds.method}


def variables(session):
    rows = []
    for name in sorted(list(session.session_var_map) + ["s3", "proxies_config"]):
        rows.append([name, ask(lambda: session.get_config_variable(name))])
    return rows


def answer(scenario):
    os.environ.clear()
    os.environ.update(scenario["env"])
    os.environ["PATH"] = PATH
    try:
        session = botocore.session.Session(profile=scenario["profile"])
    except Exception as error:  # noqa: BLE001
        return {"session": {"error": type(error).__name__}}
    for name, value in scenario["instance"]:
        session.set_config_variable(name, value)
    out = {}
    out["available_profiles"] = ask(lambda: session.available_profiles)
    out["profile"] = ask(lambda: session.profile)
    out["full_config"] = ask(lambda: session.full_config)
    out["scoped_config"] = ask(session.get_scoped_config)
    out["variables"] = variables(session)
    out["credentials"] = ask(lambda: credentials(session))
    # Asked again after the variables: the s3/proxies_config lookups wrote their converted values into it.
    out["scoped_config_after"] = ask(session.get_scoped_config)
    out["partitions"] = ask(session.get_available_partitions)
    out["partition_for_region"] = [[r, ask(lambda: session.get_partition_for_region(r))] for r in scenario["regions"]]
    if scenario["services"]:
        out["available_services"] = ask(session.get_available_services)
        out["operations"] = [[s, ask(lambda: list(session.get_service_model(s).operation_names))]
                             for s in scenario["services"]]
    return out


def main():
    scenarios = json.load(sys.stdin)
    answers = [answer(s) for s in scenarios]
    sys.stdout.write(json.dumps(answers, default=str))


main()
