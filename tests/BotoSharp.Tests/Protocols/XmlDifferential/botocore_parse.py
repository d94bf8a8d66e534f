# Parses each response on stdin with botocore's own parser (plus the modeled-error merge the endpoint does)
# and prints the result with timestamps as epoch seconds and bytes as base64.
import base64
import datetime
import json
import sys

import botocore.session
from botocore import parsers
from botocore.awsrequest import HeadersDict
from botocore.model import NoShapeFoundError


def plain(value):
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, datetime.datetime):
        return {'$timestamp': value.timestamp()}
    if isinstance(value, bytes):
        return {'$bytes': base64.b64encode(value).decode()}
    return value


session = botocore.session.get_session()
results = []
for case in json.load(sys.stdin):
    model = session.get_service_model(case['service'])
    operation = model.operation_model(case['operation'])
    parser = parsers.create_parser(model.resolved_protocol)
    response = {
        'status_code': case['status'],
        'headers': HeadersDict(case['headers']),
        'body': case['body'].encode('utf-8'),
    }
    parsed = parser.parse(response, operation.output_shape)
    if case['status'] >= 300 and 'Error' in parsed:
        try:
            shape = model.shape_for_error_code(parsed['Error'].get('Code'))
        except NoShapeFoundError:
            shape = None
        if shape is not None:
            parsed.update(parser.parse(response, shape))
    results.append(plain(parsed))
json.dump(results, sys.stdout)
