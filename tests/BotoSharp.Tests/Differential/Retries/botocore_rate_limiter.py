"""botocore's side of the adaptive rate-limiter differential: drives retries/adaptive.py's ClientRateLimiter (token
bucket, CUBIC, RateClocker) through scripted steps on a fake clock that moves only when told or when the bucket
waits, and reports the limiter's state after every step.
Run by AdaptiveLimiterDifferentialTests with INPUT = {"start": <epoch seconds>, "sequences": [[step, ...], ...]},
a step being {"send": true} or {"advance": <seconds>, "throttle": <bool>}."""
import math
import threading

from botocore.awsrequest import AWSResponse
from botocore.retries import adaptive, bucket


class FakeClock:
    def __init__(self, now):
        self.now = now

    def current_time(self):
        return self.now

    def sleep(self, amount):
        self.now += amount


class AdvancingCondition(threading.Condition):
    """The bucket's wait for a refill, moving the fake clock instead of blocking."""

    def __init__(self, lock, clock, waits):
        super().__init__(lock)
        self._clock = clock
        self._waits = waits

    def wait(self, timeout=None):
        # The clock's timers fire after whole milliseconds, rounded up, as BotoSharp's bucket waits (Task.Delay
        # truncates to milliseconds); a sub-microsecond step added to an epoch float would also be lost.
        waited = max(math.ceil(timeout * 1000), 1) / 1000
        self._waits.append(waited)
        self._clock.now += waited
        return False


class NoEvents:
    def register(self, *args, **kwargs):
        pass


class FakeClient:
    class meta:
        events = NoEvents()


def needs_retry_kwargs(throttle):
    status, parsed = (400, {'Error': {'Code': 'ThrottlingException'}}) if throttle else (200, {})
    return {'response': (AWSResponse('https://example.com/', status, {}, None), parsed), 'attempts': 1,
            'operation': None, 'caught_exception': None, 'request_dict': {'context': {}}}


results = []
for sequence in INPUT['sequences']:
    clock = FakeClock(INPUT['start'])
    bucket.Clock = lambda: clock
    limiter = adaptive.register_retry_handler(FakeClient)
    tokens = limiter._token_bucket
    waits = []
    tokens._new_fill_rate_condition = AdvancingCondition(tokens._lock, clock, waits)
    states = []
    for step in sequence:
        del waits[:]
        if step.get('send'):
            limiter.on_sending_request(request=None)
        else:
            clock.now += step['advance']
            limiter.on_receiving_response(**needs_retry_kwargs(step['throttle']))
        states.append({'fill_rate': tokens.max_rate, 'capacity': tokens.available_capacity,
                       'measured_rate': limiter._rate_clocker.measured_rate, 'enabled': limiter._enabled,
                       'waits': list(waits)})
    results.append(states)
emit(results)
