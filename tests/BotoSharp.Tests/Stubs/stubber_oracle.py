# Runs each stubber case through botocore's Stubber on an S3 client and emits str(error) or None per case.
# INPUT: a list of {"kind", "operation", "response", "expected", "actual", ...}; "<ANY>" stands for stub.ANY.
import botocore.session
from botocore.stub import Stubber, ANY


def any_marker(value):
    if value == '<ANY>':
        return ANY
    if isinstance(value, dict):
        return {k: any_marker(v) for k, v in value.items()}
    if isinstance(value, list):
        return [any_marker(v) for v in value]
    return value


session = botocore.session.get_session()
client = session.create_client('s3', region_name='us-east-1', aws_access_key_id='a', aws_secret_access_key='b')
results = []
for case in INPUT:
    stubber = Stubber(client)
    try:
        if case['kind'] == 'response':
            stubber.add_response(case['operation'], case['response'], any_marker(case.get('expected')))
        else:
            stubber.add_client_error(case['operation'], case['code'], 'm', 400, modeled_fields=case['modeled'],
                                     expected_params=any_marker(case.get('expected')))
        with stubber:
            getattr(client, case['operation'])(**case['actual'])
        results.append(None)
    except Exception as error:
        results.append(type(error).__name__ + ': ' + str(error))
emit(results)
