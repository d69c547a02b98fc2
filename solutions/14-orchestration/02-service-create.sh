#!/bin/sh
# Returns when both tasks run (a few seconds):
docker service create --name kata-web --replicas 2 nginx
docker service ps kata-web

# variant: flags with =, in another order
# after: swarm-init
docker service create --replicas=2 --name=kata-web nginx:latest

# variant: one replica first, then scaled to two
# after: swarm-init
docker service create --name kata-web nginx
docker service scale kata-web=2

# near miss: without --replicas
# after: swarm-init
docker service create --name kata-web nginx
# expect: it asks for 1 replica

# near miss: a plain container, not a service
# after: swarm-init
docker run -d --name kata-web nginx
# expect: there is no service kata-web
