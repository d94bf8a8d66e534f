# Runs one custom waiter with botocore against the scripted server and prints the outcome.
import botocore.session, botocore.waiter, botocore.config
session = botocore.session.get_session()
client = session.create_client('dynamodb', region_name='us-east-1', endpoint_url=INPUT['endpoint'],
                               aws_access_key_id='testing', aws_secret_access_key='testing',
                               config=botocore.config.Config(retries={'max_attempts': 0}))
model = botocore.waiter.WaiterModel(INPUT['model'])
waiter = botocore.waiter.create_waiter_with_client(INPUT['name'], model, client)
try:
    waiter.wait(TableName='t')
    emit('success')
except botocore.exceptions.WaiterError as e:
    emit(str(e))
