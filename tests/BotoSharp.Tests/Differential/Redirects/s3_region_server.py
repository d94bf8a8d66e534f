"""Scripted S3 for the region-redirect differential (127.0.0.1 only, path-style requests).

Every bucket lives in eu-west-1. The bucket name is "<side>-<scenario>[-n]"; a request signed for any other region
gets the scenario's wrong-region answer, one signed for eu-west-1 succeeds (except in "twice", which always answers
301). GET /log/<bucket> returns every request seen for that bucket: method, path with query, signing region.
Prints the port on stdout once listening.
"""
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
LOG = {}
HOME = 'eu-west-1'
LISTING = (b'<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
           b'<Name>b</Name><Prefix></Prefix><KeyCount>0</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>'
           b'</ListBucketResult>')


def error_body(code, message, extra=''):
    return ('<?xml version="1.0" encoding="UTF-8"?><Error><Code>%s</Code><Message>%s</Message>%s'
            '<RequestId>R1</RequestId><HostId>H1</HostId></Error>' % (code, message, extra)).encode()


# scenario -> (status, headers, body) answered to a request signed for the wrong region
WRONG_REGION = {
    'perm': (301, {'x-amz-bucket-region': HOME}, error_body('PermanentRedirect', 'The bucket you are attempting to access must be addressed using the specified endpoint.')),
    'authmal': (400, {}, error_body('AuthorizationHeaderMalformed', "The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'", '<Region>eu-west-1</Region>')),
    'authmalbare': (400, {}, error_body('AuthorizationHeaderMalformed', 'The authorization header is malformed.')),
    'temp': (307, {'x-amz-bucket-region': HOME}, error_body('TemporaryRedirect', 'Please re-send this request to the specified temporary endpoint.')),
    'optin': (400, {}, error_body('IllegalLocationConstraintException', 'The eu-west-1 location constraint is incompatible for the region specific endpoint this request was sent to.')),
    'noregion': (301, {}, error_body('PermanentRedirect', 'The bucket you are attempting to access must be addressed using the specified endpoint.')),
    'badregion': (301, {'x-amz-bucket-region': 'not_a_region!'}, error_body('PermanentRedirect', 'Moved.')),
    'twice': (301, {'x-amz-bucket-region': HOME}, error_body('PermanentRedirect', 'Moved.')),
    'headobj': (400, {}, b''),
    'headbucket': (301, {'x-amz-bucket-region': HOME}, b''),
    'cached': (301, {'x-amz-bucket-region': HOME}, error_body('PermanentRedirect', 'Moved.')),
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *args):
        pass

    def answer(self, status, headers, body):
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header('x-amz-request-id', 'R1')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    def handle_any(self):
        length = int(self.headers.get('Content-Length') or 0)
        if length:
            self.rfile.read(length)
        if self.path.startswith('/log/'):
            with LOCK:
                data = json.dumps(LOG.get(self.path[len('/log/'):], [])).encode()
            return self.answer(200, {}, data)
        bucket = self.path.split('?')[0].split('/')[1]
        scenario = bucket.split('-')[1]
        match = re.search(r'Credential=[^/]+/[^/]+/([^/]+)/', self.headers.get('Authorization', ''))
        region = match.group(1) if match else None
        with LOCK:
            LOG.setdefault(bucket, []).append({'method': self.command, 'path': self.path, 'region': region})
        head_probe = self.command == 'HEAD' and self.path.rstrip('/') == '/' + bucket
        if scenario == 'noregion' and head_probe:
            return self.answer(403, {}, b'')
        if scenario in ('headobj', 'optin') and head_probe and region != HOME:
            return self.answer(400, {'x-amz-bucket-region': HOME}, b'')
        if region != HOME or scenario == 'twice':
            return self.answer(*WRONG_REGION[scenario])
        if self.command == 'HEAD':
            return self.answer(200, {'x-amz-bucket-region': HOME}, b'')
        return self.answer(200, {'Content-Type': 'application/xml'}, LISTING)

    do_GET = do_HEAD = do_PUT = do_POST = do_DELETE = handle_any


server = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
