"""botocore's side of the retry differential: runs every scenario against the fault server and reports, per
scenario, the result or error and every wait in order (random fixed at 0.5, no real sleep): each needs-retry backoff
and, in adaptive mode, each token-bucket wait, on a fake clock that starts at INPUT["start"] and moves only by them.
Run by RetryDifferentialTests with INPUT = {"endpoint", "start", "scenarios": [{"id", "mode", "max_attempts"}]}."""
import math
import random
import threading

# Fixed before botocore is imported: standard mode binds random.random as a default argument at import time.
random.random = lambda: 0.5

import botocore.endpoint  # noqa: E402
import botocore.session  # noqa: E402
from botocore.config import Config  # noqa: E402
from botocore.retries import bucket  # noqa: E402

DELAYS = []
NOW = [INPUT['start']]


def wait(seconds):
    DELAYS.append(seconds)
    NOW[0] += seconds


class FakeClock(bucket.Clock):
    def current_time(self):
        return NOW[0]

    def sleep(self, amount):
        wait(amount)


class AdvancingCondition(threading.Condition):
    """The token bucket's wait for a refill, moving the fake clock instead of blocking."""

    def wait(self, timeout=None):
        # Whole milliseconds, rounded up, as BotoSharp's bucket waits (Task.Delay truncates to milliseconds).
        wait(max(math.ceil(timeout * 1000), 1) / 1000)
        return False


def token_bucket_init(self, *args, original=bucket.TokenBucket.__init__, **kwargs):
    original(self, *args, **kwargs)
    self._new_fill_rate_condition = AdvancingCondition(self._lock)


bucket.Clock = FakeClock
bucket.TokenBucket.__init__ = token_bucket_init
botocore.endpoint.time.sleep = wait

results = {}
for scenario in INPUT['scenarios']:
    retries = {'mode': scenario['mode']}
    if scenario.get('max_attempts') is not None:
        retries['total_max_attempts'] = scenario['max_attempts']
    NOW[0] = INPUT['start']
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
