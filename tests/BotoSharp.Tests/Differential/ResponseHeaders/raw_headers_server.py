"""Scripted S3 object for the raw-response-header differential (127.0.0.1 only).

Answers HEAD and GET of any path with the same headers, written byte for byte as listed (no Server/Date added by
http.server): values a validating HTTP stack would re-format (no space after ';' or ','), a repeated header, and
mixed-case names. Prints the port on stdout once listening.
"""
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BODY = b'hello'
HEADERS = [
    ('x-amz-request-id', 'REQ1'),
    ('x-amz-id-2', 'HOST1'),
    ('Date', 'Sun, 06 Dec 2026 18:00:00 GMT'),
    ('Server', 'AmazonS3'),
    ('Content-Type', 'text/plain;charset=UTF-8'),
    ('Cache-Control', 'no-cache,no-store'),
    ('Content-Disposition', 'attachment;filename="a b.txt"'),
    ('Content-Language', 'en-US,de'),
    ('Content-Encoding', 'identity'),
    ('Last-Modified', 'Wed, 21 Oct 2015 07:28:00 GMT'),
    ('ETag', '"5d41402abc4b2a76b9719d911017c592"'),
    ('Accept-Ranges', 'bytes'),
    ('X-Amz-Meta-Greeting', 'hello,  world'),
    ('x-amz-meta-rep', 'one'),
    ('x-amz-meta-rep', 'two'),
    ('Content-Length', str(len(BODY))),
]


class Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def _answer(self, with_body):
        length = int(self.headers.get('Content-Length') or 0)
        if length:
            self.rfile.read(length)
        self.send_response_only(200)
        for name, value in HEADERS:
            self.send_header(name, value)
        self.end_headers()
        if with_body:
            self.wfile.write(BODY)

    def do_HEAD(self):
        self._answer(False)

    def do_GET(self):
        self._answer(True)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
