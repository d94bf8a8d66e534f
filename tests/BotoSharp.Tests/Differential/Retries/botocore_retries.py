"""botocore's side of the retry differential: runs every scenario against the fault server and reports, per
scenario, the result or error and the seconds each needs-retry asked to sleep (random fixed at 0.5, no real sleep).
Run by RetryDifferentialTests with INPUT = {"endpoint": ..., "scenarios": [{"id", "mode", "max_attempts"}]}."""
import random

# Fixed before botocore is imported: standard mode binds random.random as a default argument at import time.
random.random = lambda: 0.5

import botocore.endpoint  # noqa: E402
import botocore.session  # noqa: E402
from botocore.config import Config  # noqa: E402

DELAYS = []
botocore.endpoint.time.sleep = DELAYS.append

results = {}
for scenario in INPUT['scenarios']:
    retries = {'mode': scenario['mode']}
    if scenario.get('max_attempts') is not None:
        retries['total_max_attempts'] = scenario['max_attempts']
    session = botocore.session.get_session()
    client = session.create_client(
        'dynamodb', region_name='us-east-1', endpoint_url=INPUT['endpoint'] + '/s/' + scenario['id'],
        aws_access_key_id='AKID', aws_secret_access_key='secret',
        config=Config(retries=retries, read_timeout=1, connect_timeout=2))
    del DELAYS[:]
    try:
        response = client.list_tables()
        outcome = {'result': 'ok', 'retry_attempts': response['ResponseMetadata']['RetryAttempts']}
    except Exception as error:
        outcome = {'result': type(error).__name__, 'message': str(error)}
    outcome['delays'] = [round(d, 9) for d in DELAYS]
    results[scenario['id']] = outcome
emit(results)
