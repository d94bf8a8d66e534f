#!/usr/bin/env python3
"""Copies the botocore data files BotoSharp ships into models/.

The quick-default services are copied uncompressed and byte-identical into models/<service>/<version>/. Every other
botocore service goes, newest API version only, into one deterministic zip per service, models/archive/<service>.zip
(entries <version>/<file>.json, decompressed from botocore's .json.gz, sorted, fixed timestamps), which the MSBuild
targets expand into obj/ when a project asks for the service.

endpoints.json is also written sliced by service (models/endpoints.by-service.jsonl, see write_endpoint_slices), which
the runtime embeds in its place: a client reads its own service's lines, not the whole 1.26 MB file.

Run with the botocore version named in models/NOTICE.md installed: python3 build/update-models.py
"""
import gzip
import json
import os
import shutil
import sys
import zipfile

import botocore

# CloudWatch ("monitoring" is its endpoint prefix) lives in botocore's cloudwatch/ folder.
SERVICES = [
    "sts", "s3", "dynamodb", "sqs", "sns", "ec2", "iam", "lambda", "kinesis",
    "secretsmanager", "ssm", "kms", "logs", "sso", "sso-oidc", "cloudwatch", "events",
    "s3control", "signin",
]
TOP_LEVEL = ["partitions.json", "endpoints.json", "sdk-default-configuration.json", "_retry.json"]
PER_VERSION = ["service-2", "paginators-1", "waiters-2", "endpoint-rule-set-1",
               "service-2.sdk-extras", "paginators-1.sdk-extras"]
# 1980-01-01 is the earliest zip timestamp; a fixed one keeps re-runs byte-identical.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def read_uncompressed(src_dir, name):
    plain = os.path.join(src_dir, name + ".json")
    if os.path.exists(plain):
        with open(plain, "rb") as f:
            return f.read()
    if os.path.exists(plain + ".gz"):
        with gzip.open(plain + ".gz", "rb") as f:
            return f.read()
    return None


def newest_version(data, service):
    versions = sorted(v for v in os.listdir(os.path.join(data, service))
                      if os.path.isdir(os.path.join(data, service, v)))
    return versions[-1] if versions else None


def copy_folder(data, root, service):
    newest = newest_version(data, service)
    dst = os.path.join(root, service, newest)
    shutil.rmtree(os.path.join(root, service), ignore_errors=True)
    os.makedirs(dst)
    for kind in PER_VERSION:
        content = read_uncompressed(os.path.join(data, service, newest), kind)
        if content is not None:
            with open(os.path.join(dst, kind + ".json"), "wb") as out:
                out.write(content)


def write_archive(data, archive, service):
    newest = newest_version(data, service)
    path = os.path.join(archive, service + ".zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for kind in PER_VERSION:
            content = read_uncompressed(os.path.join(data, service, newest), kind)
            if content is not None:
                entry = zipfile.ZipInfo(f"{newest}/{kind}.json", ZIP_TIME)
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = 0o644 << 16
                z.writestr(entry, content)


def write_endpoint_slices(root):
    """endpoints.json as lines: first the document with every partition's services emptied, then one line per service
    name in file order, "<name>\t<JSON array with the service's object in each partition, or null>". The runtime
    reads the first line and its service's line at client creation, and rebuilds the whole document (same keys in the
    same order) only when the endpoints data itself is asked for; EndpointSliceTests checks both against endpoints.json."""
    with open(os.path.join(root, "endpoints.json"), encoding="utf-8") as f:
        document = json.load(f)
    partitions = document["partitions"]
    names = []
    for partition in partitions:
        for name in partition.get("services", {}):
            if name not in names:
                names.append(name)
    # Rebuilding appends each partition's services in line order, so that order must be every partition's own.
    for order in (names, sorted(names)):
        if all([n for n in order if n in p.get("services", {})] == list(p.get("services", {})) for p in partitions):
            names = order
            break
    else:
        raise SystemExit("endpoints.json: the partitions list their services in orders no single line order keeps")
    head = json.loads(json.dumps(document))
    for partition in head["partitions"]:
        partition["services"] = {}
    compact = {"separators": (",", ":"), "ensure_ascii": False}
    with open(os.path.join(root, "endpoints.by-service.jsonl"), "w", encoding="utf-8", newline="\n") as out:
        out.write(json.dumps(head, **compact) + "\n")
        for name in names:
            slices = [partition.get("services", {}).get(name) for partition in partitions]
            out.write(name + "\t" + json.dumps(slices, **compact) + "\n")


def main():
    data = os.path.join(os.path.dirname(botocore.__file__), "data")
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "models"))
    for name in TOP_LEVEL:
        shutil.copyfile(os.path.join(data, name), os.path.join(root, name))
    write_endpoint_slices(root)
    for service in SERVICES:
        copy_folder(data, root, service)
    archive = os.path.join(root, "archive")
    shutil.rmtree(archive, ignore_errors=True)
    os.makedirs(archive)
    others = sorted(s for s in os.listdir(data)
                    if s not in SERVICES and os.path.isdir(os.path.join(data, s)) and newest_version(data, s))
    for service in others:
        write_archive(data, archive, service)
    print(f"copied botocore {botocore.__version__} data: {len(SERVICES)} services into {root}, "
          f"{len(others)} more into {archive}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
