"""botocore's side of the region-redirect differential: runs every scenario's calls against s3_region_server.py and
reports each call's result (with RetryAttempts) or error type and message.
Run by RegionRedirectDifferentialTests with INPUT = {"endpoint": ..., "scenarios": [{"bucket", "calls"}]}."""
import botocore.session
from botocore.config import Config

results = {}
for scenario in INPUT['scenarios']:
    session = botocore.session.get_session()
    client = session.create_client(
        's3', region_name='us-east-1', endpoint_url=INPUT['endpoint'],
        aws_access_key_id='AKID', aws_secret_access_key='secret',
        config=Config(s3={'addressing_style': 'path'}, retries={'mode': 'legacy'}))
    outcomes = []
    for call in scenario['calls']:
        params = {'Bucket': scenario['bucket']}
        if call == 'HeadObject':
            params['Key'] = 'some/key.txt'
        try:
            response = getattr(client, {'ListObjectsV2': 'list_objects_v2', 'HeadObject': 'head_object', 'HeadBucket': 'head_bucket'}[call])(**params)
            outcomes.append({'result': 'ok', 'retry_attempts': response['ResponseMetadata']['RetryAttempts']})
        except Exception as error:
            outcomes.append({'result': type(error).__name__, 'message': str(error)})
    results[scenario['bucket']] = outcomes
emit(results)
