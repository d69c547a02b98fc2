#!/bin/sh
# Returns when all four tasks run:
docker service scale kata-web=4
docker service ls

# variant: the replicas changed with service update
# after: swarm-init
docker service update --replicas 4 kata-web

# near miss: the image's name instead of the service's
# after: swarm-init
docker service scale nginx=4
# expect: it asks for 2 replica
