"""botocore's side of the raw-response-header differential: HeadObject and GetObject against raw_headers_server.py,
reporting ResponseMetadata.HTTPHeaders and the string members S3 parses from headers.
Run by RawResponseHeaderDifferentialTests with INPUT = {"endpoint": ..., "members": [...]}."""
import botocore.session
from botocore.config import Config

session = botocore.session.get_session()
client = session.create_client(
    's3', region_name='us-east-1', endpoint_url=INPUT['endpoint'],
    aws_access_key_id='AKID', aws_secret_access_key='secret',
    config=Config(s3={'addressing_style': 'path'}))
results = {}
for call, method in (('HeadObject', client.head_object), ('GetObject', client.get_object)):
    response = method(Bucket='bucket', Key='key.txt')
    if 'Body' in response:
        response['Body'].read()
    results[call] = {
        'headers': dict(response['ResponseMetadata']['HTTPHeaders']),
        'members': {name: response.get(name) for name in INPUT['members']},
    }
emit(results)
