#!/bin/sh
# Returns when both tasks run (a few seconds):
docker service create --name kata-web --replicas 2 nginx
docker service ps kata-web
