"""botocore's side of the redirect host test: no server; a before-send handler answers each request from a script
and records the URL and signing region, so the redirected request's real AWS host is visible.
INPUT = {"region", "bucket", "answers": [{"status", "headers", "body"}], "calls": n}."""
import re

import botocore.session
from botocore.awsrequest import AWSResponse


class Raw:
    def __init__(self, data):
        self._data = data

    def stream(self, **kwargs):
        yield self._data


seen = []
answers = list(INPUT['answers'])


def answer(request, **kwargs):
    match = re.search(r'Credential=[^/]+/[^/]+/([^/]+)/', request.headers.get('Authorization', b'').decode())
    seen.append({'method': request.method, 'url': request.url, 'region': match.group(1) if match else None})
    step = answers.pop(0) if len(answers) > 1 else answers[0]
    return AWSResponse(request.url, step['status'], step['headers'], Raw(step['body'].encode()))


session = botocore.session.get_session()
client = session.create_client('s3', region_name=INPUT['region'], aws_access_key_id='AKID', aws_secret_access_key='secret')
client.meta.events.register('before-send', answer)
results = []
for _ in range(INPUT['calls']):
    try:
        response = client.list_objects_v2(Bucket=INPUT['bucket'])
        results.append({'result': 'ok', 'retry_attempts': response['ResponseMetadata']['RetryAttempts']})
    except Exception as error:
        results.append({'result': type(error).__name__, 'message': str(error)})
emit({'requests': seen, 'results': results})
