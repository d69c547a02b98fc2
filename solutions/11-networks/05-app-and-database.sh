#!/bin/sh
docker run -d --net=app --name db redis
# Redis answers PONG:
docker run --net=app --name kata-redis-client redis redis-cli -h db ping
