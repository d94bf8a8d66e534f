# Serializes each case on stdin with botocore's own serializer and prints what the request would carry.
import json
import sys
from urllib.parse import urlencode

import botocore.session
from botocore import serialize
from botocore.utils import percent_encode_sequence

session = botocore.session.get_session()
results = []
for case in json.load(sys.stdin):
    model = session.get_service_model(case['service'])
    operation = model.operation_model(case['operation'])
    serializer = serialize.create_serializer(model.resolved_protocol, include_validation=True)
    request = serializer.serialize_to_request(case['params'], operation)
    body = request['body']
    if isinstance(body, dict):
        # AWSRequest encodes a dict body with urlencode (quote_plus), keys and values as UTF-8.
        body = urlencode([(k.encode('utf-8'), v.encode('utf-8') if isinstance(v, str) else v) for k, v in body.items()], doseq=True)
    elif isinstance(body, bytes):
        body = body.decode('utf-8')
    results.append({
        'method': request['method'],
        'url_path': request['url_path'],
        'query': percent_encode_sequence(request['query_string']) if isinstance(request['query_string'], dict) else request['query_string'],
        'headers': {k: str(v) for k, v in request['headers'].items()},
        'body': body,
        'host_prefix': request.get('host_prefix'),
    })
json.dump(results, sys.stdout)
