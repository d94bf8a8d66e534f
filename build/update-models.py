#!/usr/bin/env python3
"""Copies the botocore data files BotoSharp ships into models/, uncompressed and byte-identical.

Run with the botocore version named in models/NOTICE.md installed: python3 build/update-models.py
"""
import gzip
import os
import shutil
import sys

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


def copy_uncompressed(src_dir, name, dst_dir):
    plain = os.path.join(src_dir, name + ".json")
    packed = plain + ".gz"
    dst = os.path.join(dst_dir, name + ".json")
    if os.path.exists(plain):
        shutil.copyfile(plain, dst)
    elif os.path.exists(packed):
        with gzip.open(packed, "rb") as f, open(dst, "wb") as out:
            out.write(f.read())


def main():
    data = os.path.join(os.path.dirname(botocore.__file__), "data")
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "models")
    for name in TOP_LEVEL:
        shutil.copyfile(os.path.join(data, name), os.path.join(root, name))
    for service in SERVICES:
        versions = sorted(v for v in os.listdir(os.path.join(data, service))
                          if os.path.isdir(os.path.join(data, service, v)))
        newest = versions[-1]
        dst = os.path.join(root, service, newest)
        shutil.rmtree(os.path.join(root, service), ignore_errors=True)
        os.makedirs(dst)
        for kind in PER_VERSION:
            copy_uncompressed(os.path.join(data, service, newest), kind, dst)
    print(f"copied botocore {botocore.__version__} data for {len(SERVICES)} services into {os.path.normpath(root)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
