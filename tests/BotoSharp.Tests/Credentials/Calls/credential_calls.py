# Drives botocore's credential chain for each scenario in INPUT and reports what happened: every request sent
# (method, url, body, whether signed), the resolved method/account, the identity STS reports and the cache files.
import getpass, glob, json, os, re, warnings
import botocore.session, botocore.credentials, botocore.tokens
from botocore.utils import JSONFileCache

def cache_summary(folder):
    files = {}
    for path in sorted(glob.glob(os.path.join(folder, '*.json'))):
        with open(path) as f:
            data = json.load(f)
        files[os.path.basename(path)] = shape(data)
    return files

GENERATED = ('AccessKeyId', 'SecretAccessKey', 'SessionToken', 'AssumedRoleId')

def shape(data):
    # Values, except those moto generates and the digits of times (the runs are seconds apart).
    if isinstance(data, dict):
        return {k: 'generated' if k in GENERATED else shape(v) for k, v in data.items() if k not in ('HTTPHeaders', 'RequestId')}
    if isinstance(data, str):
        return re.sub(r'\d', '9', data) if re.match(r'^\d{4}-\d\d-\d\dT', data) else data
    return data

out = {}
for sc in INPUT:
    os.environ.clear()
    os.environ.update(sc['env'])
    sso_cache = os.path.join(sc['env']['HOME'], '.aws', 'sso', 'cache')
    # botocore reads ~ once at import; each scenario has its own home.
    botocore.credentials.SSOProvider._SSO_TOKEN_CACHE_DIR = sso_cache
    botocore.tokens.SSOTokenProvider._SSO_TOKEN_CACHE_DIR = sso_cache
    requests = []
    def record(request, **kwargs):
        body = request.body
        if isinstance(body, bytes):
            body = body.decode('utf-8')
        bearer = request.headers.get('x-amz-sso_bearer_token')
        if isinstance(bearer, bytes):
            bearer = bearer.decode('utf-8')
        requests.append({'method': request.method, 'url': request.url, 'body': body or '',
                         'signed': 'Authorization' in request.headers,
                         'bearer': bearer})
    session = botocore.session.Session(profile=sc['profile']) if sc['profile'] else botocore.session.Session()
    session.register('before-send', record)
    result = {}
    try:
        resolver = session.get_component('credential_provider')
        for name in ('assume-role', 'assume-role-with-web-identity'):
            resolver.get_provider(name).cache = JSONFileCache(sc['cache'])
        if sc.get('mfa') is not None:
            resolver.get_provider('assume-role')._prompter = lambda prompt, code=sc['mfa']: code
        if sc.get('mfa_closed'):
            # getpass without a terminal: the prompt, then a line of the (already consumed) standard input.
            warnings.simplefilter('ignore', getpass.GetPassWarning)
            resolver.get_provider('assume-role')._prompter = getpass.fallback_getpass
        creds = session.get_credentials()
        frozen = creds.get_frozen_credentials()
        result = {'method': creds.method, 'account_id': frozen.account_id}
        if sc.get('identity'):
            result['arn'] = session.create_client('sts').get_caller_identity()['Arn']
        token = session.get_auth_token()
        if token is not None:
            result['bearer'] = token.get_frozen_token().token
    except Exception as e:
        result['error'] = type(e).__name__
        result['message'] = str(e)
    result['requests'] = requests
    result['cache'] = cache_summary(sc['cache'])
    result['sso_cache'] = cache_summary(sso_cache)
    out[sc['name']] = result
emit(out)
