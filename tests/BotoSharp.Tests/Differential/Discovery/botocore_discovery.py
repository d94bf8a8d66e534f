"""botocore's side of the endpoint-discovery differential: a before-send stub answers DescribeEndpoints with the
scenario's endpoints and every other request with the scenario's next answer, recording each request's URL and
target. INPUT = {"service", "region", "enabled", "calls", "endpoints", "answers": [{"status", "body"}]}."""
import botocore.session
from botocore.awsrequest import AWSResponse
from botocore.config import Config


class Raw:
    def __init__(self, data):
        self._data = data

    def stream(self, **kwargs):
        yield self._data


seen = []
answers = list(INPUT['answers'])


def answer(request, **kwargs):
    target = request.headers.get('X-Amz-Target', b'').decode()
    seen.append({'url': request.url, 'target': target})
    if target.endswith('.DescribeEndpoints'):
        status, body = INPUT['describe_status'], INPUT['endpoints']
    else:
        step = answers.pop(0) if len(answers) > 1 else answers[0]
        status, body = step['status'], step['body']
    headers = {'Content-Type': 'application/x-amz-json-1.0', 'x-amzn-RequestId': 'r'}
    return AWSResponse(request.url, status, headers, Raw(body.encode()))


session = botocore.session.get_session()
config = Config(endpoint_discovery_enabled=INPUT['enabled']) if INPUT['enabled'] is not None else None
client = session.create_client(INPUT['service'], region_name=INPUT['region'], aws_access_key_id='AKID',
                               aws_secret_access_key='secret', config=config)
client.meta.events.register('before-send', answer)
results = []
for call in INPUT['calls']:
    try:
        response = client._make_api_call(call, {})
        results.append({'result': 'ok', 'retry_attempts': response['ResponseMetadata']['RetryAttempts']})
    except Exception as error:
        results.append({'result': type(error).__name__, 'message': str(error)})
emit({'requests': seen, 'results': results})
