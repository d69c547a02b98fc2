#!/bin/sh
docker run -d --net=app --name db redis
# Redis answers PONG:
docker run --net=app --name kata-redis-client redis redis-cli -h db ping

# variant: long flags and the management command
# after: create-a-network
docker container run --detach --network app --name db redis
docker container run --network app --name kata-redis-client redis redis-cli -h db ping

# near miss: the database on the default bridge
# after: create-a-network
docker run -d --name db redis
docker run --net=app --name kata-redis-client redis redis-cli -h db ping
# expect: not on app

# near miss: redis-cli without -h asks its own container
# after: create-a-network
docker run -d --net=app --name db redis
docker run --net=app --name kata-redis-client redis redis-cli ping
# expect: Could not connect to Redis at 127.0.0.1
