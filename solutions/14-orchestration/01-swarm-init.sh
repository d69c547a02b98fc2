#!/bin/sh
# Plain "docker swarm init" works when the machine has one address; this names it:
docker swarm init --advertise-addr 127.0.0.1
docker node ls

# near miss: a host name where an address is asked for
docker swarm init --advertise-addr localhost
# expect: the daemon reports Swarm.LocalNodeState is "inactive"
