#!/bin/sh
docker swarm leave --force
docker info --format '{{.Swarm.LocalNodeState}}'

# variant: the short flag
# after: swarm-init
docker swarm leave -f

# near miss: without --force, which a manager refuses
# after: swarm-init
docker swarm leave
# expect: the daemon reports Swarm.LocalNodeState is "active"
