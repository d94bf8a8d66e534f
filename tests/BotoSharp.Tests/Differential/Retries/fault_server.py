"""Scripted fault server for the retry differential (127.0.0.1 only).

Each request path starts with /s/<id>/ where <id> is "<run>~<step>.<step>...": the n-th request for an id gets the
n-th step (the last step repeats). Steps: ok, throttle, e500, e503, reset, timeout, crc. GET /log/<id> returns the
headers of every request seen for that id. Prints the port on stdout once listening.
"""
import json
import socket
import struct
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
LOG = {}
DATE = 'Sat, 05 Dec 2026 00:00:00 GMT'


def json_body(status, body, crc=None):
    data = json.dumps(body).encode()
    return status, data, str(zlib.crc32(data) & 0xFFFFFFFF if crc is None else crc)


STEPS = {
    'ok': lambda: json_body(200, {'TableNames': []}),
    'throttle': lambda: json_body(400, {'__type': 'com.amazonaws.dynamodb.v20120810#ThrottlingException', 'message': 'Rate exceeded'}),
    'e500': lambda: json_body(500, {'__type': 'com.amazonaws.dynamodb.v20120810#InternalServerError', 'message': 'boom'}),
    'e503': lambda: json_body(503, {'__type': 'ServiceUnavailable', 'message': 'unavailable'}),
    'crc': lambda: json_body(200, {'TableNames': ['x']}, crc=1),
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *args):
        pass

    def do_GET(self):
        key = self.path[len('/log/'):]
        with LOCK:
            data = json.dumps(LOG.get(key, [])).encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        length = int(self.headers.get('Content-Length') or 0)
        self.rfile.read(length)
        key = self.path.split('/')[2]
        steps = key.split('~', 1)[1].split('.')
        with LOCK:
            seen = LOG.setdefault(key, [])
            seen.append({k.lower(): v for k, v in self.headers.items()})
            step = steps[min(len(seen), len(steps)) - 1]
        if step == 'reset':
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if step == 'timeout':
            time.sleep(2.5)
            step = 'ok'
        status, data, crc = STEPS[step]()
        self.send_response(status)
        self.send_header('Content-Type', 'application/x-amz-json-1.0')
        self.send_header('Content-Length', str(len(data)))
        self.send_header('x-amzn-RequestId', 'req-' + str(len(seen)))
        self.send_header('x-amz-crc32', crc)
        self.send_header('Date', DATE)
        self.end_headers()
        self.wfile.write(data)


if __name__ == '__main__':
    server = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()
