# Seeds moto (when asked) and runs each pagination scenario with botocore, printing pages, resume token and full result.
import boto3, botocore.config, botocore.session, datetime

def plain(value):
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if k != 'ResponseMetadata'}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, datetime.datetime):
        return (value - datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)) // datetime.timedelta(milliseconds=1)
    return value

def client(service):
    # One attempt, as on the BotoSharp side: retrying what moto does not serve only waits.
    return boto3.client(service, endpoint_url=INPUT['endpoint'], region_name='us-east-1',
                        aws_access_key_id='testing', aws_secret_access_key='testing',
                        config=botocore.config.Config(retries={'total_max_attempts': 1}))

def seed():
    s3 = client('s3')
    s3.create_bucket(Bucket='pagers')
    for i in range(1000):
        s3.put_object(Bucket='pagers', Key='p%d/s%d/key%04d' % (i % 5, i % 3, i), Body=b'x')
    ddb = client('dynamodb')
    ddb.create_table(TableName='pagers', KeySchema=[{'AttributeName': 'pk', 'KeyType': 'HASH'}, {'AttributeName': 'sk', 'KeyType': 'RANGE'}],
                     AttributeDefinitions=[{'AttributeName': 'pk', 'AttributeType': 'S'}, {'AttributeName': 'sk', 'AttributeType': 'N'}],
                     BillingMode='PAY_PER_REQUEST')
    for start in range(0, 300, 25):
        ddb.batch_write_item(RequestItems={'pagers': [{'PutRequest': {'Item': {'pk': {'S': 'k%d' % (i % 3)}, 'sk': {'N': str(i)}, 'v': {'S': 'v%d' % i}}}} for i in range(start, start + 25)]})
    sqs = client('sqs')
    for i in range(120):
        sqs.create_queue(QueueName='pagers-%03d' % i)
    iam = client('iam')
    for i in range(60):
        iam.create_user(UserName='pagers-user-%02d' % i)
    ec2 = client('ec2')
    image = ec2.describe_images(Owners=['amazon'])['Images'][0]['ImageId']
    for i in range(25):
        ec2.run_instances(ImageId=image, MinCount=1, MaxCount=1, InstanceType='t2.micro')

if INPUT.get('seed') and 'pagers' not in client('dynamodb').list_tables()['TableNames']:
    seed()
out = []
for case in INPUT['cases']:
    c = client(case['service'])
    method = {v: k for k, v in c.meta.method_to_api_mapping.items()}[case['operation']]
    paginator = c.get_paginator(method)
    try:
        pages = paginator.paginate(**case['params'], PaginationConfig=case['config'])
        listed = [plain(p) for p in pages]
        resume = pages.resume_token
        full = plain(paginator.paginate(**case['params'], PaginationConfig=case['config']).build_full_result())
        out.append({'pages': listed, 'resume': resume, 'full': full})
    except Exception as e:
        out.append({'error': type(e).__name__ + ': ' + str(e)})
emit(out)
