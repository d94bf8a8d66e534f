"""Signs requests with botocore 1.43.11 for the differential tests.

stdin: JSON list of cases {signer, service, region, method, url, headers: [[k, v]], body, context, token,
expires, epoch}; stdout: JSON list of {url, headers: [[k, v]]} or {error: ExceptionName}.
"""
import datetime
import json
import sys
from urllib.parse import parse_qsl
from unittest import mock

import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

results = []
for case in json.load(sys.stdin):
    now = datetime.datetime.fromtimestamp(case['epoch'], datetime.timezone.utc).replace(tzinfo=None)
    data = case['body'].encode('utf-8')
    if any(v.startswith('application/x-www-form-urlencoded') for k, v in case['headers'] if k.lower() == 'content-type'):
        # botocore's query serializer hands the signer a dict, not encoded bytes
        data = dict(parse_qsl(case['body']))
    request = AWSRequest(method=case['method'], url=case['url'], data=data)
    for key, value in case['headers']:
        request.headers[key] = value
    request.context.update(case.get('context') or {})
    if 'checksum_header' in case:
        request.context['checksum'] = {'request_algorithm': {'in': 'header', 'algorithm': 'crc32', 'name': case['checksum_header']}}
    if case.get('checksum_trailer'):
        request.context['checksum'] = {'request_algorithm': {'in': 'trailer', 'algorithm': 'crc32', 'name': 'x-amz-checksum-crc32'}}
    credentials = Credentials('AKIDEXAMPLE', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', case.get('token'))
    cls = botocore.auth.AUTH_TYPE_MAPS[case['signer']]
    if case['signer'] in ('s3', ):
        signer = cls(credentials)
    elif case['signer'] == 's3-query':
        signer = cls(credentials, expires=case['expires'])
    else:
        kwargs = {'expires': case['expires']} if case['signer'].endswith('-query') else {}
        if 's3express' in case['signer']:
            kwargs['identity_cache'] = None  # the session credentials are passed in directly
        signer = cls(credentials, case['service'], case['region'], **kwargs)
    try:
        with mock.patch('botocore.auth.get_current_datetime', return_value=now), \
                mock.patch('time.time', return_value=case['epoch']):
            signer.add_auth(request)
        results.append({'url': request.url, 'headers': [[k, v] for k, v in request.headers.items()]})
    except Exception as error:  # reported back so the C# side can compare error types
        results.append({'error': type(error).__name__})
json.dump(results, sys.stdout)
